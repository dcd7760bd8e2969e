"""The index: a Chroma collection of chunk vectors, a Chroma collection of whole articles (the text every
quote is cut from), and the BM25 index, kept in step.

Crash safety. Every chunk carries the content `version` of its article; an article record names the version
being served and, while a write is under way, the one `pending`. Readers only see chunks whose version is
the article's served one, so a half-written update is invisible, and the next ingest finishes it:

    1. record.pending = new            (record created first for a new article, serving nothing)
    2. upsert the new chunks           (ids contain the version: old chunks stay untouched)
    3. record: text, version = new     (switch)
    4. delete chunks of other versions; record.pending = ""
"""
from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb  # noqa: E402
import httpx  # noqa: E402
import numpy as np  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from llama_index.core.schema import TextNode  # noqa: E402
from llama_index.core.vector_stores.utils import node_to_metadata_dict  # noqa: E402

from rag.bm25 import ArabicBM25, fingerprint  # noqa: E402
from rag.errors import IndexMismatchError, RagError, StoreMissingError, StoreUnavailableError, StoreVersionError  # noqa: E402
from rag.models import Article, Chunk  # noqa: E402
from rag.settings import Settings  # noqa: E402
from rag.statement_vectors import StatementVectors  # noqa: E402

log = logging.getLogger(__name__)

# Bump when the layout of records changes; old stores then get a clear "rebuild" message.
FORMAT_VERSION = 1
MANIFEST = "store.json"
_CONNECT_LOCK = threading.Lock()
_PAGE = 5000  # Chroma get() page size: large stores are read in pages


@dataclass(frozen=True)
class ArticleRecord:
    id: str
    title: str
    source: str
    published: str | None
    version: str
    pending: str
    n_chunks: int
    origin: str = ""  # the file the article was read from


def rebuild_hint(settings: Settings) -> str:
    return f"rag ingest {settings.articles_dir} --rebuild --store {settings.store_dir}"


