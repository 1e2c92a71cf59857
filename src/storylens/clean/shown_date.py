"""The publication date a page prints for its reader, and how it weighs against the one its
metadata states.

Text mode has only the printed date: the first date line by the headline or atop the body,
else the one under the body. HTML mode has htmldate's too, read from the metadata and markup
first. Where that day is printed on no date line of the article and another date sits by the
headline ("Updated May 06, 2019", "Datum: 18.10.2021"), the metadata is usually stale: a
first draft's day, a template's default, a time zone's shift. A reader, and anyone who cites
the article, goes by the printed one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storylens.clean.meta import date_candidates, find_date, split_title, undated
from storylens.clean.teasers import ends_in_time
from storylens.clean.yearless import MonthDay, find_yearless
from storylens.records import DatePrecision
from storylens.text.words import word_count

#: Lines above the headline or the body's first paragraph where the date line may sit.
LINES_ABOVE = 12
#: Lines under the headline where it may sit (under a byline, a standfirst, a video).
LINES_UNDER_HEADLINE = 10
#: Lines into the body where it may sit (under a lead photo and its caption).
LINES_INTO = 3
#: Lines under the body's end where it may sit instead.
LINES_AFTER = 3
#: Lines with more words beside their dates are sentences that mention a date.
DATE_LINE_WORDS = 12

#: A line longer than this that ends like a sentence mentions a date rather than gives one.
SENTENCE_WORDS = 6
#: Words a body paragraph needs to anchor the search.
ANCHOR_WORDS = 8

Dated = tuple[str, DatePrecision]


def published_date(
    stated: Dated | None, lines: list[str], headlines: list[str], paragraphs: list[str]
) -> Dated | None:
    """The metadata's date (`stated`), unless the page prints another by the article's
    headline or atop its body and prints the metadata's day on no date line down to the
    article's end (its related-stories lists and comments do not count; day and month
    swapped counts as printed: "11/01/2021")."""
    body = _body_span(lines, paragraphs)
    if body is None:
        return stated
    shown = shown_date(lines, body[0], _headline_line(lines, headlines, body[0]))
    if stated is None or shown is None:
        return stated or (shown[1] if shown else None)
    day, shown_day = stated[0][:10], shown[1][0][:10]
    if shown_day == day or _swapped(shown_day) == day:
        return stated
    if day in _printed_days(lines[: body[1] + 1]):
        return stated
    return shown[1]


def printed_yearless(lines: list[str], headlines: list[str], paragraphs: list[str]) -> MonthDay | None:
    """The date without a year printed under the article's headline, for a page that states
    no full date."""
    body = _body_span(lines, paragraphs)
    if body is None:
        return None
    found = shown_yearless(lines, body[0], _headline_line(lines, headlines, body[0]))
    return found[1] if found else None


def _headline_line(lines: list[str], headlines: list[str], start: int) -> int | None:
    """The last line down to the body's top (at `start`) that is one of the headlines."""
    wanted = {h.casefold() for h in headlines if h}
    heads = [i for i in range(start + 1) if _is_headline(lines[i], wanted)]
    return heads[-1] if heads else None


def shown_date(lines: list[str], start: int, headline: int | None) -> tuple[int, Dated] | None:
    """The first date written on a short line around the top of the article, with its line's
    index: a little above and below the headline and a little above and into the body (whose
    first paragraph is at `start`). Dates above the headline count only when they agree: a
    menu or a list of other articles gives several."""
    top, bottom = _window(lines, start, headline)
    above = [(i, d) for i in range(max(0, top - LINES_ABOVE), top) if (d := _date_line(lines[i]))]
    if len({d[0][:10] for _, d in above}) == 1:
        return above[0]
    return next(((i, d) for i in range(top, bottom + 1) if (d := _date_line(lines[i]))), None)


def shown_yearless(lines: list[str], start: int, headline: int | None) -> tuple[int, MonthDay] | None:
    """The first date line without a year from the headline (else the body's top) to a little
    under it ("Tuesday (July 11)", "Mar 17 · 5 min read"), with its line's index."""
    top, bottom = _window(lines, start, headline)
    return next(((i, d) for i in range(top, bottom + 1) if (d := yearless_line(lines[i]))), None)


def _window(lines: list[str], start: int, headline: int | None) -> tuple[int, int]:
    top = start if headline is None else headline
    return top, min(len(lines) - 1, max(start + LINES_INTO, top + LINES_UNDER_HEADLINE))


