"""The Arabic-aware BM25 side of retrieval: bm25s through LlamaIndex's BM25Retriever.

Texts and queries are normalised (rag.text.normalize_ar) before the Snowball Arabic stemmer, so spelling
variants match; the index leaves out Arabic stopwords (rag/stopwords.py). Nodes carry only the chunk id; callers
map hits back to the stored chunk and its offsets.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from pathlib import Path

import Stemmer
from llama_index.core.schema import BaseNode, NodeWithScore, QueryBundle, TextNode
from llama_index.retrievers.bm25 import BM25Retriever

from rag.names import same_name, spelling_keys
from rag.stopwords import stopwords
from rag.text import ARABIC_WORD, bare, normalize_ar

log = logging.getLogger(__name__)
# bm25s sets its own logger to DEBUG at import, which prints "Building index from IDs objects" on every build.
logging.getLogger("bm25s").setLevel(logging.WARNING)
_LOAD_TRIES = 4
_SETTLED_SECONDS = 60


def _versions(path: Path) -> list[Path]:
    return [p for p in path.parent.glob(f"{path.name}-*") if p.is_dir()] + [
        p for p in (path.with_name(path.name + ".tmp"), path.with_name(path.name + ".old")) if p.exists()
    ]


# Bump when texts or queries are read differently (rag.text.normalize_ar, the stemmer, stopwords): a saved index
# of another version is built again. 2: the Persian yeh and kaf fold into Arabic letters; 3: rag.text.bare keeps
# "والدة" whole (the spelling keys are bare words).
VERSION = "3"


def fingerprint(keys: list[str]) -> str:
    """What an index was built from (the store's served articles), with VERSION."""
    return hashlib.sha256("\n".join([f"bm25 {VERSION}", *sorted(keys)]).encode()).hexdigest()


class ArabicBM25:
    """A BM25 index over (chunk_id, text) pairs, persisted beside the store with the fingerprint of what it was
    built from (the store decides what that is), and the corpus's words by how they may be spelt in Latin
    letters, so that an English question's names can be searched for ("Putin" → بوتين)."""

    def __init__(self, retriever: BM25Retriever | None, fp: str, spellings: dict[str, list[str]]) -> None:
        self._retriever = retriever
        self.fingerprint = fp
        self._spellings = spellings

    @classmethod
    def build(cls, items: list[tuple[str, str]], fp: str) -> ArabicBM25:
        if not items:
            return cls(None, fp, {})
        spellings: dict[str, set[str]] = {}
        for word in {bare(w) for _, text in items for w in ARABIC_WORD.findall(text)}:
            if len(word) >= 3:
                for key in spelling_keys(word):
                    spellings.setdefault(key, set()).add(word)
        nodes: list[BaseNode] = [TextNode(id_=cid, text=normalize_ar(text)) for cid, text in items]
        # top_k capped at the corpus size: BM25Retriever warns (and overrides it) otherwise; search() sets it per call.
        retriever = BM25Retriever.from_defaults(
            nodes=nodes,
            stemmer=Stemmer.Stemmer("arabic"),
            # A list of words is what bm25s.tokenize takes as stopwords; BM25Retriever passes it on but annotates str.
            language=list(stopwords("arabic")),  # type: ignore[arg-type]
            similarity_top_k=min(20, len(nodes)),
        )
        return cls(retriever, fp, {k: sorted(v) for k, v in spellings.items()})

    def save(self, path: Path) -> None:
        """Write a new version beside the others, then point path (a symlink) at it in one atomic step: a reader
        opens either the old index or the new one, never a half-written or missing one. The version before is
        kept for readers still loading it; older ones are removed."""
        version = path.with_name(f"{path.name}-{uuid.uuid4().hex[:12]}")
        version.mkdir(parents=True)
        if self._retriever is not None:
            self._retriever.persist(str(version), show_progress=False)
        (version / "fingerprint.json").write_text(json.dumps({"fingerprint": self.fingerprint}))
        (version / "spellings.json").write_text(json.dumps(self._spellings, ensure_ascii=False), encoding="utf-8")
        previous = path.with_name(os.readlink(path)) if path.is_symlink() else None
        if path.is_dir() and not path.is_symlink():  # a store from before versions: moved aside once
            path.rename(path.with_name(f"{path.name}-legacy"))
        link = path.with_name(f".{version.name}.link")
        os.symlink(version.name, link)
        os.replace(link, path)
        for old in _versions(path):
            # Another ingest may be writing a version of its own right now: only settled ones go.
            if old not in (version, previous) and time.time() - old.stat().st_mtime > _SETTLED_SECONDS:
                shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def remove(path: Path) -> None:
        """Delete the index at path and every version of it."""
        if path.is_symlink():
            path.unlink()
        else:
            shutil.rmtree(path, ignore_errors=True)
        for old in _versions(path):
            shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, path: Path) -> ArabicBM25 | None:
        # A writer may swap versions while this reads, and remove the one before last: try again before giving up.
        for attempt in range(_LOAD_TRIES):
            try:
                return cls._load(path)
            except FileNotFoundError as e:
                if attempt == _LOAD_TRIES - 1 or not path.exists():
                    log.info("BM25 index at %s missing (%s); it will be rebuilt", path, e)
                    return None
                time.sleep(0.05 * (attempt + 1))
            except (OSError, ValueError, KeyError) as e:
                log.info("BM25 index at %s unreadable (%s); it will be rebuilt", path, e)
                return None
        return None

    @classmethod
    def _load(cls, path: Path) -> ArabicBM25:
        target = path.resolve()  # one version for the whole read, whatever the link points at meanwhile
        fp = json.loads((target / "fingerprint.json").read_text())["fingerprint"]
        spellings = json.loads((target / "spellings.json").read_text(encoding="utf-8"))
        if not (target / "retriever.json").exists():
            return cls(None, fp, spellings)
        retriever = BM25Retriever.from_persist_dir(str(target), show_progress=False)
        retriever.stemmer = Stemmer.Stemmer("arabic")  # not persisted by bm25s
        return cls(retriever, fp, spellings)

    def chunk_ids(self) -> set[str]:
        return {doc["node_id"] for doc in self._retriever.corpus} if self._retriever is not None else set()

    def spelled(self, latin: str) -> list[str]:
        """The corpus's Arabic words that spell a Latin proper name (normalised, without the article)."""
        found = {w for key in spelling_keys(latin) for w in self._spellings.get(key, ())}
        return sorted(w for w in found if same_name(latin, w))

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """(chunk_id, score) best first; empty when no query term is in the index."""
        if self._retriever is None:
            return []
        # bm25s refuses a k larger than the corpus; the retriever's corpus (one entry per chunk) gives its size.
        self._retriever.similarity_top_k = max(1, min(k, len(self._retriever.corpus)))
        hits: list[NodeWithScore] = self._retriever.retrieve(QueryBundle(normalize_ar(query)))
        return [(h.node.node_id, float(h.score)) for h in hits if h.score is not None and h.score > 0]
