"""What was said: the content of a cue, read from the dependency parse.

The content is the first that applies: the cue's clausal complement ("said *that …*"); a
quotation just before the cue and source ("*“…,”* he said"); an infinitive complement
("warned Japan *to …*"); the object with what completes it ("calling *the strike a
disgrace*") or the object of the cue's preposition ("called for *a review*"); for verbs of
saying, the next paragraph when the cue ends its paragraph with a colon ("She added:"), else
the rest of the sentence away from the source and cue ("X said: *…*").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storylens.enrich.attributions import TRANSCRIPT_LINE
from storylens.enrich.quotation import ALL_MARKS, Quotation
from storylens.enrich.quote_sources import OBJECTS, SUBJECTS, cue_span, is_verb, is_word
from storylens.enrich.spans import phrase, subtree_span, text_of, token_at, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CLAUSES = frozenset({"ccomp"})
INFINITIVES = frozenset({"xcomp"})
MIN_CONTENT_WORDS = 2
#: Verbs whose object is the person spoken to, not what was said.
_ADDRESSEE_VERBS = frozenset({"tell", "told", "tells", "telling", "ask", "asked", "asks", "asking"})
#: What completes an object: "calling Trump *a fascist*".
_OBJECT_COMPLEMENTS = frozenset({"oprd", "attr"})
#: Prepositions whose object is what the cue is about: "called for", "talked about", "pointed to".
_ARGUMENT_PREPOSITIONS = frozenset("about for to of on against as with over at".split())
#: Entity types that say when, not what: "on Tuesday", "at noon".
_WHEN = frozenset({"DATE", "TIME"})
#: Characters of commas, dashes and spaces that may stand between a quotation and its cue.
_GAP = 8
#: The paragraph after a line break: its words.
_NEXT_PARAGRAPH = re.compile(r"\s*(?P<words>[^\n]*[^\s])")
_BLOCK_QUOTE_WORDS = 4


def complement(
    cue: Token,
    subject: Token | None,
    sentence: Span,
    speech: bool,
    quotations: Sequence[Quotation],
) -> tuple[int, int] | None:
    children = list(cue.children)
    for child in children:
        if child.dep_ in CLAUSES:
            start, end = subtree_span(child, exclude=subject)
            if speech and subject is not None and child.i < cue.i and end <= phrase(subject)[0]:
                # "…, but the port overruled it, the source added": all that goes before
                words = [t for t in sentence if t.i < child.i and is_word(t)]
                if words:
                    start = min(start, trim(cue.doc, words[0].i, child.i, keep_marks=True)[0])
            for other in children:  # "said X, and Y": a second clause with its own subject
                if (
                    other.dep_ == "conj"
                    and other.i > child.i
                    and any(grandchild.dep_ in SUBJECTS for grandchild in other.children)
                ):
                    end = max(end, subtree_span(other)[1])
            return start, end
    quoted = _quotation_before(cue, subject, quotations, _says_nothing_else(cue, subject, sentence))
    if quoted is not None:
        return quoted
    for child in children:
        if child.dep_ in INFINITIVES and is_verb(child):
            first = child
            for other in children:
                if other.dep_ in OBJECTS and cue.i < other.i < child.i:
                    first = other  # "warned *Japan* to stay out"
            span = subtree_span(child, exclude=subject)
            return min(span[0], subtree_span(first)[0]), span[1]
    if subject is None:
        return None
    found = _object_side(cue)
    if found is not None:
        return found
    if not speech:
        return None
    return _paragraph_after_colon(cue, sentence) or _rest_of_sentence(cue, subject, sentence)


def _quotation_before(
    cue: Token, subject: Token | None, quotations: Sequence[Quotation], bare: bool = False
) -> tuple[int, int] | None:
    """A quotation that ends just before the cue and its source, even in the sentence before:
    "« … », a déclaré X", "“… at last!” he wrote". One closed by a full stop only when the
    cue's sentence says nothing else (`bare`: "“… missing.” Trump said.")."""
    start = cue_span(cue)[0]
    if subject is not None and subject.i < cue.i:
        start = min(start, phrase(subject)[0])
    text = text_of(cue.doc)
    for quotation in quotations:  # in text order: stop at the first that ends too late
        if quotation.end > start:
            break
        between = text[quotation.end : start]
        if start - quotation.end > _GAP or between.strip(" ,\xa0—–-"):
            continue
        if _ends_sentence(text, quotation) and not bare:
            continue
        return quotation.start, quotation.end
    return None


def _says_nothing_else(cue: Token, subject: Token | None, sentence: Span) -> bool:
    """Whether the cue's sentence is only its source, the cue and when or where ("Trump said.",
    "said Roe on Tuesday.")."""
    source = {token.i for token in subject.subtree} if subject is not None else set()
    return not any(
        is_word(token) and token.i not in source and not _is_trailing_detail(token, cue)
        for token in sentence
        if token.i > cue.i
    )


def _ends_sentence(text: str, quotation: Quotation) -> bool:
    """A quotation that closes its sentence with a full stop ("… close.” Trump backed …") is
    not what the next sentence's cue reports; "“Why not?” she asked" still is."""
    inner = text[quotation.start : quotation.end].rstrip("".join(ALL_MARKS) + " \xa0")
    return inner.endswith(".")


