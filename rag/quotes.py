"""From retrieved chunks to quotes: the passages inside them (what each speaker said, as rag/attribution.py
reads it, and the reporter's own sentences), scored against the question, filtered by the person asked about
(rag/people.py groups an article's mentions, rag/names.py matches what the user typed), and verified as exact
slices of the stored article.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import Stemmer

from rag.calibration import Calibration
from rag.capitals import english_capitals
from rag.embed import EmbeddingBackend
from rag.lexicon import Lexicon
from rag.models import Hit, Quote
from rag.stopwords import stopword_set
from rag.attribution import ANSWER, DIRECT, NARRATION, Attributed, attribute, is_question, reporting_verb_forms
from rag.names import (
    NameQuery,
    bodies_named,
    capital_spelt,
    country_of,
    english_names,
    is_country_name,
    romanize,
    same_name,
)
from rag.people import Person, family_name_only, group, surname_shared
from rag.statement_vectors import StatementVectors
from rag.store import Store
from rag.text import ARABIC_LETTER, ARABIC_WORD, bare, is_arabic, normalize_ar, paragraph_of, paragraph_spans

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
_ONE_LETTER_PREFIXES = "يتنالبك"
# The prepositions and conjunction written onto a place's name ("لإيران"، "بغداد وطهران").
_ONE_LETTER_PROCLITICS = "لبو"
_EN_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


@dataclass(frozen=True)
class Term:
    """A word of the question that counts when a statement contains it: an Arabic stem or an English proper name
    (source "question"), the stems of an English word's dictionary senses ("dictionary"), or a stem of a model's
    Arabic rendering of the question ("model"). Translated terms are evidence when found, but their wording is
    often not the article's, so their absence says little."""

    forms: tuple[str, ...]
    source: str = "question"
    # A country an Arabic question names ("إيران"): found as a place is, whatever its form ("الإيراني"، "لإيران"),
    # which no stem of its name covers.
    place: bool = False

    @property
    def arabic(self) -> bool:
        """Arabic stems (each form: one stem, or several that must all be there), else a name (_named_in)."""
        return not self.place and bool(ARABIC_LETTER.search(self.forms[0]))

    def in_stems(self, stems: set[str]) -> bool:
        return any(all(p in stems for p in form.split()) for form in self.forms)


def key_terms(text: str, lexicon: Lexicon | None = None, rendering: str | None = None) -> list[Term]:
    """Terms worth matching literally: Arabic content words (stemmed); for English, proper names (as written)
    and the other content words in Arabic: the dictionary's senses of each, and the words of a model's rendering
    of the text when given (without its reporting verbs: the question's "say" is not the topic)."""
    if is_arabic(text):
        places = [w for w in _content_words(text) if is_country_name(w)]
        return [Term((w,), place=True) for w in places] + [Term((s,)) for s in _arabic_stems(text, places)]
    # Short names are left out unless they name a country or belong to a full name ("Elon Musk"): alone,
    # "Gaza" would meet "الغاز" (gas) by its spelling. A place named in common words ("the Red Sea", "the Dead
    # Sea") is no one's name: its short words are looked for by their dictionary senses ("Sea" had met "شيء").
    translations = lexicon.translate(text) if lexicon else []
    worded = {w for t in translations for w in t.english.split()}
    runs = [run.split() for run in _EN_FULL_NAME.findall(text)]
    as_words = {w for run in runs if all(w in worded for w in run) for w in run if len(w) < 5}
    in_full_names = {w for run in runs for w in run} - as_words
    # An international body is looked for by its Arabic names ("the Arab League": الجامعة العربية), never by
    # spelling "League" in Arabic letters; each name's words must all be there.
    bodies = bodies_named(text)
    in_bodies = {w for written, _ in bodies for w in written.split()}
    terms = [Term(tuple(dict.fromkeys(_name_stems(f) for f in forms))) for _, forms in bodies if forms]
    names = sorted(
        n for n in english_names(text) if n not in in_bodies | as_words and (len(n) >= 5 or country_of(n) or n in in_full_names)
    )
    terms += [Term((n,)) for n in names]
    for t in translations:
        # Capitalised words are names, matched above by their spelling, never by a dictionary sense.
        stems = tuple(dict.fromkeys(s for w in t.arabic if len(w) > 2 for s in _verb_stems(_STEMMER.stemWord(w))))
        named = t.english[:1].isupper() and not set(t.english.split()) <= as_words
        if stems and not named and Term(stems, "dictionary") not in terms:
            terms.append(Term(stems, "dictionary"))
    said = {_STEMMER.stemWord(v) for v in reporting_verb_forms()}
    return terms + [Term((s,), "model") for s in _arabic_stems(rendering or "") if s not in said]


