"""One folder per language (`en/`, `fr/`, `de/`), each building a `LanguageProfile`;
`profile_for(code)` finds it, and a language without a folder gets the `generic` profile (its
calendar from CLDR, no word lists).

Adding a language is adding a folder whose `__init__.py` defines `PROFILE`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import lru_cache

from storylens.lang.base import Calendar, LanguageProfile
from storylens.lang.generic import generic_profile

__all__ = ["Calendar", "LanguageProfile", "month_numbers", "profile_for", "weekday_numbers"]


@lru_cache(maxsize=256)
def profile_for(language: str | None) -> LanguageProfile:
    """The profile of a language tag ("en", "fr-CA", None); `generic` where no folder exists."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    if not code.isascii() or not code.isalpha() or len(code) > 3:
        return generic_profile("")
    try:
        module = importlib.import_module(f"storylens.lang.{code}")
    except ModuleNotFoundError:
        return generic_profile(code)
    profile: LanguageProfile = module.PROFILE
    return profile


def month_numbers(languages: Iterable[str], short: bool = True) -> dict[str, int]:
    """Month names of several languages, each with its number; the first language's reading
    wins a name two languages share. Short forms only of languages that print them safely."""
    return _gather(profile_for(code).printed_months(short=short) for code in languages)


def weekday_numbers(languages: Iterable[str], short: bool = True) -> dict[str, int]:
    """Weekday names of several languages (0 = Monday), as `month_numbers` gathers months."""
    return _gather(profile_for(code).printed_weekdays(short=short) for code in languages)


def _gather(tables: Iterable[dict[str, int]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for table in tables:
        for name, number in table.items():
            found.setdefault(name, number)
    return found
