"""Who acts and who is acted on in an event: the parties of an event word, read from the parse.

The actor of a verb is its subject, or the agent of a passive ("was arrested by police"); the
target its object, the object of the phrase the trigger needs ("restored ties with Gondor"),
a prepositional object ("met with", "fired at"), or what its infinitive acts on ("threatened
to impose sanctions on Gondor"). A noun's parties hang from it ("police firing", "Arnor's
attack on Gondor", "the arrests of two men by police"). A harm with no actor takes the maker
of the attack given as its cause ("killed in police firing"). Each party is written as its
name phrase and resolved to the article's entities and a CAMEO-style code.

French parties are read from the Universal Dependencies parse: "obl:agent" for the agent, an
oblique with its "case" preposition where English has a prepositional object.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from storylens.enrich.actors import actor_code
from storylens.enrich.event_verbs import Trigger, death_verbs, noun_triggers, verb_triggers
from storylens.enrich.spans import phrase
from storylens.enrich.speakers import SpeakerResolver
from storylens.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
_OBJECTS = frozenset({"dobj", "obj"})
_TARGET_PREPOSITIONS = frozenset(
    {"with", "to", "against", "on", "at", "into", "upon", "toward", "towards"}
    | {"avec", "contre", "à", "au", "aux", "sur", "vers", "envers"}
)
_NOUN_ACTORS = frozenset({"compound", "poss", "amod", "nmod"})
#: How a word after a party's head may hang from it and still be part of its name.
_NAME_PHRASE = frozenset({"prep", "pobj", "compound", "amod"})
_NAME_PREPOSITIONS = frozenset({"of", "for", "from", "in"})
#: Links a verb's subject is found across: "… and restored", "agreed to restore", "is about to restore".
_CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"})
#: Prepositions that give a harm its cause: "killed in police firing", "died of gunshot wounds
#: from the shelling", "died due to police firing".
_CAUSE_PREPOSITIONS = frozenset({"in", "by", "during", "from", "of", "after", "under", "to"})
_CAUSE_PHRASES = frozenset({"due", "owing", "because"})
#: The same in Universal Dependencies (French): "morts sous les tirs de la police", "tué dans
#: un bombardement", "mort lors d'une frappe" ("lors" heads its oblique).
_CAUSE_CASES = frozenset({"sous", "dans", "par", "pendant", "durant", "après", "lors"})
#: Causes of harm that are no one's act: "killed in the earthquake", "tués dans un accident".
_MISHAPS = frozenset(
    {"earthquake", "quake", "tremor", "flood", "floods", "flooding", "landslide", "landslides", "mudslide"}
    | {"avalanche", "storm", "cyclone", "hurricane", "typhoon", "tornado", "tsunami", "eruption"}
    | {"accident", "crash", "collision", "derailment", "stampede", "heatwave", "lightning", "wildfire"}
    | {"séisme", "tremblement", "inondation", "inondations", "crue", "crues", "glissement", "tempête"}
    | {"ouragan", "incendie", "bousculade", "canicule"}
)
#: Sectors whose "tirs de …" / "frappes de …" are their own fire (actors.py's codes).
_ARMED = frozenset({"COP", "MIL", "REB"})
#: French prepositions of belonging: "le ministre de l'Intérieur".
_OF = frozenset({"de", "d'", "du", "des"})
#: Longest actor or target written out; a longer phrase keeps its head words.
MAX_PARTY_WORDS = 8


def is_verb(token: Token) -> bool:
    # the English pipeline runs without its attribute ruler, so only the tagger's tags are set;
    # the French one tags some participles ADJ ("n'ont pas réagi"): with an auxiliary, a verb
    return (
        token.tag_.startswith("VB")
        or token.pos_ == "VERB"
        or (token.pos_ == "ADJ" and any(child.dep_.startswith("aux:") for child in token.children))
    )


def is_noun(token: Token) -> bool:
    return token.tag_.startswith("NN") or token.pos_ in ("NOUN", "PROPN")


def _may_act(token: Token) -> bool:
    """A noun in front of an event noun that names who acts: a name ("Arnor's attack"), an
    owner, or a word of a state or sector ("police firing"); "trade talks" and "border
    clashes" name no one."""
    if not is_noun(token):
        return False
    if token.dep_ == "poss" or token.tag_ in ("NNP", "NNPS") or token.pos_ == "PROPN" or token.ent_type_:
        return True
    return actor_code([token.text]) is not None


