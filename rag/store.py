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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb  # noqa: E402
import numpy as np  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from llama_index.core.schema import TextNode  # noqa: E402
from llama_index.core.vector_stores.utils import node_to_metadata_dict  # noqa: E402

from rag.bm25 import ArabicBM25, fingerprint  # noqa: E402
from rag.errors import IndexMismatchError, StoreMissingError, StoreVersionError  # noqa: E402
from rag.models import Article, Chunk  # noqa: E402
from rag.settings import Settings  # noqa: E402

log = logging.getLogger(__name__)

# Bump when the layout of records changes; old stores then get a clear "rebuild" message.
FORMAT_VERSION = 1
MANIFEST = "store.json"
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
            if s.chroma_host:
                return chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port, settings=cs)
            return chromadb.PersistentClient(path=str(self.dir / "chroma"), settings=cs)
        except Exception as e:
            recorded = self._manifest().get("chromadb")
            hint = (
                f"It was written by chromadb {recorded}; this install has {chromadb.__version__}. "
                f"Install chromadb=={recorded} to read it, or rebuild: {rebuild_hint(s)}"
                if recorded and recorded != chromadb.__version__
                else f"Check that the server is running and reachable, or rebuild: {rebuild_hint(s)}"
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
        if create or m:
            self.dir.mkdir(parents=True, exist_ok=True)
            m.update(format_version=FORMAT_VERSION, chromadb=chromadb.__version__, embed_model=self.model_id)
            (self.dir / MANIFEST).write_text(json.dumps(m, indent=2))

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
        bm25_dir = self.dir / "bm25"
        if bm25_dir.exists():
            import shutil

            shutil.rmtree(bm25_dir)

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
        """The BM25 index, rebuilt if it does not match the served chunks (e.g. after a crash)."""
        if self._bm25 is None:
            path = self.dir / "bm25"
            loaded = ArabicBM25.load(path)
            served_ids = self._served_chunk_ids()
            if loaded is not None and loaded.fingerprint == fingerprint(served_ids):
                self._bm25 = loaded
            else:
                self._bm25 = self.rebuild_bm25()
        return self._bm25

    def _served_chunk_ids(self) -> list[str]:
        out = []
        for ids, metas, _ in self._pages(self.chunks, ["metadatas"]):
            out.extend(i for i, m in zip(ids, metas) if self.is_served(m))
        return out

    def rebuild_bm25(self) -> ArabicBM25:
        index = ArabicBM25.build([(i, text) for i, text, _ in self.served_chunks()])
        index.save(self.dir / "bm25")
        self._bm25 = index
        return index

    # -- writing (the protocol in the module docstring) ------------------------------------------

    def _set_record(self, article: Article, *, version: str, pending: str, n_chunks: int, text: str) -> None:
        meta = {
            "title": article.title,
            "source": article.source,
            "file": Path(article.source.split("#")[0]).name,
            "published": article.published or "",
            "version": version,
            "pending": pending,
            "n_chunks": n_chunks,
        }
        self.articles.upsert(ids=[article.id], documents=[text], metadatas=[meta], embeddings=[[1.0]])
        self._records = None
        self._texts.pop(article.id, None)

    def write_article(self, article: Article, chunks: list[Chunk], vectors: np.ndarray, version: str) -> None:
        old = self.records().get(article.id)
        if old is None:
            self._set_record(article, version="", pending=version, n_chunks=0, text="")
        else:
            meta = self.articles.get(ids=[article.id], include=["metadatas"])["metadatas"][0]
            self.articles.update(ids=[article.id], metadatas=[{**meta, "pending": version}])
            self._records = None
        ids = [chunk_id(c, version) for c in chunks]
        metas = [self._chunk_meta(c, cid, version) for c, cid in zip(chunks, ids)]
        for i in range(0, len(ids), _PAGE):
            sl = slice(i, i + _PAGE)
            self.chunks.upsert(
                ids=ids[sl], embeddings=vectors[sl].tolist(), documents=[c.text for c in chunks[sl]], metadatas=metas[sl]
            )
        self._set_record(article, version=version, pending=version, n_chunks=len(chunks), text=article.text)
        self.finish(article.id, version)

    def finish(self, article_id: str, version: str) -> int:
        """Delete chunks of other versions of an article and clear its pending mark. Returns chunks deleted."""
        stale = [
            i
            for ids, metas, _ in self._pages(self.chunks, ["metadatas"], where={"article_id": article_id})
            for i, m in zip(ids, metas)
            if m.get("version") != version
        ]
        if stale:
            self.chunks.delete(ids=stale)
        meta = self.articles.get(ids=[article_id], include=["metadatas"])["metadatas"][0]
        if meta.get("pending"):
            self.articles.update(ids=[article_id], metadatas=[{**meta, "pending": ""}])
        self._records = None
        return len(stale)

    def delete_article(self, article_id: str) -> None:
        self.chunks.delete(where={"article_id": article_id})
        self.articles.delete(ids=[article_id])
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


def chunk_id(c: Chunk, version: str) -> str:
    return f"{c.article_id}:{version[:12]}:{c.start}-{c.end}"