def _name_stems(name: str) -> str:
    """A body's Arabic name as the stems of all its words, stopwords too: "حزب الله" must not be met by "الحزب"
    alone (as content words, "الله" would be dropped)."""
    return " ".join(_STEMMER.stemWord(w) for w in (bare(x) for x in ARABIC_WORD.findall(name)) if len(w) > 1)


def _verb_stems(stem: str) -> tuple[str, ...]:
    """A stem, and for a dictionary verb given as its imperative (اذهب، احضر: alef and a three-letter root) the
    root as the past tense writes it, which is also what a present or future form keeps (يذهب، ستحضر)."""
    return (stem, stem[1:]) if len(stem) == 4 and stem[0] == "ا" else (stem,)


def _content_words(text: str) -> list[str]:
    """The bare Arabic words of a text that carry content: three letters or more, no stopword."""
    stop = stopword_set("arabic")
    return [w for w in (bare(x) for x in ARABIC_WORD.findall(text)) if len(w) > 2 and w not in stop]


def _arabic_stems(text: str, leaving: Sequence[str] = ()) -> list[str]:
    return sorted({_STEMMER.stemWord(w) for w in _content_words(text) if w not in leaving})


def lexical_score(terms: list[Term], statement_text: str, speaker: str = "", named_nearby: bool = False) -> float:
    """Up to TERM_WEIGHT for the share of the terms a statement contains, with the question's own words and
    either source of translations (the better share: a poor model rendering never dilutes what the dictionary
    found); -MISSING_NAME_PENALTY when it contains none of the question's own words (names, Arabic words)
    although there are some, unless its paragraph names them (named_nearby, see names_in). What the article
    calls the speaker counts as the statement's context: "Turkey's intervention" is what the Turkish minister
    speaks of when he says "our intervention", and Saudi arrests what the Saudi crown prince calls "the arrests"."""
    if not terms:
        return 0.0
    words = {bare(w) for w in ARABIC_WORD.findall(f"{statement_text} {speaker}")}
    stems = {_STEMMER.stemWord(w) for w in words}
    # Snowball keeps the prefix of a present-tense verb (يقتلون → يقتل) and a preposition written onto a noun
    # (لجامعة → لجامع), which the dictionary's nouns and past-tense forms never have: the stem without it
    # counts too.
    stems |= {s[1:] for s in stems if len(s) > 3 and s[0] in _ONE_LETTER_PREFIXES}
    names = name_words(f"{statement_text} {speaker}")
    found = [t.in_stems(stems) if t.arabic else _named_in(t.forms[0], names) for t in terms]
    own = [f for f, t in zip(found, terms, strict=True) if t.source == "question"]
    if own and not any(own) and not named_nearby:
        return -MISSING_NAME_PENALTY
    translated: dict[str, list[bool]] = {}
    for f, t in zip(found, terms, strict=True):
        if t.source != "question":
            translated.setdefault(t.source, []).append(f)
    return TERM_WEIGHT * max((sum(own) + sum(fs)) / (len(own) + len(fs)) for fs in translated.values() or [[]])


# A claim is said where most of its words are ("Who said that the wheat reserve lasts six months?"): more than half
# of its key terms, where words on its topic share one or two ("the negotiations" of "the negotiations stalled").
CLAIM_SHARE = 0.5


def says_claim(terms: list[Term], words: str) -> bool:
    """Do a statement's words hold more than CLAIM_SHARE of a claim's key terms?"""
    return bool(terms) and lexical_score(terms, words) > TERM_WEIGHT * CLAIM_SHARE


