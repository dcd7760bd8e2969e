"""Arabic noun morphology the speaker rules need, from the Arramooz dictionary (package `arramooz-pysqlite`,
GPL data: an SQLite file of 30,000 vocalised nouns with their patterns and the plurals they take, read in place
from the installed package).

A sound masculine plural loses its ن before a genitive: "سائقو/سائقي الشاحنات" (the lorry drivers),
"منتجي النفط". Written without vowels the construct form ends in ي like a name ("سامي") or a nisba
("المالكي"); the dictionary tells a noun that takes that plural ("سائق"، "منتج"، "موظف") from a name. It
also tells a common noun ("دعوة") from a foreign name the romanizer does not know ("أردوغان").
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from importlib.resources import files

from rag.text import normalize_ar


def _nouns(where: str = "") -> frozenset[str]:
    """The dictionary's nouns, normalised (those the SQL condition picks, if any)."""
    path = files("arramooz") / "data" / "arabicdictionary.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        rows = con.execute(f"SELECT unvocalized FROM nouns {where}").fetchall()
    return frozenset(normalize_ar(word) for (word,) in rows)


@lru_cache(maxsize=1)
def _sound_plural_nouns() -> frozenset[str]:
    """The normalised singulars of the nouns whose plural is the sound masculine one (-ون/-ين)."""
    return _nouns("WHERE masculin_plural = 1")


@lru_cache(maxsize=1)
def _all_nouns() -> frozenset[str]:
    return _nouns()


def is_common_noun(word: str) -> bool:
    """Is the word (with or without the article) a noun the dictionary has, or the feminine plural of one
    ("دعوة"، "تصريحات" of "تصريح"): no foreign name ("أردوغان"، "بايدن") however it is spelt?"""
    norm = normalize_ar(word)
    norm = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    nouns = _all_nouns()
    return norm in nouns or norm.endswith("ات") and (norm[:-2] in nouns or norm[:-2] + "ه" in nouns)


def sound_plural_in_construct(word: str) -> bool:
    """Is the word the construct form of a sound masculine plural, which a genitive must follow ("سائقي"
    of "رابطة سائقي الشاحنات", "ومنتجي")? (The caller rules out given names: "سامي" could be "سام" + ي.)"""
    norm = normalize_ar(word)
    return norm.endswith("ي") and not norm.startswith("ال") and norm[:-1] in _sound_plural_nouns()
