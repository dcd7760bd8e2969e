"""From retrieved chunks to quotes: the statements (direct speech and sentences) inside them, scored against
the question, filtered by the person asked about, and verified as exact slices of the stored article.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from rag.embed import EmbeddingBackend
from rag.models import Hit, Quote
from rag.speakers import Person, Statement, people, person_matches, question_tokens, statements
from rag.store import Store
from rag.text import paragraph_of

log = logging.getLogger(__name__)

# Direct speech is what users come for; when it is about as relevant as the sentence around it, show it.
DIRECT_BONUS = 0.01


@dataclass(frozen=True)
class Candidate:
    article_id: str
    statement: Statement
    score: float = 0.0


class ArticleIndex:
    """Per-article statements and people, computed once per article version."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.statements = statements(text)
        self.people: list[Person] = people([s.speaker for s in self.statements if s.speaker])

    def person_of(self, speaker: str | None) -> Person | None:
        return next((p for p in self.people if speaker in p.mentions), None) if speaker else None


class QuoteFinder:
    def __init__(self, store: Store, embedder: EmbeddingBackend) -> None:
        self.store = store
        self.embedder = embedder
        self._articles: dict[tuple[str, str], ArticleIndex] = {}
        self._vectors: dict[tuple[str, int, int, str], np.ndarray] = {}

    def article(self, article_id: str) -> ArticleIndex:
        version = self.store.records()[article_id].version
        key = (article_id, version)
        if key not in self._articles:
            self._articles[key] = ArticleIndex(self.store.article_text(article_id))
        return self._articles[key]

    def matches_anyone(self, phrase: str, article_ids: list[str]) -> bool:
        """Is phrase (from a question) one of the people speaking in these articles?"""
        toks = question_tokens(phrase)
        return any(person_matches(toks, p) for a in article_ids for p in self.article(a).people)

    def candidates(self, hits: list[Hit], person: str | None) -> list[Candidate]:
        """Statements inside the retrieved chunks; with a person asked about, only that person's."""
        toks = question_tokens(person) if person else None
        seen: set[tuple[str, int, int]] = set()
        out = []
        for h in hits:
            art = self.article(h.article_id)
            for st in art.statements:
                if st.end <= h.start or st.start >= h.end or (h.article_id, st.start, st.end) in seen:
                    continue
                if toks is not None:
                    who = art.person_of(st.speaker)
                    if who is None or not person_matches(toks, who):
                        continue
                seen.add((h.article_id, st.start, st.end))
                out.append(Candidate(h.article_id, st))
        return out

    def score(self, query_vec: np.ndarray, cands: list[Candidate]) -> list[Candidate]:
        """Cosine of each statement with the question (statement vectors cached per article version)."""
        keys = []
        todo: list[tuple[tuple, str]] = []
        for c in cands:
            version = self.store.records()[c.article_id].version
            key = (c.article_id, c.statement.start, c.statement.end, version)
            keys.append(key)
            if key not in self._vectors:
                todo.append((key, self.article(c.article_id).text[c.statement.start : c.statement.end]))
        if todo:
            vecs = self.embedder.embed_passages([t for _, t in todo])
            for (key, _), v in zip(todo, vecs):
                self._vectors[key] = v
        scored = [
            Candidate(c.article_id, c.statement, float(self._vectors[k] @ query_vec) + (DIRECT_BONUS if c.statement.direct else 0.0))
            for c, k in zip(cands, keys)
        ]
        return sorted(scored, key=lambda c: -c.score)

    def to_quote(self, c: Candidate) -> Quote:
        rec = self.store.records()[c.article_id]
        text = self.article(c.article_id).text
        paragraph, _, _ = paragraph_of(text, c.statement.start)
        return Quote(
            article_id=c.article_id,
            title=rec.title,
            source=rec.source,
            start=c.statement.start,
            end=c.statement.end,
            text=text[c.statement.start : c.statement.end],
            speaker=c.statement.speaker,
            score=round(c.score, 4),
            paragraph=paragraph,
        )


def select(scored: list[Candidate], threshold: float, margin: float, limit: int, exclude: list[Quote]) -> list[Candidate]:
    """The best statements: above threshold, close to the best one, not overlapping each other or what was
    already quoted. Of a direct quote and its own sentence, the better-scored one wins."""
    chosen: list[Candidate] = []
    taken = [(q.article_id, q.start, q.end) for q in exclude]
    best = None
    for c in scored:
        span = (c.article_id, c.statement.start, c.statement.end)
        if any(a == span[0] and s < span[2] and span[1] < e for a, s, e in taken):
            continue
        if best is None:
            if c.score < threshold:
                break
            best = c.score
        elif c.score < max(threshold, best - margin):
            break
        chosen.append(c)
        taken.append(span)
        if len(chosen) >= limit:
            break
    return chosen


def verify(quote: Quote, article_text: str) -> bool:
    """The guarantee: a quote is exactly the article's text at its offsets."""
    return 0 <= quote.start < quote.end <= len(article_text) and article_text[quote.start : quote.end] == quote.text
