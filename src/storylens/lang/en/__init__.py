"""English."""

from __future__ import annotations

from storylens.lang.base import LanguageProfile, Pronouns, SpeechWords, cldr_calendar, with_forms
from storylens.lang.en import cues
from storylens.lang.en.inflection import inflect

#: Titles and role words that say a person is a man or a woman.
_MALE = "mr sir lord king prince spokesman chairman congressman husband father son"
_FEMALE = "mrs ms miss dame lady queen princess spokeswoman chairwoman congresswoman wife mother daughter"

PROFILE = LanguageProfile(
    code="en",
    # CLDR's "Sep" and British "Sept"; newspapers' "Tues", "Thur" and "Thurs" are in no CLDR locale.
    calendar=with_forms(cldr_calendar("en", "en_GB"), short_weekdays={"tues": 1, "thur": 3, "thurs": 3}),
    short_dates=True,
    date_words=frozenset(
        "yesterday today tomorrow tonight morning afternoon evening night week month year".split()
    ),
    speech=SpeechWords(
        cues=frozenset(form for verb in cues.CUE_VERBS for form in inflect(verb)),
        learned_cues=cues.learned_words(),
        speech=frozenset(form for verb in cues.SPEECH_VERBS for form in inflect(verb)),
        stance_adjectives=cues.STANCE_ADJECTIVES,
        source_prepositions=cues.SOURCE_PREPOSITIONS,
    ),
    pronouns=Pronouns(
        person={"he": "m", "him": "m", "she": "f", "her": "f"},
        group=frozenset({"they", "them"}),
        relative=frozenset({"who", "which", "that"}),
        first_person=frozenset({"i", "we", "me", "us"}),
        gender_marks={**dict.fromkeys(_MALE.split(), "m"), **dict.fromkeys(_FEMALE.split(), "f")},
    ),
)
