"""Where quotation marks open and close, in every style news uses, across paragraphs.

Styles: “…” ‘…’ "…" '…' «…» »…« „…“ „…” ”…” (Swedish, Finnish) ‚…‘ 「…」 『…』. A quotation
left open at the end of a paragraph continues when the next paragraph opens with a quotation
mark again, the convention for a quote that runs over several paragraphs; otherwise it ends
with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark → the marks that may close it.
PAIRS = {
    "“": "”“",  # English; “…“ is a common slip
    "„": "“”",  # German, Polish, Czech
    "«": "»",
    "»": "«",  # German and Danish reversed guillemets
    "‚": "‘’",
    "‘": "’",
    "”": "”",  # Swedish and Finnish; opens only at a word's start
    "「": "」",
    "『": "』",
    '"': '"',
    "'": "'",
}
OPENING = frozenset(PAIRS)
ALL_MARKS = frozenset("“”„«»‚‘’「」『』\"'")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted stretch, marks included; `pieces` are its parts, one per paragraph it covers."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]

    def covers(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.pieces)


def find_quotations(text: str) -> list[Quotation]:
    """Quoted stretches of a text, in order; nested quotes are part of the outer one."""
    found: list[Quotation] = []
    pieces: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)]
    open_at: int | None = None
    opener = ""
    for index, (p_start, p_end) in enumerate(paragraphs):
        position = p_start
        if open_at is not None:
            # carried over from the last paragraph: it continues only if this one opens again
            first = text[p_start:p_end].lstrip()[:1]
            if first == opener or first in OPENING:
                open_at = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
                position = open_at + 1
            else:
                found.append(Quotation(pieces[0][0], pieces[-1][1], tuple(pieces)))
                pieces, open_at = [], None
        while position < p_end:
            char = text[position]
            if open_at is None:
                if char in OPENING and _opens(text, position):
                    open_at, opener = position, char
            elif char in PAIRS[opener] and _closes(text, position, opener):
                pieces.append((open_at, position + 1))
                found.append(Quotation(pieces[0][0], position + 1, tuple(pieces)))
                pieces, open_at = [], None
            position += 1
        if open_at is not None:
            pieces.append((open_at, p_end))
            last = index == len(paragraphs) - 1
            if last:
                found.append(Quotation(pieces[0][0], pieces[-1][1], tuple(pieces)))
                pieces, open_at = [], None
    return [quotation for quotation in found if _worth_keeping(text, quotation)]


def _opens(text: str, position: int) -> bool:
    """A straight, single or ” mark opens only at a word's start ("it's" and 5'9" do not)."""
    char = text[position]
    if char not in "\"'‘‚”":
        return True
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


def _closes(text: str, position: int, opener: str) -> bool:
    char = text[position]
    if char not in "\"'’" and opener != "”":
        return True
    after = text[position + 1] if position + 1 < len(text) else " "
    before = text[position - 1]
    if before.isspace():
        return False
    return not after.isalnum()


def _worth_keeping(text: str, quotation: Quotation) -> bool:
    inner = text[quotation.start + 1 : quotation.end - 1].strip()
    return bool(inner) and any(char.isalnum() for char in inner)
