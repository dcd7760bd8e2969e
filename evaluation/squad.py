"""Retrieval and quoting measured on SQuAD-format data (ARCD, MLQA-R, XQuAD-like files).

Every paragraph becomes one article in a temporary index, built by the normal ingest path; each question is
asked through ArticleQA. Retrieval is scored by the rank of the gold paragraph among the retrieved chunks'
articles (hybrid, and dense-only in the same run); quoting by whether the first quote contains the gold answer.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from evaluation.judge import fold
from ingest.pipeline import ingest
from rag.embed import EmbeddingBackend
from rag.errors import RagError
from rag.qa import ArticleQA
from rag.settings import Settings

# progress(stage, done, total): stage is "embed" (indexing the paragraphs) or "ask"
Progress = Callable[[str, int, int], None]
RANKS = (1, 5, 10)


class SquadFormatError(RagError):
    """A SQuAD-format file cannot be read as one."""


@dataclass(frozen=True)
class SquadQuestion:
    id: str
    question: str
    paragraph: int  # index into the paragraph list
    answers: tuple[str, ...]


@dataclass
class SquadResult:
    id: str
    question: str
    paragraph: int
    rank: int | None  # 1-based rank of the gold paragraph among retrieved articles; None = not retrieved
    dense_rank: int | None
    answer_in_context: bool  # a few gold answers are not verbatim in their paragraph (ARCD): not scored for quoting
    answer_in_quote: bool
    latency_ms: float
    first_quote: str | None


def _read(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise SquadFormatError(f"{path}: cannot read ({e.strerror}).") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise SquadFormatError(f"{path}: not a UTF-8 JSON file ({e}).") from e
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise SquadFormatError(f'{path}: not SQuAD format: expected {{"data": [{{"title", "paragraphs": [...]}}]}}.')
    return data["data"]


def load_squad(contexts: Path, questions: Path | None = None) -> tuple[list[tuple[str, str]], list[SquadQuestion], int]:
    """(paragraphs as (title, context), questions, number of questions dropped because QUESTIONS had no text for
    their id). With questions, each question's text comes from that file by id (English questions over Arabic
    paragraphs); the gold paragraph and answers stay those of contexts."""
    texts: dict[str, str] | None = None
    if questions is not None:
        texts = {}
        for art in _read(questions):
            for p in art.get("paragraphs", []):
                for qa in p.get("qas", []):
                    texts[str(qa["id"])] = qa["question"]
    paragraphs: list[tuple[str, str]] = []
    out: list[SquadQuestion] = []
    dropped = 0
    try:
        for art in _read(contexts):
            title = str(art.get("title") or "untitled")
            for n, p in enumerate(art["paragraphs"], 1):
                idx = len(paragraphs)
                paragraphs.append((f"{title} ¶{n}", p["context"]))
                for qa in p.get("qas", []):
                    qid = str(qa["id"])
                    text = qa["question"] if texts is None else texts.get(qid)
                    if text is None:
                        dropped += 1
                        continue
                    out.append(SquadQuestion(qid, text.strip(), idx, tuple(a["text"] for a in qa.get("answers", []))))
    except (KeyError, TypeError) as e:
        raise SquadFormatError(f"{contexts}: not SQuAD format (missing {e}). Each paragraph needs 'context' and 'qas'.") from e
    if questions is not None and not out:
        raise SquadFormatError(f"{questions}: none of its question ids occur in {contexts}. Pass the matching file.")
    return paragraphs, out, dropped


def _answer_key(answer: str) -> str:
    # Crowd-marked answers often carry the comma or full stop after them.
    return fold(answer).strip(" ،,.؛:؟?!\"'«»“”()")


def contains_answer(text: str, answers: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(key and key in folded for key in map(_answer_key, answers))


def _rank(article_ids: list[str], gold: str) -> int | None:
    seen: list[str] = []
    for a in article_ids:
        if a not in seen:
            seen.append(a)
    return seen.index(gold) + 1 if gold in seen else None


def retrieval_metrics(ranks: list[int | None]) -> dict:
    n = len(ranks)
    out = {f"recall@{r}": round(sum(1 for x in ranks if x is not None and x <= r) / n, 4) if n else None for r in RANKS}
    out["mrr@10"] = round(sum(1 / x for x in ranks if x is not None and x <= 10) / n, 4) if n else None
    return out


def index_paragraphs(
    paragraphs: list[tuple[str, str]],
    settings: Settings,
    embedder: EmbeddingBackend,
    workdir: Path,
    progress: Progress | None = None,
) -> tuple[Settings, list[str], float]:
    """Ingest every paragraph as an article into a store under workdir. Returns the store's settings, the
    source of each paragraph (in order) and the seconds it took."""
    jsonl = workdir / "paragraphs.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for title, context in paragraphs:
            f.write(json.dumps({"title": title, "text": context}, ensure_ascii=False) + "\n")
    store_settings = settings.model_copy(update={"store_dir": workdir / "store", "chroma_host": None, "articles_dir": workdir})
    report = ingest([jsonl], store_settings, embedder=embedder, progress=progress)
    if not report.ok:
        raise SquadFormatError("; ".join(reason for _, reason in report.failed))
    # ingest/load.py names a JSONL line's article by "<file>#<line>".
    sources = [f"{jsonl.resolve()}#{n}" for n in range(1, len(paragraphs) + 1)]
    return store_settings, sources, report.seconds


def run_squad(
    contexts: Path,
    settings: Settings,
    embedder: EmbeddingBackend,
    *,
    questions_file: Path | None = None,
    k: int = 10,
    limit: int | None = None,
    progress: Progress | None = None,
) -> dict:
    """The full run; returns the JSON report: summary (the issue's keys), dense_only, run (sizes, timings),
    questions."""
    t_start = time.perf_counter()
    paragraphs, questions, dropped = load_squad(contexts, questions_file)
    if limit is not None:
        questions = questions[:limit]
    with tempfile.TemporaryDirectory(prefix="rag-squad-") as tmp:
        store_settings, sources, ingest_seconds = index_paragraphs(paragraphs, settings, embedder, Path(tmp), progress)
        qa = ArticleQA.open(store_settings, embedder=embedder)
        stats = qa.stats()
        by_source = {a.source: a.id for a in stats.articles}
        paragraph_article = [by_source[s] for s in sources]
        chunks = stats.chunks
        results = []
        t_ask = time.perf_counter()
        for n, q in enumerate(questions, 1):
            gold = paragraph_article[q.paragraph]
            rank = _rank([h.article_id for h in qa.retrieve(q.question, k)], gold)
            dense_rank = _rank([h.article_id for h in qa.retrieve(q.question, k, dense_only=True)], gold)
            t0 = time.perf_counter()
            answer = qa.ask(q.question)
            latency_ms = (time.perf_counter() - t0) * 1000
            first = answer.quotes[0].text if answer.quotes else None
            results.append(
                SquadResult(
                    id=q.id,
                    question=q.question,
                    paragraph=q.paragraph,
                    rank=rank,
                    dense_rank=dense_rank,
                    answer_in_context=contains_answer(paragraphs[q.paragraph][1], q.answers),
                    answer_in_quote=first is not None and contains_answer(first, q.answers),
                    latency_ms=round(latency_ms, 1),
                    first_quote=first,
                )
            )
            if progress:
                progress("ask", n, len(questions))
        ask_seconds = time.perf_counter() - t_ask

    scored = [r for r in results if r.answer_in_context]
    summary = retrieval_metrics([r.rank for r in results])
    summary["answer_in_quote"] = round(sum(r.answer_in_quote for r in scored) / len(scored), 4) if scored else None
    summary["questions"] = len(results)
    lat = [r.latency_ms for r in results]
    return {
        "summary": summary,
        "dense_only": retrieval_metrics([r.dense_rank for r in results]),
        "run": {
            "contexts": str(contexts),
            "questions_file": str(questions_file) if questions_file else None,
            "paragraphs": len(paragraphs),
            "chunks": chunks,
            "k": k,
            "questions_without_text": dropped,
            "answers_not_in_context": len(results) - len(scored),
            "embed_model": embedder.model_id,
            "ingest_seconds": round(ingest_seconds, 1),
            "questions_seconds": round(ask_seconds, 1),
            "ask_ms_p50": round(float(np.percentile(lat, 50)), 1) if lat else None,
            "ask_ms_p95": round(float(np.percentile(lat, 95)), 1) if lat else None,
            "seconds": round(time.perf_counter() - t_start, 1),
        },
        "questions": [asdict(r) for r in results],
    }
