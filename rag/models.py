"""Records that cross module borders."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str  # cleaned text: offsets of every chunk and quote point into this string
    source: str  # file path or URL it came from
    published: str | None = None
    origin: str = ""  # the file it was read from, when source is a URL (JSONL): a failed file keeps its articles


@dataclass(frozen=True)
class Chunk:
    article_id: str
    start: int
    end: int
    text: str
    title: str
    source: str


@dataclass(frozen=True)
class Quote:
    article_id: str
    title: str
    source: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    score: float = 0.0
    paragraph: int = 0  # 1-based paragraph number in the article, for citations


@dataclass(frozen=True)
class Statement:
    """Words an article attributes to someone: a direct quote (inside its marks), a reported clause (what follows
    "قال إن"), an institution's statement or post, or an unnamed source's words. Offsets point into the article's
    stored text, so text == article_text[start:end] always."""

    article_id: str
    start: int
    end: int
    text: str
    kind: str  # "direct" | "reported" | "statement" | "unnamed"
    speaker: str | None  # the mention as written: name and description, nothing after
    speaker_start: int | None
    speaker_end: int | None
    person: int | None  # shared by every mention of the same person (or body) in this article


@dataclass
class Answer:
    question: str
    text: str
    quotes: list[Quote] = field(default_factory=list)
    found: bool = False
    language: str = "en"
    notes: list[str] = field(default_factory=list)  # e.g. "LLM unreachable, extractive answer shown"


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk after fusion. Ranks are 1-based; None when that retriever did not return it."""

    chunk_id: str
    article_id: str
    title: str
    source: str
    start: int
    end: int
    text: str
    score: float  # fused score
    dense_score: float | None = None  # cosine similarity
    dense_rank: int | None = None
    bm25_rank: int | None = None


@dataclass(frozen=True)
class Speaker:
    """A person quoted in the articles (ArticleQA.people): the same person in several articles is one Speaker
    when the articles give the same full name; otherwise each article's person is their own."""

    name: str  # the fullest way an article names them as a speaker, as written
    name_en: str  # an English rendering of that name, or of the role when there is no name
    mentions: tuple[str, ...]  # every way they are named as a speaker
    quoted_in: tuple[tuple[str, int], ...]  # (article_id, person id within the article, as Statement.person)
    statements: int

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a, _ in self.quoted_in))
