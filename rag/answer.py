"""The sentences of an answer in the question's language: the intro that names who and what, the message saying
why nothing was found, the notes, and the wording of quote and source lines (rag.models.Answer renders those).
Wording lives in prompts/answer.<lang>.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from rag.models import AnswerWording, Quote


@lru_cache(maxsize=8)
def templates(prompts_dir: Path, language: str) -> dict[str, str]:
    path = prompts_dir / f"answer.{language}.yaml"
    loaded: dict[str, str] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def wording(t: dict[str, str]) -> AnswerWording:
    return AnswerWording(
        quote=t["quote"],
        quote_no_speaker=t["quote_no_speaker"],
        quote_denied=t["quote_denied"],
        sources_header=t["sources_header"],
        source=t["source"],
    )


def intro(t: dict[str, str], person: str | None, topic: str | None, who: bool = False, claim: bool = False) -> str:
    if who:
        return t["intro_who_claim" if claim else "intro_who"].format(topic=topic)
    if person and topic:
        return t["intro_person_topic"].format(person=person, topic=topic)
    if person:
        return t["intro_person"].format(person=person)
    if topic:
        return t["intro_topic"].format(topic=topic)
    return t["intro"]


def not_found_message(
    t: dict[str, str],
    question: str,
    person: str | None,
    topic: str | None,
    after_previous: bool,
    elsewhere: list[Quote] | None = None,
    who: bool = False,
    nationals: list[str] | None = None,
    claim: bool = False,
    unresolved: bool = False,
    namesakes: list[tuple[str, str]] | None = None,
) -> str:
    """Why there is no answer: nothing on the question; nothing more from the person; the person is quoted, but
    on other things (named by the start of what they said); the articles do not quote the person at all (but
    they quote people of that country: nationals, as the articles name them; or several people the name fits
    and cannot tell apart: namesakes); or, asked who spoke on something
    (or said something: claim), nobody did; or it says "he" or "she" and no one was asked about before
    (unresolved)."""
    if unresolved:
        return t["unresolved"].format(question=question)
    if who:
        return t["not_found_who_claim" if claim else "not_found_who"].format(topic=topic, question=question)
    about = t["about"].format(topic=topic) if topic else ""
    if person and after_previous:
        return t["no_more"].format(person=person, about=about)
    if person and elsewhere:
        said = t["list_separator"].join(
            t["excerpt_denied" if q.denied else "excerpt"].format(text=_excerpt(q.text)) for q in elsewhere
        )
        # (With no topic the question asked something else of them: never "the articles do not quote X".)
        template = "person_other_topics" if topic else "person_other_words"
        return t[template].format(person=person, about=about, said=said, question=question)
    if person and elsewhere is None and nationals:
        return t["person_absent_nationals"].format(person=person, nationals=t["list_separator"].join(nationals))
    if person and elsewhere is None and namesakes:
        named = t["list_separator"].join(t["namesake"].format(name=name, latin=latin) for name, latin in namesakes)
        template = "person_ambiguous" if len(namesakes) > 1 else "person_ambiguous_one"
        return t[template].format(person=person, namesakes=named)
    if person:
        return t["person_absent"].format(person=person, question=question)
    return t["not_found"].format(question=question)


def _excerpt(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
