"""The dates an English text mentions, in the forms `text/dates.py` resolves: "May 12th",
"12 May 2025", "three days ago", "last Tuesday", "earlier this month", "last summer", "in
March". Month and weekday names come from CLDR (`lang/en`); the patterns carry the group names
the resolver reads, as the French ones (`lang/fr/dates.py`) do.
"""

from __future__ import annotations

import re

from storylens.lang.en import PROFILE

#: English month and weekday names, long and short.
MONTHS = PROFILE.printed_months()
WEEKDAYS = PROFILE.printed_weekdays()
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_NUMBER = r"(?P<count>\d{1,3}|" + "|".join(NUMBERS) + ")"

# Order matters: a longer form is tried before the forms it contains.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"),
    ("month_day", _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?"),
    ("day_month", _DAY + r"(?:\s+of)?\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?"),
    ("month_year", _MONTH + r",?\s+" + _YEAR),
    ("ago", _NUMBER + r"\s+(?P<unit>day|week|month|year)s?\s+ago"),
    ("relative_day", r"(?P<word>today|tonight|yesterday|tomorrow|last\s+night"
     r"|this\s+(?:morning|afternoon|evening))"),
    ("weekday", r"(?:(?P<which>last|next|this|on|this\s+past|on\s+the\s+previous)\s+)?" + _WEEKDAY
     + r"(?:\s+(?:morning|afternoon|evening|night))?"),
    ("relative_unit", r"(?P<which>(?:earlier|later)\s+this|this|last|next|past)\s+(?P<unit>week|month|year)"),
    ("season", r"(?P<which>last|next|this|past)\s+(?P<season>spring|summer|autumn|fall|winter)"),
    ("season_year", r"(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + _YEAR),
    ("in_month", r"(?:in|since|by|until|early|late|mid-?)\s+" + _MONTH + r"(?![\w-])"),
    ("in_year", r"(?:in|since|by|until|of|during|early|late|mid-?)\s+" + _YEAR),
)  # fmt: skip
#: A sentence about the future ("will", "is due to", "plans to").
FUTURE = re.compile(
    r"\b(?:will|shall|would|'ll|is\s+due|are\s+due|(?:is|are)\s+(?:expected|scheduled|set|going)\s+to|"
    r"plans?\s+to|planning\s+to|to\s+be\s+held|upcoming)\b",
    re.IGNORECASE,
)
#: A sentence in the past.
PAST = re.compile(r"\b(?:was|were|had|did|\w{2,}ed)\b", re.IGNORECASE)
