"""Where sentences end, losslessly (the pieces join back into the paragraph). The parser
(`enrich/nlp.py`) and the story's fact alignment (`stories/comparison.py`) both cut
paragraphs here.

A fast punctuation rule cuts text that starts its sentences with a Latin capital; where it
leaves a paragraph whole, that is its judgement (an abbreviation, a lower-case word after a
stop) and it stands. Text the rule cannot read at all goes to Wikimedia's sentencex, a
maintained segmenter with the abbreviations and stops of some 300 languages: paragraphs mostly
in another script (Cyrillic, Greek, Arabic, Chinese), with full-width stops, or with no
capital letter anywhere (lower-cased crawler text)."""

from __future__ import annotations

import re
import unicodedata

from sentencex import segment

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


#: A sentence's end with more text after it: a stop before white space and a letter or digit,
#: or a full-width stop before anything.
_FULL_WIDTH_STOP = re.compile("[。！？]")
_INNER_STOP = re.compile(r"[.!?…][\"”’»)“‘]*\s+[\"“‘«(]?\w|[。！？][」』”]?\S")


def split_sentences(paragraph: str, language: str | None = None) -> list[str]:
    """A paragraph cut where sentences end; the pieces join back into the paragraph.
    `language` (a tag such as "ru") guides sentencex where the punctuation rule cannot cut."""
    pieces = _by_capitals(paragraph)
    if len(pieces) == 1 and _INNER_STOP.search(paragraph) and not _capital_rule_reads(paragraph):
        found = [piece for piece in segment(profile_for(language).code or "en", paragraph) if piece]
        if "".join(found) == paragraph:
            return found
    return pieces


def _capital_rule_reads(paragraph: str) -> bool:
    """Whether the paragraph is text the capital rule is made for: mostly Latin letters, some
    of them capitals, and no full-width stops."""
    letters = [ch for ch in paragraph if ch.isalpha()]
    if not letters or _FULL_WIDTH_STOP.search(paragraph):
        return False
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return 2 * latin > len(letters) and any(ch.isupper() for ch in letters)


def _by_capitals(paragraph: str) -> list[str]:
    """Cut after . ! or ? where a Latin capital (or digit) opens the next sentence."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if _ABBREVIATION.search(paragraph[max(start, match.start() - 12) : match.start()]) is None:
            pieces.append(paragraph[start : match.end()])
            start = match.end()
    pieces.append(paragraph[start:])
    return [piece for piece in pieces if piece]
