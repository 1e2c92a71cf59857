"""Fit the text mode's line model (src/storylens/clean/line_model.npz) from trafilatura's
decisions on the trafilatura-eval pages.

Each page is rendered to its complete visible text (inscriptis, as `storylens eval
extraction` does); a line is labelled body when trafilatura, reading the HTML, kept it, and
the page's own labels overrule that where they name the line (a segment that must, or must
not, be in the article). The model then learns to make the call from the text alone.

Each page is shown three ways, so the model does not lean on what only some pages have:
as it is; with no stop-word list (as a page in a language without one reads); and cut to
its article with a few lines either side (as text that is mostly article reads). Lines are
weighted by the square root of their words. The keep threshold is the one with the best
word-weighted F1 on predictions for pages held out of the fit (3 folds by page).

The readability pages are not used, so `storylens eval extraction` scores the text mode on
pages it never saw. Needs scikit-learn (a dev dependency); the shipped model needs numpy only.

    .venv/bin/python tools/train_line_model.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

import gzip
import math
import random
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import trafilatura
from boosted_trees import export
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from training_pages import labelled_pages

from storylens.clean.line_model import FEATURES
from storylens.clean.text import judge_lines
from storylens.evaluation.extraction import Membership
from storylens.evaluation.metrics import squash
from storylens.evaluation.pages import render_text
from storylens.ingest.decode import decode_bytes
from storylens.text.language import text_language

MODEL = Path(__file__).resolve().parents[1] / "src" / "storylens" / "clean" / "line_model.npz"
MARGIN = 3  # lines of furniture left either side of the article in the cut-down view
Rows = tuple[np.ndarray, np.ndarray, np.ndarray]


def page_rows(item: tuple[Path, list[str], list[str]]) -> list[Rows]:
    path, wanted, unwanted = item
    html = decode_bytes(gzip.decompress(path.read_bytes()))
    kept = trafilatura.extract(html, include_comments=False, include_tables=True)
    if not kept:
        return []
    body = Membership(kept)
    text = render_text(html)
    language = text_language(text)
    views = [(text, language), (text, None)]
    lines = [line for line in (squash(raw) for raw in text.splitlines()) if line]
    inside = [i for i, line in enumerate(lines) if body.holds(line)]
    if inside:
        chance = random.Random(path.name)  # noqa: S311 (a reproducible crop, not a secret)
        first = max(0, inside[0] - chance.randint(0, MARGIN))
        last = inside[-1] + 1 + chance.randint(0, MARGIN)
        views.append(("\n".join(lines[first:last]), language if chance.random() < 0.5 else None))
    found = []
    for view, view_language in views:
        page, _, features = judge_lines(view, None, view_language)
        if not page.lines:
            continue
        labels = np.array([_label(line, body, wanted, unwanted) for line in page.lines], dtype=np.float64)
        weights = np.array([math.sqrt(max(1, len(line.split()))) for line in page.lines])
        found.append((features, labels, weights))
    return found


def _label(line: str, body: Membership, wanted: list[str], unwanted: list[str]) -> bool:
    if any(segment in line for segment in wanted):
        return True
    if any(segment in line for segment in unwanted):
        return False
    return body.holds(line)


def model() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.12, max_leaf_nodes=31, min_samples_leaf=40, random_state=0
    )


def best_cut(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """The probability cut with the best word-weighted F1."""
    best, chosen = -1.0, 0.5
    for cut in np.arange(0.05, 0.95, 0.01):
        keep = p >= cut
        tp = float((w * keep * y).sum())
        precision = tp / max(1e-9, float((w * keep).sum()))
        recall = tp / max(1e-9, float((w * y).sum()))
        score = 2 * precision * recall / max(1e-9, precision + recall)
        if score > best:
            best, chosen = score, float(cut)
    return chosen


def main() -> None:
    items = [
        (path, [squash(s) for s in item["with"]], [squash(s) for s in item["without"]])
        for path, _, item in labelled_pages(__doc__.split("\n\n")[0])
    ]
    with ProcessPoolExecutor(max_workers=2) as pool:
        pages = list(pool.map(page_rows, items, chunksize=8))
    views = [(view, number) for number, found in enumerate(pages) for view in found]
    x = np.vstack([view[0] for view, _ in views])
    y = np.concatenate([view[1] for view, _ in views])
    w = np.concatenate([view[2] for view, _ in views])
    groups = np.concatenate([np.full(len(view[1]), number) for view, number in views])
    held_out = np.zeros(len(y))
    for fit_rows, test_rows in GroupKFold(n_splits=3).split(x, y, groups):
        held_out[test_rows] = (
            model().fit(x[fit_rows], y[fit_rows], sample_weight=w[fit_rows]).predict_proba(x[test_rows])[:, 1]
        )
    cut = best_cut(held_out, y, w)
    fitted = model().fit(x, y, sample_weight=w)
    note = f"{sum(1 for found in pages if found)} trafilatura-eval pages, {len(views)} views, {len(y)} lines"
    export(fitted, cut, note, MODEL, FEATURES)
    accuracy = float(((held_out >= cut) == (y == 1)).mean())
    print(f"{note}; body share {y.mean():.2f}; cut {cut:.2f}; held-out accuracy {accuracy:.3f}")


if __name__ == "__main__":
    main()
