"""A gradient-boosted tree model that decides, line by line, what of a page's text is the article.

Each line is described by its shape (length, sentence ending, share of function words,
capitalised words, digits, separators, list bullets), the rule that flagged it if any
(a cookie notice, a repeated line, a teaser list, ...), its place (inside or outside the
highest-scoring prose stretch, distance to it), the same for the two lines before and after
it, and the page as a whole (how long it is, how much of it reads as prose). The rules alone
cannot weigh these against each other: "Consent" is a cookie word, yet a paragraph about
consent is prose; a repeated line is usually a menu, yet a refrain in a poem is not.

The trees ship with the package (`line_model.npz`, plain arrays); `tools/train_line_model.py`
fits them from trafilatura's decisions on the pages of ../shared/data/extraction/trafilatura-eval,
so the text mode learns what an HTML-aware extractor keeps, from the text alone. Prediction
walks every tree for every line at once in numpy; scikit-learn is needed only to train.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from storylens.clean.lines import capitalised_share, is_listed, is_prose, stopword_share
from storylens.clean.trees import Trees, load_trees
from storylens.text.words import WORD, word_count

LINE_FEATURES = (
    "bias",
    "log_words",
    "prose",
    "stopword_share",
    "prev_dropped",
    "next_dropped",
    "in_stretch",
    "before_stretch",
    "after_stretch",
    "log_distance",
    "position",
    "bullet",
    "capitalised_share",
    "digit_share",
    "separators",
    "prev_prose",
    "next_prose",
    "prev_log_words",
    "next_log_words",
    "window_prose_words",
    "no_stoplist",
    "pipe_or_arrow",
)
# The rules' verdicts the model weighs (the part of a reason before any bracket). Metadata
# lines, lines the site repeats, ad labels and glyph dumps are dropped whatever the model says.
SOFT_REASONS = (
    "HTML markup left in the text",
    "comment prompt",
    "cookie or privacy notice",
    "copyright or legal line",
    "language picker",
    "link to another article",
    "navigation breadcrumb",
    "photo credit",
    "podcast or video widget",
    "related-stories heading",
    "repeated line",
    "share or subscribe prompt",
    "teaser list",
    "teaser under a related-stories heading",
)
# Columns of a neighbouring line that are read beside a line's own.
_NEIGHBOUR_COLUMNS = ("log_words", "prose", "stopword_share", "bullet", "capitalised_share")
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
PAGE_FEATURES = (
    "page_log_lines",
    "page_prose_share",
    "page_flagged_share",
    "page_stopword_share",
    "page_prose_word_share",
)
FEATURES = (
    *LINE_FEATURES,
    *(f"rule:{reason}" for reason in SOFT_REASONS),
    *(
        f"{name}@{offset:+d}"
        for offset in NEIGHBOUR_OFFSETS
        for name in (*_NEIGHBOUR_COLUMNS, *(f"rule:{reason}" for reason in SOFT_REASONS))
    ),
    *PAGE_FEATURES,
)
_SOFT_INDEX = {reason: i for i, reason in enumerate(SOFT_REASONS)}


def reason_kind(reason: str) -> str:
    """A reason without its bracketed detail: "teaser list (headline and …)" → "teaser list"."""
    return reason.split(" (", maxsplit=1)[0]


def is_soft(reason: str | None) -> bool:
    """Whether the model, not the rule, has the last word on a line the rule flagged."""
    return reason is not None and reason_kind(reason) in _SOFT_INDEX


def line_features(
    lines: list[str],
    reasons: list[str | None],
    start: int,
    end: int,
    stop: frozenset[str],
) -> np.ndarray:
    """One row of FEATURES per line."""
    count = len(lines)
    if not count:
        return np.zeros((0, len(FEATURES)), dtype=np.float64)
    own = _own_features(lines, reasons, start, end, stop)
    rules = np.zeros((count, len(SOFT_REASONS)), dtype=np.float64)
    for i, reason in enumerate(reasons):
        if reason is not None and (kind := _SOFT_INDEX.get(reason_kind(reason))) is not None:
            rules[i, kind] = 1.0
    base = np.hstack([own, rules])
    picked = [LINE_FEATURES.index(name) for name in _NEIGHBOUR_COLUMNS]
    picked += list(range(len(LINE_FEATURES), base.shape[1]))
    neighbours = [_shifted(base[:, picked], offset) for offset in NEIGHBOUR_OFFSETS]
    log_words, prose = own[:, 1], own[:, 2]
    flagged = np.array([reason is not None for reason in reasons], dtype=np.float64)
    page = np.array(
        [
            math.log1p(count),
            float(prose.mean()),
            float(flagged.mean()),
            float(own[:, 3].mean()),
            float((prose * log_words).sum() / max(1e-9, log_words.sum())),  # prose share, by log length
        ]
    )
    return np.hstack([base, *neighbours, np.tile(page, (count, 1))])


def _shifted(rows: np.ndarray, offset: int) -> np.ndarray:
    """Each line's view of the line `offset` away (zeros past either end of the page)."""
    shifted = np.zeros_like(rows)
    if offset < 0:
        shifted[-offset:] = rows[:offset]
    else:
        shifted[:-offset] = rows[offset:]
    return shifted


def _own_features(
    lines: list[str], reasons: list[str | None], start: int, end: int, stop: frozenset[str]
) -> np.ndarray:
    count = len(lines)
    words = [word_count(line) for line in lines]
    prose = [is_prose(line) for line in lines]
    rows = np.zeros((count, len(LINE_FEATURES)), dtype=np.float64)
    for i, line in enumerate(lines):
        distance = start - i if i < start else (i - end if i > end else 0)
        window = sum(words[j] for j in range(max(0, i - 3), min(count, i + 4)) if prose[j])
        rows[i] = (
            1.0,
            math.log1p(words[i]),
            float(prose[i]),
            stopword_share(line, stop) if stop else 0.0,
            float(i > 0 and reasons[i - 1] is not None),
            float(i + 1 < count and reasons[i + 1] is not None),
            float(start <= i <= end),
            float(i < start),
            float(i > end),
            math.log1p(distance),
            i / max(1, count - 1),
            float(is_listed(line)),
            capitalised_share(line),
            sum(c.isdigit() for c in line) / len(line),
            sum(line.count(c) for c in "|·•/»›") / max(1, words[i]),
            float(prose[i - 1]) if i > 0 else 0.0,
            float(prose[i + 1]) if i + 1 < count else 0.0,
            math.log1p(words[i - 1]) if i > 0 else 0.0,
            math.log1p(words[i + 1]) if i + 1 < count else 0.0,
            math.log1p(window),
            float(not stop),
            float(bool(WORD.search(line)) and ("|" in line or "»" in line or ">" in line)),
        )
    return rows


@lru_cache(maxsize=1)
def trees() -> Trees:
    return load_trees("line_model.npz", FEATURES, "tools/train_line_model.py")


def body_probability(features: np.ndarray) -> np.ndarray:
    """The model's probability that each line belongs to the article body."""
    return trees().probability(features)


def keep_threshold() -> float:
    return trees().cut
