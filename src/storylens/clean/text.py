"""Clean text that a crawler already pulled out of HTML, with the site furniture still in it.

A page's text is a run of lines: menus and headers, the headline, the byline, the article,
then related stories, comments and the footer. Rules first flag the lines that name
themselves (share prompts, "Read more:" pointers, photo credits, repeats, teaser lists) and
find the stretch where prose outweighs everything else: each line scores its words when it
reads as prose (weighed by how many of them are function words) and a small cost when it
does not, and the stretch is the run with the highest total (a maximum-sum subarray). The
title model (`title_model.py`) picks the headline near its top, and the byline and date
lines around it become metadata (`text_metadata.py`). The line model (`line_model.py`) then weighs each line's
shape, the rule's flag, its place against the stretch and its neighbours, and makes the
keep/drop call. Every dropped line is kept with its reason.

`tidy_extracted` is the gentle pass for text an HTML extractor already chose: it takes the
metadata lines and obvious furniture out and trusts the rest.
"""

from __future__ import annotations

import re
from itertools import pairwise

import numpy as np

from storylens.clean.line_model import body_probability, is_soft, keep_threshold, line_features, reason_kind
from storylens.clean.lines import (
    EMBED_REASON,
    RELATED_HEADING,
    furniture_reason,
    is_glyph_dump,
    is_listed,
    is_prose,
    normalise_line,
    stopword_share,
    unbulleted,
)
from storylens.clean.meta import find_date, parse_byline, split_title, starts_byline
from storylens.clean.shown_date import (
    shown_date,
)
from storylens.clean.teasers import (
    mark_gallery,
    mark_related_teasers,
    mark_repeats,
    mark_teaser_lists,
    mark_timestamped,
)
from storylens.clean.text_metadata import find_metadata, find_published, title_and_byline
from storylens.clean.text_records import CleanedText, PageLines
from storylens.records import Removal
from storylens.text.stopwords import has_stoplist, stopwords
from storylens.text.words import word_count

BEFORE_REASON = "before the article body (menu or header)"
AFTER_REASON = "after the article body (related links, comments or footer)"
COMMENTS_REASON = "in the comment section (below its heading)"
#: Flags the line model reads among its features but may not overrule.
_RELATED_FLAGS = frozenset({"related-stories heading", "teaser under a related-stories heading"})
#: Soft flags that are certain on a short line: the line is only the prompt, pointer or credit.
_CERTAIN_WHEN_SHORT = frozenset(
    {"comment prompt", "share or subscribe prompt", "photo credit", "link to another article"}
)
CERTAIN_WORDS = 8
MIN_NAMED_TITLE = 12  # characters: a headline this long quoted in a prompt is the article's own

# Line scores for finding the body: prose earns its words, anything else costs.
SHORT_LINE_COST = 2.5
FURNITURE_COST = 6.0
BOUNDARY_COST = 30.0  # a related-stories or comments heading: the body rarely runs past one
LOW_STOPWORD_SHARE = 0.12  # below this, a "sentence" is a list of names or keywords
INTERSTITIAL = frozenset({"advertisement label", "icon-font glyphs", EMBED_REASON})
GROW_SHARE = 0.4  # a prose line beside kept ones is kept from this share of the model's cut
GAP_LINES = 2  # unflagged lines between two kept ones, up to this many, are kept with them
LIST_LINES = 30  # items of a list a kept sentence announces ("… as follows:"), up to this many
RUN_CAP = 2  # the n-th non-prose line in a row costs n times its own cost, up to this many
# A comment section's heading ends the article once this much of it has been kept above it
# (a "12 comments" link under the headline opens nothing).
COMMENTS_AFTER_LINES = 3
COMMENTS_AFTER_WORDS = 80
_COMMENT_WORDS = (
    r"(comments?|responses?|replies|thoughts|kommentare?|commentaires?|comentarios?|commenti|komentar)"
)
COMMENTS_HEADING = re.compile(
    rf"(there (are|is) )?\d+ {_COMMENT_WORDS}( (to|on|zu|sur|a|en|su|untuk) .+)?|"
    rf"(view |show |read |reader |user )?{_COMMENT_WORDS}\s*(\(\d+\)|:)?|"
    r"(leave|post|write) a (comment|reply)\W*( .*)?|join the (conversation|discussion)\W*|"
    r"be the first to comment\W*|(schreiben sie|schreibe) einen kommentar\W*|kommentar schreiben\W*|"
    r"laisser un commentaire\W*|deja un comentario\W*|lascia un commento\W*|posting komentar( untuk .+)?",
    re.I,
)


