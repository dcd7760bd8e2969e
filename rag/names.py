"""Who is meant: match the speaker a reader names, in English or Arabic, to one person or body quoted in an
article, given that person's mentions as the article writes them.

Precision comes first (a quote under the wrong name is worse than "not found"): every part of a query must be
borne out by one of the mentions, and nothing in the mentions may contradict it.

- Names cross scripts through `arabic-name-romanizer`'s index of attested Latin spellings of Arabic names
  (from Wikidata), compared with rapidfuzz after anyascii, and, for foreign names that no one attests (its
  ONNX model would only render them phonetically, ماكرون → Makroun), through consonant skeletons that allow
  for how Arabic spells foreign sounds (p → ب, v → ف, ch → تش). A well-attested Arabic name is judged by its
  attested spellings alone, so Mohammed never meets محمود through a shared skeleton. The model is used to
  display a mention in English (romanize).
- Titles, portfolios and the closed class of words around them come from data/roles.tsv, international
  bodies from data/organisations.tsv, countries from CLDR through Babel (plus data/country_aliases.tsv).
- Arabic mentions are read with a little grammar. A title without the article governs the noun after it
  (حاكم دبي: Dubai qualifies the title, it is not the person's name); a spokesman's or a lawyer's mention names
  the one they speak for (مساعد الناطق باسم غوتيريش is not Guterres); نائب turns the next title into another
  role; a nisba adjective or a genitive country is the person's country, a country after في is not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from anyascii import anyascii
from nicknames import NickNamer
from babel import Locale
from num2words import num2words
from rapidfuzz import fuzz

from rag.capitals import capitals, city_spellings, english_capitals
from rag.morphology import is_adjective, is_common_noun, is_relative_adjective, is_sound_plural
from rag.text import ARABIC_LETTER, ARABIC_WORD, YEARS, abbreviation_stop, bare, normalize_ar, unmarked

DATA = Path(__file__).with_name("data")
K = TypeVar("K")  # whatever a caller keys the people it found by

# Thresholds (see tests/test_names.py and scripts/measure_name_matching.py for what they were checked on):
# a Latin spelling within this rapidfuzz ratio of a romanizer candidate is that name ("Jubeir" ~ "al-Jubair" 83,
# "Mohammed" ~ "Mahmoud" 62, ~ "Mohamud" 86, a rare spelling of محمود dropped below);
_RATIO = 80
_CLOSE_RATIO = 90  # so close to an attested spelling that nothing else need agree
# an Arabic word the Wikidata-derived index attests this often as a name is an established Arabic name whose
# Latin spellings are known: only they count (بوتين is attested twice as "Boutine", محمود 917 times);
_WELL_ATTESTED = 20
# skeletons this long may have one more consonant at the end, shorter ones must agree;
# and skeletons of fewer consonants than _SHORT need the long vowels to agree too (Hook هوك, not كي).
_FUZZY_SKELETON = 4
_SHORT = 3

_TOKEN = re.compile(f"{ARABIC_WORD.pattern}|[A-Za-z0-9]+")
_EN_TOKEN = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
_SEPARATORS = set(",،:؛;()[]{}")
_TITLES = ("title", "umbrella", "body")  # roles.tsv kinds that make a head (not rep, mod, domain ...)
_QUOTES_OPEN = {"«": "»", "“": "”"}


# -- Arabic words -----------------------------------------------------------------------------------------


def _fold(word: str) -> str:
    """Feminine ة (ه after normalisation) off, so وزيرة ~ وزير and الإيرانية ~ إيراني."""
    return word[:-1] if word.endswith("ه") and len(word) > 3 else word


def _key(word: str, fold: bool = True) -> str:
    """A lexicon word as stored: normalised, without the article, feminine folded (unless not fold: a relation's
    gender tells who it is, "ابنة" is no son). "ألمانيا" keeps its "أل", which is no article (normalised, it
    would look like one)."""
    w = normalize_ar(word)
    if w.startswith("ال") and len(w) > 3 and not word.startswith(("أل", "إل", "آل")):
        w = w[2:]
    # (A ه as written is no feminine ending: "مياه" (water) is no "ميا", which is a name, Mia.)
    return _fold(w) if fold and not word.endswith("ه") else w


@dataclass(frozen=True)
class _Tok:
    norm: str  # normalised, as written
    stems: tuple[tuple[str, bool], ...]  # (lexicon key, needed a preposition stripped)
    names: tuple[str, ...]  # spellings as a name: as written, without the article or a conjunction
    quals: tuple[str, ...]  # and also without a preposition (لتويتر → تويتر): for qualifiers only
    definite: bool
    sep: bool  # a comma, colon or bracket before it
    quote: int  # which quotation it stands in, 0 outside
    # Written with a final ي where the preposition has ى: علي is the name Ali, not على (they normalise alike).
    name_not_prep: bool = False
    # Without its possessive pronoun ("ابنته" → ابنة): a relation or title of someone the mention does not name
    # when that is what the lexicon found ("لجنه", a normalised "لجنة", is no one's "لجن").
    owned: str | None = None
    written: str = ""  # as written, without diacritics or tatweel (hamza and ة kept)


def _make_tok(word: str, sep: bool, quote: int) -> _Tok:
    w = normalize_ar(word)
    stems: list[tuple[str, bool]] = [(w, False)]
    names = [w]
    quals = [w]
    definite = False
    for p, prep in (("وال", False), ("فال", False), ("بال", True), ("كال", True), ("لل", True), ("ال", False)):
        if w.startswith(p) and len(w) - len(p) >= 2:
            stems.append((w[len(p) :], prep))
            (quals if prep else names).append(w[len(p) :])
            definite = True
    if w[:1] in "وف" and len(w) >= 4:
        stems.append((w[1:], False))
        names.append(w[1:])
    # (Not ك, "like", which a mention hardly has before a name's other words: "جان كاسيا" is no "like Asia".)
    if w[:1] in "بل" and len(w) >= 4:
        stems.append((w[1:], True))
        quals.append(w[1:])
    # A relation or title with a possessive ("والدته" ~ والدة، "شقيقه" ~ شقيق), looked up first: written with ه,
    # not ة, "شقيقه" is his brother, not a sister (the two normalise alike).
    plain = re.sub("[\u064b-\u065f\u0670\u0640]", "", word)
    possessed = re.fullmatch(r"(.{2,}?)(ت)?(?:ه|ها|هم|هما)", w) if not plain.endswith("ة") else None
    owned = possessed.group(1) + ("ه" if possessed.group(2) else "") if possessed else None
    if owned and owned[-1] in "يو" and re.search(r"[ئؤ](?:ه|ها|هم|هما)$", plain):
        owned = owned[:-1] + "ء"  # a final hamza takes a seat before the pronoun: "زملائه" ~ زملاء، "أصدقاؤه" ~ أصدقاء
    if owned:
        stems.insert(0, (owned, False))
    if not definite and w.endswith("ا") and len(w) >= 5:
        stems.append((w[:-1], False))  # (the indefinite accusative, after "لكن"/"إن": "مسؤولا إسرائيليا")
    folded = [(_fold(s), p) for s, p in stems]
    return _Tok(
        w,
        tuple(dict.fromkeys(stems + folded)),
        tuple(dict.fromkeys(names)),
        tuple(dict.fromkeys(names + quals)),
        definite,
        sep,
        quote,
        name_not_prep=plain == "علي",  # (Ali; "الي" is إلى as Egyptian copy and normalised text spell it)
        owned=owned,
        written=plain,
    )


def _ar_tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    quote = 0
    closer = ""
    n_quotes = 0
    for m in _TOKEN.finditer(text):
        gap = text[pos : m.start()]
        for c in gap:
            if closer and c == closer:
                quote, closer = 0, ""
            elif c in _QUOTES_OPEN or (c == '"' and not closer):
                n_quotes += 1
                quote, closer = n_quotes, _QUOTES_OPEN.get(c, '"')
        if len(m.group()) <= 2 and abbreviation_stop(text, m.end()):
            pos = m.end()
            continue  # "د. غدير أسيري"، "أ.د.": an abbreviated title (Dr, Prof), no name
        out.append(_make_tok(m.group(), any(c in _SEPARATORS for c in gap), quote))
        pos = m.end()
    return out


# -- the lexicons ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    kind: str  # org | country | region | title | umbrella | body | rep | rep-any | mod | domain | desc | named | name
    key: str = ""  # an org's id or a country's code
    form: tuple[str, ...] = ()  # a role's Arabic words (its identity: "chief" accepts several)
    row: int = -1  # the roles.tsv row of a domain or an English role


@dataclass
class _Lexicons:
    arabic: dict[str, list[tuple[tuple[str, ...], _Entry]]] = field(default_factory=dict)
    english: dict[tuple[str, ...], _Entry] = field(default_factory=dict)
    english_roles: dict[int, tuple[str, frozenset[tuple[str, ...]], frozenset[int]]] = field(default_factory=dict)
    role_country: dict[int, str] = field(default_factory=dict)  # a role row's implied country ("state department": US)
    ministry_domains: set[int] = field(default_factory=set)  # domains whose feminine adjective names a ministry (الخارجية)
    role_english: dict[tuple[str, ...], str] = field(default_factory=dict)  # for display
    org_english: dict[str, str] = field(default_factory=dict)
    domain_english: dict[int, str] = field(default_factory=dict)
    country_english: dict[str, str] = field(default_factory=dict)
    acronyms: set[str] = field(default_factory=set)
    country_names: dict[str, str] = field(default_factory=dict)  # Arabic country names (not adjectives), as keys → code
    # The keys of one-word country names Arabic writes with the article (الهند، العراق): without it, "هند" is Hind.
    definite_countries: set[str] = field(default_factory=set)
    org_arabic: dict[str, list[str]] = field(default_factory=dict)  # an org's Arabic forms, as written
    english_countries: list[tuple[str, str]] = field(default_factory=list)  # (ascii lower name, code)
    # The English of the common nouns before a body's own name (roles.tsv "desc": "group", "party") → their rows.
    desc_english: dict[str, set[int]] = field(default_factory=dict)

    def add_arabic(self, form: str, entry: _Entry, fold: bool = True) -> None:
        words = tuple(_key(w, fold) for w in re.split(r"[\s\-]+", form.strip()) if w)
        if words:
            self.arabic.setdefault(words[0], []).append((words, entry))

    def add_english(self, form: str, entry: _Entry) -> None:
        form = form.strip()
        if not form:
            return
        if re.fullmatch(r"[A-Z][A-Z.]+", form):
            self.acronyms.add(form.replace(".", ""))
            self.english[(form.replace(".", ""),)] = entry
        else:
            self.english[tuple(re.split(r"[\s\-]+", form.lower()))] = entry


def _tsv(name: str) -> Iterable[list[str]]:
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


@lru_cache(maxsize=1)
def _role_rows() -> list[tuple[str, str, str, str]]:
    """data/roles.tsv: (kind, English forms, Arabic forms, the country an English form implies or "")."""
    return [(row[0], row[1], row[2], row[3] if len(row) > 3 else "") for row in _tsv("roles.tsv")]


@lru_cache(maxsize=1)
def ministry_domain_words() -> frozenset[str]:
    """The feminine adjectives that name a ministry by its portfolio alone (الخارجية، الداخلية), bare
    (rag.text.bare), from roles.tsv's domain rows."""
    return frozenset(
        bare(form.strip())
        for kind, _, ar, _ in _role_rows()
        if kind == "domain"
        for form in ar.split("|")
        if form.strip().endswith("ية") and " " not in form.strip()
    )


def nisba(name: str) -> str:
    """The Arabic relative adjective of a (one-word) place name, by the grammar rule: روسيا → روسي,
    فرنسا → فرنسي, السعودية → سعودي, مصر → مصري, مالي → مالي, ألمانيا → ألماني (whose "أل" is no article)."""
    w = name[2:] if name.startswith("ال") and len(name) > 4 else name
    if w.endswith("يا"):
        return w[:-1]
    if w.endswith(("ية", "يه")):
        return w[:-1]
    if w.endswith("ا"):
        return w[:-1] + "ي"
    if w.endswith("ي"):
        return w
    return w + "ي"


def _cldr_names(locale: str) -> dict[str, str]:
    """CLDR territory names; "Congo - Kinshasa" and "(منطقة إدارية خاصة)" cut to the name."""
    out = {}
    for code, name in Locale(locale).territories.items():
        name = re.split(r"\s+-\s+|\s*[(（]", name)[0].strip()
        out[code] = name
    return out


@lru_cache(maxsize=1)
def _lex() -> _Lexicons:
    lx = _Lexicons()
    # Countries: CLDR names in both languages; codes that are not countries (EU, UN, numeric regions) are
    # bodies or regions. Arabic adjectives by the nisba rule, for each word of a multi-word name.
    en_names, ar_names = _cldr_names("en"), _cldr_names("ar")
    aliases = {row[0]: (row + ["", ""])[1:3] for row in _tsv("country_aliases.tsv")}
    adjectives: set[str] = set()  # (the nisba of "السعودية" is spelt as its name without the article)
    for code, ar in ar_names.items():
        if code in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"):
            continue
        kind = "country" if code.isalpha() else "region"
        en_aliases, ar_aliases = aliases.get(code, ["", ""])
        for form in [ar] + [f for f in ar_aliases.split("|") if f]:
            lx.add_arabic(form, _Entry(kind, code))
            if form is ar or not form.endswith("ي"):  # (an alias in ي is an irregular adjective: نمساوي)
                lx.country_names.setdefault(_unfolded(form), code)
            if form is ar and " " not in form and normalize_ar(form).startswith("ال"):
                lx.definite_countries.add(_key(form))
            adjectives.add(_key(nisba(form)))
            if form is not ar and form.endswith("ي"):
                adjectives.add(_key(form))  # (an alias in ي is an adjective itself)
            lx.add_arabic(" ".join(nisba(w) for w in form.split()), _Entry(kind, code))
            if " " not in form:
                # Its sound plurals ("المفاوضين الفلسطينيين"، "مسؤولون إسرائيليون"): an adjective of a plural title.
                for plural in ("ين", "ون"):
                    lx.add_arabic(nisba(form) + plural, _Entry(kind, code))
        if kind == "region" and code in en_names:
            lx.country_english[code] = en_names[code]  # (shown for a region's adjective: "official (Europe)")
            lx.english_countries.append((anyascii(en_names[code]).lower(), code))  # ("European" → Europe)
        if kind == "country":
            en = en_names[code]
            lx.country_english[code] = en
            for form in [en] + [f for f in en_aliases.split(",") if f]:
                lx.add_english(form, _Entry("country", code))
                lx.english_countries.append((anyascii(form).lower(), code))
    lx.definite_countries -= adjectives
    for capital, code in english_capitals().items():
        if tuple(capital.split()) not in lx.english and code in lx.country_english:
            lx.add_english(capital, _Entry("country", code))  # "What did Moscow say?": Russia's government
    for oid, en, ar in _tsv("organisations.tsv"):
        lx.org_english[oid] = en.split(",")[0]
        for form in en.split(","):
            lx.add_english(form, _Entry("org", oid))
        for form in ar.split("|"):
            lx.add_arabic(form, _Entry("org", oid))
            lx.org_arabic.setdefault(oid, []).append(form.strip())
    rows = _role_rows()
    domain_of: dict[str, int] = {}
    for n, (kind, en, ar, _) in enumerate(rows):
        if kind == "domain":
            lx.domain_english[n] = en.split(",")[0]
            if any(f.strip().endswith("ية") for f in ar.split("|")):
                lx.ministry_domains.add(n)
            for form in ar.split("|"):
                domain_of[" ".join(_key(w) for w in form.split())] = n
    single_titles = {_key(f) for kind, _, ar, _ in rows if kind in _TITLES for f in ar.split("|") if " " not in f.strip()}
    for n, (kind, en, ar, country) in enumerate(rows):
        if country:
            lx.role_country[n] = country
        forms: set[tuple[str, ...]] = set()
        domains: set[int] = set()
        fold = kind != "rep"  # (a relation's gender is who it is: "ابنة" is the daughter, "ابن" the son)
        for form in ar.split("|"):
            words = tuple(_key(w, fold) for w in form.split())
            rest = " ".join(words[1:])
            if kind in _TITLES and len(words) > 1 and words[0] in single_titles and rest in domain_of:
                forms.add(words[:1])  # "secretary of state" = وزير + الخارجية: read as the two
                domains.add(domain_of[rest])
                continue
            lx.add_arabic(form, _Entry(kind, form=words, row=n), fold)
            forms.add(words)
            lx.role_english.setdefault(words, en.split(",")[0])
        if kind == "desc":
            for form in en.split(","):
                lx.desc_english.setdefault(form.strip(), set()).add(n)
        if kind in ("desc", "named"):
            continue  # their English words are parts of names (Leicester City)
        for form in en.split(","):
            lx.add_english(form, _Entry(kind, row=n))
        if kind != "domain":
            lx.english_roles[n] = (kind, frozenset(forms), frozenset(domains))
    for entries in lx.arabic.values():
        entries.sort(key=lambda we: -len(we[0]))
    lx.english_countries.sort(key=lambda nc: len(nc[0]))
    return lx


# Prepositions: after them comes a qualifier; after the locative ones a country is where, not who.
_PREP_ATTACHED = {normalize_ar(w) for w in "من باسم".split()}
# (And "التابعة لـ": affiliated to, whose body follows; "كتيبة جنين التابعة لسرايا القدس" is the battalion.)
# Nouns that head a town's or a landmark's name ("خان يونس"، "بيت لحم"، "كفر قاسم"، "رأس العين"، "سيدي بوزيد").
_PLACE_HEADS = {normalize_ar(w) for w in "خان بيت دير كفر عين تل جبل وادي رأس بئر سيدي بني شرم مرسى قلعة جسر".split()}
_PREP_LOCATIVE = {
    normalize_ar(w)
    for w in "في فى عن على إلى لدى مع ضد حول بشأن تجاه عبر داخل أمام منذ لشؤون شؤون تابع تابعة التابع التابعة".split()
}
# Words that say nothing about who the speaker is (former, international, official ...).
# How many ("ثلاثة محامين"): no name, and no description of who.
_NUMBER_WORDS = frozenset(_key(w) for w in "اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عدة عدد".split())
_SIZES = {normalize_ar(w) for w in "كبير قليل محدود".split()}  # how large that number is ("عدد كبير")
_CALLED = {normalize_ar(w) for w in "يدعى تدعى".split()}
_SKIP = {
    _key(w)
    for w in """السابق الأسبق الحالي الجديد الدولي الرسمي شبه دولة جمهورية و بالإنابة بالنيابة بالوكالة أحد إحدى مطلع
    مطلعة مطلعون مطلعين يدعى تدعى الخاص الخاصة
    عشريني ثلاثيني أربعيني خمسيني ستيني سبعيني ثمانيني تسعيني""".split()
} | _NUMBER_WORDS  # ("أحد سكان المدينة": one of them; "مصدر مطلع": informed; "الشاب العشريني": in his twenties)
# A rank or "same" that ends the mention ("مسؤول أمريكي رفيع"، "المصدر نفسه"): no name, though "رفيع الحسيني" is one.
_TRAILING = {_key(w) for w in "رفيع رفيعة بارز بارزة نفسه نفسها".split()}
# Adjectives after an indefinite nisba ("مسؤول أوروبي كبير"، "دبلوماسي غربي آخر"): how senior, taking part, another.
_AFTER_NISBA = {normalize_ar(w) for w in "كبير كبيرة مشارك مشاركة آخر أخرى".split()}
# Honorifics ("معالي"، "سعادة": Excellency, "فضيلة": Eminence), which never take the article: "السيادة" is sovereignty
# ("رئيس تحالف السيادة خميس الخنجر": the alliance's name, after which the president's own comes).
_HONORIFICS = {_key(w) for w in "معالي سعادة فخامة فضيلة سيادة جلالة سماحة سمو".split()}
_HOLDER = {normalize_ar(w) for w in "صاحب صاحبة".split()}  # ("صاحب السمو": the holder of an honorific, definite)


