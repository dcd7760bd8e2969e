"""Latency of answers over a question set, as the app and the API see them: cold start, then median and p95.

    python bench/ask_latency.py [SET.yaml ...] [--store DIR] [--rounds 3]

Without --store, data/articles is ingested into a temporary store first (the sample store). The cold start is
measured in a fresh process: interpreter start to the first answer (imports, model load, store open, first
question). Then every question of the sets (the last turn of conversations, asked with its history) goes through
ArticleQA.stream, timing the retrieved sources, the first text piece and the finished answer. Round 1 is the
first time each question is asked; later rounds ask the same questions again in the same process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.events import Done, Sources, TextPiece  # noqa: E402

COLD = """
import sys, time
t0 = float(sys.argv[1])
from rag import ArticleQA
qa = ArticleQA.open(store_dir=sys.argv[2])
t_open = time.time()
answer = qa.ask(sys.argv[3])
print(t_open - t0, time.time() - t0, answer.found)
"""


def pct(xs: list[float], p: int) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def cold_start(store: Path, question: str) -> tuple[float, float, bool]:
    out = subprocess.run(
        [sys.executable, "-c", COLD, repr(time.time()), str(store), question],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    opened, answered, found = out.stdout.split()
    return float(opened), float(answered), found == "True"


def timed_stream(qa, question: str, history) -> tuple[float, float, float, object]:
    t = time.perf_counter()
    sources = first = None
    answer = None
    for event in qa.stream(question, history):
        now = time.perf_counter() - t
        if isinstance(event, Sources):
            sources = now
        elif isinstance(event, TextPiece) and first is None:
            first = now
        elif isinstance(event, Done):
            answer = event.answer
    return sources, first, time.perf_counter() - t, answer


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sets", nargs="*", type=Path, default=[ROOT / "tests" / "questions" / "sample.yaml"])
    p.add_argument("--store", type=Path, help="an existing index (default: the sample articles in a temporary one)")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()

    from evaluation.questions import load_question_sets
    from ingest.pipeline import ingest
    from rag import ArticleQA, Settings

    items = load_question_sets(args.sets)
    print(
        f"{len(items)} questions from {', '.join(s.name for s in args.sets)}; load average "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="ask-bench-") as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "store"
            t = time.perf_counter()
            report = ingest([ROOT / "data" / "articles"], Settings(store_dir=store))
            print(f"sample store: {report.summary()} (wall {time.perf_counter() - t:.1f} s)", flush=True)
        opened, answered, found = cold_start(store, items[0].turns[-1])
        print(
            f"cold start (fresh process to first answer): {answered:.1f} s, of which {opened:.1f} s to open "
            f"(interpreter, imports, model, store) and {answered - opened:.1f} s the first question",
            flush=True,
        )

        qa = ArticleQA.open(store_dir=store)
        for r in range(1, args.rounds + 1):
            rows = []
            for item in items:
                history = []
                for q in item.turns[:-1]:  # the conversation before the judged turn, untimed
                    history.append((q, qa.ask(q, history=list(history))))
                rows.append(timed_stream(qa, item.turns[-1], history))
            label = "first time each question is asked" if r == 1 else "asked again"
            cols = {"sources": [x[0] for x in rows], "first text": [x[1] for x in rows], "answer": [x[2] for x in rows]}
            print(
                f"round {r} ({label}), {len(rows)} questions: "
                + "; ".join(
                    f"{k} p50 {statistics.median(v) * 1000:.0f} ms, p95 {pct(v, 95) * 1000:.0f} ms" for k, v in cols.items()
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
