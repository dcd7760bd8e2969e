"""From retrieved chunks to quotes: the passages inside them (what each speaker said, as rag/attribution.py
reads it, and the reporter's own sentences), scored against the question, filtered by the person asked about
(rag/people.py groups an article's mentions, rag/names.py matches what the user typed), and verified as exact
slices of the stored article.
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
from rag.attribution import DIRECT, Attributed, attribute
from rag.names import NameQuery, country_of, same_name
from rag.people import Person, group
from rag.statement_vectors import StatementVectors
from rag.store import Store
from rag.text import bare, is_arabic, paragraph_of

log = logging.getLogger(__name__)

# Direct speech is what users come for; when it is about as relevant as the sentence around it, show it.
DIRECT_BONUS = 0.01
# Headlines are short and close to everything; prefer the body's sentences that say the same.
HEADLINE_PENALTY = 0.03
# Lexical evidence: the share of the question's key terms that a statement contains (Arabic words by stem,
# English proper names by how they are spelt in Arabic: "Gaza" ~ "غزة"), worth up to this much on the score scale.
TERM_WEIGHT = 0.06
# A name the question asks about ("about Syria", "about Ebola") that a statement never mentions counts against
# it this much. On the news dev set 0.045 rather than 0.03 answers 22 of 23 unanswerable questions "not found"
# instead of 20, at the cost of 2 of 112 answerable ones (0.06 would cost 3 more).
MISSING_NAME_PENALTY = 0.045
_STEMMER = Stemmer.Stemmer("arabic")
_EN_NAME = re.compile(r"\b(?:[Aa]l-)?([A-Z][a-z]{2,})")
_EN_NOT_NAMES = {"What", "Who", "Whom", "Which", "How", "Why", "When", "Where", "Did", "Does", "Do", "Is", "Was", "Are",
                 "Were", "And", "But", "The", "In", "On", "About", "According", "Has", "Have", "Will", "Would", "Can"}
_AR_TOKEN = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0640]+")


def key_terms(text: str) -> list[str]:
    """Terms worth matching literally: Arabic content words (stemmed), English proper names (as written)."""
    if is_arabic(text):
        stop = set(arabic_stopwords())
        words = [bare(w) for w in _AR_TOKEN.findall(text)]
        return sorted({_STEMMER.stemWord(w) for w in words if len(w) > 2 and w not in stop})
    # Short names are left out unless they name a country: "Gaza" would meet "الغاز" (gas) by its spelling.
    return sorted({m for m in _EN_NAME.findall(text) if m not in _EN_NOT_NAMES and (len(m) >= 5 or country_of(m))})


def term_share(terms: list[str], statement_text: str) -> float:
    if not terms:
        return 0.0
    words = {bare(w) for w in _AR_TOKEN.findall(statement_text)}
    stems = {_STEMMER.stemWord(w) for w in words}
    names = [w for w in words if len(w) > 2]
    found = sum(t in stems if _AR_TOKEN.fullmatch(t) else _named_in(t, names) for t in terms)
    return found / len(terms)


def _named_in(latin: str, arabic_words: list[str]) -> bool:
    """Does an English proper name appear among a statement's Arabic words: a country by its translated name or
    adjective ("Palestinians" ~ الفلسطيني), anything else by how it is spelt in Arabic ("Gaza" ~ غزة)?"""
    code = country_of(latin)
    if code:
        return any(country_of(w) == code for w in arabic_words)
    return any(same_name(latin, w) for w in arabic_words)


@dataclass(frozen=True)
class Candidate:
    article_id: str
    statement: Attributed
    score: float = 0.0


class ArticleIndex:
    """Per-article passages and people, computed once per article version."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.passages: list[Attributed] = attribute(text)
        mentions = [(a.speaker.start, a.speaker.end, a.speaker.text) for a in self.passages if a.speaker]
        self.people, self._person_at = group(text, mentions)

    def person_of(self, passage: Attributed) -> Person | None:
        if passage.speaker is None:
            return None
        pid = self._person_at.get((passage.speaker.start, passage.speaker.end))
        return self.people[pid] if pid is not None else None

    def people_matching(self, query: NameQuery) -> set[int]:
        return {p.id for p in self.people if query.matches(p.forms)}


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

    def people_in(self, query: NameQuery, article_ids: list[str]) -> dict[str, set[int]]:
        """The people matching what the user typed, per article (only articles where someone matches)."""
        out = {}
        for a in article_ids:
            ids = self.article(a).people_matching(query)
            if ids:
                out[a] = ids
        return out

    def candidates(self, hits: list[Hit], person: NameQuery | None) -> list[Candidate]:
        """Passages inside the retrieved chunks; with a person asked about, only that person's words (never a
        headline: it paraphrases a person, it is not what they said)."""
        seen: set[tuple[str, int, int]] = set()
        out = []
        wanted = self.people_in(person, list(dict.fromkeys(h.article_id for h in hits))) if person else {}
        for h in hits:
            art = self.article(h.article_id)
            for st in art.passages:
                if st.end <= h.start or st.start >= h.end or (h.article_id, st.start, st.end) in seen:
                    continue
                if person is not None:
                    who = art.person_of(st)
                    if st.headline or who is None or who.id not in wanted.get(h.article_id, set()):
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
            lexical = TERM_WEIGHT * share if share or not terms else -MISSING_NAME_PENALTY
            score = 2 * float(vec @ query_vec) - bias - q_bias + lexical
            score += DIRECT_BONUS if c.statement.kind == DIRECT else 0.0
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
            speaker=c.statement.speaker.text if c.statement.speaker else None,
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
