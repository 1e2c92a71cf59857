"""French."""

from __future__ import annotations

from storylens.lang.base import LanguageProfile, Pronouns, SpeechWords, cldr_calendar, with_forms
from storylens.lang.fr import cues

PROFILE = LanguageProfile(
    code="fr",
    # "fév" is printed beside CLDR's "févr.".
    calendar=with_forms(cldr_calendar("fr"), short_months={"fév": 2}),
    short_dates=True,
    short_weekdays=False,  # "mar", "mer", "sam" are words and English months
    speech=SpeechWords(
        cues=frozenset(cues.CUE_FORMS),
        speech=frozenset(cues.CUE_FORMS),  # every French cue is read as a verb of saying
        source_prepositions=cues.SOURCE_PREPOSITIONS,
    ),
    pronouns=Pronouns(
        person={"il": "m", "elle": "f"},
        group=frozenset({"ils", "elles"}),
        relative=frozenset({"qui"}),
        first_person=frozenset({"je", "nous", "j'"}),
        gender_marks={"m": "m", "monsieur": "m", "mme": "f", "madame": "f"},
    ),
)
