"""Incremental ingestion: files → cleaned articles → chunks → vectors → store (+ BM25), without duplicates.

An article is rewritten only when its content version (text, title, chunking and model) changes; a file
that fails keeps whatever version of it was indexed before.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunk import chunk_article
from ingest.load import find_files, load_file
from rag.embed import EmbeddingBackend, embed_in_batches, make_embedder
from rag.errors import IngestError
from rag.models import Article, Chunk
from rag.settings import Settings
from rag.attribution import VERSION as ATTRIBUTION_VERSION
from rag.calibration import Calibration
from rag.people import VERSION as PEOPLE_VERSION
from rag.people_index import PeopleIndex, speakers_of
from rag.quotes import ArticleIndex
from rag.statement_vectors import StatementVectors
from rag.store import Store, server_errors

log = logging.getLogger(__name__)

# progress(stage, done, total): stage is "load" or "embed"
Progress = Callable[[str, int, int], None]


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks_written: int = 0
    statements_embedded: int = 0  # sentences and direct speech, embedded now so questions need not wait
    tokens_embedded: int = 0
    embed_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        passages = self.chunks_written + self.statements_embedded
        rate = f", {passages / self.embed_seconds:.1f} passages/s embedding" if self.embed_seconds else ""
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, {self.removed} removed, "
            f"{len(self.failed)} failed; {self.chunks_written} chunks written and {self.statements_embedded} "
            f"statements embedded in {self.seconds:.1f} s{rate}"
        )


def content_version(article: Article, settings: Settings, model_id: str) -> str:
    h = hashlib.sha256()
    # The attribution and people versions are part of it: statements cut differently need their vectors made
    # again, and people grouped differently their lists.
    parts = (
        article.title,
        article.text,
        article.published or "",
        str(settings.chunk_size),
        str(settings.chunk_overlap),
        model_id,
        ATTRIBUTION_VERSION,
        PEOPLE_VERSION,
    )
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def ingest(
    paths: list[Path],
    settings: Settings,
    *,
    prune: bool = False,
    rebuild: bool = False,
    embedder: EmbeddingBackend | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders into the store of settings (see the module docstring). Raises RagError subclasses
    with what to do: StoreUnavailableError when a Chroma server stops answering mid-run."""
    with server_errors(settings):
        return _ingest(paths, settings, prune=prune, rebuild=rebuild, embedder=embedder, progress=progress)


def _ingest(
    paths: list[Path],
    settings: Settings,
    *,
    prune: bool,
    rebuild: bool,
    embedder: EmbeddingBackend | None,
    progress: Progress | None,
) -> IngestReport:
    t0 = time.perf_counter()
    report = IngestReport()
    embedder = embedder or make_embedder(settings)
    if rebuild:
        Store.wipe(settings)
    store = Store(settings, embedder.model_id, embedder.dim, create=True)
    # Everything questions read is made here: quote scoring needs this model's probe vectors (rag/calibration.py).
    Calibration.save(embedder, store.dir)

    articles: list[Article] = []
    failed_sources: set[str] = set()
    files = []
    for p in paths:
        try:
            files.extend(find_files([p]))
        except IngestError as e:
            report.failed.append((str(p), str(e)))
    for n, f in enumerate(files, 1):
        try:
            articles.extend(load_file(f, settings.max_file_bytes, settings.max_paragraph_density))
        except (IngestError, OSError) as e:
            report.failed.append((str(f), str(e)))
            failed_sources.add(str(f.resolve()))
        if progress:
            progress("load", n, len(files))

    records = store.records()
    todo: list[tuple[Article, list[Chunk], str]] = []
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            continue  # the same file named twice on the command line
        seen.add(a.id)
        version = content_version(a, settings, embedder.model_id)
        rec = records.get(a.id)
        if rec is not None and rec.version == version and not rec.pending:
            report.unchanged += 1
            continue
        todo.append((a, chunk_article(a, settings.chunk_size, settings.chunk_overlap), version))

    # Each statement a quote can be cut from gets its own vector too (rag/statement_vectors.py), and the people
    # who make them are listed (rag/people_index.py): one attribution of each article serves both.
    read = {a.id: ArticleIndex(a.text, a.title) for a, _, _ in todo}
    spans_of = {i: sorted({(p.start, p.end) for p in idx.passages}) for i, idx in read.items()}
    total = sum(len(c) for _, c, _ in todo) + sum(len(s) for s in spans_of.values())
    done = 0
    if progress and total:
        progress("embed", 0, total)
    saved = StatementVectors(store.dir)
    people = PeopleIndex(store.dir)
    for group in _groups(todo, settings.embed_batch_size * 4):
        texts = [c.text for _, chunks, _ in group for c in chunks]
        texts += [a.text[s:e] for a, _, _ in group for s, e in spans_of[a.id]]

        def on_batch(n: int, base: int = done) -> None:
            if progress:
                progress("embed", base + n, total)

        vecs, secs = embed_in_batches(embedder, texts, settings.embed_batch_size, on_batch)
        report.embed_seconds += secs
        report.tokens_embedded += sum(embedder.count_tokens(t) for t in texts)
        items, pos = [], 0
        for a, chunks, version in group:
            items.append((a, chunks, vecs[pos : pos + len(chunks)], version))
            pos += len(chunks)
        # Statement vectors and people first, keyed by the new version: once the store serves it, they are
        # there (a crash before the switch leaves the article to the next run anyway).
        for a, _, version in group:
            saved.save(a.id, version, spans_of[a.id], vecs[pos : pos + len(spans_of[a.id])])
            people.save(a.id, version, speakers_of(read[a.id]))
            pos += len(spans_of[a.id])
        store.write_articles(items)
        for a, chunks, _ in group:
            report.chunks_written += len(chunks)
            report.statements_embedded += len(spans_of[a.id])
            if a.id in records and records[a.id].version:
                report.updated += 1
            else:
                report.added += 1
        done += len(texts)

    if prune:
        keep = seen | {i for i, r in records.items() if r.origin in failed_sources}
        for article_id in set(store.records()) - keep:
            store.delete_article(article_id)
            report.removed += 1
        store.remove_orphans()

    store.save_bm25()  # only if the served chunks changed since it was saved
    people.save_summary({i: r.version for i, r in store.served().items()})
    report.seconds = time.perf_counter() - t0
    log.info("ingest: %s", report.summary())
    return report


def _groups(todo: list[tuple[Article, list[Chunk], str]], min_chunks: int):
    """Several articles per embedding call (short ones would each make a tiny batch); each group is written as
    soon as its vectors exist, so a kill loses at most the group in flight."""
    group: list[tuple[Article, list[Chunk], str]] = []
    for item in todo:
        group.append(item)
        if sum(len(c) for _, c, _ in group) >= min_chunks:
            yield group
            group = []
    if group:
        yield group