def _honorific_form(written: str, definite: bool) -> bool:
    """Is a word written as an honorific is: indefinite, and ending as written in ة/ه/ي ("سعادة" is Excellency,
    "سعاد" the given name Souad that it folds to), or "سمو"?"""
    # ("سمو ولي العهد": Highness, which no given name folds to, whatever its last letter)
    return not definite and (unmarked(written).endswith(("ة", "ه", "ي")) or normalize_ar(written) == "سمو")


def is_honorific(word: str) -> bool:
    """Is the word, as written, a courtesy before a title ("جلالة الملك"، "معالي الوزير"), which says nothing of who
    is meant?"""
    return _honorific_form(word, normalize_ar(word).startswith("ال")) and _key(word) in _HONORIFICS


def state_courtesy(words: list[str]) -> bool:
    """Is a mention's first word "دولة" the courtesy before a head of government's title or name ("دولة رئيس
    الوزراء"، "دولة ناريندرا مودي"), not a state's own name ("دولة قطر"، "دولة الاحتلال")?"""
    return (
        len(words) > 1
        and normalize_ar(words[0]) == "دوله"
        and not normalize_ar(words[1]).startswith("ال")
        and country_of(words[1]) is None
        and not is_place(words[1])
    )


# Titles of royals, whom a reader names by a given name ("King Salman", "Emir Tamim"), not a family name.
_ROYAL_HEADS = {_key(w) for w in "ملك ملكة عاهل أمير سلطان ولي".split()}
# Name particles: the word after one belongs to the name (آل الشيخ is a family, not a sheikh).
_BIN = {normalize_ar(w) for w in "بن ابن بنت".split()}
# Mauritanian "son/daughter of": the word after one is a name, even one spelt as a title ("ولد الشيخ"), read word by
# word as English writes them ("Mohamed Ould Ghazouani" leaves the father's name out).
_PATRONYMIC = {normalize_ar(w) for w in "ولد منت".split()}
_JOINING = {normalize_ar(w) for w in "أبو أبي عبد".split()}
_MOTHER = normalize_ar("أم")  # "أم محمد": a woman's kunya, mother of Mohammed, is not Mohammed
_FAMILY = {normalize_ar(w) for w in "آل".split()}
_OGLU = normalize_ar("أوغلو")
# After a comma, "هو/هي" announces a name ("، هي تشوي"); "وهو/وهي" a description of who was named ("، وهو ديمقراطي").
_PRONOUN = {normalize_ar(w) for w in "هو هي هم".split()}
_CIRCUMSTANTIAL = {normalize_ar(w) for w in "وهو وهي وهم".split()}


# -- reading an Arabic mention -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """One name word of a mention (a particle unit like بن سلمان counts as one)."""

    text: str  # as written (hamza kept: رئيسي, not the normalised رييسي), for the romanizer
    names: tuple[str, ...]
    quals: tuple[str, ...]
    bin: bool = False  # "son of": bin Salman is not Salman
    mother: bool = False  # "mother of": أم محمد is not Mohammed
    regnal: int = 0  # the ordinal after it: "عبد الله الثاني" is Abdullah II, not a family name al-Thani
    junior: bool = False  # "الابن"/"جونيور" after it: Donald Trump Jr. is not his father


# After a name, the son who bears it ("دونالد ترامب الابن"، "جونيور"; English Jr., Junior).
_JUNIOR = {normalize_ar(w) for w in "الابن جونيور".split()}
_EN_JUNIOR = {"jr", "jr.", "junior"}

_ROMAN = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman(n: int) -> str:
    """A regnal number as English writes it (1 to 39: enough for any ruler or pope)."""
    out = ""
    for letters, value in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


@lru_cache(maxsize=1)
def _ordinals() -> dict[tuple[str, ...], int]:
    """Definite Arabic ordinals, normalised, masculine and feminine ("الثاني"، "الثانية"، "السادس عشر"), by number:
    num2words spells the masculine; the feminine adds ة (الأول: الأولى)."""
    out: dict[tuple[str, ...], int] = {}
    for n in range(1, 20):
        first, *rest = num2words(n, lang="ar", to="ordinal").split()
        feminine = first + "ى" if first == "اول" else first + "ة"
        for word in (first, feminine):
            out[tuple(normalize_ar(w) for w in ["ال" + word, *rest])] = n
    return out


def regnal_number(words: Sequence[str]) -> int:
    """The regnal number these words spell ("الثاني": 2, "السادس عشر": 16), or 0."""
    return _ordinals().get(tuple(normalize_ar(w) for w in words), 0)


