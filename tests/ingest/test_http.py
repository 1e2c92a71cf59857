"""Fetching pages and feeds from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from storylens import Library
from storylens.settings import Settings

from ..conftest import FERRY_PARAGRAPHS, LocalServer, QuietServer, article_html

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fenwick Post</title><link>{base}/</link>
<item><title>Ferry to Brenna closes for three weeks in March</title><link>{base}/ferry</link>
<pubDate>Tue, 11 Feb 2025 08:30:00 GMT</pubDate></item>
<item><title>Tolvik library extends opening hours</title><link>{base}/library</link></item>
<item><title>Gone</title><link>{base}/missing</link></item>
<item><title>Broken</title><link>http://[::1/broken</link></item>
</channel></rss>"""
LIBRARY = [
    "Tolvik's library will stay open until nine in the evening from March, the"
    " municipality said, after a survey of readers asked for later hours.",
    "The change costs about 300,000 crowns a year.",
]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_page_url_is_fetched_with_a_clear_user_agent(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    agents: list[str] = []

    def page(request: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        agents.append(request.headers["User-Agent"])
        return (
            200,
            {"Content-Type": "text/html"},
            article_html("Ferry to Brenna closes", FERRY_PARAGRAPHS).encode(),
        )

    http_server.routes["/ferry"] = page
    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([http_server.url("/ferry")])
    assert (report.articles_stored, report.skipped) == (1, [])
    article = next(library.all_stories()).articles[0]
    assert (article.url, article.source) == (http_server.url("/ferry"), http_server.url("/ferry"))
    assert agents == [settings.user_agent]
    assert agents[0].startswith("storylens/")


def test_a_feed_is_read_entry_by_entry(http_server: LocalServer, tmp_path: Path, settings: Settings) -> None:
    http_server.page("/feed.xml", FEED.format(base=http_server.base), "application/rss+xml")
    http_server.page(
        "/ferry", article_html("Ferry to Brenna closes for three weeks in March", FERRY_PARAGRAPHS)
    )
    http_server.page("/library", article_html("Tolvik library extends opening hours", LIBRARY))
    library = Library(db=tmp_path / "lib.db", settings=settings)

    report = library.ingest([http_server.url("/feed.xml")])

    assert report.articles_stored == 2
    assert report.skipped == [
        (http_server.url("/missing"), "HTTP 404 Not Found"),
        ("http://[::1/broken", "malformed URL (Invalid IPv6 URL)"),
    ]
    titles = sorted(a.title or "" for s in library.all_stories() for a in s.articles)
    assert titles == [
        "Ferry to Brenna closes for three weeks in March",
        "Tolvik library extends opening hours",
    ]


def test_a_feed_that_is_not_xml_is_skipped_with_its_reason(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    http_server.page("/feed.rss", "this is { not xml at all", "application/rss+xml")
    report = Library(db=tmp_path / "lib.db", settings=settings).ingest([http_server.url("/feed.rss")])
    assert len(report.skipped) == 1
    source, reason = report.skipped[0]
    assert source == http_server.url("/feed.rss")
    assert reason.startswith("not a valid RSS/Atom feed")
    assert not report.ok


def test_robots_txt_is_obeyed(http_server: LocalServer, tmp_path: Path, settings: Settings) -> None:
    http_server.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    http_server.page("/private/ferry", article_html("Ferry closes", FERRY_PARAGRAPHS))
    http_server.page("/ferry", article_html("Ferry closes", FERRY_PARAGRAPHS))
    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([http_server.url("/private/ferry"), http_server.url("/ferry")])
    assert report.articles_stored == 1
    assert report.skipped == [
        (http_server.url("/private/ferry"), f"disallowed by robots.txt: {http_server.url('/private/ferry')}")
    ]
    assert "/private/ferry" not in http_server.hits


def test_a_url_that_redirects_forever_is_given_up(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    http_server.routes["/a"] = lambda _r: (302, {"Location": "/b"}, b"")
    http_server.routes["/b"] = lambda _r: (302, {"Location": "/a"}, b"")
    report = Library(db=tmp_path / "lib.db", settings=settings).ingest([http_server.url("/a")])
    assert report.skipped == [(http_server.url("/a"), "more than 5 redirects")]
    assert http_server.hits.count("/a") == 3


def test_a_redirect_is_followed_to_the_page(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    http_server.routes["/old"] = lambda _r: (301, {"Location": "/new"}, b"")
    http_server.page("/new", article_html("Ferry closes for three weeks", FERRY_PARAGRAPHS))
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([http_server.url("/old")]).articles_stored == 1
    assert next(library.all_stories()).articles[0].url == http_server.url("/new")


def test_an_unreachable_url_is_skipped(tmp_path: Path, settings: Settings) -> None:
    url = f"http://127.0.0.1:{closed_port()}/news"
    report = Library(db=tmp_path / "lib.db", settings=settings).ingest([url])
    assert len(report.skipped) == 1
    assert report.skipped[0][0] == url
    assert report.skipped[0][1].startswith("cannot fetch: ConnectError")


def test_private_addresses_are_refused_unless_allowed(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    http_server.page("/ferry", article_html("Ferry closes", FERRY_PARAGRAPHS))
    strict = replace(settings, allow_private=False)
    report = Library(db=tmp_path / "lib.db", settings=strict).ingest([http_server.url("/ferry")])
    assert report.skipped == [
        (
            http_server.url("/ferry"),
            "refused private address 127.0.0.1 for '127.0.0.1' (use --allow-private to fetch from it)",
        )
    ]
    assert http_server.hits == []


def test_an_oversized_response_is_cut_off(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    http_server.page("/huge", b"<html><body>" + b"<p>word </p>" * 200_000 + b"</body></html>")
    small = replace(settings, max_page_bytes=100_000)
    report = Library(db=tmp_path / "lib.db", settings=small).ingest([http_server.url("/huge")])
    assert report.skipped == [(http_server.url("/huge"), "response is 2 MB, over the limit")]


def test_an_unchanged_page_is_asked_for_conditionally(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    seen: list[str | None] = []

    def page(request: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        body = article_html("Ferry closes for three weeks", FERRY_PARAGRAPHS).encode()
        return 200, {"Content-Type": "text/html", "ETag": '"v1"'}, body

    http_server.routes["/ferry"] = page
    library = Library(db=tmp_path / "lib.db", settings=settings)
    first = library.ingest([http_server.url("/ferry")])
    second = library.ingest([http_server.url("/ferry")])
    assert (first.articles_stored, second.articles_stored, second.unchanged) == (1, 0, 1)
    assert seen == [None, '"v1"']


def test_non_http_schemes_are_refused() -> None:
    from storylens.errors import BadInput
    from storylens.ingest.http import check_url

    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://x"):
        with pytest.raises(BadInput, match="refused URL scheme"):
            check_url(url, allow_private=True)


class _Dripping(BaseHTTPRequestHandler):
    """Serves a page a few bytes at a time, well inside the read timeout, for ever; and a
    robots.txt of 76 MB, counting what it managed to send."""

    robots_sent = 0

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html" if self.path != "/robots.txt" else "text/plain")
        self.end_headers()
        try:
            for _ in range(2_000):
                if self.path == "/robots.txt":
                    self.wfile.write(b"Disallow: /private\n" * 2_000)  # 38 KB a write
                    type(self).robots_sent += 38_000
                else:
                    self.wfile.write(b"<p>drip</p>")
                    time.sleep(0.05)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the fetcher gave up, as it should

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def dripping_server() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), _Dripping)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def test_a_server_that_drips_a_page_for_ever_is_given_up_at_the_deadline(
    tmp_path: Path, settings: Settings, dripping_server: str
) -> None:
    impatient = replace(settings, fetch_deadline=1.0, respect_robots=True)
    report = Library(db=tmp_path / "lib.db", settings=impatient).ingest([f"{dripping_server}/page"])
    assert report.skipped == [(f"{dripping_server}/page", "response took longer than 1 s")]
    # the huge robots.txt was cut at its size cap and ignored: the fetcher hung up long before
    # the server had sent it all (what it sent is what the socket buffers took)
    assert _Dripping.robots_sent < 20_000_000, _Dripping.robots_sent


def test_a_feed_listing_more_entries_than_the_cap_is_read_to_the_cap_and_says_so(
    http_server: LocalServer, tmp_path: Path, settings: Settings
) -> None:
    items = "".join(
        f"<item><title>Notice {n}</title><link>{http_server.base}/notice/{n}</link></item>" for n in range(40)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Notices</title>{items}</channel></rss>'
    http_server.page("/feed.xml", feed, "application/rss+xml")
    for n in range(40):
        http_server.page(
            f"/notice/{n}", article_html(f"Harbour notice {n}", [f"Berth {n} closes.", *LIBRARY])
        )
    capped = replace(settings, max_feed_entries=3)
    report = Library(db=tmp_path / "lib.db", settings=capped).ingest([http_server.url("/feed.xml")])
    assert report.skipped == [
        (http_server.url("/feed.xml"), "feed lists 40 entries; the first 3 are read (max_feed_entries)")
    ]
    fetched = [hit for hit in http_server.hits if hit.startswith("/notice/")]
    assert fetched == ["/notice/0", "/notice/1", "/notice/2"]
    assert report.articles_stored == 3
