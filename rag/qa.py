"""ArticleQA: the public entry point shared by the CLI, the Streamlit app and the evaluation."""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from rag import answer as templates
from rag.embed import EmbeddingBackend, make_embedder, model_id_for
from rag.errors import LLMUnavailableError
from rag.events import Done, Event, Restart, Sources, TextPiece
from rag.lexicon import lexicon
from rag.models import Answer, Hit, IndexedArticle, IndexStats, Quote, Speaker, Statement
from rag.people_index import ArticleSpeaker, PeopleIndex, bulk, speakers_of
from rag.question import Asked, parse, with_history
from rag.quotes import Candidate, QuoteFinder, key_terms, lexical_score, says_claim, select, verify
from rag.retrieve import HybridRetriever
from rag.settings import AnswerMode, Settings
from rag.attribution import NARRATION
from rag.names import NameQuery
from rag.store import Store, server_errors
from rag.text import is_arabic, paragraph_of

if TYPE_CHECKING:
    from rag.llm import LLMAnswerer  # imported when first used: the llm extra is optional
    from rag.llamaindex import ArticleQueryEngine

log = logging.getLogger(__name__)

History = list[tuple[str, Answer]]


class ArticleQA:
    def __init__(self, settings: Settings, store: Store, embedder: EmbeddingBackend) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        # Retrieval and quote scoring embed the same question, and conversations re-ask earlier turns.
        self._embed_query = lru_cache(maxsize=256)(embedder.embed_query)
        self.lexicon = lexicon(settings.lexicon_path, settings.lexicon_senses)
        self.retriever = HybridRetriever(store, embedder, self._embed_query, self.lexicon, settings.translated_bm25_weight)
        self.quotes = QuoteFinder(store, embedder)
        self._people = PeopleIndex(store.dir)
        # Each article version's speakers, read once: the app lists and searches them on every rerun.
        self._speaker_lists: dict[tuple[str, str], list[ArticleSpeaker]] = {}
        # The last people() list and the served articles (id, version) it was made from.
        self._people_list: tuple[tuple[tuple[str, str], ...], list[Speaker]] | None = None
        self._llm: LLMAnswerer | None = None  # made on the first answer in llm mode

    @classmethod
    def open(cls, settings: Settings | None = None, *, embedder: EmbeddingBackend | None = None, **overrides) -> ArticleQA:
        """Open the index named by settings (or Settings(**overrides)); pass embedder to share a loaded model.
        Raises StoreMissingError / IndexMismatchError / StoreVersionError with what to do."""
        settings = settings.model_copy(update=overrides) if settings else Settings(**overrides)
        # The store is checked against the configured model before the model is loaded.
        store = Store(settings, embedder.model_id if embedder else model_id_for(settings), None, create=False)
        return cls(settings, store, embedder or make_embedder(settings))

    # -- reading ------------------------------------------------------------------------------

    def retrieve(self, question: str, k: int | None = None, dense_only: bool = False, rendering: str | None = None) -> list[Hit]:
        """Hybrid (dense + Arabic BM25, fused) retrieval of chunks, best first. An English question's words are
        looked up in the English-Arabic dictionary, unless rendering (the question in Arabic) is given."""
        k = k or self.settings.top_k
        with server_errors(self.settings):
            return self.retriever.retrieve(
                question, k, max(k, self.settings.retrieve_k), dense_only=dense_only, rendering=rendering
            )

    def article_text(self, article_id: str) -> str:
        return self.store.article_text(article_id)

    def statements(self, article_id: str) -> list[Statement]:
        """Every attributed statement of an article, in text order: direct quotes, reported clauses, bodies'
        statements and unnamed sources' words, each with its speaker mention as written and a person id shared
        by all mentions of that person in the article. The reporter's narration and headlines are not included.
        Raises KeyError for an article that is not indexed."""
        art = self.quotes.article(article_id)
        out = []
        for st in art.passages:
            if st.speaker is None or st.headline or st.kind == NARRATION:
                continue
            who = art.person_of(st)
            out.append(
                Statement(
                    article_id,
                    st.start,
                    st.end,
                    art.text[st.start : st.end],
                    st.kind,
                    st.speaker.text,
                    st.speaker.start,
                    st.speaker.end,
                    who.id if who else None,
                    st.denied,
                )
            )
        return out

    def people(self, article_id: str | None = None) -> list[Speaker]:
        """Everyone quoted in the articles (or in one), most statements first. A person named by the same full
        name in several articles is one Speaker; one named only by a surname or a title is one per article,
        since "the minister" of one article need not be the minister of another. Raises KeyError for an article
        that is not indexed (ids as Statement.article_id and `rag people` give them)."""
        if article_id:
            if article_id not in self.store.served():
                raise KeyError(f"no indexed article has the id {article_id!r} (ids look like 'name-1a2b3c4d')")
            return self._people_of([article_id])
        records = self.store.records()
        state = tuple((aid, records[aid].version) for aid in sorted(self.store.served()))
        # The app lists people on every rerun: the whole list is made again only when the articles changed.
        if self._people_list is None or self._people_list[0] != state:
            self._people_list = (state, self._people_of([aid for aid, _ in state]))
        return list(self._people_list[1])

    def _people_of(self, article_ids: list[str]) -> list[Speaker]:
        with bulk():
            self._load_speakers(article_ids)
            return self._grouped(article_ids)

    def _grouped(self, article_ids: list[str]) -> list[Speaker]:
        by_key: dict[str, list[tuple[str, ArticleSpeaker]]] = {}
        for aid in article_ids:
            for sp in self._speakers(aid):
                key = sp.full_name or f"{aid}#{sp.person}"
                by_key.setdefault(key, []).append((aid, sp))
        out = []
        for group in by_key.values():
            mentions = tuple(dict.fromkeys(m for _, sp in group for m in sp.mentions))
            best = max((sp for _, sp in group), key=lambda sp: len(max(sp.mentions, key=len)))
            out.append(
                Speaker(
                    max(mentions, key=len),
                    best.name_en,
                    mentions,
                    tuple((a, sp.person) for a, sp in group),
                    sum(sp.statements for _, sp in group),
                )
            )
        return sorted(out, key=lambda s: (-s.statements, s.name_en.lower(), s.name))

    def quotes_by(self, person: Speaker | str) -> list[Statement]:
        """Every statement of a person: a Speaker from people(), or a name in English or Arabic ("Lavrov",
        "لافروف", "the Saudi foreign minister") matched as questions match it. In article and text order."""
        if isinstance(person, str):
            query = NameQuery.parse(person)
            served = sorted(self.store.served())
            self._load_speakers(served)  # all at once, as people() does, not one lookup per article
            found = {(aid, sp.person): sp.forms for aid in served for sp in self._speakers(aid) if sp.named_by(query)}
            pairs = sorted(query.best_matches(found))
        else:
            pairs = list(person.quoted_in)
        out = []
        for aid in dict.fromkeys(a for a, _ in pairs):
            ids = {pid for a, pid in pairs if a == aid}
            out += [st for st in self.statements(aid) if st.person in ids]
        return out

    def speaker_of(self, quote: Quote | Statement) -> Speaker | None:
        """The person (as people() lists them) whose words a quote or statement is; None when its speaker is
        unnamed or the article is no longer indexed."""
        try:
            statements = self.statements(quote.article_id)
        except KeyError:
            return None
        holding = [s for s in statements if s.start <= quote.start and quote.end <= s.end and s.person is not None]
        # A quotation inside someone else's reported words ("وصف الوزير ... بأنها «…»") is its own speaker's.
        holding.sort(key=lambda s: s.speaker != quote.speaker)
        pid = holding[0].person if holding else None
        if pid is None:
            return None
        return next((p for p in self.people() if (quote.article_id, pid) in p.quoted_in), None)

    def _load_speakers(self, article_ids: list[str]) -> None:
        """Read the saved speakers of the articles not read yet, all at once (one summary file)."""
        records = self.store.records()
        wanted = {aid: records[aid].version for aid in article_ids if (aid, records[aid].version) not in self._speaker_lists}
        if wanted:
            for aid, speakers in self._people.load(wanted).items():
                self._speaker_lists[(aid, wanted[aid])] = speakers

    def _speakers(self, article_id: str) -> list[ArticleSpeaker]:
        """The article's speakers as ingest saved them, or worked out now (not saved: reads never write)."""
        key = (article_id, self.store.records()[article_id].version)
        if key not in self._speaker_lists:
            self._load_speakers([article_id])
        if key not in self._speaker_lists:
            self._speaker_lists[key] = speakers_of(self.quotes.article(article_id))
        return self._speaker_lists[key]

    def is_quoted_person(self, name: str, quote: Quote) -> bool:
        """Does a person named in any language ("Emir Tamim", "Putin", "بيسكوف") denote the quote's speaker as
        shown (quote.speaker), counting every way the article refers to that person?"""
        if not quote.speaker:
            return False
        art = self.quotes.article(quote.article_id)
        person = next((p for p in art.people if quote.speaker in p.mentions), None)
        return NameQuery.parse(name).matches(person.forms if person else [quote.speaker])

    def stats(self) -> IndexStats:
        s = self.settings
        articles = sorted((IndexedArticle(r.id, r.title, r.source) for r in self.store.served().values()), key=lambda a: a.title)
        return IndexStats(
            chunks=self.store.chunk_count(),
            embed_model=self.embedder.model_id,
            location=f"{s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(s.store_dir),
            articles=tuple(articles),
        )

    def refresh(self) -> None:
        """Re-read the store after an ingest through the same settings (new articles, new BM25)."""
        self.store.reload()

    def as_query_engine(self, top_k: int | None = None) -> ArticleQueryEngine:
        """This QA as a LlamaIndex query engine (usable as a QueryEngineTool): query(question) returns a Response
        whose text is ask()'s answer and whose source_nodes are its verified quotes, with article_id, title,
        source, start, end, speaker and paragraph in their metadata. top_k: passages retrieved per question."""
        from rag.llamaindex import ArticleQueryEngine  # here: rag.llamaindex builds on this module

        return ArticleQueryEngine(qa=self, top_k=top_k)

    # -- answering ----------------------------------------------------------------------------

    def ask(
        self, question: str, history: History | None = None, top_k: int | None = None, mode: AnswerMode | None = None
    ) -> Answer:
        """The answer to question (a follow-up of history), from top_k passages, in mode (default: the settings')."""
        for event in self.stream(question, history, top_k, mode):
            if isinstance(event, Done):
                return event.answer
        raise AssertionError("ArticleQA.stream ended without Done")

    def stream(
        self, question: str, history: History | None = None, top_k: int | None = None, mode: AnswerMode | None = None
    ) -> Iterator[Event]:
        """Yields Sources, then TextPiece pieces, then Done with the Answer. In llm mode a Restart may interrupt
        the text: see rag/events.py. Raises StoreUnavailableError when a Chroma server stops answering."""
        with server_errors(self.settings):
            yield from self._stream(question, history, top_k, mode or self.settings.answer_mode)

    def _stream(self, question: str, history: History | None, top_k: int | None, mode: AnswerMode) -> Iterator[Event]:
        history = history or []
        notes: list[str] = []
        llm = self._answerer(notes) if mode == "llm" else None
        # The model only rewrites the follow-up for retrieval; quotes are still chosen and cut by code.
        search = llm.condense(question, [(q, a.text) for q, a in history]) if llm and history else question
        # An English question's Arabic words for matching: the model's rendering, besides the dictionary's.
        render = llm is not None and not is_arabic(search)
        rendering = llm.arabic_rendering(search) if llm and render else None
        found = self._find(search, history, top_k or self.settings.top_k, rendering)
        asked, quotes = found.asked, found.quotes
        yield Sources(quotes)
        t = templates.templates(self.settings.prompts_dir, asked.language)
        if render and rendering is None:
            notes.append(t["llm_rendering_fallback"])
        if quotes:
            intro = templates.intro(t, asked.person, asked.topic, asked.who, asked.claim)
        else:
            intro = templates.not_found_message(
                t,
                question,
                asked.person,
                asked.topic,
                found.after_previous,
                found.elsewhere,
                asked.who,
                found.nationals,
                asked.claim,
                asked.unresolved,
                found.namesakes,
            )
        prose = None
        if quotes and llm:
            prose = yield from self._llm_prose(llm, question, asked.language, quotes, t, notes)
        answer = Answer(question, asked.language, intro, quotes, templates.wording(t), prose, notes)
        # The model's prose was shown as it came; the rest of the text (all of it without prose) follows by lines.
        for piece in re.split(r"(?<=\n)", answer.text[len(prose) :] if prose is not None else answer.text):
            yield TextPiece(piece)
        yield Done(answer)

    def _answerer(self, notes: list[str]) -> LLMAnswerer | None:
        """The LLM answerer (made once), or None with a note when the `llm` extra is missing."""
        if self._llm is None:
            from rag.llm import LLMAnswerer

            try:
                self._llm = LLMAnswerer.from_settings(self.settings)
            except LLMUnavailableError as e:
                t = templates.templates(self.settings.prompts_dir, "en")
                notes.append(t["llm_fallback"].format(reason=e))
                return None
        return self._llm

    def _llm_prose(
        self, llm: LLMAnswerer, question: str, language: str, quotes: list[Quote], t: dict[str, str], notes: list[str]
    ) -> Generator[Event, None, str | None]:
        """Stream the model's prose around the quotes and return it, or None (after a Restart when something was
        shown) when the extractive answer must stand in; notes say why."""
        contexts = []
        for q in quotes:
            article = self.store.article_text(q.article_id)
            _, start, end = paragraph_of(article, q.start)
            contexts.append(article[min(start, q.start) : max(end, q.end)])
        stream = llm.stream_answer(question, quotes, contexts, language)
        shown = False
        try:
            for piece in stream:
                shown = True
                yield TextPiece(piece)
        except LLMUnavailableError as e:
            log.warning("%s", e)
            notes.append(t["llm_fallback"].format(reason=e))
        else:
            if stream.text.strip():
                if stream.removed:
                    notes.append(t["llm_removed"].format(count=stream.removed))
                # Only prose comes from the model: what the user reads as a quote is always the verified slice,
                # laid out from Answer.quotes, never the model's rendering of it.
                return stream.text.strip()
            notes.append(t["llm_empty"])
        if shown:
            yield Restart(notes[-1])
        return None

    def _find(self, question: str, history: History, k: int, rendering: str | None = None) -> _Found:
        previous, shown = self._replay(history)
        asked = with_history(parse(question), previous, lambda phrase: self._is_person(phrase, shown))
        exclude = shown if asked.wants_more else []
        if asked.unresolved:
            return _Found(asked, [], False)  # (any quote would be a guess at whom "he" means)
        if asked.who:
            return self._find_speakers(asked, k, rendering, exclude)
        person = NameQuery.parse(asked.person) if asked.person else None
        # A person filter throws most statements away: look wider first.
        n_hits = k * 3 if person else k
        hits = self.retrieve(asked.search_text, n_hits, rendering=rendering)
        cands = self.quotes.candidates(hits, person)
        quotes: list[Quote] = []
        if cands:
            # The person filter already guarantees who; scoring on the topic alone keeps the speaker's name from
            # making every one of their statements look relevant.
            topic_only = bool(person and asked.topic)
            focus = asked.topic if topic_only and asked.topic else asked.search_text
            scored = self.quotes.score(self._embed_query(focus), cands, key_terms(focus, self.lexicon, rendering))
            threshold = self.settings.topic_threshold if topic_only else self.settings.quote_threshold
            margin = self.settings.quote_margin
            if asked.only_person:
                # "What did X say?": anything X said answers it, the words that echo the question's ("What did the
                # Emir of Qatar say?": "قطر") no more than the rest.
                threshold, margin = -float("inf"), float("inf")
            chosen = select(scored, threshold, margin, self.settings.max_quotes, exclude, same_speaker=topic_only)
            quotes = [q for q in (self.quotes.to_quote(c) for c in chosen) if self._verified(q)]
        found = _Found(asked, quotes, bool(exclude))
        if person and asked.person and not quotes and not exclude:
            articles = list(dict.fromkeys(h.article_id for h in hits + self.retrieve(asked.person, k * 4)))
            found.elsewhere = self._person_elsewhere(person, articles)
            if asked.only_person and found.elsewhere:
                # "What did X say?" whose passages the search missed: what the articles quote X on answers it.
                found.quotes = [q for q in found.elsewhere if self._verified(q)]
                found.elsewhere = None if found.quotes else found.elsewhere
            if found.elsewhere is None and person.countries and not (person.names or person.roles or person.orgs):
                # "What did Egypt say?" when only Egypt's minister speaks: never his words under Egypt's name,
                # but who of Egypt the articles do quote.
                found.nationals = self.quotes.nationals(person.countries, list(dict.fromkeys(h.article_id for h in hits)))
            if found.elsewhere is None:
                # "What did Gemayel say?" when two Gemayels are quoted: whom the name may mean, never one of them.
                found.namesakes = self.quotes.namesakes(person, articles)
        return found

    def _find_speakers(self, asked: Asked, k: int, rendering: str | None, exclude: list[Quote]) -> _Found:
        """ "Who said / talked about X?": the people whose words are closest to X, each with their best statement
        on it (one per person, so three quotes name three people)."""
        topic = asked.topic or asked.question
        hits = self.retrieve(topic, k * 3, rendering=rendering)
        terms = key_terms(topic, self.lexicon, rendering)
        cands = self.quotes.candidates(hits, None, speakers_only=True)
        scored = self.quotes.score(self._embed_query(topic), cands, terms, claim=asked.claim)
        best_of_each, seen = [], set()
        for c in scored:
            key = self.quotes.person_key(c)
            if key in seen:
                continue
            words = self.quotes.words(c)
            if asked.claim and not says_claim(terms, words):
                continue  # "Who said that the talks stalled?": words on the talks that do not say so are no answer
            if terms and lexical_score(terms, words, self.quotes.context(c)) <= 0:
                continue  # "Who denied divisions in the delegation?": words near it in meaning with none of its terms
            seen.add(key)
            best_of_each.append(c)
        chosen = select(
            best_of_each, self.settings.topic_threshold, self.settings.quote_margin, self.settings.max_quotes, exclude
        )
        return _Found(asked, [q for q in (self.quotes.to_quote(c) for c in chosen) if self._verified(q)], bool(exclude))

    def _verified(self, q: Quote) -> bool:
        if verify(q, self.store.article_text(q.article_id)):
            return True
        # Never shown: a quote that is not in the source is a bug, and it is logged as one.
        log.error("dropped a quote that is not an exact slice of %s at %d-%d", q.article_id, q.start, q.end)
        return False

    def _person_elsewhere(self, person: NameQuery, articles: list[str]) -> list[Quote] | None:
        """When nothing the person said fits the question: what the articles do quote them on (their first few
        statements, for the answer to name), or None when none of these articles (the question's passages and a
        search for the name alone) quotes anyone by that name."""
        words: list[Quote] = []
        for article_id, ids in self.quotes.people_in(person, articles).items():
            art = self.quotes.article(article_id)
            for st in art.passages:
                who = art.person_of(st)
                taken = any(q.article_id == article_id and q.start < st.end and st.start < q.end for q in words)
                if who is not None and who.id in ids and not st.headline and not taken:
                    words.append(self.quotes.to_quote(Candidate(article_id, st)))
        return words[:3] if words else None

    def _replay(self, history: History) -> tuple[Asked | None, list[Quote]]:
        """The resolved person/topic of the last turn, and the quotes shown in it (and in the turns it asked "what
        else" of, so that a second "And what else?" shows none of the first answer's quotes again)."""
        previous: Asked | None = None
        shown: list[Quote] = []
        for q, a in history:
            asked = with_history(parse(q), previous, partial(self._is_person, shown=shown))
            more_of_the_same = asked.wants_more and previous is not None and asked.person == previous.person
            shown = shown + list(a.quotes) if more_of_the_same else list(a.quotes)
            previous = asked
            if previous.who and shown and shown[0].speaker:
                # After "Who said …?", "she" and "what else" are the first person the answer quoted.
                previous = replace(previous, person=shown[0].speaker, who=False)
        return previous, shown

    def _is_person(self, phrase: str, shown: list[Quote]) -> bool:
        """Tell "And the Emir?" (a person) from "And Gaza?" (a topic): a title or role, or someone quoted before."""
        query = NameQuery.parse(phrase)
        if query.is_role_only:
            return True
        return bool(self.quotes.people_in(query, sorted({q.article_id for q in shown})))


@dataclass
class _Found:
    asked: Asked
    quotes: list[Quote]
    after_previous: bool  # a "what else" follow-up: nothing new is not the same as nothing at all
    elsewhere: list[Quote] | None = None  # the person's words on other topics; None: not quoted
    nationals: list[str] | None = None  # asked about a country that is not quoted: who of it is
    namesakes: list[tuple[str, str]] | None = None  # the people a name fits but cannot tell apart, and in Latin
