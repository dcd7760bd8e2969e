"""Per-question verdicts: does an Answer meet what the question set says a correct answer contains?

Every check reads the article text from the index, never the answer's own claims: a quote counts only if
the article really has those characters at those offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from evaluation.questions import EvalQuestion
from rag.models import Answer, Quote
from rag.text import is_arabic, normalize_ar

# A question is "answered right" when one of this many first quotes is right: a reader looks at the first few.
RIGHT_AT = 3
# A shorter mention ("قال", "هو") would sit inside many unrelated forms.
MIN_CONTAINED_MENTION = 4

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
    language: str = "en"  # of the judged turn: "ar" or "en"
    # None for an unanswerable question. One of the first RIGHT_AT quotes overlaps gold, comes from the
    # question's article and is the asked person's (each where the question gives it).
    answered_right: bool | None = None
    # Only for a question that names a speaker (None otherwise): quotes shown whose speaker is someone else,
    # and quotes shown with no speaker at all.
    wrong_person: int | None = None
    unattributed: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def source_name(source: str) -> str:
    """The file name a quote came from: the basename of a path or URL (a JSONL line keeps its #n)."""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def fold(text: str) -> str:
    """Spelling-folded (normalize_ar) with runs of whitespace as one space: how names and answers are compared."""
    return re.sub(r"\s+", " ", normalize_ar(text)).strip()


def matches_forms(mention: str | None, forms: tuple[str, ...]) -> bool:
    """Is a speaker mention one of the speaker's forms, compared spelling-folded? It matches when it contains a
    form ("وزير الخارجية التركي مولود تشاوش أوغلو" contains "أوغلو"), or lies inside one when it is 4+ characters
    long ("تشاوش أوغلو" inside "مولود تشاوش أوغلو"): a shorter mention lies inside too many names to tell."""
    if not mention:
        return False
    m = fold(mention)
    if not m:
        return False
    for form in filter(None, map(fold, forms)):
        if form in m or (len(m) >= MIN_CONTAINED_MENTION and m in form):
            return True
    return False


def is_fabricated(quote: Quote, article_text: str) -> bool:
    return not (0 <= quote.start < quote.end <= len(article_text) and article_text[quote.start : quote.end] == quote.text)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """fold(text), but keeping edge whitespace, and for each of its characters the offset in text it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if c.isspace():
            if not out or out[-1] != " ":
                out.append(" ")
                where.append(i)
            continue
        for n in normalize_ar(c):
            out.append(n)
            where.append(i)
    return "".join(out), where


def find_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every [start, end) of needle in text; when it is not there verbatim, its spelling-folded occurrences
    (diacritics, alef and ya/ta marbuta forms: gold is often typed without the article's tashkeel; and any run of
    whitespace as one space: gold copied from the raw file keeps no-break spaces that ingest cleaned away)."""
    spans = []
    i = text.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    if spans:
        return spans
    folded, where = _folded_with_map(text)
    target = fold(needle)
    if not target:
        return []
    i = folded.find(target)
    while i >= 0:
        spans.append((where[i], where[i + len(target) - 1] + 1))
        i = folded.find(target, i + 1)
    return spans


class Judge:
    def __init__(self, article_text: Callable[[str], str], is_person: Callable[[str, Quote], bool] | None = None) -> None:
        """is_person(name, quote): the project's own name matcher (ArticleQA.is_quoted_person), used only for
        question sets that give no speaker_forms."""
        self.article_text = article_text
        self.is_person = is_person
        self._spans: dict[tuple[str, str], list[tuple[int, int]]] = {}

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

    def is_speaker(self, question: EvalQuestion, quote: Quote) -> bool:
        """Is the quote the asked person's? By the question's speaker_forms alone when it has them; sets without
        forms fall back to the project's name matcher (they predate forms)."""
        if question.speaker_forms:
            return matches_forms(quote.speaker, question.speaker_forms)
        return question.speaker is not None and self.speaker_ok(quote, question.speaker)

    def speaker_ok(self, quote: Quote, expected: str) -> bool:
        """The project's own matcher: only for question sets that give no speaker_forms."""
        return bool(quote.speaker) and self.is_person is not None and self.is_person(expected, quote)

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
                article_hit = any(same_file(source_name(q.source), question.article) for q in quotes)
                if found and not article_hit:
                    reasons.append("wrong_article")
            if question.gold:
                quote_overlap = any(self.overlaps_gold(q, question.gold) for q in quotes)
                if found and not quote_overlap:
                    reasons.append("no_overlapping_quote")
            if question.names_speaker:
                # A "who" answer names several people: the expected one must be among them.
                among = any if question.who else all
                speaker_ok = found and among(self.is_speaker(question, q) for q in quotes)
                if found and not speaker_ok:
                    reasons.append("wrong_speaker")

        answered_right = None
        if question.answerable:
            answered_right = found and any(self._right(question, q) for q in quotes[:RIGHT_AT])
        wrong_person = unattributed = None
        if question.names_speaker and not question.who:
            # Asked for one person, every quote shown under the answer is presented as theirs.
            unattributed = sum(1 for q in quotes if not q.speaker)
            wrong_person = sum(1 for q in quotes if q.speaker and not self.is_speaker(question, q))

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
                {
                    "article": source_name(q.source),
                    "article_id": q.article_id,
                    "start": q.start,
                    "end": q.end,
                    "speaker": q.speaker,
                    "text": q.text,
                }
                for q in quotes
            ],
            language="ar" if is_arabic(question.question) else "en",
            answered_right=answered_right,
            wrong_person=wrong_person,
            unattributed=unattributed,
        )

    def _right(self, question: EvalQuestion, quote: Quote) -> bool:
        """One quote meets every check the question gives: gold, article, speaker."""
        if question.gold and not self.overlaps_gold(quote, question.gold):
            return False
        if question.article and not same_file(source_name(quote.source), question.article):
            return False
        if question.names_speaker and not self.is_speaker(question, quote):
            return False
        return True


def same_file(name: str, expected: str) -> bool:
    """Is a source file name the one a set names? A JSONL line's name is "<file>#<line>"."""
    return name == expected or name.split("#", 1)[0] == expected
