"""ArticleQA: the public entry point. (Contract; implementation in progress by the lead.)"""
from __future__ import annotations

from collections.abc import Iterator

from rag.events import Event
from rag.models import Answer, Hit
from rag.settings import Settings

History = list[tuple[str, Answer]]


class ArticleQA:
    settings: Settings
    # .store: rag.store.Store ; .embedder: rag.embed.EmbeddingBackend

    @classmethod
    def open(cls, settings: Settings | None = None, *, embedder=None, **overrides) -> "ArticleQA":
        """Open the index named by settings (or Settings(**overrides)); pass embedder to share a loaded model.
        Raises StoreMissingError / IndexMismatchError / StoreVersionError with what to do."""
        raise NotImplementedError

    def ask(self, question: str, history: History | None = None, top_k: int | None = None) -> Answer:
        raise NotImplementedError

    def stream(self, question: str, history: History | None = None, top_k: int | None = None) -> Iterator[Event]:
        """Yields Event("sources", list[Quote]), then Event("text", str) pieces, then Event("done", Answer)."""
        raise NotImplementedError

    def retrieve(self, question: str, k: int | None = None) -> list[Hit]:
        """Hybrid (dense + Arabic BM25, fused) retrieval of chunks, best first."""
        raise NotImplementedError

    def article_text(self, article_id: str) -> str:
        raise NotImplementedError

    def stats(self) -> dict:
        """{"articles": int, "chunks": int, "embed_model": str, "store": str, "titles": [(article_id, title, source)]}"""
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read the store after an ingest done through the same settings (new articles, new BM25)."""
        raise NotImplementedError