def names_in(terms: list[Term], arabic_words: Sequence[str]) -> bool:
    """Do these words (a statement's paragraph) name an English proper name the question names ("Mahrez's
    post", where the club's words are "the page was hacked")? An Arabic question's own words are not looked for
    around the statement: they must be in it."""
    return any(t.source == "question" and not t.arabic and _named_in(t.forms[0], arabic_words) for t in terms)


def echoes(terms: list[Term], statement_text: str) -> bool:
    """Does a statement only repeat the question's own words (a quoted title, "سالفاتور موندي", asked "about the
    Salvator Mundi")? Then it says nothing about them, however close it is to the question."""
    own = [t for t in terms if t.source == "question"]
    content = _content_words(statement_text)
    if not own or not content:
        return False

    def said(word: str) -> bool:
        return any(
            _STEMMER.stemWord(word) in {p for f in t.forms for p in f.split()}
            if t.arabic
            else _named_in(t.forms[0], [word])
            if t.place
            else same_name(t.forms[0], word)
            for t in own
        )

    return all(said(w) for w in content)


def name_candidates(bare_words: Sequence[str]) -> list[str]:
    """What in a run of bare Arabic words may be a name an English word spells: each word of three letters or
    more, and each two words side by side ("حزب الله" is "Hezbollah")."""
    pairs = [f"{a} {b}" for a, b in zip(bare_words, bare_words[1:], strict=False)]
    return list(dict.fromkeys([w for w in bare_words if len(w) > 2] + pairs))


def name_words(text: str) -> list[str]:
    """What in a text may be a name an English word spells: its Arabic name candidates, and its Latin words as
    written, lower-cased (Arabic articles write some names so: "ميزة (View As)")."""
    words = ARABIC_WORD.findall(text)
    # (A foreign name may begin like the article: "ألابا" is Alaba, not "ابا".)
    spelt_al = [n for n in (normalize_ar(x) for x in words) if n.startswith("ال") and len(n) > 4]
    return name_candidates([bare(x) for x in words]) + spelt_al + [w.lower() for w in _LATIN_WORD.findall(text)]


def _named_in(latin: str, words: Sequence[str]) -> bool:
    """Does an English proper name (or a country an Arabic question names, Term.place) appear among a statement's
    words: a country by its translated name or adjective ("Palestinians" ~ الفلسطيني), anything else by how it is
    spelt in Arabic ("Gaza" ~ غزة) or as written (Latin words, lower-cased)?"""
    # (A place may carry a preposition or "and": "بالنسبة لإيران"، "في بغداد وطهران".)
    places = [*words, *(w[1:] for w in words if w[:1] in _ONE_LETTER_PROCLITICS and len(w) > 4)]
    capital = english_capitals().get(latin.lower())
    if capital:
        # A capital as a topic is the city ("about Khartoum" ~ "الخرطوم"), not its whole country.
        return any(capital_spelt(w) == capital for w in places)
    code = country_of(latin)
    if code:
        return any(country_of(w) == code for w in places)
    return latin.lower() in words or any(same_name(latin, w) for w in words if not w.isascii())


@dataclass(frozen=True)
class Candidate:
    article_id: str
    statement: Attributed
    score: float = 0.0
    names_missing: bool = False  # the question names something that neither it nor its paragraph names


