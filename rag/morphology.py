"""Arabic morphology the speaker rules need, from the Arramooz dictionary (package `arramooz-pysqlite`, GPL
data: an SQLite file of 30,000 vocalised nouns with their patterns and the plurals they take, and 14,000 verbs,
read in place from the installed package).

A sound masculine plural loses its ن before a genitive: "سائقو/سائقي الشاحنات" (the lorry drivers),
"منتجي النفط". Written without vowels the construct form ends in ي like a name ("سامي") or a nisba
("المالكي"); the dictionary tells a noun that takes that plural ("سائق"، "منتج"، "موظف") from a name. It
also tells a common noun ("دعوة") from a foreign name the romanizer does not know ("أردوغان"), and, with its
verbs, a clause ("، يعمل في المصنع،") from a foreign name set off by commas ("، لوتشيانو سباليتي،").
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from importlib.resources import files

from rag.text import normalize_ar


def _rows(query: str) -> list[tuple[str, ...]]:
    """The rows an SQL query reads from the dictionary, opened read-only in the installed package."""
    path = files("arramooz") / "data" / "arabicdictionary.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return con.execute(query).fetchall()


def _words(table: str, where: str = "") -> frozenset[str]:
    """The dictionary's nouns or verbs (past, third person masculine), normalised (those the SQL condition
    picks, if any)."""
    return frozenset(normalize_ar(word) for (word,) in _rows(f"SELECT unvocalized FROM {table} {where}"))


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return _words("verbs")


@lru_cache(maxsize=1)
def _present_stems() -> frozenset[str]:
    """The stems a present form adds its prefix to where the past's first letter goes: the alef of a derived verb
    ("أعلن/يعلن"، "اختصر/يختصر"، "استمر/يستمر") and the و of an assimilated one, which the dictionary's stamp
    drops too ("وصف/يصف"، "وجد/يجد"). The other forms keep the past's letters ("يتابع")."""
    stems = set()
    for word, stamped in _rows("SELECT unvocalized, stamped FROM verbs WHERE future = 1"):
        norm = normalize_ar(word)
        if norm[:1] == "ا" and len(norm) >= 4 or norm[:1] == "و" and normalize_ar(stamped) == norm[1:]:
            stems.add(norm[1:])
    return frozenset(stems)


@lru_cache(maxsize=1)
def _sound_plural_nouns() -> frozenset[str]:
    """The normalised singulars of the nouns whose plural is the sound masculine one (-ون/-ين)."""
    return _words("nouns", "WHERE masculin_plural = 1")


def is_common_noun(word: str) -> bool:
    """Is the word (with or without the article) a noun the dictionary has, or the feminine plural of one
    ("دعوة"، "تصريحات" of "تصريح"): no foreign name ("أردوغان"، "بايدن") however it is spelt?"""
    norm = _without_article(word)
    nouns = _kinds()  # (every noun the dictionary has, as a key)
    if normalize_ar(word) in nouns:
        return True  # (an indefinite noun whose first letters are the article's: "التزام"، "التقاء")
    return norm in nouns or norm.endswith("ات") and (norm[:-2] in nouns or norm[:-2] + "ه" in nouns)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, frozenset[str]]:
    """Each normalised noun's kinds, the part of its word type after the colon (جامد، مصدر، اسم فاعل، منسوب …)."""
    kinds: dict[str, set[str]] = {}
    for word, wordtype in _rows("SELECT unvocalized, wordtype FROM nouns"):
        kinds.setdefault(normalize_ar(word), set()).add(wordtype.rpartition(":")[2])
    return {word: frozenset(k) for word, k in kinds.items()}


_NOUN_KINDS = frozenset({"جامد", "مصدر"})  # a plain noun and a verbal noun; every other kind is an adjective's


