"""Publication days printed without a year ("May 12th", "Tuesday (July 11)"), given their
year by the story they belong to, and only where the story settles it.

A story runs for days or weeks; its articles that state their full date say when. A
year-less day takes a year when exactly one year puts it within the story's dated span,
widened by the days a story may reach (`story_window_days`): "May 24" in a story of 12 to
28 May 2023 is 24 May 2023, while "December 30" in a story of 2 to 5 January fits no year
and stays "XXXX-12-30". A story with no dated article at all takes the days of its
storyline's other moments as the evidence (a report of "July 11" in a storyline that ran
from May to June 2023). Never a year without such evidence, and the evidence is kept on the
article (`year_from`) for the reader to check. Applied on every read: when the story
changes, the settlement follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from storylens.clean.text_metadata import DATE_REASON
from storylens.clean.yearless import MonthDay, find_yearless
from storylens.records import Article, has_year
from storylens.stories.storylines import LinkSettings
from storylens.text.dates import parse_published

_YEARLESS = re.compile(r"XXXX-(\d\d)-(\d\d)")
#: Days a year-less day may lie outside the story's dated span and still be placed in it,
#: and outside its storyline's (the longest gap a storyline link bridges).
REACH_DAYS = 10
STORYLINE_REACH_DAYS = LinkSettings().max_gap_days


def settle_years(
    articles: Sequence[Article], reach_days: int = REACH_DAYS, storyline: Sequence[date] = ()
) -> tuple[Article, ...]:
    """The story's articles, each year-less publication day given the one year its story's
    dated articles fit, or when it has none, the days of its storyline's other moments
    (others unchanged)."""
    days = sorted(d for a in articles if has_year(a.published) and (d := parse_published(a.published)))
    source = "the story"
    if not days:  # a storyline's moments lie weeks apart: it reaches as far as its links do
        days, source, reach_days = sorted(storyline), "its storyline's other moments", STORYLINE_REACH_DAYS
    if not days:
        return tuple(articles)
    first, last = days[0], days[-1]
    reach = timedelta(days=reach_days)
    settled = []
    for article in articles:
        month_day = yearless_day(article.published)
        if month_day is None:
            settled.append(article)
            continue
        stated = _printed(article, *month_day)
        fits = [
            when
            for year in range(first.year - 1, last.year + 2)
            if (when := stated.on(year)) and first - reach <= when <= last + reach
        ]
        if len(fits) != 1:
            settled.append(article)
            continue
        unit = "dated article" if source == "the story" else "day"
        evidence = (
            f"{source}: {len(days)} {unit}{'s' if len(days) != 1 else ''}"
            f" from {first.isoformat()} to {last.isoformat()}"
        )
        settled.append(replace(article, published=fits[0].isoformat(), year_from=evidence))
    return tuple(settled)


def yearless_day(published: str | None) -> tuple[int, int] | None:
    """The (month, day) of a publication day printed without its year ("XXXX-07-11")."""
    match = _YEARLESS.fullmatch(published or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def _printed(article: Article, month: int, day: int) -> MonthDay:
    """The day as the page printed it, with the weekday its date line gave ("Tuesday (July
    11)"): the line left the body with its reason, so it is read again from there."""
    for removal in article.removed:
        found = find_yearless(removal.text) if removal.reason == DATE_REASON else None
        if found is not None and (found.stated.month, found.stated.day) == (month, day):
            return found.stated
    return MonthDay(month, day)
