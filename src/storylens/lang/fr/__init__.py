"""French."""

from __future__ import annotations

from storylens.lang.base import LanguageProfile, cldr_calendar, with_forms

PROFILE = LanguageProfile(
    code="fr",
    # "fév" is printed beside CLDR's "févr.".
    calendar=with_forms(cldr_calendar("fr"), short_months={"fév": 2}),
    short_dates=True,
    short_weekdays=False,  # "mar", "mer", "sam" are words and English months
)
