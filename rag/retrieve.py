"""Hybrid retrieval: LlamaIndex's dense retriever over the Chroma collection plus Arabic BM25, fused by
weighted reciprocal rank.

BM25 only sees Arabic words, so for a question in another language its weight follows the share of Arabic
in the question: an English question is carried by the multilingual dense side and BM25 can never push
a good dense hit down.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable

import numpy as np

from llama_index.core import VectorStoreIndex
from llama_index.core import Settings as LlamaSettings
from llama_index.core.llms import MockLLM
from llama_index.vector_stores.chroma import ChromaVectorStore

from rag.embed import EmbeddingBackend, LlamaIndexEmbedding
from rag.models import Hit
from rag.store import Store

# LlamaIndex reaches for OpenAI when no LLM is set; retrieval needs none. (MockLLM is what llm=None sets,
# without the print.)
LlamaSettings.llm = MockLLM()

RRF_K = 60
_AR = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[A-Za-z]")


def arabic_share(text: str) -> float:
    ar, la = len(_AR.findall(text)), len(_LATIN.findall(text))
    return ar / (ar + la) if ar + la else 0.0


class HybridRetriever:
    def __init__(self, store: Store, embedder: EmbeddingBackend, embed_query: Callable[[str], np.ndarray] | None = None) -> None:
        self.store = store
        self.embed_model = LlamaIndexEmbedding(embedder, embed_query)
        vector_store = ChromaVectorStore(chroma_collection=store.chunks)
        self.index = VectorStoreIndex.from_vector_store(vector_store, embed_model=self.embed_model)

    def dense(self, query: str, k: int) -> list[Hit]:
        retriever = self.index.as_retriever(similarity_top_k=k)
        hits = []
        for n in retriever.retrieve(query):
            meta = n.node.metadata
            if not self.store.is_served(meta):
                continue
            # ChromaVectorStore reports exp(-distance); with cosine space distance = 1 - cos.
            cos = 1.0 + math.log(max(n.score or 1e-9, 1e-9))
            hits.append(_hit(n.node.node_id, n.node.get_content(), meta, cos))
        return hits

    def bm25(self, query: str, k: int) -> list[tuple[str, float]]:
        return self.store.bm25().search(query, k)

    def retrieve(self, query: str, k: int, candidates: int, dense_only: bool = False) -> list[Hit]:
        dense = self.dense(query, candidates)
        w_bm25 = 0.0 if dense_only else arabic_share(query)
        sparse = self.bm25(query, candidates) if w_bm25 > 0 else []
        fused: dict[str, float] = {}
        for rank, h in enumerate(dense, 1):
            fused[h.chunk_id] = fused.get(h.chunk_id, 0.0) + 1.0 / (RRF_K + rank)
        for rank, (cid, _) in enumerate(sparse, 1):
            fused[cid] = fused.get(cid, 0.0) + w_bm25 / (RRF_K + rank)
        by_id = {h.chunk_id: h for h in dense}
        missing = [cid for cid, _ in sparse if cid not in by_id]
        if missing:
            got = self.store.chunks.get(ids=missing, include=["documents", "metadatas"])
            for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                if self.store.is_served(meta):
                    by_id[cid] = _hit(cid, doc or "", meta, None)
        dense_rank = {h.chunk_id: r for r, h in enumerate(dense, 1)}
        bm25_rank = {cid: r for r, (cid, _) in enumerate(sparse, 1)}
        ordered = sorted((cid for cid in fused if cid in by_id), key=lambda c: -fused[c])[:k]
        return [
            Hit(
                **{**by_id[c].__dict__, "score": fused[c], "dense_rank": dense_rank.get(c), "bm25_rank": bm25_rank.get(c)}
            )
            for c in ordered
        ]


def _hit(chunk_id: str, text: str, meta: dict, cos: float | None) -> Hit:
    return Hit(
        chunk_id=chunk_id,
        article_id=meta["article_id"],
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=text,
        score=0.0,
        dense_score=cos,
    )
