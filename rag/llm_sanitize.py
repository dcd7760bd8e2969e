"""Keep a model's prose honest about its sources.

The model only writes prose around verified quotes; it must not put words in anyone's mouth. Every quotation in
its text (“…”, «…», "…") must be found, after Arabic normalisation, inside the verified quote it cites (or inside
any of them when it cites none); otherwise it is replaced by ELIDED and counted. The paragraphs the model is
shown around each quote do not count: words quoted from them may be narration, and would read as someone's words.
A marker [n] that points at no quote is removed and counted. The quotes shown to the user are never taken from
this text: they are cut from the articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rag.models import Quote
from rag.text import normalize_ar

ELIDED = "[…]"

_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"  # ASCII, Arabic-Indic and Persian digits: models write all three
_NUM_LIST = rf"[{_DIGITS}]+(?:\s*[,،]\s*[{_DIGITS}]+)*"
_MARKER = rf"[ \t]*\[\s*{_NUM_LIST}\s*\]"
# Closed pairs, the reversed pairs models produce in right-to-left text, and ASCII quotes paired in order. A
# quotation left open runs to the end of its line, so an unclosed quote cannot slip through unchecked.
_OPEN_CLOSE = [("“", "”"), ("”", "“"), ("«", "»"), ("»", "«"), ('"', '"')]
_QUOTATION = "|".join(rf"{o}[^{c}\n]*(?:{c}|(?=\n)|\Z)" for o, c in _OPEN_CLOSE)
_TOKEN = re.compile(rf"(?P<quotation>(?:{_QUOTATION})(?:{_MARKER})*)|(?P<marker>{_MARKER})")
_MARKER_RE = re.compile(_MARKER)
_TRAILING_MARKERS = re.compile(rf"(?:{_MARKER})+\Z")
_NUM_RE = re.compile(f"[{_DIGITS}]+")
_ELLIPSIS = re.compile(r"\.{3,}|…|\[…\]|\(…\)")
_TRIM = " \t\n.,،؛;:!?؟-–—'\"“”«»()"
_SPACES = re.compile(r"\s+")
# Quotations inside a quote: paired marks, and single quotes that open after a space and close before one.
_INNER_QUOTATION = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"|‘[^’]*’|(?<!\w)'[^'\n]+'(?!\w)")


def _fold(text: str) -> str:
    return _SPACES.sub(" ", normalize_ar(text).casefold()).strip()


def _numbers(marker: str) -> list[int]:
    return [int(n) for n in _NUM_RE.findall(marker)]  # int() reads Arabic-Indic digits too


def _found_in(body: str, sources: Sequence[str]) -> bool:
    """The quotation's words, in order, inside one source, and not starting inside a quotation the source
    itself quotes: "X said 'I support Y'" gives the model no licence to quote "I support Y" as anyone's words
    (an article can plant such a line). An ellipsis in the quotation may skip words."""
    parts = [_fold(p.strip(_TRIM)) for p in _ELLIPSIS.split(body)]
    parts = [p for p in parts if p]
    if not parts:
        return True
    for source in sources:
        inner = [(m.start(), m.end()) for m in _INNER_QUOTATION.finditer(source)]
        start = source.find(parts[0])
        while start >= 0:
            if not any(s < start < e for s, e in inner) and _rest_follows(source, parts, start):
                return True
            start = source.find(parts[0], start + 1)
    return False


def _rest_follows(source: str, parts: list[str], start: int) -> bool:
    pos = start + len(parts[0])
    for part in parts[1:]:
        pos = source.find(part, pos)
        if pos < 0:
            return False
        pos += len(part)
    return True


def _clean_markers(text: str, n_sources: int) -> tuple[str, int]:
    """Keep only the numbers that point at a source; drop a marker with none left."""
    removed = 0

    def fix(m: re.Match) -> str:
        nonlocal removed
        nums = _numbers(m.group())
        valid = [n for n in nums if 1 <= n <= n_sources]
        removed += len(nums) - len(valid)
        if not valid:
            return ""
        lead = m.group()[: len(m.group()) - len(m.group().lstrip(" \t"))]
        return lead + "".join(f"[{n}]" for n in valid)

    return _MARKER_RE.sub(fix, text), removed


def _sanitize(text: str, sources: list[str]) -> tuple[str, int]:
    out: list[str] = []
    removed = 0
    pos = 0
    for m in _TOKEN.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        if m.group("marker"):
            cleaned, n = _clean_markers(m.group(), len(sources))
            out.append(cleaned)
            removed += n
            continue
        quoted, markers = _split_markers(m.group())
        cited = [n for n in _numbers(markers) if 1 <= n <= len(sources)]
        pool = [sources[n - 1] for n in cited] if cited else sources
        if _found_in(quoted[1:], pool):
            cleaned, n = _clean_markers(markers, len(sources))
            out.append(quoted + cleaned)
            removed += n
        else:
            out.append(ELIDED)
            removed += 1
    out.append(text[pos:])
    return "".join(out), removed


def _split_markers(token: str) -> tuple[str, str]:
    """A quotation token is the quotation followed by the markers attached to it."""
    m = _TRAILING_MARKERS.search(token, 1)
    return (token[: m.start()], m.group()) if m else (token, "")


def sanitize(text: str, quotes: Sequence[Quote]) -> tuple[str, int]:
    """(cleaned text, number of removed items). Quotations not found in the verified quote they cite become
    ELIDED; markers [n] pointing at no quote are removed."""
    return _sanitize(text, [_fold(q.text) for q in quotes])


class StreamSanitizer:
    """Sanitises text as it streams in, holding back only what is still undecided (an open quotation, an open
    bracket, a quotation whose markers may still follow), so no unverified quotation is ever shown, even briefly.
    The concatenated output equals sanitize() of the whole text."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self._sources = [_fold(q.text) for q in quotes]
        self._pending = ""
        self.removed = 0

    def feed(self, piece: str) -> str:
        self._pending += piece
        cut = _safe_cut(self._pending)
        return self._emit(cut)

    def finish(self) -> str:
        return self._emit(len(self._pending))

    def _emit(self, cut: int) -> str:
        if cut <= 0:
            return ""
        cleaned, n = _sanitize(self._pending[:cut], self._sources)
        self._pending = self._pending[cut:]
        self.removed += n
        return cleaned


def _safe_cut(text: str) -> int:
    """The longest prefix whose sanitised form cannot change whatever follows."""
    cut = len(text.rstrip())  # trailing space may turn out to lead a marker
    bracket = text.rfind("[")
    if bracket > text.rfind("]"):
        cut = min(cut, len(text[:bracket].rstrip(" \t")))
    for m in _TOKEN.finditer(text):
        if m.end() >= cut:  # still growing, or only whitespace after it: markers may yet attach
            cut = min(cut, m.start())
            break
    return cut


def markers_in(text: str) -> Iterator[int]:
    """Every source number cited in text, in order."""
    for m in _MARKER_RE.finditer(text):
        yield from _numbers(m.group())