class Store:
    def __init__(self, settings: Settings, model_id: str, dim: int | None, *, create: bool) -> None:
        """Open (or with create=True, create) the store. dim may be None when only reading."""
        self.settings = settings
        self.model_id = model_id
        self.dir = Path(settings.store_dir)
        self._check_manifest(create)
        self.client = self._connect()
        chunks_name, articles_name = f"{settings.collection}_chunks", f"{settings.collection}_articles"
        existing = {c.name if hasattr(c, "name") else c for c in self.client.list_collections()}
        if chunks_name not in existing and not create:
            raise StoreMissingError(
                f"There is no index in {self._where()}. Build it with: rag ingest {settings.articles_dir} --store {self.dir}"
            )
        meta = {"embed_model": model_id, "format_version": FORMAT_VERSION, "hnsw:space": "cosine"}
        if dim is not None:
            meta["embed_dim"] = dim
        self.chunks = self.client.get_or_create_collection(chunks_name, metadata=meta, embedding_function=None)
        self.articles = self.client.get_or_create_collection(articles_name, embedding_function=None)
        self._check_collection(dim)
        self._record_manifest(create)
        self._records: dict[str, ArticleRecord] | None = None
        self._texts: dict[str, str] = {}
        self._bm25: ArabicBM25 | None = None

    # -- opening and compatibility ------------------------------------------------------------

    def _where(self) -> str:
        s = self.settings
        return f"Chroma server {s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(self.dir)

    def _connect(self) -> Any:
        cs = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        s = self.settings
        try:
            # chromadb shares one system per path in a process, and creating it from several threads at once
            # fails: one at a time.
            with _CONNECT_LOCK:
                if s.chroma_host:
                    return chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port, settings=cs)
                return chromadb.PersistentClient(path=str(self.dir / "chroma"), settings=cs)
        except Exception as e:
            recorded = self._manifest().get("chromadb")
            hint = (
                f"It was written by chromadb {recorded}; this install has {chromadb.__version__}. "
                f"Install chromadb=={recorded} to read it, or rebuild: {rebuild_hint(s)}"
                if recorded and recorded != chromadb.__version__
                else f"Check that the server is running and reachable (chroma run --path DIR --host {s.chroma_host} --port {s.chroma_port})."
                if s.chroma_host
                else f"The store may be damaged; rebuild it: {rebuild_hint(s)}"
            )
            raise StoreVersionError(f"Cannot open the Chroma store at {self._where()} ({type(e).__name__}: {e}). {hint}") from e

    def _manifest(self) -> dict:
        try:
            return json.loads((self.dir / MANIFEST).read_text())
        except (OSError, ValueError):
            return {}

    def _check_manifest(self, create: bool) -> None:
        m = self._manifest()
        if m and m.get("format_version") != FORMAT_VERSION:
            raise StoreVersionError(
                f"The store in {self.dir} has format version {m.get('format_version')}, this version of the tool "
                f"reads version {FORMAT_VERSION}. Rebuild it: {rebuild_hint(self.settings)}"
            )
        if create:
            self.dir.mkdir(parents=True, exist_ok=True)

    def _record_manifest(self, create: bool) -> None:
        # Written only once the store opened and matched: a failed open must not overwrite the chromadb version
        # and model that wrote the data, which the error messages name.
        m = self._manifest()
        if create or m:
            want = {**m, "format_version": FORMAT_VERSION, "chromadb": chromadb.__version__, "embed_model": self.model_id}
            if want != m:  # opening to read writes nothing; a write replaces the file whole (readers never see half)
                tmp = self.dir / f".{MANIFEST}.{uuid.uuid4().hex[:8]}"
                tmp.write_text(json.dumps(want, indent=2))
                os.replace(tmp, self.dir / MANIFEST)

    def _check_collection(self, dim: int | None) -> None:
        meta = self.chunks.metadata or {}
        if meta.get("format_version") != FORMAT_VERSION:
            raise StoreVersionError(
                f"The collection in {self._where()} has format version {meta.get('format_version')}, this tool reads "
                f"{FORMAT_VERSION}. Rebuild it: {rebuild_hint(self.settings)}"
            )
        stored = meta.get("embed_model")
        if stored != self.model_id:
            raise IndexMismatchError(
                f"The index in {self._where()} was built with the embedding model '{stored}' "
                f"(dimension {meta.get('embed_dim')}), but '{self.model_id}' is configured. Either set the "
                f"configuration back to '{stored}', or rebuild the index with the new model: {rebuild_hint(self.settings)}"
            )
        if dim is not None and meta.get("embed_dim") not in (None, dim):
            raise IndexMismatchError(
                f"The index in {self._where()} holds {meta.get('embed_dim')}-dimensional vectors; the model gives {dim}. "
                f"Rebuild: {rebuild_hint(self.settings)}"
            )

    def reset(self) -> None:
        """Delete everything (for --rebuild)."""
        for col in (self.chunks, self.articles):
            self.client.delete_collection(col.name)
        ArabicBM25.remove(self.dir / "bm25")

    # -- reading ----------------------------------------------------------------------------

    def records(self) -> dict[str, ArticleRecord]:
        if self._records is None:
            recs = {}
            for ids, metas, _ in self._pages(self.articles, ["metadatas"]):
                for i, m in zip(ids, metas):
                    recs[i] = ArticleRecord(
                        id=i,
                        title=m.get("title", ""),
                        source=m.get("source", ""),
                        published=m.get("published") or None,
                        version=m.get("version", ""),
                        pending=m.get("pending", ""),
                        n_chunks=int(m.get("n_chunks", 0)),
                        origin=m.get("origin") or m.get("source", "").split("#")[0],
                    )
            self._records = recs
        return self._records

    def served(self) -> dict[str, ArticleRecord]:
        """Articles with a finished version, the ones answers may come from."""
        return {i: r for i, r in self.records().items() if r.version}

    def article_text(self, article_id: str) -> str:
        if article_id not in self._texts:
            got = self.articles.get(ids=[article_id], include=["documents"])
            if not got["ids"]:
                raise KeyError(f"No article with id '{article_id}' in the index.")
            self._texts[article_id] = got["documents"][0] or ""
        return self._texts[article_id]

    def chunk_count(self) -> int:
        return self.chunks.count()

    def is_served(self, meta: dict) -> bool:
        rec = self.records().get(meta.get("article_id", ""))
        return rec is not None and rec.version != "" and meta.get("version") == rec.version

    def _pages(self, col: Any, include: list[str], where: dict | None = None):
        offset = 0
        while True:
            got = col.get(include=include, limit=_PAGE, offset=offset, where=where)
            if not got["ids"]:
                return
            yield got["ids"], got.get("metadatas") or [{}] * len(got["ids"]), got.get("documents") or [None] * len(got["ids"])
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE

    def served_chunks(self) -> list[tuple[str, str, dict]]:
        out = []
        for ids, metas, docs in self._pages(self.chunks, ["metadatas", "documents"]):
            out.extend((i, d or "", m) for i, m, d in zip(ids, metas, docs) if self.is_served(m))
        return out

    def bm25(self) -> ArabicBM25:
        """The BM25 index of the served articles. When the saved one is behind them (an ingest is running, or
        one was interrupted), it is built in memory: reading never writes, and the next ingest saves it."""
        if self._bm25 is None:
            loaded = ArabicBM25.load(self.dir / "bm25")
            if loaded is not None and loaded.fingerprint == self._served_fingerprint():
                self._bm25 = loaded
            else:
                log.info("the saved BM25 index is behind the served articles; built in memory")
                self._bm25 = self._build_bm25()
        return self._bm25

    def save_bm25(self) -> None:
        """For writers, after changing articles: save the BM25 index of the served articles unless it is saved."""
        loaded = ArabicBM25.load(self.dir / "bm25")
        if loaded is None or loaded.fingerprint != self._served_fingerprint():
            self.rebuild_bm25()

    def _build_bm25(self) -> ArabicBM25:
        return ArabicBM25.build([(i, text) for i, text, _ in self.served_chunks()], self._served_fingerprint())

    def _served_fingerprint(self) -> str:
        # The served (article, version) pairs fix the served chunks: a version's chunk ids contain the version,
        # and all its chunks are written before it is served (protocol above). Checking the records, which
        # every query reads anyway, instead of all chunk ids made the first question on 100k chunks 6 s faster.
        return fingerprint([f"{i}\t{r.version}" for i, r in self.served().items()])

    def rebuild_bm25(self) -> ArabicBM25:
        index = self._build_bm25()
        index.save(self.dir / "bm25")
        self._bm25 = index
        return index

    # -- writing (the protocol in the module docstring) ------------------------------------------

    def _set_records(self, rows: list[tuple[Article, str, str, int, str]]) -> None:
        """Upsert article records: (article, version, pending, n_chunks, text) each, in one Chroma call."""
        if not rows:
            return
        metas = [
            {
                "title": a.title,
                "source": a.source,
                "file": Path(a.source.split("#")[0]).name,
                "origin": a.origin or a.source.split("#")[0],
                "published": a.published or "",
                "version": version,
                "pending": pending,
                "n_chunks": n_chunks,
            }
            for a, version, pending, n_chunks, _ in rows
        ]
        ids = [a.id for a, *_ in rows]
        self.articles.upsert(ids=ids, documents=[r[4] for r in rows], metadatas=metas, embeddings=[[1.0]] * len(rows))
        self._records = None
        for i in ids:
            self._texts.pop(i, None)

    def write_article(self, article: Article, chunks: list[Chunk], vectors: np.ndarray, version: str) -> None:
        self.write_articles([(article, chunks, vectors, version)])

    def write_articles(self, items: list[tuple[Article, list[Chunk], np.ndarray, str]]) -> None:
        """Write new versions of several articles, each step of the protocol one Chroma call for all of them:
        a Chroma write costs about the same for one record as for hundreds, so per-article calls dominated
        ingest time for short articles."""
        if not items:
            return
        # Only these articles' records: re-reading all of them per group made ingest into a large store slow.
        got = self.articles.get(ids=[a.id for a, *_ in items], include=["metadatas"])
        metas = dict(zip(got["ids"], got["metadatas"]))
        self._set_records([(a, "", v, 0, "") for a, _, _, v in items if a.id not in metas])
        known = [(a.id, v) for a, _, _, v in items if a.id in metas]
        if known:
            self.articles.update(ids=[i for i, _ in known], metadatas=[{**metas[i], "pending": v} for i, v in known])
            self._records = None
        ids, vecs, docs, metas = [], [], [], []
        for _, chunks, vectors, version in items:
            cids = [chunk_id(c, version) for c in chunks]
            ids.extend(cids)
            vecs.extend(vectors.tolist())
            docs.extend(c.text for c in chunks)
            metas.extend(self._chunk_meta(c, cid, version) for c, cid in zip(chunks, cids))
        for i in range(0, len(ids), _PAGE):
            sl = slice(i, i + _PAGE)
            self.chunks.upsert(ids=ids[sl], embeddings=vecs[sl], documents=docs[sl], metadatas=metas[sl])
        self._set_records([(a, v, v, len(chunks), a.text) for a, chunks, _, v in items])
        self.finish_many({a.id: v for a, _, _, v in items})

    def finish(self, article_id: str, version: str) -> int:
        """Delete chunks of other versions of an article and clear its pending mark. Returns chunks deleted."""
        return self.finish_many({article_id: version})

    def finish_many(self, versions: dict[str, str]) -> int:
        """finish() for several articles (article id -> the version to keep). Returns chunks deleted."""
        ids = list(versions)
        stale = [
            i
            for page_ids, metas, _ in self._pages(self.chunks, ["metadatas"], where={"article_id": {"$in": ids}})
            for i, m in zip(page_ids, metas)
            if m.get("version") != versions.get(m.get("article_id", ""))
        ]
        for i in range(0, len(stale), _PAGE):
            self.chunks.delete(ids=stale[i : i + _PAGE])
        got = self.articles.get(ids=ids, include=["metadatas"])
        pending = [(i, m) for i, m in zip(got["ids"], got["metadatas"]) if m.get("pending")]
        if pending:
            self.articles.update(ids=[i for i, _ in pending], metadatas=[{**m, "pending": ""} for _, m in pending])
        self._records = None
        return len(stale)

    def delete_article(self, article_id: str) -> None:
        # Record first: a crash in between leaves orphan chunks no reader serves (the next --prune removes
        # them), never a served version with chunks missing.
        self.articles.delete(ids=[article_id])
        self.chunks.delete(where={"article_id": article_id})
        StatementVectors(self.dir).delete(article_id)
        self._records = None
        self._texts.pop(article_id, None)

    def orphan_article_ids(self) -> set[str]:
        """Article ids that have chunks but no record (a crash before the record was first written)."""
        known = set(self.records())
        seen = {
            m.get("article_id", "")
            for _, metas, _ in self._pages(self.chunks, ["metadatas"])
            for m in metas
        }
        return seen - known

    @staticmethod
    def _chunk_meta(c: Chunk, cid: str, version: str) -> dict:
        # node_to_metadata_dict makes the record readable as a LlamaIndex TextNode by ChromaVectorStore.
        node = TextNode(
            id_=cid,
            text=c.text,
            start_char_idx=c.start,
            end_char_idx=c.end,
            metadata={"article_id": c.article_id, "title": c.title, "source": c.source, "start": c.start, "end": c.end, "version": version},
        )
        meta = node_to_metadata_dict(node, remove_text=True, flat_metadata=True)
        return {k: ("" if v is None else v) for k, v in meta.items()}


