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

from storylens.enrich.cues import inflect
from storylens.lang.fr.event_verbs import (
    DEATH_VERBS_FR,
    FRENCH_NOUNS,
    FRENCH_VERBS,
    INACTION_NOUNS_FR,
    INACTION_PHRASES_FR,
    RESTRAINT_VERBS_FR,
    inflect_fr,
)
from storylens.records import PloverAction

ENGLISH_VERBS = """
AGREE -: agree pledge promise vow commit+to offer+to
CONSULT -: meet negotiate discuss consult confer hold+talks resume+talks convene
CONSULT visit: visit tour
CONSULT phone: phone telephone call+phone speak+phone
SUPPORT -: praise welcome endorse commend hail applaud laud defend thank congratulate support back+bid
SUPPORT -: apologize apologise forgive recognize+independence recognise+independence sign+agreement
SUPPORT -: sign+deal sign+treaty sign+accord sign+pact ratify
COOPERATE -: cooperate collaborate restore+ties restore+relations establish+ties establish+relations
COOPERATE -: normalize+ties normalise+ties normalize+relations normalise+relations resume+ties
COOPERATE -: share+intelligence share+information partner
AID -: aid donate provide+aid provide+assistance send+aid deliver+aid supply+aid fund
AID asylum: grant+asylum
RETREAT release: release free
RETREAT ease: lift+sanctions ease+sanctions lift+embargo ease+restrictions lift+restrictions
RETREAT disarm: withdraw+troops withdraw+forces pull+troops retreat disarm demobilize demobilise
CONCEDE -: concede relent yield cede
ACCUSE -: accuse blame criticize criticise condemn denounce slam decry fault rebuke allege
ACCUSE -: convict sue
ACCUSE investigate: investigate probe
REQUEST -: urge demand appeal request plead implore press+to call+on ask+to seek
REJECT -: reject refuse veto rebuff decline+to dismiss defy spurn
THREATEN -: threaten warn menace
PROTEST demo: protest demonstrate rally march picket
PROTEST boycott: boycott strike+work walk+out stage+strike go+strike
PROTEST riot: riot
PROTEST obstruct: block+road blockade+road
SANCTION withdraw: sever+ties cut+ties break+ties suspend+ties suspend+talks halt+talks downgrade
SANCTION expel: expel recall+ambassador
SANCTION discontinue: suspend+aid halt+aid cut+aid freeze+aid
MOBILIZE -: mobilize mobilise deploy
COERCE arrest: arrest detain jail imprison charge book remand nab apprehend round+up
COERCE arrest: take+custody indict prosecute put+bars send+jail lodge+jail
COERCE seize: seize confiscate occupy annex
COERCE ban: ban outlaw
COERCE curfew: impose+curfew
COERCE restrict: sanction impose+sanctions impose+embargo blockade disperse stop prevent control
COERCE restrict: intervene curb contain
COERCE deport: deport extradite
ASSAULT kill: shoot+dead gun+down kill murder lynch massacre execute slay behead
ASSAULT assassinate: assassinate
ASSAULT firearms: shoot fire+shots fire+rounds open+fire fire+air fire+at
ASSAULT crowd-control: lob+gas fire+gas burst+gas use+gas lob+shells burst+shells lathi-charge
ASSAULT crowd-control: lathicharge
ASSAULT beat: beat assault thrash torture injure wound stab
ASSAULT sexual: rape molest
ASSAULT abduct: abduct kidnap hijack
ASSAULT explosives: bomb
ASSAULT heavy-weapons: shell bombard
ASSAULT -: attack invade raid clash fight
"""

#: Nouns that report an event without a verb: "the arrests were made", "police firing".
ENGLISH_NOUNS = """
COERCE arrest: arrest arrests detention custody
COERCE curfew: curfew
CONSULT -: talks summit negotiations
PROTEST demo: protest protests demonstration demonstrations rally march
PROTEST boycott: strike boycott bandh hartal
ASSAULT firearms: firing gunfire shooting
ASSAULT heavy-weapons: airstrike airstrikes air-strike air-strikes shelling bombardment
ASSAULT explosives: bombing bombings
ASSAULT crowd-control: lathi-charge lathicharge tear-gas teargas
ASSAULT kill: killing killings murder massacre
ASSAULT -: attack attacks clash clashes raid
ACCUSE investigate: investigation probe inquiry
COERCE restrict: intervention
"""

