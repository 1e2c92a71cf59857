"""What storylens knows of one language, as one typed record: its calendar words (from the
Unicode CLDR through Babel, never typed by hand) and the word lists its stages read.

A language folder (`lang/en/`, `lang/fr/`) builds one `LanguageProfile`; `profile_for` finds
it by code. A language without a folder still gets its calendar from CLDR (`generic`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from babel import Locale, UnknownLocaleError

_EMPTY: Mapping[str, int] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Calendar:
    """A language's month and weekday names, lower case, each with its number.

    Months count from 1 (January), weekdays from 0 (Monday), as `datetime` does. The long
    names are the CLDR "wide" forms; `short_months` and `short_weekdays` the "abbreviated"
    ones without their full stop ("janv." is read as "janv"), where they differ from the long.
    """

    months: Mapping[str, int] = field(default_factory=dict)
    weekdays: Mapping[str, int] = field(default_factory=dict)
    short_months: Mapping[str, int] = field(default_factory=dict)
    short_weekdays: Mapping[str, int] = field(default_factory=dict)

    def all_months(self) -> dict[str, int]:
        """Long and short month names."""
        return {**self.months, **self.short_months}

    def all_weekdays(self) -> dict[str, int]:
        """Long and short weekday names."""
        return {**self.weekdays, **self.short_weekdays}


@dataclass(frozen=True, slots=True)
class SpeechWords:
    """The words that attribute speech or thought to a source, all in their written forms."""

    #: Cue verbs ("said", "warned", "believes"), from the folder's hand lists.
    cues: frozenset[str] = frozenset()
    #: Cue forms learned from annotated news that the hand lists lack.
    learned_cues: frozenset[str] = frozenset()
    #: Verbs of saying proper, which take a whole sentence as what was said.
    speech: frozenset[str] = frozenset()
    #: Adjectives of stance after "to be" ("confident that", "critical of").
    stance_adjectives: frozenset[str] = frozenset()
    #: Words that introduce a source before it ("according to", "selon").
    source_prepositions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pronouns:
    """The pronouns a source may be written as, and the words that mark a person's gender."""

    #: Personal pronouns of a person, each with the gender it names ("m", "f").
    person: Mapping[str, str] = field(default_factory=dict)
    #: Pronouns of a group or an organisation ("they").
    group: frozenset[str] = frozenset()
    #: Relative pronouns that hang from the noun they stand for ("who").
    relative: frozenset[str] = frozenset()
    #: First-person pronouns: inside a quote, the speaker the quote's own source names.
    first_person: frozenset[str] = frozenset()
    #: Titles and role words that say a person's gender ("Mrs", "spokesman").
    gender_marks: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """One language's knowledge, as the stages ask for it."""

    code: str
    calendar: Calendar = field(default_factory=Calendar)
    #: Whether this language's short month names ("Jan", "janv.") are read in dates: only a
    #: folder that knows they are no common words of its own or of another language says so.
    short_dates: bool = False
    #: Whether its short weekday names ("Mon", "Thurs") are read too.
    short_weekdays: bool = True
    #: Words of time that are no names, beyond the calendar ("yesterday", "week").
    date_words: frozenset[str] = frozenset()
    speech: SpeechWords = field(default_factory=SpeechWords)
    pronouns: Pronouns = field(default_factory=Pronouns)

    def printed_months(self, short: bool = True) -> dict[str, int]:
        """The month names read in this language's dates (long, and short where safe)."""
        if short and self.short_dates:
            return self.calendar.all_months()
        return dict(self.calendar.months)

    def printed_weekdays(self, short: bool = True) -> dict[str, int]:
        """The weekday names read in this language's dates (long, and short where safe)."""
        if short and self.short_dates and self.short_weekdays:
            return self.calendar.all_weekdays()
        return dict(self.calendar.weekdays)


def _names(locales: list[Locale], table: str, width: str) -> dict[str, int]:
    """Lower-case names of one CLDR table ("months", "days") at one width, in the format and
    the stand-alone contexts, without a closing full stop, numbered as Babel numbers them."""
    found: dict[str, int] = {}
    for locale in locales:
        names = locale.months if table == "months" else locale.days
        for context in ("format", "stand-alone"):
            for number, name in names[context][width].items():
                found.setdefault(name.casefold().rstrip("."), number)
    return found


@lru_cache(maxsize=64)
def cldr_calendar(*locales: str) -> Calendar:
    """The month and weekday names CLDR gives the locales ("en", "en_GB"); an unknown locale
    adds nothing."""
    parsed = []
    for code in locales:
        try:
            parsed.append(Locale.parse(code))
        except (UnknownLocaleError, ValueError):
            continue
    months = _names(parsed, "months", "wide")
    days = _names(parsed, "days", "wide")
    short_months = _names(parsed, "months", "abbreviated")
    short_days = _names(parsed, "days", "abbreviated")
    return Calendar(
        months=MappingProxyType(months),
        weekdays=MappingProxyType(days),
        short_months=MappingProxyType({k: v for k, v in short_months.items() if k not in months}),
        short_weekdays=MappingProxyType({k: v for k, v in short_days.items() if k not in days}),
    )


def with_forms(
    calendar: Calendar,
    *,
    weekdays: Mapping[str, int] = _EMPTY,
    short_months: Mapping[str, int] = _EMPTY,
    short_weekdays: Mapping[str, int] = _EMPTY,
) -> Calendar:
    """A CLDR calendar with forms that newspapers print and CLDR lacks ("Thurs", "Sonnabend")."""
    return Calendar(
        months=calendar.months,
        weekdays=MappingProxyType({**calendar.weekdays, **weekdays}),
        short_months=MappingProxyType({**calendar.short_months, **short_months}),
        short_weekdays=MappingProxyType({**calendar.short_weekdays, **short_weekdays}),
    )


def fold_accents(word: str) -> str:
    """A word without its diacritics, as crawled text and keyboards often write it ("aout")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
