"""Attributions as spans, and the ones a text's layout gives without any parse.

- **Transcript paragraphs**: "Wang Wenbin: NATO has …", "Rep. Jane Roe (D-Ore.): “…”", a
  quoted transcript ("\"PENCE: …"), a dialogue of names in capitals (when one of them opens
  two paragraphs or more), and in a briefing "Q: …" and "A: …" (the answer is the last named
  speaker's). The words before the colon must end with a known entity's name (a
  parenthetical may follow, "(D-Ore.)"; "Follow Roe on Twitter:" is no speaker), or the words
  after it be quoted, or the paragraph be one of those forms; a label for a kind of piece
  ("Editor's Note:", "The Latest:") never speaks.
- **A headline** "Sanders: Clinton must …" at the start of the text, unless the words before
  the colon label a kind of piece ("Update:", "Watch:").
- **A signed quotation**: "“…” ― Jane Roe" at the end of its line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storylens.enrich.entities import ArticleEntities
from storylens.enrich.quotation import ALL_MARKS, Quotation

_TRANSCRIPT_NAME_WORDS = 8
_QUESTION = frozenset({"Q", "QUESTION"})
_ANSWER = frozenset({"A", "ANSWER"})
#: A paragraph that opens with a short capitalised name and a colon.
_TRANSCRIPT = re.compile(
    r"(?:^|\n\n)[ \t]*[\"“]?(?P<name>[A-Z][^\n:!?]{0,60}?(?:\([^\n)]{1,20}\))?):[ \t\xa0]*(?P<rest>[^\n]+)"
)
#: A line in transcript form, "Name: …".
TRANSCRIPT_LINE = re.compile(r"[A-Z][^\n:!?]{0,60}:\s")
#: Words that label a kind of piece, not a speaker, before a headline's colon.
_PIECE_LABELS = frozenset(
    """
update updated breaking watch exclusive analysis opinion video photos photo live review editorial
commentary fact check read listen related interview transcript podcast note notice latest
""".split()
)
#: A quotation signed after a dash at the end of its line: "“…” ― Jane Roe".
_SIGNED = re.compile(
    r"[ \t\xa0]*(?P<dash>[―—–])[ \t\xa0]*"
    r"(?P<name>[A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,4})[ \t\xa0.,]*(?:\n|$)"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution as spans, before it becomes a Quote."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    source_token: int | None  # index of the source's head token in the doc
    #: Where the speaker is named when the source itself does not name them ("A:" in a
    #: briefing stands for the official last named at the start of a paragraph).
    named_at: tuple[int, int] | None = None


def transcripts(
    text: str, entities: ArticleEntities, quotations: Sequence[Quotation] = ()
) -> Iterable[Attribution]:
    """Paragraphs in the form "Name: words", "Rep. Jane Roe (D-Ore.): “…”" or, in a briefing,
    "Q: words" and "A: words" (the answer is the last named speaker's). In a quoted
    transcript a turn goes on over the paragraphs that open the quotation again, up to the
    next name or a stage note ("\"(CROSSTALK.)")."""
    # a quoted transcript is one long quotation: each turn opens one of its pieces
    turns = {piece: quotation.pieces for quotation in quotations for piece in quotation.pieces}
    turn_at = {start: (start, end) for start, end in turns}
    last_named: tuple[int, int] | None = None
    # names in capitals open the paragraphs of a dialogue when one of them opens two or more
    labels = Counter(
        match.group("name").rstrip(".")
        for match in _TRANSCRIPT.finditer(text)
        if match.group("name").isupper() and len(match.group("name").split()) <= 3
    )
    dialogue = max(labels.values(), default=0) >= 2
    for match in _TRANSCRIPT.finditer(text):
        name_start, name_end = match.span("name")
        name = match.group("name")
        rest_start, rest_end = match.span("rest")
        if len(name.split()) > _TRANSCRIPT_NAME_WORDS:
            continue
        label = name.rstrip(".")
        if _labels_a_piece(label):
            continue
        known = _names_someone(text, entities, name_start, name_end)
        quoted = text[rest_start] in ALL_MARKS
        headline = name_start == len(text) - len(text.lstrip()) and _headline_speaker(name)
        if not (
            known
            or quoted
            or headline
            or label.upper() in _QUESTION | _ANSWER
            or (label in labels and dialogue)
        ):
            continue
        named_at = last_named if label.upper() in _ANSWER else None
        if known:
            last_named = (name_start, name_end)
        piece = turn_at.get(match.start("name") - 1)
        content = (rest_start, _turn_end(text, turns[piece], piece, rest_end) if piece else rest_end)
        if rest_end - rest_start > 10:
            yield Attribution(content, (name_end, name_end + 1), (name_start, name_end), None, named_at)


def _turn_end(text: str, pieces: tuple[tuple[int, int], ...], first: tuple[int, int], end: int) -> int:
    """Where a quoted transcript turn that opens the piece `first` ends: with the last piece
    before the next speaker's name or a stage note."""
    for start, piece_end in pieces[pieces.index(first) + 1 :]:
        opening = text[start + 1 : start + 80]
        if opening.startswith("(") or TRANSCRIPT_LINE.match(opening):
            break
        end = piece_end
    return end


def _names_someone(text: str, entities: ArticleEntities, start: int, end: int) -> bool:
    """Whether the words before a colon end with a name ("Rep. Jane Roe (D-Ore.)"), not a
    clause or phrase that only holds one ("Roe has won three states", "Follow Roe on Twitter")."""
    mention = entities.mention_at(start, end)
    if mention is None:
        return False
    rest = text[mention.end : end].strip(" .\xa0")
    return not rest or rest.startswith("(")


def _labels_a_piece(label: str) -> bool:
    """Whether the words before a colon label a kind of piece ("Update:", "Editor's Note:")."""
    words = re.findall(r"[a-z]+", label.lower())
    return bool(words) and words[-1] in _PIECE_LABELS


def _headline_speaker(name: str) -> bool:
    """Whether the words before a headline's colon name who speaks ("Sanders: Clinton must …"),
    not a label for the kind of piece ("Update:", "Watch:")."""
    words = name.split()
    return (
        len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and not _PIECE_LABELS.intersection(word.strip(".").lower() for word in words)
    )


def signed(text: str, quotations: Sequence[Quotation]) -> Iterable[Attribution]:
    """A quotation signed with a dash and a name at the end of its line: "“…” ― Jane Roe"."""
    for quotation in quotations:
        match = _SIGNED.match(text, quotation.end)
        if match is not None:
            yield Attribution((quotation.start, quotation.end), match.span("dash"), match.span("name"), None)
