"""Publication dates printed without a year ("May 12th", "Tuesday (July 11)", "12. Mai"), and
the year they are given only where the page's evidence settles it.

Sites often leave the year off their own recent posts. The evidence read here, strongest
first:

- a year in the page's address ("/2023/07/…"; its month, if any, must be the date's);
- the day the page was fetched: a page prints no date after the day it was fetched, and a
  site that omits the year means the latest such day.

A weekday written with the date must fall on that day, else the evidence is rejected. Without
evidence the date stays year-less, written with the year unspecified as ISO 8601-2 (EDTF)
does it: "XXXX-07-11".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from storylens.lang import month_numbers, weekday_numbers
from storylens.records import DatePrecision

#: The languages of the full-date patterns, English first (its "Mar" is March).
DATE_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
MONTH_NUMBERS = month_numbers(DATE_LANGUAGES)
WEEKDAY_NUMBERS = weekday_numbers(DATE_LANGUAGES)

_MONTH = "(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_NAME = "(?P<weekday>" + "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True)) + ")"
_WEEKDAY = rf"(?:{_WEEKDAY_NAME}\.?,?\s*\(?\s*)?"
_DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])"
#: What may follow the month and day: nothing that reads as a year or more digits.
_NO_YEAR = r"(?!\d|\s*[.,/]?\s*(?:de\s+)?'?\d{2,4}\b(?![:h.]\d))"
_FORMS = (
    # "May 12th", "Tuesday (July 11)", "Mar. 17"
    re.compile(rf"(?<!\w){_WEEKDAY}{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?\b\)?{_NO_YEAR}", re.IGNORECASE),
    # "12 May", "Samstag, 12. Mai", "12 de mayo", "1er juin"
    re.compile(
        rf"(?<!\w){_WEEKDAY}{_DAY}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?{_MONTH}(?!\w){_NO_YEAR}",
        re.IGNORECASE,
    ),
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: Where an address's path gives a year: a folder of its own ("/2023/", "/2017/7/12/"), or a
#: year and month in any one form ("20230711-pier", "pier-2023-07-11"); not a year inside a
#: word ("bird-of-the-year2021").
_URL_DATES = (
    re.compile(rf"(?:^|/){_YEAR}(?:/(?P<month>0?[1-9]|1[0-2])(?=/|$))?(?=/|$)"),
    re.compile(rf"(?<![\d]){_YEAR}[-_/]?(?P<month>0[1-9]|1[0-2])(?:[-_/]?(?:0[1-9]|[12]\d|3[01]))?(?!\d)"),
)
#: Days a page's printed date may run ahead of the fetch (time zones).
FETCH_LEEWAY_DAYS = 1
EARLIEST_YEAR = 1990


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A day printed without its year, and the weekday printed with it, if any (0 = Monday)."""

    month: int
    day: int
    weekday: int | None = None

    def on(self, year: int) -> date | None:
        """This day in a given year, if it exists and falls on the printed weekday."""
        try:
            when = date(year, self.month, self.day)
        except ValueError:  # 29 February out of a leap year
            return None
        return when if self.weekday is None or when.weekday() == self.weekday else None

    def unspecified(self) -> str:
        return f"XXXX-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class Written:
    """A year-less date as written in a line, and where."""

    stated: MonthDay
    start: int
    end: int


def find_yearless(text: str) -> Written | None:
    """The first month and day written in text without a year after it."""
    found = [m for form in _FORMS if (m := form.search(text))]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    month = MONTH_NUMBERS[match.group("month").casefold()]
    day = int(match.group("day"))
    weekday = match.group("weekday")
    if MonthDay(month, day).on(2000) is None:  # a leap year holds every real month and day
        return None
    stated = MonthDay(month, day, WEEKDAY_NUMBERS[weekday.casefold()] if weekday else None)
    return Written(stated, match.start(), match.end())


def resolve(stated: MonthDay, url: str | None, fetched: datetime | None) -> tuple[str, DatePrecision]:
    """The ISO day a year-less date stands for where the address or the fetch day settles its
    year, else the day with its year left unspecified ("XXXX-07-11")."""
    when = _from_url(stated, url) or _from_fetch(stated, fetched)
    return (when.isoformat() if when else stated.unspecified()), DatePrecision.DAY


def _from_url(stated: MonthDay, url: str | None) -> date | None:
    """The day in the year the address names (its first year with a month, else its first
    year), when the month it names, if any, is the date's."""
    path = urlsplit(url).path if url else ""
    latest = date.today().year + 1
    written = [m for form in _URL_DATES for m in form.finditer(path)]
    found = [m for m in written if EARLIEST_YEAR <= int(m.group("year")) <= latest]
    if not found:
        return None
    match = min(found, key=lambda m: (m.group("month") is None, m.start()))
    if match.group("month") and int(match.group("month")) != stated.month:
        return None
    return stated.on(int(match.group("year")))


def _from_fetch(stated: MonthDay, fetched: datetime | None) -> date | None:
    """The latest such day on or before the fetch day; with a weekday, that one or the year
    before's, whichever falls on it."""
    if fetched is None:
        return None
    latest = fetched.date() + timedelta(days=FETCH_LEEWAY_DAYS)
    year = latest.year if (stated.month, stated.day) <= (latest.month, latest.day) else latest.year - 1
    tries = (year, year - 1) if stated.weekday is not None else (year,)
    return next((when for y in tries if (when := stated.on(y))), None)
