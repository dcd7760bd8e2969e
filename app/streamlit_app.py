"""The chat app: ask about the articles, read each quote in its paragraph, add articles.

`streamlit run app/streamlit_app.py` (or `make run`). Settings come from the environment (RAG_*) as everywhere.
Only calls into rag/ and ingest/ live here; layout helpers are in app/ui_render.py, cached objects and index
changes in app/ui_engine.py.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import NoReturn

import streamlit as st
from pydantic import ValidationError

from app import ui_engine, ui_render
from ingest.load import SUPPORTED_SUFFIXES
from rag import Answer, ArticleQA, RagError, Settings, StoreMissingError
from rag.events import Done, Restart, Sources, TextPiece
from rag.models import Quote, Speaker
from rag.settings import AnswerMode

log = logging.getLogger("app")
STATIC = Path(__file__).resolve().parent / "static"
PEOPLE_SHOWN = 15  # the most quoted, in the sidebar; the rest by search

st.set_page_config(page_title="Arabic news quotes", page_icon=":material/format_quote:", layout="centered")
st.markdown(f"<style>{(STATIC / 'style.css').read_text(encoding='utf-8')}</style>", unsafe_allow_html=True)


def fail(message: str) -> NoReturn:
    st.error(message)
    st.stop()


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc'])).upper()}: {err['msg']}" for err in e.errors())
        fail(f"The settings are not valid ({problems}). Fix the RAG_* environment variables or .env and reload.")


def open_index(settings: Settings) -> ArticleQA:
    """The index, built from settings.articles_dir on the very first start instead of failing."""
    try:
        return ui_engine.engine(settings)
    except StoreMissingError:
        pass
    except RagError as e:
        fail(str(e))
    except Exception as e:  # an unreadable store must still end in a message, not a traceback
        log.exception("opening the index failed")
        fail(
            f"Could not open the index in {settings.store_dir} ({type(e).__name__}: {e}). "
            "Check RAG_STORE_DIR; to start over, delete that folder and reload to rebuild it from the articles."
        )
    st.info(f"No index in {settings.store_dir} yet: building it from the articles in {settings.articles_dir}. This happens once.")
    bar = st.progress(0.0, text="Reading files")
    try:
        report = ui_engine.build_index(settings, lambda frac, text: bar.progress(min(frac, 1.0), text=text))
    except RagError as e:
        fail(str(e))
    bar.empty()
    for _, reason in report.failed:
        st.warning(reason)
    try:
        return ui_engine.engine(settings)
    except RagError as e:
        fail(str(e))


def history() -> list[tuple[str, Answer]]:
    msgs = st.session_state.messages
    return [
        (m["text"], n["answer"]) for m, n in zip(msgs, msgs[1:], strict=False) if m["role"] == "user" and n["role"] == "assistant"
    ]


def ask_later(question: str) -> None:
    st.session_state.pending = question


def clear_chat() -> None:
    st.session_state.messages = []


def show_person(person: Speaker | str) -> None:
    """Open a person's page: a Speaker from the People list, or a name as the reader typed it."""
    st.session_state.person = person


def show_speaker_of(qa: ArticleQA, quote: Quote) -> None:
    show_person(qa.speaker_of(quote) or quote.speaker or "")


def close_person() -> None:
    st.session_state.person = None


def article_text(qa: ArticleQA, article_id: str) -> str | None:
    try:
        return qa.article_text(article_id)
    except Exception:  # the article was removed since this answer was given
        return None


def render_answer(answer: Answer, qa: ArticleQA, key: str) -> None:
    """key: unique per chat message, for the buttons under its quotes."""
    if not answer.found:
        st.info(ui_render.md_escape(answer.intro), icon=":material/search_off:")
    else:
        for block in ui_render.answer_blocks(answer):
            if block.kind == "quote" and answer.quotes[block.n - 1].speaker:
                st.markdown(block.markup, unsafe_allow_html=True)
                q = answer.quotes[block.n - 1]
                st.button(
                    ui_render.md_escape(f"All quotes by {q.speaker}"),
                    key=f"{key}:who:{block.n}",
                    type="tertiary",
                    on_click=show_speaker_of,
                    args=(qa, q),
                    icon=":material/person:",
                )
            elif block.kind == "source":
                q = answer.quotes[block.n - 1]
                with st.expander(ui_render.source_label(block.n, q)):
                    text = article_text(qa, q.article_id)
                    if text is None:
                        st.warning("This article is no longer in the index.")
                    else:
                        st.markdown(ui_render.source_context(q, text), unsafe_allow_html=True)
            else:
                st.markdown(block.markup, unsafe_allow_html=True)
    for note in answer.notes:
        st.caption(ui_render.md_escape(note))


