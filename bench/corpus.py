"""The real data the benchmarks run on: the Arabic Wikipedia paragraphs of ARCD and MLQA-R (dev), written
out as one text file per article (title line, then paragraphs), and their questions (Arabic and English)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

# The team's shared data folder beside the project; bench/run.py --data points elsewhere.
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SOURCES: dict[str, Path] = {}
MLQA_EN = Path()


def use_data(folder: Path) -> None:
    global MLQA_EN
    SOURCES.update(arcd=folder / "arcd" / "arcd.json", mlqa=folder / "mlqa-r-dev" / "ar.json")
    MLQA_EN = folder / "mlqa-r-dev" / "en.json"


use_data(DEFAULT_DATA)


@dataclass(frozen=True)
class RealArticle:
    name: str  # file stem, unique across sources
    title: str
    paragraphs: tuple[str, ...]

    def text(self) -> str:
        return self.title + "\n\n" + "\n\n".join(self.paragraphs) + "\n"


def check_data() -> None:
    missing = [str(p) for p in [*SOURCES.values(), MLQA_EN] if not p.exists()]
    if missing:
        raise SystemExit(
            f"bench: the benchmark data is missing ({', '.join(missing)}). Give the folder holding arcd/ and mlqa-r-dev/ "
            "with --data."
        )


def articles() -> list[RealArticle]:
    out = []
    for src, path in SOURCES.items():
        for n, a in enumerate(json.loads(path.read_text(encoding="utf-8"))["data"]):
            paras = tuple(p["context"].strip() for p in a["paragraphs"] if p["context"].strip())
            if paras:
                out.append(RealArticle(f"{src}-{n:04d}", a["title"].strip(), paras))
    return out


def write_corpus(arts: list[RealArticle], folder: Path) -> Path:
    """One UTF-8 .txt per article; rewritten only when missing, so file mtimes stay put between runs."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in arts:
        f = folder / f"{a.name}.txt"
        if not f.exists() or f.read_text(encoding="utf-8") != a.text():
            f.write_text(a.text(), encoding="utf-8")
    return folder


def questions(n: int, names: set[str] | None = None, seed: int = 7) -> list[str]:
    """n real questions, half Arabic (ARCD, MLQA) and half English (MLQA's English versions of the same
    questions), interleaved; with names, only questions on those articles (the ones whose vectors are cached)."""
    ar, en_of = [], {}
    for src, path in SOURCES.items():
        for k, a in enumerate(json.loads(path.read_text(encoding="utf-8"))["data"]):
            if names is None or f"{src}-{k:04d}" in names:
                for q in (q for p in a["paragraphs"] for q in p["qas"]):
                    ar.append(q["question"].strip(" -\n"))
                    en_of[q["id"]] = src == "mlqa"
    en = [
        q["question"].strip()
        for a in json.loads(MLQA_EN.read_text(encoding="utf-8"))["data"]
        for p in a["paragraphs"]
        for q in p["qas"]
        if en_of.get(q["id"])
    ]
    rng = random.Random(seed)
    ar = rng.sample(ar, min(len(ar), n - min(len(en), n // 2)))
    en = rng.sample(en, min(len(en), n - len(ar)))
    mixed = [q for pair in zip(ar, en, strict=False) for q in pair] + ar[len(en) :] + en[len(ar) :]
    return mixed[:n]