def _is_party(token: Token) -> bool:
    if token.ent_type_ in ("DATE", "TIME"):  # "on Thursday" is when, not whom
        return False
    return (
        is_noun(token) or token.tag_ in ("PRP", "CD") or token.pos_ in ("PRON", "NUM") or _names_state(token)
    )


def _names_state(token: Token) -> bool:
    """An adjective of nationality: "Israeli", "russe"."""
    adjective = token.pos_ == "ADJ" or token.tag_ == "JJ"
    return adjective and not (actor_code([token.text]) or "---").startswith("---")


def verb_parties(verb: Token, trigger: Trigger) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    targets: list[Token] = []
    subject = _subject(verb)
    if subject is not None:
        # "pourrait être arrêté": a subject found on a governing verb is a passive verb's target
        passive = (
            subject.dep_ in PASSIVE_SUBJECTS
            or _shares_passive(verb)
            or (subject.head.i != verb.i and any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children))
        )
        if passive or verb.lower_ in death_verbs(verb.doc.lang_):
            targets.extend(_with_conjuncts(subject))
        else:
            actors.extend(_with_conjuncts(subject))
    for child in verb.children:
        if child.dep_ == "agent":  # "was arrested by police"
            actors.extend(
                p for grand in child.children if grand.dep_ == "pobj" for p in _with_conjuncts(grand)
            )
        elif child.dep_ == "obl:agent":  # Universal Dependencies: "arrêtés par la police"
            actors.extend(_with_conjuncts(child))
    if not targets:
        targets.extend(_targets(verb, trigger))
    if not actors and trigger.type == "ASSAULT":
        cause = harm_cause(verb)
        if cause is not None:
            actors.extend(cause[1])
    return [a for a in actors if _is_party(a)], [t for t in targets if _is_party(t)]


