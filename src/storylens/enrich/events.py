"""Who did what to whom, and when: events read from an article's parsed sentences.

A sentence reports an event when a verb (or a noun such as "arrests", "talks") of the
lexicon in `event_verbs` stands in it. Its actor and target are found by `event_parties`
and resolve to the article's entities where the text allows, with a CAMEO-style code.
An event verb inside another's clause ("threatened to attack", "urged Gondor to release") is
part of that event, not one of its own, but a participle telling its outcome ("fired at the
crowd, killing one") is. One governed by "fail", "refuse" or a negation is kept and marked
failed, one only spoken of ("would be arrested", "demanded the arrest of") hypothetical (see
`event_modality`). Acts of keeping order ("act", "take action") count only when failed, and
set phrases of inaction ("stood by", "nowhere in sight") are failed restraint by their verb's
subject. A death with an attack as its cause is a killing ("died due to police firing"); one
put down to nature or mishap ("killed in the earthquake") is no event.
The date is the one the sentence mentions nearest the trigger.

French sentences (`event_verbs_fr`) are read from the Universal Dependencies parse of the
French pipeline, with "ne … pas" as negation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from storylens.enrich.event_modality import failed, hypothetical, noun_failed
from storylens.enrich.event_parties import (
    SUBJECTS,
    clause_subject,
    harm_cause,
    idiom_parties,
    is_noun,
    is_verb,
    natural_cause,
    noun_parties,
    resolve_party,
    verb_parties,
)
from storylens.enrich.event_verbs import (
    INACTION,
    KILLING,
    Trigger,
    death_verbs,
    inaction_nouns,
    inaction_phrases,
    noun_triggers,
    restraint_triggers,
    trigger_words,
    verb_triggers,
)
from storylens.enrich.speakers import SpeakerResolver
from storylens.records import DatePrecision, Event, Evidence
from storylens.text.dates import DateMention, SentenceDates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_EMBEDDING = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "prep"})
#: Actors and targets joined by "and" are each coded; more than this many is a list, not actors.
MAX_PARTIES = 3


def find_events(
    doc: Doc, resolver: SpeakerResolver, article_id: str, dates: SentenceDates
) -> tuple[Event, ...]:
    """The events of an article's parsed sentences (spans in the doc's text)."""
    verbs, nouns = verb_triggers(doc.lang_), noun_triggers(doc.lang_)
    words = trigger_words(doc.lang_)
    events: list[Event] = []
    for sentence in doc.sents:
        if not sentence[0].dep_:  # not parsed: no event word in it
            continue
        idioms = _inaction_idioms(sentence)
        for token in sentence:
            if token.lower_ not in words and token.i not in idioms:
                continue  # the quick test; `_trigger` then asks the parse
            found = (INACTION, True) if token.i in idioms else _trigger(token, verbs, nouns)
            if found is None:
                continue
            trigger, as_verb = found
            events.extend(
                _events_at(
                    token,
                    trigger,
                    as_verb=as_verb,
                    sentence=sentence,
                    dates=dates.of(sentence),
                    resolver=resolver,
                    article_id=article_id,
                    phrase_end=idioms.get(token.i),
                )
            )
    return tuple(events)


def _inaction_idioms(sentence: Span) -> dict[int, int]:
    """The verbs that a set phrase of inaction ("stood by", "was nowhere in sight") hangs
    from, by token index, each with the offset where its phrase ends."""
    verbs: dict[int, int] = {}
    phrases = inaction_phrases(sentence.doc.lang_)
    for match in phrases.finditer(sentence.text) if phrases else ():
        start = sentence.start_char + match.start()
        token = next((t for t in sentence if t.idx >= start), None)
        for _ in range(3):
            if token is None or is_verb(token) or token.head.i == token.i:
                break
            token = token.head
        if token is not None and (is_verb(token) or token.dep_ == "ROOT"):
            verbs[token.i] = sentence.start_char + match.end()
    return verbs


def _trigger(
    token: Token, verbs: dict[str, tuple[Trigger, ...]], nouns: dict[str, Trigger]
) -> tuple[Trigger, bool] | None:
    """The trigger a token is, and whether it acts as a verb (else as a noun)."""
    word = token.lower_
    gerund = _is_gerund_noun(token)
    if is_verb(token) and word in death_verbs(token.doc.lang_) and harm_cause(token) is not None:
        return KILLING, True
    if is_verb(token) and not gerund and word in verbs:
        if _inside_other_event(token, verbs) or natural_cause(token):
            return None
        for trigger in verbs[word]:
            if trigger.needs is None or trigger.needs in _object_words(token):
                return trigger, True
    restraints = restraint_triggers(token.doc.lang_)
    if is_verb(token) and word in restraints and failed(token):
        for trigger in restraints[word]:
            if trigger.needs is None or trigger.needs in _object_words(token):
                return trigger, True
    if (is_noun(token) or gerund or _bare_gerund(token)) and word in nouns and token.dep_ != "compound":
        return nouns[word], False
    if is_noun(token) and word in inaction_nouns(token.doc.lang_):
        return INACTION, False
    return None


def _is_gerund_noun(token: Token) -> bool:
    """ "killed in police firing": a gerund standing where a noun would."""
    return token.tag_ == "VBG" and (
        token.dep_ in ("pobj", "nsubj", "dobj", "nsubjpass")
        or any(child.dep_ in ("det", "poss", "compound") for child in token.children)
    )


def _bare_gerund(token: Token) -> bool:
    """ "resorted to firing": a gerund after a preposition with no object, read as a noun
    when it is no event as a verb ("after firing at the crowd" is one)."""
    return (
        token.tag_ == "VBG"
        and token.dep_ == "pcomp"
        and not any(c.dep_ in ("dobj", "obj") for c in token.children)
    )


def _inside_other_event(token: Token, verbs: dict[str, tuple[Trigger, ...]]) -> bool:
    """ "threatened to attack", "accused Ostrand of shelling": the attack is what was
    threatened, the shelling what was alleged, not events of their own. A participle that
    tells what came of an action ("fired at the crowd, killing one") is an event of its own,
    and so is one under a verb that is no event in its sense here ("suspended an inspector for
    not taking action": "suspend" is one only with ties, talks or aid)."""
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        return False
    for _ in range(2):
        if token.dep_ not in _EMBEDDING or token.head.i == token.i:
            return False
        token = token.head
        if is_verb(token) and any(
            trigger.needs is None or trigger.needs in _object_words(token)
            for trigger in verbs.get(token.lower_, ())
        ):
            return True
    return False


def _object_words(token: Token) -> set[str]:
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in SUBJECTS:  # a passive subject is the object: "shells were lobbed"
            continue
        for inner in child.subtree:
            word = inner.lower_
            words.add(word)
            words.add(word.rstrip("s"))
            words.update(word.split("-"))
    return words


def _events_at(
    token: Token,
    trigger: Trigger,
    *,
    as_verb: bool,
    sentence: Span,
    dates: tuple[DateMention, ...],
    resolver: SpeakerResolver,
    article_id: str,
    phrase_end: int | None = None,
) -> Iterator[Event]:
    if phrase_end is not None:
        actors, targets = idiom_parties(token, trigger, phrase_end)
        not_taken = True
    elif as_verb:
        actors, targets = verb_parties(token, trigger)
        not_taken = trigger.failed or failed(token)
    else:
        actors, targets = noun_parties(token)
        not_taken = trigger.failed or noun_failed(token)
        if trigger is INACTION and not actors:  # "the inaction of the police": who did not act
            actors, targets = (targets, []) if targets else (clause_subject(token), targets)
    spoken_of = phrase_end is None and hypothetical(token, as_verb)
    when = _nearest_date(dates, token.idx)
    evidence = Evidence(article_id, sentence.text.strip(), sentence.start_char, sentence.end_char)
    verb = token.text if trigger.needs is None else f"{token.text} … {trigger.needs}"
    # each party is resolved and coded once, however many it is paired with
    no_party: list[Token | None] = [None]
    actor_parties = [(token_, resolve_party(token_, resolver)) for token_ in actors[:MAX_PARTIES] or no_party]
    target_parties = [
        (token_, resolve_party(token_, resolver)) for token_ in targets[:MAX_PARTIES] or no_party
    ]
    for actor, (actor_name, actor_entity, actor_code_) in actor_parties:
        for target, (target_name, target_entity, target_code_) in target_parties:
            if actor is not None and target is not None and actor.i == target.i:
                continue
            yield Event(
                actor=actor_name,
                action=trigger.type,
                target=target_name,
                date=when.value if when else None,
                date_precision=when.precision if when else DatePrecision.UNKNOWN,
                evidence=(evidence,),
                mode=trigger.mode,
                verb=verb,
                actor_id=actor_entity.id if actor_entity else None,
                actor_code=actor_code_,
                target_id=target_entity.id if target_entity else None,
                target_code=target_code_,
                failed=not_taken,
                hypothetical=spoken_of,
            )


def _nearest_date(dates: Iterable[DateMention], position: int) -> DateMention | None:
    resolved = [mention for mention in dates if mention.value is not None]
    if not resolved:
        return None
    return min(resolved, key=lambda mention: abs(mention.start - position))
