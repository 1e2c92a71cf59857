"""The labelled pages `storylens eval extraction` scores, and how a page becomes crawler text.

Three data sets, none written here: trafilatura-eval (segments that must and must not be
kept), readability.js's test pages (the expected article as HTML) and the WCXB dev pages
(~700 sites, body, title, author and date labelled). A page's text-mode input is its
complete visible text, one block per line, as a crawler saves it; it is rendered by two
renderers of different layout habits (inscriptis and html-text), so no text-mode figure
rests on one renderer's way of breaking lines.

The WCXB pages are split in two by site, once and for all: what the text mode learns from
labels is fitted on the *fit* part only, and the floors pin the figures of the *held-out*
part, sites that no fit and no threshold has seen.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from storylens.evaluation import shared_data
from storylens.evaluation.metrics import squash
from storylens.ingest.decode import decode_bytes

INSCRIPTIS = "inscriptis"
HTML_TEXT = "html-text"
FIT = "fit"
HELD_OUT = "held-out"


@dataclass(frozen=True, slots=True)
class PageCase:
    """One labelled page: its HTML and what a right answer holds."""

    dataset: str  # "trafilatura-eval", "readability" or "wcxb"
    name: str
    html: str
    url: str | None
    wanted: tuple[str, ...] = ()  # segments that must be in the body
    unwanted: tuple[str, ...] = ()  # segments that must not
    body: str | None = None  # the expected body text, where the labels give one
    title: str | None = None
    byline: str | None = None
    date: str | None = None  # YYYY-MM-DD
    part: str = ""  # of a WCXB page: FIT or HELD_OUT


@dataclass(slots=True)
class Output:
    """What one system produced for one page."""

    body: str | None = None
    title: str | None = None
    byline: str | None = None
    date: str | None = None


@dataclass(slots=True)
class PageOutputs:
    case: PageCase
    html: dict[str, Output] = field(default_factory=dict)
    text: dict[str, Output] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)  # the rendered page text, one block a line
    #: storylens's text mode on each renderer's text (inscriptis's is also in `text`)
    rendered: dict[str, Output] = field(default_factory=dict)


def find_data(explicit: Path | None = None) -> Path | None:
    """The extraction data folder: the given one, else ../shared/data/extraction."""
    return shared_data("extraction", explicit)


def trafilatura_cases(folder: Path) -> Iterator[PageCase]:
    labels = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    for url, item in labels.items():
        path = folder / "pages" / f"{item['file']}.gz"
        if not path.exists():
            continue  # a few labelled pages were not shipped with the data
        yield PageCase(
            dataset="trafilatura-eval",
            name=item["file"],
            html=decode_bytes(gzip.decompress(path.read_bytes())),
            url=url,
            wanted=tuple(item["with"]),
            unwanted=tuple(item["without"]),
            title=item.get("title") or None,
            byline=author_label(item.get("author")),
            date=(item.get("date") or "")[:10] or None,
        )


def readability_cases(folder: Path) -> Iterator[PageCase]:
    for page in sorted(p for p in folder.iterdir() if (p / "source.html.gz").exists()):
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = decode_bytes(gzip.decompress((page / "expected.html.gz").read_bytes()))
        yield PageCase(
            dataset="readability",
            name=page.name,
            html=decode_bytes(gzip.decompress((page / "source.html.gz").read_bytes())),
            url=None,
            body=expected_text(expected),
            title=meta.get("title") or None,
            byline=meta.get("byline") or None,
            date=(meta.get("publishedTime") or "")[:10] or None,
        )


def wcxb_cases(folder: Path, part: str | None = None) -> Iterator[PageCase]:
    """The WCXB dev pages (of one part only, when `part` is given)."""
    for label in sorted((folder / "ground-truth").glob("*.json")):
        record = json.loads(label.read_text(encoding="utf-8"))
        truth = record.get("ground_truth") or {}
        page = folder / "html" / f"{label.stem}.html.gz"
        url = record.get("url") or truth.get("url")
        if not page.exists() or not truth.get("main_content") or (part and wcxb_part(url) != part):
            continue
        date = truth.get("publish_date") or ""
        yield PageCase(
            dataset="wcxb",
            name=label.stem,
            html=decode_bytes(gzip.decompress(page.read_bytes())),
            url=url,
            wanted=tuple(truth.get("with") or ()),
            unwanted=tuple(truth.get("without") or ()),
            body=truth["main_content"],
            title=truth.get("title") or None,
            byline=author_label(truth.get("author")),
            date=date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None,
            part=wcxb_part(url),
        )


def author_label(value: object) -> str | None:
    """A labelled author as one string: a list of names is joined as a byline joins them."""
    if isinstance(value, list):
        value = "; ".join(str(name) for name in value if name)
    return str(value).strip() or None if value else None


def site_of(url: str | None) -> str:
    """The site a page belongs to: its host's registered name ("news.example.co.uk" →
    "example.co.uk"), so a site's sections fall on the same side of every split."""
    host = (urlsplit(url or "").hostname or "").casefold()
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def wcxb_part(url: str | None) -> str:
    """FIT or HELD_OUT, by a fixed hash of the page's site."""
    return FIT if zlib.crc32(site_of(url).encode()) % 2 == 0 else HELD_OUT


def expected_text(html: str) -> str:
    """The text of readability.js's expected output, rendered as the pages themselves are.

    One renderer for both sides: every element counted once, each block on its own line. (Reading
    the text of each `p`, `li` and heading counted a paragraph inside a list item twice and glued
    the words either side of a `<br>` together, so no rendering of the page could match them.)
    """
    return "\n".join(line for line in (squash(raw) for raw in render_text(html).splitlines()) if line)


def render_text(html: str, renderer: str = INSCRIPTIS) -> str:
    """A page's complete visible text, one block per line, as a crawler would save it."""
    if renderer == HTML_TEXT:
        import html_text

        return str(html_text.extract_text(html, guess_layout=True)) if html.strip() else ""
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    config = ParserConfig(css=CSS_PROFILES["strict"], display_links=False, display_images=False)
    return str(get_text(html, config))


# --- what a right answer is ----------------------------------------------------------


def _norm(text: str) -> str:
    return squash(re.sub(r"[^\w\s]", " ", text.casefold()))


def same_title(found: str | None, expected: str) -> bool:
    """Equal once case, punctuation and a ' | Site' tail (on either side) are set aside."""
    if not found:
        return False
    from storylens.clean.meta import split_title

    ours = {_norm(found), _norm(split_title(found)[0])}
    gold = {_norm(expected), _norm(split_title(expected)[0])}
    return bool(ours & gold)


def same_byline(found: str | None, expected: str) -> bool:
    """The expected author's name is what we found, or contains it (and the other way round)."""
    if not found:
        return False
    ours, gold = _norm(found), _norm(re.sub(r"^(by|von|par|por)\s+", "", expected, flags=re.I))
    return bool(ours) and bool(gold) and (ours in gold or gold in ours)