def _regnal(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The regnal number at word i and how many words it takes ("السادس عشر": 16, 2), or None."""
    for n in (2, 1):
        if i + n <= len(toks) and not any(t.sep for t in toks[i + 1 : i + n]):
            number = regnal_number([t.norm for t in toks[i : i + n]])
            if number:
                return number, n
    return None


@dataclass(frozen=True)
class _Head:
    form: tuple[str, ...]
    kind: str
    mod: tuple[str, ...] | None = None
    domains: frozenset[int] = frozenset()


@dataclass
class _Part:
    """What a mention says about its speaker, or about the one a spokesman or lawyer speaks for."""

    heads: list[_Head] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    runs: list[list[_Unit]] = field(default_factory=list)
    quals: list[_Unit] = field(default_factory=list)
    first: _Entry | None = None  # what the phrase starts with (an org, a country, a title, a name ...)
    of: list[_Head] = field(default_factory=list)  # titles and bodies in a head's genitive ("محافظ البنك المركزي")
    places: set[str] = field(default_factory=set)  # countries after a locative preposition ("المبعوث إلى اليمن")

    def units(self) -> list[_Unit]:
        return [u for run in self.runs for u in run] + self.quals


@dataclass
class _Mention:
    speaker: _Part
    rep: _Head | None = None
    principal: _Part = field(default_factory=_Part)


def _lookup(toks: list[_Tok], i: int) -> tuple[int, _Entry, bool] | None:
    """The longest lexicon entry starting at word i: (length, entry, first word had a preposition)."""
    lx = _lex()
    best: tuple[int, _Entry, bool] | None = None
    for stem, prep in toks[i].stems:
        for words, entry in lx.arabic.get(stem, ()):
            n = len(words)
            if best and n <= best[0]:
                break
            if n == 1 and entry.kind == "country" and not toks[i].definite and words[0] in lx.definite_countries:
                continue  # ("هند الحمادي": Hind; India is "الهند")
            if i + n <= len(toks) and all(
                not toks[i + k].sep and any(s == words[k] for s, _ in toks[i + k].stems) for k in range(1, n)
            ):
                best = (n, entry, prep)
                break
    return best


_DEFENCE_TEAM = tuple(_key(w) for w in "فريق الدفاع".split())


def _legal_defence(toks: list[_Tok], i: int) -> _Entry | None:
    """The defence team (roles.tsv "فريق الدفاع") when word i is "دفاع" in construct heading the mention: "دفاع
    المتهم"، "دفاع ترامب" (whom it defends comes next); "الدفاع المدني" and "وزير الدفاع" are no team."""
    if i + 1 >= len(toks) or toks[i + 1].sep or all(stem != _DEFENCE_TEAM[1] for stem, _ in toks[i].stems):
        return None
    return next((e for words, e in _lex().arabic[_DEFENCE_TEAM[0]] if words == _DEFENCE_TEAM), None)


def _entries(tok: _Tok) -> list[tuple[tuple[str, ...], _Entry]]:
    """Every lexicon entry starting with this word."""
    return [we for stem, _ in tok.stems for we in _lex().arabic.get(stem, ())]


def _definite_given_opens(toks: list[_Tok], i: int) -> bool:
    """Is toks[i] a given name written with the article ("الحسين"، "الهادي") that opens a person's name: an
    indefinite word the lexicon does not know follows it in the same phrase ("الحسين يوعابد")?"""
    t = toks[i]
    after = toks[i + 1] if i + 1 < len(toks) else None
    return (
        t.definite
        and not t.sep
        and is_given_name(t.written)
        and after is not None
        and not (after.sep or after.definite)
        and _lookup(toks, i + 1) is None
    )


def _title_follows(toks: list[_Tok], i: int) -> bool:
    """Does a title or a representative's word start at word i, in the same phrase?"""
    if i >= len(toks) or toks[i].sep:
        return False
    hit = _lookup(toks, i)
    return hit is not None and hit[1].kind in _TITLES + ("rep", "rep-any", "near", "mod")


def _nisba_alone(mention: str) -> bool:
    """Is the mention one nisba adjective and no country's name ("السوداني", not "السعودية")?"""
    words = mention.strip(' "«»').split()
    return len(words) == 1 and is_nisba(words[0])


def is_nisba(word: str) -> bool:
    """Is the word a country's adjective, a nationality ("السوداني"، "الأردنية"), and not its name ("السعودية")?"""
    return country_of(word) is not None and not is_country_name(word)


def _nisba_surname(tok: _Tok) -> bool:
    """Can this country word, right after a name, be the family name ("السوداني" of "محمد شياع السوداني")? A
    definite nisba can; a country's own name ("السعودية"، "مصر") cannot, nor a word after a comma."""
    return tok.definite and not tok.sep and not is_country_name(tok.norm)


def _title_inside_name(toks: list[_Tok], i: int) -> bool:
    """Is word i, a one-word title right after a name word, followed in the same phrase by an indefinite given name
    ("حسن شيخ محمود"، "شريف شيخ أحمد")? A title heads its genitive ("محمد وزير الخارجية"), no given name."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and not nxt.sep and not nxt.definite and is_given_name(nxt.written) and _lookup(toks, i + 1) is None


def _given_then_name(toks: list[_Tok], i: int) -> bool:
    """Is word i, right after a one-word title ("الوزير"، not "رئيس مجلس الوزراء حاكم دبي"), a name the romanizer
    attests, followed in the same phrase by an indefinite name word (نظير عياد)?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    before = _lookup(toks, i - 1) if i else None
    return (
        before is not None
        and before[0] == 1
        and before[1].kind in _TITLES
        and nxt is not None
        and not nxt.sep
        and not nxt.definite
        and is_attested_name(toks[i].written)
        and (is_name_word(nxt.written) or nxt.norm in _JOINING)
    )


# A head's domain that no role has: its body is one of its own, named by a genitive ("المجلس الوطني للصحافة").
_OWN_BODY = -1


def _office_of_body(head: _Head) -> bool:
    """Is the head an office of a body it names ("رئيس المجلس الوطني", the speaker), not a title alone?"""
    return any(e.kind == "body" for w in head.form[1:] for ws, e in _lex().arabic.get(w, []) if ws == (w,))


def _unit(toks: list[_Tok], i: int) -> tuple[_Unit, int]:
    """The name unit at word i and the number of words it takes (بن سلمان، أبو الغيط، عبد العزيز)."""
    t = toks[i]
    if t.norm == _MOTHER and i + 1 < len(toks) and not toks[i + 1].sep and not toks[i + 1].definite:
        # (the whole compound after it: "أم عبد الله" is the mother of Abdullah, no Abdullah)
        child, n = _unit(toks, i + 1)
        return _Unit(f"{t.written} {child.text}", child.names, child.quals, mother=True), n + 1
    if t.norm in _BIN | _JOINING | _FAMILY and i + 1 < len(toks) and not toks[i + 1].sep:
        nxt = toks[i + 1]
        if t.norm in _BIN:
            third = toks[i + 2] if i + 2 < len(toks) and not toks[i + 2].sep else None
            if nxt.norm in _JOINING and third is not None:  # "بن عبد الرحمن": son of Abdulrahman
                joined = nxt.norm + third.norm
                return _Unit(f"{t.written} {nxt.written} {third.written}", (joined,), (joined,), bin=True), 3
            return _Unit(f"{t.written} {nxt.written}", nxt.names, nxt.quals, bin=True), 2
        if t.norm in _FAMILY:
            return _Unit(f"{t.written} {nxt.written}", nxt.names, nxt.quals), 2
        if not t.written.startswith("آ"):  # (آبي is a name, Abiy; the kunya أبي never takes a madda)
            joined = t.norm + nxt.norm
            return _Unit(f"{t.written} {nxt.written}", (joined,), (joined,)), 2
    return _Unit(t.written, t.names, t.quals), 1


# "مسؤول أمريكي طلب عدم الكشف عن هويته" ("طالبا عدم الكشف عن هويته"): who asked not to be named describes a
# speaker and names no one.
ANONYMITY = re.compile(
    # ("مستشار سابق لترامب، لم تسمه،"، "لم تكشف عن اسمه": whom the outlet did not name.)
    # (set off by commas or by dashes: "أستاذا جامعيا -طلب عدم ذكر اسمه- يرى")
    r"[\s،,\-–—]*(?:(?:لم|لا)\s+[تي](?:سم\u0651?|ذكر\s+اسم|(?:كشف|فصح)\s+(?:عن\s+)?(?:اسم|هوي[تة]))(?:هما|هم|ها|ه)(?!\w)|"
    # ("تحدث شريطة عدم الكشف عن هويته": who spoke on that condition)
    # (of two too: "المسؤولان، اللذان طلبا عدم كشف هويتيهما،"، "أحد المسؤولين، اللذين تحدثا شريطة …")
    r"(?:و?(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين)\s+)?(?:(?:تحدث|تحدثت|تحدثوا|تحدثا|متحدثا|متحدثة|متحدثين)\s+)?"
    r"(?:طلبتا|طلبا|طلب|طلبت|طلبوا|رفضا|رفض|رفضت|رفضوا|فضلا|فضل|فضلت|فضّل|فضّلت|فضلوا|اشترطا|اشترط|اشترطت"
    r"|طالبا|طالبة|طالبين|رافضا|رافضة|رافضين|مفضلا|مفضلة|مشترطا|مشترطة|شريطة|بشرط)\u064b?\s+"  # (طالباً)
    r"(?:عدم\s+)?(?:الكشف|الإفصاح|الافصاح|ذكر|نشر|كشف)\s+(?:عن\s+)?(?:هويتيهما|هويتهما|هويتهم|هوياتهم|هويتها|هويته|اسميهما|اسمهما|اسمها|اسمه|أسمائهم|اسمائهم)(?!\w))"  # (longest first: "هويتها" is no "هويته")
    # ... and why: "لأسباب أمنية"، "لأنه غير مخول بالحديث إلى وسائل الإعلام" (up to the comma that ends it).
    r"(?:\s+ل(?:أسباب|اسباب|دواع|دواعي)\s+\w+"
    r"|\s+خوف(?:ا|اً)\s+(?:على|من)\s+\w+"  # ("خوفا على سلامته")
    # ("نظرا إلى سرية التحقيقات"، "نظرا لحساسية الملف"، "بسبب حساسية الموضوع"، "لحساسية المسألة": why, to the comma)
    r"|\s+(?:نظر(?:ا|اً)\s+(?:إلى\s+|الى\s+|ل)|بسبب\s+|ل(?=حساسي))(?:[^\s،,.:«\"]+\s*){1,5}?(?=[،,])"
    r"|\s+(?:لأنه|لانه|لأنها|لانها|لأنهم|لانهم|لأنهما|لانهما|كونه|كونها|كونهم|كونهما)\s+غير\s+مخول\w*(?:\s+[^\s،,.:«\"]+){0,6}?(?=\s*[،,]))?"
    r"(?:[ \t]*[\-–—](?=\s))?"
)


# An age after a name, in brackets ("محمد إسحاق (25 عاما)") or set off by a comma ("زهرة، البالغة من العمر 17
# عاما"): how old, no name of the speaker's.
_AGE = re.compile(rf"\(\s*\d+\s*{YEARS}\s*\)?|[،,]?\s*ال(?:بالغ|بالغة)\s+(?:من\s+العمر\s+)?\S+\s+{YEARS}")


def _sent_to(part: _Part, tok: _Tok, prep: bool) -> bool:
    """Is a country with ل after an envoy's title where he is sent ("المبعوث الأمريكي الخاص للسودان")?"""
    return prep and tok.norm[:1] == "ل" and any(h.form == ("مبعوث",) for h in part.heads)


@lru_cache(maxsize=65536)
def _analyse(mention: str) -> _Mention:
    anonymity = ANONYMITY.search(mention)
    if anonymity:
        mention = mention[: anonymity.start()]
    mention = _AGE.sub(" ", mention)
    called = _byname_at(mention)
    if called:
        mention = mention[: called[0]]  # ('محمد حمدان دقلو "حميدتي"': the name, without what he is called)
    aside = _ASIDE.search(mention)
    if aside and aside.start() > 0 and not own_name(mention[: aside.start()]) and own_name(aside.group()):
        # ("هيئة البث الإسرائيلية (كان)": a body's acronym in brackets that reads as a name is no person's; as another
        # name of the body, bracketed() gives it. A known body's there stays: "(الفيفا)"، "(البنتاغون)".)
        mention = mention[: aside.start()]
    toks = _ar_tokens(mention)
    m = _Mention(_Part())
    part = m.speaker
    run: list[_Unit] = []
    qual = 0  # 0: free; 1: the next noun phrase qualifies what came before; 2: inside that noun phrase
    np_quote = 0
    absorb = False  # after desc/named in a qualifier: the whole name that follows is the qualifier
    named_after = False  # the last noun was one named after a person ("مستشفى"): a title may open that name
    absorbed_definite = False
    absorbed = 0  # words of a body's own name taken since its common noun ("فتح" of "حركة فتح")
    locative = False
    mod: tuple[str, ...] | None = None
    last_head: _Head | None = None
    national_of: _Head | None = None  # the head a nationality just followed ("المبعوث الأميركي")
    named_last = False  # the last word taken was a name word of the speaker's run
    desc_seen = False  # a common noun before a body's name was taken ("وكالة أنباء تسنيم")
    body_noun: tuple[list[_Unit], int, int] | None = None  # a run opened by a common noun: it, where it ends, its length
    apposed = False  # past a comma after the speaker's own name
    after_definite = False  # the run opened right after a definite word, with no comma

    def close() -> None:
        nonlocal run
        # (A definite word no name index attests, before a given name, describes whoever bears it: "الناخب الوطني
        # وليد الركراكي" is Regragui, the national coach; Arabic puts no family name before the given one. So does
        # a definite adjective right after a definite noun, which it agrees with, though a family name is spelt
        # like it: "الخبير في الاقتصاد البحري محمد أمين" is Mohamed Amine, an expert in maritime economics.)
        while len(run) > 1 and (
            _describes_given(run[0].text, run[1:]) or after_definite and _describes_given(run[0].text, run[1:], True)
        ):
            run = run[1:]
        # (So does a nationality that no name index attests, with what came before it: "مدرب مانشستر سيتي الإسباني
        # بيب غوارديولا" is Guardiola, and the club's foreign name no part of his. "السوداني" is a family name too.)
        national = [k for k, u in enumerate(run[:-1]) if _unnamed_nationality(u.text)]
        if national:
            run = run[national[-1] + 1 :]
        if run:
            # "المتحدث باسم الكرملين دميتري بيسكوف": a body has no person's name; after one, it is the spokesman's
            # (after a person, "المتحدث باسم الأمين العام أنطونيو غوتيريش", it is the principal's).
            # (So after a group no one person's name is: "محامي المتهمين خالد علي" is the lawyer.)
            # (a group by its role too: "المتحدث باسم المتظاهرين سامي حداد")
            plural_roles = bool(part.heads) and all(is_sound_plural(h.form[-1]) for h in part.heads)
            group = not part.runs and (
                bool(part.quals) and not part.heads and is_sound_plural(part.quals[0].text) or plural_roles
            )
            body = part is m.principal and (part.orgs or desc_seen or any(h.kind == "body" for h in part.heads) or group)
            owner = m.speaker if body else part
            # (past a comma after the speaker's name, only a person's name is theirs, a given name and more: "مستشار
            # وزير المالية خالد العمر، الخبير الاقتصادي سمير فرح" is Farah, the adviser)
            # (and no title spelt like a given name before a noun no name is: "، أمين الفتوى بدار الإفتاء،")
            personal = len(run) > 1 and is_given_name(run[0].text)
            personal = personal and (is_attested_name(run[1].text) or not is_common_noun(run[1].text))
            if not (apposed and owner is m.speaker and not personal):
                owner.runs.append(run)
            run = []

    i = 0
    while i < len(toks):
        t = toks[i]
        if t.sep and t.norm in _CIRCUMSTANTIAL:
            break  # "مارك وارنر، وهو ديمقراطي بارز": what follows describes him and names no one
        if t.sep and t.norm in _PRONOUN and i + 1 < len(toks):
            # "مسؤولة من كوريا الشمالية، هي تشوي سون-هوي": the pronoun announces the name; it is not part of it.
            toks[i + 1] = replace(toks[i + 1], sep=True)
            i += 1
            continue
        if t.sep:
            close()
            qual, absorb, locative, mod, last_head = 0, False, False, None, None
            # An apposition after a comma names the speaker, not whom he speaks for: "المتحدث باسم الكرملين،
            # دميتري بيسكوف" is Peskov. After the speaker's own name, it describes them, and what it names is
            # a thing's name unless a given name opens it: "إيلون ماسك، مالك منصة إكس"، "جيفري هينتون، الحائز على
            # جائزة نوبل".
            # (a name: two words or a given name, not a word read as one, "العضو الديمقراطي في المجلس، براين شاتز")
            # (a kunya is one unit of two words: "أم خالد، إحدى النازحات" is Umm Khalid)
            apposed = apposed or any(len(r) > 1 or " " in r[0].text or is_given_name(r[0].text) for r in m.speaker.runs)
            part = m.speaker
        if (
            re.fullmatch(r"باسم(?:ه|ها|هم|هما)", t.norm)
            and m.rep is not None
            and part is m.principal
            and not (part.heads or part.runs or part.orgs or part.countries)
        ):
            # "المتحدث باسمها توماس رينييه": the spokesman of whom the pronoun does not name here; the name after
            # it is the spokesman's own.
            part, qual, absorb, last_head = m.speaker, 0, False, None
            i += 1
            continue
        # (after "يدعى"/"تدعى", is called, a name however its first word reads: "سيدة تدعى أم أحمد", no mother)
        after_particle = i > 0 and toks[i - 1].norm in _BIN | _PATRONYMIC | _JOINING | _FAMILY | _CALLED and not t.sep
        after_head = last_head is not None and not run and toks[i - 1].definite and not t.sep
        # ("فهد الجار الله": a word before "الله" is a theophoric name's, not the title it may spell: neighbour.)
        theophoric = i + 1 < len(toks) and toks[i + 1].norm == "الله" and not toks[i + 1].sep
        hit = None if after_particle else _lookup(toks, i)
        if hit and theophoric and hit[0] == 1 and hit[1].kind in _TITLES + ("rep", "rep-any", "mod", "domain"):
            hit = None  # (but "حزب الله" is the party)
        if hit and t.norm in _BIN and run and named_last and not t.sep and i + 1 < len(toks) and not toks[i + 1].sep:
            hit = None  # ("عبد الإله ابن كيران": inside a name, ابن is its "son of", Benkirane, no relative)
        if hit and hit[0] == 1 and after_head and not t.definite and _given_then_name(toks, i):
            hit = None  # "الوزير نظير عياد"، "الوزير أمير عبد الله": after a title, a given name spelt as one
        if hit and hit[0] == 1 and named_last and not t.definite and not t.sep and _title_inside_name(toks, i):
            hit = None  # "حسن شيخ محمود": between two given names, an indefinite title word is the name's
        # "إمام أوغلو": a Turkish family name in -oğlu ("son of"), whatever its first word spells (imam, "أمام")
        oglu = i + 1 < len(toks) and toks[i + 1].norm == _OGLU and not toks[i + 1].sep
        if hit and hit[0] == 1 and oglu:
            hit = None
        if (
            hit
            and hit[0] == 1
            and hit[1].kind == "domain"
            and not (hit[2] or t.definite or t.sep)
            and (not i or toks[i - 1].definite or last_head is None)
        ):
            # "الناشطة الحقوقية آمنة"، "رياض محرز": a portfolio after a definite word is definite too ("وزير
            # الأمن"), and one with no title before it names no portfolio; an indefinite one there is a given name
            # it is spelt like (Amna, not "أمن", security; Riyad, not "رياضة", sport).
            hit = None if is_given_name(t.written) else hit
        # "باسم" is "in the name of" right after a spokesman's title ("المتحدث باسم الحكومة"); elsewhere, before
        # another word, it is the given name Basim ("الوزير باسم العوادي"، "الناطق باسم الحكومة باسم العوادي").
        # (A domain's adjective after the title says what kind of spokesman: "الناطق العسكري باسم كتائب القسام".)
        opened = any(h.form != ("#domain",) for h in part.heads) or part.runs or part.orgs or part.countries or part.quals
        basim = (
            t.norm == "باسم"
            and not t.sep
            and i + 1 < len(toks)
            and not toks[i + 1].sep
            and not (m.rep is not None and part is m.principal and not opened)
        )
        if hit is None and (t.norm in _PREP_ATTACHED | _PREP_LOCATIVE) and not t.name_not_prep and not oglu and not basim:
            close()
            qual, absorb, locative = 1, False, t.norm in _PREP_LOCATIVE
            i += 1
            continue
        # (also after a body's own name: "الباحثة في معهد رويال بلندن، الدكتورة X")
        body_named = bool(run) and (locative or desc_seen or any(h.kind == "body" for h in part.heads)) and len(t.norm) > 4
        if hit is None and (not run or body_named) and t.norm[:1] == "ب" and part.heads and is_place(t.written[1:]):
            close()  # "الباحث في معهد الشرق الأوسط بواشنطن تشارلز ليستر": where the body is; a name may follow
            qual, absorb = 0, False
            i += 1
            continue
        if t.norm in _HOLDER and i + 1 < len(toks) and toks[i + 1].definite and not toks[i + 1].sep:
            if _key(toks[i + 1].written) in _HONORIFICS:
                i += 2  # ("صاحب السمو"، "صاحبة الجلالة": His Highness, Her Majesty, which name no one)
                continue
        honorific = _honorific_form(t.written, t.definite)
        trailing = i == len(toks) - 1 or toks[i + 1].sep
        if (
            hit is None
            and not run
            and t.norm in _AFTER_NISBA
            and i
            and not (t.definite or toks[i - 1].definite or t.sep)
            and (toks[i - 1].norm.endswith(("ي", "يه")) or toks[i - 1].norm in _AFTER_NISBA)
        ):
            i += 1  # ("مسؤول أوروبي كبير مشارك في المحادثات"، "دبلوماسي غربي آخر": a rank or "another", no name)
            continue
        if hit is None and any(
            stem in _SKIP or stem in _HONORIFICS and honorific or stem in _TRAILING and trailing for stem, _ in t.stems
        ):
            if t.norm in _CALLED or t.norm[:1] == "و" and t.norm[1:] in _CALLED:
                close()  # ("سيدة تدعى أم أحمد": what she is called is her own name, no qualifier of "سيدة")
                qual, absorb, last_head = 0, False, None
                apposed = False  # ("أحد عمال الميناء، ويدعى سالم": so after a comma)
            i += 1
            if i < len(toks) and any(s in _NUMBER_WORDS for s, _ in t.stems) and toks[i].norm in _SIZES:
                i += 1  # ("عدد كبير من الخبراء": how many, no one named كبير)
            continue
        if hit is None and t.norm.startswith("وال") and i and not run and toks[i - 1].definite and not t.sep:
            i += 1  # "لشؤون الأمن والسلامة": a coordinated complement, not a name
            continue
        if (
            hit is None
            and t.norm.startswith("و")
            and len(t.norm) > 4
            and 0 < i < len(toks) - 1
            and not run
            and toks[i - 1].definite
            and toks[i + 1].definite
            and not (t.sep or toks[i + 1].sep)
            # (or in a portfolio: "وزير الخارجية وشؤون المغتربين"; or any title's, with a common noun the dictionary
            # has: "مدير إدارة الصحة وسلامة الغذاء")
            and (
                desc_seen
                or any(h.kind == "body" or h.domains for h in part.heads + part.of)
                or bool(part.heads)
                and is_common_noun(t.written[1:])
            )
            and not is_name_word(t.written)
            and not is_given_name(t.written[1:])
        ):
            i += 2  # "هيئة النزاهة ومكافحة الفساد": a coordinated construct in a body's name, not a name
            continue
        # An adjective in ة agreeing in definiteness with the word before, not a name: "الفصائل الفلسطينية المشاركة"،
        # "المصادر المطلعة"; and, after an indefinite one in ة where a title or country was read, "دراسة بريطانية حديثة".
        agreeing = (
            t.written.endswith("ة")
            and not t.norm.startswith(("لل", "بال", "كال"))  # (no adjective: "المجلس الوطني للصحافة", the press's)
            and i
            and toks[i - 1].definite == t.definite
            and (t.definite or toks[i - 1].written.endswith("ة") and (part.heads or part.countries))
            # (not a given name the dictionary has as no adjective: "جامعة خليفة" is named after Khalifa)
            and not (is_given_name(t.written) and not is_adjective(t.written))
        )
        if hit is None and not run and agreeing and not t.sep:
            i += 1
            continue
        # So is a definite word between a title's definite words and a given name, where no family name stands:
        # "النائب الإيراني المتشدد حميد رسائي" (the hardliner; "Machado" had met it as a name).
        if (
            hit is None
            and not run
            and part.heads
            and t.definite
            and not t.sep
            and 0 < i < len(toks) - 1
            and toks[i - 1].definite
            and not toks[i + 1].sep
            and is_given_name(toks[i + 1].written)
            # (or a definite given name with more of the name after it: "مدير الأمن العام الحسين علي")
            and (not toks[i + 1].definite or _definite_given_opens(toks, i + 1))
            and not is_attested_name(t.written)
        ):
            i += 1
            continue
        if t.norm in _JUNIOR and run and named_last and not t.sep:
            run[-1] = replace(run[-1], junior=True)  # "ابنه دونالد ترامب الابن": the son, not his father
            i += 1
            continue
        regnal = _regnal(toks, i)
        if regnal is not None and run and named_last and not t.sep:
            run[-1] = replace(run[-1], regnal=regnal[0])  # "الملك عبد الله الثاني": King Abdullah II
            i += regnal[1]
            continue
        if regnal is not None and hit is None and not (qual or absorb):
            # "النائب الأول"، "المتهم الأول": an ordinal after no name is an adjective, no name (inside a body's or a
            # place's name it ends that name: "النائب عن دائرة بيروت الثانية فؤاد مخزومي")
            i += regnal[1]
            continue
        if hit is None:
            unit, n = _unit(toks, i)
            new_phrase = not (t.quote and t.quote == np_quote) and not t.definite
            # ("الجمعية المغربية لحماية المستهلك": ل and a noun that is no given name goes on with the body's name.)
            # (nor a name the romanizer knows whose ل opens no noun: "الدكتورة لوسي تشابمان")
            genitive = (
                t.norm[:1] == "ل"
                and len(t.norm) >= 4
                and not is_given_name(t.written)
                and not (is_attested_name(t.written) and not is_common_noun(t.written[1:]))
            )
            # (But where the speaker's name was given before, one word that starts no name is the body's own:
            # "محمد أبو باشا رئيس قسم البحوث في المجموعة المالية هيرميس".)
            named_before = bool(m.speaker.runs) and not _name_starts(toks, i, n)
            # (Nor does a name in quotation marks after a body's genitive: "بنك الاستثمار «إتش سي»" is the bank's.)
            if absorb and absorbed_definite and new_phrase and not named_before and not t.quote and not genitive:
                absorb = False  # لحزب الله | حسن نصر الله: the body's name ended with a definite word
                # (not before its own genitive: "للمنظمة لشرق المتوسط")
            elif absorb and absorbed and new_phrase and np_quote and not t.quote:
                absorb = False  # "بنك «يو بي إس» | جيوفاني ستاونوفو": a body's quoted name is complete
            elif absorb and absorbed > 1 and new_phrase and _city(toks[i - 1].norm):
                absorb = False  # "نادي ريال مدريد | فلورنتينو بيريز": a club's name ended with its city
            elif absorb and absorbed and new_phrase and _name_starts(toks, i, n):
                absorb = False  # "حركة فتح | عزام الأحمد": after a body's own name, a given name and more start a person's
            elif absorb and absorbed > 1 and new_phrase and t.norm not in LETTER_NAMES and _spelt_before(toks, i):
                absorb = False  # "شركة إتش بي | إنريكي لوريس": an acronym spelt out is a body's whole name
            # An indefinite word after a complete noun phrase starts a new one: a name (but a large city's name
            # goes on with an indefinite one before: "مدرب ريال مدريد كارلو أنشيلوتي", the coach of Real Madrid;
            # after a definite word, "في الاتحاد الأوروبي كايا كالاس", it is a name spelt like Kaya).
            city = _city(t.norm) and not (i and toks[i - 1].definite)
            # (So does a given name written with the article before more of the name: "خبير الأرصاد الجوية الحسين
            # يوعابد"; not "جامعة الحسن الثاني", a name the body bears.)
            new_phrase = new_phrase or qual == 2 and _definite_given_opens(toks, i)
            # (A place's head noun after "في" and the one word that ends the mention are its name, in construct:
            # "سكان في خان يونس"، "مواطن في بيت لحم"، "في دير البلح".)
            construct = (
                locative
                and n == 1
                and i >= 2
                and toks[i - 2].norm in _PREP_LOCATIVE
                and toks[i - 1].norm in _PLACE_HEADS
                and (i + 1 == len(toks) or toks[i + 1].sep)
            )
            # (Nor does a common noun right after an indefinite one, which is still in construct: "مدير هيئة مياه
            # ولاية الخرطوم" is the state's water authority's; a given name there is someone's, "شركة أبل تيم كوك".)
            in_construct = not t.sep and not toks[i - 1].definite and is_common_noun(t.written) and not is_given_name(t.written)
            if qual == 2 and not absorb and new_phrase and not genitive and not city and not construct and not in_construct:
                qual = 0
            if after_head and genitive:
                qual = 1  # after a definite title لـ is "of": الرئيس التنفيذي لتويتر is Twitter's, not Twitter
                if last_head is not None and _office_of_body(last_head):
                    # ("رئيس المجلس الوطني للصحافة" heads the press council, no parliament: the body is another)
                    part.heads[-1] = last_head = _Head(
                        last_head.form, last_head.kind, last_head.mod, last_head.domains | {_OWN_BODY}
                    )
            if qual or absorb:
                close()
                part.quals.append(unit)
                absorbed += 1 if absorb else 0
                absorbed_definite = toks[i + n - 1].definite
                np_quote = t.quote  # (a body's quoted name is one: "بنك «يو بي إس»", whatever its words spell)
                if not absorb:
                    qual = 2
            else:
                spelt = [w for u in run for w in normalize_ar(u.text).split()]
                if t.norm not in LETTER_NAMES and len(spelt) > 1 and all(w in LETTER_NAMES for w in spelt):
                    # "قناة بي بي سي | جون سميث": the acronym spelt out names the channel, not its presenter.
                    part.quals.extend(run)
                    run = []
                after_definite = after_definite if run else i > 0 and not t.sep and toks[i - 1].definite
                run.append(unit)
                part.first = part.first or _Entry("name")
            last_head = None
            i += n
            named_last = not (qual or absorb)
            continue
        n, entry, prep = hit
        desc_adjective = absorb and desc_seen and toks[i - 1].definite and t.definite  # ("المجموعة المالية")
        if entry.kind == "country" and (last_head is not None and not toks[i - 1].definite or desc_adjective) and not t.sep:
            # "وزير المالية"، "وزارة المالية": in a title's genitive the word is its portfolio (finance), not the
            # nisba it is spelt like (Malian); "الرئيس المالي" stays Malian. So after the common noun of a body's
            # name: "المجموعة المالية هيرميس" is a financial group.
            n, entry = next(((len(w), e) for w, e in _entries(t) if e.kind == "domain" and len(w) == 1), (n, entry))
        last_definite = toks[i + n - 1].definite
        if (
            entry.kind == "country"
            and n == 1
            and run
            and named_last
            and not prep
            and _nisba_surname(toks[i])
            # (A body's nisba is its country: after a common noun, a body head or a definite word in the name; but
            # after the body's own name a given name opens a person's: "الطبيب في مستشفى ناصر أحمد المغربي".)
            and (not desc_seen and not any(h.kind == "body" for h in part.heads) or absorbed and is_given_name(run[0].text))
            and not any(u.text.startswith("ال") for u in run)
        ):
            # "محمد شياع السوداني": a nisba right after a name is the family name (al-Sudani), not a nationality
            # (after a body's common noun it is one: "وكالة الأنباء الإيرانية").
            run.append(_unit(toks, i)[0])
            i += 1
            continue
        if (
            entry.kind in _TITLES + ("rep", "domain")
            and n == 1
            and len(run) == 1
            and named_last
            and not prep
            and not t.sep
            and (i + 1 == len(toks) or toks[i + 1].sep)
            and is_attested_name(t.written)
        ):
            # "محمود الخطيب"، "عبد الرحمن الخطيب"، "عبد الرحيم شهيد": a title or relation word (fiancé) closing a
            # given name is the family name (al-Khatib), as Arabic puts a title before the name; one that goes on
            # describes ("محمد صلاح النجم المصري"). So a field's adjective: "خديجة الرياضي" (al-Riyadi).
            run.append(_unit(toks, i)[0])
            i += 1
            continue
        if (
            (_key(t.written),) in _courtesy_forms()
            and n == 1
            and run
            and named_last
            and not (prep or t.sep or t.definite)
            and i + 1 < len(toks)
            and not toks[i + 1].sep
            and not toks[i + 1].definite
            and _lookup(toks, i + 1) is None
            and is_attested_name(t.written)
        ):
            # "أحمد سيد زيزو": between two name words, a courtesy title the romanizer knows as a name is one.
            run.append(_unit(toks, i)[0])
            i += 1
            continue
        named_last = False
        close()
        if entry.kind == "mod" and n == 1 and not _title_follows(toks, i + 1):
            # "النائب عن حزب الوفد"، "النائب محمد رعد": a modifier that modifies no title is a title of its own
            # (the MP), where roles.tsv lists one of the same word.
            entry = next((e for w, e in _entries(t) if len(w) == 1 and e.kind == "title"), entry)
        kind = entry.kind
        after_nationality, national_of = national_of, None
        in_qual = qual == 1 or prep or absorb
        if qual == 2 and kind in _TITLES + ("rep", "rep-any", "near", "mod") and not prep:
            qual = 0  # a new title after a complete phrase is an apposition: another head
            in_qual = False
        if part.first is None:
            part.first = entry
        if kind in ("org", "country", "region"):
            if kind == "org":
                part.orgs.add(entry.key)
                if (
                    body_noun
                    and body_noun[1] == i
                    and part.runs
                    and part.runs[-1] is body_noun[0]
                    and len(body_noun[0]) == body_noun[2]
                ):
                    # "منظمة أوبك": a common noun right before a body the lexicon knows is no name; the body is the speaker.
                    part.runs.pop()
                    part.first = entry
            # (A region's adjective says whose too: "مسؤول أوروبي" is a European official, never any official.)
            elif kind in ("country", "region") and not (locative and in_qual or _sent_to(part, t, prep)):
                part.countries.add(entry.key)
                national_of = last_head
            elif kind == "country":
                part.places.add(entry.key)  # where, not whose: "المبعوث الأممي إلى اليمن"، "لليمن"
            # (Inside a body's name the country closes that name: "رئيس الجمعية المغربية لحماية المستهلك".)
            qual, np_quote, absorb = (2, 0, False) if (qual or prep or absorb) else (0, 0, False)
            last_head = None
        elif kind == "mod":
            mod = entry.form
        elif kind == "domain":
            if last_head is None and after_nationality is not None and part.heads and part.heads[-1] is after_nationality:
                last_head = after_nationality  # ("المبعوث الأميركي للمناخ": the envoy's domain, after his nationality)
            if last_head is not None:
                part.heads[-1] = last_head = _Head(last_head.form, last_head.kind, last_head.mod, last_head.domains | {entry.row})
                qual = 0 if last_definite else 1
            elif part is m.principal and m.rep is not None and i + 1 < len(toks) and toks[i + 1].norm == "باسم":
                # "الناطق العسكري باسم كتائب القسام": what kind of spokesman he is, not whom he speaks for (the army).
                kind_of = _Head(m.rep.form, m.rep.kind, m.rep.mod, m.rep.domains | {entry.row})
                m.speaker.heads = [kind_of if h is m.rep else h for h in m.speaker.heads]
                m.rep = kind_of
                if part.first is entry:
                    part.first = None
            elif part is m.speaker and not part.heads and not run and not t.definite and (team := _legal_defence(toks, i)):
                # "دفاع الوزير عبد اللطيف وهبي": the minister's defence team, who speak for him; the name is his.
                m.rep = _Head(team.form, team.kind)
                part.heads.append(m.rep)
                part = m.principal
            elif (not in_qual or part is m.principal) and not part.heads and not run:  # (and "باسم الجيش")
                last_head = _Head(("#domain",), "body", mod, frozenset({entry.row}))  # الشرطة: the police
                part.heads.append(last_head)
                qual = 0 if last_definite else 1
            else:
                qual, np_quote = 2, 0
                absorbed_definite = absorbed_definite or (absorb and last_definite)  # ('مجموعة "رابيدان" للطاقة')
        elif kind in ("desc", "named"):
            desc_seen = True
            absorb, absorbed = in_qual or kind == "named" or qual == 2, 0
            named_after = kind == "named"
            # ("المدير العام للمنظمة تيدروس …": a definite noun alone names the body; the name after it is no part
            # of the body's name, as "نوكيا" is of "شركة نوكيا".)
            absorbed_definite = last_definite
            if not absorb:  # the body's own name may include it: حزب الله ~ Hezbollah
                body_noun = (run, i + n, n) if not run else None
                run.extend(_unit(toks, k)[0] for k in range(i, i + n))
                part.first = part.first or entry
            if absorb and t.quote and (i + n >= len(toks) or toks[i + n].quote != t.quote):
                absorbed, np_quote = 1, t.quote  # ('في "ساكسو بنك" أولي هانسن': the noun closes the quoted name)
            if last_head is not None and last_head.form == (normalize_ar("رئيس"),) and not part.of:
                part.of.append(_Head(entry.form, "body"))  # ("رئيس حزب القوات اللبنانية": the party's head)
            qual = 0
            last_head = None
        else:  # a title, or a representative
            if in_qual and (part is m.speaker or part.heads) and kind != "near":
                qual = 1 if not last_definite else 2  # a dependent title: "director of the office of ..."
                last_head = None
                part.of.append(_Head(entry.form, kind, mod))
            else:  # (the first title a spokesman speaks for is that principal's: باسم وزارة الخارجية)
                head = _Head(entry.form, kind, mod)
                part.heads.append(head)
                last_head = head
                # (A bare "ه" may be a normalised ة, "لجنه": only a relation, listed by gender, is read as owned.)
                # (So is a ه written as such before a name without the article: "رئيسه خوان لابورتا"، "نائبه أحمد
                # علي", its president, his deputy; a name follows no genitive then.)
                spelt_owned = (
                    toks[i].written.endswith("ه")
                    and i + n < len(toks)
                    and not toks[i + n].definite
                    and not toks[i + n].sep
                    and _lookup(toks, i + n) is None
                )
                owned = (
                    toks[i].owned is not None
                    and entry.form[:1] == (toks[i].owned,)
                    and (toks[i].norm.endswith(("ته", "ها", "هم", "هما")) or kind == "rep" or spelt_owned)
                )
                # ("وزيره", "ابنته": the pronoun completes it; "الفريق أول": so does the article of its first word.)
                qual = 0 if last_definite or owned or n > 1 and toks[i].definite else 1
                # ("ابنته يسرى الغنوشي": his daughter, and the name after it is hers; so after a definite one
                # with no "باسم"/ل/عن to say whose: "المحامي مختار الجماعي" is the lawyer Mokhtar al-Jamai.)
                after = toks[i + n] if i + n < len(toks) else None
                # (Nor does a definite title after it say whose: "المحامي الأستاذ طارق الجندي" is the lawyer, a
                # definite noun taking no genitive.)
                next_title = _lookup(toks, i + n) if after is not None and after.definite else None
                named = (
                    toks[i].definite
                    and entry.form[:1] != (toks[i].norm,)  # (the article of "المحامي"; "والدة" has none)
                    and after is not None
                    and not after.sep
                    and (
                        not after.definite
                        and not after.norm.startswith(("باسم", "ل", "عن", "في", "من"))
                        or next_title is not None
                        and next_title[1].kind in _TITLES
                    )
                )
                # (Who is close to someone is never named by the name after: "أحد المقربين من نتنياهو".)
                if part is m.speaker and (kind == "near" or kind in ("rep", "rep-any") and not owned and not named):
                    m.rep = head
                    part = m.principal
                    last_head = None
            mod = None
            np_quote = 0
            # ("مستشفى الملك فيصل"، "مدرسة الشهيد محمد الدرة": the title opens the name the place bears.)
            absorb = absorb and named_after and toks[i].definite
            named_after = False
        i += n
    close()
    _principal_before_apposition(m, toks)
    return m


def _principal_before_apposition(m: _Mention, toks: list[_Tok]) -> None:
    """ "مستشار رئيس الحكومة نجيب ميقاتي، النائب السابق نقولا نحاس": where a title in another person's title's
    genitive is named after that person and an apposition then names the speaker, the first name is the
    principal's (the prime minister's), not the adviser's."""
    if m.rep is not None or len(m.speaker.runs) < 2 or len(toks) < 3:
        return
    comma = next((k for k, t in enumerate(toks) if t.sep), None)
    first, second = _lookup(toks, 0), _lookup(toks, 1)
    if (
        comma is None
        or first is None
        or second is None
        or toks[0].definite
        or first[0] != 1
        or {first[1].kind, second[1].kind} - {"title", "umbrella"}
    ):
        return
    before = {u.text for u in m.speaker.runs[0]}
    if before <= {t.written for t in toks[:comma]} and not {u.text for u in m.speaker.runs[-1]} & before:
        m.principal.runs.append(m.speaker.runs.pop(0))


# The Latin letters' names as Arabic copy spells acronyms ("بي بي سي"، "سي إن إن"، "إن بي سي"، "أوبن إيه آي").
LETTER_NAMES = frozenset(
    normalize_ar(w)
    for w in """إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي جيه كيه كي إل ال إم ام إن ان أو كيو آر ار إس اس تي يو في
    دبليو إكس اكس واي زد""".split()
)


def _spelt_before(toks: list[_Tok], i: int) -> bool:
    """Do two letter names or more, an acronym spelt out ("إتش بي"), stand right before toks[i]?"""
    return i > 1 and all(t.norm in LETTER_NAMES and not t.sep for t in toks[i - 2 : i]) and not toks[i].sep


def _name_starts(toks: list[_Tok], i: int, n: int) -> bool:
    """Do a word the romanizer knows as a name and another word start at toks[i] (n tokens in its unit)? After a
    body's own name ("حركة فتح"، "شركة أبل") they are a person's name, not more of the body's; a letter's name
    is more of it ("شركة أوبن إيه آي")."""
    after = toks[i + n] if i + n < len(toks) else None
    return (
        n == 1
        and is_name_word(toks[i].written)
        and toks[i].norm not in LETTER_NAMES
        and after is not None
        and not after.sep
        and after.norm not in _PREP_ATTACHED
    )


# -- names across scripts ------------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _transliterator(model: bool):
    """The romanizer: its attested-spelling index (for matching), with its ONNX model (for display, ~0.2 s to
    load)."""
    from arabic_name_romanizer import Transliterator

    return Transliterator(auto_load_model=model)


@lru_cache(maxsize=65536)
def _romanized(arabic: str) -> tuple[tuple[str, ...], int]:
    """Folded attested Latin spellings of an Arabic name word or particle unit (أبو الغيط) from the
    romanizer's Wikidata-derived index, and how often the best one is attested. The ONNX model renders
    unattested foreign names phonetically (ماكرون → Makroun), which the skeletons judge better, and costs
    ~5 ms a word where a look-up costs ~0.05 ms: it is asked only for an unattested word with ع, the letter
    no skeleton can judge (بوطوطعو → Boutoutaou)."""
    tr = _transliterator(False)
    if tr.index is None:
        return (), 0
    from arabic_name_romanizer.normalize import full_key, lookup_key

    hits = tr.index.lookup_unit(lookup_key(arabic)) or tr.index.lookup_full(full_key(arabic))
    if normalize_ar(arabic).startswith("عبدال"):
        # A compound joined as a unit is attested as written apart ("عبدالاله" once, "عبد الإله" 38 times): so a
        # well-known name is judged by all its spellings (Abdalla is عبد الله, not عبد الإله).
        apart = tr.index.lookup_unit(lookup_key(arabic[:3] + " " + arabic[3:]))
        hits = apart if apart and (not hits or apart[0].count > hits[0].count) else hits
    if not hits:
        if "ع" not in arabic:
            return (), 0
        return tuple(dict.fromkeys(_fold_latin(c.text) for c in _transliterator(True).transliterate(arabic, top_k=3))), 0
    # Rare spellings belong to other readings (محمود is "Mohamud" 16 times in 1,000): keep those with at
    # least 5% of the best one's count.
    top = hits[0].count
    return tuple(dict.fromkeys(_fold_latin(v.latin) for v in hits if v.count >= 0.05 * top)), top


def _latin_base(text: str) -> str:
    """Latin letters only, diacritics spelled out the way Arabic hears them (ç → ch, ş → sh, ğ → gh)."""
    text = text.lower()
    for a, b in (
        ("ç", "ch"),
        ("ş", "sh"),
        ("ğ", "gh"),
        ("š", "sh"),
        ("č", "ch"),
        ("ž", "zh"),
        ("ı", "i"),
        ("ł", "l"),
        ("ś", "sh"),
        ("ż", "zh"),
        ("ź", "zh"),
    ):
        text = text.replace(a, b)
    return re.sub(r"[^a-z]", "", anyascii(text).lower())


def _fold_latin(text: str) -> str:
    """A Latin spelling with the variation of English/French renderings of Arabic folded away."""
    t = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an)[\s\-']+(?=\w)", "", anyascii(text).lower().strip())
    t = _latin_base(t)
    for a, b in (
        ("ou", "u"),
        ("oo", "u"),
        ("ee", "i"),
        ("kh", "k"),
        ("gh", "g"),
        ("dh", "d"),
        ("ph", "f"),
        ("q", "k"),
        ("y", "i"),
        ("w", "u"),
    ):
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", t)


# How Arabic spells the sounds of a Latin spelling: each grapheme's possible consonants ("" = a vowel or
# a letter Arabic does not write: English gh in Lighthizer). Longest graphemes first. ع has no Latin letter: a name with it (عباس,
# عفيفي) is an Arabic name that the romanizer's attested spellings judge, never a skeleton.
# c before e, i, y is never k: s (Cisse), Italian ch (Cecilia تشيتشيليا) or Turkish j (Cengiz جنكيز).
_SOFT_C = ("s", "S", "j")
_LATIN_SOUNDS: list[tuple[str, tuple[str, ...]]] = [
    ("tsch", ("S",)),
    ("sch", ("S",)),
    ("tch", ("S",)),
    ("tsh", ("S",)),
    ("dzh", ("j",)),
    ("ch", ("S", "k", "j")),
    ("sh", ("S",)),
    ("zh", ("j",)),
    ("kh", ("k",)),
    ("gh", ("g", "")),
    ("dh", ("d", "z", "dh")),
    ("th", ("t", "th")),
    ("ph", ("f",)),
    ("dj", ("j",)),
    ("ck", ("k",)),
    ("qu", ("k",)),
    ("cz", ("S",)),
    ("sz", ("S",)),
    ("rz", ("rz", "S", "rts")),  # (Polish rz, or German r and z: Merz ~ ميرتس)
    ("x", ("ks", "S")),
    ("c", ("k", "s", "S", "j")),
    ("j", ("j", "k")),
    ("q", ("k",)),
    ("v", ("f", "")),
    ("w", ("", "f")),  # (English w is و, a vowel here; German w is ف: Weidel ~ فايدل, Wagner ~ فاغنر)
    ("f", ("f",)),
    ("p", ("b",)),
    ("b", ("b",)),
    ("s", ("s", "S")),
    ("z", ("z", "ts")),  # (German z: Scholz ~ شولتس)
    ("t", ("t",)),
    ("d", ("d",)),
    ("k", ("k",)),
    ("l", ("l",)),
    ("m", ("m",)),
    ("n", ("n",)),
    ("r", ("r",)),
    ("g", ("g", "j")),
]
_AR_SOUNDS = {
    "ح": ("h",),
    "ب": ("b",),
    "پ": ("b",),
    "ت": ("t",),
    "ط": ("t",),
    "ث": ("t", "s"),
    "ج": ("j", "g"),
    "چ": ("S",),
    "خ": ("k",),
    "د": ("d",),
    "ذ": ("d", "z"),
    "ر": ("r",),
    "ز": ("z", "Z"),  # (Z: the voiced s of a foreign name, which Arabic writes ز and never ظ)
    "ژ": ("j",),
    "س": ("s",),
    "ش": ("S",),
    "ص": ("s",),
    "ض": ("d",),
    "ظ": ("z", "d"),
    "غ": ("g",),
    "ع": ("'", ""),  # (English often leaves it unwritten: Jamai الجماعي, Araghchi عراقجي)
    "ء": ("'", ""),  # (so a hamza: Yair يائير, Raed رائد)
    "ف": ("f",),
    "ڤ": ("f",),
    "ق": ("k", "g"),
    "ك": ("k",),
    "گ": ("g",),
    "ل": ("l",),
    "م": ("m",),
    "ن": ("n",),
    "ه": ("h",),
}
_MAX_VARIANTS = 64
_VOWELS = set("aeiouy")


def _latin_h(text: str, i: int) -> tuple[str, ...]:
    """h is ح/ه before a vowel (Hook, Rouhani), may be one after a vowel (Ahmed أحمد, but John جون), and is
    silent at the end (Sarah). After a consonant that makes no digraph with it (those are read before: sh, kh)
    and before a vowel it may be either (Burhan برهان, Abdelhamid عبد الحميد; Rhodes رودس)."""
    before = text[i - 1] if i else ""
    after = text[i + 1 : i + 2]
    if not after:
        return ("",)
    if before and before not in _VOWELS:
        return ("h", "") if after in _VOWELS else ("",)
    if after in _VOWELS:
        return ("h",)
    return ("h", "") if before else ("",)


def _product(options: list[tuple[str, ...]]) -> frozenset[str]:
    out: set[str] = set()
    ambiguous = 1
    for k, opts in enumerate(options):  # beyond the cap, later ambiguities keep their first reading
        ambiguous *= len(opts)
        if ambiguous > _MAX_VARIANTS:
            options[k] = opts[:1]
    for combo in itertools.product(*options):
        out.add(re.sub(r"(.)\1+", r"\1", "".join(combo)))
    return frozenset(out)


def _glide_j(text: str, i: int) -> bool:
    """Is the j at text[i] a glide (Italian: Tajani), which Arabic writes ي, as a long vowel: between vowels, the
    second no i? (Not at a word's start, where it is mostly ج: "Jada" is no "عياد".)"""
    return text[i : i + 1] == "j" and i > 0 and text[i - 1] in "aeiou" and text[i + 1 : i + 2] in ("a", "o", "u", "e")


def _voiced_s(text: str, i: int) -> bool:
    """Is the s at text[i] one alone between vowels, which most languages voice and Arabic then writes ز
    (Ramaphosa رامافوزا, Teresa تيريزا, Louisa لويزا)? (A doubled ss stays s: Hassan, Issa.)"""
    return text[i : i + 1] == "s" and 0 < i and text[i - 1] in "aeiouy" and text[i + 1 : i + 2] in ("a", "e", "i", "o", "u")


def _silent_l(text: str, i: int) -> bool:
    """Is the l at text[i] the silent l of English "walk" (Walker ووكر)?"""
    return text[i - 2 : i + 2] == "walk"


_GOD = {normalize_ar("الله"), normalize_ar("لله")}


@lru_cache(maxsize=65536)
def _latin_skeletons(word: str) -> frozenset[str]:
    """The consonants Arabic could write for a Latin name, in every reading of its ambiguous letters."""
    w = _latin_base(word)
    out: set[str] = set()
    # A silent final consonant (Yves ~ إيف, Dumas ~ دوما) may be missing from the Arabic.
    for text in {w, re.sub(r"(?<=[aeiouy])[stxdz]e?$", "", w)}:
        options: list[tuple[str, ...]] = []
        i = 0
        while i < len(text):
            for g, sounds in _LATIN_SOUNDS:
                if text.startswith(g, i):
                    if g == "g" and text[i + 1 : i + 2] not in ("e", "i", "y"):
                        sounds = ("g",)  # g is soft (ج) only before e, i, y
                    elif g == "c" and text[i + 1 : i + 2] in ("e", "i", "y"):
                        sounds = _SOFT_C  # (Cisse سيسيه is no خاص, "khass")
                    elif g == "v" and i + 1 == len(text):
                        sounds = ("f",)  # v may be و inside a name (Davutoglu), never at its end (Lavrov لافروف)
                    elif g == "w" and text[i - 1 : i] in _VOWELS and text[i + 1 : i + 2] in _VOWELS:
                        sounds = ("",)  # w between vowels is a glide, never ف: Mahdawi مهداوي, Hawaii
                    elif _glide_j(text, i):
                        sounds = (*sounds, "")  # a glide Arabic writes as the vowel ي: Tajani تاياني
                    elif _voiced_s(text, i):
                        sounds = (*sounds, "Z")  # Ramaphosa رامافوزا, Teresa تيريزا
                    elif _silent_l(text, i):
                        sounds = ("l", "")  # English "walk": Walker ووكر
                    options.append(sounds)
                    i += len(g)
                    break
            else:
                if text[i] == "h":
                    options.append(_latin_h(text, i))
                i += 1  # vowels, w, y: not written, or written as long vowels
        out |= _product(options)
    if w.endswith("s"):
        out |= {k[:-1] + "z" for k in out if k.endswith("s")}  # a final s sounds z: Ives آيفز, Jones جونز
    return frozenset(out)


def _arabic_letters(word: str) -> str:
    """Arabic writes ch as تش; a final ه or ة is a vowel (جوزيه José), elsewhere ه is h (هوك Hook); a hamza on
    its seat after alif (ائ، اؤ) is the glottal stop English leaves unwritten (يائير Yair), not the long vowel its
    seat spells (after a consonant it is one: خامنئي Khamenei)."""
    # (Where the word comes normalised, ئ is ي: "يايير" is "يائير" as the ي after alif before ي tells.)
    letters = normalize_ar(re.sub("(?<=ا)[ئؤ]", "ء", word)).replace("ايي", "اءي")
    return re.sub("[هة]$", "", letters.replace("تش", "چ"))


@lru_cache(maxsize=65536)
def _arabic_skeletons(word: str) -> frozenset[str]:
    return _product([_AR_SOUNDS[c] for c in _arabic_letters(word) if c in _AR_SOUNDS])


@lru_cache(maxsize=200_000)
def _latin_is(latin: str, arabic: str, given: bool = False, slack: bool = True) -> bool:
    """Is the Latin name (one unit, article already off) this Arabic word? given: a given name before the
    surname, which may sound further from its Arabic spelling (Israel ~ يسرائيل). slack: allow one consonant more at
    the end (not for two Arabic words read as one, where it makes "Summers" of "سامي ارشيد")."""
    folded = _fold_latin(latin)
    if len(folded) < 2 or _endings_clash(folded, arabic) or _openings_clash(folded, arabic):
        return False
    if arabic in _GOD and not re.fullmatch(r"[aiou]?l+[ae]h?", folded.removeprefix("a")):
        return False  # "الله" in a theophoric name ("عطا الله") is Allah, Ullah: never "Lula"
    spellings, attested = _romanized(arabic)
    ls, ars = _latin_skeletons(latin), _arabic_skeletons(arabic)
    best = max((fuzz.ratio(folded, s) for s in spellings), default=0)
    unprefixed = _arabic_skeletons(arabic[2:]) if arabic.startswith("ال") else ars  # (the index spells "al-" apart)
    if not re.match("[ae]?l", folded) and any(k.startswith("l") for k in ls):
        ars = unprefixed  # (the article's ل is no first l of a Latin name without one: Walker is not القعقور)
    if best == 100 and attested >= 2 and len(folded) >= 4 and {len(k) for k in ls} & {len(k) for k in unprefixed}:
        # An attested spelling of this very name, with as many consonants: Regragui الركراكي, whose g the Maghreb
        # writes ك. (Not a short or once-seen one, nor one with a word more: the index also holds "ad" for أسعد,
        # "albukami" for المعني and "abdulkarim" for الكريم.)
        return True
    if best >= _CLOSE_RATIO and (ls & ars or _shape_cost(latin, arabic) == 0 or _without_h(ls) & _without_h(ars)):
        # Close as strings, and with the same consonants but an h the Latin may leave unwritten (Burhan برهان):
        # "Hassani" is no حمصاني, Hamsani.
        return True
    # Near an attested spelling only with the same consonants, in the same long vowels: "Salem" is close to
    # "suailem" (سويلم) and "musalem" (مسلم) as strings, and neither name.
    # (A name the index knows well is spelt in all its usual ways, so one consonant off is another name: Abdalla
    # is عبد الله, not عبد الإله.)
    if best >= _RATIO and ls & ars and attested < _WELL_ATTESTED and _shape_cost(latin, arabic) != float("inf"):
        return True
    if attested >= _WELL_ATTESTED:
        return False
    # (A final h after a vowel may be ح, in a name the index barely knows: Tobeih طبيح.)
    final_h = {k + "h" for k in ls} if re.search(r"[aeiouy]h$", latin.lower()) else set()
    common = {s for s in (ls | final_h) & ars if s}
    if common:  # a name of one or two consonants must also have its long vowels in place (Hook هوك, not كي);
        # one of three must not contradict them (Salem is not سويلم, Swailem)
        longest = max(map(len, common))
        cost = _shape_cost(latin, arabic)
        return cost == 0 or longest > _SHORT or longest == _SHORT and (given or cost != float("inf"))
    # One consonant more at the end (a final sound the two spellings render differently); never inside.
    return slack and any(
        min(len(a), len(b)) >= _FUZZY_SKELETON and abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a))
        for a in ls
        for b in ars
    )


