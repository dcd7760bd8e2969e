"""What a question asks: whose words (person) and on what (topic), in which language, and what a follow-up
carries over from the previous turn ("And the Emir?", "What else did he say?", "وماذا عن بوتين؟").

Without an LLM, follow-ups are resolved by slots, never by rewriting the user's words: the person or topic
that the new question lacks is taken from the last turn, and the answer keeps the new question's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rag.attribution import reporting_verb_forms, sits_for, subject_of_verb, title_words
from rag.names import NameQuery
from rag.stopwords import stopwords
from rag.text import ARABIC_WORD, bare, is_arabic, normalize_ar

_EN_VERBS = (
    "say|said|tell|told|think|state|mention|announce|declare|stress|add|reply|respond|comment|describe|call|"
    "express|warn|claim|confirm|propose|urge|discuss|report|insist|emphasi[sz]e|note|reveal|explain|write|wrote|"
    "tweet|post|deny|denied|critici[sz]e|condemn|accuse|suggest|recommend|demand|ask|answer|admit|promise|"
    "predict|praise|welcome|reject|argue|decide|threaten|vow|pledge|assure|acknowledge|concede|dismiss|blame|"
    "highlight|indicate"
)
# A question's words that ask only for someone's words ("What did X tell reporters?", "How did X respond?").
_EN_SAYING = {
    form
    for alternative in _EN_VERBS.split("|")
    for verb in {alternative.replace("[sz]", "s"), alternative.replace("[sz]", "z")}
    for form in (verb, verb + "s", verb + "d", verb + "ed")
} | {
    *"else more reporters journalists press media reaction response react respond".split(),
    *"quote quotes quoted quotation quotations saying any give show me been".split(),
}
_EN_PERSON = [
    # (The verb in lower case: "the State Department" is a name, not "the" + "state".)
    re.compile(rf"\b(?:did|does|do|has|have|had|will|would)\s+(?!been\b)(?P<p>.+?)\s+(?-i:{_EN_VERBS})\b", re.I),
    re.compile(r"\baccording to (?P<p>[^,?.]+)", re.I),
    re.compile(
        r"(?P<p>[\w .'-]+?)'s\s+(?:views?|positions?|stances?|statements?|remarks|comments?|words|opinions?|reactions?|"
        r"responses?)\b",
        re.I,
    ),
    # "Anything from X on Y?"
    re.compile(
        r"^(?:and\s+)?(?:anything|something|what)\s+(?:from|by)\s+(?P<p>.+?)(?:\s+(?:on|about|regarding|concerning)\s|\s*\??$)",
        re.I,
    ),
    re.compile(rf"^(?:and\s+)?(?:what\s+)?(?P<p>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?:{_EN_VERBS})\b"),
    # "Quotes from/by X (on Y)", "What is X quoted as saying", "What was said by X".
    re.compile(r"\bquot(?:es?|ations?)\s+(?:from|by|of)\s+(?P<p>.+?)(?:\s+(?:on|about|regarding|concerning)\s|\s*\??$)", re.I),
    re.compile(r"\b(?:is|was|were|are|has\s+been|have\s+been)\s+(?P<p>.+?)\s+quoted\b", re.I),
    re.compile(rf"\b(?:{_EN_VERBS})(?:s|ed|d)?\s+by\s+(?P<p>.+?)(?:\s+(?:on|about|regarding|concerning)\s|\s*\??$)", re.I),
    # Requests: "Quote Hamdan on the withdrawal", "Show me what the minister said about oil".
    re.compile(r"^(?:please\s+)?(?:quote|cite)\s+(?P<p>.+?)\s+(?:on|about|regarding|concerning)\s", re.I),
    re.compile(rf"\b(?:show|tell|give)\s+me\s+what\s+(?P<p>.+?)\s+(?:has\s+|had\s+)?(?:{_EN_VERBS})(?:s|ed|d)?\b", re.I),
]
_EN_TOPIC = re.compile(r"\b(?:about|on|regarding|concerning|over|towards?|at|during)\s+(?P<t>[^?]+?)\s*\??$", re.I)
# What the words were about, without "about": a verb's object ("How did the Emir describe the blockade?") or
# what they answered ("X's reaction to Y"); "say to reporters" says to whom, not about what.
_EN_ABOUT_OBJECT = re.compile(
    r"\b(?:(?:describe|critici[sz]e|condemn|deny|welcome|reject|praise|defend|blame)|"
    r"(?:reaction|response|reply|react|respond|replied|reacted|responded)\s+to)\s+(?P<t>[^?]+?)\s*\??$",
    re.I,
)
# The complement clause of a reporting verb, up to the topic's preposition: "say (that) it would …".
_EN_CLAUSE = re.compile(
    rf"\b(?:{_EN_VERBS})\s+(?:that\s+)?(?P<c>(?:it|he|she|they|we|there)\s+(?:had|has|have|would|will|was|were|is|are|"
    r"could|should|did|does|do|might|may|must)\b.*)$",
    re.I,
)
_EN_ABOUT = re.compile(r"\s(?:about|regarding|concerning)\s+(?P<t>.+)$", re.I)
_EN_BARE = re.compile(r"^(?:and|but)?\s*(?:what|how)?\s*(?:about)?\s*(?P<x>[^?]+?)\s*\??$", re.I)
_EN_FOLLOW = re.compile(r"^\s*(?:and|but|what about|how about)\b", re.I)

_AR_ABOUT_PREP = "عن|حول|بشأن|بشان|تجاه|إزاء|ازاء|بخصوص|على"  # what the words were about ("كيف علق X على Y")
# "فيما يتعلق بإسرائيل"، "فيما يخص": about, in several words (ب written onto the noun).
_AR_ABOUT_PHRASE = r"(?:فيما|في\s+ما)\s+(?:يتعلق|يخص)\s+ب?"
_AR_PREP = _AR_ABOUT_PREP + "|من|في|إلى|الى"
# "ماذا قال/قالت/كتب/أعلنت X عن ...": every form of the reporting verbs rag/attribution.py reads, plus the
# nouns of a position (رأي، موقف) and "ماذا جاء في بيان/منشور X". Matched on the normalised question.
_AR_SAYING = "|".join(
    sorted(
        {re.escape(v) for v in reporting_verb_forms()}
        | {"قاله", "قالته", "راي", "موقف", "تصريحات", "كلام", "تحدث", "تحدثت", "تعليق", r"رد\s+فعل"},
        key=len,
        reverse=True,
    )
)
_AR_DOC = "بيان|منشور|تغريده|رساله|كلمه|تصريح|تصريحات|مقابله"
# A question's words that ask only for someone's words ("ما هي تصريحات X؟"، "بم رد X؟"), normalised, bare.
# (With whom it was said to: "ماذا قال الوزير للصحفيين؟" asks only for his words, as "tell reporters" does.)
_AR_SAYING_WORDS = {
    bare(w) for w in "تصريحات تصريح كلام رأي موقف رد تعليق بم بماذا قاله قالته صحفيين صحافيين إعلاميين صحافة".split()
}
_AR_PERSON = [
    re.compile(rf"(?:^|\s)جاء\s+في\s+(?:{_AR_DOC})\s+(?P<p>[^؟?]+?)\s+(?:{_AR_PREP})\s"),
    re.compile(rf"(?:^|\s)(?:{_AR_SAYING})\s+(?P<p>[^؟?]+?)\s+(?:(?:{_AR_PREP})\s|{_AR_ABOUT_PHRASE})"),
    re.compile(rf"(?:^|\s)(?:{_AR_SAYING})\s+(?P<p>[^؟?]+?)\s*[؟?]?$"),
]
_AR_CHANNEL = _AR_DOC + "|موتمر|حديث|لقاء|خطاب|تغريدات|منشورات|حوار"  # normalised, as _AR_DOC
# ... bare or with "his/her" ("في خطابه"، "في كلمتها": ة written ت before the pronoun).
_AR_CHANNEL_OWNED = "|".join(
    f"{c[:-1]}ت(?:ه|ها|هم)|{c}" if c.endswith("ه") else f"{c}(?:ه|ها|هم)?" for c in _AR_CHANNEL.split("|")
)
# A "topic" that is only where it was said ("ماذا قال الوزير في مؤتمر صحفي؟", "في خطابه"): no topic.
_AR_ONLY_CHANNEL = re.compile(rf"^(?:{_AR_CHANNEL_OWNED})(?:\s+\S+){{0,3}}$")
_AR_PERSON_ABOUT = re.compile(rf"(?:^|\s)(?:{_AR_SAYING})\s+(?P<p>[^؟?]+?)\s+(?:{_AR_ABOUT_PREP})\s")
_AR_SAID_ABOUT = re.compile(rf"(?:^|\s)(?:{_AR_SAYING})\s+(?:{_AR_ABOUT_PREP})\s")
_AR_TOPIC = re.compile(rf"(?:^|\s)(?:(?:{_AR_PREP})\s+|{_AR_ABOUT_PHRASE})(?P<t>[^؟?]+?)\s*[؟?]?$")
_AR_ABOUT = re.compile(r"\s(?:عن|حول|بشأن|بشان|بخصوص)\s+(?P<t>.+)$")
_AR_BARE = re.compile(r"^\s*و?\s*(?:ماذا|ما)?\s*(?:عن)?\s*(?P<x>[^؟?]+?)\s*[؟?]?$")
_AR_FOLLOW = re.compile(r"^\s*(?:و|وماذا|ماذا عن|وما)")

# "Who said (that) …?", "Who talked about …?", "Who is quoted on …?"; "من قال إن …؟", "من تحدث عن …؟".
_EN_WHO = re.compile(
    rf"^\s*(?:and\s+)?(?:who|which\s+(?:people|person|officials?|speakers?))\s+(?:else\s+)?(?:(?:has|have|had|did)\s+)?"
    rf"(?:(?:is|was|were|are)\s+quoted\s+|(?P<v>{_EN_VERBS})(?:s|ed|d)?\s+|(?:talk|spoke|speak|comment)(?:ed|s)?\s+)"
    rf"(?P<any>(?:anything|something|things?)\s+)?(?P<c>that\s+|about\s+|on\s+|regarding\s+)?(?P<t>.+)$",
    re.I,
)
_AR_WHO = re.compile(rf"^\s*و?(?:من|مَن)\s+(?:الذي\s+|الذين\s+)?(?:{_AR_SAYING})\s+(?:(?P<c>{_AR_PREP}|ان|بان|ب)\s+)?(?P<t>.+)$")
# "Who said (that) the talks stalled?", "من قال إن المفاوضات متعثرة؟": a claim, whose words must be found, not a
# topic ("Who talked about the talks?").
_EN_CLAIMING = {"say", "said", "state", "claim", "declare", "announce", "tell", "told", "write", "wrote", "insist", "warn"}
_PRONOUN_PERSON = {"he", "she", "they", "him", "her", "them", "هو", "هي", "هم"}
_PRONOUN_TOPIC = {
    "it",
    "that",
    "this",
    "them",
    "this topic",
    "that issue",
    "the same",
    "ذلك",
    "هذا",
    "هذه",
    "الموضوع",
    "عنه",
    "عنها",
    "ذلك الموضوع",
}
_ELSE = re.compile(r"\b(?:else|more|other|also|again|another)\b|أيضاً|أيضا|ايضاً|ايضا|آخر|اخر|غير ذلك|المزيد", re.I)
_AR_PRONOUN_SUFFIX = re.compile(r"(?:قال|أضاف|اضاف|ذكر|أكد|اكد)(?:ه|ها|وا)?\s*(?:أيضا|أيضاً|ايضا)?\s*[؟?]?$")


@dataclass(frozen=True)
class Asked:
    question: str
    language: str  # "ar" or "en"
    person: str | None = None  # as the user wrote it
    topic: str | None = None
    wants_more: bool = False  # "what else": leave out what was already quoted
    who: bool = False  # "Who said …?", "من تحدث عن …؟": the answer is the speakers
    claim: bool = False  # ... of a claim ("Who said that …?", "من قال إن …؟"), not of a topic
    person_from_history: bool = False
    topic_from_history: bool = False
    # "What else did he say?" with no one asked about before: whom "he" means is unknown, and no quote answers it.
    unresolved: bool = False

    @property
    def only_person(self) -> bool:
        """ "What did X say?" and nothing more: any of X's words answers it."""
        if not self.person or self.topic:
            return False
        said = (
            {bare(w) for w in stopwords("arabic")} | reporting_verb_forms() | set(_PRONOUN_PERSON) | _EN_SAYING | _AR_SAYING_WORDS
        )
        left = content_words(self.question) - content_words(self.person) - said
        # ("وماذا عن فيدان؟": and what of; "في خطابه": where it was said.)
        return not {w for w in left if not (w[:1] == "و" and w[1:] in said) and not _AR_ONLY_CHANNEL.match(w)}

    @property
    def search_text(self) -> str:
        """What retrieval looks for: the question plus whatever it carried over."""
        extra = [
            x for x, carried in ((self.person, self.person_from_history), (self.topic, self.topic_from_history)) if carried and x
        ]
        return " ".join([self.question, *extra])


