"""What the text mode's candidate rankers (the title, byline and date models) are fitted on and how,
shared by tools/train_title_model.py, tools/train_byline_model.py and tools/train_date_model.py.

The pages: the trafilatura-eval pages whose label states the field, and every WCXB page of the
fit part (where a page without the field teaches that no line gives it). Each is rendered
twice, by inscriptis (with the page's address) and by html-text (without one), so a model
leans neither on one renderer's line breaks nor on an address every input has. The cut is
chosen on predictions for sites held out of the fit (5 folds grouped by site), and the
figures printed are those held-out ones. WCXB's held-out sites and the readability pages are
never read.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from boosted_trees import export
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from training_pages import data_folder

from storylens.clean.text import read_lines
from storylens.clean.text_records import CleanedText, PageLines
from storylens.evaluation.pages import (
    FIT,
    HTML_TEXT,
    INSCRIPTIS,
    author_label,
    render_text,
    site_of,
    wcxb_cases,
)
from storylens.ingest.decode import decode_bytes
from storylens.text.language import text_language

FOLDS = 5


@dataclass(frozen=True, slots=True)
class Item:
    html: str
    url: str | None
    label: str | None  # the labelled title, author or day
    site: str


@dataclass(frozen=True, slots=True)
class View:
    rows: np.ndarray
    labels: np.ndarray
    rules_right: bool  # whether the rules' answer alone is right for this page
    labelled: bool  # whether the page's label states the field
    site: str


def items(description: str, field: str) -> list[Item]:
    """The pages to fit on, from the folder --data names, else ../shared/data/extraction."""
    folder = data_folder(description)
    base = folder / "trafilatura-eval"
    labels = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    found = []
    for url, item in labels.items():
        value = {
            "author": author_label(item.get("author")),
            "date": (item.get("date") or "")[:10] or None,
            "title": item.get("title") or None,
        }[field]
        path = base / "pages" / f"{item['file']}.gz"
        if value and path.exists():
            found.append(Item(decode_bytes(gzip.decompress(path.read_bytes())), url, value, site_of(url)))
    for case in wcxb_cases(folder / "wcxb-dev", FIT):
        value = {"author": case.byline, "date": case.date, "title": case.title}[field]
        found.append(Item(case.html, case.url, value, site_of(case.url)))
    return found


def renderings(item: Item) -> Iterator[tuple[PageLines, str | None, str | None]]:
    """The page as the text mode reads it, once per renderer: its lines, language and address."""
    for renderer, address in ((INSCRIPTIS, item.url), (HTML_TEXT, None)):
        text = render_text(item.html, renderer)
        language = text_language(text)
        page = read_lines(text, language)
        if page.lines:
            yield page, language, address


def new_result() -> CleanedText:
    return CleanedText()


def model() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.08, max_leaf_nodes=15, min_samples_leaf=20, random_state=0
    )


def accuracy(scored: list[tuple[np.ndarray, View]], cut: float, fallback: bool) -> float:
    """Share of views whose answer is right: the best candidate when it clears the cut, else
    none (or the rules' answer, with `fallback`)."""
    right = 0
    for probabilities, view in scored:
        best = int(np.argmax(probabilities))
        if probabilities[best] >= cut:
            right += bool(view.labels[best])
        else:
            right += view.rules_right if fallback else not view.labelled
    return right / max(1, len(scored))


def fit(
    pages: list[Item], views: Callable[[Item], list[View]], features: tuple[str, ...], path: Path, what: str
) -> None:
    """Fit the ranker, choose its cut on held-out sites, write it to `path` and print the figures."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        made = [view for found in pool.map(views, pages, chunksize=8) for view in found]
    x = np.vstack([view.rows for view in made])
    y = np.concatenate([view.labels for view in made])
    sites = np.concatenate([np.full(len(view.labels), view.site) for view in made])
    # a page whose labelled answer no candidate matches teaches nothing about which line gives it
    taught = np.concatenate([np.full(len(v.labels), v.labels.any() or not v.labelled) for v in made])
    held_out = np.zeros(len(y))
    for fold_rows, test_rows in GroupKFold(n_splits=FOLDS).split(x, y, sites):
        fit_rows = fold_rows[taught[fold_rows]]
        held_out[test_rows] = model().fit(x[fit_rows], y[fit_rows]).predict_proba(x[test_rows])[:, 1]
    scored, offset = [], 0
    for view in made:
        scored.append((held_out[offset : offset + len(view.labels)], view))
        offset += len(view.labels)
    choices = [
        (accuracy(scored, float(cut), fallback), float(cut), fallback)
        for cut in np.arange(0.05, 0.96, 0.025)
        for fallback in (False, True)
    ]
    best, cut, fallback = max(choices)
    with_fallback = max(c for c in choices if c[2])
    rules = sum(view.rules_right for view in made) / len(made)
    note = (
        f"{len(made)} views of {len({v.site for v in made})} sites (trafilatura-eval pages with {what}, "
        f"WCXB fit part), {len(y)} candidate lines; cut {with_fallback[1]:.3f}"
    )
    export(model().fit(x[taught], y[taught]), with_fallback[1], note, path, features)
    print(note)
    print(
        f"held-out sites, page accuracy: the rules alone {rules:.3f}; the model, the rules' answer "
        f"where it takes none {with_fallback[0]:.3f}; the best choice: cut {cut:.3f}, fallback "
        f"{fallback}, {best:.3f}"
    )