def answer_now(qa: ArticleQA, question: str, top_k: int, mode: AnswerMode) -> dict:
    """Stream one answer into the chat; returns the message to keep in the history."""
    status = st.empty()
    slot = st.empty()
    try:
        events = qa.stream(question, history(), top_k, mode)
        with st.spinner("Searching the articles…"):
            first = next(events)
        if isinstance(first, Sources) and first.quotes:
            n_articles = len({q.article_id for q in first.quotes})
            status.caption(f"{len(first.quotes)} quote(s) from {n_articles} article(s) — writing the answer…")
        text = ""
        answer: Answer | None = None
        for event in events:
            match event:
                case TextPiece(piece):
                    text += piece
                    slot.markdown(ui_render.streaming_html(text), unsafe_allow_html=True)
                case Restart(note):  # the model failed mid-answer: the extractive answer follows
                    text = ""
                    status.caption(ui_render.md_escape(note))
                case Done(done):
                    answer = done
    except RagError as e:
        status.empty()
        slot.error(f"{e}")
        return {"role": "error", "text": str(e)}
    except Exception as e:
        log.exception("answering %r failed", question)
        status.empty()
        message = f"Could not answer ({type(e).__name__}: {e}). Try again; if it persists, rebuild the index with `rag ingest --rebuild`."
        slot.error(message)
        return {"role": "error", "text": message}
    status.empty()
    assert answer is not None, "ArticleQA.stream ended without its done event"
    with slot.container():
        render_answer(answer, qa, key=f"m{len(st.session_state.messages) + 1}")
    return {"role": "assistant", "answer": answer}


def sidebar(qa: ArticleQA, settings: Settings) -> tuple[int, AnswerMode]:
    sb = st.sidebar
    sb.title("Arabic news quotes")
    stats_box = sb.container()

    sb.subheader("Ask an example")
    for q in (STATIC / "example_questions.txt").read_text(encoding="utf-8").splitlines():
        if q.strip():
            sb.button(q, key=f"example:{q}", on_click=ask_later, args=(q,), width="stretch")

    sb.subheader("Answer settings")
    top_k = sb.slider("Passages to search (top-k)", 1, 20, settings.top_k, key="top_k")
    modes: list[AnswerMode] = ["extractive", "llm"]
    mode = sb.radio(
        "Answer mode",
        modes,
        index=modes.index(settings.answer_mode),
        key="answer_mode",
        help="extractive: the quotes themselves, no model. llm: a language model writes prose around the same "
        "verified quotes (set RAG_LLM_BASE_URL; falls back to extractive when the model is unreachable).",
        horizontal=True,
    )
    sb.button("Clear chat", on_click=clear_chat, icon=":material/delete_sweep:", width="stretch")

    with sb.expander("People quoted"):
        who = st.text_input("Find a person (English or Arabic)", key="people_search", placeholder="Peskov, بيسكوف, the Emir …")
        if who.strip():
            statements = qa.quotes_by(who.strip())
            titles = {a.id: a.title for a in qa.stats().articles}
            st.caption(f"{len(statements)} statement(s)" if statements else "Nobody by that name is quoted in the articles.")
            if statements:
                st.button(
                    "Open as a page", key="people_open", on_click=show_person, args=(who.strip(),), icon=":material/open_in_full:"
                )
            st.markdown(ui_render.statements_html(statements, titles), unsafe_allow_html=True)
        else:
            people = qa.people()
            for n, p in enumerate(people[:PEOPLE_SHOWN]):
                st.button(ui_render.person_label(p), key=f"person:{n}", on_click=show_person, args=(p,), type="tertiary")
            if len(people) > PEOPLE_SHOWN:
                st.caption(f"… and {len(people) - PEOPLE_SHOWN} more: search by name.")

    sb.subheader("Add articles")
    with sb.form("upload", clear_on_submit=True, border=False):
        files = st.file_uploader(
            "Articles (.txt .md .html .jsonl)",
            type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES),
            accept_multiple_files=True,
            max_upload_size=max(1, math.ceil(settings.max_file_bytes / 1e6)),
            help=f"Up to {settings.max_file_bytes / 1e6:.0f} MB each. Saved under {settings.articles_dir / ui_engine.UPLOADS}.",
        )
        submitted = st.form_submit_button("Add to index", icon=":material/upload_file:", width="stretch")
    if submitted and files:
        bar = sb.progress(0.0, text="Reading files")
        result = ui_engine.add_uploads(
            settings, [(f.name, f.getvalue()) for f in files], lambda frac, text: bar.progress(min(frac, 1.0), text=text)
        )
        bar.empty()
        for note in result.renamed:
            sb.info(ui_render.md_escape(note))
        for error in result.errors:
            sb.error(ui_render.md_escape(f"{error} The index was not changed for this file."))
        if result.report and result.report.chunks_written + result.report.unchanged:
            r = result.report
            sb.success(
                ui_render.md_escape(
                    f"Indexed {', '.join(result.saved)}: {r.added} added, {r.updated} updated, {r.unchanged} unchanged."
                )
            )
    elif submitted:
        sb.warning("Choose one or more files first.")

    stats = qa.stats()
    with stats_box:
        c1, c2 = st.columns(2)
        c1.metric("Articles", len(stats.articles))
        c2.metric("Chunks", stats.chunks)
        st.caption(f"Embedding model: `{stats.embed_model}`")
        if stats.articles:
            with st.expander("Indexed articles"):
                st.markdown(ui_render.stats_html(stats.articles), unsafe_allow_html=True)
                st.caption(f"Index: `{stats.location}`")
        else:
            st.warning("The index is empty: add articles below.")
    return top_k, mode


