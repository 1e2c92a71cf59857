"""Article metadata from written forms: publication dates with their precision, titles with
the site name split off, bylines and outlets."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urlsplit

from dateparser.date import DateDataParser

from storylens.lang import month_numbers, weekday_numbers
from storylens.records import DatePrecision

_TIME = r"(?:,?\s+(?:à\s+|um\s+|at\s+|-\s+|a\s+las\s+)?\d{1,2}[:h.]\d{2}(?:\s*(?:Uhr|GMT|UTC|[ap]\.?m\.?))?)?"
# Crawler text glues a date to the words beside it where the markup had no space between
# them ("Báo Quốc Tế24/05/2023", "by Jane DoeNovember 20, 2007"): a date may start right
# after a letter, a month name after a lower-case letter when the name is capitalised.
_GLUED_MONTH = r"(?<=[a-zß-ÿ])[A-ZÀ-Þ][a-zß-ÿ]{2,11}"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"),
    re.compile(r"(?<![\d./])\d{1,2}[./]\d{1,2}[./]\d{4}" + _TIME),
    # year first with slashes or dots: "2025/4/29", "2025.12.17"
    re.compile(r"(?<![\d./])\d{4}[./]\d{1,2}[./]\d{1,2}(?![\d./])"),
    re.compile(
        r"(?<!\d)\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?\d{4}" + _TIME
    ),
    re.compile(
        rf"(?:\b(?![^\W\d_]*[a-zß-ÿ][A-ZÀ-Þ])[^\W\d_]{{3,12}}|{_GLUED_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        + _TIME
    ),
    # day, month and a two-digit year between dots, standing alone: "28.09.19" (not "v2.10.19.4")
    re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2}(?![\d.])" + _TIME),
)
_DIGIT = re.compile(r"\d")
_TIME_WORDS = re.compile(r"\s+(?:à|um|at|-|a las)\s+(?=\d)|\s*Uhr\b")
_HOUR_H = re.compile(r"(\d{1,2})h(\d{2})")
_TITLE_SEPARATORS = (" | ", " – ", " — ", " :: ", " · ", " - ")
_NAME = r"[^\W\d_][\w.'’-]*(?:\s+(?:[^\W\d_][\w.'’-]*|and|und|et|y|&|de|van|von|da|le)){0,5}"
_BYLINE = re.compile(
    r"^(?:(?:written|posted|reported|words|text|story)\s+by|by|von|par|por|oleh|di|door|av|af|texte?)\s*:?\s+"
    rf"({_NAME})",
    re.IGNORECASE,
)
_BY_INSIDE = re.compile(rf"\b(?:by|von|par|por|oleh)\s+({_NAME})", re.IGNORECASE)
_NAME_BEFORE_DATE = re.compile(rf"^({_NAME})\s*(?:[—–|•·,/]|-\s)\s*\S")
_NAME_STOP = re.compile(
    r"\s+(?:on|am|le|el|il|at|in|um|for|für|pour|para|and\s+\w+\s+\(|\w*\d\w*)\b.*$", re.IGNORECASE
)
_LEAD = re.compile(r"^[\s*•·/|–—-]+")


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    return DateDataParser(
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True}
    )


def date_candidates(text: str) -> list[str]:
    """Substrings of text that are written like a full date with a year."""
    if not _DIGIT.search(text):
        return []  # every written form has a number in it
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        found.extend((m.start(), m.group(0)) for m in pattern.finditer(text))
    return [s for _, s in sorted(found)]


@lru_cache(maxsize=8192)
def parse_date(candidate: str) -> tuple[str, DatePrecision] | None:
    """ISO 8601 form and precision of one written date, or None if it is not a plausible one
    (remembered: a page's date lines are read by several rules and models, and a site prints
    the same dates on many pages; dateparser takes milliseconds for each)."""
    cleaned = _HOUR_H.sub(r"\1:\2", _TIME_WORDS.sub(" ", candidate)).strip(" ,")
    data = _parser().get_date_data(cleaned)
    when = data.date_obj
    if when is None or not 1990 <= when.year <= date.today().year + 1:
        return None
    if data.period in ("time", "day"):
        has_time = data.period == "time" and (when.hour or when.minute)
        return (when.isoformat() if has_time else when.date().isoformat()), DatePrecision.DAY
    if data.period == "month":
        return f"{when.year:04d}-{when.month:02d}", DatePrecision.MONTH
    return f"{when.year:04d}", DatePrecision.YEAR


def find_date(text: str) -> tuple[str, DatePrecision] | None:
    """The first plausible full date written in text."""
    for candidate in date_candidates(text):
        parsed = parse_date(candidate)
        if parsed:
            return parsed
    return None


def parse_given_date(value: str) -> tuple[str, DatePrecision] | None:
    """A date given as a field (JSONL, feed entry, HTML metadata): ISO first, then any form."""
    value = value.strip()
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        if len(value) <= 10:
            return when.date().isoformat(), DatePrecision.DAY
        return when.isoformat(), DatePrecision.DAY
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value, DatePrecision.MONTH
    if re.fullmatch(r"\d{4}", value):
        return value, DatePrecision.YEAR
    return find_date(value) or _parse_whole(value)


def _parse_whole(value: str) -> tuple[str, DatePrecision] | None:
    if not re.search(r"\d{4}", value):
        return None  # never invent a year
    return parse_date(value)


def split_title(line: str) -> tuple[str, str | None]:
    """Split 'Headline | Outlet' into headline and outlet when the tail looks like a site name."""
    for separator in _TITLE_SEPARATORS:
        if separator in line:
            head, tail = line.rsplit(separator, 1)
            if len(head.split()) >= 3 and 1 <= len(tail.split()) <= 5 and not tail.endswith("."):
                return head.strip(), tail.strip()
    return line.strip(), None


#: When a post went up, written after its author's name without a year: "on Mar 17",
#: "1 day ago", "• 8h".
_WHEN_WITHOUT_YEAR = (
    r"(?:on\s+[^\W\d_]{3,9}\.?\s+\d{1,2}(?!\d*\s*,?\s*\d{4})"
    r"|\d{1,2}\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
    # "vor 2 Stunden", "před 2 hodinami", "il y a 3 jours", "hace 2 horas", "há 5 horas"
    r"|(?:vor|před|il y a|hace|há)\s+\d{1,2}\s+[^\W\d_]+"
    # "2 ore fa", "3 uur geleden", "2 godziny temu", "4 timmar sedan"
    r"|\d{1,2}\s+[^\W\d_]+\s+(?:fa|geleden|temu|sedan|siden)\b"
    r"|[•·|]\s*\d{1,2}\s*[mhd]\b)"
)
_NAME_BEFORE_WHEN = re.compile(rf"^([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){{1,2}})\s+{_WHEN_WITHOUT_YEAR}")


#: Words that open "Updated 2 days ago" and its kin: no name.
_POSTED = frozenset({"updated", "posted", "published", "edited", "modified", "aktualisiert", "publié", "mis"})


def timed_name(line: str, function_words: frozenset[str]) -> str | None:
    """The author of a line that is two or three capitalised name words and when the post went
    up ("Jane Doe on Mar 17", "Jane Doe 1 day ago", "Jane Doe • 8h"); no function words and no
    month or weekday among them ("Last Updated 2 days ago" names nobody)."""
    match = _NAME_BEFORE_WHEN.match(_LEAD.sub("", line.strip()))
    if match is None:
        return None
    words = match.group(1).split()
    if not all(word[:1].isupper() and not _is_calendar_word(word) for word in words):
        return None
    if any(word.casefold() in function_words or word.casefold() in _POSTED for word in words):
        return None
    return match.group(1)


def starts_byline(line: str) -> bool:
    """Whether the line opens like a byline: "By …", "Von …", "Posted by …"."""
    return _BYLINE.match(_LEAD.sub("", line.strip())) is not None


def undated(line: str) -> str:
    """The line without the dates written in it."""
    for candidate in date_candidates(line):
        line = line.replace(candidate, " ")
    return line


def parse_byline(line: str, dated: bool = False) -> str | None:
    """The author named by a byline line, else None.

    'By Jane Doe', 'Von Jana Oberkirch', 'Posted by Jane Doe on May 3, 2024'; when the line
    also holds a date (`dated`), 'Jane Doe — Apr 16, 2015' and '… 2015 by Jane Doe' too.
    """
    text = _LEAD.sub("", line.strip())
    match = _BYLINE.match(text) or (_BY_INSIDE.search(text) if dated else None)
    cued = match is not None
    if match is None and dated:
        match = _NAME_BEFORE_DATE.match(text)
    if not match:
        return None
    words = _NAME_STOP.sub("", match.group(1)).strip(" .,;:-").split()
    if not words or not words[0][:1].isupper():
        return None
    named = [words[0], *_name_run(words[1:])]  # "By May Jones": a first name
    while named and named[-1].casefold() in _NAME_JOINERS:
        named.pop()
    # the whole run is a name, or two or more name words before what is plainly no name
    # ("By Gina Roberts-Grey eHow Contributor", "By JANE DOE March 11, 2015"); with no "By",
    # only the whole run or the run and the date's weekday ("Jane Doe — Apr 16, 2015", "Ana
    # Vidal miércoles, 4 de mayo de 2022"; not a caption's "A Nepali man prays, …")
    rest = words[len(named) :]
    if not 1 <= len(named) <= 5:
        return None
    if rest and (len(named) < 2 or not (cued or all(_is_calendar_word(word) for word in rest))):
        return None
    if all(_is_calendar_word(word) for word in named):
        return None  # "Sunday, May 3, 2015" is a date, not "Sunday" writing
    return _AUTHORS_JOINED.sub("; ", " ".join(named).strip(" .,;:-"))


#: "and" between two authors' names: a byline names each author once, "; " between them, as
#: HTML metadata lists them ("Jana Oberkirch; Ole Brandt").
_AUTHORS_JOINED = re.compile(r"\s+(?:and|und|et|y|&)\s+", re.IGNORECASE)


def _name_run(words: list[str]) -> list[str]:
    """The name words that open `words`; a month or weekday among them is a name when a name
    word follows it ("Laura June Topolsky"), a date when a number or nothing does."""
    run: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if _is_name_word(word) or (
            word[:1].isupper() and _is_name_word(following) and following.casefold() not in _NAME_JOINERS
        ):
            run.append(word)
        else:
            break
    return run


def _is_name_word(word: str) -> bool:
    """A capitalised word that is no month or weekday, or a joiner ("de", "and")."""
    return (word[:1].isupper() and not _is_calendar_word(word)) or word.casefold() in _NAME_JOINERS


def _is_calendar_word(word: str) -> bool:
    return word.strip(".,").casefold() in _CALENDAR_WORDS


_NAME_JOINERS = frozenset({"and", "und", "et", "y", "&", "de", "van", "von", "da", "le"})
#: Month and day names in the languages of the date patterns end a name, and are no name
#: alone: "By JANE DOE March 11, 2015", "Donnerstag, 12. Mai 2016". Short forms only of
#: English months: "Sun" and "Mar" also open names and sentences.
_CALENDAR_WORDS = frozenset(
    {
        *month_numbers(("en",)),
        *month_numbers(("de", "fr", "es"), short=False),
        *weekday_numbers(("en", "de", "fr", "es"), short=False),
    }
)


def outlet_from_url(url: str | None) -> str | None:
    """The site's domain, without 'www.', as the outlet of last resort."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
