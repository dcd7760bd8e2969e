"""Stopword lists, from maintained packages that ship them as data (nothing is downloaded at run time).

Arabic: stopwords-iso (the `stopwordsiso` package), normalised as the texts are (rag.text.normalize_ar), so
that a list word matches however the text spells its hamza or final yaa. English: bm25s's copy of nltk's list
(`bm25s.stopwords.STOPWORDS_EN_PLUS`); stopwords-iso's English list also drops content words the dictionary
lookup needs ("world", "state", "help").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import stopwordsiso
from bm25s.stopwords import STOPWORDS_EN_PLUS

from rag.text import normalize_ar

Language = Literal["arabic", "english"]


@lru_cache(maxsize=2)
def stopwords(language: Language) -> tuple[str, ...]:
    """The stopwords of "arabic" (normalised) or "english" (lower case), sorted."""
    if language == "arabic":
        return tuple(sorted({normalize_ar(w) for w in stopwordsiso.stopwords("ar")} - {""}))
    if language == "english":
        return tuple(sorted(set(STOPWORDS_EN_PLUS)))
    raise ValueError(f"no stopwords for {language!r}: 'arabic' or 'english'")


@lru_cache(maxsize=1)
def arabic_stopwords_as_written() -> frozenset[str]:
    """stopwords-iso's Arabic list as written, unnormalised: for a word that normalising makes a name or a
    stopword alike ("على" and the name "علي" are both "علي")."""
    return frozenset(stopwordsiso.stopwords("ar")) - {""}


@lru_cache(maxsize=2)
def stopword_set(language: Language) -> frozenset[str]:
    """stopwords(language) as a set, for membership tests in loops."""
    return frozenset(stopwords(language))