def _without_h(skeletons: frozenset[str]) -> set[str]:
    return {k.replace("h", "") for k in skeletons}


@lru_cache(maxsize=200_000)
def _latin_may_be(latin: str, arabic: str) -> bool:
    """Looser, for the other words of a name once the surname has matched: they need only not contradict it,
    and given names vary more across languages (Turkish Mevlüt ~ مولود, Ahmet ~ أحمد). One consonant may
    differ, but Arabic's long vowels must sound where the Latin has a vowel: Mohammed is not محمود."""
    if _latin_is(latin, arabic, given=True):
        return True
    folded = _fold_latin(latin)
    # (Nor does it open with another letter than every spelling the romanizer knows of the Arabic: "Mahmoud" is
    # not أحمد, "Nasser" not سارة, "Hamad" not محمد, however close their shapes.)
    known = _romanized(normalize_ar(arabic))[0]
    if known and all(_fold_latin(k)[:1] != folded[:1] for k in known):
        return False
    # (Nor is a Latin name the index knows well as another Arabic name's spelling a variant of this one: "Ahmed"
    # is أحمد, never أسعد or أمجد one consonant away.)
    if _spells_another(folded, arabic):
        return False
    return _shape_cost(latin, arabic) <= 1 and not _endings_clash(folded, arabic)


