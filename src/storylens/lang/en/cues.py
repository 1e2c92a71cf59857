"""English words that attribute speech or thought to someone: the cue verbs (base forms,
inflected by `inflection.inflect`), the verbs of saying proper, stance adjectives, "according
(to)", and the verb forms learned from PolNeAR's annotations (`cue_words.tsv`)."""

from __future__ import annotations

from pathlib import Path

#: Cue words learned from annotated news (tools/learn_cue_words.py).
LEARNED_WORDS_FILE = Path(__file__).with_name("cue_words.tsv")

CUE_VERBS = """
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

#: Adjectives of stance after "to be": "X is confident that …", "Y was critical of …".
STANCE_ADJECTIVES = frozenset(
    """
confident sure certain convinced aware unaware hopeful optimistic pessimistic skeptical sceptical
worried concerned critical supportive afraid adamant doubtful eager determined opposed
""".split()
)

#: Words that introduce a source before it: "according (to) X".
SOURCE_PREPOSITIONS = ("according",)


def learned_words() -> frozenset[str]:
    """English verb forms that news annotators mark as cues and the lists above lack ("downplayed",
    "mocked", "touted"), counted on PolNeAR's train split by tools/learn_cue_words.py."""
    lines = LEARNED_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))
