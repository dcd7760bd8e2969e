"""kill -9 of a real `rag ingest` in the middle of embedding, then a re-run: the store ends exactly as a clean
ingest would leave it, with no duplicate or stale chunks, and what readers saw in between was consistent."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest.chunk import chunk_article
from ingest.load import load_file
from ingest.pipeline import content_version, ingest
from rag.store import Store, chunk_id

WORDS = (
    "الرئيس الأمير الحكومة الوزير الوفد المفاوضات الاتفاق التعاون الاقتصاد الغاز الطاقة المنطقة السلام "
    "الحدود المساعدات الإعمار الأمن الاستقرار الشعب القمة العاصمة البرلمان الانتخابات الموازنة"
).split()
VERBS = "أكد قال أعلن أوضح أشار أضاف شدد كشف".split()
PROGRESS = re.compile(r"embedding chunks and statements:.*?\|\s*(\d+)/(\d+)")
N_OLD, N_NEW = 8, 32  # articles indexed before the crash run, and articles that run adds
KILL_AT = 100  # passages (chunks and statements) embedded; with batches of 2, groups of 8 articles (about 65 passages)
# are written as they finish, so this is inside the second group


def paragraph(rng: random.Random, i: int) -> str:
    sentences = []
    for _ in range(3):
        verb, *words = rng.sample(VERBS, 1) + rng.sample(WORDS, 6)
        sentences.append(f"{verb} {' '.join(words)} رقم {i}.")
    return " ".join(sentences)


def write_jsonl(path: Path, texts: list[str]) -> None:
    path.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")


def rag_command() -> list[str]:
    script = Path(sys.executable).with_name("rag")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]


def state(settings, embedder) -> tuple[Store, dict[str, set[str]], dict[str, dict]]:
    store = Store(settings, embedder.model_id, embedder.dim, create=False)
    by_article: dict[str, set[str]] = {}
    metas: dict[str, dict] = {}
    for cid, meta in store.chunk_metadata().items():
        by_article.setdefault(meta["article_id"], set()).add(cid)
        metas[cid] = meta
    return store, by_article, metas


def test_kill_9_mid_ingest_then_rerun_reaches_the_clean_state(tmp_path, make_settings, embedder):
    rng = random.Random(7)
    texts = [paragraph(rng, i) for i in range(N_OLD + N_NEW)]
    feed = tmp_path / "feed.jsonl"
    settings = make_settings(embed_batch_size=2)

    # Version 1 of the first articles, fully indexed.
    write_jsonl(feed, texts[:N_OLD])
    assert ingest([feed], settings, embedder=embedder).added == N_OLD
    _, v1_chunks, _ = state(settings, embedder)

    # Version 2: the old articles edited, many new ones. Killed while embedding.
    texts[:N_OLD] = [t + " وقد تم تحديث هذا الخبر لاحقاً." for t in texts[:N_OLD]]
    write_jsonl(feed, texts)
    articles = load_file(feed, settings.max_file_bytes)
    expected = {}
    for a in articles:
        version = content_version(a, settings, embedder.model_id)
        expected[a.id] = {chunk_id(c, version) for c in chunk_article(a, settings.chunk_size, settings.chunk_overlap)}
    total = sum(len(ids) for ids in expected.values())

    env = {**os.environ, "RAG_EMBED_BATCH_SIZE": "2", "RAG_STORE_DIR": str(settings.store_dir)}
    proc = subprocess.Popen(rag_command() + ["ingest", str(feed)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = bytearray()
    reader = threading.Thread(target=lambda: [seen.extend(b) for b in iter(lambda: proc.stderr.read1(4096), b"")], daemon=True)
    reader.start()
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            done = [int(m.group(1)) for m in PROGRESS.finditer(seen.decode(errors="replace"))]
            if done and done[-1] >= KILL_AT:
                break
            time.sleep(0.05)
        assert proc.poll() is None, f"rag ingest ended before it could be killed:\n{seen.decode(errors='replace')}"
        assert time.monotonic() < deadline, "rag ingest did not reach the kill point in time"
    finally:
        proc.kill()  # SIGKILL, by PID
        proc.wait()
    reader.join(5)
    assert proc.returncode == -9

    # Some but not all of the new chunks are in; whatever readers are served is whole and of one version.
    store, chunks, metas = state(settings, embedder)
    new_written = sum(len(chunks.get(a, set()) & ids) for a, ids in expected.items())
    assert 0 < new_written < total
    for article_id, rec in store.served().items():
        served = {c for c in chunks[article_id] if store.is_served(metas[c])}
        assert len(served) == rec.n_chunks
        assert served in (expected[article_id], v1_chunks.get(article_id))
        assert store.article_text(article_id)  # the text quotes are cut from is there for every served article

    # The next run finishes the job.
    rerun = subprocess.run(rag_command() + ["ingest", str(feed)], env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert "0 failed" in rerun.stdout
    for noise in ("DEBUG", "Overriding", "Finding newlines", "WARNING"):
        assert noise not in rerun.stderr

    store, chunks, metas = state(settings, embedder)
    assert chunks == expected  # every article has exactly its current version's chunks: no duplicates, no stale
    assert store.chunk_count() == total
    records = store.records()
    assert set(records) == set(expected)
    assert all(r.version and not r.pending and r.n_chunks == len(expected[r.id]) for r in records.values())
    assert store.bm25().chunk_ids() == {c for ids in expected.values() for c in ids}
    for a in articles:
        assert store.article_text(a.id) == a.text


class InjectedCrash(BaseException):
    """Stands in for the process dying at one exact step of the write protocol (kill -9 cannot be aimed
    that precisely); BaseException, so nothing in the pipeline can catch it and carry on."""


def _crash(*_a, **_k):
    raise InjectedCrash


def _crash_on_switch(set_records):
    """Let the pending marks through (rows serving no version yet); crash on the call that switches versions."""

    def patched(self, rows):
        if any(version for _, version, *_ in rows):
            raise InjectedCrash
        return set_records(self, rows)

    return patched


ARTICLE_A = "لقاء في موسكو\n\nقال الرئيس الروسي إن العلاقات مع قطر تتطور."
ARTICLE_B = "زيارة إلى الدوحة\n\nأكد أمير قطر أن الحوار مستمر."


@pytest.mark.parametrize("step", ["after the pending mark", "after the new chunks", "after the switch"])
def test_crash_at_each_step_of_an_update_is_invisible_then_repaired(step, tmp_path, make_settings, embedder, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    settings = make_settings()
    ingest([folder], settings, embedder=embedder)
    _, before, _ = state(settings, embedder)
    [b_old] = load_file(folder / "b.txt", settings.max_file_bytes)

    (folder / "b.txt").write_text(ARTICLE_B + " وقال إن الجولة المقبلة في القاهرة.", encoding="utf-8")
    [b_new] = load_file(folder / "b.txt", settings.max_file_bytes)
    new_ids = {
        chunk_id(c, content_version(b_new, settings, embedder.model_id))
        for c in chunk_article(b_new, settings.chunk_size, settings.chunk_overlap)
    }
    with monkeypatch.context() as m:
        if step == "after the pending mark":
            m.setattr(Store, "_chunk_meta", staticmethod(_crash))
        elif step == "after the new chunks":
            m.setattr(Store, "_set_records", _crash_on_switch(Store._set_records))
        else:
            m.setattr(Store, "_finish", _crash)
        with pytest.raises(InjectedCrash):
            ingest([folder], settings, embedder=embedder)

    store, chunks, metas = state(settings, embedder)
    served_b = {c for c in chunks[b_old.id] if store.is_served(metas[c])}
    switched = step == "after the switch"
    assert served_b == (new_ids if switched else before[b_old.id])
    assert store.article_text(b_old.id) == (b_new.text if switched else b_old.text)
    assert store.records()[b_old.id].pending  # the next run knows it has work to finish
    assert {c for c in chunks[b_old.id]} >= served_b

    report = ingest([folder], settings, embedder=embedder)
    assert report.ok and (report.updated, report.unchanged) == (1, 1)
    store, chunks, _ = state(settings, embedder)
    assert chunks == {**before, b_old.id: new_ids}
    assert not store.records()[b_old.id].pending
    assert store.bm25().search("القاهرة", 3)[0][0] in new_ids


def test_crash_while_adding_a_new_article_serves_nothing_of_it_and_the_rerun_adds_it(
    tmp_path, make_settings, embedder, monkeypatch
):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    settings = make_settings()
    with monkeypatch.context() as m:
        m.setattr(Store, "_set_records", _crash_on_switch(Store._set_records))
        with pytest.raises(InjectedCrash):
            ingest([folder], settings, embedder=embedder)
    store, chunks, _ = state(settings, embedder)
    assert store.served() == {} and store.served_chunks() == []
    assert sum(len(c) for c in chunks.values()) == 1  # written, but invisible

    report = ingest([folder], settings, embedder=embedder)
    assert (report.added, report.updated, report.chunks_written) == (1, 0, 1)
    store, chunks, _ = state(settings, embedder)
    assert len(store.served()) == 1 and store.chunk_count() == 1
