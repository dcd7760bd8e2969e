"""English words to Arabic candidate words, from the FreeDict English–Arabic dictionary (Debian package
`dict-freedict-eng-ara`, GPL-2+ data, read in place from /usr/share/dictd/ and never copied into the project).

An English question meets Arabic text only through the multilingual embedder; these candidate words let the
lexical side (Arabic BM25, and the key terms that quote scoring counts) join in. The dictionary is in dictd
format: an index of `headword<TAB>offset<TAB>length` (offsets in dictd's base64 digits) into a dictzip body,
which is gzip-compatible and small enough (2.8 MB unpacked) to read whole once.

Words are looked up as written, then by their lemmas (lemminflect: "killed" → kill, "civilians" → civilian);
two- and three-word entries are tried before single words. Each word keeps at most `senses` senses: the
dictionary lists the common ones first, and the rare ones only add noise to a search.
"""

from __future__ import annotations

import gzip
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas, getAllLemmasOOV

from rag.stopwords import stopword_set
from rag.text import ARABIC_WORD, bare

log = logging.getLogger(__name__)

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_SENSE_NUMBER = re.compile(r"^\s*\d+\.\s*")
_LONGEST = 3  # words in the longest entry tried


@dataclass(frozen=True)
class Translation:
    """One English word (or multiword entry) of a question and the Arabic words its senses use, normalised and
    without the article (rag.text.bare), function words left out."""

    english: str
    arabic: tuple[str, ...]


def _number(digits: str) -> int:
    n = 0
    for c in digits:
        n = n * 64 + _B64.index(c)
    return n


class Lexicon:
    def __init__(self, index: dict[str, list[tuple[int, int]]], body: bytes, senses: int) -> None:
        self._index = index
        self._body = body
        self.senses = senses

    @classmethod
    def load(cls, path: Path, senses: int = 3) -> Lexicon:
        """path without the extension (…/freedict-eng-ara); raises OSError when its files are missing."""
        index: dict[str, list[tuple[int, int]]] = {}
        with open(f"{path}.index", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and not parts[0].startswith("00database"):
                    index.setdefault(parts[0].lower(), []).append((_number(parts[1]), _number(parts[2])))
        with gzip.open(f"{path}.dict.dz") as z:
            body = z.read()
        getAllLemmas("said")  # lemminflect reads its tables on first use (~0.3 s): at open, not on a question
        return cls(index, body, senses)

    def senses_of(self, headword: str) -> list[str]:
        """The Arabic senses of an entry as written, most common first, at most `senses`."""
        out: list[str] = []
        for offset, length in self._index.get(headword.lower(), []):
            lines = self._body[offset : offset + length].decode("utf-8", "replace").splitlines()[1:]
            for line in lines:
                sense = _SENSE_NUMBER.sub("", line).strip()
                if sense and sense not in out:
                    out.append(sense)
        return out[: self.senses]

    def lookup(self, word: str) -> tuple[str, ...]:
        """Arabic candidate words for one English word or multiword phrase: the senses of the form as written
        and of its lemmas ("killed" is listed as مقتول, its lemma "kill" as القتل; Arabic text may use either)."""
        forms = [word.lower()]
        if " " not in word:
            lemmas = getAllLemmas(word.lower()) or getAllLemmasOOV(word.lower(), "NOUN")
            forms += [lemma for group in lemmas.values() for lemma in group]
        return tuple(dict.fromkeys(w for form in dict.fromkeys(forms) for w in _arabic_words(self.senses_of(form))))

    def translate(self, text: str) -> list[Translation]:
        """The content words of an English text with their Arabic candidates, longest dictionary entry first;
        words the dictionary does not know (most names) are left out. A name that is also a word ("Trump")
        gets that word's senses too: on the English→Arabic dev set, leaving capitalised words out cost more
        (titles like "Institute of Natural Sciences") than it saved."""
        words = _EN_WORD.findall(text)
        stop = stopword_set("english")
        out: list[Translation] = []
        i = 0
        while i < len(words):
            for n in range(min(_LONGEST, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + n])
                if n == 1 and phrase.lower() in stop:
                    break
                arabic = self.lookup(phrase)
                if arabic:
                    out.append(Translation(phrase, arabic))
                    i += n - 1
                    break
            i += 1
        return out

    def arabic_query(self, text: str) -> str:
        """The Arabic words of an English text's translations, for the Arabic BM25."""
        return " ".join(w for t in self.translate(text) for w in t.arabic)


def _arabic_words(senses: list[str]) -> tuple[str, ...]:
    stop = stopword_set("arabic")
    words = (bare(w) for s in senses for w in ARABIC_WORD.findall(s))
    return tuple(dict.fromkeys(w for w in words if len(w) > 1 and w not in stop))


@lru_cache(maxsize=4)
def lexicon(path: Path | None, senses: int) -> Lexicon | None:
    """The shared lexicon, or None (logged once) when the dictionary is not installed: English questions are
    then searched by meaning and by their names only."""
    if path is None:
        return None
    try:
        return Lexicon.load(path, senses)
    except OSError as e:
        log.warning(
            "English-Arabic dictionary not found (%s): English questions are searched by meaning and by their "
            "names only. Install it with `apt-get install dict-freedict-eng-ara` (or set RAG_LEXICON_PATH).",
            e,
        )
        return None