def person_page(qa: ArticleQA, person: Speaker | str) -> None:
    """Everything a person is quoted saying, grouped by article, each openable in its paragraph."""
    speaker = person if isinstance(person, Speaker) else None
    st.markdown(ui_render.person_heading(speaker, person if isinstance(person, str) else ""), unsafe_allow_html=True)
    st.button("Back to the chat", on_click=close_person, icon=":material/arrow_back:", key="person_back")
    statements = qa.quotes_by(person)
    if not statements:
        st.info("Nobody by that name is quoted in the articles.")
        return
    articles = {a.id: a for a in qa.stats().articles}
    n_articles = len({s.article_id for s in statements})
    st.caption(f"{len(statements)} statement(s) in {n_articles} article(s)")
    current = None
    for s in statements:
        article = articles.get(s.article_id)
        text = article_text(qa, s.article_id)
        if article is None or text is None:
            continue
        if s.article_id != current:
            current = s.article_id
            st.markdown(ui_render.article_heading(article.title), unsafe_allow_html=True)
        st.markdown(ui_render.statement_card(s), unsafe_allow_html=True)
        quote = ui_render.statement_as_quote(s, article.title, article.source, text)
        with st.expander(f"In context · paragraph {quote.paragraph}"):
            st.markdown(ui_render.source_context(quote, text), unsafe_allow_html=True)


settings = load_settings()
qa = open_index(settings)
if "messages" not in st.session_state:
    st.session_state.messages = []
top_k, mode = sidebar(qa, settings)

if st.session_state.get("person") is not None:
    person_page(qa, st.session_state.person)
    st.stop()

st.title("Ask the articles")
st.caption(
    "English or Arabic. Every quote is cut exactly from the articles, with who said it and where; "
    "open a source to read the quote in its paragraph."
)

for i, m in enumerate(st.session_state.messages):
    with st.chat_message("user" if m["role"] == "user" else "assistant"):
        if m["role"] == "user":
            st.markdown(ui_render.text_line(m["text"], 0), unsafe_allow_html=True)
        elif m["role"] == "assistant":
            render_answer(m["answer"], qa, key=f"m{i}")
        else:
            st.error(m["text"])

question = st.chat_input("Ask about the articles — e.g. What did the Emir say about Israel?")
question = question or st.session_state.pop("pending", None)
if question and question.strip():
    question = question.strip()
    with st.chat_message("user"):
        st.markdown(ui_render.text_line(question, 0), unsafe_allow_html=True)
    with st.chat_message("assistant"):
        reply = answer_now(qa, question, top_k, mode)
    st.session_state.messages += [{"role": "user", "text": question}, reply]
