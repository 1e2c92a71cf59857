"""Clean: one Page in, one Article out — body paragraphs, metadata, and what was removed."""

from __future__ import annotations

from storylens.clean.html import clean_html
from storylens.clean.meta import outlet_from_url, parse_given_date
from storylens.clean.text import clean_text
from storylens.clean.text_records import CleanedText
from storylens.clean.yearless import resolve
from storylens.errors import BadInput
from storylens.records import Article, CleanMode, DatePrecision, Page, content_hash
from storylens.text.dateline import find_dateline
from storylens.text.language import text_language

MIN_BODY_CHARACTERS = 40


def clean_page(page: Page) -> Article:
    """The article on a page; raise BadInput when there is none."""
    hints = page.hints
    given_title = hints.title if hints.authoritative else None
    if page.mode is CleanMode.HTML:
        cleaned = clean_html(page.content, page.url, given_title)
    else:
        language = hints.language if hints.authoritative else None
        language = language or text_language(page.content)
        cleaned = clean_text(page.content, given_title, language, page.site_furniture, hints.url or page.url)
    paragraphs = tuple(cleaned.paragraphs)
    if sum(len(p) for p in paragraphs) < MIN_BODY_CHARACTERS:
        raise BadInput("no article text found (body shorter than 40 characters)")
    published, precision = _published(cleaned, page)
    url = hints.url or page.url
    outlet = _pick(hints.outlet, cleaned.outlet, hints.authoritative) or outlet_from_url(url)
    title = _pick(hints.title, cleaned.title, hints.authoritative)
    digest = content_hash(paragraphs, title, outlet)
    return Article(
        id=hints.id or digest,
        content_hash=digest,
        source=page.origin,
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        date_precision=precision,
        byline=cleaned.byline,
        language=hints.language if hints.authoritative else None,
        paragraphs=paragraphs,
        removed=tuple(cleaned.removed),
        mode=page.mode,
        dateline=find_dateline(paragraphs[0]),
    )


def _pick(hint: str | None, found: str | None, authoritative: bool) -> str | None:
    """A given field wins when authoritative; otherwise it only fills a gap."""
    if authoritative:
        return hint or found
    return found or hint


def _published(cleaned: CleanedText, page: Page) -> tuple[str | None, DatePrecision]:
    """A full date (the page's, or the one given with it, whichever the hints say wins), else
    a date printed without a year, with the year the address or fetch day settles, if any."""
    given = parse_given_date(page.hints.published) if page.hints.published else None
    found = cleaned.published
    chosen = (given or found) if page.hints.authoritative else (found or given)
    if chosen is not None:
        return chosen
    if cleaned.yearless is not None:
        return resolve(cleaned.yearless, page.hints.url or page.url, page.fetched_at)
    return None, DatePrecision.UNKNOWN


__all__ = ["clean_page"]
