"""Which short line of crawler text names the article's author: a small boosted-tree model over
every short line that could hold a name.

Most pages print their author with no "By": a name alone under the headline, beside the date
("Jane Doe December 9, 2024 0 Comments"), behind a list bullet, in an author box under the
article whose next line opens "Jane Doe is a …". Menus, tags and teaser lists are short
capitalised lines too. What tells them apart is where the line sits (by the headline, by a
date, after the body), what it looks like (a few capitalised words and little else) and what
the page does with the name (repeats it, opens a biography with it, never uses its words in
the article). Each candidate is described by these and the model ranks them; the best is the
byline when its probability clears the model's cut.

`tools/train_byline_model.py` fits the trees on the trafilatura-eval pages and the fit part
of the WCXB pages, taught by their labelled authors; the held-out WCXB sites and the
readability pages are never read there, so `storylens eval extraction` scores the model on
sites it never saw.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import numpy as np

from storylens.clean.bylines import is_capitalised_name
from storylens.clean.lines import capitalised_share, is_listed, is_prose, stopword_share, unbulleted
from storylens.clean.meta import find_date, parse_byline, starts_byline, undated
from storylens.clean.trees import Trees, load_trees
from storylens.text.words import WORD, word_count

#: A line with more words is a sentence, not a byline.
MAX_LINE_WORDS = 12
MAX_NAME_WORDS = 6
#: Lines above a candidate read for a menu's end, and lines either side read for a date.
MENU_LINES = 3
DATE_LINES = 2
#: Candidates read on a page at most (the first ones, then the last ones: bylines sit by the
#: headline or in an author box under the article, not in the middle of a long page).
MAX_CANDIDATES = 400

BYLINE_FEATURES = (
    "log_above_headline",
    "log_below_headline",
    "headline_known",
    "log_above_start",
    "log_below_start",
    "after_end",
    "log_after_end",
    "position",
    "cued",
    "rules_pick",
    "log_line_words",
    "log_name_words",
    "name_share",
    "capitalised_share",
    "upper_share",
    "digit_share",
    "dated",
    "date_near",
    "lone_cue_above",
    "bullet",
    "flagged",
    "flagged_above",
    "menu_above",
    "log_lines_naming",
    "log_copies",
    "biography",
    "biography_first_name",
    "body_share",
    "url_share",
    "url_given",
    "stopword_share",
    "prose_below",
    "separator",
)

_JOINERS = frozenset({"and", "und", "et", "y", "&", "de", "van", "von", "da", "le", "del", "di", "du"})
#: What ends the name part of a line: a separator, a comma (a role follows: "Jane Doe, Editor").
_NAME_END = re.compile(r"\s*(?:[|•·–—/]|,|\s-\s|\()")
_LONE_CUE = re.compile(r"\W*(?:by|von|par|por|oleh|di|door|av|af|author|written by|posted by)\W*", re.I)


def name_in(line: str) -> tuple[str, bool] | None:
    """The name a short line may give, and whether a cue ("By", "Von") says it is the
    author's: "By Jane Doe" → ("Jane Doe", True); "* Jane Doe, Staff Writer" and "Jane Doe
    December 9, 2024 0 Comments" → ("Jane Doe", False)."""
    text = unbulleted(line).strip()
    if not text or word_count(text) > MAX_LINE_WORDS or text.endswith(("..", "…")):
        return None  # a line that trails off is a cut teaser or a search box's placeholder
    if starts_byline(text) and (cued := parse_byline(text, dated=find_date(text) is not None)):
        return cued, True
    part = _NAME_END.split(undated(text), maxsplit=1)[0]
    run: list[str] = []
    for word in part.split():
        if is_capitalised_name(word) or (run and word.casefold() in _JOINERS):
            run.append(word)
        else:
            break
    while run and run[-1].casefold() in _JOINERS:
        run.pop()
    if not 1 <= len(run) <= MAX_NAME_WORDS or len({w.casefold() for w in run}) < len(run):
        return None  # a name says each of its words once
    return " ".join(run).rstrip("."), False


