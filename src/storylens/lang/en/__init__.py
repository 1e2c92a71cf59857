"""English."""

from __future__ import annotations

from storylens.lang.base import LanguageProfile, cldr_calendar, with_forms

PROFILE = LanguageProfile(
    code="en",
    # CLDR's "Sep" and British "Sept"; newspapers' "Tues", "Thur" and "Thurs" are in no CLDR locale.
    calendar=with_forms(cldr_calendar("en", "en_GB"), short_weekdays={"tues": 1, "thur": 3, "thurs": 3}),
    short_dates=True,
    date_words=frozenset(
        "yesterday today tomorrow tonight morning afternoon evening night week month year".split()
    ),
)