# A Latin spelling is a given name's own where the index holds it this often in all: "Ahmed", 3,457 times أحمد.
_OWN_SPELLING = 100


def _spells_another(folded: str, arabic: str) -> bool:
    """Is the folded Latin name a spelling the romanizer's index knows well, and of Arabic names other than this
    word (less than 1 in 20 of its uses)?"""
    owners = _latin_owners().get(folded, {})
    total = sum(owners.values())
    if total < _OWN_SPELLING:
        return False
    from arabic_name_romanizer.normalize import lookup_key

    return owners.get(lookup_key(normalize_ar(arabic)), 0) < 0.05 * total


@lru_cache(maxsize=1)
def _latin_owners() -> dict[str, dict[str, int]]:
    """Each folded Latin spelling in the romanizer's index (units seen three times or more), with the Arabic name
    words it spells and how often: the reverse of _romanized, read once (about 13,000 rows)."""
    tr = _transliterator(False)
    if tr.index is None:
        return {}
    out: dict[str, dict[str, int]] = {}
    for key, latin, count in tr.index.conn.execute("SELECT arabic_key, latin, count FROM units WHERE count >= 3"):
        spelt = out.setdefault(_fold_latin(latin), {})
        spelt[key] = spelt.get(key, 0) + count
    return out


def _openings_clash(folded: str, arabic: str) -> bool:
    """An Arabic name that opens with alif and a consonant opens with a vowel (أحمد Ahmad, أسامة Osama): a Latin
    one that opens with a single consonant is another (Hamad, Hammad حماد). Before two consonants the alif may be
    the vowel that opens a cluster (Brahim إبراهيم, Smail إسماعيل). (Folded Latin, the article off.)"""
    ar = normalize_ar(arabic)
    ar = ar[2:] if ar.startswith("ال") and len(ar) > 4 else ar
    return len(ar) > 2 and ar[0] == "ا" and ar[1] not in "اوي" and folded[:1] not in "aeiouy" and folded[1:2] in "aeiouy"


def _endings_clash(folded: str, arabic: str) -> bool:
    """A nisba ends in ي, which English writes -i (Hosni حسني, al-Hariri الحريري): "Hassani" is no حسن, nor
    "Hassan" الحسني. (Folded Latin; a final ى, as in موسى، يحيى, is a vowel both scripts may end in.)"""
    ar = normalize_ar(arabic)
    if len(folded) < 4 or len(ar) < 3 or re.sub("[\u064b-\u065f\u0670]", "", arabic).endswith("ى"):
        return False
    latin_i = folded[-1] in "iy" and folded[-2] not in "aeiouy"
    # (English leaves a final ع unwritten: Saree سريع, Rabee ربيع end in the sound of ي.)
    return latin_i != ar.endswith(("ي", "يع")) and (latin_i or folded[-1] not in "aeiouy")


# (_latin_shape marks with "d" an i or y that may be a diphthong Arabic writes اي: Kyle كايل, Mike مايك.)
_LATIN_VOWELS = {"a": "a", "e": "ia", "i": "ia", "y": "ia", "o": "ua", "u": "ua", "w": "ua"}
_Sound = tuple[frozenset[str], str, bool]  # (consonants it may be, vowel classes it may be, may go unwritten)


def _latin_shape(word: str) -> list[_Sound]:
    """The Latin sounds in order; a vowel or an optional h may go unwritten in Arabic, v may be و or ف, j ي."""
    base = _latin_base(word)
    w = re.sub(r"(.)\1+", r"\1", base)
    silent_end = re.search(r"(?<=oi)s$", w)  # (French: Dubois دوبوا, François فرانسوا)
    out: list[_Sound] = []
    i = 0
    while i < len(w):
        if w[i] == "w" and i == 0 and w[1:2] in _VOWELS:
            out.append((frozenset("f"), "u", False))  # (a first w is written: Walker ووكر, Wagner فاغنر)
            i += 1
        elif w[i] in _LATIN_VOWELS:
            # (i and y before a consonant may be a diphthong Arabic writes اي, Kyle كايل; a final i is no
            # diphthong, Chi, nor one before a vowel, Eliot)
            diphthong = i > 0 and w[i] in "iy" and (w[i + 1 : i + 2] not in ("", *_VOWELS) or w[i] == "y" and i + 1 < len(w))
            out.append((frozenset(), _LATIN_VOWELS[w[i]] + ("d" if diphthong else ""), True))
            i += 1
        elif w[i] == "h":
            h = _latin_h(w, i)
            if "h" in h:
                out.append((frozenset({"h"}), "", "" in h))
            i += 1
        else:
            g, sounds = next(((g, s) for g, s in _LATIN_SOUNDS if w.startswith(g, i)), (w[i], ()))
            sounds = _SOFT_C if g == "c" and w[i + 1 : i + 2] in ("e", "i", "y") else sounds
            sounds = (*sounds, "Z") if _voiced_s(w, i) and "ss" not in base else sounds
            # (v may be written و, and j the ي of its glide: Tajani تاياني)
            vowel = "u" if g == "v" else "i" if g == "j" and _glide_j(w, i) else ""
            silent = _silent_l(w, i) or silent_end is not None and i == silent_end.start()
            out.append((frozenset(sounds) - {""}, vowel, silent))
            i += len(g)
    if w.endswith("s") and out and "s" in out[-1][0]:
        out[-1] = (out[-1][0] | {"z"}, out[-1][1], out[-1][2])  # (a final s sounds z: Ives آيفز)
    return out


def _arabic_shape(word: str) -> list[_Sound]:
    """The Arabic consonants and long vowels in order (a first alif only carries the vowel; a first و or ي may be
    the Latin's first vowel or its w or y, or go unwritten there)."""
    out: list[_Sound] = []
    letters = _arabic_letters(word)
    for k, c in enumerate(letters):
        if c in "اوي" and (k > 0 or c != "ا"):
            # (the first ي of a Russian "-ييف" may be the glide of its e, which Latin leaves unwritten: Gabuev
            # غابوييف; not in a short word, كييف, nor a hamza's seat normalised to ي, هيئات)
            glide = k == len(letters) - 3 and word.endswith("ييف") and sum(x in _AR_SOUNDS for x in letters) >= 3
            out.append((frozenset(), {"ا": "a", "و": "u", "ي": "i"}[c], k == 0 or glide))
        elif c in _AR_SOUNDS:
            out.append((frozenset(_AR_SOUNDS[c]) - {""}, "", "" in _AR_SOUNDS[c]))
    return out


@lru_cache(maxsize=200_000)
def _shape_cost(latin: str, arabic: str) -> float:
    """Edits to align the Arabic consonants and long vowels, in order, with the Latin sounds: a Latin short
    vowel costs nothing, an extra or different consonant costs 1, an Arabic long vowel with no Latin vowel in
    its place cannot be (ا may render any Latin vowel)."""
    lat, ar = _latin_shape(latin), _arabic_shape(arabic)
    inf = float("inf")
    cost = [[inf] * (len(lat) + 1) for _ in range(len(ar) + 1)]
    cost[0][0] = 0
    for i in range(len(ar) + 1):
        for j in range(len(lat) + 1):
            c = cost[i][j]
            if c == inf:
                continue
            if j < len(lat):  # a Latin sound Arabic does not write
                cost[i][j + 1] = min(cost[i][j + 1], c + (0 if lat[j][2] else 1))
            if i < len(ar):
                acons, avow, silent = ar[i]
                if not avow or silent:  # an Arabic consonant the Latin does not write (ع may go unwritten)
                    cost[i + 1][j] = min(cost[i + 1][j], c + (0 if silent else 1))
                if j < len(lat):
                    cons, vow, _ = lat[j]
                    if avow:
                        step = 0 if vow and (avow == "a" or avow in vow) else inf
                        if "d" in vow and avow == "a" and i + 1 < len(ar) and ar[i + 1][1] == "i":
                            cost[i + 2][j + 1] = min(cost[i + 2][j + 1], c)  # (one Latin i as اي: Kyle كايل)
                    else:
                        step = inf if not cons else 0 if acons & cons else 1
                    cost[i + 1][j + 1] = min(cost[i + 1][j + 1], c + step)
    return cost[len(ar)][len(lat)]