def parse(question: str) -> Asked:
    # Stray marks a user leaves at the end ("… oil prices? |") would hide the topic from the patterns.
    q = re.sub(r"[^\w?؟\"'”»)]+$", "", question.strip())
    lang = "ar" if is_arabic(q) else "en"
    m = _AR_WHO.search(normalize_ar(re.sub("[\u064b-\u065f\u0670\u0640]", "", q))) if lang == "ar" else _EN_WHO.search(q)
    if m:
        start = m.start("t") if lang == "en" else _unfolded_start(q, m.start("t"))
        if lang == "en":
            verb, connector = (m.group("v") or "").lower(), (m.group("c") or "").strip().lower()
            claim = connector == "that" or not connector and not m.group("any") and verb in _EN_CLAIMING
            claim = claim and not re.match(r"what\b", m.group("t"), re.I)  # ("Who said what about Gaza?")
        else:
            claim = m.group("c") in ("ان", "بان")
        return Asked(q, lang, None, q[start:].strip(" ،,?؟") or None, who=True, claim=claim)
    person: str | None = None
    topic: str | None = None
    if lang == "ar":
        person, topic = _arabic_person(q)
    else:
        for pat in _EN_PERSON:
            m = pat.search(q)
            if m:
                person = m.group("p").strip(" ،,")
                break
    # The topic follows the person ("ماذا جاء في منشور X عن Y": not "منشور X عن Y").
    after = q.find(person) + len(person) if person and person in q else 0
    m = None if topic else (_AR_TOPIC if lang == "ar" else _EN_TOPIC).search(q, after)
    if m:
        topic = m.group("t").strip(" ،,")
        # "say on Twitter about the accusations", "قال في تغريدة عن الاتهامات": where or when it was said comes
        # first; what it was about follows.
        about = (_AR_ABOUT if lang == "ar" else _EN_ABOUT).search(topic)
        if about and about.start() > 0:
            topic = about.group("t").strip(" ،,")
        # "say it had already done about the flaw": the reported clause is part of what is asked.
        clause = _EN_CLAUSE.search(q, after, m.start())
        if clause:
            topic = q[clause.start("c") : m.end("t")].strip(" ،,")
    elif lang == "en" and (described := _EN_ABOUT_OBJECT.search(q, after)):
        topic = described.group("t").strip(" ,")
    if person:
        person = _clean_person(person)
    if person and person.lower() in _PRONOUN_PERSON:
        person = "<pronoun>"
    if person is None and lang == "ar" and (_AR_PRONOUN_SUFFIX.search(q) or _AR_SAID_ABOUT.search(normalize_ar(q))):
        person = "<pronoun>"  # ("وماذا قال عن العقوبات؟": the verb's subject is the last person asked about)
    if topic and topic.lower() in _PRONOUN_TOPIC:
        topic = "<pronoun>"
    if topic and lang == "ar" and _AR_ONLY_CHANNEL.match(normalize_ar(topic)):
        topic = None
    return Asked(q, lang, person, topic, wants_more=bool(_ELSE.search(q)))


