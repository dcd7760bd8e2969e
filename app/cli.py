"""The `rag` command: ingest, ask, eval, app. A thin shell over rag/ and ingest/."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from rag.errors import RagError
from rag.models import Answer
from rag.settings import Settings
from rag.sources import file_name


def _settings(args: argparse.Namespace) -> Settings:
    if getattr(args, "store", None):
        return Settings(store_dir=Path(args.store))
    return Settings()


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ingest.pipeline import ingest

    settings = _settings(args)
    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            for earlier in bars.values():
                earlier.close()  # one bar at a time: stacked bars garble the terminal when the first one redraws
            bar = bars[stage] = tqdm(
                total=total,
                desc="reading files" if stage == "load" else "embedding chunks and statements",
                unit="file" if stage == "load" else "passage",
                file=sys.stderr,
            )
        bar.total = total
        bar.n = done
        bar.refresh()

    report = ingest([Path(p) for p in args.paths], settings, prune=args.prune, rebuild=args.rebuild, progress=progress)
    for bar in bars.values():
        bar.close()
    for _path, reason in report.failed:
        print(f"FAILED {reason}", file=sys.stderr)
    print(report.summary())
    if report.tokens_embedded and report.embed_seconds:
        passages = report.chunks_written + report.statements_embedded
        print(
            f"throughput: {passages / report.embed_seconds:.1f} passages/s (chunks and statements), {report.tokens_embedded / report.embed_seconds:.0f} tokens/s (embedding)"
        )
    return 0 if report.ok else 1


# The eval options each mode takes. One given to another mode is refused rather than ignored: a threshold that
# silently does nothing would pass a run it was meant to fail.
_SETS, _SQUAD, _ATTRIBUTION, _PEOPLE = "question sets", "`rag eval squad`", "`rag eval attribution`", "`rag eval people`"
_OPTION_MODES = {
    "store": {_SETS, _ATTRIBUTION, _PEOPLE},
    "k": {_SETS, _SQUAD},
    "html": {_SETS},
    "min_quote_accuracy": {_SETS},
    "min_article_hit": {_SETS},
    "min_speaker_accuracy": {_SETS},
    "min_not_found_accuracy": {_SETS},
    "max_latency_p95_ms": {_SETS},
    "min_answered_right": {_SETS},
    "max_wrong_person_rate": {_SETS},
    "questions": {_SQUAD},
    "limit": {_SQUAD},
    "min_right": {_ATTRIBUTION},
    "max_wrong": {_ATTRIBUTION},
}
_USAGE = {
    _SQUAD: "rag eval squad CONTEXTS.json [--questions QUESTIONS.json] [--k 10] [--limit N] [--json F]",
    _ATTRIBUTION: "rag eval attribution FILE.yaml [--store DIR] [--json OUT] [--min-right X] [--max-wrong X]",
    _PEOPLE: "rag eval people FILE.yaml [--store DIR] [--json OUT]",
}


def cmd_eval(args: argparse.Namespace) -> int:
    mode = {"squad": _SQUAD, "attribution": _ATTRIBUTION, "people": _PEOPLE}.get(args.paths[0], _SETS)
    wrong = [o for o, modes in _OPTION_MODES.items() if mode not in modes and getattr(args, o) is not None]
    if wrong:
        print(
            f"error: {', '.join('--' + o.replace('_', '-') for o in wrong)} cannot be used with {mode} (see rag eval --help)",
            file=sys.stderr,
        )
        return 2
    if mode != _SETS and len(args.paths) != 2:
        print(f"error: usage: {_USAGE[mode]}", file=sys.stderr)
        return 2
    return {_SETS: _eval_sets, _SQUAD: _eval_squad, _ATTRIBUTION: _eval_attribution, _PEOPLE: _eval_people}[mode](args)


def _eval_sets(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from evaluation import report
    from evaluation.questions import load_question_sets
    from evaluation.runner import Thresholds, evaluate
    from rag.qa import ArticleQA

    questions = load_question_sets([Path(p) for p in args.paths])
    qa = ArticleQA.open(_settings(args))
    thresholds = Thresholds(
        args.min_quote_accuracy,
        args.min_article_hit,
        args.min_speaker_accuracy,
        args.min_not_found_accuracy,
        args.max_latency_p95_ms,
        args.min_answered_right,
        args.max_wrong_person_rate,
    )
    with tqdm(total=len(questions), desc="asking", unit="question", file=sys.stderr) as bar:
        run = evaluate(qa, questions, args.k or 5, thresholds, lambda done, total: bar.update(done - bar.n))
    for v in run.verdicts:
        print(report.verdict_line(v))
    print(f"\n{sum(v.passed for v in run.verdicts)} of {len(run.verdicts)} passed")
    print("\n".join(report.summary_lines(run.summary)))
    if args.json:
        report.write_json(Path(args.json), run.report())
    if args.html:
        report.write_html(Path(args.html), "rag eval: " + ", ".join(Path(p).name for p in args.paths), run.summary, run.verdicts)
    for m in run.missed:
        print(f"MISSED {m}", file=sys.stderr)
    return run.exit_code


def _eval_attribution(args: argparse.Namespace) -> int:
    from evaluation import report
    from evaluation.attribution import AttributionThresholds, load_attribution_set, score_attribution
    from rag.qa import ArticleQA

    path = Path(args.paths[1])
    items = load_attribution_set(path)
    qa = ArticleQA.open(_settings(args))
    run = score_attribution(qa, items, str(path), AttributionThresholds(args.min_right, args.max_wrong))
    print("\n".join(report.attribution_lines(run)))
    if args.json:
        report.write_json(Path(args.json), run.report())
    for m in run.missed:
        print(f"MISSED {m}", file=sys.stderr)
    return run.exit_code


def _eval_people(args: argparse.Namespace) -> int:
    from evaluation import report
    from evaluation.attribution import load_attribution_set
    from evaluation.people import score_people
    from rag.qa import ArticleQA

    path = Path(args.paths[1])
    run = score_people(ArticleQA.open(_settings(args)), load_attribution_set(path), str(path))
    print("\n".join(run.details))
    print(
        "named speakers (per article) {named}: listed {listed}, missing {missing}; split {split}; merged {merged}; "
        "listed people who are no annotated speaker {extra}; joint entries {joint}".format(**run.summary())
    )
    if args.json:
        report.write_json(Path(args.json), {"file": str(path), "summary": run.summary(), "details": run.details})
    return 0


def _eval_squad(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from evaluation import report
    from evaluation.squad import run_squad
    from rag.embed import make_embedder

    settings = _settings(args)
    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "load":
            return
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(
                total=total,
                desc="embedding paragraphs and statements" if stage == "embed" else "asking",
                unit="passage" if stage == "embed" else "question",
                file=sys.stderr,
            )
        bar.total = total
        bar.n = done
        bar.refresh()

    result = run_squad(
        Path(args.paths[1]),
        settings,
        make_embedder(settings),
        questions_file=Path(args.questions) if args.questions else None,
        k=args.k or 10,
        limit=args.limit,
        progress=progress,
    )
    for bar in bars.values():
        bar.close()
    run = result["run"]
    print(
        f"{run['paragraphs']} paragraphs ({run['chunks']} chunks) indexed in {run['ingest_seconds']} s; {result['summary']['questions']} questions in {run['questions_seconds']} s (ask p50 {run['ask_ms_p50']} ms)"
    )
    if run["questions_without_text"]:
        print(f"{run['questions_without_text']} questions had no text in {args.questions} and were skipped")
    if run["answers_not_in_context"]:
        print(f"{run['answers_not_in_context']} gold answers are not in their paragraph; not scored for answer_in_quote")
    print("hybrid:\n  " + "\n  ".join(report.summary_lines(result["summary"])))
    print("dense only:\n  " + "\n  ".join(report.summary_lines(result["dense_only"])))
    if args.json:
        report.write_json(Path(args.json), result)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    import json

    from rag.qa import ArticleQA

    settings = _settings(args)
    if args.k:
        settings = settings.model_copy(update={"top_k": args.k})
    qa = ArticleQA.open(settings)
    answer = qa.ask(args.question, mode=args.mode)
    if args.json:
        print(json.dumps(_answer_json(answer), ensure_ascii=False, indent=2))
    else:
        print(answer.text)
    return 0 if answer.found else 3


def _answer_json(answer: Answer) -> dict[str, object]:
    """The answer's fields and its text; the templates it is written with stay out."""
    from dataclasses import asdict

    return {
        "question": answer.question,
        "text": answer.text,
        "found": answer.found,
        "language": answer.language,
        "intro": answer.intro,
        "prose": answer.prose,
        "quotes": [asdict(q) for q in answer.quotes],
        "notes": answer.notes,
    }