@lru_cache(maxsize=200_000)
def _arabic_is(a: str, b: str) -> bool:
    """Two Arabic spellings of one name: equal, or spelling variants of a foreign name (ترمب/ترامب,
    غوتيريش/غوتيريس). Established Arabic names are spelt one way (سلمان is not سليمان)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or _romanized(a)[1] >= _WELL_ATTESTED or _romanized(b)[1] >= _WELL_ATTESTED:
        return False
    if any(len(s) >= 3 for s in _arabic_skeletons(a) & _arabic_skeletons(b)):
        return True
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85


# -- queries ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    """One unit of a name as the reader typed it."""

    text: str  # Latin lower case, or normalised Arabic
    arabic: bool = False
    bin: bool = False
    forms: tuple[str, ...] = ()  # Arabic spellings
    mother: bool = False  # "Umm Mohamed"
    definite: bool = False  # written after "al-": "al-Tayeb" is الطيب, not the طيب of "رجب طيب أردوغان"


@dataclass(frozen=True)
class _Role:
    forms: frozenset[tuple[str, ...]]
    kind: str
    mod: tuple[str, ...] | None = None
    domains: frozenset[int] = frozenset()


@lru_cache(maxsize=1)
def _courtesy_forms() -> frozenset[tuple[str, ...]]:
    """Titles of courtesy ("Dr", "Mr", "Professor"), which say nothing of the office a mention names."""
    return frozenset((_key(w),) for w in "أستاذ سيد دكتور بروفسور بروفيسور مهندس".split())


def _role_ok(r: _Role, h: _Head) -> bool:
    if r.kind == "rep-any":
        return h.kind in ("rep", "rep-any") and h.mod is None
    # "الخارجية" alone is the foreign ministry: a body named by a ministry's domain is that ministry, and the body
    # a reader names by its domain ("the army", "the police") is any body of that domain. "المعارضة" (the
    # opposition) is no ministry, nor the government.
    named_by_domain = h.form == ("#domain",) and (_key("وزارة"),) in r.forms and bool(h.domains & _lex().ministry_domains)
    same_body = r.kind == "body" and h.kind == "body" and (named_by_domain or ("#domain",) in r.forms)
    return (
        (h.form in r.forms or same_body)
        and h.mod == r.mod
        and r.domains <= h.domains
        # (a spokesman of any kind is a spokesman: "الناطق العسكري باسم كتائب القسام")
        and (bool(r.domains) or not h.domains or h.kind in ("umbrella", "body", "rep"))
    )


def _name_is(q: _Name, u: _Unit, qualifier: bool = False, given: bool = False, joined: bool = False) -> bool:
    if u.bin and not q.bin and not q.arabic and not qualifier and q.text[:3] in ("ben", "bin") and len(q.text) > 4:
        # "Benali", "Benkhadra": the Maghrebi spelling joins بن to the father's name.
        return _name_is(replace(q, text=q.text[3:], bin=True), u)
    if (q.bin != u.bin or q.mother != u.mother) and not qualifier:
        return False
    if q.definite and not u.text.startswith(("ال", "آل", "أل")):
        return False  # ("al-Tayeb" is no name without the article: "رجب طيب أردوغان" is not him)
    forms = u.quals if qualifier else u.names
    if q.arabic:
        return any(_arabic_is(a, b) for a in q.forms for b in forms)
    if joined:
        return any(_latin_is(q.text, f, given=given, slack=False) for f in forms)
    same = _latin_may_be if given else _latin_is
    # (As written too: the romanizer knows "رئيسي" as Raisi, not the normalised "رييسي".)
    if any(same(q.text, f) for f in forms) or not qualifier and " " not in u.text and same(q.text, u.text):
        return True
    # (A given name before the surname may be the article's in its other English form: "Larry Summers" is "لورانس
    # سامرز", "William Burns" may be "بيل بيرنز".)
    return given and not qualifier and any(_latin_is(n, f, given=True) for n in _english_forms(q.text) for f in forms)


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=4096)
def _english_forms(given: str) -> frozenset[str]:
    """The other English forms of a given name: the names it shortens and its own nicknames (nicknames' data)."""
    nn = _nicknamer()
    return frozenset(nn.canonicals_of(given) | nn.nicknames_of(given)) - {given}


def _joined(a: _Unit, b: _Unit) -> _Unit:
    return _Unit(f"{a.text} {b.text}", (a.names[-1] + b.names[-1], a.names[0] + b.names[0]), ())


# Whom a spokesman speaks for: the words after "باسم" up to a comma ("باسم وكالة ناسا، X").
_SPOKEN_FOR = re.compile(r"باسم\s+([^،,()]+)")
_EN_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ul"}
_EN_JOINING = {"abu", "abou", "aboul", "abul", "abo", "abi", "abd", "abdel", "abdul", "abdal", "abdol"}
_EN_MOTHER = {"umm", "um", "oum"}
_EN_BIN = {"bin", "ibn", "ben", "bint", "b"}
_EURO_PARTICLES = {
    "le",
    "la",
    "de",
    "du",
    "da",
    "di",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "dos",
    "das",
    "st",
    "saint",
    "mac",
    "o",
    "new",  # (a place's "New", which Arabic writes joined: New York نيويورك, New Delhi نيودلهي)
}
_EN_STOP = {
    "the",
    "a",
    "an",
    "and",
    "his",
    "her",
    "its",
    "their",
    "said",
    "says",
    "say",
    "what",
    "did",
    "about",
    "former",
    "acting",
    "interim",
    "then",
    "current",
    "new",
    "top",
    "senior",
    "special",  # (the special envoy ~ المبعوث الخاص, which is also just an envoy)
    "unnamed",
    "anonymous",
    "&",
}
_EN_PREPS = {"of", "for", "to", "at", "in", "from", "with", "on", "by"}
_EN_PLACES = {"to", "in", "at", "for"}  # ("the special envoy for Sudan": where he is sent)


# What an English adjective of nationality adds to the name: Russia-n, Iran-ian, Leban-ese, Turk-ish, Iraq-i.
_DEMONYM_ENDINGS = {"", "n", "an", "ian", "ean", "ese", "ish", "i", "ic"}


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle"}


@lru_cache(maxsize=4096)
def _demonym(word: str) -> str | None:
    """The country of an English adjective, by prefix against CLDR's English names: Russian → Russia,
    Saudi → Saudi Arabia, North Korean → North Korea (irregular ones are in country_aliases.tsv). The
    adjective keeps all but two letters of the name (or of its first word) and adds a demonym ending."""
    best: tuple[int, int, str] | None = None
    for name, code in _lex().english_countries:
        # (Or its first words, "Saudi" of Saudi Arabia, "Central African"; not a compass word alone: "Western" is no
        # Western Sahara.)
        words = name.split()
        for target in {name} | {" ".join(words[:n]) for n in range(1, len(words)) if " ".join(words[:n]) not in _COMPASS}:
            lcp = 0
            for a, b in zip(word, target, strict=False):  # the common prefix of two lengths
                if a != b:
                    break
                lcp += 1
            ending = word[lcp:]
            if (
                lcp >= max(4, len(target) - 2)
                and ending in _DEMONYM_ENDINGS
                # (No ending: the name or all but its last letter, "Saudi", "German"; "Jamai" is no Jamaican.)
                and (ending or lcp >= len(target) - 1)
                and (best is None or lcp > best[0])
            ):
                best = (lcp, -len(name), code)
    return best[2] if best else None


def _latin_units(pieces: list[tuple[str, bool]]) -> list[tuple[_Name, ...]]:
    """Name units of Latin words (text, joined to the previous one by a hyphen), as one or more readings.
    Articles go (al-Jubeir → jubeir); Abu and Abdel join the next word (Aboul Gheit → aboulgheit) as
    hyphenated words join (Jong-un → jongun); bin marks the next word as a father's name; a European particle
    is read both joined to the next word (Le Drian → ledrian ~ لودريان) and as a word of its own (Del Harvey)."""
    if not pieces:
        return [()]
    word, rest = pieces[0][0].lower().rstrip("."), pieces[1:]
    if not rest:
        return [(_Name(word),)]
    if word in _EN_ARTICLES:
        return [(replace(r[0], definite=True),) + r[1:] if r else r for r in _latin_units(rest)]
    if word in _EN_BIN:
        if rest[0][0].lower() in _EN_ARTICLES and len(rest) > 1:
            rest = rest[1:]
        n = 2 if rest[0][0].lower() in _EN_JOINING and len(rest) > 1 else 1  # ("bin Abdul Rahman")
        father = _Name(_latin_units(rest[:n])[0][0].text, bin=True)
        return [(father,) + r for r in _latin_units(rest[n:])]
    if word in _EN_MOTHER:
        return [(_Name(_latin_units(rest[:1])[0][0].text, mother=True),) + r for r in _latin_units(rest[1:])]
    if word in _EN_JOINING or rest[0][1]:
        j = 1
        while j < len(rest) and rest[j][1]:
            j += 1
        joined = word + "".join(p[0].lower() for p in rest[:j])
        return [(_Name(joined),) + r for r in _latin_units(rest[j:])]
    if word in _EURO_PARTICLES:
        # (French "le" is written لو: Le Pen لوبان, Le Maire لومير.)
        spellings = (word, "lu") if word == "le" else (word,)
        merged = [(_Name(w + rest[0][0].lower()),) + r for w in spellings for r in _latin_units(rest[1:])]
        return merged + [(_Name(word),) + r for r in _latin_units(rest)]
    return [(_Name(word),) + r for r in _latin_units(rest)]


def _with_nasab(readings: list[tuple[_Name, ...]]) -> list[tuple[_Name, ...]]:
    """Arabic writers often stop a name at its "bin" part: "Mohammed bin Rashid Al Maktoum" is محمد بن راشد.
    So a name ending in bin X + a family name is also read with bin X as its last name; the family name
    then only must not be contradicted (محمد بن راشد آل خليفة is someone else)."""
    out = list(readings)
    for r in readings:
        if len(r) >= 3 and r[-2].bin and not r[-1].bin:
            out.append(r[:-2] + (r[-1], r[-2]))
    return out


@dataclass(frozen=True)
class NameQuery:
    """A speaker as the reader named them: a name, a role, a body, or a mix ("Egypt's foreign minister")."""

    phrase: str
    names: tuple[tuple[_Name, ...], ...] = ()  # readings of the name; the last unit of each is the surname
    acronym: str | None = None
    roles: tuple[_Role, ...] = ()
    orgs: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    quals: tuple[_Name, ...] = ()  # words that qualify the role: Dubai in "the ruler of Dubai"
    places: frozenset[str] = frozenset()  # countries where the role is held or sent: Yemen in "the UN envoy to Yemen"
    feminine: bool = False  # an Arabic title in the feminine ("النائبة"، "الوزيرة"): a woman is asked for
    # The name without the common noun the reader put after it ("the Wagner Group": Wagner), for a body whose
    # Arabic name that noun opens ("مجموعة فاغنر"; the roles.tsv rows it may be), and for no one else.
    body_names: tuple[tuple[_Name, ...], ...] = ()
    body_rows: frozenset[int] = frozenset()
    regnal: int = 0  # "Mohammed VI": only a mention with that ordinal after the name ("محمد السادس")
    junior: bool = False  # "Donald Trump Jr.": only a mention with "الابن" after the name, and without it, never

    @classmethod
    def parse(cls, phrase: str) -> NameQuery:
        return _parse(phrase.strip())

    @property
    def is_role_only(self) -> bool:
        """A title or role and no name ("the Emir", "the spokesman", "the Saudi foreign minister")."""
        return bool(self.roles) and not self.names and not self.acronym

    @property
    def is_surname_only(self) -> bool:
        """One name word and nothing else ("Ghannouchi"): a family name several relatives may share."""
        return (
            bool(self.names)
            and all(len(r) == 1 for r in self.names)
            and not (self.roles or self.orgs or self.countries or self.quals or self.acronym)
        )

    def is_ambiguous_for(self, *, surname_shared: bool, family_name_only: bool) -> bool:
        """Does this name, though it matches a person's forms, not tell that person from another of the article?
        A bare family name the article gives two people (surname_shared: "Ghannouchi" when it quotes Rached's
        daughter Yousra Ghannouchi); or a full name, for a person the article names only by a family name two
        given names bear (family_name_only: "وقال الحريري" beside Saad and Bahaa al-Hariri is no "Bahia Hariri")."""
        if self.is_surname_only:
            return surname_shared
        return bool(self.names) and family_name_only

    def matches(self, mentions: Sequence[str]) -> bool:
        if self.is_role_only:
            # "the WHO chief" is not its regional director, "the president" not the former one; and "the former
            # prime minister" is one the article calls former ("رئيس الحكومة الأسبق"), not the one in office.
            asked = self.phrase.lower()
            narrowing = {en for en in _NARROWING.values() if re.search(rf"\b{en}\b", asked)}
            mentions = [m for m in mentions if set(_narrowed(m)) == narrowing]
        named = [m for m in mentions if m and m.strip()]
        if self.feminine and not self.names and not any(_feminine_title(m) for m in named):
            # "ماذا قالت النائبة؟" asks for a woman: not the MP the article calls "النائب" (a woman may be given a
            # masculine title, so the reader's masculine one still finds her).
            return False
        # ("وزارة الدفاع الأمريكية (البنتاغون)": what the brackets hold is another name of the same speaker; but a
        # body's acronym is no person's family name: "Lin Jian" is not "هيئة البث الإسرائيلية (كان)".)
        full_name = bool(self.names) and all(len(reading) > 1 for reading in self.names)
        named += [inner for m in named if not (full_name and not own_name(m)) for inner in bracketed(m)]
        ms = [_analyse(m) for m in named]
        if self.regnal:
            ms = [m for m in ms if any(u.regnal == self.regnal for u in m.speaker.units())]
        if self.names:
            ms = [m for m in ms if any(u.junior for u in m.speaker.units()) == self.junior]
        if not ms:
            return False
        if any(self._body_named(m) for m in ms):
            return True
        if not self.roles and any(self._spoken_for(x, m) for x, m in zip(named, ms, strict=True)):
            return True
        countries = set().union(*(m.speaker.countries for m in ms))
        if self.countries and countries and not (self.countries & countries) and (self.names or self.roles):
            return False  # "the Jordanian foreign minister" is not وزير الخارجية المصري
        # A name with a role ("المحلل في الشركة محمد"، "President Putin") is found as the mention's family name, or
        # as another of its names only where the role agrees too: the analyst Mohammed is not the minister محمد العسعس.
        described = any(not r.forms <= _courtesy_forms() for r in self.roles) or bool(self.quals)
        if self.names and any(self._name_in(reading, ms, final=described) for reading in self.names):
            # Only part of a described name ("رئيس المفوضية موسى فقي محمد" found as "محمد"): not where the mention
            # gives a title the asked one does not agree with ("المحلل في الشركة محمد").
            # (A royal is asked for by a given name: with a title the mention's contradicts, that one word is not
            # enough, "King Abdullah" is not "محافظ البنك المركزي حسن عبد الله", the governor whose family name it is.)
            royal_forms = {f[0] for r in self.roles for f in r.forms if f[:1] and f[0] in _ROYAL_HEADS}
            # (unless the mention has that word as a given name: "Amir Hassan" ~ "المستشار أمير حسن")
            royal = bool(royal_forms) and not any(royal_forms & set(u.names) for m in ms for run in m.speaker.runs for u in run)
            whole = any(self._name_whole(reading, ms) and (len(reading) > 1 or not royal) for reading in self.names)
            # (A royal's one name is his given name: "Hassan Abdalla" is not "الملك عبد الله الثاني", whom only his
            # surname would find.)
            found_in = [m for m in ms if any(self._name_in(reading, [m], final=described) for reading in self.names)]
            if not whole and all(len(reading) > 1 for reading in self.names) and all(map(_royal_by_given_name, found_in)):
                return False
            return whole or not self.roles or not any(m.speaker.heads for m in ms) or any(self._role_in(m, countries) for m in ms)
        if described and self.names and any(self._name_in(reading, ms) for reading in self.names):
            return any(self._role_in(m, countries) for m in ms) if self.roles else False
        if self.acronym and self._initials_in(ms):
            return True
        if self.names and not self.roles and any(self._name_ends(reading, named) for reading in self.names if len(reading) > 1):
            return True
        if self.names or self.acronym:
            return False
        if self.roles:
            return any(self._role_in(m, countries) for m in ms)
        if self.orgs or self.countries:
            # "What did Morocco say?" is answered by "الرباط" too (country_named); never by a nisba alone,
            # which names a person ("السوداني" is al-Sudani, or "the Sudanese"), not the country.
            capital = not self.orgs and any({country_named(x)} == set(self.countries) for x in mentions)
            return capital or any(self._body_is(m) for m, x in zip(ms, named, strict=True) if not _nisba_alone(x))
        return False

    def best_matches(self, found: Mapping[K, Sequence[str]]) -> set[K]:
        """Of the people found (their key and forms), those the reader most likely means. A one-word name asked
        ("Simeone") names by a family name, the last of their name words, where any does: not those it matched only
        before another name word, their given name ("سيمون ستيل", Simon Stiell). A title asked in the feminine in
        English ("the State Department spokeswoman") means those the article gives a feminine title, where any has
        one: not the spokesman (an Arabic article may give a woman the masculine title, so it is a preference)."""
        keys = set(found)
        if self.is_surname_only:
            keys = {k for k in keys if not self._given_only(found[k])} or keys
        if not self.names and not ARABIC_LETTER.search(self.phrase) and re.search(r"(?i)\w+wom[ae]n\b", self.phrase):
            keys = {k for k in keys if any(_feminine_title(m) for m in found[k])} or keys
        return keys

    def _given_only(self, mentions: Sequence[str]) -> bool:
        """Does the one name asked stand in these mentions only before another of their name words?"""
        hits = [
            (i, len(run))
            for reading in self.names
            for m in mentions
            if m and m.strip()
            for run in _analyse(m).speaker.runs
            for i in self._cover(reading[-1], run)
        ]
        return bool(hits) and all(i < n - 1 for i, n in hits)

    def _spoken_for(self, mention: str, m: _Mention) -> bool:
        """Is the mention a named body's spokesman ("المتحدثة باسم وكالة ناسا، شيريل وارنر") and the body the one
        asked for ("NASA")? A body speaks through its spokesman; a person's spokesman is not that person."""
        principal = m.principal
        if m.rep is None or m.rep.kind != "rep" or principal is None or principal.first is None:
            return False
        if principal.first.kind not in ("desc", "org"):
            return False
        body = _SPOKEN_FOR.search(mention)
        return body is not None and self.matches([body.group(1)])

    def _body_named(self, m: _Mention) -> bool:
        """Is the mention a body whose common noun is one the reader wrote after its name, and its own name the
        rest of what the reader wrote ("the Wafd party" ~ "حزب الوفد")?"""
        first = m.speaker.first
        if first is None or first.kind != "desc" or first.row not in self.body_rows:
            return False
        # (Its own name only: "كتيبة جنين التابعة لسرايا القدس" is no "Quds Brigades", whose it is.)
        return any(all(self._cover(q, run) for q in reading) for reading in self.body_names for run in m.speaker.runs)

    def _name_in(self, reading: tuple[_Name, ...], ms: list[_Mention], final: bool = False) -> bool:
        """Is this reading of the name one of the mentions' names? final: its surname must be the run's last."""
        found = False
        for m in ms:
            for run in m.speaker.runs:
                cover = [self._cover(q, run, given=k < len(reading) - 1) for k, q in enumerate(reading)]
                if not cover[-1] or final and len(run) - 1 not in cover[-1]:
                    continue  # the surname must be there
                # A given name comes before the surname, in both scripts: "Moussa" is not the family name after
                # the محمد that "Mohamed" found ("Moussa Faki Mohamed" is not محمد العسعس).
                cover[:-1] = [c if not c or min(c) < max(cover[-1]) else set() for c in cover[:-1]]
                explained = set().union(*cover)
                unmatched = [q for q, c in zip(reading, cover, strict=True) if not c]
                if unmatched and set(range(len(run))) - explained:
                    return False  # "Adel al-Jubeir" is not خالد الجبير
                found = True
        return found

    def _name_ends(self, reading: tuple[_Name, ...], mentions: list[str]) -> bool:
        """Do a whole name's words end a mention that gives a body's name and no person's ("الرئيس التنفيذي لشركة
        إنفيديا جنسن هوانغ": neither word known, they were read as more of the company's name)? Asked by given and
        family name, the mention's last words are that person's, whatever a body's name would have held."""
        for mention in mentions:
            words = ARABIC_WORD.findall(mention)
            m = _analyse(mention)
            # (A definite word opens no person's name there: "مسؤول في الديوان الملكي" is not "Al-Diwan Elmelki"; and a
            # body's own name stands before it: after a title, "مدير حملة المرشح كمال نصار", it is the candidate's.)
            qualified = [w for u in m.speaker.quals for w in u.text.split()]
            if (
                len(words) <= len(reading) + 1
                or m.speaker.runs
                or len(qualified) <= len(reading)
                or words[-len(reading)].startswith("ال")
                or words[-len(reading) - 1].startswith("ال")
            ):
                continue
            if self._name_whole(reading, [_analyse(" ".join(words[-len(reading) :]))]):
                return True
        return False

    def _name_whole(self, reading: tuple[_Name, ...], ms: list[_Mention]) -> bool:
        """Is every word of this reading of the name among one of the mentions' names?"""
        return any(
            all(self._cover(q, run, given=k < len(reading) - 1) for k, q in enumerate(reading))
            for m in ms
            for run in m.speaker.runs
        )

    @staticmethod
    def _cover(q: _Name, run: list[_Unit], given: bool = False) -> set[int]:
        hit = {i for i, u in enumerate(run) if _name_is(q, u, given=given)}
        if not q.bin:  # one Latin word may be two Arabic ones (Çavuşoğlu ~ تشاوش أوغلو, Jean-Yves ~ جان إيف)
            # (Only where neither word is the name alone: "Mohamed" is محمد, not محمد العسعس read as one; but a
            # theophoric name is one with its "الله": "Fadlallah" is فضل الله, though it may sound like فضل.)
            alone = set(hit)
            for i in range(len(run) - 1):
                if (
                    (not {i, i + 1} & alone or run[i + 1].names[:1] and run[i + 1].names[0] in _GOD)
                    and not run[i].bin
                    and not run[i + 1].bin
                    and _name_is(q, _joined(run[i], run[i + 1]), given=given, joined=True)
                ):
                    hit |= {i, i + 1}
        return hit

    def _initials_in(self, ms: list[_Mention]) -> bool:
        """MBS: consecutive name words whose romanised initials spell the acronym (محمد بن سلمان)."""
        acr = self.acronym or ""
        for m in ms:
            for run in m.speaker.runs:
                words = [w for u in run for w in u.text.split()]
                for s in range(len(words) - len(acr) + 1):
                    if all(acr[k].lower() in _initials(words[s + k]) for k in range(len(acr))):
                        return True
        return False

    def _role_in(self, m: _Mention, person_countries: set[str]) -> bool:
        reps = [r for r in self.roles if r.kind in ("rep", "rep-any")]
        titled = any(r.kind != "body" for r in self.roles)  # (a body alone is never found in a title's genitive)
        # (a head of state asked for by title alone, no body or qualifier saying whose president: _heads_a_body)
        state_head = (
            any(_PRESIDENT_OF_STATE in r.forms for r in self.roles)
            and not self.quals
            and all(r.kind != "body" for r in self.roles)
        )
        # (and a chairman heads a body: "the chairman" is no head of state, "الرئيس الجزائري عبد المجيد تبون")
        chair = any(_BOARD_CHAIR in r.forms for r in self.roles) and not any(_PRESIDENT_OF_STATE in r.forms for r in self.roles)
        if reps:  # "the foreign ministry spokesman": the spokesman, and the ministry among whom he speaks for
            others = [r for r in self.roles if r not in reps]
            # ("المحامي مختار الجماعي": a representative named, for no one the mention says.)
            rep = m.rep or next((h for h in m.speaker.heads if h.kind in ("rep", "rep-any")), None)
            principal = m.principal if m.rep is not None else _Part()
            # ("the army spokesman": the army is what "المتحدث باسم الجيش" speaks for, not a kind of spokesman.)
            if rep is None or not all(
                _role_ok(r, rep)
                or r.domains
                and _role_ok(replace(r, domains=frozenset()), rep)
                and any(r.domains <= h.domains for h in principal.heads)
                for r in reps
            ):
                return False
            if not all(any(_role_ok(r, h) for h in principal.heads) or _org_is_a(r, principal.orgs) for r in others):
                return False
            where = principal
        elif all(
            any(
                _role_ok(r, h)
                # (the head of a party or a federation is no head of state: "the Lebanese president" is not "رئيس
                # حزب القوات اللبنانية"; "the club president" and "the federation president" may be)
                and not (state_head and r.kind != "body" and _heads_a_body(m.speaker, h))
                and not (chair and h.form == _PRESIDENT and not _heads_a_body(m.speaker, h))
                for h in m.speaker.heads + (m.speaker.of if r.kind == "body" and titled else [])
            )
            for r in self.roles
        ):
            where = m.speaker  # ("the central bank governor": محافظ البنك المركزي, the bank in his title's genitive)
        elif (
            all(r.kind == "body" for r in self.roles)
            and m.rep is not None
            and m.rep.kind == "rep"
            and m.rep.mod is None
            and all(any(_role_ok(r, h) for h in m.principal.heads) for r in self.roles)
        ):
            where = m.principal  # a body speaks through its spokesman (not so a president: his is someone else)
        else:
            return False
        # ("the Hezbollah source": "مصدر مقرب من حزب الله", whom he is close to says which source he is.)
        near = m.principal if where is m.speaker and m.rep is not None and m.rep.kind == "near" else _Part()
        if not self.orgs <= where.orgs | near.orgs:
            return False
        # The country must be said: in this mention, or in another mention of the same person (وزير الخارجية
        # and الوزير البحريني). A bare وزير الخارجية may be any country's minister (an article about Bahrain
        # quotes the Emirati minister as "وزير الخارجية"), so it does not match "Bahrain's foreign minister".
        if not self.countries <= (where.countries or near.countries or person_countries):
            return False
        if not self.places <= set().union(where.places, *(p.places for p in (m.speaker, m.principal))):
            return False  # "the UN envoy to Yemen" is not the envoy to Syria
        units = where.units()
        # (one Latin word may be two Arabic ones there too: "TikTok" ~ "تيك توك")
        pairs = [_joined(a, b) for a, b in itertools.pairwise(where.quals)]
        return all(
            any(_name_is(q, u, qualifier=True) for u in units) or any(_name_is(q, u, joined=True) for u in pairs)
            for q in self.quals
        )

    def _body_is(self, m: _Mention) -> bool:
        """The body itself (منظمة الصحة العالمية), or its spokesman (المتحدث باسم الجامعة العربية)."""
        # (A source close to it is not the body: "مصادر مقربة من حزب الله".)
        speaks_for = m.rep is not None and m.rep.mod is None and m.rep.kind != "near"
        for part in (m.speaker, m.principal if speaks_for else None):
            if part is None or part.first is None or part.runs:
                continue  # "الفرنسية ميلينا بوغدير" is a Frenchwoman, not France
            if self.orgs and part.first.kind == "org" and self.orgs <= part.orgs and not self.countries:
                return True
            if self.countries and not self.orgs and part.first.kind == "country" and part.countries == set(self.countries):
                return True
        return False


def is_royal_title(word: str) -> bool:
    """Is the word a royal's title ("الملك"، "الأمير"، "العاهل"), after which a name is a given name?"""
    return _key(word) in _ROYAL_HEADS


def _royal_by_given_name(m: _Mention) -> bool:
    """Does the mention name a royal by one name after the title ("الملك عبد الله الثاني"، "الأمير فيصل")?"""
    runs = m.speaker.runs
    return (
        bool(runs)
        and all(len(run) == 1 for run in runs)
        and any(h.form[:1] and h.form[0] in _ROYAL_HEADS for h in m.speaker.heads)
    )


def _org_is_a(role: _Role, orgs: set[str]) -> bool:
    """Is one of these bodies, by the noun its Arabic name opens with, what the role names ("المفوضية" for
    "مفوضية الأمم المتحدة السامية لشؤون اللاجئين")?"""
    lx = _lex()
    return role.kind == "body" and any(
        (_key(form.split()[0]),) in role.forms for org in orgs for form in lx.org_arabic.get(org, ())
    )


# Adjectives that narrow a title to another role, with the English a reader would add to mean that role.
_NARROWING = {normalize_ar(ar): en for ar, en in (("إقليمي", "regional"), ("سابق", "former"), ("أسبق", "former"))}


def _narrowed(mention: str) -> list[str]:
    return [_NARROWING[_fold(_key(w))] for w in mention.split() if _fold(_key(w)) in _NARROWING]


_FIRST_LETTERS = {"S": "sc", "j": "jg", "k": "kcq", "f": "fv", "'": "aeiou"}


@lru_cache(maxsize=65536)
def _initials(word: str) -> frozenset[str]:
    """Latin initials of an Arabic name word: of its attested spellings, else of its first sound."""
    spellings, _ = _romanized(word)
    if spellings:
        return frozenset(s[:1] for s in spellings if s)
    first = next(iter(_arabic_shape(word)), None)
    if first is None or not first[0]:
        return frozenset("aeiou")
    return frozenset(c for code in first[0] for c in _FIRST_LETTERS.get(code, code))


@lru_cache(maxsize=4096)
def _parse(phrase: str) -> NameQuery:
    if ARABIC_LETTER.search(phrase):
        return _parse_arabic(phrase)
    return _parse_english(phrase)


def _parse_arabic(phrase: str) -> NameQuery:
    m = _analyse(phrase)
    if m.rep is not None:
        p = m.principal
        roles = tuple(_Role(frozenset({h.form}), h.kind, h.mod, h.domains) for h in [m.rep] + p.heads)
        quals = tuple(_arabic_name(u, qualifier=True) for u in p.units())
        # ("المتحدث باسمها توماس رينييه": the spokesman's own name, which decides.)
        own = (tuple(_arabic_name(u) for u in m.speaker.runs[-1]),) if m.speaker.runs else ()
        return NameQuery(phrase, own, None, roles, frozenset(p.orgs), frozenset(p.countries), quals, frozenset(p.places))
    p = m.speaker
    names = (tuple(_arabic_name(u) for u in p.runs[-1]),) if p.runs else ()
    roles = tuple(_Role(_role_forms(h.form), h.kind, h.mod, h.domains) for h in p.heads)
    quals = tuple(_arabic_name(u, qualifier=True) for u in p.quals)
    places = frozenset(p.places)
    countries = frozenset(p.countries)
    words = ARABIC_WORD.findall(phrase)
    word = normalize_ar(words[0]) if len(words) == 1 else ""
    if not (names or roles or p.orgs) and word.startswith("ال") and word.endswith("ي") and is_nisba(word):
        # A nisba alone, with its article, asked for as a person ("ماذا قال السوداني؟") is a family name (محمد شياع
        # السوداني), as "Sudani" is: a nationality alone names no one.
        names, countries = ((_Name(word, arabic=True, forms=(word, word[2:])),),), frozenset()
    return NameQuery(phrase, names, None, roles, frozenset(p.orgs), countries, quals, places, _feminine_title(phrase))


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """The first words of the titles a person holds (وزير، نائب، متحدث), as stored: with ة, a woman's title."""
    return frozenset(
        _key(f.split()[0]) for kind, _, ar, _ in _role_rows() if kind in ("title", "umbrella", "rep") for f in ar.split("|")
    )


def _feminine_title(phrase: str) -> bool:
    """Does the phrase give a person's title in the feminine, with its ة ("النائبة"، "وزيرة الخارجية")?"""
    for word in ARABIC_WORD.findall(phrase):
        w = re.sub("[\u064b-\u065f\u0670\u0640]", "", word)  # (the harakat and tatweel, as rag.text strips them)
        if w.endswith("ة") and (_key(w) in _person_titles() or w[:1] == "و" and _key(w[1:]) in _person_titles()):
            return True
    return False


def _role_forms(form: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """A title a reader wrote in Arabic, with the other forms of its role where it has one role only ("مدرب" ~
    "مدير فني": the coach), as an English title has them all."""
    row = _unique_titles().get(form)
    return _lex().english_roles[row][1] | {form} if row is not None and row in _lex().english_roles else frozenset({form})


def _arabic_name(u: _Unit, qualifier: bool = False) -> _Name:
    return _Name(u.names[0], arabic=True, bin=u.bin, forms=u.quals if qualifier else u.names, mother=u.mother)


_REGNAL_VALUES = {roman(n): n for n in range(1, 40)}


def _parse_english(phrase: str) -> NameQuery:
    lx = _lex()
    pieces: list[tuple[str, bool, bool]] = []  # (word, joined by hyphen to the previous, owner boundary after)
    for tok in _EN_TOKEN.findall(phrase.replace("’", "'")):
        owner = tok.lower().endswith("'s")
        tok = tok[:-2] if owner else tok
        for k, piece in enumerate(p for p in tok.split("-") if p):
            pieces.append((piece, k > 0, False))
        if owner and pieces:
            pieces[-1] = (pieces[-1][0], pieces[-1][1], True)
    # A regnal number after a name ("King Abdullah II"): the Arabic mention's ordinal is no name word either.
    numerals = {k for k, p in enumerate(pieces) if k and p[0] in _REGNAL_VALUES and pieces[k - 1][0][:1].isupper()}
    regnal = next((_REGNAL_VALUES[pieces[k][0]] for k in sorted(numerals)), 0)
    juniors = {k for k, p in enumerate(pieces) if k and p[0].lower() in _EN_JUNIOR}  # ("Donald Trump Jr.")
    pieces = [p for k, p in enumerate(pieces) if k not in numerals | juniors]
    # Longest match of the lexicons over the words; the rest are names.
    items: list[tuple[str, _Entry | None, list[tuple[str, bool]], bool]] = []  # (kind, entry, words, owner part)
    owner_part = False
    place_next = False  # after "to", "in", "at": a country is where the role is held
    places: set[str] = set()
    i = 0
    boundary = max((k for k, p in enumerate(pieces) if p[2]), default=-1)
    while i < len(pieces):
        in_owner = i <= boundary or owner_part
        word = pieces[i][0]
        lw = word.lower().rstrip(".")
        if lw in _EN_PREPS and i > 0:
            owner_part = True
            place_next = lw in _EN_PLACES
            i += 1
            continue
        longer = any(
            tuple(p[0].lower().rstrip(".") for p in pieces[i : i + n]) in lx.english
            for n in range(2, min(6, len(pieces) - i) + 1)
        )
        # (But "top diplomat" is a role, and "Said" by a name is a name: Kais Said, Said Sayoud; so is "New" before
        # one: the New York Times.)
        by_name = (i > 0 and pieces[i - 1][0][:1].isupper()) or (i + 1 < len(pieces) and pieces[i + 1][0][:1].isupper())
        named_new = word == "New" and i + 1 < len(pieces) and pieces[i + 1][0][:1].isupper()
        if lw in _EN_STOP and not longer and not (word == "Said" and by_name) and not named_new:
            i += 1
            continue
        hit = None
        for n in range(min(6, len(pieces) - i), 0, -1):
            run = [p[0] for p in pieces[i : i + n]]
            entry = lx.english.get(tuple(w.lower().rstrip(".") for w in run))
            acr = word.replace(".", "")
            if n == 1 and entry is None and acr.upper() in lx.acronyms and (word.isupper() or len(acr) >= 4):
                entry = lx.english[(acr.upper(),)]  # "WHO" or "Fifa", but "who" and "un" are English words
            # (A nisba-like word alone, with no article, is a family name: "Sudani" is al-Sudani, not "Sudanese".)
            surname = len(pieces) == 1 and lw.endswith("i") and not phrase.lower().startswith("the ")
            if entry is None and n <= 2 and not surname:
                code = _demonym(" ".join(w.lower() for w in run))
                entry = _Entry("country", code) if code else None
            # ("Abdul-Malik al-Houthi": "al-" makes the word after it a family name, not the Houthis.)
            family = n == 1 and i > 0 and pieces[i][1] and pieces[i - 1][0].lower() in ("al", "el")
            if entry is not None and not (family and entry.kind == "org"):
                hit = (n, entry)
                break
        if hit:
            n, entry = hit
            if place_next and entry.kind == "country":
                places.add(entry.key)  # "the UN envoy to Yemen": where he is sent, not his nationality
            else:
                items.append((entry.kind, entry, [(p[0], p[1]) for p in pieces[i : i + n]], in_owner))
            i += n
        else:
            items.append(("word", None, [(word, pieces[i][1])], in_owner))
            i += 1
        place_next = False
    # A country word inside a name is part of the name ("Jordan Henderson").
    for k, (kind, _value, ws, own) in enumerate(items):
        if kind == "country" and len(ws) == 1:
            nxt = items[k + 1] if k + 1 < len(items) else None
            prv = items[k - 1] if k > 0 else None
            if (nxt and nxt[0] == "word" and nxt[2][0][0][:1].isupper()) or (prv and prv[0] == "word" and not prv[3]):
                items[k] = ("word", None, ws, own)
    # So is a one-word title between two name words: "Hassan Sheikh Mohamud" (حسن شيخ محمود).
    for k in range(1, len(items) - 1):
        kind, _value, ws, own = items[k]
        if (
            kind in _TITLES
            and len(ws) == 1
            and ws[0][0][:1].isupper()
            and all(it[0] == "word" and not it[3] and it[2][-1][0][:1].isupper() for it in (items[k - 1], items[k + 1]))
        ):
            items[k] = ("word", None, ws, own)
    roles: list[_Role] = []
    orgs: set[str] = set()
    countries: set[str] = set()
    domains: set[int] = set()
    implied_countries: set[str] = set()
    mod: tuple[str, ...] | None = None
    name_words: list[tuple[str, bool]] = []
    qual_words: list[tuple[str, bool]] = []
    first_role = next((k for k, it in enumerate(items) if it[0] in _TITLES + ("rep", "rep-any") and not it[3]), None)
    for k, (kind, entry, ws, own) in enumerate(items):
        if entry is None:  # a name's word; "Dubai's", "the Chelsea manager": words that qualify the role
            if own or (first_role is not None and k < first_role):
                qual_words += ws
            else:
                name_words += ws
        elif kind == "org":
            orgs.add(entry.key)
        elif kind == "country":
            countries.add(entry.key)
        elif kind == "domain":
            domains.add(entry.row)
        elif kind == "mod":
            mod = next(iter(lx.english_roles[entry.row][1]))
        elif kind in _TITLES + ("rep", "rep-any"):
            rkind, forms, implied = lx.english_roles[entry.row]
            roles.append(_Role(forms, rkind, mod, frozenset(implied)))
            mod = None
            if entry.row in lx.role_country:
                implied_countries.add(lx.role_country[entry.row])
    countries = countries or implied_countries  # "the State Department": the US's, unless the reader says whose
    if domains:
        if roles:
            main = next((k for k, r in enumerate(roles) if r.kind != "rep"), 0)
            r = roles[main]
            roles[main] = _Role(r.forms, r.kind, r.mod, r.domains | domains)
        else:
            roles.append(_Role(frozenset({("#domain",)}), "body", mod, frozenset(domains)))
    acronym = None
    if len(name_words) == 1 and re.fullmatch(r"[A-Z]{2,5}", name_words[0][0]):
        acronym = name_words[0][0]
    # ("the Wagner Group", "the Wafd party": a body's common noun after its name, which Arabic puts first;
    # "Hamas movement": after a body the lexicon knows, nothing more.)
    body_rows = lx.desc_english.get(name_words[-1][0].lower(), set()) if name_words else set()
    body_names = tuple(_latin_units(name_words[:-1])) if body_rows and len(name_words) > 1 else ()
    if body_rows and len(name_words) == 1 and orgs:
        name_words = []
    names = tuple(_with_nasab(_latin_units(name_words))) if name_words else ()
    # "al-" holds only for a family name asked alone ("al-Tayeb" is no طيب); with a given name the name is found
    # as the article wrote it, which may drop the article the English keeps ("Ahmad Al-Abdullah Al-Sabah").
    names = tuple(r if len(r) == 1 else tuple(replace(u, definite=False) for u in r) for r in names)
    quals = tuple(u for reading in (_latin_units(qual_words)[:1] if qual_words else []) for u in reading)
    if not roles and quals and not names:
        names, quals = (quals,), ()
    return NameQuery(
        phrase,
        names,
        acronym,
        tuple(roles),
        frozenset(orgs),
        frozenset(countries),
        quals,
        frozenset(places),
        body_names=body_names,
        body_rows=frozenset(body_rows),
        regnal=regnal,
        junior=bool(juniors),
    )


# -- helpers for the rest of the app ------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def country_of(word: str) -> str | None:
    """The country (ISO code) a word names: an English name or adjective, singular or plural ("Egypt",
    "Palestinians" → PS), or an Arabic word, normalised and without the article ("مصر", "فلسطيني")."""
    lx = _lex()
    if ARABIC_LETTER.search(word):
        entries = [e for words, e in lx.arabic.get(_fold(_key(word)), []) + lx.arabic.get(_key(word), []) if len(words) == 1]
        return next((e.key for e in entries if e.kind == "country"), None)
    w = word.lower()
    for form in (w, w[:-1] if w.endswith("s") else w):
        entry = lx.english.get((form,))
        if entry and entry.kind == "country":
            return entry.key
        code = _demonym(form)
        if code:
            return code
    return None


def is_portfolio(word: str) -> bool:
    """Is this Arabic word a portfolio that a title's genitive names (roles.tsv's domains: "المالية", finance)?"""
    lx = _lex()
    return any(
        e.kind == "domain" and len(w) == 1 for w, e in lx.arabic.get(_fold(_key(word)), []) + lx.arabic.get(_key(word), [])
    )


@lru_cache(maxsize=200_000)
def is_country_name(phrase: str) -> bool:
    """Is this Arabic phrase a country's name ("السعودية", "إيطاليا"), not its adjective ("الإيطالي")? The two
    can share letters: "السعودية" is Saudi Arabia, and also "the Saudi woman"; as a name it is the country."""
    return _unfolded(phrase) in _lex().country_names


def country_named(phrase: str) -> str | None:
    """The country (ISO code) an Arabic phrase names as a whole: by its name ("المغرب", "كوريا الشمالية") or by
    its capital's ("الرباط"), which Arabic news writes for the country's government ("قالت موسكو إن")."""
    phrase = phrase.strip(' "«»')
    return _lex().country_names.get(_unfolded(phrase)) or _capital_of(phrase)


def capital_spelt(phrase: str) -> str | None:
    """The country whose capital this phrase spells exactly, with or without the article GeoNames may lack
    (خرطوم), among the spellings that can mean nothing else (_capital_spellings)."""
    norm = normalize_ar(phrase.strip(' "«»'))
    spellings = _capital_spellings()
    return spellings.get(norm) or (spellings.get(norm[2:]) if norm.startswith("ال") else None)


def _capital_of(phrase: str) -> str | None:
    """The country whose capital this phrase spells, exactly (capital_spelt) or with a dot missed."""
    found = capital_spelt(phrase)
    norm = normalize_ar(phrase.strip(' "«»'))
    if found is None and len(norm) >= _RASM_MIN and " " not in norm:
        found = _capitals_by_rasm().get(rasm(norm))  # "بيونعيانغ": Pyongyang with a dot missed
    return found


# Letters that differ only by their dots, which a hurried hand drops or misplaces ("بيونعيانغ" for "بيونغيانغ").
_RASM = str.maketrans("بتثنيىئجخذزشضظغقةؤإأآ", "ببببببحححدرسصطعفهوااا")
_RASM_MIN = 7  # shorter words share their undotted shape with too many others


def rasm(word: str) -> str:
    """A normalised word without the dots that tell letters apart (its rasm)."""
    return word.translate(_RASM)


@lru_cache(maxsize=1)
def _capitals_by_rasm() -> dict[str, str]:
    """A capital's undotted spelling → its country, for spellings of _RASM_MIN letters or more that no other
    capital or country name shares undotted."""
    codes: dict[str, set[str]] = {}
    for s, code in _capital_spellings().items():
        if len(s) >= _RASM_MIN and " " not in s:
            codes.setdefault(rasm(s), set()).add(code)
    names = {rasm(n) for n in _lex().country_names}
    return {r: next(iter(cs)) for r, cs in codes.items() if len(cs) == 1 and r not in names}


def is_place(word: str) -> bool:
    """Is this Arabic word a country's name, its capital's or a large city's ("واشنطن"، "جنيف"، "ميونخ")?"""
    return country_named(word) is not None or _city(normalize_ar(word))


def _city(norm: str) -> bool:
    """Is this normalised word a large city's name (rag/capitals.py), which starts no person's name: "مدريد"،
    "ميونخ" (not one the romanizer attests as a given name too: "سالم"، "رياض")?"""
    return norm in _city_words() and not is_given_name(norm)


@lru_cache(maxsize=1)
def _city_words() -> frozenset[str]:
    """The one-word spellings of rag/capitals.py's large cities, normalised."""
    return frozenset(normalize_ar(n) for n in city_spellings() if " " not in n)


@lru_cache(maxsize=1)
def _capital_spellings() -> dict[str, str]:
    """Normalised Arabic spelling of a capital (rag/capitals.py) → its country's code, for the spellings that
    can mean nothing else: not another country's name (عمان is Oman as well as Amman), nor a spelling without the
    article of one that has it (رياض is a man's name, الرياض the city), nor one whose words another country's
    capital also has (القدس, and القدس الشرقية)."""
    lx = _lex()
    codes: dict[str, set[str]] = {}
    for code, (_, spellings) in capitals().items():
        norm = {normalize_ar(s) for s in spellings}
        for s in norm - {s[2:] for s in norm if s.startswith("ال")}:
            codes.setdefault(s, set()).add(code)
    words_of: dict[str, set[str]] = {}  # a word of a spelling → the countries whose capital has it
    for s, cs in codes.items():
        for w in s.split():
            words_of.setdefault(w, set()).update(cs)
    out = {}
    for s, cs in codes.items():
        code = next(iter(cs))
        if len(cs) > 1 or any(words_of[w] != cs for w in s.split()):
            continue
        if lx.country_names.get(_unfolded(s), code) == code:
            out[s] = code
    return out


@lru_cache(maxsize=1)
def _title_form_rows() -> dict[tuple[str, ...], frozenset[int]]:
    """Title forms of data/roles.tsv (word keys) → the rows of the roles that list them."""
    rows: dict[tuple[str, ...], set[int]] = {}
    for n, (kind, en, ar, _) in enumerate(_role_rows()):
        # (And who speaks for someone: "فريق الدفاع" ~ "محامو"; not a relative, whose gender folding would lose.)
        if kind in _TITLES or kind == "rep" and en.split(",")[0] in _SPEAKS_FOR:
            for form in ar.split("|"):
                rows.setdefault(tuple(_key(w) for w in form.split()), set()).add(n)
    return {form: frozenset(r) for form, r in rows.items()}


@lru_cache(maxsize=1)
def _unique_titles() -> dict[tuple[str, ...], int]:
    """Title forms listed under one role only → that role's row: forms of one role ("مدرب" and "مدير فني"; "رئيس
    الوزراء" and "رئيس الحكومة"). A form several roles share ("مدير", "رئيس") says too little."""
    return {form: next(iter(r)) for form, r in _title_form_rows().items() if len(r) == 1}


def written_alone_for(word: str, roles: Iterable[int]) -> bool:
    """Is this title word, written alone ("الرئيس"، "الوزير"), a form of one of these roles (rows of
    data/roles.tsv, as title_roles gives them)? "رئيس" is the president's but not the prime minister's, whose forms
    all need their genitive ("رئيس الوزراء"، "رئيس الحكومة"); "وزير" is every minister's."""
    return not _title_form_rows().get((_key(word),), frozenset()).isdisjoint(roles)


def is_title_form(words: Sequence[str]) -> bool:
    """Are these words, a title and its genitive, a title form data/roles.tsv lists ("رئيس الوزراء"، "وزير
    الخارجية"), the article on the genitive or not? (Normalised words too: "خارجيه" is "خارجية".)"""
    return tuple(_fold(_key(w, fold=False)) for w in words) in _title_form_rows()


def without_pronoun(word: str) -> list[str]:
    """The word without a possessive pronoun it may end in (محاموها → محامو), longest pronoun first."""
    return [word[: -len(p)] for p in ("هما", "ها", "هم", "ه") if word.endswith(p) and len(word) - len(p) >= 3]


def is_junior(mention: str) -> bool:
    """Does the mention name the son who bears his father's name ("دونالد ترامب الابن"، "نيمار جونيور")?"""
    return any(u.junior for u in _analyse(mention).speaker.units())


def is_number(word: str) -> bool:
    """Is the Arabic word a number word ("ثلاثة"، "عدة")?"""
    return _key(word) in _NUMBER_WORDS


def title_roles(words: Sequence[str]) -> list[tuple[int, int, int]]:
    """The titles among these words (a mention's) that data/roles.tsv lists under one role only, so that another
    form of that role is the same title ("المدرب" ~ "المدير الفني"): (first word, after its last, role row),
    longest first, not overlapping."""
    titles, out, i = _unique_titles(), [], 0
    # ("محاموها": her lawyers; a title with a possessive pronoun is that title.)
    keys = [k if (k,) in titles else next((b for b in without_pronoun(k) if (b,) in titles), k) for k in map(_key, words)]
    while i < len(keys):
        n = next((n for n in (3, 2, 1) if i + n <= len(keys) and tuple(keys[i : i + n]) in titles), 0)
        if n:
            out.append((i, i + n, titles[tuple(keys[i : i + n])]))
        i += n or 1
    return out


@lru_cache(maxsize=1)
def body_names() -> frozenset[tuple[str, ...]]:
    """The Arabic names of the bodies data/organisations.tsv lists, word by word in bare form (rag.text.bare):
    where such a name ends, so does its speaker phrase ("منظمة أطباء بلا حدود بطء الاستجابة")."""
    return frozenset(tuple(bare(w) for w in f.split()) for forms in _lex().org_arabic.values() for f in forms)


def capital_english(phrase: str) -> str | None:
    """The English name of the capital an Arabic phrase spells ("موسكو" → Moscow), or None."""
    code = _capital_of(phrase)
    return capitals()[code][0] if code else None


def _unfolded(phrase: str) -> str:
    """Normalised, without the article, but keeping a final ة (which _key folds: السعودية ~ السعودي)."""
    words = [normalize_ar(w) for w in phrase.split()]
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


def same_name(latin: str, arabic: str) -> bool:
    """Is a Latin proper name ("Gaza", "Mosul") this Arabic word (normalised, without the article)? For
    lexical evidence when an English question names a place or a person in an Arabic statement. An English
    adjective in -ic is the Arabic nisba of the same name ("Olympic" ~ أولمبية، "Islamic" ~ الإسلامي)."""
    nisba = re.fullmatch(r"(.{3,}?)(?:يه|ي)", arabic) if latin[-2:].lower() == "ic" and len(latin) > 5 else None
    return _latin_is(latin, arabic) or nisba is not None and _latin_is(latin[:-2], nisba.group(1))


_PRESIDENT_OF_STATE = (normalize_ar("رئيس"), normalize_ar("جمهوري"))  # a form of the role "president"
_PRESIDENT = (normalize_ar("رئيس"),)
_BOARD_CHAIR = (normalize_ar("رئيس"), normalize_ar("مجلس"), _key("الإدارة"))  # a form of the role "chairman"


def _heads_a_body(p: _Part, h: _Head) -> bool:
    """Is the head a bare "رئيس" with a body in its genitive ("رئيس قسم الجراحة"، "رئيس هيئة الأركان"، "رئيس حزب
    القوات اللبنانية"): the head of that body, not a president?"""
    return h.form == _PRESIDENT and bool(p.of) and p.of[0].kind == "body" and not h.mod


def names_itself(word: str) -> bool:
    """Is this noun one a body's own name follows ("شركة نوكيا", "متحف اللوفر", "صحيفة ..."), so that the name
    alone is the body too? Not a noun named after someone ("مركز محمد بن راشد" is not the man)."""
    return any(entry.kind == "desc" and len(words) == 1 for words, entry in _lex().arabic.get(_key(word), ()))


def _describes_given(word: str, rest: list[_Unit], agreeing: bool = False) -> bool:
    """Is a run's first word a definite noun or adjective that only describes the given name the run goes on to?
    agreeing: it follows a definite noun, so a nisba adjective there is that noun's, though a family name spells it
    too ("البحري" of "الاقتصاد البحري"); not a given name that is an adjective ("الحبيب"، "الطيب")."""
    norm = normalize_ar(word)
    return (
        norm.startswith("ال")
        and (is_relative_adjective(word) if agreeing else not is_attested_name(word))
        and any(is_given_name(u.text) and not normalize_ar(u.text).startswith("ال") for u in rest)
    )


def _unnamed_nationality(word: str) -> bool:
    """Is the word a definite nationality adjective ("الإسباني") that the name index never attests as a name?"""
    return normalize_ar(word).startswith("ال") and country_of(word) is not None and not is_attested_name(word)


def own_name(mention: str) -> tuple[str, ...]:
    """The speaker's own name in an Arabic mention, word by word, normalised: "عادل الجبير" of "وزير الخارجية
    السعودي عادل الجبير"; nothing of a bare title, of "حاكم دبي" (Dubai qualifies the title) or of "المتحدث
    باسم غوتيريش" (the name is the principal's)."""
    runs = _analyse(mention).speaker.runs
    return tuple(normalize_ar(w) for u in runs[-1] for w in u.text.split()) if runs else ()


def name_runs(mention: str) -> list[tuple[str, ...]]:
    """Every run of name words the mention gives its speaker, normalised: two for "الرئيس ماكرون عين السياسي
    فرانسوا بايرو", a clause that names someone else before the speaker."""
    return [tuple(normalize_ar(w) for u in run for w in u.text.split()) for run in _analyse(mention).speaker.runs]


def bracketed(mention: str) -> list[str]:
    """What a mention gives in brackets, another name of the same speaker ("(البنتاغون)", "(الفيفا)"), and the
    byname in quotes that ends it ('"حميدتي"')."""
    called = byname(mention)
    return re.findall(r"\(([^()]{2,40})\)", _AGE.sub(" ", mention)) + ([called] if called else [])


_ASIDE = re.compile(r"\s*\([^()]{2,40}\)\s*$")  # what brackets end a mention with (bracketed)
# A byname in quotes ending a mention ('قائد قوات الدعم السريع محمد حمدان دقلو "حميدتي"'، 'محمود عباس "أبو مازن"').
_BYNAME = re.compile(r"\s*[\"«“]([^\"«»“”()]{2,25})[\"»”]\s*$")
# What may stand between a name and its byname ('عبد الكريم الحسين، الملقب بـ"أبو محمد"'، "المعروفة بـ«أم علي»"،
# 'المعروف بين جيرانه بـ"أبو حيدر"'): NICKNAMED ends a mention's text there; BYNAME_SET_OFF reads it, byname and all.
_NICKNAMING = r"(?:ال(?:ملقب|معروف|مكنى|مكنا|شهير)[ةه]?|و[يت](?:لقب|عرف|كنى))(?:\s+[^\s،,«»\"“”]+){0,3}?\s+بـ?\s*"
NICKNAMED = re.compile(r"[،,]?\s*" + _NICKNAMING + "$")
BYNAME_SET_OFF = re.compile(r"[،,]\s*" + _NICKNAMING + r"[\"«“][^\"«»“”\n]{2,25}[\"»”]")


def byname(mention: str) -> str | None:
    """The name in quotes a person's mention ends with, what they are called besides their name: only right
    after the person's own name (or "الملقب بـ" after it), not a body's name in quotes ('المتحدث باسم شركة
    "نوكيا"')."""
    called = _byname_at(mention)
    return called[1] if called else None


def _byname_at(mention: str) -> tuple[int, str] | None:
    """Where the byname that ends the mention starts (with "، الملقب بـ" before it), and the byname."""
    quoted = _BYNAME.search(mention)
    if quoted is None:
        return None
    nicknamed = NICKNAMED.search(mention, 0, quoted.start())
    start = nicknamed.start() if nicknamed else quoted.start()
    before = mention[:start]
    name = own_name(before)
    words = ARABIC_WORD.findall(before)
    # (A word the romanizer attests as a name: "صحيفة" of 'صحيفة "واشنطن بوست"' is read as a one-word name.)
    if name and words and name[-1] == normalize_ar(words[-1]) and is_attested_name(words[-1]):
        return start, quoted.group(1).strip()
    return None


def _word_romanized(word: str) -> tuple[tuple[str, ...], int]:
    """_romanized of a word as written. normalize_ar folds ئ and ؤ into ي and و, which the index keeps apart:
    "وائل" is Wael 101 times and "وايل" never, "فؤاد" Fouad 255 times. The hamza's spelling is taken where the
    index attests it a few times at least and the folded one hardly: "رئيس" (twice a name) stays a noun."""
    folded = _romanized(normalize_ar(word))
    if folded[1] < 5 and ("ئ" in word or "ؤ" in word):
        spelt = _romanized(unmarked(word))
        if spelt[1] >= 5 and spelt[1] > folded[1]:
            return spelt
    return folded


def is_given_name(word: str) -> bool:
    """Is this Arabic word a name the romanizer's Wikidata index attests a few times at least ("راشد", "يسرى"),
    not a noun that a name may follow in a construct ("إعلان بومبيو", "زيارة")?"""
    return _word_romanized(word)[1] >= 5


def is_attested_name(word: str) -> bool:
    """Is this Arabic word a name the romanizer's index attests at least once ("الجبير"), not a common noun it
    only spells ("العقوبات")?"""
    return _word_romanized(word)[1] > 0


def is_name_word(word: str) -> bool:
    """Is this Arabic word one the romanizer knows as a name ("الجبير", "العلي"), not a common noun ("الضوء")?"""
    return bool(_word_romanized(word)[0])


def looks_like_person(phrase: str) -> bool:
    """Could this phrase name a speaker (for follow-ups like "And the Emir?")? A title, role or body word, or a
    capitalised name; in Arabic, a title or body word, or a word the romanizer's index knows as a name."""
    q = _parse(phrase.strip())
    if q.roles or q.orgs:
        return True
    if ARABIC_LETTER.search(phrase):
        return any(_romanized(n.text)[1] > 0 for reading in q.names for n in reading)
    named = {n.text for reading in q.names for n in reading}
    return q.acronym is not None or any(
        w[:1].isupper() and w.lower().rstrip(".").removesuffix("'s") in named for w in _EN_TOKEN.findall(phrase)
    )


def romanize(mention: str) -> str:
    """An English rendering of an Arabic mention, for display: its name ("al-Jubeir", "Adel al-Jubeir"),
    or for a title without a name its role ("foreign minister (Saudi Arabia)"); a body named after a common noun
    by that noun's English ("Nokia (company)", "agency (Qatar)"); a capital by its English name (Moscow)."""
    capital = capital_english(mention)
    if capital:
        return capital
    m = _analyse(mention)
    desc = None if m.speaker.orgs else _desc_prefix(mention)  # (a body the lexicon knows goes by its name: WHO)
    if desc is not None:
        english, rest = desc
        if not rest:
            return english
        named = bool(_analyse(rest).speaker.runs)
        inner = romanize(rest)
        return f"{inner} ({english})" if named else f"{english} ({inner})"
    if m.speaker.runs:
        return _name_english(m.speaker) or mention
    said = _part_english(m.speaker)
    speaks_for = m.rep is not None and (m.rep.kind in ("rep-any", "near") or _lex().role_english.get(m.rep.form) in _SPEAKS_FOR)
    if m.rep is not None and said and speaks_for and (m.principal.runs or m.principal.orgs or m.principal.heads):
        # "spokesman for Hamas", "lawyer for Melina Boughedir", "spokesman for foreign ministry (Iran)", "source
        # close to Nabih Berri" (a relation stays "mother": "والدة أحد الأسرى").
        principal = _name_english(m.principal) if m.principal.runs else _part_english(m.principal)
        joiner = {"rep-any": "of", "near": "close to"}.get(m.rep.kind, "for")
        if m.rep.kind == "near" and m.speaker.heads[:1] == [m.rep]:
            said = "someone"  # ("أحد المقربين من نتنياهو": one of those close to him)
        return f"{said} {joiner} {principal}" if principal else said
    return said or mention


# Representatives who speak for someone (roles.tsv "rep" rows that are not relations).
_SPEAKS_FOR = {"spokesman", "lawyer"}


def _name_english(p: _Part) -> str:
    """A part's own name (its last run of name words, as own_name reads it) in Latin letters, as the romanizer spells it best, or ""."""
    words = " ".join(u.text for u in p.runs[-1])
    cands = _transliterator(True).transliterate(words, top_k=5)
    if not cands:
        return ""
    # A rendering a reader can type back to find the person, where the model offers one ("Ali Khameni", not its
    # first "Ali Khamni"); at equal scores, as many words as the Arabic (not a given name the model adds), then the
    # English press's lower-case article (al-Jubeir over Al-Jubair).
    n = len(words.split())
    ranked = sorted(
        cands, key=lambda c: (round(c.score, 3), -abs(len(c.text.split()) - n), c.text.startswith(("al-", "el-"))), reverse=True
    )
    name = next((c.text for c in ranked if NameQuery.parse(c.text).matches([words])), ranked[0].text)
    regnal = p.runs[-1][-1].regnal
    return f"{name} {roman(regnal)}" if regnal else name


def _part_english(p: _Part) -> str:
    """A part's first title in English and where it is held ("foreign minister (Saudi Arabia)"), or its bodies
    and countries ("Hamas"), or ""."""
    lx = _lex()
    role = ""
    if p.heads:
        h = p.heads[0]
        role = " ".join([lx.role_english.get(h.mod, "")] if h.mod else [])
        role += " " + " ".join(lx.domain_english.get(d, "") for d in sorted(h.domains))
        # ("الخارجية": a ministry named by its adjective alone; "المعارضة" is the opposition.)
        ministry = h.form == ("#domain",) and any(d in lx.ministry_domains for d in h.domains)
        role += " " + ("ministry" if ministry else "" if h.form == ("#domain",) else lx.role_english.get(h.form, ""))
        role = " ".join(role.split())
        if _heads_a_body(p, h):
            role = f"head of {lx.role_english.get(p.of[0].form, 'body')}"
    where = [lx.org_english.get(o, o) for o in sorted(p.orgs)] + [lx.country_english.get(c, c) for c in sorted(p.countries)]
    if role and where:
        return f"{role} ({', '.join(where)})"
    return ", ".join(where) or role


def _desc_prefix(mention: str) -> tuple[str, str] | None:
    """The English of the common noun a body's mention starts with (roles.tsv "desc": شركة، وكالة الأنباء)
    and the rest of the mention without quotation marks and bracketed asides, or None."""
    words = re.sub(r"\([^()]*\)", " ", mention).replace('"', " ").replace("«", " ").replace("»", " ").split()
    if not words:
        return None
    lx = _lex()
    best: tuple[str, ...] | None = None
    longest = 0  # ("البنك المركزي": a body's whole name the lexicon lists is no common noun and a name)
    for form, entry in lx.arabic.get(_key(words[0]), ()):
        if tuple(_key(w) for w in words[: len(form)]) != form:
            continue
        longest = max(longest, len(form))
        if entry.kind == "desc" and len(form) > len(best or ()):
            best = form
    if best is None or longest > len(best):
        return None
    return lx.role_english[best], " ".join(words[len(best) :])


_EN_NAME = re.compile(r"\b(?:[Aa]l-)?([A-Z][a-z]{2,})")
_EN_NOT_NAMES = {
    "What",
    "Who",
    "Whom",
    "Which",
    "How",
    "Why",
    "When",
    "Where",
    "Did",
    "Does",
    "Do",
    "Is",
    "Was",
    "Are",
    "Were",
    "And",
    "But",
    "The",
    "In",
    "On",
    "About",
    "According",
    "Has",
    "Have",
    "Will",
    "Would",
    "Can",
}


def bodies_named(text: str) -> list[tuple[str, list[str]]]:
    """The international bodies an English text names ("the Arab League", "the IMF"), each as (its words as
    written, its Arabic forms): what to look for in Arabic statements, where "League" is never spelt out."""
    lx = _lex()
    words = _EN_TOKEN.findall(text)
    out = []
    i = 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 0, -1):
            span = words[i : i + n]
            key = (
                (span[0].replace(".", ""),)
                if n == 1 and span[0].replace(".", "") in lx.acronyms
                else tuple(w.lower() for w in span)
            )
            entry = lx.english.get(key)
            if entry and entry.kind == "org" and (n > 1 or span[0][:1].isupper()):
                out.append((" ".join(span), lx.org_arabic.get(entry.key, [])))
                i += n
                break
        else:
            i += 1
    return out


def english_names(text: str) -> list[str]:
    """The capitalised words of an English text that may be names ("Putin", "Gaza", "al-Sisi" → Sisi), in
    order, without the question words that start a sentence."""
    return list(dict.fromkeys(m for m in _EN_NAME.findall(text) if m not in _EN_NOT_NAMES))


def spelling_keys(word: str) -> frozenset[str]:
    """Consonant skeletons under which an Arabic word and the Latin names it may spell meet (بوتين and Putin
    share one): a cheap first filter before same_name(), for looking names up in a corpus's vocabulary."""
    return _arabic_skeletons(word) if ARABIC_LETTER.search(word) else _latin_skeletons(word)
