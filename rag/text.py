"""Arabic-aware text helpers shared by ingestion, retrieval and quoting.

Normalisation is for matching only: quotes are always cut from the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_ALEF = re.compile("[\u0622\u0623\u0625\u0671]")
_LATIN_LETTER = re.compile("[A-Za-z]")

# The one definition of Arabic script for the whole project. A letter: the Arabic alphabet (ء..ي) and the
# extended letters other languages and careless keyboards bring in (ٱ, Persian ی and ک, ...). A word: letters with
# their diacritics (harakat, dagger alef) and tatweel, which must never split a word.
_LETTERS = "\u0621-\u064a\u0671-\u06d3"
_MARKS = "\u064b-\u065f\u0670\u0640"
ARABIC_LETTER = re.compile(f"[{_LETTERS}]")
ARABIC_WORD = re.compile(f"[{_LETTERS}{_MARKS}]+")

SENTENCE_END = ".!?؟؛…"
# The words an age is counted in ("35 عاما"، "البالغ من العمر سبعين عاما"), for rag/attribution.py and rag/names.py.
YEARS = r"(?:عاماً|عامًا|عاما|عام|سنة|سنوات)"  # (the tanween's spellings first: a match goes on to it)
QUOTE_PAIRS = {"“": "”", "«": "»"}


def abbreviation_stop(text: str, i: int, start: int = 0) -> bool:
    """Is the full stop at text[i] that of a title's one-letter abbreviation ("د. غدير أسيري": Dr; "أ.د.": Prof;
    "م.": Eng; "ذ."/"ذة.": the Maghreb's الأستاذ/الأستاذة, a lawyer or teacher), which ends no sentence and is no
    name? text[start:] is the stretch read (a paragraph, a mention)."""
    if text[i : i + 1] != "." or i - start < 1 or text[i - 1] not in "دأمذة":
        return False
    if text[i - 1] == "ة":  # (of the two-letter ones, only "ذة": a word ending in ة ends sentences)
        i -= 1
        if i - start < 1 or text[i - 1] != "ذ":
            return False
    before = text[i - 2] if i - start >= 2 else " "
    return before in ' \t("«“' or before == "." and i - start >= 3 and text[i - 3] == "أ"  # ("1071م." is a year)


# One letter for each set written interchangeably: alef maqsura and the Persian yeh (ی, in text from Iranian
# sources) as ya, ta marbuta and the Persian heh forms as ha, the Persian kaf as kaf, hamza seats as their vowel.
_FOLD = str.maketrans({"ى": "ي", "ی": "ي", "ة": "ه", "ۀ": "ه", "ھ": "ه", "ک": "ك", "ؤ": "و", "ئ": "ي"})


def unmarked(text: str) -> str:
    """The text without diacritics and tatweel, its letters as written (hamza seats kept)."""
    return _DIACRITICS.sub("", text).replace(_TATWEEL, "")


def normalize_ar(text: str) -> str:
    """Fold the spelling variants Arabic writers use interchangeably: diacritics, tatweel, alef forms,
    alef maqsura/ya (and the Persian yeh), ta marbuta/ha, the Persian kaf. Length may change; use only for
    matching."""
    return _ALEF.sub("ا", unmarked(text)).translate(_FOLD)


def bare(word: str) -> str:
    """A word normalised, without the article or what glues onto it (والرئيس → رئيس، للأمم → أمم), and without
    a hashtag's marks: the form words are compared in."""
    w = normalize_ar(word).strip("#_")
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        # (A word of its own may start so: "والدة" is a mother, not "and the" + two letters.)
        if w.startswith(p) and len(w) - len(p) >= (3 if p == "وال" else 2):
            return w[len(p) :]
    return w


def arabic_share(text: str) -> float:
    """Arabic letters among the Arabic and Latin letters of the text (0 when it has neither)."""
    ar, la = len(ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    return ar / (ar + la) if ar + la else 0.0


def is_arabic(text: str) -> bool:
    """True when the text is mostly Arabic script (decides the answer language)."""
    return arabic_share(text) >= 0.5


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], whitespace trimmed.

    Ends at . ! ? ؟ ؛ … followed by a space, and at line breaks; never inside “…” or «…», so a quoted
    statement stays one unit even when it holds several sentences.
    """
    end = len(text) if end is None else end
    i = start
    s = start
    depth: list[str] = []
    while i < end:
        c = text[i]
        if c in QUOTE_PAIRS:
            depth.append(QUOTE_PAIRS[c])
        elif depth and c == depth[-1]:
            depth.pop()
        if c == "\n":
            depth.clear()  # an unclosed quote never swallows the next paragraph
            yield from _trimmed(text, s, i)
            s = i + 1
        elif (
            c in SENTENCE_END and not depth and (i + 1 >= end or text[i + 1] in " \n\t”»\"'") and not initial_stop(text, i, start)
        ):
            j = i + 1
            while j < end and text[j] in "”»\"')":
                j += 1
            yield from _trimmed(text, s, j)
            s = j
            i = j
            continue
        i += 1
    yield from _trimmed(text, s, end)


def initial_stop(text: str, i: int, start: int = 0) -> bool:
    """Is the full stop at i an initial's, after a letter that is a word by itself ("رجل الأعمال (س. م.)"،
    "J. K. Rowling"), or a given name's before the family's initial (family_initial)? No sentence ends there."""
    if text[i] != ".":
        return False
    if family_initial(text, i):
        return True
    return i - 1 >= start and text[i - 1].isalpha() and (i - 2 < start or text[i - 2] in ' \t(«“"')


def family_initial(text: str, i: int) -> bool:
    """Is the full stop at i a given name's, before the family name's initial that a report gives alone ("الشاب
    أمين. م (26 عاماً)، المحكوم عليه": withheld), not a sentence's end?"""
    return text[i : i + 1] == "." and _FAMILY_INITIAL.match(text, i + 1) is not None


# After a given name's full stop, one letter and then an age in brackets or a comma: the family name's initial.
_FAMILY_INITIAL = re.compile(r"[ \t][^\W\d_]\.?(?:[ \t]*\(|[،,])")


def trim_span(text: str, s: int, e: int, lead: str = "", tail: str | None = None) -> tuple[int, int]:
    """text[s:e] without the whitespace at its ends, nor the characters of lead at its start and of tail
    (default: lead) at its end (possibly empty: s == e)."""
    tail = lead if tail is None else tail
    while s < e and (text[s].isspace() or text[s] in lead):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in tail):
        e -= 1
    return s, e


def _trimmed(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    s, e = trim_span(text, s, e)
    if e > s:
        yield s, e


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blocks separated by blank lines or single line breaks)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def paragraph_of(text: str, offset: int, spans: list[tuple[int, int]] | None = None) -> tuple[int, int, int]:
    """1-based paragraph number and the (start, end) of the paragraph holding offset (the last one past the end).
    spans: the text's paragraph_spans, when the caller keeps them."""
    spans = paragraph_spans(text) if spans is None else spans
    if not spans:
        return 1, 0, len(text)
    n = min(bisect.bisect_right(spans, offset, key=lambda span: span[1]), len(spans) - 1)
    return n + 1, *spans[n]
