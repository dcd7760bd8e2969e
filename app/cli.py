"""The `rag` command: ingest, ask, eval, app. A thin shell over rag/ and ingest/."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from rag.errors import RagError
from rag.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    if getattr(args, "store", None):
        overrides["store_dir"] = Path(args.store)
    return Settings(**overrides)


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ingest.pipeline import ingest

    settings = _settings(args)
    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc="reading files" if stage == "load" else "embedding chunks", unit="file" if stage == "load" else "chunk", file=sys.stderr)
        bar.total = total
        bar.n = done
        bar.refresh()

    report = ingest([Path(p) for p in args.paths], settings, prune=args.prune, rebuild=args.rebuild, progress=progress)
    for bar in bars.values():
        bar.close()
    for path, reason in report.failed:
        print(f"FAILED {reason}", file=sys.stderr)
    print(report.summary())
    if report.tokens_embedded and report.embed_seconds:
        print(f"throughput: {report.chunks_written / report.embed_seconds:.1f} chunks/s, {report.tokens_embedded / report.embed_seconds:.0f} tokens/s (embedding)")
    return 0 if report.ok else 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rag", description="Ask questions over Arabic news articles; get exact, cited quotes.")
    sub = p.add_subparsers(dest="command", required=True)

    pi = sub.add_parser("ingest", help="add or update articles in the index")
    pi.add_argument("paths", nargs="+", help="files or folders (.txt .md .html .htm .jsonl)")
    pi.add_argument("--prune", action="store_true", help="remove indexed articles not among these paths (mirror them)")
    pi.add_argument("--rebuild", action="store_true", help="delete the index and build it again")
    pi.add_argument("--store", help="index folder (default: RAG_STORE_DIR or vectorstore/)")
    pi.set_defaults(func=cmd_ingest)
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
