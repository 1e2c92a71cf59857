"""Spans of attributions across a text, after the parse rules have found them: content
stretched to the quotations it touches, quotations that continue an attributed quote, one
attribution per content span, and content that ends where a joined clause has a speaker of
its own."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from storylens.enrich.attributions import Attribution
from storylens.enrich.quotation import Quotation

#: Characters between an attributed quote and a quotation that continues it, at most.
CONTINUATION_REACH = 400
#: A title in quotation marks has at most this many words.
_TITLE_WORDS = 8
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")
#: What joins two clauses, right before the second one's speaker: ", but", "; ", " while".
_CLAUSE_JOIN = re.compile(r"(?:,?\s+(?:but|and|while|whereas|although|though|yet|so)|;)\s+$", re.IGNORECASE)


def inside(position: int, quotations: Sequence[Quotation]) -> bool:
    return any(quotation.covers(position) for quotation in quotations)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def quoted_share(span: tuple[int, int], quotations: Sequence[Quotation]) -> float:
    length = max(1, span[1] - span[0])
    quoted = 0
    for quotation in quotations:
        for start, end in quotation.pieces:
            quoted += max(0, min(span[1], end) - max(span[0], start))
    return quoted / length


def stretch_to_quotations(
    attributions: Sequence[Attribution], quotations: Sequence[Quotation]
) -> list[Attribution]:
    """Content that touches a quotation takes in all of it, unless that would swallow the cue."""
    stretched = []
    for attribution in attributions:
        start, end = attribution.content
        for quotation in quotations:
            if not overlaps((start, end), (quotation.start, quotation.end)):
                continue
            grown = (min(start, quotation.start), max(end, quotation.end))
            blockers = [span for span in (attribution.cue, attribution.source) if span is not None]
            if not any(overlaps(grown, span) for span in blockers):
                start, end = grown
        stretched.append(replace(attribution, content=(start, end)))
    return stretched


def is_title(quoted: str) -> bool:
    """Whether quoted words name a show, a book or a slogan ("“State of the Union,”"): a few
    words, most of them and every longer one capitalised, and no sentence inside."""
    words = _WORDS.findall(quoted)
    capitalised = [word[0].isupper() for word in words]
    return (
        0 < len(words) <= _TITLE_WORDS
        and all(upper for word, upper in zip(words, capitalised, strict=True) if len(word) > 4)
        and sum(capitalised) * 2 > len(words)
        and not _SENTENCE_INSIDE.search(quoted)
    )


def continuations(
    text: str, attributions: Sequence[Attribution], quotations: Sequence[Quotation]
) -> Iterable[Attribution]:
    """A quotation no cue claims, close after an attributed quote, goes on with its speaker."""
    ordered = sorted(attributions, key=lambda attribution: attribution.content[0])
    for quotation in quotations:
        if any(overlaps((quotation.start, quotation.end), a.content) for a in ordered):
            continue
        quoted = text[quotation.start : quotation.end]
        if len(quoted.split()) < 4 or is_title(quoted):
            continue
        previous = [a for a in ordered if a.content[1] <= quotation.start]
        if not previous:
            continue
        last = previous[-1]
        between = text[last.content[1] : quotation.start]
        if between.count("\n\n") <= 1 and len(between) < CONTINUATION_REACH:
            yield replace(last, content=(quotation.start, quotation.end), cue=None)


def end_before_inner_speakers(
    text: str, attributions: Sequence[Attribution], quotations: Sequence[Quotation]
) -> list[Attribution]:
    """Content ends before a joined clause that has a speaker of its own: in "Roe said twenty
    firms had bid, but Brandt denies it", what Roe said stops at ", but"."""
    trimmed = []
    for attribution in attributions:
        start, end = attribution.content
        for other in attributions:
            if other is attribution or other.source is None or other.cue is None:
                continue
            begins = other.source[0]
            if not (start < begins and other.content[1] <= end and other.cue[1] <= end):
                continue
            join = _CLAUSE_JOIN.search(text, max(start, begins - 12), begins)
            if join is not None and start + 10 < join.start() < end and not inside(join.start(), quotations):
                end = join.start()
        trimmed.append(
            replace(attribution, content=(start, end)) if end != attribution.content[1] else attribution
        )
    return trimmed


def one_per_span(attributions: Sequence[Attribution]) -> list[Attribution]:
    """One attribution per content span (two cues can claim the same words): the first wins."""
    kept: dict[tuple[int, int], Attribution] = {}
    for attribution in attributions:
        kept.setdefault(attribution.content, attribution)
    return list(kept.values())
