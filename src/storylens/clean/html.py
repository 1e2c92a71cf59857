"""Main text and metadata from an HTML page, with trafilatura (and htmldate for dates).

trafilatura finds the article; its output then goes through the text cleaner, which turns
the headline, date and byline lines it keeps into metadata. Page lines left outside the
article are listed as removed, so the cleaning can be audited in both modes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from storylens.clean.lines import normalise_line
from storylens.clean.meta import parse_byline, parse_given_date, split_title
from storylens.clean.shown_date import printed_yearless, published_date
from storylens.clean.text import tidy_extracted
from storylens.clean.text_records import CleanedText
from storylens.errors import BadInput
from storylens.records import DatePrecision, Removal
from storylens.text.words import WORD

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "footer",
        "nav",
        "section",
        "article",
        "aside",
        "main",
        "ul",
        "ol",
        "table",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "button",
        "br",
        "dd",
        "dt",
        "title",
    }
)
OUTSIDE_REASON = "outside the article (HTML extractor)"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(slots=True)
class HtmlExtract:
    """What the HTML extractor found, before the text pass."""

    text: str
    title: str | None
    byline: str | None
    published: str | None
    outlet: str | None
    language: str | None


def parse_tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def page_title(tree: lxml.html.HtmlElement | None) -> str | None:
    """The text of the page's <title> element."""
    if tree is None:
        return None
    found = tree.find(".//title")
    text = normalise_line(found.text_content()) if found is not None else ""
    return text or None


def page_headings(tree: lxml.html.HtmlElement | None) -> list[str]:
    """The texts of the page's top-level headings (<h1>) of two words or more: the article's
    headline, where the <title> may give a shorter or an older one (or the site's name)."""
    if tree is None:
        return []
    texts = (
        normalise_line(" ".join(h.xpath(".//text()[not(ancestor::style) and not(ancestor::script)]")))
        for h in tree.iter("h1")
    )
    return [text for text in texts if len(text.split()) >= 2]


def printed_headline(title: str | None, headings: list[str]) -> str | None:
    """The page's own headline (an <h1>) in place of the metadata's title when both are the
    same headline: the title is the heading plus a site or section name ("Bee Simulator |
    Datenbank für Multiplayergames"), or the two share enough of their words (a search
    engine's "Brexit: Nervenkrieg geht in nächste Runde" beside the printed "Der Nervenkrieg
    um den Brexit geht in die nächste Runde"). A heading that holds the title and more (a
    kicker or a date before it) leaves the title as it is; one that shares little with it is
    the site's name or a section's."""
    if not title or not headings:
        return title
    words = _title_words(title)
    best = max(headings, key=lambda heading: _overlap(words, _title_words(heading)))
    folded, heading = title.casefold(), best.casefold()
    if heading in folded:
        return best
    if folded in heading or _overlap(words, _title_words(best)) < HEADLINE_OVERLAP:
        return title
    return best


#: Share of words (Jaccard) a page heading and the metadata's title need to be one headline.
HEADLINE_OVERLAP = 0.3


def _title_words(text: str) -> set[str]:
    return set(WORD.findall(text.casefold()))


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "sailthru.date",
)
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def _meta_key(meta: lxml.html.HtmlElement) -> str:
    """What a <meta> element states, by whichever attribute names it (lower case)."""
    return (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()


def stated_timestamps(tree: lxml.html.HtmlElement | None, html: str) -> list[str]:
    """Publication timestamps the page states in its metadata (meta tags, JSON-LD, <time>)."""
    if tree is None:
        return []
    found: list[str] = []
    for meta in tree.iter("meta"):
        if _meta_key(meta) in _PUBLISHED_KEYS and meta.get("content"):
            found.append(meta.get("content", ""))
    found += _LD_PUBLISHED.findall(html[:200_000])
    found += [t.get("datetime", "") for t in tree.iter("time") if t.get("datetime")]
    return found


_AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dc:creator",
    "parsely-author",
    "sailthru.author",
    "byl",
)
#: A JSON-LD author: a name, or a Person or Organization with a name (the first of a list).
_LD_AUTHOR = re.compile(r'"author"\s*:\s*(?:\[\s*)?(?:"([^"]{2,120})"|\{[^{}]*?"name"\s*:\s*"([^"]{2,120})")')


