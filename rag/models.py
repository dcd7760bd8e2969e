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


@dataclass
class Answer:
    question: str
    text: str
    quotes: list[Quote] = field(default_factory=list)
    found: bool = False
    language: str = "en"
    notes: list[str] = field(default_factory=list)  # e.g. "LLM unreachable, extractive answer shown"