# Subjects that are not people: "What did the articles say about ...". ("The source" is the unnamed source an
# article quotes, as "ماذا قال المصدر؟" asks: a speaker.)
_NOT_PEOPLE = re.compile(
    r"^(?:the\s+)?(?:articles?|reports?|news|texts?|story|stories|press|media|documents?|meeting|talks|it|they)$", re.I
)


def _clean_person(phrase: str) -> str | None:
    phrase = re.sub(
        r"^(?:(?:what|who|how|which)(?:'s|\s+is|\s+was|\s+are|\s+were)|(?:give|show|tell)\s+me)\s+", "", phrase, flags=re.I
    )
    phrase = _ELSE.sub("", phrase).strip(" ،,")
    if not phrase or phrase.lower() in ("it", "they"):
        return "<pronoun>"  # "what did it say": the body of the last turn
    return None if _NOT_PEOPLE.match(phrase) else phrase


_EN_FUNCTION = set(
    """the a an of and or mr mrs ms dr did does do what which who whom how why when where about on regarding
    say said says tell told mention mentioned think state stated his her its their that this it is was were be
    has have had according to else also more other again any anything something in with for from by at as""".split()
)


def content_words(text: str) -> set[str]:
    """The words a question is about: Arabic words normalised without the article, English words lower-cased,
    function words left out (for checking that a rewrite kept them all)."""
    ar = {w for w in (bare(x) for x in ARABIC_WORD.findall(text)) if len(w) > 1}
    en = {w for w in re.findall(r"[a-z][a-z'\-]*", text.lower()) if w not in _EN_FUNCTION}
    return ar | en