def _paragraph_after_colon(cue: Token, sentence: Span) -> tuple[int, int] | None:
    """ "The governor added:" closing its paragraph: the words are the next paragraph, set
    as a block quote with no quotation marks (a quoted one is left to `_colon_quotes`)."""
    words = [token for token in sentence if not token.is_space]
    if not words or words[-1].text != ":" or words[-1].i - cue.i > 4:
        return None
    text = text_of(cue.doc)
    after = words[-1].idx + 1
    if "\n" not in text[after : after + 4]:
        return None
    match = _NEXT_PARAGRAPH.match(text, after)
    if match is None or match.group("words")[0] in ALL_MARKS or TRANSCRIPT_LINE.match(match.group("words")):
        return None
    if len(match.group("words").split()) < _BLOCK_QUOTE_WORDS:
        return None
    return match.span("words")


def _object_side(cue: Token) -> tuple[int, int] | None:
    """What a cue takes on its right: its object and what completes it ("calling *the protester
    a liar*", "described *himself as a moderate*"), or the object of a preposition that belongs
    to the cue ("called for *a higher wage*", "talked *about health care*"). Circumstances end it
    ("… on Tuesday", "… in a statement"); for "told" and "asked" the person spoken to is skipped."""
    parts: list[Token] = []
    for child in cue.rights:
        if child.dep_ in OBJECTS and cue.lower_ in _ADDRESSEE_VERBS:
            continue
        if _is_argument(child):
            parts.append(child)
        elif parts or child.dep_ not in {"prt", "advmod", "npadvmod"}:
            break
    if not parts:
        return None
    words = sum(1 for part in parts for token in part.subtree if is_word(token))
    if words < MIN_CONTENT_WORDS and not any(part.ent_type_ for part in parts):
        return None
    first = parts[0]
    if first.dep_ == "prep" and first.lower_ != "about":
        # "called *for* a review": the preposition joins the cue; "talked about …" keeps it
        first = _prep_object(first) or first
    last = max(t.i for t in parts[-1].subtree)
    for token in parts[-1].subtree:  # "… the plan *on Tuesday*": a date hung on the object
        if _dated_phrase(token) and token.i > first.i and max(t.i for t in token.subtree) == last:
            last = token.i - 1
            break
    return trim(cue.doc, min(t.i for t in first.subtree), last, keep_marks=True)


def _is_argument(child: Token) -> bool:
    if child.dep_ in OBJECTS or child.dep_ in _OBJECT_COMPLEMENTS:
        return True
    return child.dep_ == "prep" and child.lower_ in _ARGUMENT_PREPOSITIONS and _prep_object(child) is not None


def with_preposition(cue: Token, cue_at: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """The cue with the preposition (and particle) between it and its content: "called *for*"."""
    end = cue_at[1]
    for token in cue.rights:
        if token.idx >= content[0] or token.dep_ not in {"prep", "prt"}:
            break
        end = token.idx + len(token.text)
    return cue_at[0], end


def _dated_phrase(token: Token) -> bool:
    """A preposition whose object is a date or time: "on Tuesday", "at noon"."""
    return token.dep_ == "prep" and any(
        child.dep_ == "pobj" and child.ent_type_ in _WHEN for child in token.children
    )


def _prep_object(preposition: Token) -> Token | None:
    """The object of a preposition, unless it is a date or time ("on Tuesday")."""
    for child in preposition.children:
        if child.dep_ in {"pobj", "pcomp"}:
            return None if child.ent_type_ in _WHEN else child
    return None


def _rest_of_sentence(cue: Token, subject: Token | None, sentence: Span) -> tuple[int, int] | None:
    """The words on the far side of the source and cue: "“…,” she said" or "X said: …"; or
    both sides of a cue set off by commas ("the talks, she said, had failed")."""
    doc = cue.doc
    block = [cue.i, token_at(doc, cue_span(cue)[0])]
    if subject is not None:
        block.extend(t.i for t in subject.subtree)
    first, last = min(block), max(block)  # the source, the cue and anything between them
    # what goes before is the cue's only when the cue heads the sentence ("…, she said"): a
    # cue inside another clause ("said that the office would cross a line and that Ostmark
    # would respond") says nothing about the words before it
    heads = cue.dep_ in ("ROOT", "parataxis") or (cue.dep_ == "conj" and cue.head.dep_ == "ROOT")
    before = [t for t in sentence if t.i < first and is_word(t)] if heads else []
    after = [t for t in sentence if t.i > last and is_word(t) and not _is_trailing_detail(t, cue)]
    if len(before) >= MIN_CONTENT_WORDS and len(after) >= MIN_CONTENT_WORDS and _set_off(doc, first, last):
        return trim(doc, before[0].i, after[-1].i, keep_marks=True)
    if len(before) >= MIN_CONTENT_WORDS and (len(before) >= len(after) or not after):
        return trim(doc, before[0].i, before[-1].i, keep_marks=True)
    if len(after) >= MIN_CONTENT_WORDS:
        return trim(doc, after[0].i, after[-1].i, keep_marks=True)
    return None


def _set_off(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last stand between commas or dashes."""
    marks = {",", "—", "–", "-"}
    return first > 0 and last + 1 < len(doc) and doc[first - 1].text in marks and doc[last + 1].text in marks


def _is_trailing_detail(token: Token, cue: Token) -> bool:
    """ "… she said *on Tuesday*", "*in a statement*": circumstances of the saying, not content."""
    head = token
    for _ in range(4):
        if head.head.i == cue.i:
            return head.dep_ in {"prep", "npadvmod", "obl", "obl:mod", "advmod", "dative", "obl:arg"} or (
                head.dep_ in OBJECTS and cue.lower_ in _ADDRESSEE_VERBS
            )
        if head.head.i == head.i:
            return False
        head = head.head
    return False
