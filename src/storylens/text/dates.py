"""Dates that an article's text mentions ("on Wednesday", "earlier this month", "Tuesday
(July 11)", "May 12th", "last summer"), resolved against its publication date.

Values are written at their precision, in ISO 8601 and its EDTF extension (Library of
Congress): day "2023-07-11", week "2023-W28", month "2023-07", season "2023-22" (21 spring,
22 summer, 23 autumn, 24 winter), year "2023". A year the text does not give and the
publication date cannot supply stays unknown: "XXXX-07-11". A weekday or "yesterday" with no
publication date to count from is not resolved at all.

English, and French through `lang/fr/dates.py` (its words read as their English counterparts), matched
case-blind (crawled text is often lower-cased).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storylens.lang.en import dates as english_dates
from storylens.lang.fr import dates as french_dates
from storylens.records import DatePrecision

if TYPE_CHECKING:
    from spacy.tokens import Span

#: The English names the resolver reads every language's captured words as.
MONTHS = english_dates.MONTHS
WEEKDAYS = english_dates.WEEKDAYS
SEASONS = english_dates.SEASONS
NUMBERS = english_dates.NUMBERS
_SEASON_START = {21: 3, 22: 6, 23: 9, 24: 12}
_CALENDAR = frozenset({"iso", "month_day", "day_month"})
_COMPILED = {
    language: tuple((name, re.compile(r"\b" + pattern + r"\b", re.IGNORECASE)) for name, pattern in patterns)
    for language, patterns in (("en", english_dates.PATTERNS), ("fr", french_dates.PATTERNS))
}
#: A date without a year is placed in the year that puts it nearest the publication date,
#: if that is within this many days; otherwise the year stays unknown.
NEAREST_YEAR_DAYS = 183


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the text mentions: its span, its value at its precision (see the module doc),
    or None when it could not be resolved."""

    start: int
    end: int
    text: str
    value: str | None
    precision: DatePrecision


def find_dates(
    text: str, published: date | None, future: bool | None = None, language: str = "en"
) -> tuple[DateMention, ...]:
    """The dates a stretch of text in English or French (any other language is read as
    English) mentions. Weekdays, months and seasons without a stated year are counted back
    from `published` (forward where the text speaks of the future; `future` decides, else the
    sentence's own wording)."""
    french = language == "fr"
    found: list[tuple[str, DateMention]] = []
    taken: list[tuple[int, int]] = []
    future_words, past_words = (
        (french_dates.FUTURE, french_dates.PAST) if french else (english_dates.FUTURE, english_dates.PAST)
    )
    ahead = bool(future_words.search(text)) if future is None else future
    past = not ahead and bool(past_words.search(text))
    for kind, pattern in _COMPILED["fr" if french else "en"]:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            groups = {
                key: " ".join(value.lower().split()) for key, value in match.groupdict().items() if value
            }
            if french:
                groups = french_dates.as_english(groups)
            resolved = _resolve(kind, groups, match, published, ahead=ahead, past=past)
            if resolved is None:
                continue
            value, precision = resolved
            taken.append(span)
            found.append((kind, DateMention(span[0], span[1], match.group(0), value, precision)))
    found.sort(key=lambda pair: pair[1].start)
    # "Tuesday (July 11)": one date, written twice; the calendar day has checked the weekday
    return tuple(
        mention
        for index, (kind, mention) in enumerate(found)
        if not (
            kind == "weekday"
            and index + 1 < len(found)
            and found[index + 1][0] in _CALENDAR
            and found[index + 1][1].start - mention.end <= 3
        )
    )


class SentenceDates:
    """The dates each sentence of a parsed text mentions, with offsets in the whole text; each
    sentence is read once, whether an event or a quote asks first."""

    def __init__(self, published: date | None, language: str = "en") -> None:
        self.published = published
        self.language = language
        self._found: dict[int, tuple[DateMention, ...]] = {}

    def of(self, sentence: Span) -> tuple[DateMention, ...]:
        known = self._found.get(sentence.start_char)
        if known is None:
            offset = sentence.start_char
            known = tuple(
                replace(mention, start=mention.start + offset, end=mention.end + offset)
                for mention in find_dates(sentence.text, self.published, language=self.language)
            )
            self._found[offset] = known
        return known