class ArticleIndex:
    """Per-article passages and people, computed once per article version."""

    def __init__(self, text: str, title: str | None = None) -> None:
        self.text = text
        self.passages: list[Attributed] = attribute(text, title)
        mentions = [(a.speaker.start, a.speaker.end, a.speaker.text) for a in self.passages if a.speaker]
        genders = {(a.speaker.start, a.speaker.end): a.speaker.gender for a in self.passages if a.speaker and a.speaker.gender}
        self.people, self._person_at = group(text, mentions, genders)
        self._paragraphs = paragraph_spans(text)
        self._paragraph_words: dict[int, tuple[str, ...]] = {}
        self._headline_words: tuple[str, ...] | None = None
        self._norm: str | None = None
        self._surname_shared: dict[int, bool] = {}
        self._family_name_only: dict[int, bool] = {}

    def paragraph(self, offset: int) -> tuple[int, int, int]:
        """rag.text.paragraph_of, on the spans kept for this article."""
        return paragraph_of(self.text, offset, self._paragraphs)

    def lead_in(self, offset: int) -> str:
        """What the sentence says before the words at offset: who said them and about what ("وعن غياب النجم
        كيفين دي بروين، أوضح غوارديولا أنه …": De Bruyne is what Guardiola's words are about)."""
        start = max(self.text.rfind(c, 0, offset) for c in ".!?؟\n") + 1
        verbs = reporting_verb_forms()
        # (Without the reporting verb, which some names are spelt like: "وأعلن" is no "Elon".)
        words = [(w, normalize_ar(w)) for w in ARABIC_WORD.findall(self.text, max(start, offset - 300), offset)]
        said = " ".join(w for w, n in words if n not in verbs and n[1:] not in verbs)
        n, s, _ = self.paragraph(offset)
        asked = self._paragraphs[n - 2] if n > 1 else None  # (paragraphs count from 1)
        if asked and (ANSWER.match(self.text, s) or is_question(self.text, *asked)):
            # An interview's answer is about the question before it ("س: أين وصلت المفاوضات مع صندوق النقد؟").
            said = f"{self.text[asked[0] : asked[1]]} {said}"
        return said

    def headline_words(self) -> tuple[str, ...]:
        """What may be a name in the article's title, its first headline (name_words): what every statement of it
        is about. (Not a deck under it, which may sum up one statement only.)"""
        if self._headline_words is None:
            title = next((p for p in self.passages if p.headline), None)
            self._headline_words = tuple(name_words(self.text[title.start : title.end])) if title else ()
        return self._headline_words

    def paragraph_words(self, offset: int) -> tuple[str, ...]:
        """What may be a name in the paragraph holding offset (name_words): a statement's context."""
        n, s, e = self.paragraph(offset)
        if n not in self._paragraph_words:
            self._paragraph_words[n] = tuple(name_words(self.text[s:e]))
        return self._paragraph_words[n]

    def person_of(self, passage: Attributed) -> Person | None:
        if passage.speaker is None:
            return None
        pid = self._person_at.get((passage.speaker.start, passage.speaker.end))
        return self.people[pid] if pid is not None else None

    def people_matching(self, query: NameQuery) -> set[int]:
        return {
            p.id
            for p in self.people
            if query.matches(p.forms)
            and not query.is_ambiguous_for(surname_shared=self.surname_shared(p), family_name_only=self.family_name_only(p))
        }

    def namesakes(self, query: NameQuery) -> list[int]:
        """The people a bare family name fits but cannot tell apart, the article giving it to another given name
        too (surname_shared, which NameQuery.is_ambiguous_for reads): "Gemayel" when it quotes Sami and Nadim
        Gemayel."""
        if not query.is_surname_only:
            return []  # (a full name that may be any of a family's, "Bahia Hariri" ~ "وقال الحريري", names no one)
        return [p.id for p in self.people if query.matches(p.forms) and self.surname_shared(p)]

    def surname_shared(self, person: Person) -> bool:
        """rag.people.surname_shared, asked once per person."""
        if person.id not in self._surname_shared:
            self._surname_shared[person.id] = surname_shared(self._normalised(), person, self.people)
        return self._surname_shared[person.id]

    def family_name_only(self, person: Person) -> bool:
        """rag.people.family_name_only, asked once per person."""
        if person.id not in self._family_name_only:
            self._family_name_only[person.id] = family_name_only(self.text, person, self.people)
        return self._family_name_only[person.id]

    def _normalised(self) -> str:
        """The article normalised, once for all its people (what surname_shared reads)."""
        if self._norm is None:
            self._norm = normalize_ar(self.text)
        return self._norm


