"""End to end in a real browser: `streamlit run` on a free loopback port, Debian's headless Chromium driven by
Playwright, a question typed into the chat, the answer's quote and citation checked on the page.

Set UPDATE_SCREENSHOT=1 to also write the screenshot to docs/screenshot.png (the one the README shows).
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
QUESTION = "What did the Emir say about Israel?"
EXPECTED = "لم تلتزم إسرائيل"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (`make browser`)"),
]

# Keep Chromium off the network and usable as root in a container.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"streamlit did not answer on {url} within {timeout:.0f} s:\n{log.read_text(errors='replace')}")


@contextlib.contextmanager
def serve_app(settings, tmp_path: Path) -> Iterator[str]:
    """`streamlit run` of the app over the store of settings, on a free loopback port; yields its URL."""
    port = free_port()
    log = tmp_path / "streamlit.log"
    env = {
        **os.environ,
        "RAG_STORE_DIR": str(settings.store_dir),
        "RAG_ARTICLES_DIR": str(settings.articles_dir),
        "ANONYMIZED_TELEMETRY": "False",
        "HF_HUB_OFFLINE": "1",
    }
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "app" / "streamlit_app.py"),
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


@pytest.fixture
def app_server(sample_store, tmp_path):
    with serve_app(sample_store, tmp_path) as url:
        yield url


@contextlib.contextmanager
def browser_page(tmp_path: Path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),  # a fresh --user-data-dir
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 1000},
            device_scale_factor=1,
        )
        try:
            yield browser.new_page()
        finally:
            browser.close()


def test_question_in_browser_shows_quote_rtl_and_its_source(app_server, tmp_path):
    from playwright.sync_api import expect

    with browser_page(tmp_path) as page:
        page.goto(app_server)
        box = page.get_by_test_id("stChatInputTextArea")
        expect(box).to_be_visible(timeout=90_000)
        box.fill(QUESTION)
        box.press("Enter")

        # The first question also warms the models up: allow for a slow shared CI machine.
        quote = page.locator("figure.quote blockquote").filter(has_text=EXPECTED).first
        expect(quote).to_be_visible(timeout=120_000)
        assert quote.evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert quote.get_attribute("dir") == "rtl"
        n = quote.locator("xpath=..").get_attribute("data-cite")
        speaker = page.locator(f'figure.quote[data-cite="{n}"] .speaker')
        assert speaker.inner_text().strip() not in ("", "—")

        # Citation [n] opens its source: the article, the paragraph, and the quote highlighted in it.
        source = page.get_by_test_id("stExpander").filter(has_text=f"[{n}]").first
        source.locator("summary").click()
        mark = source.locator(".context mark")
        expect(mark).to_be_visible(timeout=10_000)
        assert mark.inner_text() == quote.inner_text()
        assert "Paragraph" in source.locator(".source-where").inner_text()
        page.wait_for_timeout(500)  # let the expander finish opening before the picture

        shot = tmp_path / "answer.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        if os.environ.get("UPDATE_SCREENSHOT") == "1":
            shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")

        # The first quote's speaker opens that person's page: all their statements by article, each in context.
        first = page.locator('figure.quote[data-cite="1"] blockquote').inner_text()
        page.get_by_role("button", name=re.compile("All quotes by")).first.click()
        heading = page.locator("h3.person-page")
        expect(heading).to_be_visible(timeout=30_000)
        # The page renders statement by statement: wait for the chat's quote among them.
        expect(page.locator("figure.person-quote blockquote").filter(has_text=first).first).to_be_visible(timeout=30_000)
        context = page.get_by_test_id("stExpander").filter(has_text="In context").first
        context.locator("summary").click()
        expect(context.locator(".context mark")).to_be_visible(timeout=10_000)
        assert context.locator(".context mark").evaluate("el => getComputedStyle(el.parentElement).direction") == "rtl"
        page.wait_for_timeout(500)
        shot = tmp_path / "person.png"
        page.screenshot(path=str(shot), full_page=False)
        assert shot.stat().st_size > 10_000
        if os.environ.get("UPDATE_SCREENSHOT") == "1":
            shutil.copyfile(shot, ROOT / "docs" / "person.png")


class _Listener(http.server.BaseHTTPRequestHandler):
    """Counts every request a page makes to it: article data must never make the browser fetch anything."""

    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        _Listener.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_article_data_renders_as_text_in_the_browser(make_settings, embedder, tmp_path):
    """A title, url and quote written in Markdown, LaTeX and Streamlit directives show as written: no image fetched,
    no formula, no link, no colour."""
    from playwright.sync_api import expect

    from ingest.pipeline import ingest

    listener = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Listener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    host = f"http://127.0.0.1:{listener.server_address[1]}"
    title = f"![t]({host}/title.png) $$x^2$$ :red[أحمر] [رابط]({host}/link)"
    said = f"سنوقع الاتفاق في الدوحة الأسبوع المقبل ![q]({host}/quote.png) $$y$$ :blue[أزرق]"
    text = f"وصل الوفد إلى الدوحة.\n\nقال أحمد سالم: «{said}».\n\nوأضاف أن الوفد سيصل غدا."
    record = {"title": title, "url": f"{host}/article?x=(1)", "text": text}
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "hostile.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    settings = make_settings(articles_dir=articles)
    assert ingest([articles], settings, embedder=embedder).added == 1
    _Listener.requests = []
    try:
        with serve_app(settings, tmp_path) as url, browser_page(tmp_path) as page:
            page.goto(url)
            box = page.get_by_test_id("stChatInputTextArea")
            expect(box).to_be_visible(timeout=90_000)
            box.fill("ماذا قال أحمد سالم عن الاتفاق؟")
            box.press("Enter")
            quote = page.locator("figure.quote blockquote").first
            expect(quote).to_be_visible(timeout=120_000)
            page.get_by_test_id("stExpander").filter(has_text="[1]").first.locator("summary").click()
            expect(page.locator(".source-title").first).to_be_visible(timeout=10_000)
            page.wait_for_timeout(1000)  # give any image or font request time to leave

            assert said in quote.inner_text()
            assert page.locator(".source-title").first.inner_text() == title
            assert title in (page.locator(".titles").text_content() or "")  # the sidebar's list of indexed articles (collapsed)
            found = page.locator(f'img[src^="{host}"], a[href^="{host}"], .katex')
            assert found.count() == 0, [found.nth(i).evaluate("e => e.parentElement.outerHTML") for i in range(found.count())]
            assert _Listener.requests == []
    finally:
        listener.shutdown()