def _readings(word: str) -> list[frozenset[str]]:
    """The dictionary's kinds for the word (with or without the article) and for its masculine, or for the
    singular of a feminine plural it lacks ("التعيينات" of "تعيين")."""
    norm = _without_article(word)
    kinds = _kinds()
    forms = [norm, norm[:-1]] if norm.endswith("ه") else [norm]
    if norm.endswith("ات") and norm not in kinds:
        forms = [norm[:-2], norm[:-2] + "ه"]
    return [kinds[f] for f in forms if f in kinds]


@lru_cache(maxsize=1)
def _genders() -> dict[str, frozenset[str]]:
    """Each normalised noun's grammatical genders as agreement takes them: its own where singular ("m", "f"); "f"
    for a broken plural of things ("الفصائل"، "اللجان")."""
    genders: dict[str, set[str]] = {}
    for word, gender, number in _rows("SELECT unvocalized, gender, number FROM nouns"):
        g = "f" if number == "جمع تكسير" else {"مذكر": "m", "مؤنث": "f"}.get(gender)
        if g:
            genders.setdefault(normalize_ar(word), set()).add(g)
    return {word: frozenset(g) for word, g in genders.items()}


def noun_gender(word: str) -> str | None:
    """The gender a verb agrees with for the noun (with or without the article), where the dictionary gives it one
    ("الديوان": "m"; "الوزارة": "f", as any noun in ة); None where it has none or both."""
    norm = _without_article(word)
    if norm.endswith("ه") and len(norm) > 2:
        return "f"
    found = _genders().get(norm, frozenset())
    return next(iter(found)) if len(found) == 1 else None


def is_plain_noun(word: str) -> bool:
    """Is the word (with or without the article) a noun the dictionary has only as a plain noun or a verbal noun,
    never an adjective, nor is its masculine one ("النتائج"، "الخطة"، "التعيينات", but not "المتحدة"، "المسلحة"،
    "الأحمر"، "الكبرى")? A word the dictionary lacks is not."""
    readings = _readings(word)
    return bool(readings) and all(k <= _NOUN_KINDS for k in readings)


def is_adjective(word: str) -> bool:
    """Does the dictionary have the word (with or without the article), or its masculine, as an adjective or a
    participle ("المستقلة" of "مستقل"، "الكبرى")?"""
    return any(k - _NOUN_KINDS for k in _readings(word))


def is_participle(word: str) -> bool:
    """Does the dictionary have the word (with or without the article), or its masculine, as an active or passive
    participle ("المتخصص"، "الملقب"، "المقيمة")?"""
    return any(k & {"اسم فاعل", "اسم مفعول"} for k in _readings(word))


def is_relative_adjective(word: str) -> bool:
    """Is the word (with or without the article) a nisba the dictionary has, an adjective of relation ("البحري"،
    "الاقتصادي"، "العربي"), not a participle or another adjective that ends in ي ("الهادي"، "القاضي")?"""
    return any("منسوب" in k for k in _readings(word))


def is_noun_in_iyya(word: str) -> bool:
    """Is a word in -ية (with or without the article) a plain noun whose masculine in -ي the dictionary lacks
    ("الرواية"، "القضية"), so no nisba adjective ("الوطنية" of "وطني")?"""
    norm = _without_article(word)
    return norm.endswith("يه") and norm[:-1] not in _kinds() and is_plain_noun(norm)


def has_article(word: str) -> bool:
    """Does the word start with the article? Not an indefinite noun whose first letters are the article's, which
    the dictionary has whole and not without them ("التزام"، "التقاء": verbal nouns of roots in ل)."""
    norm = normalize_ar(word)
    nouns = _kinds()
    return norm.startswith("ال") and not (norm in nouns and norm[2:] not in nouns)


def _without_article(word: str) -> str:
    """The word normalised, without the article (a word of four letters or fewer keeps it: "الحر" may be a name)."""
    norm = normalize_ar(word)
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def is_verbal_noun(word: str) -> bool:
    """Can the word (without the article) be a verbal noun, a masdar ("ارتفاع"، "تأخير"، "نقص"): the name of an
    event or a state, which heads an object's construct ("عزا ارتفاع الأسعار إلى الحرب")?"""
    return "مصدر" in _kinds().get(normalize_ar(word), frozenset())


