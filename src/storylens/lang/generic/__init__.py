"""The profile of a language without a folder of its own: its calendar from CLDR (the
language and its regional variants, "de" with "de_AT"'s "Jänner"), long forms only, since
short ones ("di", "do", "mar") are words elsewhere; no word lists."""

from __future__ import annotations

from functools import lru_cache

from babel.localedata import locale_identifiers

from storylens.lang.base import LanguageProfile, cldr_calendar


def regional_locales(code: str) -> tuple[str, ...]:
    """A language's CLDR locales in its own script: "de", "de_AT", "de_CH", …"""
    if not code:
        return ()
    regional = sorted(
        name
        for name in locale_identifiers()
        if name.startswith(code + "_") and len(name.split("_")) == 2 and name.split("_")[1].isupper()
    )
    return (code, *regional)


@lru_cache(maxsize=256)
def generic_profile(code: str) -> LanguageProfile:
    """What storylens knows of any language: its calendar, read in long forms only."""
    return LanguageProfile(code=code, calendar=cldr_calendar(*regional_locales(code)))
