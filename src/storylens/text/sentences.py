"""Where sentences end, by punctuation alone: fast, any language written with . ! ?, and
lossless (the pieces join back into the paragraph). The parser (`enrich/nlp.py`) and the
story's fact alignment (`stories/comparison.py`) both cut paragraphs here."""

from __future__ import annotations

import re

from storylens.lang import profile_for

#: Where a sentence may end: after . ! or ? (and any closing marks), before a capital or an
#: opening mark; not after a lone initial or a short abbreviation such as "Mr." or "Gen.".
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»)“‘]*\s+(?=[\"“‘«(]?[A-Z0-9À-Ý])")
#: English short month names ("Sept.", not "May"), from CLDR.
_SHORT_MONTHS = "|".join(sorted(name.capitalize() for name in profile_for("en").calendar.short_months))
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|"
    rf"St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|Vol|vs|etc|{_SHORT_MONTHS})\.$"
)


def split_sentences(paragraph: str) -> list[str]:
    """A paragraph cut where sentences end; the pieces join back into the paragraph."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if _ABBREVIATION.search(paragraph[max(start, match.start() - 12) : match.start()]) is None:
            pieces.append(paragraph[start : match.end()])
            start = match.end()
    pieces.append(paragraph[start:])
    return [piece for piece in pieces if piece]
