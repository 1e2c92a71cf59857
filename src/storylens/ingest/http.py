"""Fetch pages over HTTP(S) politely and defensively.

Every hop of a redirect chain is checked (scheme, address), responses are read in chunks up
to a size cap, robots.txt is obeyed, and a URL fetched before is asked for conditionally
(ETag / Last-Modified) so an unchanged page costs one small request.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from storylens.errors import BadInput
from storylens.settings import Settings

#: Largest robots.txt read (Google reads 500 KiB); past it, the file is ignored.
ROBOTS_BYTES = 512_000
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchMemory(Protocol):
    """What a fetcher remembers about a URL between runs, for conditional GET."""

    def fetch_validators(self, url: str) -> tuple[str | None, str | None] | None: ...

    def remember_fetch(self, url: str, etag: str | None, last_modified: str | None) -> None: ...


@dataclass(frozen=True, slots=True)
class Response:
    """A successful fetch: the final URL, its content type and body."""

    url: str
    content_type: str
    body: bytes
    fetched_at: datetime
    not_modified: bool = False


def check_url(url: str, allow_private: bool) -> None:
    """Refuse malformed URLs, non-http(s) schemes and, unless allowed, private or local
    addresses."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 — reading the port is what checks it ("http://host:99999")
    except ValueError as exc:
        raise BadInput(f"malformed URL ({exc})") from exc
    if parts.scheme not in ("http", "https"):
        raise BadInput(f"refused URL scheme '{parts.scheme or 'none'}' (only http and https)")
    if not parts.hostname:
        raise BadInput("URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise BadInput(f"cannot resolve host '{parts.hostname}': {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if (
            address.is_private
            or address.is_loopback
            or address.is_link_local
            or address.is_reserved
            or address.is_multicast
            or address.is_unspecified
        ):
            raise BadInput(
                f"refused private address {address} for '{parts.hostname}'"
                " (use --allow-private to fetch from it)"
            )


class Fetcher:
    """An HTTP client with the limits of a polite, defensive crawler."""

    def __init__(self, settings: Settings, memory: FetchMemory | None = None) -> None:
        self.settings = settings
        self.memory = memory
        self._robots: dict[str, RobotFileParser] = {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.fetch_timeout),
            headers={"User-Agent": settings.user_agent},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, conditional: bool = True) -> Response:
        """The page at url after redirects; raise BadInput with the reason on failure."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            check_url(current, self.settings.allow_private)
            if self.settings.respect_robots and not self._robots_allow(current):
                raise BadInput(f"disallowed by robots.txt: {current}")
            headers = self._validators(current) if conditional else {}
            response = self._get(current, headers)
            if response.status_code in _REDIRECTS and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            if response.status_code == 304:
                return Response(current, "", b"", datetime.now(UTC), not_modified=True)
            if response.status_code != 200:
                raise BadInput(f"HTTP {response.status_code} {response.reason_phrase}")
            if self.memory is not None:
                self.memory.remember_fetch(
                    url, response.headers.get("etag"), response.headers.get("last-modified")
                )
            return Response(
                current, response.headers.get("content-type", ""), response.content, datetime.now(UTC)
            )
        raise BadInput(f"more than {self.settings.max_redirects} redirects")

    def _get(self, url: str, headers: dict[str, str], limit: int | None = None) -> httpx.Response:
        limit = self.settings.max_page_bytes if limit is None else limit
        deadline = time.monotonic() + self.settings.fetch_deadline
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise BadInput(f"response is {int(declared) / 1e6:.0f} MB, over the limit")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise BadInput(f"response larger than {limit / 1e6:g} MB")
                    if time.monotonic() > deadline:
                        raise BadInput(f"response took longer than {self.settings.fetch_deadline:g} s")
                    chunks.append(chunk)
                return httpx.Response(
                    response.status_code,
                    headers=response.headers,
                    content=b"".join(chunks),
                    request=response.request,
                )
        except httpx.TimeoutException as exc:
            raise BadInput(f"timed out after {self.settings.fetch_timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise BadInput(f"cannot fetch: {type(exc).__name__}: {exc}") from exc
        except (httpx.InvalidURL, ValueError) as exc:  # a Location the client cannot parse
            raise BadInput(f"malformed URL ({exc})") from exc

    def _validators(self, url: str) -> dict[str, str]:
        if self.memory is None:
            return {}
        known = self.memory.fetch_validators(url)
        if known is None:
            return {}
        etag, last_modified = known
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        parser = self._robots.get(root)
        if parser is None:
            parser = RobotFileParser()
            try:
                response = self._get(f"{root}/robots.txt", {}, limit=ROBOTS_BYTES)
                lines = response.text.splitlines() if response.status_code == 200 else []
            except BadInput:
                lines = []  # unreachable, endless or a bomb: it does not forbid; the page fetch decides
            parser.parse(lines)
            self._robots[root] = parser
        return parser.can_fetch(self.settings.user_agent, url)
