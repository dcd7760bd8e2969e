"""The people list (ArticleQA.people) against a gold attribution file (the format of news-dev's attribution.yaml):
is every named speaker listed, once per article, and never merged with another?

Each article's named speakers are the file's items with a `speaker_en`, grouped by it, with all the
`speaker_forms` they are given. A listed person's mentions are each assigned to the gold speaker they are: the
one with a form the mention contains (the longest such form), or only when there is none, one whose form contains
the mention ("منظمة التجارة العالمية" is the organisation, not its director "المدير العام لمنظمة التجارة العالمية
..."), as `rag eval` judges speakers (evaluation.judge.matches_forms), never by the project's own name matching.

Per article, a named speaker is listed (some person's mention is theirs), missing, or split (two or more people
of the article are theirs); a person is merged when their mentions belong to two gold speakers (the worst case:
one's words under the other's name), and extra when they are no annotated speaker at all, named or unnamed. An
entry for speakers named together ("الأمم المتحدة وتحالف غافي"), whose mentions hold the forms of two gold
speakers, is counted as joint: it is neither of them alone, so it neither splits nor merges them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evaluation.attribution import GoldStatement
from evaluation.judge import matches_forms
from evaluation.questions import QuestionSetError
from evaluation.runner import ids_named, indexed_sources
from rag.qa import ArticleQA


@dataclass
class PeopleRun:
    named: int = 0
    listed: int = 0
    missing: int = 0
    split: int = 0
    merged: int = 0
    extra: int = 0
    joint: int = 0  # entries for speakers named together, each also a gold speaker: neither split nor extra
    details: list[str] = field(default_factory=list)  # one line per missing, split, merged or extra

    def summary(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("named", "listed", "missing", "split", "merged", "extra", "joint")}


def owner(mention: str, speakers: dict[str, set[str]]) -> str | None:
    """The gold speaker (speaker_en) a mention is, or None: also for a joint mention, one that contains the forms
    of two gold speakers ("الأمم المتحدة وتحالف غافي"), which is neither of them alone."""

    def fit(forms: set[str]) -> tuple[bool, int]:
        return max(((f in mention, len(f)) for f in forms if matches_forms(mention, (f,))), default=(False, 0))

    if joint(mention, speakers):
        return None
    best, who = max((fit(forms), en) for en, forms in speakers.items())
    return who if best[1] else None


def joint(mention: str, speakers: dict[str, set[str]]) -> bool:
    """Does the mention join two gold speakers with "و", one's form before it and another's after it?"""
    for m in re.finditer(r"\sو(?=\S)", mention):
        before, after = mention[: m.start()], mention[m.end() :]
        left = {en for en, forms in speakers.items() if any(len(f) >= 4 and f in before for f in forms)}
        right = {en for en, forms in speakers.items() if any(len(f) >= 4 and f in after for f in forms)}
        if left and right and left != right:
            return True
    return False


def score_people(qa: ArticleQA, items: list[GoldStatement], file: str = "") -> PeopleRun:
    named: dict[str, dict[str, set[str]]] = {}
    unnamed: dict[str, list[tuple[str, ...]]] = {}  # unnamed sources: neither counted nor extra
    for it in items:
        if it.speaker_en:
            named.setdefault(it.article, {}).setdefault(it.speaker_en, set()).update(it.speaker_forms)
        else:
            unnamed.setdefault(it.article, []).append(it.speaker_forms)
    sources = indexed_sources(qa)
    run = PeopleRun()
    for article in sorted(set(named) | set(unnamed)):
        ids = ids_named(sources, article)
        if not ids:
            raise QuestionSetError(f"{file}: article '{article}' is not in the index. Ingest it or fix the file name.")
        speakers = named.get(article, {})
        owners: dict[str, list[str]] = {}
        for person in (p for i in ids for p in qa.people(i)):
            who = {w for m in person.mentions if speakers and (w := owner(m, speakers))}
            if len(who) > 1:
                run.merged += 1
                run.details.append(f"MERGED  {article}: {list(person.mentions)} is {sorted(who)}")
            if person.mentions and all(joint(m, speakers) for m in person.mentions):
                run.joint += 1
                continue
            if not who and not any(matches_forms(m, forms) for m in person.mentions for forms in unnamed.get(article, ())):
                run.extra += 1
                run.details.append(f"EXTRA   {article}: {list(person.mentions)}")
            for en in who:
                owners.setdefault(en, []).append(person.name)
        for en in speakers:
            run.named += 1
            if en not in owners:
                run.missing += 1
                run.details.append(f"MISSING {article}: {en}")
                continue
            run.listed += 1
            if len(owners[en]) > 1:
                run.split += 1
                run.details.append(f"SPLIT   {article}: {en} is {owners[en]}")
    return run
