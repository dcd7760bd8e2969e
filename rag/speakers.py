"""Who said what: speaker attribution in Arabic news text, and matching people across languages and titles.

Nothing here knows the sample articles' names. Attribution reads the grammar of Arabic reporting
("وقال بوتين، ...: “…”", "أكد أمير قطر أن ...", "وأضاف: ..." continuing the last speaker). Matching a person
named in a question (English or Arabic) to a speaker uses three general tools: Arabic normalisation, a
small lexicon of titles (a closed class: emir, president, spokesman ...; rag/data/titles.tsv), and a
consonant skeleton that lets "Putin" meet "بوتين" and "Peskov" meet "بيسكوف" without any list of names.
Mentions of one person in one article (title, full name, short name) are joined when they share a name or a
title with compatible qualifiers, so "the Emir" also finds "الشيخ تميم" and "الأمير تميم".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rag.text import normalize_ar, paragraph_spans, sentence_spans

DATA = Path(__file__).with_name("data")

# Letters plus Arabic diacritics and tatweel (not \w), but not Arabic punctuation (، ؛ ؟ are in U+06xx too).
_WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+(?:[-'][\w\u0640\u064b-\u065f\u0670]+)*")
_AR_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669]")

# Words that end a speaker phrase after a reporting verb: complementisers, prepositions, time words, masdars.
_NP_STOP = {
    normalize_ar(w)
    for w in """أن إن ان بأن بان على إلى الى عن خلال في فى اليوم أمس امس صباح مساء لدى أثناء اثناء من مع حول
    بشأن تجاه التأكيد الدعوة أهمية ضرورة تقديره حرصه رغبته استعداده دعمه موقف موقفه ترحيبه قلقه رفضه
    عزمه أمله أسفه ثقته وقوفه تمسكه التزامه عبر حين حيث بعد قبل لقائه لقاء كلمة كلمته مؤتمر بيان تصريح تصريحات""".split()
}
# Pronoun-led continuations mean "the last speaker" even with a reporting verb and no subject.
_QUOTE_OPEN = "“«\""
_MIN_SPEECH = 15  # shorter quoted spans are scare quotes ("“إسرائيل”"), not speech


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    def words(name: str) -> list[str]:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        return [normalize_ar(w.strip()) for w in lines if w.strip() and not w.startswith("#")]

    verbs = set()
    for v in words("reporting_verbs.txt"):
        verbs.update({v, v + "ت"})
    return frozenset(verbs), frozenset(words("participles.txt"))


@lru_cache(maxsize=1)
def title_lexicon() -> dict[str, tuple[str, ...]]:
    """English title → normalised Arabic title words."""
    out: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        en, ar = line.split("\t")
        out[en.strip().lower()] = tuple(strip_clitics(normalize_ar(w)) for w in ar.split())
    return out


@lru_cache(maxsize=1)
def country_lexicon() -> list[tuple[str, str]]:
    """(English name or adjective, "alt1|alt2|..." of normalised Arabic forms), longest names first."""
    out = []
    for line in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        en, ar = line.split("\t")
        alts = "|".join(" ".join(strip_clitics(w) for w in form.split()) for form in ar.split("|"))
        out.extend((name.strip(), alts) for name in en.split(","))
    return sorted(out, key=lambda kv: -len(kv[0]))


def translate_names(text: str) -> tuple[list[str], str]:
    """Country and organisation names in English text as Arabic alternatives ("مصر|مصري|مصريه"), and the text
    without them."""
    text = f" {text.lower()} "
    found = []
    for en, alts in country_lexicon():
        if f" {en} " in text:
            found.append(alts)
            text = text.replace(f" {en} ", " ")
    return found, text.strip()


@lru_cache(maxsize=1)
def _arabic_titles() -> frozenset[str]:
    return frozenset(w for words in title_lexicon().values() for w in words)


def strip_article(word: str) -> str:
    """Drop the article with what glues onto it (ال، وال، بال، فال، كال، لل)."""
    w = normalize_ar(word)
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p) :]
    return w


def strip_clitics(word: str) -> str:
    """Drop the article and the conjunctions و/ف that glue onto Arabic words."""
    w = strip_article(word)
    if w == normalize_ar(word) and w[:1] in ("و", "ف") and len(w) >= 4:
        return w[1:]
    return w


# -- consonant skeletons: a transliteration-free way to compare names across scripts ---------------------

_AR_SKELETON = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "b", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "", "ع": "", "ا": "", "و": "", "ي": "", "ى": "", "ء": "",
    "أ": "", "إ": "", "آ": "", "ؤ": "", "ئ": "",
}
_LATIN_DIGRAPHS = [("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "k"), ("th", "t"), ("dh", "d"), ("gh", "g"),
                   ("ph", "b"), ("ck", "k"), ("ou", ""), ("q", "k"), ("c", "k"), ("p", "b"), ("v", "b"), ("f", "b"), ("x", "ks"),
                   ("w", ""), ("y", "")]


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def skeleton(word: str) -> str:
    """Consonants of a name in a shared Latin code, vowels and doubled letters dropped. p, b, f and v are one
    class: Arabic writes foreign p as ب (بوتين) or ف (فلسطين), and v as ف (بيسكوف)."""
    if _AR_WORD.search(word):
        # Only the article: a leading و is a vowel here anyway, and a leading ف may be the name's (فلاديمير).
        w = strip_article(word)
        if word.endswith("ة"):
            w = w[:-1]  # ta marbuta is a vowel ending, not the consonant ه it normalises to
        if w.endswith("ي") and len(w) > 3:
            w = w[:-1]  # nisba adjective: روسي ~ Russia(n), الأوكرانية ~ Ukraine
        return _collapse("".join(_AR_SKELETON.get(c, "") for c in w))
    w = word.lower()
    for suffix in ("ians", "ian", "ese", "ans", "an", "s", "i"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    for a, b in _LATIN_DIGRAPHS:
        w = w.replace(a, b)
    w = re.sub(r"[aeiou'\-]", "", w)
    return _collapse(re.sub(r"[^a-zS]", "", w))


# -- attribution -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    """A unit that can be quoted: a stretch of direct speech (inside the marks) or a whole sentence."""

    start: int
    end: int
    speaker: str | None  # as written in the article
    speaker_start: int | None
    direct: bool  # True for quoted speech
    headline: bool = False  # a title line: the site's paraphrase, never the speaker's own words


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]


def _speaker_after(text: str, verb_end: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase naming the speaker right after a reporting verb, with one apposition
    ("المتحدث باسم الكرملين، دميتري بيسكوف، أن"). None when the verb has no subject (a continuation)."""
    pos = verb_end
    first: tuple[int, int] | None = None
    segments = 0
    while pos < limit and segments < 3:
        seg_start = None
        seg_end = None
        words = 0
        i = pos
        while i < limit:
            c = text[i]
            if c in "،,:؛;" + _QUOTE_OPEN or c == "\n":
                break
            if c.isspace():
                i += 1
                continue
            m = _WORD.match(text, i)
            if not m:
                i += 1
                continue
            norm = strip_clitics(m.group())
            # "للرئيس" after a name is an indirect object (أكد أمير قطر للرئيس ...), but after a bare title it
            # is part of the title (الأمين العام للأمم المتحدة).
            object_l = m.group().startswith("لل") and not _only_title(text[seg_start or i : i], first is None)
            if normalize_ar(m.group()) in _NP_STOP or norm in _NP_STOP or object_l:
                limit = i  # the phrase ends here, whatever comes after
                break
            seg_start = m.start() if seg_start is None else seg_start
            seg_end = m.end()
            words += 1
            i = m.end()
            if words >= 9:
                break
        if seg_start is None:
            break
        if first is None:
            first = (seg_start, seg_end)
        elif words <= 7 and i < limit and text[i] in "،," and not _is_time(text[seg_start:seg_end]):
            first = (first[0], seg_end)  # apposition closed by a comma: keep the name
        else:
            break
        segments += 1
        if i >= limit or text[i] not in "،,":
            break
        pos = i + 1
    return first


