"""Shared fixtures: a real HTTP server on 127.0.0.1, settings for tests, sample-corpus paths."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storylens.library import Library
from storylens.records import Article, DatePrecision, content_hash
from storylens.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "news"
ANSWERS = ROOT / "samples" / "answers.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]


@dataclass
class LocalServer:
    """A threaded HTTP server on 127.0.0.1 whose routes each test sets."""

    server: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        status: int = 200,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        extra = dict(headers or {})
        self.routes[path] = lambda _req: (status, {"Content-Type": content_type, **extra}, data)


def _handler(state: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits.append(self.path)
            route = state.routes.get(self.path)
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            else:
                status, headers, body = route(self)
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


class QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (the size-cap test does) are expected, not errors."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    state = LocalServer(server=None)  # type: ignore[arg-type]
    server = QuietServer(("127.0.0.1", 0), _handler(state))
    state.server = server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def settings() -> Settings:
    """Fetching from 127.0.0.1 allowed, one worker (the pool has its own test), short timeouts."""
    return Settings(workers=1, allow_private=True, fetch_timeout=3.0, batch_size=8)


@pytest.fixture
def answers() -> dict[str, object]:
    return json.loads(ANSWERS.read_text(encoding="utf-8"))


def article_html(
    title: str,
    paragraphs: list[str],
    outlet: str = "Fenwick Post",
    published: str = "2025-02-11T08:30:00+00:00",
) -> str:
    """A news page in the style of a small outlet, with the usual furniture around the article."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="article:published_time" content="{published}">
<meta property="og:site_name" content="{outlet}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookies">We use cookies. <button>Accept</button></div>
<article><h1>{title}</h1><p class="byline">By Petra Holm</p>
{body}
</article>
<aside><h2>Related stories</h2><ul><li><a href="/x">Council approves new harbour budget</a></li></ul></aside>
<footer>© 2025 {outlet}. All rights reserved.</footer></body></html>"""


FERRY_PARAGRAPHS = [
    "The ferry link between Tolvik and the island of Brenna will close for three weeks in"
    " March while the harbour ramp is rebuilt, the regional transport office said on Tuesday.",
    "About 1,400 residents of Brenna depend on the ferry for work, school and supplies."
    " A replacement boat for foot passengers will run twice a day.",
    '"We know this is hard for islanders, and we have kept the closure as short as the'
    ' engineers allow," said transport director Marit Solberg.',
]


def make_article(
    id_: str, title: str, paragraphs: tuple[str, ...], published: str | None = None, outlet: str | None = None
) -> Article:
    """A cleaned English article, as the corpus stages receive it from the cleaner."""
    return Article(
        id=id_,
        content_hash=content_hash(paragraphs, title, outlet),
        source=id_,
        url=None,
        outlet=outlet,
        title=title,
        published=published,
        date_precision=DatePrecision.DAY if published else DatePrecision.UNKNOWN,
        byline=None,
        language="en",
        paragraphs=paragraphs,
    )


def ingest_reports(
    tmp_path: Path, reports: list[dict[str, str]], settings: Settings | None = None
) -> Library:
    """A library in tmp_path holding these JSONL reports, ingested with one worker."""
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in reports), encoding="utf-8")
    library = Library(db=tmp_path / "library.db", settings=settings or Settings(workers=1))
    library.ingest([source])
    return library