def wipe(settings: Settings) -> None:
    """Delete the whole index (for --rebuild) without opening it as a Store, so it works when the store was
    built with another model or format, the very cases whose error messages recommend a rebuild."""
    import shutil

    store_dir = Path(settings.store_dir)
    names = (f"{settings.collection}_chunks", f"{settings.collection}_articles")
    cs = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    try:
        if settings.chroma_host:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=cs)
        else:
            client = chromadb.PersistentClient(path=str(store_dir / "chroma"), settings=cs)
        existing = {c.name if hasattr(c, "name") else c for c in client.list_collections()}
    except Exception as e:
        if settings.chroma_host:
            raise RagError(
                f"Cannot reach the Chroma server {settings.chroma_host}:{settings.chroma_port} ({type(e).__name__}: {e}). "
                "Start it (chroma run --path DIR --host HOST --port PORT) and try again."
            ) from e
        # A local store this chromadb cannot even open: remove its files.
        shutil.rmtree(store_dir / "chroma", ignore_errors=True)
        existing, client = set(), None
    for name in names:
        if name in existing:
            client.delete_collection(name)
    ArabicBM25.remove(store_dir / "bm25")
    for cache in ("statements", "people"):
        shutil.rmtree(store_dir / cache, ignore_errors=True)
    (store_dir / MANIFEST).unlink(missing_ok=True)


@contextmanager
def server_errors(settings: Settings) -> Iterator[None]:
    """In server mode, a connection to the Chroma server that fails mid-work becomes StoreUnavailableError with
    what to do, instead of the HTTP client's own exception."""
    try:
        yield
    except (httpx.TransportError, ConnectionError) as e:
        if not settings.chroma_host:
            raise
        raise StoreUnavailableError(
            f"The Chroma server {settings.chroma_host}:{settings.chroma_port} stopped answering ({type(e).__name__}: {e}). "
            f"Start it again (chroma run --path DIR --host {settings.chroma_host} --port {settings.chroma_port}) and "
            "repeat: the index keeps what was written before, and the next `rag ingest` completes an interrupted one."
        ) from e


def chunk_id(c: Chunk, version: str) -> str:
    return f"{c.article_id}:{version[:12]}:{c.start}-{c.end}"
