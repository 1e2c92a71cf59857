"""Cross-page evidence: lines that recur on many pages of one site are its furniture.

A menu, a station promo or a legal line that no pattern knows still gives itself away by
turning up on page after page of the same site, while an article's sentences do not. The
ingest job shows each batch of text-mode pages to a SiteFurniture before cleaning them;
each page then carries the lines its site repeats, and the text cleaner drops those.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import PurePath
from urllib.parse import urlsplit

from storylens.clean.lines import normalise_line
from storylens.records import CleanMode, Page
from storylens.text.words import word_count

MIN_PAGES = 3  # a line must be on at least this many pages of the site...
MIN_SHARE = 0.3  # ...and on this share of the site's pages seen so far
MAX_WORDS = 30  # longer lines are prose, not furniture, even when repeated
MAX_LINES_PER_SITE = 50_000  # beyond this, lines seen once are forgotten


def site_of(page: Page) -> str | None:
    """The site a page belongs to: its URL's host, else its outlet, else its folder."""
    url = page.hints.url or page.url
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    if page.hints.outlet:
        return page.hints.outlet.casefold()
    if "://" not in page.origin and "#" not in page.origin:
        return str(PurePath(page.origin).parent)
    return None


def candidate_lines(text: str) -> set[str]:
    """The distinct short lines of a page, case-folded."""
    found = set()
    for raw in text.splitlines():
        line = normalise_line(raw)
        if line and word_count(line) <= MAX_WORDS:
            found.add(line.casefold())
    return found


class SiteFurniture:
    """Counts, per site, on how many pages each short line appears."""

    def __init__(self) -> None:
        self._pages: Counter[str] = Counter()
        self._lines: dict[str, Counter[str]] = {}

    def attach(self, pages: list[Page]) -> list[Page]:
        """Count a batch's lines, then give each text page the lines its site repeats."""
        found = [
            (page, site_of(page), candidate_lines(page.content) if page.mode is CleanMode.TEXT else set())
            for page in pages
        ]
        for page, site, lines in found:
            if site is not None and page.mode is CleanMode.TEXT:
                self._count(site, lines)
        return [self._with_furniture(page, site, lines) for page, site, lines in found]

    def _count(self, site: str, lines: set[str]) -> None:
        self._pages[site] += 1
        counts = self._lines.setdefault(site, Counter())
        counts.update(lines)
        if len(counts) > MAX_LINES_PER_SITE:
            self._lines[site] = Counter({line: n for line, n in counts.items() if n > 1})

    def _with_furniture(self, page: Page, site: str | None, lines: set[str]) -> Page:
        if site is None or page.mode is not CleanMode.TEXT:
            return page
        needed = max(MIN_PAGES, MIN_SHARE * self._pages[site])
        counts = self._lines[site]
        repeated = frozenset(line for line in lines if counts[line] >= needed)
        return replace(page, site_furniture=repeated) if repeated else page
