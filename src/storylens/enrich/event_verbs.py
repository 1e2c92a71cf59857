"""The words that report an action between actors, typed with PLOVER (the Political
Language Ontology for Verifiable Event Records, 2021 draft): its sixteen event types and, where
it names one, the mode ("arrest", "visit", "firearms").

Each line reads `TYPE mode: entry entry …`; a mode of "-" means none. An entry is a verb
("meet") or a verb and a word its object or particle must hold ("restore+ties",
"open+fire"). Verbs are inflected by rule, as the quote cues are. Nouns that report an
event by themselves ("arrests", "talks", "firing") are listed apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from storylens.lang.en.event_verbs import (
    DEATH_VERBS,
    ENGLISH_NOUNS,
    ENGLISH_VERBS,
    INACTION_NOUNS,
    INACTION_PHRASES,
    RESTRAINT_VERBS,
)
from storylens.lang.en.event_verbs import FAILURE_VERBS as FAILURE_VERBS_EN
from storylens.lang.en.inflection import inflect
from storylens.lang.fr.event_verbs import (
    DEATH_VERBS_FR,
    FAILURE_VERBS_FR,
    FRENCH_NOUNS,
    FRENCH_VERBS,
    INACTION_NOUNS_FR,
    INACTION_PHRASES_FR,
    RESTRAINT_VERBS_FR,
    inflect_fr,
)
from storylens.records import PloverAction

#: Words that turn the action they govern into a failure: "failed to stop", "refused to act".
FAILURE_VERBS = FAILURE_VERBS_EN | FAILURE_VERBS_FR


@dataclass(frozen=True, slots=True)
class Trigger:
    """One way a word can report an event: its type and mode, the word its object must hold,
    if any, and whether the word itself says the action was not taken ("inaction")."""

    type: PloverAction
    mode: str | None
    needs: str | None = None
    failed: bool = False


#: What a word of inaction reports: the restraint that was not exercised.
INACTION = Trigger(PloverAction.COERCE, "restrict", failed=True)
#: What a death caused by an attack reports.
KILLING = Trigger(PloverAction.ASSAULT, "kill")


#: The languages whose event words storylens knows, and their tables and verb inflector.
EVENT_TABLES: dict[str, tuple[str, str, Callable[[str], set[str]]]] = {
    "en": (ENGLISH_VERBS, ENGLISH_NOUNS, inflect),
    "fr": (FRENCH_VERBS, FRENCH_NOUNS, inflect_fr),
}


@cache
def verb_triggers(language: str = "en") -> dict[str, tuple[Trigger, ...]]:
    """Every written form of a language's event verbs (lower case) and the triggers it may be;
    empty for a language storylens has no event words for."""
    if language not in EVENT_TABLES:
        return {}
    verbs, _, inflector = EVENT_TABLES[language]
    return _verb_forms(verbs, inflector)


@cache
def restraint_triggers(language: str = "en") -> dict[str, tuple[Trigger, ...]]:
    """Written forms of the restraint verbs, like verb_triggers (they count only where failed)."""
    if language == "fr":
        return _verb_forms(RESTRAINT_VERBS_FR, inflect_fr)
    return _verb_forms(RESTRAINT_VERBS, inflect) if language == "en" else {}


_INACTION_NOUNS = {"en": INACTION_NOUNS, "fr": INACTION_NOUNS_FR}
_INACTION_PHRASES = {"en": INACTION_PHRASES, "fr": INACTION_PHRASES_FR}


_DEATH_VERBS = {"en": DEATH_VERBS, "fr": DEATH_VERBS_FR}


def death_verbs(language: str = "en") -> frozenset[str]:
    """The written forms of dying in a language ("died", "sont morts")."""
    return _DEATH_VERBS.get(language, frozenset())


def inaction_nouns(language: str = "en") -> frozenset[str]:
    """The nouns of not acting in a language ("inaction", "passivité")."""
    return _INACTION_NOUNS.get(language, frozenset())


def inaction_phrases(language: str = "en") -> re.Pattern[str] | None:
    """The set phrases of not acting in a language ("stood by", "les bras croisés")."""
    return _INACTION_PHRASES.get(language)


def _verb_forms(table: str, inflector: Callable[[str], set[str]]) -> dict[str, tuple[Trigger, ...]]:
    found: dict[str, list[Trigger]] = {}
    for type_, mode, entry in _entries(table):
        verb, _, needs = entry.partition("+")
        trigger = Trigger(PloverAction(type_), mode, needs or None)
        for form in inflector(verb):
            found.setdefault(form, []).append(trigger)
    # a verb with objects named is tried before its bare form
    return {form: tuple(sorted(triggers, key=lambda t: t.needs is None)) for form, triggers in found.items()}


@cache
def trigger_words(language: str = "en") -> frozenset[str]:
    """Every word (lower case) that may trigger an event in a language, of every kind."""
    return frozenset(
        {*verb_triggers(language), *noun_triggers(language), *restraint_triggers(language)}
        | death_verbs(language)
        | inaction_nouns(language)
    )


@cache
def noun_triggers(language: str = "en") -> dict[str, Trigger]:
    if language not in EVENT_TABLES:
        return {}
    return {
        noun: Trigger(PloverAction(type_), mode) for type_, mode, noun in _entries(EVENT_TABLES[language][1])
    }


def _entries(table: str) -> list[tuple[str, str | None, str]]:
    rows: list[tuple[str, str | None, str]] = []
    for line in table.strip().splitlines():
        head, _, words = line.partition(":")
        type_, mode = head.split()
        rows.extend((type_, None if mode == "-" else mode, word) for word in words.split())
    return rows


def may_report_event(sentence: str, language: str = "en") -> bool:
    """Whether a sentence holds an event word, so it is worth a dependency parse."""
    verbs, nouns = verb_triggers(language), noun_triggers(language)
    words = _FILTER_WORD.findall(sentence.lower())
    if any(word in verbs or word in nouns for word in words):
        return True
    if any(word in inaction_nouns(language) for word in words):
        return True
    restraints = restraint_triggers(language)
    if any(word in restraints for word in words) and any(word in _NEGATIONS for word in words):
        return True
    phrases = inaction_phrases(language)
    return bool(phrases and phrases.search(sentence))


#: Words as the sentence filter reads them: "l'attaque" gives "attaque", "didn't" stays whole.
_FILTER_WORD = re.compile(r"(?:[^\W\d_]+['’](?=[^\W\d_]{2}))?([\w'-]+)")
_NEGATIONS = FAILURE_VERBS | {"not", "never", "no", "n't", "didn't", "couldn't", "wouldn't", "won't"}
_NEGATIONS |= {"pas", "jamais", "ni"}  # French: "n'a pas réagi" (the filter drops the "n'")