def is_sound_plural(word: str) -> bool:
    """Is the word (with or without the article) a sound masculine plural ("المسلمين"، "المراقبون") of a noun the
    dictionary gives that plural, or a nisba's ("الفلسطينيين")? Not a singular that ends like one ("القانون")."""
    norm = _without_article(word)
    return norm.endswith(("يين", "يون")) or norm.endswith(("ين", "ون")) and norm[:-2] in _sound_plural_nouns()


@lru_cache(maxsize=1)
def _broken_plurals() -> frozenset[str]:
    """The normalised broken plurals the dictionary has ("عمال"، "خبراء"، "سكان"), and has as nothing else (not
    "شركة", a singular too)."""
    return _words("nouns", "WHERE number = 'جمع تكسير'") - _words("nouns", "WHERE number != 'جمع تكسير'")


def is_plural(word: str) -> bool:
    """Is the word (with or without the article) a plural noun: a sound masculine plural, or a broken plural the
    dictionary has ("العمال"، "المحتجون")? (Which a plural participle after it agrees with.)"""
    return is_sound_plural(word) or _without_article(word) in _broken_plurals()


def sound_plural_in_construct(word: str) -> bool:
    """Is the word the construct form of a sound masculine plural, which a genitive must follow ("سائقي"
    of "رابطة سائقي الشاحنات", "ومنتجي")? (The caller rules out given names: "سامي" could be "سام" + ي.)"""
    norm = normalize_ar(word)
    return norm.endswith("ي") and not norm.startswith("ال") and norm[:-1] in _sound_plural_nouns()


def is_verb_form(word: str) -> bool:
    """Is the word (perhaps after و/ف) a past or present form of a verb the dictionary has, by its commonest
    person endings and prefixes ("تحدث"، "رفضت"، "طلبوا"، "يعمل")? Stricter than is_arabic_word: no noun
    readings, no clitics. (Loose on purpose otherwise: the question is only whether the word could be a verb.)"""
    norm = normalize_ar(word)
    forms = {norm, norm[1:]} if norm[:1] in "وف" and len(norm) > 3 else {norm}
    pasts = forms | {f[:-1] for f in forms if f.endswith("ت")} | {f[:-2] for f in forms if f.endswith("وا")}
    presents = {f[1:] for f in forms if f[:1] in "يت" and len(f) > 2}
    return bool((pasts | {p for p in presents if len(p) > 2}) & _verbs() or presents & _present_stems())


# The clitics a noun or verb may carry: a conjunction and a preposition before ("وبأداء"، "لوكالة"), a pronoun
# after ("لاعبيه"، "اسمها"), and the endings of a sound plural or dual in construct or not ("لاعبي"، "مراقبون").
_PROCLITICS = re.compile(r"^(?:[وف]?[بلك]|[وف])(?=..)")
_ENCLITICS = re.compile(r"(?:ه|ها|هم|هما|هن|كم|كما|نا|ك)$")
_NUMBER = re.compile(r"(?:ين|ون|ان|ي|و)$")


def is_arabic_word(word: str) -> bool:
    """Could the word, with or without its clitics, be an Arabic noun or a conjugated verb the dictionary has
    ("رفض"، "يعمل"، "تحدثت"، "بأداء لاعبيه")? No foreign name the romanizer does not know is ("لوتشيانو"،
    "أنطونان")."""
    norm = normalize_ar(word)
    forms = {norm, "ال" + norm[2:]} if norm.startswith("لل") else {norm}  # ("للاقتصاد": ل and the article)
    for pattern in (_PROCLITICS, _ENCLITICS, _NUMBER):
        forms |= {pattern.sub("", f) for f in forms if len(pattern.sub("", f)) >= 2}
    return any(is_common_noun(f) or is_verb_form(f) for f in forms)
