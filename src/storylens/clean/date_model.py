"""Which dated line of crawler text gives the article's publication date: a small boosted-tree
model over every short line that writes a full date.

A page prints many dates: the article's, an "Updated" one, the teasers' beside it, an archive
menu's, a copyright year's, comments'. The rules (`shown_date.py`) take the first date line by
the headline; they miss a date printed further down ("Posted by Jane Doe on 3 May 2024" under
a long standfirst) and take a teaser's date when the headline was not found. What gives the
article's date away is where its line sits (by the headline, the byline, the body's top or
end), what the line says ("Published", "Updated", a name), and how the day stands among the
page's dates (repeated, the latest, in the address). Each candidate is described by these and
the model ranks them; the best is the published date when its probability clears the cut.

`tools/train_date_model.py` fits the trees on the trafilatura-eval pages and the fit part of
the WCXB pages, taught by their labelled dates; the held-out WCXB sites and the readability
pages are never read there.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from functools import lru_cache

import numpy as np

from storylens.clean.lines import is_listed, is_prose
from storylens.clean.meta import find_date, parse_byline, starts_byline, undated
from storylens.clean.shown_date import PUBLISHED_CUE, Dated, ends_like_sentence, stamped_link
from storylens.clean.trees import Trees, load_trees
from storylens.text.words import word_count

#: A line with more words beside its date is a sentence that mentions one, as is one that
#: ends like a sentence (see `ends_like_sentence`).
MAX_LINE_WORDS = 25
MAX_CANDIDATES = 200
MENU_LINES = 3

DATE_FEATURES = (
    "log_above_headline",
    "log_below_headline",
    "headline_known",
    "log_above_start",
    "log_below_start",
    "after_end",
    "log_after_end",
    "position",
    "log_other_words",
    "date_only",
    "published_cue",
    "updated_cue",
    "byline_on_line",
    "log_from_byline",
    "byline_known",
    "has_time",
    "copyright",
    "flagged",
    "bullet",
    "menu_above",
    "prose_below",
    "log_candidates",
    "log_rank",
    "log_day_copies",
    "earliest",
    "latest",
    "log_days_before_latest",
    "url_day",
    "url_month",
    "url_given",
    "rules_pick",
)

_UPDATED = re.compile(r"\b(?:updated|modified|edited|aktualisiert|mis à jour|actualizado|aggiornato)\b", re.I)
_DIGIT = re.compile(r"\d")
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)


def _flagged(reason: str | None) -> bool:
    """Flagged by a rule as furniture (not as the byline or a date line)."""
    return reason is not None and not reason.startswith(("byline", "date line"))


def candidates(lines: list[str], end: int) -> list[tuple[int, Dated]]:
    """(index, date) of each short line that writes a full date with a year and month; not a
    line under the body (whose last line is at `end`) that ends in a time of day and does not
    say it gives the article's date: those are comment headers and dated links."""
    found: list[tuple[int, Dated]] = []
    for index, line in enumerate(lines):
        if index > end and stamped_link(line):
            continue
        if len(found) >= MAX_CANDIDATES:
            break
        if not _DIGIT.search(line) or word_count(line) > MAX_LINE_WORDS + 6:
            continue
        rest = undated(line)
        if ends_like_sentence(rest) or word_count(rest) > MAX_LINE_WORDS:
            continue
        if (dated := find_date(line)) and len(dated[0]) >= 10:
            found.append((index, dated))
    return found


def _url_days(url: str | None) -> tuple[set[str], set[str]]:
    """The days and the months an address writes ("/2024/05/03/", "2024-05-03", "20240503")."""
    if not url:
        return set(), set()
    days, months = set(), set()
    for year, month, day in re.findall(
        r"(?<!\d)(20\d{2}|19\d{2})[/-]?(0[1-9]|1[0-2])(?:[/-]?(0[1-9]|[12]\d|3[01]))?(?!\d)", url
    ):
        months.add(f"{year}-{month}")
        if day:
            days.add(f"{year}-{month}-{day}")
    return days, months


def candidate_rows(
    lines: list[str],
    reasons: list[str | None],
    picked: list[tuple[int, Dated]],
    *,
    body: tuple[int, int],
    headline: int | None,
    byline_line: int | None,
    rules_pick: int | None,
    url: str | None,
) -> np.ndarray:
    """One row of DATE_FEATURES per candidate in `picked`."""
    start, end = body
    days = [found[0][:10] for _, found in picked]
    copies = Counter(days)
    latest = max(days, default="")
    earliest = min(days, default="")
    url_days, url_months = _url_days(url)
    rows = np.zeros((len(picked), len(DATE_FEATURES)), dtype=np.float64)
    for row, ((i, found), day) in enumerate(zip(picked, days, strict=True)):
        line = lines[i]
        rest = word_count(undated(line))
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
            math.log1p(rest),
            float(rest == 0),
            float(PUBLISHED_CUE.match(line) is not None),
            float(_UPDATED.search(line) is not None),
            float(starts_byline(line) or parse_byline(line, dated=True) is not None),
            math.log1p(abs(i - byline_line)) if byline_line is not None else 0.0,
            float(byline_line is not None),
            float("T" in found[0]),
            float(_COPYRIGHT.search(line) is not None),
            float(_flagged(reasons[i])),
            float(is_listed(line)),
            sum(1 for j in above if is_listed(lines[j])) / MENU_LINES,
            float(i + 1 < len(lines) and is_prose(lines[i + 1])),
            math.log1p(len(picked)),
            math.log1p(row),
            math.log1p(copies[day] - 1),
            float(day == earliest),
            float(day == latest),
            math.log1p(_days_between(day, latest)),
            float(day in url_days),
            float(day[:7] in url_months),
            float(bool(url)),
            float(i == rules_pick),
        )
    return rows


def _days_between(day: str, later: str) -> int:
    try:
        return max(0, (date.fromisoformat(later) - date.fromisoformat(day)).days)
    except ValueError:
        return 0


@lru_cache(maxsize=1)
def trees() -> Trees:
    return load_trees("date_model.npz", DATE_FEATURES, "tools/train_date_model.py")


def pick_date(
    lines: list[str],
    reasons: list[str | None],
    *,
    body: tuple[int, int],
    headline: int | None,
    byline_line: int | None,
    rules_pick: int | None,
    url: str | None,
) -> tuple[int, Dated] | None:
    """The line that gives the published date and its date, or None when none is likely enough."""
    picked = candidates(lines, body[1])
    if not picked:
        return None
    rows = candidate_rows(
        lines,
        reasons,
        picked,
        body=body,
        headline=headline,
        byline_line=byline_line,
        rules_pick=rules_pick,
        url=url,
    )
    best = trees().best(rows)
    return None if best is None else picked[best]
