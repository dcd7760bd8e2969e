"""Measure ArticleQA.people() against the news-dev set's annotated speakers (issue 15's yardstick).

Each article's named speakers are attribution.yaml's items with a `speaker_en`, grouped by it, with every
`speaker_forms` they are given. A listed person's mentions are each assigned to the gold speaker whose longest
matching form is longest (matching as `rag eval` judges speakers: evaluation.judge.matches_forms). Reported, per
article: named speakers listed; missing (no person's mention is theirs); split (two or more people of the article
are theirs); merged (one person whose mentions belong to two gold speakers).

    rag ingest ../shared/data/news-dev/articles --store S
    python scripts/measure_people.py --store S [--data ../shared/data/news-dev] [-v]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from evaluation.judge import matches_forms
from rag import ArticleQA


def _owner(mention: str, speakers: dict[str, set[str]]) -> str | None:
    """The gold speaker a mention is: the one with a form the mention contains, the longest such form; only when
    none, one whose form contains the mention ("منظمة التجارة العالمية" is the organisation, not its director
    "المدير العام لمنظمة التجارة العالمية ...")."""

    def fit(forms: set[str]) -> tuple[int, int]:
        return max(((f in mention, len(f)) for f in forms if matches_forms(mention, (f,))), default=(0, 0))

    best, who = max((fit(forms), en) for en, forms in speakers.items())
    return who if best[1] else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--data", default="../shared/data/news-dev")
    ap.add_argument("-v", action="store_true", help="print each missing, split and merged speaker")
    args = ap.parse_args()
    qa = ArticleQA.open(store_dir=Path(args.store))
    gold: dict[str, dict[str, set[str]]] = {}
    unnamed: dict[str, list[list[str]]] = {}  # speakers without a name (an unnamed source): not counted, not extra
    for it in yaml.safe_load((Path(args.data) / "attribution.yaml").read_text(encoding="utf-8")):
        if it.get("speaker_en"):
            gold.setdefault(it["article"], {}).setdefault(it["speaker_en"], set()).update(it["speaker_forms"])
        elif it.get("speaker_forms"):
            unnamed.setdefault(it["article"], []).append(it["speaker_forms"])
    article_of = {Path(r.source).name: i for i, r in qa.store.served().items()}
    counts = dict(named=0, listed=0, missing=0, split=0, merged=0, extra=0)
    for name, speakers in gold.items():
        owners: dict[str, list[str]] = {}
        for person in qa.people(article_of[name]):
            who = {_owner(m, speakers) for m in person.mentions} - {None}
            if not who and not any(matches_forms(m, forms) for m in person.mentions for forms in unnamed.get(name, ())):
                counts["extra"] += 1
                if args.v:
                    print(f"EXTRA   {name}: {person.mentions}")
            if len(who) > 1:
                counts["merged"] += 1
                if args.v:
                    print(f"MERGED  {name}: {person.mentions} is {sorted(who)}")
            for en in who:
                owners.setdefault(en, []).append(person.name)
        for en in speakers:
            counts["named"] += 1
            if en not in owners:
                counts["missing"] += 1
                if args.v:
                    print(f"MISSING {name}: {en}")
                continue
            counts["listed"] += 1
            if len(owners[en]) > 1:
                counts["split"] += 1
                if args.v:
                    print(f"SPLIT   {name}: {en} is {owners[en]}")
    print(
        "named speakers (per article) {named}: listed {listed}, missing {missing}; split {split}; merged {merged};"
        " listed people who are no annotated speaker {extra}".format(**counts)
    )


if __name__ == "__main__":
    main()