_TITLE_MODIFIERS = {normalize_ar(w) for w in "عام أعلى أول تنفيذي دائم خاص".split()}


def _only_title(phrase: str, leading: bool) -> bool:
    words = [strip_clitics(w) for w in _WORD.findall(phrase)]
    titles = _arabic_titles()
    return leading and bool(words) and all(w in titles or w in _TITLE_MODIFIERS for w in words)


def _is_time(phrase: str) -> bool:
    return bool(re.match(r"^(اليوم|أمس|امس|يوم|مساء|صباح|الأسبوع|الشهر|خلال|في)\b", phrase))


def statements(text: str) -> list[Statement]:
    """Every sentence of an article, and every stretch of direct speech in it, with its speaker."""
    verbs, participles = _verbs()
    out: list[Statement] = []
    last: tuple[str, int] | None = None
    for p_start, p_end in paragraph_spans(text):
        paragraph = text[p_start:p_end]
        # A short line without final punctuation is a headline or subheading.
        is_headline = len(paragraph.split()) <= 20 and paragraph.rstrip()[-1:] not in ".!?؟؛…”»\""
        headline = re.match(r"^([^:\n“«]{2,40}):\s+\S", paragraph)
        for s, e in sentence_spans(text, p_start, p_end):
            speaker: tuple[str, int] | None = None
            # "وكانت وكالة الأنباء قد أشارت": the subject stands before the verb.
            m = re.search(r"(?:^|[\s،])(?:و)?كان(?:ت)?\s+(.{3,60}?)\s+قد\s+([\w\u064b-\u065f]+)", text[s:e])
            if m and (normalize_ar(m.group(2)) in verbs or strip_clitics(m.group(2)) in verbs):
                speaker = (m.group(1), s + m.start(1))
            for ws, we, w in ([] if speaker else _words(text, s, e)):
                nw = normalize_ar(w)
                bare = nw[1:] if nw[:1] in ("و", "ف") and nw[1:] in verbs else nw
                if bare in verbs:
                    span = _speaker_after(text, we, e)
                    speaker = (text[span[0] : span[1]], span[0]) if span else last
                    break
                if bare in participles and last is not None:
                    speaker = last
                    break
            if speaker is None and headline and s == p_start and len(headline.group(1).split()) <= 3:
                speaker = (headline.group(1).strip(), p_start)
            if speaker is not None:
                last = speaker
            out.append(Statement(s, e, speaker[0] if speaker else None, speaker[1] if speaker else None, False, is_headline))
            out.extend(_direct_speech(text, s, e, speaker))
    return out


