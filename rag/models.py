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
    denied: bool = False  # words the speaker denies ("نفى أن …"), never to be read as their claim


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
    denied: bool = False  # what the speaker denies ("نفت الوزارة أن يكون …"): the words are not their claim


@dataclass(frozen=True)
class AnswerWording:
    """How an answer's quote and source lines read in its language: the templates of prompts/answer.<lang>.yaml
    that Answer.text is written with (placeholders {n}, {text}, {speaker}, {title}, {paragraph}, {start}, {end})."""

    quote: str
    quote_no_speaker: str
    quote_denied: str  # a quote of what the speaker denies
    sources_header: str
    source: str


@dataclass(frozen=True)
class Answer:
    """An answer as structure: what the user reads first, the model's prose in llm mode, the verified quotes
    (numbered [1]..[n] in order; source n is where quote n comes from) and notes on how it was made. Rendered to
    text only where text is needed (.text: the CLI, the Python API); the app lays out the fields."""

    question: str
    language: str  # "en" | "ar": the question's, and so the answer's
    # Found: the sentence that introduces the quotes. Not found: the message saying why nothing answers the
    # question (nothing on it; nothing more from the person; the person is quoted only on other things; ...).
    intro: str
    quotes: list[Quote]
    wording: AnswerWording
    prose: str | None = None  # llm mode: the model's text, citing quotes as [n]; it replaces the intro
    notes: list[str] = field(default_factory=list)  # e.g. "LLM unreachable, extractive answer shown"

    @property
    def found(self) -> bool:
        return bool(self.quotes)

    @property
    def lead(self) -> str:
        """The text before the quotes: the model's prose, or the intro (the whole answer when nothing was found)."""
        return self.prose if self.prose is not None else self.intro

    @property
    def text(self) -> str:
        """The answer as plain text: the lead, then each quote with its speaker, then the sources."""
        if not self.quotes:
            return self.intro
        return "\n\n".join([self.lead, self._quotes_text(), self._sources_text()])

    def _quotes_text(self) -> str:
        w = self.wording
        return "\n".join(
            (w.quote_denied if q.denied else w.quote).format(n=n, text=q.text, speaker=q.speaker)
            if q.speaker
            else w.quote_no_speaker.format(n=n, text=q.text, speaker=q.speaker)
            for n, q in enumerate(self.quotes, 1)
        )

    def _sources_text(self) -> str:
        w = self.wording
        lines = [
            w.source.format(n=n, title=q.title, paragraph=q.paragraph, start=q.start, end=q.end)
            for n, q in enumerate(self.quotes, 1)
        ]
        return "\n".join([w.sources_header, *lines])


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


@dataclass(frozen=True)
class IndexedArticle:
    id: str
    title: str
    source: str  # file path or URL


@dataclass(frozen=True)
class IndexStats:
    """What ArticleQA.stats() reports about the index it serves."""

    chunks: int
    embed_model: str  # the embedding model's id, as the store records it
    location: str  # the index folder, or host:port of the Chroma server
    articles: tuple[IndexedArticle, ...]  # every served article, by title
