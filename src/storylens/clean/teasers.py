"""Lines that point at other pages rather than belong to the article, marked by their pattern
on the page: a line repeated from higher up, runs of headline-and-blurb teasers, a numbered
photo gallery, and what follows a related-stories heading. Each mark is a reason the text
cleaner shows the user; the gallery's and a listed link's are final, the others the line
model weighs.
"""

from __future__ import annotations

import re
from itertools import pairwise

from storylens.clean.line_model import is_soft
from storylens.clean.lines import is_listed, is_prose, unbulleted
from storylens.text.words import WORD, word_count

TEASER_RUN = 3  # headline-and-blurb pairs in a row that make a teaser list
TEASER_BLURB_WORDS = 45
#: A list item under a related-stories heading is a link to another story, whatever the model says.
LISTED_TEASER_REASON = "link listed under a related-stories heading"
#: Dropped whatever the line model says: the counters leave no doubt.
GALLERY_REASON = "numbered photo gallery"
#: A line that ends in a time of day and is claimed by no date or byline: a comment's header
#: ("#3 Mia 2013/12/28 20:34") or a dated link to another story ("Markets rally Reuters 3/9 15:47").
TIMESTAMP_REASON = "ends in a time of day (a comment's header or a dated link)"
_CLOCK_AT_END = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?|uhr|h))?(?:\s*[A-Z]{2,4})?\s*$"
)
#: A gallery's picture counter at the head of its caption: "3/50 Natalie Massenet leaves".
_GALLERY_COUNTER = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})\s+\S")


def mark_repeats(lines: list[str], reasons: list[str | None]) -> None:
    """A line with words that the page already had higher up (a menu again, a credit again)."""
    seen: set[str] = set()
    for index, line in enumerate(lines):
        key = line.casefold()
        if key in seen and reasons[index] is None and WORD.search(line):
            reasons[index] = "repeated line"
        seen.add(key)


def ends_in_time(line: str) -> bool:
    """Whether the line ends in a time of day ("1:39 PM ET", "18:01")."""
    return _CLOCK_AT_END.search(line) is not None


def mark_timestamped(lines: list[str], reasons: list[str | None]) -> None:
    """Lines no final rule claimed that end in a time of day: an article's sentences end in
    words."""
    for index, line in enumerate(lines):
        if (reasons[index] is None or is_soft(reasons[index])) and ends_in_time(line):
            reasons[index] = TIMESTAMP_REASON


def mark_teaser_lists(lines: list[str], reasons: list[str | None]) -> None:
    """Runs of 'headline, then a one-paragraph blurb', three or more in a row, are a list of
    links to other articles; an article's subheadings are followed by longer stretches."""
    pairs: list[int] = []  # index of each headline in the current run of pairs
    index = 0
    while index + 1 < len(lines):
        if _is_teaser_pair(lines, reasons, index):
            pairs.append(index)
            index += 2
            continue
        _drop_pairs(pairs, reasons)
        pairs = []
        index += 1
    _drop_pairs(pairs, reasons)


def mark_gallery(lines: list[str], reasons: list[str | None]) -> None:
    """A numbered photo gallery ("1/50 Star Wars boosts economy", its caption, its credit,
    "2/50 …"): three or more counters out of the same total, counting up, and the lines
    between and after them, are other stories' pictures, not the article."""
    counters: dict[int, list[tuple[int, int]]] = {}  # total -> (line index, number)
    for index, line in enumerate(lines):
        match = _GALLERY_COUNTER.match(unbulleted(line))
        if match and 0 < int(match[1]) <= int(match[2]):
            counters.setdefault(int(match[2]), []).append((index, int(match[1])))
    for found in counters.values():
        if len(found) < TEASER_RUN or any(b[1] <= a[1] for a, b in pairwise(found)):
            continue
        first, last = found[0][0], found[-1][0]
        step = max(1, round((last - first) / (len(found) - 1)))
        for index in range(first, min(len(lines), last + step)):
            if reasons[index] is None or is_soft(reasons[index]):  # a credit repeated is the gallery's too
                reasons[index] = GALLERY_REASON


def _is_teaser_pair(lines: list[str], reasons: list[str | None], index: int) -> bool:
    head, blurb = lines[index], lines[index + 1]
    after = lines[index + 2] if index + 2 < len(lines) else ""
    return (
        reasons[index] is None
        and reasons[index + 1] is None
        and (not is_prose(head) or (head.endswith("?") and is_listed(head)))  # "* Why …?" too
        and 2 <= word_count(head) <= 16
        and is_prose(blurb)
        and word_count(blurb) <= TEASER_BLURB_WORDS
        and not (is_prose(after) and word_count(after) > 15)
    )


def _drop_pairs(pairs: list[int], reasons: list[str | None]) -> None:
    if len(pairs) < TEASER_RUN:
        return
    for index in pairs:
        reasons[index] = reasons[index + 1] = "teaser list (headline and blurb of another article)"


def mark_related_teasers(lines: list[str], reasons: list[str | None]) -> None:
    """The lines under a related-stories heading are its teasers, up to the next real paragraph."""
    in_related = False
    for index in range(len(lines)):
        if reasons[index] == "related-stories heading":
            in_related = True
        elif reasons[index] is None and in_related:
            if is_prose(lines[index]) and word_count(lines[index]) > 20:
                in_related = False
            else:
                listed = is_listed(lines[index])
                reasons[index] = LISTED_TEASER_REASON if listed else "teaser under a related-stories heading"
