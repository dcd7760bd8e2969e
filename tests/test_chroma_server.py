"""The same ingest against a real `chroma run` server on 127.0.0.1 (random free port), stopped by PID afterwards."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from rag.errors import RagError, StoreUnavailableError
from rag.store import Store

ARTICLE_A = "لقاء في موسكو\n\nقال الرئيس الروسي إن العلاقات مع قطر تتطور. وأضاف: “نتعاون في مشاريع الغاز”."
ARTICLE_B = "زيارة إلى الدوحة\n\nأكد أمير قطر أن الحوار مستمر. وقال: «لا سلام دون دولة فلسطينية»."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chroma_executable() -> str:
    local = Path(sys.executable).with_name("chroma")
    found = str(local) if local.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command (from the chromadb package) is not installed")
    return found


def start_server(data: Path, port: int, log_path: Path) -> subprocess.Popen:
    with log_path.open("ab") as log:
        proc = subprocess.Popen(
            [chroma_executable(), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).read()
            return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                stop(proc)
                pytest.fail(f"chroma run did not come up: {log_path.read_text(errors='replace')}")
            time.sleep(0.2)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()  # by PID, the one process started here
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    proc = start_server(tmp_path / "server-data", port, tmp_path / "chroma.log")
    try:
        yield "127.0.0.1", port, tmp_path / "server-data"
    finally:
        stop(proc)


def test_ingest_into_a_chroma_server(chroma_server, tmp_path, make_settings, embedder):
    host, port, server_data = chroma_server
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    settings = make_settings(chroma_host=host, chroma_port=port)

    report = ingest([folder], settings, embedder=embedder)
    assert report.ok and (report.added, report.chunks_written) == (2, 2)

    store = Store(settings, embedder.model_id, embedder.dim, create=False)
    assert store.where() == f"Chroma server {host}:{port}"
    assert {r.title for r in store.served().values()} == {"لقاء في موسكو", "زيارة إلى الدوحة"}
    assert store.chunk_count() == 2
    # The vectors live in the server's data dir; locally there is only the manifest and the BM25 index.
    assert not (settings.store_dir / "chroma").exists()
    assert any(server_data.iterdir())
    assert store.bm25().search("فلسطينية", 3)

    again = ingest([folder], settings, embedder=embedder)
    assert (again.unchanged, again.chunks_written) == (2, 0)

    (folder / "b.txt").unlink()
    pruned = ingest([folder], settings, embedder=embedder, prune=True)
    assert pruned.removed == 1
    assert Store(settings, embedder.model_id, embedder.dim, create=False).chunk_count() == 1

    rebuilt = ingest([folder], settings, embedder=embedder, rebuild=True)
    assert (rebuilt.added, rebuilt.chunks_written) == (1, 1)


def test_unreachable_server_is_a_clear_error(make_settings, embedder):
    settings = make_settings(chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(RagError, match=r"127\.0\.0\.1:\d+.*Check that the server is running.*chroma run"):
        ingest([Path(__file__)], settings, embedder=embedder)


def test_a_server_that_dies_mid_work_is_a_clear_error_and_the_next_run_recovers(tmp_path, make_settings, embedder):
    from rag import ArticleQA

    port, data, log = free_port(), tmp_path / "server-data", tmp_path / "chroma.log"
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    settings = make_settings(chroma_host="127.0.0.1", chroma_port=port)
    proc = start_server(data, port, log)
    try:
        assert ingest([folder], settings, embedder=embedder).added == 1
        qa = ArticleQA.open(settings, embedder=embedder)
        assert qa.ask("ماذا قال الرئيس الروسي عن الغاز؟").found

        (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")

        def kill_when_embedding(stage: str, done: int, total: int) -> None:
            if stage == "embed" and proc.poll() is None:
                stop(proc)  # the server goes away after the run has opened the store

        with pytest.raises(StoreUnavailableError, match=r"stopped answering.*chroma run --path DIR --host 127\.0\.0\.1"):
            ingest([folder], settings, embedder=embedder, progress=kill_when_embedding)
        with pytest.raises(StoreUnavailableError, match="Start it again"):
            qa.ask("ماذا قال أمير قطر عن السلام؟")

        proc = start_server(data, port, log)
        report = ingest([folder], settings, embedder=embedder)
        assert report.ok and report.added + report.updated == 1 and report.unchanged == 1
        assert ArticleQA.open(settings, embedder=embedder).ask("ماذا قال أمير قطر عن السلام؟").found
    finally:
        stop(proc)
