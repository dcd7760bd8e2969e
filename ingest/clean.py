"""Clean article text: drop site boilerplate, normalise Unicode, keep paragraph breaks.

The returned string is the coordinate system of every later chunk and quote: nothing after this
step may change the text, only point into it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

BOILERPLATE_FILE = Path(__file__).with_name("boilerplate.txt")

# Invisible marks that break matching and copy-paste: zero-width spaces/joiners' stray uses, word joiner, BOM,
# and the bidi controls some sites inject (the Arabic letter mark U+061C among them). ZWNJ (U+200C) is kept:
# it can be meaningful in Persian/Urdu names.
_INVISIBLE = re.compile("[\u200b\u200d\u200e\u200f\u061c\u2060\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
# Site furniture is a short line; a long one that happens to start like a pattern ("Read more ...") is text.
MAX_BOILERPLATE_CHARS = 200
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@lru_cache(maxsize=4)
def boilerplate_patterns(path: Path = BOILERPLATE_FILE) -> tuple[re.Pattern[str], ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in lines if line.strip() and not line.startswith("#"))


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > MAX_BOILERPLATE_CHARS:
        return False
    return any(p.fullmatch(stripped) for p in boilerplate_patterns())


def clean(text: str) -> str:
    # Marks out first: one between a letter and its combining mark would keep NFC from composing them.
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    kept = [line for line in lines if not is_boilerplate(line)]
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ")
