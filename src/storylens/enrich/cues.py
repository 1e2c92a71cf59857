"""Words that attribute speech or thought to someone: "said", "told", "warned", "according to".

The lists hold base forms; `cue_forms` inflects them (English regular rules plus the irregular
verbs below), so the pipeline needs no lemmatizer. They cover speech ("say", "warn"), writing
("write", "tweet"), thought and stance ("believe", "want", "support"), and findings ("show",
"find"), since news attributes all of these to sources. English adds the verb forms learned
from PolNeAR's annotations (`cue_words.tsv`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

#: Cue words learned from annotated news (tools/learn_cue_words.py).
LEARNED_WORDS_FILE = Path(__file__).with_name("cue_words.tsv")

ENGLISH_VERBS = """
say tell add state announce warn claim argue insist note explain ask believe think report
suggest acknowledge admit deny declare predict urge describe confirm write tweet post continue
recall respond reply answer conclude contend assert maintain stress emphasize emphasise
complain charge accuse criticize criticise praise promise pledge vow threaten caution estimate
indicate reveal disclose concede agree disagree hope fear worry expect want feel know mention
observe remark comment joke quip boast lament question wonder propose demand call show find
cite allege testify inform assure advise recommend signal hint counter retort dispute reject
dismiss defend blast slam reiterate repeat underline highlight tout forecast doubt suspect
understand realize realise assume consider intend plan seek refuse decline recognize recognise
point speculate summarize summarise clarify reckon guess support oppose endorse back condemn
welcome blame applaud attack target
""".split()

#: Verbs of saying proper: only these take the rest of a sentence as content when nothing in the
#: parse marks it ("“…,” she said"); a thought or stance needs its complement spelled out.
SPEECH_VERBS = frozenset(
    """
say tell add write tweet post explain continue note insist argue claim state declare ask reply
respond answer warn announce recall conclude acknowledge admit comment remark quip joke predict
estimate report stress emphasize emphasise caution concede counter retort assert contend
observe
""".split()
)

#: Forms English does not build by rule.
IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "know": ("knows", "knew", "known", "knowing"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "seek": ("seeks", "sought", "seeking"),
    "understand": ("understands", "understood", "understanding"),
    "admit": ("admits", "admitted", "admitting"),
    "quip": ("quips", "quipped", "quipping"),
    "signal": ("signals", "signaled", "signalled", "signaling", "signalling"),
    "plan": ("plans", "planned", "planning"),
    "slam": ("slams", "slammed", "slamming"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "meet": ("meets", "met", "meeting"),
    "hold": ("holds", "held", "holding"),
    "shoot": ("shoots", "shot", "shooting"),
    "fight": ("fights", "fought", "fighting"),
    "take": ("takes", "took", "taken", "taking"),
    "beat": ("beats", "beaten", "beating"),
    "slay": ("slays", "slew", "slain", "slaying"),
    "cut": ("cuts", "cutting"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "send": ("sends", "sent", "sending"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "forgive": ("forgives", "forgave", "forgiven", "forgiving"),
    "strike": ("strikes", "struck", "striking"),
    "commit": ("commits", "committed", "committing"),
    "ban": ("bans", "banned", "banning"),
    "nab": ("nabs", "nabbed", "nabbing"),
    "lob": ("lobs", "lobbed", "lobbing"),
    "stab": ("stabs", "stabbed", "stabbing"),
    "gun": ("guns", "gunned", "gunning"),
    "bar": ("bars", "barred", "barring"),
}

FRENCH_FORMS = """
dit dire dis disent déclaré déclare déclarent affirmé affirme affirment ajouté ajoute ajoutent
expliqué explique expliquent estimé estime estiment indiqué indique indiquent souligné souligne
précisé précise assuré assure annoncé annonce averti avertit prévenu prévient rappelé rappelle
insisté insiste jugé juge noté note répondu répond confié confie reconnu reconnaît démenti
dément nié nie dénoncé dénonce martelé martèle lancé lance poursuivi poursuit conclu conclut
pense pensé croit cru espère espéré craint affirmait déclarait expliquait écrit écrivent
raconté raconte
""".split()

#: Adjectives of stance after "to be": "X is confident that …", "Y was critical of …".
STANCE_ADJECTIVES = {
    "en": frozenset(
        """
confident sure certain convinced aware unaware hopeful optimistic pessimistic skeptical sceptical
worried concerned critical supportive afraid adamant doubtful eager determined opposed
""".split()
    ),
}

#: Words that introduce a source before it: "according (to) X", "selon X".
SOURCE_PREPOSITIONS = {"en": ("according",), "fr": ("selon",)}


def inflect(verb: str) -> set[str]:
    """A verb's written forms: the base, -s, past and -ing (irregular ones from IRREGULAR)."""
    if verb in IRREGULAR:
        return {verb, *IRREGULAR[verb]}
    forms = {verb}
    if verb.endswith("ee"):
        forms |= {verb + "s", verb + "d", verb + "ing"}
    elif verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    return forms


@cache
def speech_forms(language: str) -> frozenset[str]:
    """Written forms of the verbs of saying proper (see SPEECH_VERBS); French: all its cues."""
    if language == "en":
        return frozenset(form for verb in SPEECH_VERBS for form in inflect(verb))
    return cue_forms(language)


@cache
def cue_forms(language: str, learned: bool = True) -> frozenset[str]:
    """Every written form of the cue verbs of a language (lower case); empty when none.
    English adds the forms learned from annotated news (see `learned_words`)."""
    if language == "en":
        hand = frozenset(form for verb in ENGLISH_VERBS for form in inflect(verb))
        return hand | learned_words() if learned else hand
    if language == "fr":
        return frozenset(FRENCH_FORMS)
    return frozenset()


@cache
def learned_words() -> frozenset[str]:
    """English verb forms that news annotators mark as cues and the lists above lack ("downplayed",
    "mocked", "touted"), counted on PolNeAR's train split by tools/learn_cue_words.py."""
    lines = LEARNED_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))