#: Verbs of dying: a killing when the sentence gives an attack as the cause ("died in police
#: firing", "succumbed to injuries from the shelling"), else no event at all.
DEATH_VERBS = frozenset({"die", "dies", "died", "dying"} | inflect("perish") | inflect("succumb"))

#: The words for not acting, where a failure is itself the report ("police inaction").
INACTION_NOUNS = frozenset(
    {"inaction", "apathy", "indifference", "spectators", "spectator", "onlookers", "bystanders"}
    | {"inertia", "laxity", "negligence", "complacency", "dereliction"}
    | {"slackness", "sluggishness", "lethargy", "laxness"}
)
#: Set phrases for not acting: "the police stood by", "looked the other way", "was nowhere in
#: sight", "conspicuous by its absence", "allowed the mob to have its way", "gave them a free
#: hand", "played a passive role", "as policemen watched", "the police sat idle", "was
#: sluggish in responding". The one who did not act is the subject of the verb the phrase
#: hangs from.
#: Those whose watching or sitting still is a failure to act; "as the fans watched" is none.
_KEEPERS = r"(?:police\w*|cops?|constables?|officers?|troops|soldiers|forces|guards|security\s+\w+)"
INACTION_PHRASES = re.compile(
    r"\b(?:st(?:and|ands|ood|anding)\s+by\b(?!\s+(?:the|a|an|his|her|their|its|our)\b)"
    r"|look(?:s|ed|ing)?\s+the\s+other\s+way"
    r"|turn(?:s|ed|ing)?\s+a\s+blind\s+eye"
    r"|nowhere\s+(?:in\s+sight|to\s+be\s+(?:seen|found))"
    r"|conspicuous\s+by\s+(?:its|their|his|her)\s+absence"
    r"|twiddl\w*\s+(?:its|their|his|her)\s+thumbs"
    r"|(?:did|do|does|doing)\s+nothing\s+to"
    r"|allow(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}to\s+(?:have\s+(?:its|their|his|her)\s+(?:own\s+)?way"
    r"|go\s+scot[\s-]free|run\s+riot|go\s+on\s+(?:a|the)\s+rampage)"
    r"|(?:give|gives|gave|given|giving)\s+(?:[\w-]+\s+){0,3}?(?:a\s+)?free\s+(?:hand|rein|run)\b"
    r"|(?:play|plays|played|playing)\s+(?:a\s+)?passive\s+role"
    r"|(?:as|while)\s+(?:[\w-]+\s+){0,4}?" + _KEEPERS + r"\s+(?:watched|looked\s+on)(?=\s*(?:[,;.\"”]|$))"
    r"|(?:watch|look)(?:s|ed|ing)?\s+(?:on\s+)?(?:helplessly|silently|mutely|passively)"
    r"|" + _KEEPERS + r"\s+(?:sat|sit|sits|sitting)\s+(?:quietly|idle|idly|silently)"
    r"|(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:lax|sluggish|lethargic|tardy|slow)\s+(?:in|to)\s+"
    r"(?:(?:its|their|his|her)\s+)?(?:respon|act|react|interven|deploy|control|stop)\w*)",
    re.IGNORECASE,
)
#: Actions of keeping order that are reported only when not taken: "failed to act", "did not
#: take action", "refused to provide security". Said of what was done, they are too common.
RESTRAINT_VERBS = """
COERCE restrict: act react respond protect help save rescue step+in move+in take+action take+steps
COERCE restrict: take+measures provide+security provide+protection
"""
#: Verbs that turn the action they govern into a failure: "failed to stop", "refused to act".
FAILURE_VERBS = frozenset(
    inflect("fail")
    | inflect("refuse")
    | {"unable", "could", "did"}
    | inflect_fr("refuser")
    | inflect_fr("échouer")
)


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
