"""From retrieved chunks to quotes: the statements (direct speech and sentences) inside them, scored against
the question, filtered by the person asked about, and verified as exact slices of the stored article.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import numpy as np
import Stemmer

from rag.calibration import Calibration
from rag.embed import EmbeddingBackend
from rag.models import Hit, Quote
from rag.bm25 import arabic_stopwords
from rag.speakers import Person, Statement, people, person_matches, question_tokens, skeleton, statements, strip_clitics
from rag.statement_vectors import StatementVectors
from rag.store import Store
from rag.text import is_arabic, paragraph_of

log = logging.getLogger(__name__)

# Direct speech is what users come for; when it is about as relevant as the sentence around it, show it.
DIRECT_BONUS = 0.01
# Headlines are short and close to everything; prefer the body's sentences that say the same.
HEADLINE_PENALTY = 0.03
# Lexical evidence: the share of the question's key terms that a statement contains (Arabic words by stem,
# English proper names by consonant skeleton: "Gaza" ~ "غزة"), worth up to this much on the score scale.
TERM_WEIGHT = 0.06
_STEMMER = Stemmer.Stemmer("arabic")
_EN_NAME = re.compile(r"\b(?:[Aa]l-)?([A-Z][a-z]+)")
_EN_NOT_NAMES = {"What", "Who", "Whom", "Which", "How", "Why", "When", "Where", "Did", "Does", "Do", "Is", "Was", "Are",
                 "Were", "And", "But", "The", "In", "On", "About", "According", "Has", "Have", "Will", "Would", "Can"}
_AR_TOKEN = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0640]+")


def key_terms(text: str) -> list[str]:
    """Terms worth matching literally: Arabic content words (stemmed), English proper names (skeletons of at
    least three consonants, shorter ones collide)."""
    if is_arabic(text):
        stop = set(arabic_stopwords())
        words = [strip_clitics(w) for w in _AR_TOKEN.findall(text)]
        return sorted({_STEMMER.stemWord(w) for w in words if len(w) > 2 and w not in stop})
    names = {skeleton(m) for m in _EN_NAME.findall(text) if m not in _EN_NOT_NAMES}
    return sorted(n for n in names if len(n.replace("S", "sh")) >= 3)


def _statement_terms(text: str) -> tuple[set[str], set[str]]:
    raw = _AR_TOKEN.findall(text)
    return {_STEMMER.stemWord(strip_clitics(w)) for w in raw}, {skeleton(w) for w in raw}


def term_share(terms: list[str], statement_text: str) -> float:
    if not terms:
        return 0.0
    stems, skeletons = _statement_terms(statement_text)
    pool = stems | skeletons
    return sum(t in pool for t in terms) / len(terms)


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
        self._vectors: dict[tuple[str, int, int, str], tuple[np.ndarray, float]] = {}
        self.calibration = Calibration.load(embedder, store.dir)
        self.saved = StatementVectors(store.dir)

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
                    if st.headline:
                        continue  # a headline paraphrases a person; it is not what they said
                    who = art.person_of(st.speaker)
                    if who is None or not person_matches(toks, who):
                        continue
                seen.add((h.article_id, st.start, st.end))
                out.append(Candidate(h.article_id, st))
        return out

    def score(self, query_vec: np.ndarray, cands: list[Candidate], terms: list[str]) -> list[Candidate]:
        """Hubness-corrected similarity of each statement with the question (rag/calibration.py). Statement
        vectors come from ingest (rag/statement_vectors.py); any missing are embedded now and saved."""
        keys = []
        for c in cands:
            version = self.store.records()[c.article_id].version
            keys.append((c.article_id, c.statement.start, c.statement.end, version))
        self._load_vectors({(k[0], k[3]) for k in keys if k not in self._vectors})
        todo = [k for k in dict.fromkeys(keys) if k not in self._vectors]
        if todo:
            vecs = self.embedder.embed_passages([self.article(a).text[s:e] for a, s, e, _ in todo])
            self._add_vectors(todo, vecs)
            for article_id, version in dict.fromkeys((a, v) for a, _, _, v in todo):
                rows = [(i, (s, e)) for i, (a, s, e, v) in enumerate(todo) if a == article_id]
                self.saved.save(article_id, version, [span for _, span in rows], vecs[[i for i, _ in rows]])
        q_bias = self.calibration.query_bias(query_vec)
        scored = []
        for c, k in zip(cands, keys):
            vec, bias = self._vectors[k]
            text = self.article(c.article_id).text[c.statement.start : c.statement.end]
            share = term_share(terms, text)
            # A name asked about that the statement never mentions ("Brexit") counts against it.
            lexical = TERM_WEIGHT * share if share or not terms else -TERM_WEIGHT / 2
            score = 2 * float(vec @ query_vec) - bias - q_bias + lexical
            score += DIRECT_BONUS if c.statement.direct else 0.0
            score -= HEADLINE_PENALTY if c.statement.headline else 0.0
            scored.append(Candidate(c.article_id, c.statement, score))
        return sorted(scored, key=lambda c: -c.score)

    def _load_vectors(self, articles: set[tuple[str, str]]) -> None:
        for article_id, version in articles:
            rows = self.saved.load(article_id, version)
            if rows:
                self._add_vectors([(article_id, s, e, version) for s, e in rows], np.vstack(list(rows.values())))

    def _add_vectors(self, keys: list[tuple[str, int, int, str]], vecs: np.ndarray) -> None:
        for key, v, b in zip(keys, vecs, self.calibration.statement_bias(vecs)):
            self._vectors[key] = (v, float(b))

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