def parse_published(published: str | None) -> date | None:
    """The day of an ISO publication date ("2023-07-12T08:00:00+00:00"), if it gives one."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def sort_key(value: str) -> tuple[int, int, int, int]:
    """Orders values of any precision by the day they begin, the coarser first on a tie."""
    if value.startswith("X"):
        return (9999, 99, 99, 0)
    year = int(value[:4])
    rest = value[5:]
    if not rest:
        return (year, 1, 1, 0)
    if rest.startswith("W"):
        first = date.fromisocalendar(year, int(rest[1:]), 1)
        return (first.year, first.month, first.day, 1)
    month = int(rest[:2])
    if month > 12:  # a season
        return (year, _SEASON_START.get(month, 1), 1, 1)
    if len(rest) == 2:
        return (year, month, 1, 2)
    return (year, month, int(rest[3:5]), 3)


def _resolve(
    kind: str,
    groups: dict[str, str],
    match: re.Match[str],
    published: date | None,
    *,
    ahead: bool,
    past: bool,
) -> tuple[str | None, DatePrecision] | None:
    if kind in ("relative_unit", "season") and "which" not in groups:
        return None  # French "la semaine", "l'été" with nothing to place them
    if kind in ("iso", "month_day", "day_month"):
        return _calendar_day(groups, published, match)
    if kind == "month_year":
        return f"{groups['year']}-{MONTHS[groups['month']]:02d}", DatePrecision.MONTH
    if kind == "season_year":
        return f"{groups['year']}-{SEASONS[groups['season']]}", DatePrecision.SEASON
    if kind == "in_year":
        return groups["year"], DatePrecision.YEAR
    if published is None:
        return (None, DatePrecision.UNKNOWN) if kind in ("weekday", "relative_day") else None
    if kind == "relative_day":
        return _relative_day(groups["word"], published)
    if kind == "weekday":
        return _weekday(groups, published, ahead)
    if kind == "ago":
        return _ago(groups, published)
    if kind == "relative_unit":
        return _relative_unit(groups, published)
    if kind == "season":
        return _season(groups, published)
    if kind == "in_month":
        return _month(MONTHS[groups["month"]], published, ahead, past), DatePrecision.MONTH
    return None


def _month(month: int, published: date, ahead: bool, past: bool) -> str:
    """A month named without a year: the next one in a sentence about the future, the last
    one in a sentence in the past tense, else the nearest."""
    here = published.year * 12 + published.month - 1
    candidates = [year * 12 + month - 1 for year in (published.year - 1, published.year, published.year + 1)]
    if ahead:
        chosen = min(c for c in candidates if c >= here)
    elif past:
        chosen = max(c for c in candidates if c <= here)
    else:
        chosen = min(candidates, key=lambda c: abs(c - here))
    return f"{chosen // 12}-{chosen % 12 + 1:02d}"


def _calendar_day(
    groups: dict[str, str], published: date | None, match: re.Match[str]
) -> tuple[str | None, DatePrecision] | None:
    month = int(groups["month"]) if groups["month"].isdigit() else MONTHS[groups["month"]]
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    if "year" in groups:
        try:
            return date(int(groups["year"]), month, day).isoformat(), DatePrecision.DAY
        except ValueError:
            return None
    weekday = _weekday_before(match)
    year = _year_for(month, day, published, weekday)
    if year is None:
        try:
            date(2000, month, day)  # a leap year: every real month-day exists in it
        except ValueError:
            return None
        return f"XXXX-{month:02d}-{day:02d}", DatePrecision.DAY
    return date(year, month, day).isoformat(), DatePrecision.DAY


def _weekday_before(match: re.Match[str]) -> int | None:
    """The weekday written right before a month and day: "Tuesday (July 11)", "Tue, 11 July"."""
    before = match.string[max(0, match.start() - 14) : match.start()].lower()
    found = re.search(r"([a-z]+)\.?,?\s*\(?\s*$", before)
    return WEEKDAYS.get(french_dates.ENGLISH_OF.get(found.group(1), found.group(1))) if found else None


def _year_for(month: int, day: int, published: date | None, weekday: int | None) -> int | None:
    """The year of a month and day: the one nearest the publication date (within half a
    year), and if a weekday is written, one on which that day falls on that weekday."""
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            day_in_year = date(year, month, day)
        except ValueError:
            continue
        if weekday is not None and day_in_year.weekday() != weekday:
            continue
        distance = abs((day_in_year - published).days)
        if distance <= NEAREST_YEAR_DAYS:
            candidates.append((distance, year))
    return min(candidates)[1] if candidates else None


def _relative_day(word: str, published: date) -> tuple[str, DatePrecision]:
    word = " ".join(word.split())
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return (published + timedelta(days=offset)).isoformat(), DatePrecision.DAY


def _weekday(groups: dict[str, str], published: date, ahead: bool) -> tuple[str, DatePrecision] | None:
    which = " ".join(groups.get("which", "").split())
    target = WEEKDAYS[groups["weekday"]]
    if len(groups["weekday"]) <= 3 and not which:
        return None  # "sat", "sun", "wed" alone are too often other words
    if which == "next" or (ahead and which in ("", "on", "this")):
        days = (target - published.weekday()) % 7 or (7 if which == "next" else 0)
        return (published + timedelta(days=days)).isoformat(), DatePrecision.DAY
    days = (published.weekday() - target) % 7
    if which in ("last", "this past", "on the previous") and days == 0:
        days = 7
    return (published - timedelta(days=days)).isoformat(), DatePrecision.DAY


def _ago(groups: dict[str, str], published: date) -> tuple[str, DatePrecision]:
    count = int(groups["count"]) if groups["count"].isdigit() else NUMBERS[groups["count"]]
    unit = groups["unit"]
    if unit == "day":
        return (published - timedelta(days=count)).isoformat(), DatePrecision.DAY
    if unit == "week":
        return _week(published - timedelta(weeks=count)), DatePrecision.WEEK
    if unit == "month":
        months = published.year * 12 + published.month - 1 - count
        return f"{months // 12}-{months % 12 + 1:02d}", DatePrecision.MONTH
    return str(published.year - count), DatePrecision.YEAR


def _relative_unit(groups: dict[str, str], published: date) -> tuple[str, DatePrecision]:
    step = {"last": -1, "past": -1, "next": 1}.get(groups["which"].split()[0], 0)
    unit = groups["unit"]
    if unit == "week":
        return _week(published + timedelta(weeks=step)), DatePrecision.WEEK
    if unit == "month":
        months = published.year * 12 + published.month - 1 + step
        return f"{months // 12}-{months % 12 + 1:02d}", DatePrecision.MONTH
    return str(published.year + step), DatePrecision.YEAR


def _season(groups: dict[str, str], published: date) -> tuple[str, DatePrecision]:
    """ "last summer": the latest that has ended; "next summer": the first yet to begin;
    "this summer": the one nearest the publication date (under way, just past or coming)."""
    code = SEASONS[groups["season"]]
    spans = []
    for year in (published.year - 2, published.year - 1, published.year, published.year + 1):
        start = date(year, _SEASON_START[code], 1)
        end = date(year + (code == 24), (_SEASON_START[code] + 2) % 12 + 1, 1)  # exclusive
        spans.append((year, start, end))
    which = groups["which"]
    if which in ("last", "past"):
        year = max(year for year, _, end in spans if end <= published)
    elif which == "next":
        year = min(year for year, start, _ in spans if start > published)
    else:
        year = min(spans, key=lambda span: max((span[1] - published).days, (published - span[2]).days, 0))[0]
    return f"{year}-{code}", DatePrecision.SEASON


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