def _article_id(qa, name: str) -> str:
    """The indexed article whose file name (or source) is name."""
    for article_id, rec in qa.store.served().items():
        if name in (rec.source, file_name(rec.source), article_id):
            return article_id
    raise RagError(f"No indexed article comes from {name!r}. `rag people` without --article lists everyone.")


def cmd_people(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from rag.qa import ArticleQA

    qa = ArticleQA.open(_settings(args))
    people = qa.people(_article_id(qa, args.article) if args.article else None)
    if args.json:
        print(json.dumps([{**asdict(p), "articles": list(p.articles)} for p in people], ensure_ascii=False, indent=2))
        return 0
    width = max((len(p.name_en) for p in people), default=10)
    print(f"{'statements':>10}  {'articles':>8}  {'name':<{width}}  as the articles write it")
    for p in people:
        print(f"{p.statements:>10}  {len(p.articles):>8}  {p.name_en:<{width}}  {p.name}")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from rag.qa import ArticleQA

    qa = ArticleQA.open(_settings(args))
    statements = qa.quotes_by(args.person)
    if args.json:
        print(json.dumps([asdict(s) for s in statements], ensure_ascii=False, indent=2))
    else:
        titles = {i: r.title for i, r in qa.store.served().items()}
        for s in statements:
            denying = ", denying it" if s.denied else ""
            print(f"{titles[s.article_id]} [{s.start}-{s.end}] {s.kind}, {s.speaker}{denying}:\n  “{s.text}”")
    if not statements:
        print(f"No statement in the indexed articles is by {args.person!r}.", file=sys.stderr)
    return 0 if statements else 3


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rag", description="Ask questions over Arabic news articles; get exact, cited quotes.")
    sub = p.add_subparsers(dest="command", required=True)

    pi = sub.add_parser("ingest", help="add or update articles in the index")
    pi.add_argument("paths", nargs="+", help="files or folders (.txt .md .html .htm .jsonl)")
    pi.add_argument("--prune", action="store_true", help="remove indexed articles not among these paths (mirror them)")
    pi.add_argument("--rebuild", action="store_true", help="delete the index and build it again")
    pi.add_argument("--store", help="index folder (default: RAG_STORE_DIR or vectorstore/)")
    pi.set_defaults(func=cmd_ingest)

    pa = sub.add_parser("ask", help="ask a question; prints the answer with its verified quotes")
    pa.add_argument("question")
    pa.add_argument("--json", action="store_true", help="the Answer as JSON (quotes with offsets, speaker, score)")
    pa.add_argument("--k", type=int, help="passages to retrieve (default: RAG_TOP_K or 5)")
    pa.add_argument("--mode", choices=["extractive", "llm"], help="answer mode (default: RAG_ANSWER_MODE or extractive)")
    pa.add_argument("--store", help="index folder (default: RAG_STORE_DIR or vectorstore/)")
    pa.set_defaults(func=cmd_ask)

    pp = sub.add_parser("people", help="who is quoted in the articles, most statements first")
    pp.add_argument("--article", help="only this article (its file name or source)")
    pp.add_argument("--json", action="store_true", help="as JSON")
    pp.add_argument("--store", help="index folder (default: RAG_STORE_DIR or vectorstore/)")
    pp.set_defaults(func=cmd_people)

    pq = sub.add_parser("quotes", help="every statement of a person, named in English or Arabic")
    pq.add_argument("person", help='e.g. "Putin", "بيسكوف", "the Kremlin spokesman"')
    pq.add_argument("--json", action="store_true", help="as JSON (statements with offsets, speaker, person id)")
    pq.add_argument("--store", help="index folder (default: RAG_STORE_DIR or vectorstore/)")
    pq.set_defaults(func=cmd_quotes)

    pe = sub.add_parser(
        "eval",
        help="run regression question sets (or `eval squad` on SQuAD-format data, `eval attribution` on gold statements,"
        " `eval people` on the people those statements name) and report",
        usage="rag eval SET.yaml [SET2.yaml ...] [options]\n       " + "\n       ".join(_USAGE.values()),
    )
    pe.add_argument(
        "paths", nargs="+", help="question set YAML files, or `squad CONTEXTS.json`, or `attribution|people FILE.yaml`"
    )
    pe.add_argument("--store", help="index folder (default: RAG_STORE_DIR or vectorstore/); question sets and attribution")
    pe.add_argument("--k", type=int, help="retrieved chunks per question (default 5; squad: 10)")
    pe.add_argument("--json", help="write the JSON report here")
    pe.add_argument("--html", help="write an HTML report (table and latency histogram) here; question sets only")
    pe.add_argument("--min-quote-accuracy", type=float, help="exit 1 below this quote accuracy")
    pe.add_argument("--min-article-hit", type=float, help="exit 1 below this article hit@k")
    pe.add_argument("--min-speaker-accuracy", type=float, help="exit 1 below this speaker accuracy")
    pe.add_argument("--min-not-found-accuracy", type=float, help="exit 1 below this not-found accuracy")
    pe.add_argument("--max-latency-p95-ms", type=float, help="exit 1 above this p95 latency")
    pe.add_argument(
        "--min-answered-right", type=float, help="exit 1 when the share answered right (overall, English or Arabic) is below this"
    )
    pe.add_argument(
        "--max-wrong-person-rate",
        type=float,
        help="exit 1 when more than this share of quotes shown for a person are someone else's",
    )
    pe.add_argument(
        "--min-right", type=float, help="attribution: exit 1 below this share of statements given to the right speaker"
    )
    pe.add_argument("--max-wrong", type=float, help="attribution: exit 1 above this share given to a wrong speaker")
    pe.add_argument("--questions", help="squad: questions file joined by id (e.g. English questions over Arabic paragraphs)")
    pe.add_argument("--limit", type=int, help="squad: ask only the first N questions")
    pe.set_defaults(func=cmd_eval)
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
