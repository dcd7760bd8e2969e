"""The app's heavy objects, made once per process, and the calls that change the index (first build, uploads).

One embedder per process; one ArticleQA per distinct settings, all sharing that embedder: in the app one per store,
since the answer mode is chosen per question rather than per engine. Streamlit runs each browser session in its own
thread, so opening and ingesting are serialised.
"""

from __future__ import annotations

import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from ingest.load import SUPPORTED_SUFFIXES, load_file
from ingest.pipeline import IngestReport, ingest
from rag import ArticleQA, Settings
from rag.embed import EmbeddingBackend, make_embedder, model_id_for
from rag.errors import IngestError
from rag.store import Store

UPLOADS = "uploads"  # sub-folder of settings.articles_dir that keeps uploaded files apart from the samples

# fraction in [0, 1], and what is happening
OnProgress = Callable[[float, str], object]  # what it returns is ignored (st.progress returns its element)


@st.cache_resource(show_spinner="Loading the embedding model…")
def _embedder(backend: str, model: str, _settings: Settings) -> EmbeddingBackend:
    return make_embedder(_settings)


@st.cache_resource
def _engines() -> dict[str, ArticleQA]:
    return {}


@st.cache_resource
def _lock() -> threading.RLock:
    return threading.RLock()


def embedder(settings: Settings) -> EmbeddingBackend:
    return _embedder(settings.embed_backend, settings.embed_model, settings)


def engine(settings: Settings) -> ArticleQA:
    """The ArticleQA for these settings, opened on first use. Raises StoreMissingError when there is no index yet
    (nothing is cached then, so the next call after an ingest opens it)."""
    key = settings.model_dump_json()
    engines = _engines()
    with _lock():
        if key not in engines:
            # A missing index or one built with another model is reported before the model is loaded.
            Store(settings, model_id_for(settings), None, create=False)
            qa = ArticleQA.open(settings, embedder=embedder(settings))
            with st.spinner("Opening the index…"):
                # Article records and the BM25 index are read here, while the page loads, rather than by the
                # first question (about 3 s on 100k chunks).
                qa.store.bm25()
            engines[key] = qa
        return engines[key]


def _refresh_all(settings: Settings) -> None:
    """Every open ArticleQA on this store re-reads it (sessions with other settings may share the store)."""
    for qa in _engines().values():
        if qa.settings.store_dir == settings.store_dir and qa.settings.collection == settings.collection:
            qa.refresh()


def _progress(on_progress: OnProgress) -> Callable[[str, int, int], None]:
    # Reading files is quick next to embedding: it gets the first tenth of the bar.
    def progress(stage: str, done: int, total: int) -> None:
        if stage == "load":
            on_progress(0.1 * done / max(total, 1), f"Reading files {done}/{total}")
        else:
            on_progress(0.1 + 0.9 * done / max(total, 1), f"Embedding chunks and statements {done}/{total}")

    return progress


def build_index(settings: Settings, on_progress: OnProgress) -> IngestReport:
    """First start without an index: ingest settings.articles_dir."""
    with _lock():
        report = ingest([settings.articles_dir], settings, embedder=embedder(settings), progress=_progress(on_progress))
        _refresh_all(settings)
    return report


def safe_name(name: str) -> str:
    """A file name that cannot leave the uploads folder or surprise a shell: the last path part, letters
    (any script), digits, dot, dash and underscore, no leading dot, at most 100 characters, suffix lower-cased."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^\w-]+", "_", stem, flags=re.UNICODE).strip("._-")[:100] or "article"
    suffix = re.sub(r"[^\w]+", "", suffix, flags=re.UNICODE).lower()
    return f"{stem}.{suffix}" if suffix else stem


def _unused(name: str, taken: set[str]) -> str:
    """name, or name-2, name-3 … before its suffix: two files of one upload never overwrite each other."""
    stem, dot, suffix = name.rpartition(".")
    stem, suffix = (stem, dot + suffix) if dot else (name, "")
    n, candidate = 1, name
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    return candidate


@dataclass
class UploadResult:
    saved: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)  # what the user should know about names changed on saving
    report: IngestReport | None = None


def add_uploads(settings: Settings, files: list[tuple[str, bytes]], on_progress: OnProgress) -> UploadResult:
    """Check each uploaded file, keep the readable ones under articles_dir/uploads, ingest them, refresh.

    A file is read (ingest.load) in a scratch folder before it is saved, so a bad upload never replaces a good
    file of the same name and never reaches the index."""
    result = UploadResult()
    dest_dir = settings.articles_dir / UPLOADS
    good: list[tuple[str, bytes]] = []
    with tempfile.TemporaryDirectory(prefix="upload-") as scratch:
        for original, data in files:
            name = safe_name(original)
            if any(data == kept for _, kept in good):
                result.renamed.append(f"{original}: the same file is in this upload twice; it is indexed once.")
                continue
            name = _unused(name, {n for n, _ in good})
            if name != safe_name(original):
                result.renamed.append(
                    f"{original}: another file of this upload has the name {safe_name(original)}; saved as {name}."
                )
            suffix = Path(name).suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                result.errors.append(
                    f"{original}: unsupported file type '{suffix or 'none'}'. Upload {', '.join(sorted(SUPPORTED_SUFFIXES))} files."
                )
                continue
            if len(data) > settings.max_file_bytes:
                result.errors.append(
                    f"{original}: {len(data):,} bytes is over the limit of {settings.max_file_bytes:,} "
                    "(RAG_MAX_FILE_BYTES). Split the file or raise the limit."
                )
                continue
            trial = Path(scratch) / name
            trial.write_bytes(data)
            try:
                load_file(trial, settings.max_file_bytes, settings.max_paragraph_density)
            except (IngestError, OSError) as e:
                result.errors.append(str(e).replace(str(trial), original))
                continue
            good.append((name, data))
    if not good:
        return result
    paths = []
    dest_dir.mkdir(parents=True, exist_ok=True)
    for name, data in good:
        path = dest_dir / name
        path.write_bytes(data)
        paths.append(path)
        result.saved.append(name)
    with _lock():
        result.report = ingest(paths, settings, embedder=embedder(settings), progress=_progress(on_progress))
        _refresh_all(settings)
    for _source, reason in result.report.failed:
        result.errors.append(reason)
    return result
