"""Read URLs: a page, or an RSS/Atom feed whose entries are fetched as pages."""

from __future__ import annotations

from collections.abc import Iterator

import feedparser

from storylens.errors import BadInput
from storylens.ingest.decode import decode_bytes
from storylens.ingest.http import Fetcher, Response
from storylens.records import CleanMode, Page, PageHints, Skipped, Unchanged

_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
)
_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(response: Response) -> bool:
    """True when the response says or shows it is a feed rather than an HTML page."""
    content_type = response.content_type.split(";")[0].strip().lower()
    if content_type in _FEED_TYPES:
        return True
    if content_type.startswith("text/html"):
        return False
    head = response.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_FEED_STARTS) and b"<html" not in head


def _fetch(url: str, fetcher: Fetcher) -> Response | Skipped | Unchanged:
    """The response at url, or why there is none to read."""
    try:
        response = fetcher.fetch(url)
    except BadInput as exc:
        return Skipped(url, str(exc))
    return Unchanged(url) if response.not_modified else response


def read_url(url: str, fetcher: Fetcher) -> Iterator[Page | Skipped | Unchanged]:
    """The page at url, or every entry of the feed at url."""
    response = _fetch(url, fetcher)
    if not isinstance(response, Response):
        yield response
        return
    if looks_like_feed(response):
        yield from _read_feed(url, response, fetcher)
        return
    yield _page_from_response(url, response, PageHints())


def _page_from_response(origin: str, response: Response, hints: PageHints) -> Page | Skipped:
    try:
        text = decode_bytes(response.body, response.content_type)
    except BadInput as exc:
        return Skipped(origin, str(exc))
    mode = CleanMode.TEXT if response.content_type.startswith("text/plain") else CleanMode.HTML
    return Page(
        origin=origin, content=text, mode=mode, url=response.url, fetched_at=response.fetched_at, hints=hints
    )


def _read_feed(url: str, response: Response, fetcher: Fetcher) -> Iterator[Page | Skipped | Unchanged]:
    feed = feedparser.parse(response.body)
    if feed.bozo and not feed.entries:
        reason = str(feed.get("bozo_exception", "unreadable")).splitlines()[0][:120]
        yield Skipped(url, f"not a valid RSS/Atom feed ({reason})")
        return
    linked = [entry for entry in feed.entries if entry.get("link")]
    cap = fetcher.settings.max_feed_entries
    if len(linked) > cap:
        yield Skipped(url, f"feed lists {len(linked)} entries; the first {cap} are read (max_feed_entries)")
    for entry in linked[:cap]:
        link = entry.get("link")
        hints = PageHints(
            url=link, title=entry.get("title"), published=entry.get("published") or entry.get("updated")
        )
        page_response = _fetch(link, fetcher)
        if isinstance(page_response, Response):
            yield _page_from_response(link, page_response, hints)
        else:
            yield page_response
