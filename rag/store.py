"""The index: a Chroma collection of chunk vectors, a Chroma collection of whole articles (the text every
quote is cut from), and the BM25 index, kept in step. Chroma is used nowhere else: callers go through Store.

Crash safety. Every chunk carries the content `version` of its article; an article record names the version
being served and, while a write is under way, the one `pending`. Readers only see chunks whose version is
the article's served one, so a half-written update is invisible, and the next ingest finishes it:

    1. record.pending = new            (record created first for a new article, serving nothing)
    2. upsert the new chunks           (ids contain the version: old chunks stay untouched)
    3. record: text, version = new     (switch)
    4. delete chunks of other versions; record.pending = ""

Reads never write: opening a store to read, and every reading method, leave its files as they were.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb  # noqa: E402
import httpx  # noqa: E402
import numpy as np  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from llama_index.core.schema import TextNode  # noqa: E402
from llama_index.core.vector_stores.types import BasePydanticVectorStore, VectorStoreQuery, VectorStoreQueryResult  # noqa: E402
from llama_index.core.vector_stores.utils import node_to_metadata_dict  # noqa: E402
from llama_index.vector_stores.chroma import ChromaVectorStore  # noqa: E402

from rag.bm25 import ArabicBM25, fingerprint  # noqa: E402
from rag.errors import IndexMismatchError, RagError, StoreMissingError, StoreUnavailableError, StoreVersionError  # noqa: E402
from rag.models import Article, Chunk  # noqa: E402
from rag.settings import Settings  # noqa: E402
from rag.sources import file_name, file_of  # noqa: E402
from rag.statement_vectors import StatementVectors  # noqa: E402

log = logging.getLogger(__name__)

# Bump when the layout of records changes; old stores then get a clear "rebuild" message.
FORMAT_VERSION = 1
MANIFEST = "store.json"
_CONNECT_LOCK = threading.Lock()
_PAGE = 5000  # Chroma get() page size: large stores are read in pages
# Files and folders next to the Chroma data that belong to the index: a wipe removes them all.
_BM25 = "bm25"
_CACHES = ("statements", "people")  # rag/statement_vectors.py, rag/people_index.py
_CALIBRATION = "calibration-*.npz"  # rag/calibration.py, for models whose probe vectors are not shipped

ChunkRow = tuple[str, str, dict[str, Any]]  # (chunk id, text, metadata)
_Page = tuple[list[str], list[dict[str, Any]], list[str | None]]  # ids, metadatas, documents


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


def _names(settings: Settings) -> tuple[str, str]:
    """The chunk and article collections' names."""
    return f"{settings.collection}_chunks", f"{settings.collection}_articles"


def _where(settings: Settings) -> str:
    return f"Chroma server {settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.store_dir)


def _client(settings: Settings) -> Any:
    """The Chroma client of settings: a server's, or the embedded one in <store_dir>/chroma. Raises whatever
    chromadb raises; callers turn it into an error that says what to do."""
    cs = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    # chromadb shares one system per path in a process, and creating it from several threads at once fails:
    # one at a time.
    with _CONNECT_LOCK:
        if settings.chroma_host:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=cs)
        return chromadb.PersistentClient(path=str(Path(settings.store_dir) / "chroma"), settings=cs)


def _collection_names(client: Any) -> set[str]:
    return {c.name if hasattr(c, "name") else c for c in client.list_collections()}


class _CosineChromaVectorStore(ChromaVectorStore):
    """LlamaIndex's Chroma vector store, reporting cosine similarity. ChromaVectorStore turns Chroma's distance
    into exp(-distance); in the chunk collection's cosine space distance = 1 - cos, so cos = 1 + log(score).
    (The floor only guards the log: exp(-distance) is at least exp(-2) here.)"""

    def __init__(self, chroma_collection: Any) -> None:
        super().__init__(chroma_collection=chroma_collection)

    def query(self, query: VectorStoreQuery, **kwargs: Any) -> VectorStoreQueryResult:
        result = super().query(query, **kwargs)
        if result.similarities is not None:
            result.similarities = [1.0 + math.log(max(s or 1e-9, 1e-9)) for s in result.similarities]
        return result


