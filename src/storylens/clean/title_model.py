"""Which line of crawler text is the headline: a small boosted-tree model over the lines
around the top of the prose stretch.

A headline has no mark of its own in text: it is a short line like the menu items above it,
the photo credit below it and the teasers beside it. What gives it away is where it sits and
what it shares: it tops the article, often under the last menu item and over a standfirst,
byline or date; it shares words with the first paragraphs and with the page's address; and
pages often repeat it (breadcrumb, share text, "Headline | Outlet"). Each candidate line is
described by these and the model ranks them; the best is the title when its probability
clears the model's cut.

`tools/train_title_model.py` fits the trees on the labelled titles of the trafilatura-eval
pages and of WCXB's fit part (a line is right when it reads as the title once
`title_parts.split_headline` has set the site's pieces aside), the cut chosen by
cross-validation grouped by site; the readability pages and WCXB's held-out sites are never
seen.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import numpy as np

from storylens.clean.lines import capitalised_share, is_listed, is_prose, stopword_share
from storylens.clean.meta import find_date, parse_byline, split_title
from storylens.clean.title_parts import piece_words
from storylens.clean.trees import Trees, load_trees
from storylens.text.words import WORD, word_count

#: Candidates lie this many lines above the prose stretch's first line, down to a few below it.
SEARCH_ABOVE = 60
SEARCH_BELOW = 10
MAX_WORDS = 30
#: Lines above a candidate that are read for a menu's end.
MENU_LINES = 3
MENU_ROW_PIECES = 3
MENU_ITEM_WORDS = 2

TITLE_FEATURES = (
    "log_above",
    "log_below",
    "at_start",
    "log_words",
    "log_chars",
    "ends_period",
    "ends_question",
    "ends_colon",
    "prose",
    "capitalised_share",
    "upper_share",
    "digit_share",
    "separators",
    "longest_piece_share",
    "bullet",
    "stopword_share",
    "body_share",
    "body_share_gap",
    "url_share",
    "url_share_gap",
    "url_given",
    "log_copies",
    "headed_elsewhere",
    "byline",
    "date",
    "next_meta",
    "next_log_words",
    "next_prose",
    "prev_log_words",
    "prev_bullet",
    "prev_flagged",
    "menu_above",
    "flagged",
    "repeated",
    "position",
)
_SEPARATORS = "|·•/»›:–—-"


def candidates(lines: list[str], body: tuple[int, int]) -> list[int]:
    """Lines near the top of the prose stretch (`body`: its first and last line) short
    enough to be a headline. A stretch of one line is the article itself, never its title,
    and a menu row ("Home | News | Sport", three pieces or more of one or two words) is none."""
    start, end = body
    low, high = max(0, start - SEARCH_ABOVE), min(len(lines), start + SEARCH_BELOW + 1)
    return [
        i
        for i in range(low, high)
        if 1 <= word_count(lines[i]) <= MAX_WORDS and not start == end == i and not is_menu_row(lines[i])
    ]


def is_menu_row(line: str) -> bool:
    pieces = piece_words(line)
    return len(pieces) >= MENU_ROW_PIECES and max(pieces) <= MENU_ITEM_WORDS


def content_words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text) if len(w) > 3}


def url_words(url: str | None) -> set[str]:
    """The words of an address's path ("/2024/05/ferry-strike-ends" → ferry, strike, ends)."""
    if not url:
        return set()
    return content_words(re.sub(r"[-_+.]", " ", unquote(urlsplit(url).path)))


def candidate_rows(
    lines: list[str],
    reasons: list[str | None],
    picked: list[int],
    *,
    body: tuple[int, int],
    url: str | None,
    stop: frozenset[str],
) -> np.ndarray:
    """One row of TITLE_FEATURES per candidate in `picked`; `body` is the prose stretch's
    first and last line."""
    start, end = body
    opening = content_words(" ".join(lines[start : min(end + 1, start + 6)])) if start <= end else set()
    address = url_words(url)
    folded = [line.casefold() for line in lines]
    copies = Counter(folded)
    # heads of 'Headline | Outlet' lines: a candidate equal to one is repeated with a tail
    heads = [_head(line).casefold() for line in lines]
    retitled = {head for head, line in zip(heads, folded, strict=True) if head != line}
    mines = [content_words(_head(lines[i])) for i in picked]
    shares = [len(mine & opening) / len(mine) if mine else 0.0 for mine in mines]
    best_share = max(shares, default=0.0)
    in_address = [len(mine & address) / len(mine) if mine and address else 0.0 for mine in mines]
    best_address = max(in_address, default=0.0)
    rows = np.zeros((len(picked), len(TITLE_FEATURES)), dtype=np.float64)
    for row, (i, share, named) in enumerate(zip(picked, shares, in_address, strict=True)):
        line = lines[i]
        words = word_count(line)
        letters = [c for c in line if c.isalpha()]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        before = lines[i - 1] if i > 0 else ""
        above = range(max(0, i - MENU_LINES), i)
        pieces = piece_words(line)  # a menu row's pieces are all short, a headline's one is long
        rows[row] = (
            math.log1p(max(0, start - i)),
            math.log1p(max(0, i - start)),
            float(i == start),
            math.log1p(words),
            math.log1p(len(line)),
            float(line.endswith(".")),
            float(line.endswith(("?", "!"))),
            float(line.endswith(":")),
            float(is_prose(line)),
            capitalised_share(line),
            sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0,
            sum(c.isdigit() for c in line) / len(line),
            sum(line.count(c) for c in _SEPARATORS) / max(1, words),
            max(pieces) / max(1, sum(pieces)),
            float(is_listed(line)),
            stopword_share(line, stop) if stop else -1.0,
            share,
            best_share - share,
            named,
            best_address - named,
            float(bool(address)),
            math.log1p(copies[folded[i]] - 1),
            float(folded[i] in retitled),
            float(parse_byline(line) is not None),
            float(find_date(line) is not None),
            float(bool(following) and bool(parse_byline(following) or find_date(following))),
            math.log1p(word_count(following)),
            float(is_prose(following)),
            math.log1p(word_count(before)),
            float(is_listed(before)),
            float(i > 0 and reasons[i - 1] is not None),
            sum(1 for j in above if is_listed(lines[j])) / MENU_LINES,
            float(reasons[i] is not None),
            float(reasons[i] == "repeated line"),
            i / max(1, len(lines) - 1),
        )
    return rows


def _head(line: str) -> str:
    return split_title(line)[0]


@lru_cache(maxsize=1)
def trees() -> Trees:
    return load_trees("title_model.npz", TITLE_FEATURES, "tools/train_title_model.py")


def pick_title(
    lines: list[str],
    reasons: list[str | None],
    *,
    body: tuple[int, int],
    url: str | None,
    stop: frozenset[str],
) -> int | None:
    """The index of the headline line, or None when no candidate is likely enough."""
    picked = candidates(lines, body)
    if not picked:
        return None
    rows = candidate_rows(lines, reasons, picked, body=body, url=url, stop=stop)
    best = trees().best(rows)
    return None if best is None else picked[best]
