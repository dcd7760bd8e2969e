"""Arabic noun morphology the speaker rules need, from the Arramooz dictionary (package `arramooz-pysqlite`,
GPL data: an SQLite file of 30,000 vocalised nouns with their patterns and the plurals they take, read in place
from the installed package).

A sound masculine plural loses its ن before a genitive: "سائقو/سائقي الشاحنات" (the lorry drivers),
"منتجي النفط". Written without vowels the construct form ends in ي like a name ("سامي") or a nisba
("المالكي"); the dictionary tells a noun that takes that plural ("سائق"، "منتج"، "موظف") from a name.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from importlib.resources import files

from rag.text import normalize_ar


@lru_cache(maxsize=1)
def _sound_plural_nouns() -> frozenset[str]:
    """The normalised singulars of the nouns whose plural is the sound masculine one (-ون/-ين)."""
    path = files("arramooz") / "data" / "arabicdictionary.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        rows = con.execute("SELECT unvocalized FROM nouns WHERE masculin_plural = 1").fetchall()
    return frozenset(normalize_ar(word) for (word,) in rows)


def sound_plural_in_construct(word: str) -> bool:
    """Is the word the construct form of a sound masculine plural, which a genitive must follow ("سائقي"
    of "رابطة سائقي الشاحنات", "ومنتجي")? (The caller rules out given names: "سامي" could be "سام" + ي.)"""
    norm = normalize_ar(word)
    return norm.endswith("ي") and not norm.startswith("ال") and norm[:-1] in _sound_plural_nouns()