class Store:
    def __init__(self, settings: Settings, model_id: str, dim: int | None, *, create: bool) -> None:
        """Open (or with create=True, create) the store. dim may be None when only reading. Opening to read
        writes nothing, not even when the store is missing."""
        self.settings = settings
        self.model_id = model_id
        self.dir = Path(settings.store_dir)
        self._check_manifest(create)
        if not create and not settings.chroma_host and not (self.dir / "chroma").is_dir():
            raise self._missing()  # before chromadb would create an empty database there
        self._client = self._connect()
        chunks_name, articles_name = _names(settings)
        existing = _collection_names(self._client)
        if chunks_name not in existing and not create:
            raise self._missing()
        meta: dict[str, Any] = {"embed_model": model_id, "format_version": FORMAT_VERSION, "hnsw:space": "cosine"}
        if dim is not None:
            meta["embed_dim"] = dim
        if create:
            self._chunks = self._client.get_or_create_collection(chunks_name, metadata=meta, embedding_function=None)
            self._articles = self._client.get_or_create_collection(articles_name, embedding_function=None)
        else:
            if articles_name not in existing:
                raise self._missing()
            self._chunks = self._client.get_collection(chunks_name, embedding_function=None)
            self._articles = self._client.get_collection(articles_name, embedding_function=None)
        self._check_collection(dim)
        if create:
            self._record_manifest()
        self._records: dict[str, ArticleRecord] | None = None
        self._texts: dict[str, str] = {}
        self._bm25: ArabicBM25 | None = None

    # -- opening and compatibility ------------------------------------------------------------

    def where(self) -> str:
        """Where the index lives, for messages: the store folder or the Chroma server."""
        return _where(self.settings)

    def _missing(self) -> StoreMissingError:
        return StoreMissingError(
            f"There is no index in {self.where()}. Build it with: rag ingest {self.settings.articles_dir} --store {self.dir}"
        )

    def _connect(self) -> Any:
        s = self.settings
        try:
            return _client(s)
        except Exception as e:
            recorded = self._manifest().get("chromadb")
            hint = (
                f"It was written by chromadb {recorded}; this install has {chromadb.__version__}. "
                f"Install chromadb=={recorded} to read it, or rebuild: {rebuild_hint(s)}"
                if recorded and recorded != chromadb.__version__
                else "Check that the server is running and reachable "
                f"(chroma run --path DIR --host {s.chroma_host} --port {s.chroma_port})."
                if s.chroma_host
                else f"The store may be damaged; rebuild it: {rebuild_hint(s)}"
            )
            raise StoreVersionError(f"Cannot open the Chroma store at {self.where()} ({type(e).__name__}: {e}). {hint}") from e

    def _manifest(self) -> dict[str, Any]:
        try:
            loaded = json.loads((self.dir / MANIFEST).read_text())
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def _check_manifest(self, create: bool) -> None:
        m = self._manifest()
        if m and m.get("format_version") != FORMAT_VERSION:
            raise StoreVersionError(
                f"The store in {self.dir} has format version {m.get('format_version')}, this version of the tool "
                f"reads version {FORMAT_VERSION}. Rebuild it: {rebuild_hint(self.settings)}"
            )
        if create:
            self.dir.mkdir(parents=True, exist_ok=True)

    def _record_manifest(self) -> None:
        # Written by writers only, once the store opened and matched: a failed open must not overwrite the
        # chromadb version and model that wrote the data, which the error messages name.
        m = self._manifest()
        want = {**m, "format_version": FORMAT_VERSION, "chromadb": chromadb.__version__, "embed_model": self.model_id}
        if want != m:  # a write replaces the file whole (readers never see half)
            tmp = self.dir / f".{MANIFEST}.{uuid.uuid4().hex[:8]}"
            tmp.write_text(json.dumps(want, indent=2))
            os.replace(tmp, self.dir / MANIFEST)

    def _check_collection(self, dim: int | None) -> None:
        meta = self._chunks.metadata or {}
        if meta.get("format_version") != FORMAT_VERSION:
            raise StoreVersionError(
                f"The collection in {self.where()} has format version {meta.get('format_version')}, this tool reads "
                f"{FORMAT_VERSION}. Rebuild it: {rebuild_hint(self.settings)}"
            )
        stored = meta.get("embed_model")
        if stored != self.model_id:
            raise IndexMismatchError(
                f"The index in {self.where()} was built with the embedding model '{stored}' "
                f"(dimension {meta.get('embed_dim')}), but '{self.model_id}' is configured. Either set the "
                f"configuration back to '{stored}', or rebuild the index with the new model: {rebuild_hint(self.settings)}"
            )
        if dim is not None and meta.get("embed_dim") not in (None, dim):
            raise IndexMismatchError(
                f"The index in {self.where()} holds {meta.get('embed_dim')}-dimensional vectors; the model gives {dim}. "
                f"Rebuild: {rebuild_hint(self.settings)}"
            )

    def built_with(self) -> tuple[str, int | None]:
        """The embedding model id and vector dimension the index was built with."""
        meta = self._chunks.metadata or {}
        dim = meta.get("embed_dim")
        return str(meta.get("embed_model", "")), int(dim) if dim is not None else None

    @staticmethod
    def wipe(settings: Settings) -> None:
        """Delete the whole index of settings: both collections, the BM25 index, the statement, people and
        calibration files, the manifest. Works without opening the index as a Store, so it works when the store
        was built with another model or format, the very cases whose error messages recommend a rebuild."""
        store_dir = Path(settings.store_dir)
        client: Any = None
        existing: set[str] = set()
        try:
            client = _client(settings)
            existing = _collection_names(client)
        except Exception as e:
            if settings.chroma_host:
                raise RagError(
                    f"Cannot reach the Chroma server {settings.chroma_host}:{settings.chroma_port} ({type(e).__name__}: {e}). "
                    "Start it (chroma run --path DIR --host HOST --port PORT) and try again."
                ) from e
            # A local store this chromadb cannot even open: remove its files.
            shutil.rmtree(store_dir / "chroma", ignore_errors=True)
        for name in _names(settings):
            if name in existing:
                client.delete_collection(name)
        ArabicBM25.remove(store_dir / _BM25)
        for cache in _CACHES:
            shutil.rmtree(store_dir / cache, ignore_errors=True)
        for calibration in store_dir.glob(_CALIBRATION):
            calibration.unlink(missing_ok=True)
        (store_dir / MANIFEST).unlink(missing_ok=True)

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Forget what was read (article records and texts, the BM25 index): the next read sees what writers
        (an ingest, in this process or another) have served since."""
        self._records = None
        self._texts = {}
        self._bm25 = None

    def records(self) -> dict[str, ArticleRecord]:
        if self._records is None:
            recs = {}
            for ids, metas, _ in self._pages(self._articles, ["metadatas"]):
                for i, m in zip(ids, metas, strict=True):
                    recs[i] = ArticleRecord(
                        id=i,
                        title=m.get("title", ""),
                        source=m.get("source", ""),
                        published=m.get("published") or None,
                        version=m.get("version", ""),
                        pending=m.get("pending", ""),
                        n_chunks=int(m.get("n_chunks", 0)),
                        origin=m.get("origin") or file_of(m.get("source", "")),
                    )
            self._records = recs
        return self._records

    def served(self) -> dict[str, ArticleRecord]:
        """Articles with a finished version, the ones answers may come from."""
        return {i: r for i, r in self.records().items() if r.version}

    def article_text(self, article_id: str) -> str:
        if article_id not in self._texts:
            got = self._articles.get(ids=[article_id], include=["documents"])
            if not got["ids"]:
                raise KeyError(f"No article with id '{article_id}' in the index.")
            self._texts[article_id] = got["documents"][0] or ""
        return self._texts[article_id]

    def chunk_count(self) -> int:
        """Chunks stored, served or not."""
        return int(self._chunks.count())

    def is_served(self, meta: dict[str, Any]) -> bool:
        """Is a chunk with this metadata part of its article's served version?"""
        rec = self.records().get(meta.get("article_id", ""))
        return rec is not None and rec.version != "" and meta.get("version") == rec.version

    def _pages(self, col: Any, include: list[str], where: dict[str, Any] | None = None) -> Iterator[_Page]:
        offset = 0
        while True:
            got = col.get(include=include, limit=_PAGE, offset=offset, where=where)
            if not got["ids"]:
                return
            yield got["ids"], got.get("metadatas") or [{}] * len(got["ids"]), got.get("documents") or [None] * len(got["ids"])
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE

    def served_chunks(self, ids: list[str] | None = None) -> list[ChunkRow]:
        """(chunk id, text, metadata) of the served chunks: all of them, or those of ids (others are left out)."""
        if ids is None:
            pages: Iterator[_Page] = self._pages(self._chunks, ["metadatas", "documents"])
        else:
            pages = (self._by_ids(ids[i : i + _PAGE]) for i in range(0, len(ids), _PAGE))
        rows = (row for page_ids, metas, docs in pages for row in zip(page_ids, docs, metas, strict=True))
        return [(i, d or "", m) for i, d, m in rows if self.is_served(m)]

    def _by_ids(self, ids: list[str]) -> _Page:
        got = self._chunks.get(ids=ids, include=["documents", "metadatas"])
        return got["ids"], got["metadatas"] or [{}] * len(got["ids"]), got["documents"] or [None] * len(got["ids"])

    def chunk_metadata(self) -> dict[str, dict[str, Any]]:
        """Every stored chunk's metadata by chunk id, served or not: what the write protocol left behind."""
        return {i: m for ids, metas, _ in self._pages(self._chunks, ["metadatas"]) for i, m in zip(ids, metas, strict=True)}

    def vector_store(self) -> BasePydanticVectorStore:
        """The chunk vectors as a LlamaIndex vector store whose query similarities are cosines (not served
        chunks included: filter hits with is_served)."""
        return _CosineChromaVectorStore(chroma_collection=self._chunks)

    def bm25(self) -> ArabicBM25:
        """The BM25 index of the served articles. When the saved one is behind them (an ingest is running, or
        one was interrupted), it is built in memory: reading never writes, and the next ingest saves it."""
        if self._bm25 is None:
            loaded = ArabicBM25.load(self.dir / _BM25)
            if loaded is not None and loaded.fingerprint == self._served_fingerprint():
                self._bm25 = loaded
            else:
                log.info("the saved BM25 index is behind the served articles; built in memory")
                self._bm25 = self._build_bm25()
        return self._bm25

    def _build_bm25(self) -> ArabicBM25:
        return ArabicBM25.build([(i, text) for i, text, _ in self.served_chunks()], self._served_fingerprint())

    def _served_fingerprint(self) -> str:
        # The served (article, version) pairs fix the served chunks: a version's chunk ids contain the version,
        # and all its chunks are written before it is served (protocol above). Checking the records, which
        # every query reads anyway, instead of all chunk ids made the first question on 100k chunks 6 s faster.
        return fingerprint([f"{i}\t{r.version}" for i, r in self.served().items()])

    # -- writing (the protocol in the module docstring) ------------------------------------------

    def save_bm25(self) -> None:
        """For writers, after changing articles: save the BM25 index of the served articles unless it is saved."""
        loaded = ArabicBM25.load(self.dir / _BM25)
        if loaded is None or loaded.fingerprint != self._served_fingerprint():
            index = self._build_bm25()
            index.save(self.dir / _BM25)
            self._bm25 = index

    def _set_records(self, rows: list[tuple[Article, str, str, int, str]]) -> None:
        """Upsert article records: (article, version, pending, n_chunks, text) each, in one Chroma call."""
        if not rows:
            return
        metas = [
            {
                "title": a.title,
                "source": a.source,
                "file": file_name(a.source),
                "origin": a.origin or file_of(a.source),
                "published": a.published or "",
                "version": version,
                "pending": pending,
                "n_chunks": n_chunks,
            }
            for a, version, pending, n_chunks, _ in rows
        ]
        ids = [a.id for a, *_ in rows]
        self._articles.upsert(ids=ids, documents=[r[4] for r in rows], metadatas=metas, embeddings=[[1.0]] * len(rows))
        self._records = None
        for i in ids:
            self._texts.pop(i, None)

    def write_article(self, article: Article, chunks: list[Chunk], vectors: np.ndarray, version: str) -> None:
        self.write_articles([(article, chunks, vectors, version)])

    def write_articles(self, items: list[tuple[Article, list[Chunk], np.ndarray, str]]) -> None:
        """Write new versions of several articles (article, its chunks, their vectors, the content version),
        each step of the protocol one Chroma call for all of them: a Chroma write costs about the same for one
        record as for hundreds, so per-article calls dominated ingest time for short articles."""
        if not items:
            return
        # Only these articles' records: re-reading all of them per group made ingest into a large store slow.
        got = self._articles.get(ids=[a.id for a, *_ in items], include=["metadatas"])
        metas = dict(zip(got["ids"], got["metadatas"], strict=True))
        self._set_records([(a, "", v, 0, "") for a, _, _, v in items if a.id not in metas])
        known = [(a.id, v) for a, _, _, v in items if a.id in metas]
        if known:
            self._articles.update(ids=[i for i, _ in known], metadatas=[{**metas[i], "pending": v} for i, v in known])
            self._records = None
        ids: list[str] = []
        vecs: list[list[float]] = []
        docs: list[str] = []
        chunk_metas: list[dict[str, Any]] = []
        for _, chunks, vectors, version in items:
            cids = [chunk_id(c, version) for c in chunks]
            ids.extend(cids)
            vecs.extend(np.asarray(vectors).tolist())
            docs.extend(c.text for c in chunks)
            chunk_metas.extend(self._chunk_meta(c, cid, version) for c, cid in zip(chunks, cids, strict=True))
        for i in range(0, len(ids), _PAGE):
            sl = slice(i, i + _PAGE)
            self._chunks.upsert(ids=ids[sl], embeddings=vecs[sl], documents=docs[sl], metadatas=chunk_metas[sl])
        self._set_records([(a, v, v, len(chunks), a.text) for a, chunks, _, v in items])
        self._finish({a.id: v for a, _, _, v in items})

    def _finish(self, versions: dict[str, str]) -> int:
        """Step 4 for several articles (article id -> the version to keep): delete chunks of other versions and
        clear the pending marks. Returns chunks deleted."""
        ids = list(versions)
        stale = [
            i
            for page_ids, metas, _ in self._pages(self._chunks, ["metadatas"], where={"article_id": {"$in": ids}})
            for i, m in zip(page_ids, metas, strict=True)
            if m.get("version") != versions.get(m.get("article_id", ""))
        ]
        for i in range(0, len(stale), _PAGE):
            self._chunks.delete(ids=stale[i : i + _PAGE])
        got = self._articles.get(ids=ids, include=["metadatas"])
        pending = [(i, m) for i, m in zip(got["ids"], got["metadatas"], strict=True) if m.get("pending")]
        if pending:
            self._articles.update(ids=[i for i, _ in pending], metadatas=[{**m, "pending": ""} for _, m in pending])
        self._records = None
        return len(stale)

    def delete_article(self, article_id: str) -> None:
        """Remove an article: its record, its statement vectors and people list, its chunks."""
        from rag.people_index import PeopleIndex  # here: rag.people_index imports rag.quotes, which imports this module

        # Record first: a crash after it leaves orphan chunks no reader serves (remove_orphans, run by the next
        # --prune, deletes them), never a served version with chunks missing.
        self._articles.delete(ids=[article_id])
        self._records = None
        self._texts.pop(article_id, None)
        StatementVectors(self.dir).delete(article_id)
        PeopleIndex(self.dir).delete(article_id)
        self._chunks.delete(where={"article_id": article_id})

    def remove_orphans(self) -> int:
        """Delete the chunks of articles that have no record (a crash in delete_article, or before a new
        article's record was first written). Returns the number of such articles."""
        known = set(self.records())
        orphans = {m.get("article_id", "") for m in self.chunk_metadata().values()} - known
        for article_id in orphans:
            self._chunks.delete(where={"article_id": article_id})
        return len(orphans)

    @staticmethod
    def _chunk_meta(c: Chunk, cid: str, version: str) -> dict[str, Any]:
        # node_to_metadata_dict makes the record readable as a LlamaIndex TextNode by ChromaVectorStore.
        node = TextNode(
            id_=cid,
            text=c.text,
            start_char_idx=c.start,
            end_char_idx=c.end,
            metadata={
                "article_id": c.article_id,
                "title": c.title,
                "source": c.source,
                "start": c.start,
                "end": c.end,
                "version": version,
            },
        )
        meta = node_to_metadata_dict(node, remove_text=True, flat_metadata=True)
        return {k: ("" if v is None else v) for k, v in meta.items()}


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
