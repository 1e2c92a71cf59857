"""Whether an event word reports something done: an action not taken, or one only spoken of.

An action is *failed* when the text says it was not taken: "did not intervene", "failed to
stop", "refused to release", "could not control", "nobody was arrested", "no arrests were
made". It is *hypothetical* when the text speaks of it without reporting it done: as possible
or wished ("would be arrested", "may be put under house arrest", "is likely to take him into
custody", "tried to arrest"), as a condition ("if there is any firing"), as a purpose or an
instruction ("instructions to detain"), or as what someone asks for ("demanded the arrest of
its leaders", "the possibility of his arrest"). Timelines and counts of what happened leave
hypothetical events out; the events themselves are kept, marked, with their evidence.

"will", "shall", "is about to" and "is set to" tell what is planned and scheduled ("will visit
Beijing next week"): such events stay. French reads the conditional mood ("serait arrêté",
"pourrait être arrêté") and "si", "pour" and "afin de" the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storylens.enrich.event_parties import PASSIVE_SUBJECTS, SUBJECTS
from storylens.enrich.event_verbs import FAILURE_VERBS
from storylens.lang.en.inflection import inflect
from storylens.lang.fr.event_verbs import inflect_fr

if TYPE_CHECKING:
    from spacy.tokens import Token


def _forms(*verbs: str) -> set[str]:
    """Every written form of these English verbs."""
    return {form for verb in verbs for form in inflect(verb)}


#: Adverbs that negate a verb in Universal Dependencies: French "ne … pas", "ne … jamais".
_NEGATION_ADVERBS = frozenset({"pas", "jamais", "point"})
#: Verbs of being able: negated, the action they govern failed ("n'a pas pu arrêter").
_MODALS = frozenset({"pu", "peut", "peuvent", "pouvait", "pouvaient", "pourra", "pourront", "put"})
#: Words that deny a party: "nobody was arrested", "no arrests were made", "aucune arrestation".
_NO_ONE = frozenset({"nobody", "none", "noone"})
_NO = frozenset({"no", "aucun", "aucune"})
#: Modal verbs that make an action possible, wished or owed rather than done.
_UNREAL_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "ought", "'d"})
#: Modals of ability: negated, they report what could not be done.
_ABILITY = frozenset({"could", "can", "ca"})
#: Words whose infinitive is not (yet) done: "is likely to arrest", "plans to detain", "tried
#: to arrest". Not here: what reports it done ("managed to", "went on to", "began to") and what
#: schedules it, as "will" does ("is about to", "is going to", "is set to", "is due to").
_UNREAL_HEADS = frozenset(
    {"likely", "unlikely", "ready", "supposed", "expected"}
    | _forms("plan", "intend", "want", "wish", "hope", "seek", "try", "attempt", "aim")
    | _forms("need", "prepare", "propose", "threaten")
)
#: Verbs whose object is an action asked for: "demanded the arrest of", "called for the arrest".
_ASKING = frozenset(
    _forms("demand", "seek", "urge", "want", "ask", "call", "press", "recommend")
    | {form for verb in ("exiger", "réclamer", "demander") for form in inflect_fr(verb)}
)
#: Nouns whose "of" or "for" phrase is an action only spoken of: "the possibility of his arrest",
#: "a warrant for his arrest", "fears of a crackdown".
_SPOKEN_OF = frozenset(
    {"possibility", "prospect", "likelihood", "threat", "threats", "fear", "fears", "risk", "danger"}
    | {"demand", "demands", "call", "calls", "warrant", "warrants", "plan", "plans"}
)
#: Verbs that carry an event noun without adding an action of their own: "arrests were made",
#: "there is any firing".
_LIGHT = frozenset(
    _forms("make", "carry", "conduct", "effect", "happen", "occur")
    | {"made", "occurred", "occurring", "be", "is", "are", "was", "were", "been", "being", "'s", "'re"}
)
#: Prepositions through which a verb carries an event noun: "put under house arrest", "take
#: into custody", "held in custody".
_SUPPORT_PREPOSITIONS = frozenset({"into", "under", "in"})
#: Subordinators of a condition or a purpose: "if there is any firing", "pour arrêter".
_CONDITIONS = frozenset({"if", "unless", "lest", "whether", "si", "s'", "pour", "afin"})
#: Links a noun passes on its way to the verb or noun it belongs to: "a ban and (the) arrest".
_NOUN_LINKS = frozenset({"conj", "appos"})
#: How an event noun hangs from a light verb: "arrests were made", "made arrests", "there is firing".
_CARRIED = frozenset({*SUBJECTS, *PASSIVE_SUBJECTS, "dobj", "obj", "attr"})


def failed(verb: Token) -> bool:
    """ "did not intervene", "failed to stop", "refused to release", "could not control", "were
    not able to arrest", "nobody was arrested"."""
    if _negated(verb) or _denied_subject(verb):
        return True
    head = verb.head
    if verb.dep_ == "conj" and head.i != verb.i and not _own_clause(verb):
        return failed(head)  # "failed to take measures and control the situation"
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.lower_ == "able":  # "have not been able to arrest"
        return _negated(head) or _negated(head.head)
    if head.lower_ in _MODALS:  # "n'a pas pu arrêter"
        return _negated(head)
    return head.lower_ in FAILURE_VERBS


