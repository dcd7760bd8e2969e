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
import os
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

    @staticmethod
    def _file_name(embedder: EmbeddingBackend) -> str:
        texts_key = hashlib.sha256(
            "\n".join(_lines("probe_questions.txt") + ["\0"] + _lines("reference_passages.txt")).encode()
        ).hexdigest()[:12]
        slug = hashlib.sha256(embedder.model_id.encode()).hexdigest()[:12]
        return f"calibration-{slug}-{texts_key}.npz"

    @classmethod
    def _embed(cls, embedder: EmbeddingBackend) -> Calibration:
        probes = np.vstack([embedder.embed_query(q) for q in _lines("probe_questions.txt")])
        refs = embedder.embed_passages(_lines("reference_passages.txt"))
        # Rounded as saved: a score must not depend on whether the probes came from a file or from the model.
        return cls(probes.astype(np.float16), refs.astype(np.float16))

    @classmethod
    def load(cls, embedder: EmbeddingBackend, cache_dir: Path) -> Calibration:
        """Probe vectors for this model: shipped for the default model, else saved in cache_dir by ingest
        (save). When neither has them they are embedded now and kept in memory only: reads never write."""
        name = cls._file_name(embedder)
        for path in (DATA / name, cache_dir / name):
            if path.exists():
                z = np.load(path)
                return cls(z["probes"], z["references"])
        log.warning(
            "embedding the calibration probes for %s in memory (`rag ingest` saves them in %s)", embedder.model_id, cache_dir
        )
        return cls._embed(embedder)

    @classmethod
    def save(cls, embedder: EmbeddingBackend, cache_dir: Path) -> None:
        """For writers (ingest, scripts/calibrate_not_found.py): make sure this model's probe vectors are on disk,
        shipped in rag/data or saved in cache_dir, so that reads find them."""
        name = cls._file_name(embedder)
        if (DATA / name).exists() or (cache_dir / name).exists():
            return
        log.info("embedding the calibration probes for %s once (saved in %s)", embedder.model_id, cache_dir)
        cal = cls._embed(embedder)
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f".{name}.tmp.npz"  # replaced whole: a reader never loads half a file
        np.savez_compressed(tmp, probes=cal.probes.astype(np.float16), references=cal.references.astype(np.float16))
        os.replace(tmp, cache_dir / name)
