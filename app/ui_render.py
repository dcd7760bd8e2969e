"""HTML for the chat: answer text, quotes as right-to-left block quotes, sources with the quote in context.

Every piece of article or user text goes through text() before it reaches st.markdown(unsafe_allow_html=True):
Streamlit still reads Markdown inside that HTML, so besides HTML's own characters, those Markdown, KaTeX and
Streamlit's directives are made of become character references. A title like "![t](http://host/p.png)" or
"$$x$$" or ":red[x]" then shows as written instead of fetching an image, typesetting or colouring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rag.models import Answer, IndexedArticle, Quote, Speaker, Statement
from rag.text import is_arabic, paragraph_of

_MARKER = re.compile(r"\[(\d+)\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$&])")
# HTML's own characters as html.escape writes them; every Markdown-significant one as a numeric reference.
_AS_TEXT = {ord(c): f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~$:"} | {
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord('"'): "&quot;",
    ord("'"): "&#x27;",
}


def md_escape(text: str) -> str:
    """Text shown through Streamlit's markdown (labels, alerts) exactly as written. A colon becomes a character
    reference: escaped with a backslash, "http://…" would still become a link and ":red[…]" a directive."""
    return _MD_SPECIAL.sub(r"\\\1", text).replace(":", "&#58;")


def text(s: str) -> str:
    """Article or user text for HTML that Streamlit renders as Markdown: shown exactly as written, never read as
    markup, Markdown, LaTeX, a link or a directive."""
    return s.translate(_AS_TEXT)


def _dir(text: str) -> str:
    return "rtl" if is_arabic(text) else "ltr"


def text_line(line: str, n_quotes: int) -> str:
    """One line of answer text; [n] markers that point at a quote become citation badges."""

    parts = _MARKER.split(line)  # text, marker number, text, ...
    markup = "".join(
        text(part) if i % 2 == 0 else (f'<span class="cite">{part}</span>' if 1 <= int(part) <= n_quotes else text(f"[{part}]"))
        for i, part in enumerate(parts)
    )
    return f'<p class="answer-line" dir="{_dir(line)}">{markup}</p>'


def streaming_html(answer: str) -> str:
    """The answer while it streams in: plain lines, direction per line."""
    lines = [text_line(line, 0) for line in answer.split("\n") if line.strip()]
    return '<div class="answer streaming">' + "".join(lines) + '<span class="cursor">▍</span></div>'


def quote_card(n: int, q: Quote) -> str:
    speaker = text(q.speaker) if q.speaker else '<span class="unnamed">speaker not named</span>'
    return (
        f'<figure class="quote" data-cite="{n}">'
        f'<blockquote dir="rtl" lang="{"ar" if is_arabic(q.text) else "und"}">{text(q.text)}</blockquote>'
        f'<figcaption><span class="cite">{n}</span> <span class="speaker" dir="auto">— {speaker}</span>'
        f"{_DENIED if q.denied else ''}</figcaption>"
        "</figure>"
    )


# After the speaker of words they deny ("نفى أن …"), so that they are never read as the speaker's claim.
_DENIED = ' <span class="denied">denying it</span>'


def source_label(n: int, q: Quote) -> str:
    """Expander label of citation n. The title is shown inside (source_context), not here: Streamlit turns a URL in
    a label into a link however it is escaped, and titles carry URLs."""
    return f"[{n}] Source · paragraph {q.paragraph}"


def source_context(q: Quote, article_text: str) -> str:
    """The paragraph that holds the quote, the quote highlighted, with where it is in which article."""
    number, start, end = paragraph_of(article_text, q.start)
    start, end = min(start, q.start), max(end, q.end)
    before = text(article_text[start : q.start])
    quoted = text(article_text[q.start : q.end])
    after = text(article_text[q.end : end])
    where = f"Paragraph {number} · characters {q.start}–{q.end}"
    if q.speaker:
        where += f" · speaker: {text(q.speaker)}"
    return (
        '<div class="source">'
        f'<div class="source-title" dir="auto">{text(q.title)}</div>'
        f'<div class="source-where">{where} · <code>{text(_short_source(q.source))}</code></div>'
        f'<p class="context" dir="rtl">{before}<mark>{quoted}</mark>{after}</p>'
        "</div>"
    )


def _short_source(source: str) -> str:
    return source if "://" in source else source.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Block:
    """One piece of a rendered answer: HTML text, the card of quote n, or the source of citation n."""

    kind: Literal["html", "quote", "source"]
    markup: str = ""
    n: int = 0


def answer_blocks(answer: Answer) -> list[Block]:
    """A found answer laid out from its fields: the model's prose (llm mode) or the intro, a card per quote, then
    the sources header and an expandable source per quote. The text templates' quote and source lines are never
    shown: every quote is a card and every source its expander, whatever the templates say."""
    n_quotes = len(answer.quotes)
    blocks = [Block("html", text_line(line, n_quotes)) for line in answer.lead.split("\n") if line.strip()]
    blocks += [Block("quote", quote_card(n, q), n) for n, q in enumerate(answer.quotes, 1)]
    blocks.append(Block("html", text_line(answer.wording.sources_header, 0)))
    blocks += [Block("source", n=n) for n in range(1, n_quotes + 1)]
    return blocks


def stats_html(articles: Sequence[IndexedArticle]) -> str:
    items = "".join(f'<li dir="auto">{text(a.title)}</li>' for a in articles)
    return f'<ul class="titles">{items}</ul>' if items else ""


def statements_html(statements: list[Statement], titles: dict[str, str]) -> str:
    """A person's statements grouped by article, each as written with where it is."""
    out, current = [], None
    for s in statements:
        if s.article_id != current:
            current = s.article_id
            out.append(article_heading(titles.get(s.article_id, s.article_id)))
        out.append(statement_card(s))
    return "".join(out)


def article_heading(title: str) -> str:
    return f'<div class="source-title" dir="auto">{text(title)}</div>'


def statement_card(s: Statement) -> str:
    return (
        f'<figure class="quote person-quote"><blockquote dir="rtl" lang="ar">{text(s.text)}</blockquote>'
        f'<figcaption><span class="speaker" dir="auto">— {text(s.speaker or "")}</span>{_DENIED if s.denied else ""} '
        f'<span class="where">characters {s.start}–{s.end}</span></figcaption></figure>'
    )


def person_label(p: Speaker) -> str:
    """A person's button in the People list: English rendering, the name as written, how often quoted."""
    return md_escape(f"{p.name_en} · {p.name} ({p.statements})")


def person_heading(p: Speaker | None, query: str) -> str:
    """The person page's title: the person as people() names them, or the name the reader searched for."""
    if p is None:
        return f'<h3 class="person-page" dir="auto">Quotes by “{text(query)}”</h3>'
    return (
        f'<h3 class="person-page"><span class="person-en">{text(p.name_en)}</span> · '
        f'<span class="speaker" dir="rtl">{text(p.name)}</span></h3>'
    )


def statement_as_quote(s: Statement, title: str, source: str, article_text: str) -> Quote:
    """A statement as the chat's Quote, to open it in its paragraph as the chat's sources do."""
    return Quote(
        s.article_id,
        title,
        source,
        s.start,
        s.end,
        s.text,
        s.speaker,
        paragraph=paragraph_of(article_text, s.start)[0],
        denied=s.denied,
    )
