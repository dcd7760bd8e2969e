"""Per-question verdicts: does an Answer meet what the question set says a correct answer contains?

Every check reads the article text from the index, never the answer's own claims: a quote counts only if
the article really has those characters at those offsets.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from evaluation.questions import EvalQuestion
from rag.models import Answer, Quote
from rag.speakers import speaker_matches, statements
from rag.text import normalize_ar

# Why a question failed; the values are what the report prints.
REASONS = {
    "fabricated_quote": "fabricated quote (not an exact slice of its article)",
    "not_found": "nothing found for an answerable question",
    "wrong_article": "wrong article",
    "no_overlapping_quote": "no quote overlaps the gold text",
    "wrong_speaker": "wrong speaker",
    "answered_unanswerable": "answered an unanswerable question",
}


@dataclass
class Verdict:
    id: str
    file: str
    question: str
    turns: int
    passed: bool
    reasons: list[str]
    latency_ms: float
    found: bool
    # None where the question set does not ask for that check.
    quote_overlap: bool | None
    article_hit: bool | None
    speaker_ok: bool | None
    not_found_ok: bool | None
    fabricated: int
    quotes: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def source_name(source: str) -> str:
    """The file name a quote came from: the basename of a path or URL (a JSONL line keeps its #n)."""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def is_fabricated(quote: Quote, article_text: str) -> bool:
    return not (0 <= quote.start < quote.end <= len(article_text) and article_text[quote.start : quote.end] == quote.text)


def _normalized_with_map(text: str) -> tuple[str, list[int]]:
    """normalize_ar(text) and, for each of its characters, the offset in text it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        for n in normalize_ar(c):
            out.append(n)
            where.append(i)
    return "".join(out), where


def find_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every [start, end) of needle in text; when it is not there verbatim, its spelling-folded occurrences
    (diacritics, alef and ya/ta marbuta forms: gold is often typed without the article's tashkeel)."""
    spans = []
    i = text.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    if spans:
        return spans
    folded, where = _normalized_with_map(text)
    target = normalize_ar(needle)
    if not target:
        return []
    i = folded.find(target)
    while i >= 0:
        spans.append((where[i], where[i + len(target) - 1] + 1))
        i = folded.find(target, i + 1)
    return spans


class Judge:
    def __init__(self, article_text: Callable[[str], str]) -> None:
        self.article_text = article_text
        self._spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self._speakers: dict[str, list[str]] = {}

    def _text(self, article_id: str) -> str | None:
        try:
            return self.article_text(article_id)
        except KeyError:
            return None

    def fabricated(self, answer: Answer) -> int:
        count = 0
        for q in answer.quotes:
            text = self._text(q.article_id)
            count += text is None or is_fabricated(q, text)
        return count

    def gold_spans(self, article_id: str, gold: str) -> list[tuple[int, int]]:
        key = (article_id, gold)
        if key not in self._spans:
            text = self._text(article_id)
            self._spans[key] = find_spans(text, gold) if text is not None else []
        return self._spans[key]

    def overlaps_gold(self, quote: Quote, gold: tuple[str, ...]) -> bool:
        return any(s < quote.end and quote.start < e for g in gold for s, e in self.gold_spans(quote.article_id, g))

    def speaker_ok(self, quote: Quote, expected: str) -> bool:
        if not quote.speaker:
            return False
        if quote.article_id not in self._speakers:
            text = self._text(quote.article_id) or ""
            # The article's other mentions let "Emir Tamim" reach a quote attributed to "أمير قطر".
            self._speakers[quote.article_id] = sorted({s.speaker for s in statements(text) if s.speaker})
        return speaker_matches(expected, quote.speaker, self._speakers[quote.article_id])

    def judge(self, question: EvalQuestion, answer: Answer, latency_ms: float, earlier: list[Answer] | None = None) -> Verdict:
        """earlier: the answers to a conversation's earlier turns, checked for fabricated quotes only."""
        fabricated = self.fabricated(answer) + sum(self.fabricated(a) for a in earlier or [])
        quotes = list(answer.quotes)
        found = bool(answer.found and quotes)
        reasons = []
        if fabricated:
            reasons.append("fabricated_quote")

        quote_overlap = article_hit = speaker_ok = not_found_ok = None
        if not question.answerable:
            not_found_ok = not (answer.found or quotes)
            if not not_found_ok:
                reasons.append("answered_unanswerable")
        else:
            if not found:
                reasons.append("not_found")
            if question.article:
                # Other articles may hold more of the same person's words; the answer must include this one.
                article_hit = any(_same_file(source_name(q.source), question.article) for q in quotes)
                if found and not article_hit:
                    reasons.append("wrong_article")
            if question.gold:
                quote_overlap = any(self.overlaps_gold(q, question.gold) for q in quotes)
                if found and not quote_overlap:
                    reasons.append("no_overlapping_quote")
            if question.speaker:
                speaker_ok = found and all(self.speaker_ok(q, question.speaker) for q in quotes)
                if found and not speaker_ok:
                    reasons.append("wrong_speaker")

        return Verdict(
            id=question.id,
            file=question.file,
            question=question.question,
            turns=len(question.turns),
            passed=not reasons,
            reasons=reasons,
            latency_ms=round(latency_ms, 1),
            found=bool(answer.found),
            quote_overlap=quote_overlap,
            article_hit=article_hit,
            speaker_ok=speaker_ok,
            not_found_ok=not_found_ok,
            fabricated=fabricated,
            quotes=[
                {"article": source_name(q.source), "article_id": q.article_id, "start": q.start, "end": q.end,
                 "speaker": q.speaker, "text": q.text}
                for q in quotes
            ],
        )


def _same_file(name: str, expected: str) -> bool:
    return name == expected or name.split("#", 1)[0] == expected