def _unfolded_start(q: str, folded_start: int) -> int:
    """Where an offset of the normalised, diacritic-free question falls in the question as written."""
    plain = 0
    for i, c in enumerate(q):
        if plain == folded_start:
            return i
        if not re.match("[\u064b-\u065f\u0670\u0640]", c):
            plain += 1
    return len(q)


def _arabic_person(q: str) -> tuple[str | None, str | None]:
    """The person of an Arabic question, as the user wrote it, without whom the words were for ("ماذا قال الوزير
    للصحفيين عن النفط؟": الوزير), and what a verb that takes an object was asked about ("كيف وصف قرقاش الرد
    القطري؟": قرقاش, الرد القطري). Patterns run on the normalised text, whose offsets match the original as long
    as only letters were folded (diacritics are dropped first)."""
    plain = re.sub("[\u064b-\u065f\u0670\u0640]", "", q)
    # (The preposition "على" keeps its ى, which normalising folds into the name "علي": "كيف علق X على Y".)
    folded = re.sub(r"(?<!\S)علي(?!\S)", lambda m: plain[m.start() : m.end()], normalize_ar(plain))
    for pat in _AR_PERSON:
        m = pat.search(folded)
        # (A channel with "his/her" too: "في خطابه" is where it was said.)
        held = re.match(rf"\s+(?:في|من)\s+(?!(?:{_AR_CHANNEL_OWNED})\b)", folded[m.end("p") :]) if m else None
        if m and held and _is_title(m.group("p").split()[-1]):
            # "ماذا قال القيادي في حماس عن الانسحاب": after a title, "في/من X" says where they hold it (but "في
            # مؤتمر صحفي" is where they said it).
            m = _AR_PERSON_ABOUT.search(folded) or _AR_PERSON[-1].search(folded) or m  # (and with no topic, all of it)
        if m and re.match(rf"(?:{_AR_ABOUT_PREP})(?:\s|$)", m.group("p")):
            return None, None  # "وماذا قال عن العقوبات؟": no subject, only what it was about
        if m:
            end = _past_constituency(folded, m.group("p"), m.end("p"))
            words = plain[m.start("p") : end].strip(" ،,؟?").split()
            while len(words) > 1 and normalize_ar(words[-1]).startswith("لل"):
                words.pop()
            person = " ".join(words)
            verb = plain[: m.start("p")].split()[-1:]
            subject = subject_of_verb(f"{verb[0]} {person}") if verb else None
            if subject and len(subject) < len(person) and person.startswith(subject):
                return subject, person[len(subject) :].strip(" ،,") or None
            return person, None
    return None, None