def closing_date(lines: list[str], end: int) -> tuple[int, Dated] | None:
    """The date on the lines right under the body's last paragraph (at `end`), where a blog
    signs off its post ("10. September 2017"), when they give one date only."""
    after = [
        (i, d)
        for i in range(end + 1, min(len(lines), end + LINES_AFTER + 1))
        if not stamped_link(lines[i]) and (d := _date_line(lines[i]))
    ]
    return after[0] if len({d[0][:10] for _, d in after}) == 1 else None


def stamped_link(line: str) -> bool:
    """A line under an article that ends in a time of day without saying it dates the article
    is a comment's header or a dated link ("#1 Mia Holm 2025/03/02 10:28")."""
    return ends_in_time(line) and not PUBLISHED_CUE.match(line)


def cued_date(lines: list[str]) -> tuple[int, Dated] | None:
    """The first date line anywhere on the page that says what its date is ("Published:
    03 December 2019", "Veröffentlicht am 6. August 2009", "Datum: 19.11.2021")."""
    return next(
        ((i, d) for i, line in enumerate(lines) if PUBLISHED_CUE.match(line) and (d := _date_line(line))),
        None,
    )


#: Words that open a line giving the article's date, in the languages of the date patterns.
PUBLISHED_CUE = re.compile(
    r"\W*(?:published|posted|updated|last updated|created|date|datum|stand|veröffentlicht|"
    r"aktualisiert|erstellt|erschienen|publié|mis à jour|publicado|actualizado|pubblicato|"
    r"aggiornato|gepubliceerd)\b",
    re.IGNORECASE,
)


def _date_line(line: str) -> Dated | None:
    """The date a short line gives, unless the line is a sentence that mentions one."""
    return None if _mentions_date(undated(line)) else find_date(line)


def _mentions_date(rest: str) -> bool:
    """Whether a line's words besides its date make it a sentence that mentions the date
    rather than a line that gives it: too many of them, or more than a few ending in a stop."""
    return word_count(rest) > DATE_LINE_WORDS or ends_like_sentence(rest)


def ends_like_sentence(rest: str) -> bool:
    """Whether a line's words besides its date are more than a few and end in a stop: a
    sentence that mentions a date ("The pumps were ordered on 2 May 2025.")."""
    return word_count(rest) > SENTENCE_WORDS and rest.rstrip()[-1:] in (".", "!", "?")


def yearless_line(line: str) -> MonthDay | None:
    """The month and day a short line gives without a year, where nothing but a cue
    ("Posted on"), a name or a separator stands before them and nothing but a separator, a
    time or a byline after ("Top 10 May deals" gives none)."""
    if word_count(line) > DATE_LINE_WORDS + 4:  # no short line: not worth a search
        return None
    found = find_yearless(line)
    if found is None or date_candidates(line):
        return None
    if _mentions_date(line[: found.start] + " " + line[found.end :]):
        return None
    before, after = line[: found.start].strip(), line[found.end :].strip()
    if (before and not _LEADS_TO_DATE.search(before)) or (after and not _FOLLOWS_DATE.match(after)):
        return None
    return found.stated


#: What may end the text before a date: a separator, a cue, "on".
_LEADS_TO_DATE = re.compile(
    r"(?:[|•·,–—:(/-]|\b(?:on|am|le|el|il|du|vom|den|the|posted|published|updated|aktualisiert|"
    r"veröffentlicht|publié|publicado|actualizado|pubblicato|aggiornato))\s*$",
    re.IGNORECASE,
)
#: What may open the text after a date: a separator, a time, "at", "by".
_FOLLOWS_DATE = re.compile(
    r"(?:[|•·,–—:)/-]|\d{1,2}[:h.]\d{2}|(?:at|by|um|à|a las|von|par|por)\b)", re.IGNORECASE
)


def _body_span(lines: list[str], paragraphs: list[str]) -> tuple[int, int] | None:
    """The page lines of the body's first and last paragraphs long enough to be found once
    on the page (a one-word kicker such as "Santa Cruz" may also be a menu entry)."""
    index: dict[str, int] = {}
    for number, line in enumerate(lines):
        index.setdefault(line.casefold(), number)
    found = [
        index[p.casefold()] for p in paragraphs if word_count(p) >= ANCHOR_WORDS and p.casefold() in index
    ]
    return (found[0], max(found)) if found else None


def _is_headline(line: str, headlines: set[str]) -> bool:
    folded = line.casefold()
    return folded in headlines or split_title(line)[0].casefold() in headlines


def _swapped(day: str) -> str | None:
    year, month, dom = day.split("-") if len(day) == 10 else ("", "", "")
    return f"{year}-{dom}-{month}" if year and int(dom) <= 12 else None


def _printed_days(lines: Iterable[str]) -> set[str]:
    return {d[0][:10] for line in lines if (d := _date_line(line))}
