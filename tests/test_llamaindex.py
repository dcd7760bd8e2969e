"""The LlamaIndex faces (rag/llamaindex.py): the README's "Use with LlamaIndex" example run as written over the
sample store, answers as a query engine and a QueryEngineTool, the hybrid retrieval as a BaseRetriever inside
QueryFusionRetriever, and no change to LlamaIndex's global Settings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from llama_index.core.base.response.schema import Response
from llama_index.core.schema import NodeWithScore, TextNode

from rag import ArticleQA, ArticleRetriever, Settings

ROOT = Path(__file__).resolve().parent.parent


def _readme_example() -> str:
    """The python block of the README's "Use with LlamaIndex" section, as a reader would copy it."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Use with LlamaIndex\n", 1)[1]
    match = re.search(r"```python\n(.*?)```", section.split("\n## ", 1)[0], re.S)
    assert match, "the section has a python example"
    return match.group(1)


@pytest.fixture(scope="module")
def readme_run(sample_store: Settings) -> dict[str, Any]:
    """The README example's variables after running it over the sample store (ArticleQA.open() reads RAG_*)."""
    namespace: dict[str, Any] = {}
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RAG_STORE_DIR", str(sample_store.store_dir))
        exec(compile(_readme_example(), "README.md (Use with LlamaIndex)", "exec"), namespace)
    return namespace


def _assert_verified_quotes(qa: ArticleQA, nodes: list[NodeWithScore]) -> None:
    assert nodes, "the answer has quotes"
    for n in nodes:
        m = n.node.metadata
        assert set(m) == {"article_id", "title", "source", "start", "end", "speaker", "paragraph"}
        assert qa.article_text(m["article_id"])[m["start"] : m["end"]] == n.node.get_content()
        assert m["speaker"] and m["paragraph"] >= 1 and m["title"]


def test_readme_query_engine_answers_with_verified_quotes(readme_run: dict[str, Any]) -> None:
    qa: ArticleQA = readme_run["qa"]
    response: Response = readme_run["response"]
    direct = qa.ask("What did the Emir say about Israel?")
    assert response.response == direct.text and response.metadata and response.metadata["found"] is True
    _assert_verified_quotes(qa, response.source_nodes)
    assert [n.node.get_content() for n in response.source_nodes] == [q.text for q in direct.quotes]
    assert any("تميم" in n.node.metadata["speaker"] for n in response.source_nodes)


def test_readme_retriever_composes_in_query_fusion(readme_run: dict[str, Any]) -> None:
    qa: ArticleQA = readme_run["qa"]
    fused = readme_run["fusion"].retrieve("ماذا قال بوتين عن سوريا؟")
    assert 1 <= len(fused) <= 5
    # The same chunk from both retrievers is one node: fusion merged them by their identical metadata.
    assert len({n.node.node_id for n in fused}) == len(fused)
    for n in fused:
        m = n.node.metadata
        assert qa.article_text(m["article_id"])[m["start"] : m["end"]] == n.node.get_content()
    hybrid = {h.chunk_id for h in qa.retrieve("ماذا قال بوتين عن سوريا؟", 5)}
    assert fused[0].node.node_id in hybrid


def test_readme_tool_returns_the_engine_response(readme_run: dict[str, Any]) -> None:
    qa: ArticleQA = readme_run["qa"]
    output = readme_run["tool"].call("ماذا قال بوتين عن سوريا؟")
    assert output.content == output.raw_output.response == qa.ask("ماذا قال بوتين عن سوريا؟").text
    _assert_verified_quotes(qa, output.raw_output.source_nodes)
    assert all(
        "بوتين" in n.node.metadata["speaker"] or "الروسي" in n.node.metadata["speaker"] for n in output.raw_output.source_nodes
    )


def test_retriever_gives_the_hybrid_hits_as_nodes(sample_qa: ArticleQA) -> None:
    for question in ("What did Putin say about Syria?", "ماذا قال أمير قطر عن الغاز؟"):
        hits = sample_qa.retrieve(question, 4)
        nodes = ArticleRetriever(sample_qa, similarity_top_k=4).retrieve(question)
        assert [(n.node.node_id, n.score) for n in nodes] == [(h.chunk_id, h.score) for h in hits]
        assert all(isinstance(n.node, TextNode) and n.node.get_content() == h.text for n, h in zip(nodes, hits, strict=True))
    dense = ArticleRetriever(sample_qa, similarity_top_k=3, dense_only=True).retrieve("ماذا قال بوتين عن سوريا؟")
    assert [n.node.node_id for n in dense] == [
        h.chunk_id for h in sample_qa.retrieve("ماذا قال بوتين عن سوريا؟", 3, dense_only=True)
    ]


def test_query_engine_says_not_found_without_sources(sample_qa: ArticleQA) -> None:
    response = sample_qa.as_query_engine(top_k=3).query("What is the capital of France?")
    assert isinstance(response, Response)  # a plain Response, never a streaming one
    assert response.source_nodes == []
    assert response.metadata and response.metadata["found"] is False and response.response


def test_rag_leaves_llamaindex_settings_alone(sample_store: Settings) -> None:
    """A LlamaIndex user's global LLM and embedder stay unset after importing rag, asking and retrieving (in a
    fresh interpreter, since other code in this session may set them)."""
    script = (
        "from llama_index.core import Settings\n"
        "from rag import ArticleQA, ArticleRetriever\n"
        f"qa = ArticleQA.open(store_dir={str(sample_store.store_dir)!r})\n"
        "assert qa.ask('What did the Emir say about Israel?').found\n"
        "assert ArticleRetriever(qa).retrieve('ماذا قال بوتين عن سوريا؟')\n"
        # Settings has no public "is it set?": its properties would build (and keep) the defaults when read.
        "print(Settings._llm is None, Settings._embed_model is None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["True", "True"]