_AR_ABOUT_WORD = re.compile(rf"\s(?:{_AR_ABOUT_PREP})\s")


def _past_constituency(folded: str, person: str, end: int) -> int:
    """Where the person ends when "عن" after a member's title says whom they sit for ("ماذا قال النائب عن حزب
    الوفد محمد داود عن القانون؟"): at the next "عن/حول …" or the question's end. Otherwise at end."""
    sits = re.match(r"\s+عن\s+(\S+)", folded[end:])
    if not sits or not person.split() or not sits_for(person.split()[-1], sits.group(1)):
        return end
    later = _AR_ABOUT_WORD.search(folded, end + sits.end())
    return later.start() if later else len(folded)


def _is_title(word: str) -> bool:
    """A title or role word ("القيادي", "المسؤول"), after which "في/من X" says where it is held."""
    return bare(word) in title_words() or NameQuery.parse(word).is_role_only


def bare_phrase(question: str) -> str | None:
    """The X of "And X?" / "What about X?" / "وماذا عن X؟" — a person or a topic, decided by the caller."""
    q = question.strip()
    lang = "ar" if is_arabic(q) else "en"
    if not (_AR_FOLLOW if lang == "ar" else _EN_FOLLOW).search(q):
        return None
    m = (_AR_BARE if lang == "ar" else _EN_BARE).match(q)
    if not m:
        return None
    x = m.group("x").strip(" ،,")
    if _ELSE.fullmatch(x):
        return None  # "And what else?", "وماذا أيضا؟": more of the same, not a new person or topic
    return x if 0 < len(x.split()) <= 5 else None


def with_history(asked: Asked, previous: Asked | None, is_person) -> Asked:
    """Fill what a follow-up lacks from the previous turn. is_person(phrase) tells people from topics."""
    if previous is None:
        if asked.person == "<pronoun>" or asked.wants_more and not (asked.person or asked.topic):
            # ("What else?" as a first question: more of nothing)
            asked = replace(asked, person=None, unresolved=True)
        if asked.topic == "<pronoun>":
            asked = replace(asked, topic=None)
        return asked
    bare = bare_phrase(asked.question) if asked.person is None else None
    if bare:
        if is_person(bare):
            asked = replace(asked, person=bare, topic=None)
        else:
            asked = replace(asked, topic=bare)
    if asked.person in (None, "<pronoun>") and previous.person and (asked.person == "<pronoun>" or bare or asked.wants_more):
        asked = replace(asked, person=previous.person, person_from_history=True)
    elif asked.person == "<pronoun>":
        asked = replace(asked, person=None, unresolved=True)
    if asked.topic in (None, "<pronoun>") and previous.topic and (asked.topic == "<pronoun>" or bare):
        asked = replace(asked, topic=previous.topic, topic_from_history=True)
    elif asked.topic == "<pronoun>":
        asked = replace(asked, topic=None)
    return asked
