"""Readers while an ingest writes the same embedded store: no exceptions, and answers about articles the ingest
does not touch stay what they were in a quiet run (readers see the old index or the new one, never a mix)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from rag import ArticleQA

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "articles"
QUESTIONS = [
    "ماذا قال بوتين عن سوريا؟",
    "What did the Emir say about Israel?",
    "ماذا قال بيسكوف؟",
    "What did Putin say about gas?",
]
ENOUGH = 300  # questions asked while ingests run
OTHER = "مقال متغير\n\nقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في القاهرة بعد {n} أيام.\n"


def _shown(answer) -> tuple:
    return answer.found, [(q.article_id, q.start, q.end) for q in answer.quotes]


@pytest.mark.timeout(600)
def test_readers_during_ingests_get_no_errors_and_unchanged_answers(tmp_path, make_settings, embedder):
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLES, articles)
    settings = make_settings(articles_dir=articles)
    assert ingest([articles], settings, embedder=embedder).ok
    quiet = {q: _shown(ArticleQA.open(settings, embedder=embedder).ask(q)) for q in QUESTIONS}

    errors: list[BaseException] = []
    asked = [0]
    differing: list[tuple[str, tuple, tuple]] = []
    writing = threading.Event()
    writing.set()

    def reader(n: int) -> None:
        try:
            qa = ArticleQA.open(settings, embedder=embedder)  # several threads open the store at once
            while writing.is_set():
                q = QUESTIONS[n % len(QUESTIONS)]
                got = _shown(qa.ask(q))
                asked[0] += 1
                if got != quiet[q]:
                    differing.append((q, quiet[q], got))
                n += 1
                qa.refresh()  # as the app does after an ingest: pick up the new records and BM25
        except BaseException as e:  # noqa: BLE001 (every failure is what this test looks for)
            errors.append(e)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    try:
        n = 0
        while asked[0] < ENOUGH or n < 3:  # a changing third article: new chunks, records and BM25 each time
            (articles / "other.txt").write_text(OTHER.format(n=n + 2), encoding="utf-8")
            assert ingest([articles], settings, embedder=embedder).ok
            n += 1
    finally:
        writing.clear()
        for t in threads:
            t.join(timeout=120)
    assert not errors, errors
    assert asked[0] >= ENOUGH
    assert not differing, differing[:3]
