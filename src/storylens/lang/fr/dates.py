"""The dates a French text mentions, in the forms `text/dates.py` resolves: "mardi dernier", "hier",
"le 12 mai", "1er juillet 2025", "il y a trois jours", "la semaine dernière", "l'été
dernier", "en mars".

The patterns carry the same group names as the English ones, and each French word they
capture is read as its English counterpart (`ENGLISH_OF`), so one resolver serves both.
"""

from __future__ import annotations

import re

from storylens.lang.base import cldr_calendar, fold_accents


def _as_english(french: dict[str, int], english: dict[str, int]) -> dict[str, str]:
    """Each French calendar name, with and without its accents, as the English one."""
    name_of = {number: name for name, number in english.items()}
    return {form: name_of[number] for name, number in french.items() for form in (name, fold_accents(name))}


_FRENCH = cldr_calendar("fr")
_ENGLISH = cldr_calendar("en")
_MONTHS = _as_english(dict(_FRENCH.months), dict(_ENGLISH.months))
_WEEKDAYS = _as_english(dict(_FRENCH.weekdays), dict(_ENGLISH.weekdays))
_SEASONS = {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"}
_UNITS = {
    "jour": "day",
    "jours": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
}
_LAST_OR_NEXT = {
    "dernier": "last",
    "dernière": "last",
    "passé": "last",
    "passée": "last",
    "prochain": "next",
    "prochaine": "next",
}
_THIS = {"ce": "this", "cet": "this", "cette": "this"}
_NUMBERS = {
    "un": "one",
    "une": "one",
    "deux": "two",
    "trois": "three",
    "quatre": "four",
    "cinq": "five",
    "six": "six",
    "sept": "seven",
    "huit": "eight",
    "neuf": "nine",
    "dix": "ten",
    "onze": "eleven",
    "douze": "twelve",
}
_RELATIVE_DAYS = {
    "aujourd'hui": "today",
    "aujourd’hui": "today",
    "hier": "yesterday",
    "hier soir": "last night",
    "demain": "tomorrow",
    "ce matin": "this morning",
    "cet après-midi": "this afternoon",
    "ce soir": "tonight",
}

#: Each French word a pattern captures, as the English resolver knows it.
ENGLISH_OF: dict[str, str] = {
    **_MONTHS,
    **_WEEKDAYS,
    **_SEASONS,
    **_UNITS,
    **_LAST_OR_NEXT,
    **_THIS,
    **_NUMBERS,
    **_RELATIVE_DAYS,
}


def _any(words: dict[str, str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MONTH = rf"(?P<month>{_any(_MONTHS)})"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:er)?"
_NEXT_OR_LAST = rf"(?P<which>{_any(_LAST_OR_NEXT)})"

# Order matters, as in `timex`: a longer form before the forms it contains.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"),
    ("day_month", _DAY + r"\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?"),
    ("month_year", _MONTH + r"\s+(?:de\s+)?" + _YEAR),
    ("ago", rf"il\s+y\s+a\s+(?P<count>\d{{1,3}}|{_any(_NUMBERS)})\s+(?P<unit>{_any(_UNITS)})"),
    ("relative_day", rf"(?P<word>{_any(_RELATIVE_DAYS)})"),
    ("weekday", rf"(?:(?P<this>ce)\s+)?(?P<weekday>{_any(_WEEKDAYS)})(?:\s+{_NEXT_OR_LAST})?"),
    (
        "relative_unit",
        rf"(?:(?P<this>cette|ce)|la|le|l['’])\s*(?P<unit>semaine|mois|année|an)(?:-ci)?(?:\s+{_NEXT_OR_LAST})?",
    ),
    ("season", rf"(?:(?P<this>cet|ce)|l['’]|le)\s*(?P<season>{_any(_SEASONS)})(?:\s+{_NEXT_OR_LAST})?"),
    ("season_year", rf"(?P<season>{_any(_SEASONS)})\s+" + _YEAR),
    ("in_month", r"(?:en|depuis|d[ée]but|fin|mi-?)\s+" + _MONTH + r"(?![\w-])"),
    ("in_year", r"(?:en|depuis|d[ée]but|fin)\s+" + _YEAR),
)

#: A sentence about the future (simple future, "va", "doit", "prévu").
FUTURE = re.compile(r"\b(?:\w{3,}(?:ra|ront|rons)|va|vont|doit|doivent|prévue?s?)\b", re.IGNORECASE)
#: A sentence in the past (passé composé, imparfait of "être" and "avoir").
PAST = re.compile(r"\b(?:a|ont|avait|avaient|était|étaient)\s+\w+", re.IGNORECASE)


def as_english(groups: dict[str, str]) -> dict[str, str]:
    """A French match's groups in the English resolver's words: "this" from "ce"/"cette" or
    the trailing "dernier"/"prochain"; a bare "la semaine" has no `which` and is not resolved."""
    read = {key: ENGLISH_OF.get(value, value) for key, value in groups.items() if key != "this"}
    if "which" not in read and "this" in groups:
        read["which"] = "this"
    return read