def _direct_speech(text: str, s: int, e: int, speaker: tuple[str, int] | None) -> list[Statement]:
    found = []
    for m in re.finditer(r"“([^”]+)”|«([^»]+)»|\"([^\"]+)\"", text[s:e]):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        qs, qe = s + m.start(g), s + m.end(g)
        inner = text[qs:qe]
        stripped = inner.strip()
        if len(stripped) < _MIN_SPEECH:
            continue
        qs += len(inner) - len(inner.lstrip())
        qe = qs + len(stripped)
        found.append(Statement(qs, qe, speaker[0] if speaker else None, speaker[1] if speaker else None, True))
    return found


# -- people -----------------------------------------------------------------------------------------


def _tokens(phrase: str) -> list[str]:
    return [strip_clitics(w) for w in _WORD.findall(phrase)]


_GENERIC = {normalize_ar(w) for w in "بن بنت ابن آل ال دوله دولة عبد".split()}


@dataclass
class Person:
    """The mentions of one person in one article, and the tokens they are known by."""

    mentions: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)


def people(speakers: list[str]) -> list[Person]:
    """Group the speaker phrases of one article into people (union of mentions that must be the same person)."""
    titles = _arabic_titles()
    phrases = sorted(set(speakers))
    parent = list(range(len(phrases)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    toks = [set(_tokens(p)) - _GENERIC for p in phrases]
    names = [t - titles for t in toks]
    heads = [next((w for w in _tokens(p) if w in titles), None) for p in phrases]
    for i in range(len(phrases)):
        for j in range(i + 1, len(phrases)):
            # A shared name joins two mentions unless their titles clash: "أمير قطر" and "رئيس وزراء قطر"
            # share a country, not a person; "الشيخ تميم" and "أمير قطر الشيخ تميم" do not clash.
            titles_agree = heads[i] is None or heads[j] is None or heads[i] in toks[j] or heads[j] in toks[i]
            share_name = bool(names[i] & names[j]) and titles_agree
            # "الرئيس الروسي" ⊂ "الرئيس الروسي فلاديمير بوتين", but "الرئيس السوري" is someone else.
            same_title = heads[i] is not None and heads[i] == heads[j]
            compatible = same_title and (names[i] <= names[j] or names[j] <= names[i])
            if share_name or compatible:
                parent[find(i)] = find(j)
    groups: dict[int, Person] = {}
    for i, p in enumerate(phrases):
        g = groups.setdefault(find(i), Person())
        g.mentions.add(p)
        # Also each word without clitic stripping: a leading و/ف may be the name's own letter (فلاديمير).
        g.tokens |= toks[i] | {normalize_ar(w) for w in _WORD.findall(p)}
    return list(groups.values())


_EN_STOP = set(
    """the a an of and or mr mrs ms dr did does do what which who whom how why when where about on regarding
    say said says tell told mention mentioned think state stated his her its their that this it is was were be
    has have had according to else also more other again any anything something in with for from by at as""".split()
)


def question_tokens(phrase: str) -> list[str]:
    """Content words of a person phrase from a question, Arabic normalised or English lower-cased, titles
    translated (multi-word titles first)."""
    if _AR_WORD.search(phrase):
        return [t for t in _tokens(phrase) if t and t not in _GENERIC]
    out, text = translate_names(phrase)
    text = f" {text} "
    for en, ar in sorted(title_lexicon().items(), key=lambda kv: -len(kv[0])):
        if f" {en} " in text:
            out.extend(ar)
            text = text.replace(f" {en} ", " ")
    out.extend(w for w in re.findall(r"[a-z][a-z'\-]*", text) if w not in _EN_STOP)
    return out


def _token_matches(q: str, person_tokens: set[str]) -> bool:
    if "|" in q:  # translated name: any of its Arabic forms, every word of a multi-word one
        return any(all(w in person_tokens for w in alt.split()) for alt in q.split("|"))
    if _AR_WORD.search(q):
        return q in person_tokens
    sk = skeleton(q)
    if len(sk) < 2:
        return False
    return any(skeletons_match(sk, skeleton(t)) for t in person_tokens if _AR_WORD.search(t))


def skeletons_match(a: str, b: str) -> bool:
    """Equal, or one a consonant longer than the other when both have three or more (Guterres ~ غوتيريش:
    a final sound the two spellings render differently)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and len(long_) == len(short) + 1 and long_.startswith(short)


def person_matches(query_tokens: list[str], person: Person) -> bool:
    """Every content word of the asked-about person must be one of this person's words (or sound like one)."""
    return bool(query_tokens) and all(_token_matches(q, person.tokens) for q in query_tokens)


def speaker_matches(query_name: str, speaker: str, same_article_speakers: list[str] | None = None) -> bool:
    """Does the person named in a question (any language, title or name) denote this speaker? With the other
    speakers of the article, the speaker's other mentions count too ("Emir Tamim" ~ "أمير قطر")."""
    if not speaker:
        return False
    group = next((p for p in people(same_article_speakers or [speaker]) if speaker in p.mentions), None)
    person = group or Person({speaker}, set(_tokens(speaker)) - _GENERIC)
    return person_matches(question_tokens(query_name), person)
