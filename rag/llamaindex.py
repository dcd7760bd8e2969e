"""LlamaIndex faces of ArticleQA, for use in LlamaIndex pipelines: nothing here touches llama_index's global Settings.

- ArticleRetriever: the hybrid retrieval (dense + Arabic BM25, fused; ArticleQA.retrieve) as a BaseRetriever of
  chunks, so LlamaIndex postprocessors and QueryFusionRetriever compose with it.
- ArticleQueryEngine (ArticleQA.as_query_engine): answers as a LlamaIndex Response whose text is the answer and
  whose source_nodes are the verified quotes, each an exact slice of its article at the offsets in its metadata.
"""

from __future__ import annotations

from collections.abc import Mapping

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import Response
from llama_index.core.bridge.pydantic import Field
from llama_index.core.callbacks.base import CallbackManager
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from rag.models import Answer, Hit, Quote
from rag.qa import ArticleQA

# Offsets and ids locate a node in the store; they mean nothing to a model or an embedder reading its text.
_LOCATION_KEYS = ["article_id", "start", "end", "paragraph"]


class ArticleRetriever(BaseRetriever):
    """The chunks ArticleQA.retrieve finds for a question, best first, as NodeWithScore: the chunk's text, its fused
    score, and in metadata article_id, title, source, start and end (the chunk is
    qa.article_text(article_id)[start:end]). The metadata is the chunk's alone (no ranks or side scores), so that
    the same chunk found by two retrievers has one node hash and QueryFusionRetriever merges it."""

    def __init__(
        self,
        qa: ArticleQA,
        similarity_top_k: int | None = None,
        dense_only: bool = False,
        callback_manager: CallbackManager | None = None,
    ) -> None:
        """similarity_top_k: chunks per question (default: the settings' top_k). dense_only: skip BM25."""
        self._qa = qa
        self.similarity_top_k = similarity_top_k
        self.dense_only = dense_only
        super().__init__(callback_manager=callback_manager)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = self._qa.retrieve(query_bundle.query_str, self.similarity_top_k, dense_only=self.dense_only)
        return [_chunk_node(h) for h in hits]


class ArticleQueryEngine(CustomQueryEngine):
    """ArticleQA.ask as a LlamaIndex query engine (and so a QueryEngineTool). Response.response is the answer text;
    source_nodes are its quotes (see quote_node); Response.metadata has found, language and notes."""

    qa: ArticleQA = Field(description="the ArticleQA that answers")
    top_k: int | None = Field(default=None, description="passages retrieved per question (default: the settings')")

    def custom_query(self, query_str: str) -> Response:
        answer: Answer = self.qa.ask(query_str, top_k=self.top_k)
        return Response(
            response=answer.text,
            source_nodes=[quote_node(q) for q in answer.quotes],
            metadata={"found": answer.found, "language": answer.language, "notes": list(answer.notes)},
        )


def quote_node(quote: Quote) -> NodeWithScore:
    """A verified quote as a node: its text is the quote, exactly qa.article_text(article_id)[start:end], and its
    metadata has article_id, title, source, start, end, speaker (as the article writes it, or None) and paragraph
    (1-based)."""
    return _located(
        f"{quote.article_id}:{quote.start}-{quote.end}", quote, {"speaker": quote.speaker, "paragraph": quote.paragraph}
    )


def _chunk_node(hit: Hit) -> NodeWithScore:
    return _located(hit.chunk_id, hit, {})


def _located(node_id: str, at: Quote | Hit, extra: Mapping[str, object]) -> NodeWithScore:
    """A node of article text at its place (article_id, title, source, start, end, then extra), the place kept out
    of what a model or an embedder reads."""
    metadata = {"article_id": at.article_id, "title": at.title, "source": at.source, "start": at.start, "end": at.end}
    node = TextNode(
        id_=node_id,
        text=at.text,
        metadata={**metadata, **extra},
        excluded_llm_metadata_keys=list(_LOCATION_KEYS),
        excluded_embed_metadata_keys=list(_LOCATION_KEYS),
    )
    return NodeWithScore(node=node, score=at.score)
