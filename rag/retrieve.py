"""Hybrid retrieval: LlamaIndex's dense retriever over the store's chunk vectors plus Arabic BM25.

An Arabic question's two lists are fused by weighted reciprocal rank, BM25 weighted by the share of Arabic in
the question. An English question has no Arabic words of its own: BM25 gets its dictionary translations
(rag/lexicon.py) and the corpus's Arabic spellings of its names, and the lists are fused by score.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from llama_index.core import VectorStoreIndex

from rag.embed import EmbeddingBackend, LlamaIndexEmbedding
from rag.lexicon import Lexicon
from rag.models import Hit
from rag.names import english_names
from rag.store import Store
from rag.text import arabic_share

# Letters the Arabic Snowball stemmer strips as a clitic at a word's start (ب، ك، ل، ف، و).
_CLITICS = set("بكلفو")

RRF_K = 60


class HybridRetriever:
    def __init__(
        self,
        store: Store,
        embedder: EmbeddingBackend,
        embed_query: Callable[[str], np.ndarray] | None,
        lexicon: Lexicon | None,
        translated_weight: float,
    ) -> None:
        """translated_weight: BM25's share of the fused score for English questions (Settings.translated_bm25_weight)."""
        self.store = store
        self.lexicon = lexicon
        self.translated_weight = translated_weight
        self.embed_model = LlamaIndexEmbedding(embedder, embed_query)
        self.index = VectorStoreIndex.from_vector_store(store.vector_store(), embed_model=self.embed_model)

    def dense(self, query: str, k: int) -> list[Hit]:
        retriever = self.index.as_retriever(similarity_top_k=k)
        hits = []
        for n in retriever.retrieve(query):
            meta = n.node.metadata
            if not self.store.is_served(meta):
                continue
            # The store's vector store scores by cosine similarity (Store.vector_store).
            hits.append(_hit(n.node.node_id, n.node.get_content(), meta, n.score))
        return hits

    def bm25(self, query: str, k: int) -> list[tuple[str, float]]:
        return self.store.bm25().search(query, k)

    def in_arabic(self, query: str, rendering: str | None = None) -> str:
        """An English question's words as Arabic text for BM25: the dictionary's senses of its words, a model's
        rendering of it when given, and the corpus's spellings of its names (these without either)."""
        # A spelling that opens with a letter the Arabic stemmer takes for a clitic is searched with the article
        # too: it reads a bare "برهان" as ب and "رهان" (by a bet), which the corpus's "البرهان" never meets.
        spelled = [w for name in english_names(query) for w in self.store.bm25().spelled(name)]
        names = [f for w in spelled for f in ((w, "ال" + w) if w[:1] in _CLITICS else (w,))]
        words = self.lexicon.arabic_query(query) if self.lexicon else ""
        return " ".join([words, rendering or "", *names]).strip()

    def retrieve(self, query: str, k: int, candidates: int, dense_only: bool = False, rendering: str | None = None) -> list[Hit]:
        """rendering: the question in Arabic (a model's), searched besides the dictionary's words for an English one."""
        share = 0.0 if dense_only else arabic_share(query)
        translated = self.in_arabic(query, rendering) if not dense_only and share < 0.5 else ""
        if translated:
            # English (or mostly English): BM25 over the question's words in Arabic, fused by score: rank fusion
            # would give a weak lexical list as much say as a good dense one. Each side is weaker alone than on an
            # Arabic question, so both draw twice the candidates (measured: README "Retrieval quality").
            dense = self.dense(query, 2 * candidates)
            sparse = self.bm25(" ".join([query, translated]), 2 * candidates)
            fused = _score_fusion(dense, sparse, self.translated_weight)
        else:
            dense = self.dense(query, candidates)
            sparse = self.bm25(query, candidates) if share > 0 else []
            fused = _rank_fusion(dense, sparse, share)
        by_id = {h.chunk_id: h for h in dense}
        missing = [cid for cid, _ in sparse if cid not in by_id]
        if missing:
            for cid, doc, meta in self.store.served_chunks(missing):
                by_id[cid] = _hit(cid, doc, meta, None)
        dense_rank = {h.chunk_id: r for r, h in enumerate(dense, 1)}
        bm25_rank = {cid: r for r, (cid, _) in enumerate(sparse, 1)}
        ordered = sorted((cid for cid in fused if cid in by_id), key=lambda c: -fused[c])[:k]
        return [
            Hit(**{**by_id[c].__dict__, "score": fused[c], "dense_rank": dense_rank.get(c), "bm25_rank": bm25_rank.get(c)})
            for c in ordered
        ]


def _rank_fusion(dense: list[Hit], sparse: list[tuple[str, float]], w_bm25: float) -> dict[str, float]:
    """Weighted reciprocal rank fusion."""
    fused: dict[str, float] = {}
    for rank, h in enumerate(dense, 1):
        fused[h.chunk_id] = fused.get(h.chunk_id, 0.0) + 1.0 / (RRF_K + rank)
    for rank, (cid, _) in enumerate(sparse, 1):
        fused[cid] = fused.get(cid, 0.0) + w_bm25 / (RRF_K + rank)
    return fused


def _score_fusion(dense: list[Hit], sparse: list[tuple[str, float]], w_bm25: float) -> dict[str, float]:
    """Weighted sum of the two sides' scores, each on [0, 1]: cosines min-max scaled over the dense candidates
    (they crowd into a narrow band), BM25 scores as a share of the best one (a list of weak matches stays weak).
    A chunk absent from one side scores 0 there."""
    fused: dict[str, float] = {}
    cos = {h.chunk_id: h.dense_score or 0.0 for h in dense}
    if cos:
        lo, hi = min(cos.values()), max(cos.values())
        for cid, c in cos.items():
            fused[cid] = (1.0 - w_bm25) * ((c - lo) / (hi - lo) if hi > lo else 1.0)
    best = max((s for _, s in sparse), default=0.0)
    for cid, s in sparse:
        fused[cid] = fused.get(cid, 0.0) + (w_bm25 * s / best if best > 0 else 0.0)
    return fused


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
