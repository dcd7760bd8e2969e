"""Statement attribution against a gold file (the format of news-dev's attribution.yaml): for every annotated
statement, did ArticleQA.statements() give it to the right speaker?

The speaker is judged by the item's speaker_forms alone (evaluation.judge.matches_forms), never by the project's
person matching: that is part of what is measured.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from evaluation.judge import find_spans, matches_forms
from evaluation.questions import QuestionSetError, optional_text, read_yaml_list, text_list, text_value
from evaluation.runner import ids_named, indexed_sources
from rag.models import Statement
from rag.qa import ArticleQA

KINDS = ("direct", "reported", "statement", "unnamed")
KEYS = {"article", "text", "speaker_forms", "speaker_en", "role_en", "kind"}
# Best first: an item whose text occurs twice (a headline repeating a quote) counts by its best occurrence.
VERDICTS = ("right", "wrong", "missing")


@dataclass(frozen=True)
class GoldStatement:
    n: int  # 1-based position in its file, to name it in messages
    article: str  # source file name
    text: str  # the quoted words or the reported clause, as in the article
    speaker_forms: tuple[str, ...]
    kind: str
    speaker_en: str | None = None
    role_en: str | None = None


@dataclass(frozen=True)
class ItemResult:
    n: int
    article: str
    kind: str
    start: int  # where the gold text is in the article
    end: int
    text: str
    speaker_forms: tuple[str, ...]
    verdict: str  # "right" | "wrong" | "missing"
    given: tuple[str, ...]  # speakers of the statements covering the gold text, as written


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missing

    def share(self, verdict: str) -> float | None:
        return round(getattr(self, verdict) / self.total, 4) if self.total else None

    def to_dict(self) -> dict:
        return {"items": self.total, **{v: getattr(self, v) for v in VERDICTS}, **{f"{v}_share": self.share(v) for v in VERDICTS}}


@dataclass(frozen=True)
class AttributionThresholds:
    """Limits on the overall shares; None = not checked."""

    min_right: float | None = None
    max_wrong: float | None = None

    def missed(self, overall: Tally) -> list[str]:
        out = []
        right, wrong = overall.share("right") or 0.0, overall.share("wrong") or 0.0
        if self.min_right is not None and right < self.min_right:
            out.append(f"right share {right:.3f} < {self.min_right}")
        if self.max_wrong is not None and wrong > self.max_wrong:
            out.append(f"wrong share {wrong:.3f} > {self.max_wrong}")
        return out


@dataclass
class AttributionRun:
    file: str
    items: list[ItemResult]
    missed: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        return _tally(self.items)

    @property
    def by_kind(self) -> dict[str, Tally]:
        return {k: _tally([i for i in self.items if i.kind == k]) for k in KINDS if any(i.kind == k for i in self.items)}

    @property
    def exit_code(self) -> int:
        return 1 if self.missed else 0

    def report(self) -> dict:
        return {
            "file": self.file,
            "summary": {"all": self.overall.to_dict(), "by_kind": {k: t.to_dict() for k, t in self.by_kind.items()}},
            "missed": self.missed,
            "items": [asdict(i) for i in self.items],
        }


def load_attribution_set(path: Path) -> list[GoldStatement]:
    """Read and validate a gold attribution file. Raises QuestionSetError naming the file and the item."""
    name = str(path)
    out = []
    for n, item in enumerate(read_yaml_list(path, "an attribution file", "statements ('- article: ...')"), 1):
        where = f"{name}: item #{n}"
        if not isinstance(item, dict):
            raise QuestionSetError(f"{where} is not a mapping of keys (article, text, speaker_forms, kind, ...).")
        unknown = sorted(set(item) - KEYS)
        if unknown:
            raise QuestionSetError(f"{where}: unknown key(s) {', '.join(unknown)}. Allowed: {', '.join(sorted(KEYS))}.")
        article = text_value(item.get("article"), where, "article")
        if "/" in article or "\\" in article:
            raise QuestionSetError(f"{where}: 'article' is a file name (e.g. AL-economy-101-20180225.txt), not a path.")
        forms = text_list(item, "speaker_forms", where, "the speaker's names as the article writes them", allow_empty=False)
        if not forms:
            raise QuestionSetError(f"{where}: 'speaker_forms' is missing. List the speaker's names as the article writes them.")
        kind = item.get("kind")
        if kind not in KINDS:
            raise QuestionSetError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, not {kind!r}.")
        out.append(
            GoldStatement(
                n,
                article,
                text_value(item.get("text"), where, "text"),
                tuple(forms),
                kind,
                optional_text(item, "speaker_en", where),
                optional_text(item, "role_en", where),
            )
        )
    return out


def covers(statement: tuple[int, int], gold: tuple[int, int]) -> bool:
    """Do two spans overlap by at least half of the shorter one? A statement cut a little differently from the
    annotation (quote marks in or out, a trailing clause) still covers it; a neighbouring sentence does not."""
    overlap = min(statement[1], gold[1]) - max(statement[0], gold[0])
    return overlap > 0 and 2 * overlap >= min(statement[1] - statement[0], gold[1] - gold[0])


def judge_item(item: GoldStatement, spans: list[tuple[int, int]], statements: list[Statement]) -> ItemResult:
    """right: a covering statement's speaker matches the item's forms; wrong: covering statements name
    speakers, none of them this one; missing: nothing covering names a speaker. spans: where the item's text
    is in the article (at least one)."""
    best: ItemResult | None = None
    for start, end in spans:
        given = tuple(dict.fromkeys(st.speaker for st in statements if st.speaker and covers((st.start, st.end), (start, end))))
        if any(matches_forms(g, item.speaker_forms) for g in given):
            verdict = "right"
        else:
            verdict = "wrong" if given else "missing"
        result = ItemResult(item.n, item.article, item.kind, start, end, item.text, item.speaker_forms, verdict, given)
        if best is None or VERDICTS.index(verdict) < VERDICTS.index(best.verdict):
            best = result
    if best is None:
        raise ValueError(f"item #{item.n}: no span of its text to judge")
    return best


def score_attribution(
    qa: ArticleQA, items: list[GoldStatement], file: str = "", thresholds: AttributionThresholds | None = None
) -> AttributionRun:
    """Judge every item against qa.statements() of its article. The whole file is checked first: an item whose
    article or text is not in the index could never be right, and the cause is the file or the index."""
    sources = indexed_sources(qa)
    located: list[tuple[GoldStatement, str, list[tuple[int, int]]]] = []
    for item in items:
        where = f"{file}: item #{item.n}"
        ids = ids_named(sources, item.article)
        if not ids:
            raise QuestionSetError(f"{where}: article '{item.article}' is not in the index. Ingest it or fix the file name.")
        found = [(i, spans) for i in ids if (spans := find_spans(qa.article_text(i), item.text))]
        if not found:
            raise QuestionSetError(
                f"{where}: text '{item.text}' is not in article '{item.article}'. Copy it exactly from the article."
            )
        located.append((item, *found[0]))

    statements: dict[str, list[Statement]] = {}
    results = []
    for item, article_id, spans in located:
        if article_id not in statements:
            statements[article_id] = qa.statements(article_id)
        results.append(judge_item(item, spans, statements[article_id]))
    run = AttributionRun(file, results)
    run.missed = (thresholds or AttributionThresholds()).missed(run.overall)
    return run


def _tally(items: list[ItemResult]) -> Tally:
    t = Tally()
    for i in items:
        setattr(t, i.verdict, getattr(t, i.verdict) + 1)
    return t
