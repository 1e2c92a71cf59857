"""English verb forms by rule (-s, -ed, -ing, with the spelling changes of -e, -y and
sibilants), and the irregular verbs written out, so no lemmatizer is needed."""

from __future__ import annotations

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