def candidates(lines: list[str]) -> list[tuple[int, str, bool]]:
    """(index, name, cued) of each line that may name the author."""
    found = [(i, *named) for i, line in enumerate(lines) if (named := name_in(line))]
    if len(found) > MAX_CANDIDATES:
        half = MAX_CANDIDATES // 2
        found = found[:half] + found[-half:]
    return found


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def candidate_rows(
    lines: list[str],
    reasons: list[str | None],
    picked: list[tuple[int, str, bool]],
    *,
    body: tuple[int, int],
    headline: int | None,
    rules_byline: str | None,
    url: str | None,
    stop: frozenset[str],
) -> np.ndarray:
    """One row of BYLINE_FEATURES per candidate in `picked`."""
    start, end = body
    folded = [line.casefold() for line in lines]
    page_text = "\n".join(folded)
    copies = Counter(unbulleted(line).strip() for line in folded)
    prose = [line for line in lines if is_prose(line)]
    # each prose line's first one, two and three words: a biography opens with the name
    openings = Counter(
        " ".join(words[:n]) for words in map(_words, prose) for n in (1, 2, 3) if len(words) >= n
    )
    firsts = Counter(_words(line)[0] for line in prose if _words(line))
    body_words = Counter(w for line in lines[start : end + 1] for w in _words(line))
    address = (
        set(_words(re.sub(r"[-_+./]", " ", unquote(urlsplit(url).netloc + urlsplit(url).path))))
        if url
        else set()
    )
    ruled = (rules_byline or "").casefold()
    dated: dict[int, bool] = {}

    def has_date(index: int) -> bool:
        if index not in dated:
            dated[index] = (
                0 <= index < len(lines) and word_count(lines[index]) <= 20 and bool(find_date(lines[index]))
            )
        return dated[index]

    rows = np.zeros((len(picked), len(BYLINE_FEATURES)), dtype=np.float64)
    for row, (i, name, cued) in enumerate(picked):
        line = lines[i]
        words = word_count(line)
        mine = _words(name)
        key = name.casefold()
        letters = [c for c in name if c.isalpha()]
        naming = page_text.count(key)
        opening = " ".join(mine[:3])
        biography = openings[opening] if mine else 0
        first_name = firsts.get(mine[0], 0) if mine and len(mine[0]) > 2 else 0
        in_body = [w for w in mine if body_words[w] > (1 if start <= i <= end else 0)]
        above = range(max(0, i - MENU_LINES), i)
        rows[row] = (
            math.log1p(max(0, headline - i)) if headline is not None else 0.0,
            math.log1p(max(0, i - headline)) if headline is not None else 0.0,
            float(headline is not None),
            math.log1p(max(0, start - i)),
            math.log1p(max(0, i - start)) if i <= end else 0.0,
            float(i > end),
            math.log1p(max(0, i - end)),
            i / max(1, len(lines) - 1),
            float(cued),
            float(bool(ruled) and (key in ruled or ruled in key)),
            math.log1p(words),
            math.log1p(len(mine)),
            len(mine) / max(1, words),
            capitalised_share(name),
            sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0,
            sum(c.isdigit() for c in line) / max(1, len(line)),
            float(has_date(i)),
            float(any(has_date(j) for j in range(i - DATE_LINES, i + DATE_LINES + 1) if j != i)),
            float(i > 0 and _LONE_CUE.fullmatch(lines[i - 1]) is not None),
            float(is_listed(line)),
            float(reasons[i] is not None),
            float(i > 0 and reasons[i - 1] is not None),
            sum(1 for j in above if is_listed(lines[j])) / MENU_LINES,
            math.log1p(naming),
            math.log1p(copies[unbulleted(folded[i]).strip()] - 1),
            math.log1p(biography),
            math.log1p(first_name),
            len(in_body) / len(mine) if mine else 0.0,
            sum(1 for w in mine if w in address) / len(mine) if mine and address else 0.0,
            float(bool(address)),
            stopword_share(name, stop) if stop else -1.0,
            float(i + 1 < len(lines) and is_prose(lines[i + 1])),
            float(_NAME_END.search(unbulleted(line)) is not None),
        )
    return rows


@lru_cache(maxsize=1)
def trees() -> Trees:
    return load_trees("byline_model.npz", BYLINE_FEATURES, "tools/train_byline_model.py")


def pick_byline(
    lines: list[str],
    reasons: list[str | None],
    *,
    body: tuple[int, int],
    headline: int | None,
    rules_byline: str | None,
    url: str | None,
    stop: frozenset[str],
) -> tuple[int, str] | None:
    """The line that names the author and the name, or None when no line is likely enough."""
    picked = candidates(lines)
    if not picked:
        return None
    rows = candidate_rows(
        lines, reasons, picked, body=body, headline=headline, rules_byline=rules_byline, url=url, stop=stop
    )
    best = trees().best(rows)
    if best is None:
        return None
    index, name, _ = picked[best]
    return index, name