def noun_failed(noun: Token) -> bool:
    """ "no arrests were made", "police made no arrest", "the arrests were not made"."""
    if any(child.dep_ == "det" and child.lower_ in _NO for child in noun.children):
        return True
    verb = _light_verb(noun)
    return verb is not None and (_negated(verb) or _denied_subject(verb))


def hypothetical(token: Token, as_verb: bool) -> bool:
    """Whether an event word speaks of its action without reporting it done."""
    if as_verb:
        return _unreal_clause(token)
    noun = _noun_head(token)
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lower_ in _ASKING:
        return True  # "demanded the arrest of its leaders"
    if noun.dep_ == "pobj" and head.head.i != head.i:
        owner = head.head
        if head.lower_ == "for" and owner.lower_ in _ASKING:
            return True  # "called for the arrest of"
        if head.lower_ in ("of", "for") and owner.lower_ in _SPOKEN_OF:
            return True  # "the possibility of his arrest"
        if head.lower_ in _SUPPORT_PREPOSITIONS:
            return _unreal_clause(owner)  # "may put them under house arrest"
    verb = _light_verb(token)
    return verb is not None and _unreal_clause(verb)


def _unreal_clause(verb: Token) -> bool:
    """A verb said with a modal of possibility, in a condition, as a purpose or an instruction,
    or as the infinitive of a wish or a try (and so on up one governing verb)."""
    for _ in range(3):
        if _unreal_here(verb):
            return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        if verb.dep_ == "xcomp" and verb.head.lower_ in _UNREAL_HEADS:
            return True  # "is likely to take him into custody", "tried to arrest"
        verb = verb.head
    return False


def _unreal_here(verb: Token) -> bool:
    negated = _negated(verb)
    for child in verb.children:
        if child.dep_.startswith("aux") and negated and child.lower_ in _ABILITY:
            continue  # "could not control the mob" reports a failure, not a possibility
        if child.dep_.startswith("aux") and (child.lower_ in _UNREAL_MODALS or _conditional(child)):
            return True
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
            return True
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    # "instructions to detain", "powers to make arrests", "came to arrest him"
    return (infinitive and verb.dep_ in ("acl", "relcl", "advcl")) or _conditional(verb)


def _conditional(token: Token) -> bool:
    """The French conditional mood: "serait arrêté", "pourrait"."""
    return "Cnd" in token.morph.get("Mood", [])


def _noun_head(noun: Token) -> Token:
    """The first of a list the noun stands in: "a ban on the group and arrest of its leaders"."""
    for _ in range(3):
        if noun.dep_ not in _NOUN_LINKS or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


def _light_verb(noun: Token) -> Token | None:
    """The verb an event noun is the subject or object of when that verb adds no action of
    its own ("arrests were made", "there is any firing"), else None."""
    noun = _noun_head(noun)
    return noun.head if noun.dep_ in _CARRIED and noun.head.lower_ in _LIGHT else None


def _own_clause(verb: Token) -> bool:
    """Whether a verb joined to another has a subject or an auxiliary of its own."""
    return any(
        child.dep_ in SUBJECTS or child.dep_ in PASSIVE_SUBJECTS or child.dep_.startswith("aux")
        for child in verb.children
    )


def _denied_subject(verb: Token) -> bool:
    """ "nobody was arrested", "no one was hurt"."""
    return any(
        (child.dep_ in SUBJECTS or child.dep_ in PASSIVE_SUBJECTS)
        and (child.lower_ in _NO_ONE or any(g.dep_ == "det" and g.lower_ in _NO for g in child.children))
        for child in verb.children
    )


def _negated(verb: Token) -> bool:
    return any(
        child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEGATION_ADVERBS)
        for child in verb.children
    )
