"""A small logistic model that decides, line by line, what of a page's text is the article.

It reads each line's shape (length, sentence ending, share of function words, furniture
patterns, list bullets, capitalised words, digits) and its place (inside or outside the
highest-scoring prose stretch, distance to it, the lines around it). The weights ship with
the package (`line_model.json`); `tools/train_line_model.py` fits them again from
trafilatura's decisions on the pages of ../shared/data/extraction/trafilatura-eval, so the
text mode learns what an HTML-aware extractor keeps, from the text alone.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from storylens.clean.lines import WORD, is_prose, stopword_share, unbulleted, word_count

FEATURES = (
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
_CAPITALISED = re.compile(r"\b[^\W\d_]")


def line_features(
    lines: list[str],
    reasons: list[str | None],
    start: int,
    end: int,
    stop: frozenset[str],
) -> np.ndarray:
    """One row of FEATURES per line."""
    count = len(lines)
    words = [word_count(line) for line in lines]
    prose = [is_prose(line) for line in lines]
    rows = np.zeros((count, len(FEATURES)), dtype=np.float64)
    if not count:
        return rows
    for i, line in enumerate(lines):
        distance = start - i if i < start else (i - end if i > end else 0)
        initials = _CAPITALISED.findall(line)
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
            float(unbulleted(line) != line),
            sum(1 for c in initials if c.isupper()) / len(initials) if initials else 0.0,
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
def _weights() -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    data = json.loads(resources.files("storylens.clean").joinpath("line_model.json").read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError("line_model.json was fitted for other features; run tools/train_line_model.py")
    return (
        np.asarray(data["weights"], dtype=np.float64),
        np.asarray(data["mean"], dtype=np.float64),
        np.asarray(data["scale"], dtype=np.float64),
        float(data["threshold"]),
    )


def body_probability(features: np.ndarray) -> np.ndarray:
    """The model's probability that each line belongs to the article body."""
    weights, mean, scale, _ = _weights()
    logits = ((features - mean) / scale) @ weights
    probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
    return probabilities


def keep_threshold() -> float:
    return _weights()[3]