class QuoteFinder:
    def __init__(self, store: Store, embedder: EmbeddingBackend) -> None:
        self.store = store
        self.embedder = embedder
        self._articles: dict[tuple[str, str], ArticleIndex] = {}
        self._vectors: dict[tuple[str, int, int, str], tuple[np.ndarray, float]] = {}
        self.calibration = Calibration.load(embedder, store.dir)
        self.saved = StatementVectors(store.dir)

    def article(self, article_id: str) -> ArticleIndex:
        rec = self.store.records()[article_id]
        key = (article_id, rec.version)
        if key not in self._articles:
            self._articles[key] = ArticleIndex(self.store.article_text(article_id), rec.title)
        return self._articles[key]

    def people_in(self, query: NameQuery, article_ids: list[str]) -> dict[str, set[int]]:
        """The people matching what the user typed, per article (only articles where someone matches)."""
        found = {(a, p): self.article(a).people[p].forms for a in article_ids for p in self.article(a).people_matching(query)}
        out: dict[str, set[int]] = {}
        for a, p in query.best_matches(found):
            out.setdefault(a, set()).add(p)
        return {a: out[a] for a in article_ids if a in out}

    def namesakes(self, query: NameQuery, article_ids: list[str], limit: int = 4) -> list[tuple[str, str]]:
        """The people a typed name fits but cannot tell apart (ArticleIndex.namesakes): how the articles name
        them, and that name in Latin letters (for a reader to ask again by it)."""
        out: dict[str, str] = {}
        for a in article_ids:
            art = self.article(a)
            for p in art.namesakes(query):
                name = max(art.people[p].mentions, key=len)
                out.setdefault(name, romanize(name))
        return list(out.items())[:limit]

    def nationals(self, countries: frozenset[str], article_ids: list[str], limit: int = 3) -> list[str]:
        """How the articles name the people they quote whose nationality is one of these countries ("وزير
        الخارجية المصري سامح شكري" when Egypt is asked about and no one speaks as Egypt itself)."""
        out: list[str] = []
        for a in article_ids:
            for p in self.article(a).people:
                if p.countries & countries and not p.several and p.mentions[0] not in out:
                    out.append(p.mentions[0])
        return out[:limit]

    def candidates(self, hits: list[Hit], person: NameQuery | None, speakers_only: bool = False) -> list[Candidate]:
        """Passages inside the retrieved chunks; with a person asked about, that person's words anywhere in the
        retrieved articles (never a headline: it paraphrases a person, it is not what they said); with
        speakers_only, only words someone is said to have said ("who said …?")."""
        seen: set[tuple[str, int, int]] = set()
        out = []
        wanted = self.people_in(person, list(dict.fromkeys(h.article_id for h in hits))) if person else {}
        # A person's statements are few: all of them in the articles retrieved, not only those in the
        # retrieved chunks (an English question's words may miss the chunk where the person says it).
        spans = [(a, 0, len(self.article(a).text)) for a in wanted] if person else [(h.article_id, h.start, h.end) for h in hits]
        for article_id, start, end in spans:
            art = self.article(article_id)
            for st in art.passages:
                if st.end <= start or st.start >= end or (article_id, st.start, st.end) in seen:
                    continue
                if person is not None or speakers_only:
                    who = art.person_of(st)
                    if st.headline or who is None or st.kind == NARRATION:
                        continue
                    if person is not None and who.id not in wanted[article_id]:
                        continue
                seen.add((article_id, st.start, st.end))
                out.append(Candidate(article_id, st))
        return out

    def score(self, query_vec: np.ndarray, cands: list[Candidate], terms: list[Term], claim: bool = False) -> list[Candidate]:
        """Hubness-corrected similarity of each statement with the question (rag/calibration.py). Statement
        vectors come from ingest (rag/statement_vectors.py); any missing are embedded now and kept in memory
        (reads never write: ingest saves them). claim: the question quotes words to find ("Who said that …?"),
        so a statement that says just them is the answer, no echo of the question."""
        keys = []
        for c in cands:
            version = self.store.records()[c.article_id].version
            keys.append((c.article_id, c.statement.start, c.statement.end, version))
        self._load_vectors({(k[0], k[3]) for k in keys if k not in self._vectors})
        todo = [k for k in dict.fromkeys(keys) if k not in self._vectors]
        if todo:
            vecs = self.embedder.embed_passages([self.article(a).text[s:e] for a, s, e, _ in todo])
            self._add_vectors(todo, vecs)
        q_bias = self.calibration.query_bias(query_vec)
        nearby: dict[tuple[str, int], bool] = {}  # (article, paragraph): does it name the question's names?
        scored = []
        for c, k in zip(cands, keys, strict=True):
            vec, bias = self._vectors[k]
            text = self.words(c)
            if not claim and echoes(terms, text):
                continue
            art = self.article(c.article_id)
            where = (c.article_id, art.paragraph(c.statement.start)[0])
            if where not in nearby:
                # (or its title: "What did Amy Tachco say about negotiations on Western Sahara?" where the title
                # names the Sahara and her paragraph only the negotiations)
                nearby[where] = names_in(terms, art.paragraph_words(c.statement.start)) or names_in(terms, art.headline_words())
            lexical = lexical_score(terms, text, self.context(c), nearby[where])
            score = 2 * float(vec @ query_vec) - bias - q_bias + lexical
            score += DIRECT_BONUS if c.statement.kind == DIRECT else 0.0
            score -= HEADLINE_PENALTY if c.statement.headline else 0.0
            scored.append(Candidate(c.article_id, c.statement, score, names_missing=lexical < 0))
        return sorted(scored, key=lambda c: -c.score)

    def _load_vectors(self, articles: set[tuple[str, str]]) -> None:
        for article_id, version in articles:
            rows = self.saved.load(article_id, version)
            if rows:
                self._add_vectors([(article_id, s, e, version) for s, e in rows], np.vstack(list(rows.values())))

    def _add_vectors(self, keys: list[tuple[str, int, int, str]], vecs: np.ndarray) -> None:
        for key, v, b in zip(keys, vecs, self.calibration.statement_bias(vecs), strict=True):
            self._vectors[key] = (v, float(b))

    def person_key(self, c: Candidate) -> tuple[str, int] | None:
        """(article, person id) of a candidate's speaker."""
        who = self.article(c.article_id).person_of(c.statement)
        return (c.article_id, who.id) if who else None

    def context(self, c: Candidate) -> str:
        """What the article says around a candidate's words that tells what they are about: whatever it calls the
        speaker ("الأمير محمد بن سلمان" is "ولي العهد السعودي") and the sentence's lead-in ("انتقد X القانون")."""
        art = self.article(c.article_id)
        who = art.person_of(c.statement)
        speaker = " ".join(who.forms) if who else c.statement.speaker.text if c.statement.speaker else ""
        return f"{speaker} {art.lead_in(c.statement.start)}"

    def words(self, c: Candidate) -> str:
        """A candidate's statement as the article writes it."""
        return self.article(c.article_id).text[c.statement.start : c.statement.end]

    def to_quote(self, c: Candidate) -> Quote:
        rec = self.store.records()[c.article_id]
        paragraph, _, _ = self.article(c.article_id).paragraph(c.statement.start)
        return Quote(
            article_id=c.article_id,
            title=rec.title,
            source=rec.source,
            start=c.statement.start,
            end=c.statement.end,
            text=self.words(c),
            speaker=c.statement.speaker.text if c.statement.speaker else None,
            score=round(c.score, 4),
            paragraph=paragraph,
            denied=c.statement.denied,
        )


def select(
    scored: list[Candidate], threshold: float, margin: float, limit: int, exclude: list[Quote], same_speaker: bool = False
) -> list[Candidate]:
    """The best statements: above threshold, close to the best one, not overlapping each other or what was
    already quoted. Of a direct quote and its own sentence, the better-scored one wins. same_speaker: all are
    the asked person's words, so once the best one shows they speak on the topic, the others need only be
    close to it (the threshold decides whether the person answers the question, not how much of it to show),
    as long as they are about what the question names (Putin's words on Syria are no answer about Israel)."""
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
            if not same_speaker or c.score < best - margin:
                break
            if c.names_missing:
                continue
        chosen.append(c)
        taken.append(span)
        if len(chosen) >= limit:
            break
    return chosen


def verify(quote: Quote, article_text: str) -> bool:
    """The guarantee: a quote is exactly the article's text at its offsets."""
    return 0 <= quote.start < quote.end <= len(article_text) and article_text[quote.start : quote.end] == quote.text
