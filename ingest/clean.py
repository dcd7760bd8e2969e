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

# Invisible marks that break matching and copy-paste: zero-width spaces/joiners' stray uses, BOM,
# and the bidi controls some sites inject. ZWNJ (U+200C) is kept: it can be meaningful in Persian/Urdu names.
_INVISIBLE = re.compile("[\u200b\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@lru_cache(maxsize=4)
def boilerplate_patterns(path: Path = BOILERPLATE_FILE) -> tuple[re.Pattern[str], ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in lines if line.strip() and not line.startswith("#"))


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    return any(p.fullmatch(stripped) for p in boilerplate_patterns())


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    kept = [line for line in lines if not is_boilerplate(line)]
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ")