def stated_author(tree: lxml.html.HtmlElement | None, html: str) -> str | None:
    """The author the page's metadata names (JSON-LD, then meta tags), for when trafilatura
    found none: not a profile's address, not a social-media handle."""
    if tree is None:
        return None
    linked_data = " ".join(
        script.text or "" for script in tree.iter("script") if script.get("type") == "application/ld+json"
    )
    found = [next((a or b for a, b in _LD_AUTHOR.findall(linked_data)), "")]
    for meta in tree.iter("meta"):
        if any(key in _AUTHOR_KEYS for key in _meta_key(meta).split()):  # "dc:creator twitter:site"
            found.append(meta.get("content") or "")
    names = (normalise_line(name) for name in found)
    return next((name for name in names if name and not name.startswith(("http", "@", "/"))), None)


def precise_published(day: tuple[str, DatePrecision], stamps: list[str]) -> tuple[str, DatePrecision]:
    """The day htmldate found, with its time of day when the page's metadata gives one."""
    for stamp in stamps:
        parsed = parse_given_date(stamp)
        if parsed and parsed[0][:10] == day[0][:10] and len(parsed[0]) > 10:
            return parsed
    return day


def visible_lines(tree: lxml.html.HtmlElement | None) -> list[str]:
    """The page's visible text, one block element per line (the tree is consumed)."""
    if tree is None:
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    return [line for line in (normalise_line(raw) for raw in tree.text_content().split("\n")) if line]


def extract_html(html: str, url: str | None) -> HtmlExtract:
    """Run trafilatura on a page; raise BadInput when it finds no article."""
    if "<" not in html[:5000]:
        raise BadInput("not HTML (no markup in the first 5,000 characters)")
    html = _CONTROL.sub("", html)  # lxml refuses strings with NUL and other C0 controls
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"original_date": True, "extensive_search": True},
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise BadInput(f"HTML could not be parsed: {exc}") from exc
    fields = document if isinstance(document, dict) else vars_of(document)
    if not fields.get("text"):
        raise BadInput("no article text found in the HTML")
    return HtmlExtract(
        text=str(fields["text"]),
        title=fields.get("title"),
        byline=fields.get("author"),
        published=fields.get("date"),
        outlet=fields.get("sitename"),
        language=fields.get("language"),
    )


def vars_of(document: object) -> dict[str, str | None]:
    """trafilatura's Document (slotted) as a plain dict of the fields storylens reads."""
    names = ("text", "title", "author", "date", "sitename", "language")
    return {name: getattr(document, name, None) for name in names}


def clean_html(html: str, url: str | None, given_title: str | None) -> CleanedText:
    """The article in an HTML page: body paragraphs, metadata and every removed line."""
    html = _CONTROL.sub("", html)  # the tree below is edited, and lxml refuses C0 controls in text
    extract = extract_html(html, url)
    tree = parse_tree(html)
    headline, site = split_title(page_title(tree) or "")
    outlet = extract.outlet
    if not outlet or len(outlet.split()) > 6 or (headline and outlet.casefold() == headline.casefold()):
        outlet = site or outlet  # the extractor took the headline for the site name
    title = extract.title
    if not title or len(title.split()) < 3 or (outlet and title.casefold() == outlet.casefold()):
        title = headline or title  # the extractor took the site name or a fragment
    headings = page_headings(tree)
    title = printed_headline(title, headings)
    cleaned = tidy_extracted(extract.text, given_title=given_title or title)
    cleaned.outlet = outlet or cleaned.outlet
    if extract.byline:
        cleaned.byline = parse_byline(extract.byline) or extract.byline
    else:
        cleaned.byline = cleaned.byline or stated_author(tree, html)
    stated = parse_given_date(extract.published) if extract.published else None
    if stated is not None:
        stated = precise_published(stated, stated_timestamps(tree, html))
    headlines = [cleaned.title or title or "", *headings]
    page_lines = visible_lines(tree)
    cleaned.published = published_date(stated, page_lines, headlines, cleaned.paragraphs) or cleaned.published
    if cleaned.published is None:
        cleaned.yearless = printed_yearless(page_lines, headlines, cleaned.paragraphs)
    kept = {line.casefold() for line in cleaned.paragraphs}
    accounted = kept | {r.text.casefold() for r in cleaned.removed}
    outside = [Removal(line, OUTSIDE_REASON) for line in page_lines if line.casefold() not in accounted]
    cleaned.removed = outside + cleaned.removed
    return cleaned