def _shares_passive(verb: Token) -> bool:
    """ "Nine people were killed and more than 80 injured": a participle joined to a passive
    verb, with no auxiliary of its own, is passive too, and its subject was harmed."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(child.dep_ in ("aux", "auxpass") for child in verb.children)
        and any(child.dep_ == "auxpass" for child in verb.head.children)
    )


def idiom_parties(verb: Token, trigger: Trigger, phrase_end: int) -> tuple[list[Token], list[Token]]:
    """Who did not act is the subject of the verb a set phrase hangs from, however the parser
    read its voice ("sont restés les bras croisés"); the phrase's own nouns ("a blind eye",
    "par son absence") are no parties, a target after it ("to the looting") is."""
    subject = _subject(verb)
    actors = _with_conjuncts(subject) if subject is not None else []
    targets = [t for t in _targets(verb, trigger) if t.idx >= phrase_end]
    return [a for a in actors if _is_party(a)], [t for t in targets if _is_party(t)]


def harm_cause(verb: Token) -> tuple[Token, list[Token]] | None:
    """The attack a harm is put down to, and who made it: "killed in police firing" (the
    police), "died due to the shelling by Arnor" (Arnor), "died in the firing" (no one named).
    An attack of no stated kind counts only with its maker named apart from its compound
    words, so "died of a heart attack" has no cause."""
    for written in _cause_obliques(verb):
        if _is_attack(written):
            return written, _attackers(written)
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in _CAUSE_PREPOSITIONS | _CAUSE_PHRASES:
            continue
        heads = [child]
        if child.lower_ in _CAUSE_PHRASES:  # "due to", "owing to", "because of"
            heads += [g for g in child.children if g.lower_ in ("to", "of")]
        for head in heads:
            for written in head.children:
                if written.dep_ not in ("pobj", "pcomp"):
                    continue
                if _is_attack(written):
                    return written, _attackers(written)
                # "police firing" read as police and "firing" a clause, of the noun or of the verb
                after = written.doc[written.i + 1] if written.i + 1 < len(written.doc) else None
                for acl in [*written.children, *([after] if after is not None else [])]:
                    clause = acl.dep_ == "acl" or (acl is after and acl.tag_ == "VBG")
                    if clause and _is_attack(acl, weapon_only=True) and is_noun(written):
                        return acl, [written]
    return None


def natural_cause(verb: Token) -> bool:
    """Whether a harm with no one named as its doer is put down to nature or mishap ("killed
    in the earthquake", "tués dans un accident"): no one's act, so no event."""
    if any(child.dep_ in ("agent", "obl:agent") for child in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _CAUSE_PREPOSITIONS:
            if any(g.dep_ == "pobj" and g.lower_ in _MISHAPS for g in child.children):
                return True
        elif _case_of(child) in _CAUSE_CASES and child.lower_ in _MISHAPS:
            return True
    return False


def _cause_obliques(verb: Token) -> Iterator[Token]:
    """A verb's obliques that may name a cause, in Universal Dependencies: "sous les tirs",
    "dans un bombardement", "lors d'une frappe"."""
    for child in verb.children:
        if _case_of(child) in _CAUSE_CASES:
            yield child
        elif child.lower_ == "lors":
            yield from (grand for grand in child.children if grand.dep_.startswith("obl"))


def _is_attack(token: Token, weapon_only: bool = False) -> bool:
    """Whether a noun or gerund names an attack: one with weapons or force, or one of no
    stated kind whose maker is named ("the attack by Arnor", "Arnor's raid")."""
    word = token.lower_
    language = token.doc.lang_
    noun = noun_triggers(language).get(word)
    kinds = (
        [noun] if noun is not None else [t for t in verb_triggers(language).get(word, ()) if t.needs is None]
    )
    for trigger in kinds:
        if trigger.type != "ASSAULT":
            continue
        if trigger.mode is not None:
            return True
        if not weapon_only and any(
            child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "by")
            for child in token.children
        ):
            return True
    return False


def _attackers(attack: Token) -> list[Token]:
    """Who made an attack named by a noun or gerund: "police firing", "firing by police"."""
    actors = [c for c in attack.children if c.dep_ in SUBJECTS and is_noun(c)]
    return actors or noun_parties(attack)[0]


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is joined to or governed by; an infinitive
    after an object acts through that object ("instructed the police not to act")."""
    token = verb
    for _ in range(4):
        for child in token.children:
            if child.dep_ in SUBJECTS or child.dep_ in PASSIVE_SUBJECTS:
                return child
        if token.dep_ not in _CLIMB or token.head.i == token.i:
            return None
        if token.dep_ == "xcomp":
            controller = next((c for c in token.head.children if c.dep_ in _OBJECTS and c.i < token.i), None)
            if controller is not None:
                return controller
        token = token.head
    return None


def clause_subject(noun: Token) -> list[Token]:
    """Who an inaction noun describes: the subject of its clause ("the policemen preferred to
    stand as passive onlookers", "police remained mute spectators")."""
    verb = noun
    for _ in range(3):
        if is_verb(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = _subject(verb) if is_verb(verb) else None
    if subject is None or subject.i == noun.i or subject.dep_ in PASSIVE_SUBJECTS or not _is_party(subject):
        return []
    return _with_conjuncts(subject)


def _targets(verb: Token, trigger: Trigger) -> list[Token]:
    # "fired … at the border post": what the needed word governs, also where the parser hung
    # it on the object ("fired two shells at Gondor")
    governed = [child for child in verb.children if child.dep_ in _OBJECTS]
    for child in [*verb.children, *(grand for held in governed for grand in held.children)]:
        if child.dep_ == "prep" and child.lower_ == trigger.needs:
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return _with_conjuncts(objects[0])
        if trigger.needs is not None and _case_of(child) == trigger.needs:  # "tiré sur la foule"
            return _with_conjuncts(child)
    objects = [child for child in verb.children if child.dep_ in _OBJECTS]
    if objects and objects[0].lower_ in noun_triggers(verb.doc.lang_):
        # "condemned an attack by Osgiliath soldiers": the attackers are the target
        agents = [g for c in objects[0].children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return _with_conjuncts(agents[0])
    holders = [verb]
    if objects and trigger.needs is not None and trigger.needs in objects[0].lower_:
        holders = [objects[0], verb]  # "restored ties with Gondor": the partner, not the ties
        objects = []
    if objects:
        return _with_conjuncts(objects[0])
    return _prepositional_target(holders, trigger.needs) or _embedded_target(verb)


def _prepositional_target(holders: Iterable[Token], needs: str | None = None) -> list[Token]:
    """The first party after a target preposition on these words, other than the needed word
    itself ("met with Gondor", "a rencontré avec", "s'est affronté aux policiers")."""
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS:
                for grand in child.children:
                    if grand.dep_ == "pobj" and grand.lower_ != needs:
                        return _with_conjuncts(grand)
            if _case_of(child) in _TARGET_PREPOSITIONS and child.lower_ != needs:
                return _with_conjuncts(child)
    return []


def _embedded_target(verb: Token) -> list[Token]:
    """ "threatened to impose sanctions on Gondor", "vowed to punish Arnor": with no party of
    its own, a verb's target is the one its infinitive acts on, the party after a preposition
    before a mere object ("cut gas supplies to Rohan")."""
    for clause in (child for child in verb.children if child.dep_ == "xcomp"):
        objects = [child for child in clause.children if child.dep_ in _OBJECTS]
        found = _prepositional_target((clause, *objects))
        if found or objects:
            return found or _with_conjuncts(objects[0])
    return []


def _case_of(token: Token) -> str | None:
    """The preposition marking an oblique or nominal modifier in Universal Dependencies (the
    French pipeline's scheme): "sur" in "sur la foule"; None for other tokens."""
    if token.dep_.split(":")[0] not in ("obl", "nmod"):
        return None
    return next((child.lower_ for child in token.children if child.dep_ == "case"), None)


def noun_parties(noun: Token) -> tuple[list[Token], list[Token]]:
    """ "police firing", "Arnor's attack on Gondor", "the arrests of two men by police"."""
    actors: list[Token] = []
    targets: list[Token] = []
    for child in noun.children:
        case = _case_of(child)
        if case is None and child.dep_ in _NOUN_ACTORS and (_may_act(child) or _names_state(child)):
            actors.append(child)  # "police firing", "an Israeli airstrike", "un bombardement israélien"
        elif child.dep_ == "prep":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if not objects:
                continue
            if child.lower_ == "by":
                actors.extend(_with_conjuncts(objects[0]))
            elif child.lower_ in _TARGET_PREPOSITIONS | {"of"}:
                targets.extend(_with_conjuncts(objects[0]))
        elif case is not None:  # "l'arrestation de trois hommes par la police"
            if case == "par" or (case in _OF and _fires_weapons(noun, child)):
                actors.extend(_with_conjuncts(child))
            elif case in _TARGET_PREPOSITIONS | _OF:
                targets.extend(_with_conjuncts(child))
    return actors, targets


def _fires_weapons(attack: Token, owner: Token) -> bool:
    """ "les tirs de la police", "les frappes de l'armée russe": an armed force's shooting or
    bombing is its own; "le bombardement de la ville" names what was hit."""
    code = actor_code([_written(owner)]) or ""
    return code[3:] in _ARMED and _is_attack(attack, weapon_only=True)


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def resolve_party(
    token: Token | None, resolver: SpeakerResolver
) -> tuple[str | None, Entity | None, str | None]:
    """A party's name (its entity's, else its words as written), its entity and its code."""
    if token is None:
        return None, None, None
    entity = resolver.resolve(phrase(token), token.i)
    written = _written(token)
    texts: list[str] = []
    if entity is None or entity.type != "person":  # a person's name says nothing of a state
        texts.append(written)
    if entity is not None:
        if entity.type != "person":
            texts.append(entity.name)
        texts.extend(entity.roles)
    return (entity.name if entity else written), entity, actor_code(texts)


def _written(token: Token) -> str:
    """A party as written: its noun phrase, or its head with the words on its left when long."""
    after = {  # French writes adjectives and "de" phrases after the noun
        t.i
        for child in token.rights
        if child.dep_ in ("amod", "flat", "flat:name") or (child.dep_ == "nmod" and _case_of(child) in _OF)
        for t in child.subtree
    }
    words = [t for t in token.subtree if t.i <= token.i or _in_name_phrase(t, token) or t.i in after]
    if len(words) > MAX_PARTY_WORDS:
        words = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nummod")] + [token]
    # the article and, in Universal Dependencies, the party's own preposition ("par la police")
    words = [
        t
        for t in words
        if not t.is_punct and t.dep_ != "det" and not (t.dep_ == "case" and t.head.i == token.i)
    ] or [token]
    # each word with a space where the text has one before the next word kept, so "d'Esterra"
    # stays whole and "the Dockers' Union", its apostrophe left out, stays apart
    doc = token.doc
    spaced = [
        word.text + (" " if any(doc[k].whitespace_ for k in range(word.i, after.i)) else "")
        for word, after in pairwise(words)
    ]
    return ("".join(spaced) + words[-1].text).strip()


def _in_name_phrase(word: Token, party: Token) -> bool:
    """Whether a word after a party's head belongs to its name: it hangs from the head through
    "of", "for", "from" or "in" and their objects only ("the prime minister *of Japan*", "the
    Ministry *of Foreign Affairs*", "lawmakers *in Arnor*"), not through another preposition
    ("dockworkers *against automation*"), an apposition or a clause ("the officer, a lieutenant
    commander whose …")."""
    while word.i != party.i:
        if word.dep_ not in _NAME_PHRASE or word.head.i == word.i:
            return False
        if word.dep_ == "prep" and word.lower_ not in _NAME_PREPOSITIONS:
            return False  # "dockworkers *against terminal automation*" say what, not who
        word = word.head
    return True
