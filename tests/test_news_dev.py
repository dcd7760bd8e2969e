"""The yardstick on real news (issue 11): statement attribution and the question set of ../shared/data/news-dev,
judged by the gold speaker forms, never by the project's own name matching.

The thresholds are what the code reached when they were set, minus a small margin, so the figures cannot slide
back unnoticed. Raise them as attribution improves; every assertion prints the measured figures.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from evaluation.attribution import load_attribution_set, score_attribution
from evaluation.people import score_people
from evaluation.questions import load_question_set
from evaluation.runner import evaluate

# CI clones the repository next to a copy of shared/.
NEWS_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-dev"

# Thresholds at what the code reaches (measured: attribution 0.983 right, 0 wrong; questions 0.875 right,
# English 0.855, Arabic 0.931, unanswerable 0.957 "not found", wrong-person quotes 2 of 200), less about one
# item, so that it cannot slide back. Raise them with the figures.
# Statement attribution (attribution.yaml, 359 items): shares of all items.
MIN_ATTRIBUTION_RIGHT = 0.978
MAX_ATTRIBUTION_WRONG = 0.01
# Question set (questions.yaml: 112 answerable, 83 of them English and 29 Arabic; 23 unanswerable).
MIN_ANSWERED_RIGHT = 0.86
MIN_ANSWERED_RIGHT_EN = 0.84
MIN_ANSWERED_RIGHT_AR = 0.89
MIN_UNANSWERABLE_NOT_FOUND = 0.95
MAX_WRONG_PERSON_RATE = 0.015
# People list (rag eval people: 138 named speakers counted per article): 134 listed, 7 split, none merged (a
# capital is its country, also misspelt by a dot: North Korea's "بيونعيانغ").
MIN_PEOPLE_LISTED = 133
MAX_PEOPLE_SPLIT = 6

pytestmark = pytest.mark.skipif(
    not (NEWS_DEV / "articles").is_dir(),
    reason=f"the news-dev set is not at {NEWS_DEV}: put a copy of shared/ next to the repository to run these",
)


@pytest.fixture(scope="module")
def news_dev_qa(tmp_path_factory, embedder):
    """ArticleQA over the 29 news-dev articles, ingested once for this module with the real embedder."""
    from ingest.pipeline import ingest
    from rag import ArticleQA
    from rag.settings import Settings

    articles = NEWS_DEV / "articles"  # only read: the index goes to a tmp folder
    settings = Settings(store_dir=tmp_path_factory.mktemp("news-dev") / "store", articles_dir=articles)
    t0 = time.perf_counter()
    report = ingest([articles], settings, embedder=embedder)
    print(f"\nnews-dev ingest: {report.summary()} ({time.perf_counter() - t0:.1f} s wall)")
    assert report.ok and report.added == len(list(articles.glob("*.txt"))), report.summary()
    return ArticleQA.open(settings, embedder=embedder)


def test_statement_attribution_holds(news_dev_qa):
    path = NEWS_DEV / "attribution.yaml"
    items = load_attribution_set(path)
    run = score_attribution(news_dev_qa, items, str(path))
    overall = run.overall
    figures = f"all {overall.to_dict()}; " + "; ".join(f"{k} {t.to_dict()}" for k, t in run.by_kind.items())
    print("\nnews-dev attribution: " + figures)
    assert overall.total == len(items)
    assert overall.share("right") >= MIN_ATTRIBUTION_RIGHT, figures
    assert overall.share("wrong") <= MAX_ATTRIBUTION_WRONG, figures


def test_question_set_holds(news_dev_qa):
    questions = load_question_set(NEWS_DEV / "questions.yaml")
    run = evaluate(news_dev_qa, questions, 5)
    s = run.summary
    figures = ", ".join(f"{k} {v}" for k, v in s.items())
    print("\nnews-dev questions: " + figures)
    assert s["fabricated_quotes"] == 0, figures
    assert s["answered_right"] >= MIN_ANSWERED_RIGHT, figures
    assert s["answered_right_en"] >= MIN_ANSWERED_RIGHT_EN, figures
    assert s["answered_right_ar"] >= MIN_ANSWERED_RIGHT_AR, figures
    assert s["not_found_accuracy"] >= MIN_UNANSWERABLE_NOT_FOUND, figures
    assert s["wrong_person_rate"] is not None and s["wrong_person_rate"] <= MAX_WRONG_PERSON_RATE, figures


def test_people_list_holds_and_never_merges_two_speakers(news_dev_qa):
    run = score_people(news_dev_qa, load_attribution_set(NEWS_DEV / "attribution.yaml"))
    figures = f"{run.summary()}\n" + "\n".join(run.details)
    print("\nnews-dev people: " + figures)
    assert run.merged == 0, figures  # one person's words under another's name
    assert run.listed >= MIN_PEOPLE_LISTED and run.split <= MAX_PEOPLE_SPLIT, figures
