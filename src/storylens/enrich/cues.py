"""Words that attribute speech or thought to someone ("said", "told", "warned", "according
to"), as each language's profile lists them (`lang/<code>/cues.py`): speech ("say", "warn"),
writing ("write", "tweet"), thought and stance ("believe", "want", "support"), and findings
("show", "find"), since news attributes all of these to sources."""

from __future__ import annotations

from functools import cache

from storylens.lang import profile_for
from storylens.lang.en.cues import LEARNED_WORDS_FILE

__all__ = [
    "LEARNED_WORDS_FILE",
    "cue_forms",
    "learned_words",
    "source_prepositions",
    "speech_forms",
    "stance_adjectives",
]


@cache
def speech_forms(language: str) -> frozenset[str]:
    """Written forms of the verbs of saying proper, which take a whole sentence as content."""
    return profile_for(language).speech.speech


@cache
def cue_forms(language: str, learned: bool = True) -> frozenset[str]:
    """Every written form of the cue verbs of a language (lower case); empty when none, and
    with the forms learned from annotated news unless `learned` is off."""
    words = profile_for(language).speech
    return words.cues | words.learned_cues if learned else words.cues


def learned_words() -> frozenset[str]:
    """The cue forms learned from annotated news (English: PolNeAR's train split)."""
    return profile_for("en").speech.learned_cues


def stance_adjectives(language: str) -> frozenset[str]:
    """Adjectives of stance after "to be" in a language ("confident that …")."""
    return profile_for(language).speech.stance_adjectives


def source_prepositions(language: str) -> tuple[str, ...]:
    """Words that introduce a source before it in a language ("according", "selon")."""
    return profile_for(language).speech.source_prepositions
