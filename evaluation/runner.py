"""Run question sets against an ArticleQA and summarise: the one code path behind `rag eval` and its tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from evaluation.judge import Judge, Verdict, find_spans, same_file, source_name
from evaluation.questions import EvalQuestion, QuestionSetError
from rag.models import Answer
from rag.qa import ArticleQA

# progress(done, total)
Progress = Callable[[int, int], None]

SUMMARY_KEYS = (
    "quote_accuracy",
    "article_hit_at_k",
    "speaker_accuracy",
    "not_found_accuracy",
    "fabricated_quotes",
    "latency_ms_p50",
    "latency_ms_p95",
    "answered_right",
    "answered_right_en",
    "answered_right_ar",
    "answerable_questions",
    "answerable_not_found",
    "person_quotes_shown",
    "wrong_person_quotes",
    "wrong_person_rate",
    "unattributed_quotes",
)


@dataclass
class Thresholds:
    """Limits a run must meet; None = not checked. Fabricated quotes are always a failure."""

    min_quote_accuracy: float | None = None
    min_article_hit: float | None = None
    min_speaker_accuracy: float | None = None
    min_not_found_accuracy: float | None = None
    max_latency_p95_ms: float | None = None
    # Checked overall and in each language the set has: a good English score must not hide a poor Arabic one.
    min_answered_right: float | None = None
    max_wrong_person_rate: float | None = None

    def missed(self, summary: dict) -> list[str]:
        out = []
        for key, limit in (
            ("quote_accuracy", self.min_quote_accuracy),
            ("article_hit_at_k", self.min_article_hit),
            ("speaker_accuracy", self.min_speaker_accuracy),
            ("not_found_accuracy", self.min_not_found_accuracy),
            ("answered_right", self.min_answered_right),
        ):
            if limit is not None and (summary[key] is None or summary[key] < limit):
                out.append(f"{key} {_fmt(summary[key])} < {limit}")
        if self.min_answered_right is not None:
            for key in ("answered_right_en", "answered_right_ar"):
                if summary[key] is not None and summary[key] < self.min_answered_right:
                    out.append(f"{key} {_fmt(summary[key])} < {self.min_answered_right}")
        rate = summary["wrong_person_rate"]
        # No quote shown for a person question is no wrong person shown.
        if self.max_wrong_person_rate is not None and rate is not None and rate > self.max_wrong_person_rate:
            out.append(f"wrong_person_rate {_fmt(rate)} > {self.max_wrong_person_rate}")
        if self.max_latency_p95_ms is not None and summary["latency_ms_p95"] > self.max_latency_p95_ms:
            out.append(f"latency_ms_p95 {summary['latency_ms_p95']} > {self.max_latency_p95_ms}")
        if summary["fabricated_quotes"]:
            out.append(f"fabricated_quotes {summary['fabricated_quotes']} (must be 0)")
        return out


@dataclass
class EvalRun:
    verdicts: list[Verdict]
    summary: dict
    missed: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.missed else 0

    def report(self) -> dict:
        return {"summary": self.summary, "questions": [v.to_dict() for v in self.verdicts]}


def indexed_sources(qa: ArticleQA) -> list[tuple[str, str]]:
    """(article id, source file name) of every indexed article."""
    return [(a.id, source_name(a.source)) for a in qa.stats().articles]


def ids_named(sources: list[tuple[str, str]], article: str | None) -> list[str]:
    """The indexed articles a set's file name denotes (a JSONL file names each of its lines); all when None."""
    return [i for i, name in sources if article is None or same_file(name, article)]


def check_gold(qa: ArticleQA, questions: list[EvalQuestion]) -> None:
    """Refuse a set whose article, gold text or speaker form is not in the index: such a question could never
    pass (or, for a form, never count a quote as the speaker's), and the cause (a typo, a missing article) is in
    the set or the index, not in the answers."""
    sources = indexed_sources(qa)
    for q in questions:
        where = f"{q.file}: question '{q.id}'"
        ids = ids_named(sources, q.article)
        if q.article and not ids:
            raise QuestionSetError(f"{where}: article '{q.article}' is not in the index. Ingest it or fix the file name.")
        place = f"article '{q.article}'" if q.article else "any indexed article"
        for key, values in (("gold text", q.gold), ("speaker form", q.speaker_forms)):
            for g in values:
                if not any(find_spans(qa.article_text(i), g) for i in ids):
                    raise QuestionSetError(f"{where}: {key} '{g}' is not in {place}. Copy it exactly from the article.")


def run_questions(qa: ArticleQA, questions: list[EvalQuestion], k: int, progress: Progress | None = None) -> list[Verdict]:
    judge = Judge(qa.article_text, qa.is_quoted_person)
    verdicts = []
    for n, q in enumerate(questions, 1):
        history: list[tuple[str, Answer]] = []
        for turn in q.turns[:-1]:
            history.append((turn, qa.ask(turn, history=list(history), top_k=k)))
        t0 = time.perf_counter()
        answer = qa.ask(q.question, history=history, top_k=k)
        latency_ms = (time.perf_counter() - t0) * 1000
        verdicts.append(judge.judge(q, answer, latency_ms, [a for _, a in history]))
        if progress:
            progress(n, len(questions))
    return verdicts


def summarize(verdicts: list[Verdict]) -> dict:
    """The issue's summary keys. A share is None when no question in the set asks for that check. Article hit@k:
    the expected article is among the sources of the quotes, which are drawn from the top-k retrieved chunks."""
    lat = [v.latency_ms for v in verdicts]
    answerable = [v for v in verdicts if v.answered_right is not None]
    person = [v for v in verdicts if v.wrong_person is not None]
    shown = sum(len(v.quotes) for v in person)
    wrong = sum(v.wrong_person or 0 for v in person)
    return {
        "quote_accuracy": _share(v.quote_overlap for v in verdicts),
        "article_hit_at_k": _share(v.article_hit for v in verdicts),
        "speaker_accuracy": _share(v.speaker_ok for v in verdicts),
        "not_found_accuracy": _share(v.not_found_ok for v in verdicts),
        "fabricated_quotes": sum(v.fabricated for v in verdicts),
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 1) if lat else 0.0,
        "latency_ms_p95": round(float(np.percentile(lat, 95)), 1) if lat else 0.0,
        "answered_right": _share(v.answered_right for v in answerable),
        "answered_right_en": _share(v.answered_right for v in answerable if v.language == "en"),
        "answered_right_ar": _share(v.answered_right for v in answerable if v.language == "ar"),
        "answerable_questions": len(answerable),
        "answerable_not_found": sum("not_found" in v.reasons for v in answerable),
        "person_quotes_shown": shown,
        "wrong_person_quotes": wrong,
        "wrong_person_rate": round(wrong / shown, 4) if shown else None,
        "unattributed_quotes": sum(v.unattributed for v in person),
    }


def evaluate(
    qa: ArticleQA, questions: list[EvalQuestion], k: int, thresholds: Thresholds | None = None, progress: Progress | None = None
) -> EvalRun:
    check_gold(qa, questions)
    verdicts = run_questions(qa, questions, k, progress)
    summary = summarize(verdicts)
    return EvalRun(verdicts, summary, (thresholds or Thresholds()).missed(summary))


def _share(values) -> float | None:
    checked = [bool(v) for v in values if v is not None]
    return round(sum(checked) / len(checked), 4) if checked else None


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
