"""The web pages in a real browser: Debian's chromium, headless, driven by Playwright, against
`storylens serve`'s app under uvicorn on 127.0.0.1. A user opens the home page, searches,
opens a story and follows a summary citation to its article; hostile markup in an article is
shown as text and never runs."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from storylens.settings import Settings
from storylens.web.app import create_app

from ..conftest import ingest_reports
from .test_web import REPORTS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
#: Flags for a closed network: no background calls home, no first-run work.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    ingest_reports(folder, REPORTS).close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(folder / "library.db", Settings(workers=1))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def test_home_search_story_and_citation(browser: object, base_url: str) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    page = browser.new_page(java_script_enabled=False)  # the pages work without script
    page.goto(base_url + "/")
    assert page.title() == "Stories · storylens"
    page.fill("#q", "dyke")
    page.click("form.search button")
    page.wait_for_url("**/search?q=dyke")
    assert page.locator("ol.hits li").count() == 2
    page.goto(base_url + "/")
    page.locator("a.story-title").first.click()
    page.wait_for_url("**/stories/*")
    assert page.locator("ol.summary li").count() >= 1
    assert page.locator("table.facts tbody tr").count() >= 2
    citation = page.locator("ol.summary a.cite").first
    target = citation.get_attribute("href")
    assert target is not None
    assert target.startswith("/articles/")
    citation.click()
    page.wait_for_url("**" + target)
    assert page.locator("div.text p").count() >= 1
    page.click("text=removed line")
    assert page.locator("#boilerplate").is_visible()
    page.close()


def test_hostile_markup_is_shown_as_text_and_never_runs(browser: object, base_url: str) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    page = browser.new_page()  # script on: anything injected would run
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    page.goto(base_url + "/articles/hostile-1")
    assert "<script>window.__pwned = 1</script>" in page.locator("h1").inner_text()
    assert "<script>window.__pwned = 1</script>" in page.locator("div.text").inner_text()
    for path in ("/articles/hostile-1", "/", "/search?q=Harnvik", "/stories/" + _story_of(page, base_url)):
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("img[src=x]").count() == 0, path
    assert not dialogs
    page.close()


def _story_of(page: object, base_url: str) -> str:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    answer = page.request.get(base_url + "/api/articles/hostile-1").json()
    return str(answer["story_id"])