def split_lines(text: str) -> list[str]:
    return [line for line in (normalise_line(raw) for raw in text.splitlines()) if line]


#: A line this short that opens with a byline cue is a byline, not the rest of a sentence.
MAX_LONE_BYLINE_WORDS = 5


def join_wrapped(lines: list[str]) -> list[str]:
    """Lines joined where a hard wrap broke a sentence: a line that does not end a sentence,
    followed by one that starts in lower case."""
    joined: list[str] = []
    for line in lines:
        if joined and _continues(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _continues(previous: str, line: str) -> bool:
    """Whether a line carries on the one before; a byline in lower case ("by admin") under a
    headline is a line of its own."""
    first = line[:1]
    return (
        first.isalpha()
        and first.islower()
        and previous[-1:] not in '.!?:;…"”»)'
        and word_count(previous) >= 2
        and not furniture_reason(previous)
        and not (word_count(line) <= MAX_LONE_BYLINE_WORDS and starts_byline(line))
    )


def read_lines(text: str, language: str | None, site_furniture: frozenset[str] = frozenset()) -> PageLines:
    """The page's lines and the rules' verdicts. Ad labels and glyph lines are taken out
    first: they sit between an article's paragraphs and would make the lines around them
    look like furniture."""
    lines, reasons, interstitial = [], [], []
    for line in join_wrapped(split_lines(text)):
        reason = _line_reason(line, site_furniture)
        if reason in INTERSTITIAL:
            interstitial.append(Removal(line, reason))
        else:
            lines.append(line)
            reasons.append(reason)
    mark_repeats(lines, reasons)
    mark_teaser_lists(lines, reasons)
    mark_gallery(lines, reasons)
    stop = stopwords(language) if has_stoplist(language) else frozenset()
    scores = _escalate([_score(line, reason, stop) for line, reason in zip(lines, reasons, strict=True)])
    start, end = best_stretch(scores)
    return PageLines(lines, reasons, start, end, stop, interstitial)


def judge_lines(
    text: str,
    given_title: str | None,
    language: str | None,
    site_furniture: frozenset[str] = frozenset(),
    url: str | None = None,
) -> tuple[PageLines, CleanedText, np.ndarray]:
    """The rules' verdicts (reasons, metadata, the prose stretch) and the line model's features."""
    page = read_lines(text, language, site_furniture)
    result = CleanedText()
    if page.lines:
        headline = title_and_byline(page, result, given_title, language, url)
        find_published(page, headline, result, url)
        mark_related_teasers(page.lines, page.reasons)
    features = line_features(page.lines, page.reasons, page.start, page.end, page.stop)
    mark_timestamped(page.lines, page.reasons)  # after the features: a hard drop the model never saw
    return page, result, features


def clean_text(
    text: str,
    given_title: str | None = None,
    language: str | None = None,
    site_furniture: frozenset[str] = frozenset(),
    url: str | None = None,
) -> CleanedText:
    """Split crawler text into body paragraphs, metadata and removed lines.

    `site_furniture` holds lines (case-folded) seen on many pages of the same site; `url`,
    the page's address, helps find the headline.
    """
    page, result, features = judge_lines(text, given_title, language, site_furniture, url)
    lines, reasons = page.lines, page.reasons
    result.removed.extend(page.interstitial)
    if not lines:
        return result
    start, end = page.body
    probabilities = body_probability(features)
    allowed = [
        _model_may_keep(line, reason, result.title) for line, reason in zip(lines, reasons, strict=True)
    ]
    keep = _fill_gaps(_model_keeps(lines, allowed, probabilities), reasons)
    keep = _keep_announced_lists(keep, lines, reasons)
    keep = _cut_comment_section(keep, lines, reasons, start, end)
    if not any(keep):  # the model found no article: fall back on the prose stretch
        keep = [ok and start <= i <= end for i, ok in enumerate(allowed)]
    for index, line in enumerate(lines):
        if keep[index]:
            result.paragraphs.append(line)
        else:
            reason = reasons[index] or _model_reason(index, start, end, probabilities)
            result.removed.append(Removal(line, reason))
    return result


def _model_may_keep(line: str, reason: str | None, title: str | None) -> bool:
    """No rule flagged the line, or only one whose flag the line model weighs. A related-stories
    heading, which the model reads too, still says for sure what it and its lines are; and a
    short line that is nothing but a prompt, a pointer or a credit ("Leave a comment", "READ
    MORE: …", "Photo: …"), the article's own headline aside ("Post a comment on “<headline>”"),
    is furniture whatever the model makes of its neighbours."""
    if reason is None:
        return True
    kind = reason_kind(reason)
    own = line.replace(title, "") if title and len(title) >= MIN_NAMED_TITLE else line
    if kind in _CERTAIN_WHEN_SHORT and word_count(own) <= CERTAIN_WORDS:
        return False
    return is_soft(reason) and kind not in _RELATED_FLAGS


def _model_keeps(lines: list[str], allowed: list[bool], probabilities: np.ndarray) -> list[bool]:
    """The model's verdict on every line no hard rule dropped (metadata, site furniture)."""
    cut = keep_threshold()
    keep = [ok and bool(p >= cut) for ok, p in zip(allowed, probabilities, strict=True)]
    return _grow(keep, allowed, lines, probabilities, cut * GROW_SHARE)


def _grow(
    keep: list[bool], allowed: list[bool], lines: list[str], probabilities: np.ndarray, low: float
) -> list[bool]:
    """Kept stretches take in the prose lines next to them that the model was only unsure
    about (hysteresis): a short last sentence or one-line quote reads like a caption alone,
    but not beside the paragraphs it belongs to."""
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            if keep[i] or not allowed[i] or probabilities[i] < low or not is_prose(lines[i]):
                continue
            if (i > 0 and keep[i - 1]) or (i + 1 < len(lines) and keep[i + 1]):
                keep[i] = True
    return keep


def _keep_announced_lists(keep: list[bool], lines: list[str], reasons: list[str | None]) -> list[bool]:
    """A list that a kept sentence announces with a colon ("The rankings were as follows:")
    and that the article's text resumes under is the article's, however short its items
    ("1. Finland", "2. Norway"): the model alone reads such items as a menu."""
    for index, line in enumerate(lines[:-1]):
        if not keep[index] or not line.endswith(":"):
            continue
        end = index + 1
        while end < len(lines) and end - index <= LIST_LINES and not keep[end] and reasons[end] is None:
            if not is_listed(lines[end]):
                break
            end += 1
        if end - index > 1 and end < len(lines) and keep[end]:
            for item in range(index + 1, end):
                keep[item] = True
    return keep


def _fill_gaps(keep: list[bool], reasons: list[str | None]) -> list[bool]:
    """A line or two between kept lines that no rule flagged is the article's too: a list's
    items, a subheading, a caption the model doubted on its own."""
    kept = [i for i, k in enumerate(keep) if k]
    for before, after in pairwise(kept):
        gap = range(before + 1, after)
        if 0 < len(gap) <= GAP_LINES and all(reasons[i] is None for i in gap):
            for i in gap:
                keep[i] = True
    return keep


def _cut_comment_section(
    keep: list[bool], lines: list[str], reasons: list[str | None], start: int, end: int
) -> list[bool]:
    """Below a comment section's heading ("There are 13 comments", "Leave a Reply") that
    interrupts the prose stretch after the article has begun, nothing is the article's:
    readers' comments read as prose, and the model alone keeps some of them. A heading
    before the article ("12 comments" under the headline) or far below it cuts nothing."""
    kept_lines = kept_words = 0
    for index in range(max(0, start), min(len(lines), end + 2)):
        if keep[index]:
            kept_lines += 1
            kept_words += word_count(lines[index])
        elif (
            kept_lines >= COMMENTS_AFTER_LINES
            and kept_words >= COMMENTS_AFTER_WORDS
            and COMMENTS_HEADING.fullmatch(unbulleted(lines[index]))
        ):
            for later in range(index + 1, len(lines)):
                if keep[later]:
                    keep[later] = False
                    reasons[later] = COMMENTS_REASON
            break
    return keep


def _model_reason(index: int, start: int, end: int, probabilities: np.ndarray) -> str:
    if index < start:
        return BEFORE_REASON
    if index > end:
        return AFTER_REASON
    return f"reads as site furniture (line model, p={probabilities[index]:.2f})"


def _line_reason(line: str, site_furniture: frozenset[str]) -> str | None:
    if is_glyph_dump(line):
        return "icon-font glyphs"
    if line.casefold() in site_furniture and not (parse_byline(line) or find_date(line)):
        return "recurs on many pages of this site"
    if RELATED_HEADING.match(unbulleted(line)):
        return "related-stories heading"
    return furniture_reason(line)


def _score(line: str, reason: str | None, stop: frozenset[str]) -> float:
    if reason == "related-stories heading" or (reason or "").startswith("comment"):
        return -BOUNDARY_COST
    if reason is not None:
        return -FURNITURE_COST
    if not is_prose(line):
        return -SHORT_LINE_COST
    words = word_count(line)
    if stop and stopword_share(line, stop) < LOW_STOPWORD_SHARE:
        return words * 0.3
    return float(words)


def _escalate(scores: list[float]) -> list[float]:
    """Each further line in a run of non-prose lines costs more than the one before: a
    subheading or two inside an article is cheap, a menu or link list between two stretches
    of prose is not."""
    escalated: list[float] = []
    run = 0
    for score in scores:
        run = run + 1 if score < 0 else 0
        escalated.append(score * min(run, RUN_CAP) if score < 0 else score)
    return escalated


def best_stretch(scores: list[float]) -> tuple[int, int]:
    """The contiguous run of lines with the highest total score (start > end when none is
    positive)."""
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > best:
            best, best_start, best_end = total, start, index
    return best_start, best_end


def tidy_extracted(text: str, given_title: str | None = None) -> CleanedText:
    """The gentle pass over text an HTML extractor chose: metadata lines and plain furniture out."""
    lines = split_lines(text)
    reasons: list[str | None] = [
        "icon-font glyphs" if is_glyph_dump(line) else _short_furniture(line) for line in lines
    ]
    result = CleanedText()
    if given_title:
        result.title, result.outlet = split_title(given_title)
    find_metadata(lines, reasons, (0, min(len(lines) - 1, 2)), result)
    if found := shown_date(lines, 0, None):
        result.published = found[1]
    for line, reason in zip(lines, reasons, strict=True):
        if reason is None:
            result.paragraphs.append(line)
        else:
            result.removed.append(Removal(line, reason))
    return result


#: What an HTML extractor's text may still hold and no article sentence says.
_PLAIN_FURNITURE = frozenset(
    {
        "share or subscribe prompt",
        "comment prompt",
        "advertisement label",
        "link to another article",
        "copyright or legal line",
    }
)


def _short_furniture(line: str) -> str | None:
    if word_count(line) > 12:
        return None
    if RELATED_HEADING.match(unbulleted(line)):
        return "related-stories heading"
    reason = furniture_reason(line)
    return reason if reason in _PLAIN_FURNITURE else None
