"""What a question asks: whose words (person) and on what (topic), in which language, and what a follow-up
carries over from the previous turn ("And the Emir?", "What else did he say?", "وماذا عن بوتين؟").

Without an LLM, follow-ups are resolved by slots, never by rewriting the user's words: the person or topic
that the new question lacks is taken from the last turn, and the answer keeps the new question's language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rag.text import is_arabic

_EN_VERBS = (
    "say|said|tell|told|think|state|mention|announce|declare|stress|add|reply|respond|comment|describe|call|"
    "express|warn|claim|confirm|propose|urge|discuss|report|insist|emphasi[sz]e|note|reveal|explain"
)
_EN_PERSON = [
    re.compile(rf"\b(?:did|does|do|has|have|had|will|would)\s+(?P<p>.+?)\s+(?:{_EN_VERBS})\b", re.I),
    re.compile(r"\baccording to (?P<p>[^,?.]+)", re.I),
    re.compile(r"(?P<p>[\w .'-]+?)'s\s+(?:view|position|stance|statement|remarks|comments|words|opinion)\b", re.I),
    re.compile(rf"^(?:and\s+)?(?:what\s+)?(?P<p>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?:{_EN_VERBS})\b"),
]
_EN_TOPIC = re.compile(r"\b(?:about|on|regarding|concerning|over|towards?)\s+(?P<t>[^?]+?)\s*\??$", re.I)
_EN_BARE = re.compile(r"^(?:and|but)?\s*(?:what|how)?\s*(?:about)?\s*(?P<x>[^?]+?)\s*\??$", re.I)
_EN_FOLLOW = re.compile(r"^\s*(?:and|but|what about|how about)\b", re.I)

_AR_VERBS = "قال|يقول|قاله|صرح|ذكر|أكد|اكد|أعلن|اعلن|أضاف|اضاف|رأي|رأى|موقف|تصريحات|كلام|تحدث|أوضح|اوضح|شدد|أشار|اشار|دعا"
_AR_PREP = "عن|حول|بشأن|بشان|تجاه|إزاء|ازاء|من|في|بخصوص|إلى|الى"
_AR_PERSON = [
    re.compile(rf"(?:{_AR_VERBS})\s+(?P<p>[^؟?]+?)\s+(?:{_AR_PREP})\s"),
    re.compile(rf"(?:{_AR_VERBS})\s+(?P<p>[^؟?]+?)\s*[؟?]?$"),
]
_AR_TOPIC = re.compile(rf"(?:^|\s)(?:{_AR_PREP})\s+(?P<t>[^؟?]+?)\s*[؟?]?$")
_AR_BARE = re.compile(r"^\s*و?\s*(?:ماذا|ما)?\s*(?:عن)?\s*(?P<x>[^؟?]+?)\s*[؟?]?$")
_AR_FOLLOW = re.compile(r"^\s*(?:و|وماذا|ماذا عن|وما)")

_PRONOUN_PERSON = {"he", "she", "they", "him", "her", "them", "هو", "هي", "هم"}
_PRONOUN_TOPIC = {"it", "that", "this", "them", "this topic", "that issue", "the same", "ذلك", "هذا", "هذه", "الموضوع", "عنه", "عنها", "ذلك الموضوع"}
_ELSE = re.compile(r"\b(?:else|more|other|also|again|another)\b|أيضاً|أيضا|ايضاً|ايضا|آخر|اخر|غير ذلك|المزيد", re.I)
_AR_PRONOUN_SUFFIX = re.compile(r"(?:قال|أضاف|اضاف|ذكر|أكد|اكد)(?:ه|ها|وا)?\s*(?:أيضا|أيضاً|ايضا)?\s*[؟?]?$")


@dataclass(frozen=True)
class Asked:
    question: str
    language: str  # "ar" or "en"
    person: str | None = None  # as the user wrote it
    topic: str | None = None
    wants_more: bool = False  # "what else": leave out what was already quoted
    person_from_history: bool = False
    topic_from_history: bool = False

    @property
    def search_text(self) -> str:
        """What retrieval looks for: the question plus whatever it carried over."""
        extra = [x for x, carried in ((self.person, self.person_from_history), (self.topic, self.topic_from_history)) if carried and x]
        return " ".join([self.question, *extra])


def parse(question: str) -> Asked:
    q = question.strip()
    lang = "ar" if is_arabic(q) else "en"
    person = topic = None
    for pat in _AR_PERSON if lang == "ar" else _EN_PERSON:
        m = pat.search(q)
        if m:
            person = m.group("p").strip(" ،,")
            break
    m = (_AR_TOPIC if lang == "ar" else _EN_TOPIC).search(q)
    if m:
        topic = m.group("t").strip(" ،,")
    if person:
        person = _clean_person(person)
    if person and person.lower() in _PRONOUN_PERSON:
        person = "<pronoun>"
    if person is None and lang == "ar" and _AR_PRONOUN_SUFFIX.search(q):
        person = "<pronoun>"
    if topic and topic.lower() in _PRONOUN_TOPIC:
        topic = "<pronoun>"
    return Asked(q, lang, person, topic, wants_more=bool(_ELSE.search(q)))


# Subjects that are not people: "What did the articles say about ...".
_NOT_PEOPLE = re.compile(r"^(?:the\s+)?(?:articles?|reports?|news|texts?|story|stories|press|media|sources?|documents?|meeting|talks|it|they)$", re.I)


def _clean_person(phrase: str) -> str | None:
    phrase = re.sub(r"^(?:what|who|how|which)\s+(?:is|was|are|were)\s+", "", phrase, flags=re.I)
    phrase = _ELSE.sub("", phrase).strip(" ،,")
    if not phrase:
        return "<pronoun>"
    return None if _NOT_PEOPLE.match(phrase) else phrase


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
    return x if 0 < len(x.split()) <= 5 else None


def with_history(asked: Asked, previous: Asked | None, is_person) -> Asked:
    """Fill what a follow-up lacks from the previous turn. is_person(phrase) tells people from topics."""
    if previous is None:
        if asked.person == "<pronoun>":
            asked = replace(asked, person=None)
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
        asked = replace(asked, person=None)
    if asked.topic in (None, "<pronoun>") and previous.topic and (asked.topic == "<pronoun>" or bare):
        asked = replace(asked, topic=previous.topic, topic_from_history=True)
    elif asked.topic == "<pronoun>":
        asked = replace(asked, topic=None)
    return asked
