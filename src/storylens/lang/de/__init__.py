"""German."""

from __future__ import annotations

from storylens.lang.base import LanguageProfile, cldr_calendar, with_forms
from storylens.lang.generic import regional_locales

PROFILE = LanguageProfile(
    code="de",
    # North German "Sonnabend" for Saturday is printed on dates and missing from CLDR.
    calendar=with_forms(cldr_calendar(*regional_locales("de")), weekdays={"sonnabend": 5}),
)
