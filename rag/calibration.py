"""Relevance that means the same for every question: hubness-corrected similarity (CSLS).

Raw cosines of a small multilingual model are compressed and skewed: short lines (a table header, a
headline) are close to every question, and English questions sit closer to everything Arabic than Arabic
ones do. So a statement's score subtracts how close it is to unrelated questions (its hubness) and how close
the question is to unrelated Arabic text (the question's baseline):

    score(q, s) = 2·cos(q, s) − r(s) − r(q)

with r the mean of the 10 highest cosines against fixed probe sets (rag/data/probe_questions.txt,
rag/data/reference_passages.txt; chosen from data we do not report on, see scripts/calibrate_not_found.py).
A score near 0 means "as related as any random pair"; the not-found threshold is set on this scale.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np

from rag.embed import EmbeddingBackend

log = logging.getLogger(__name__)
DATA = Path(__file__).with_name("data")
TOP = 10


def _lines(name: str) -> list[str]:
    return [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


class Calibration:
    def __init__(self, probes: np.ndarray, references: np.ndarray) -> None:
        self.probes = probes.astype(np.float32)
        self.references = references.astype(np.float32)

    def statement_bias(self, vecs: np.ndarray) -> np.ndarray:
        sims = vecs @ self.probes.T
        return np.sort(sims, axis=1)[:, -TOP:].mean(axis=1)

    def query_bias(self, query_vec: np.ndarray) -> float:
        return float(np.sort(self.references @ query_vec)[-TOP:].mean())

    @classmethod
    def load(cls, embedder: EmbeddingBackend, cache_dir: Path) -> Calibration:
        """Probe vectors for this model: shipped for the default model, else embedded once and cached."""
        texts_key = hashlib.sha256(
            "\n".join(_lines("probe_questions.txt") + ["\0"] + _lines("reference_passages.txt")).encode()
        ).hexdigest()[:12]
        slug = hashlib.sha256(embedder.model_id.encode()).hexdigest()[:12]
        name = f"calibration-{slug}-{texts_key}.npz"
        for path in (DATA / name, cache_dir / name):
            if path.exists():
                z = np.load(path)
                return cls(z["probes"], z["references"])
        log.warning("embedding the calibration probes for %s once (cached in %s)", embedder.model_id, cache_dir)
        probes = np.vstack([embedder.embed_query(q) for q in _lines("probe_questions.txt")])
        refs = embedder.embed_passages(_lines("reference_passages.txt"))
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(cache_dir / name, probes=probes.astype(np.float16), references=refs.astype(np.float16))
        return cls(probes, refs)
