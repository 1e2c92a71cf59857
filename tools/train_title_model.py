"""Fit the text mode's title model (src/storylens/clean/title_model.npz) on the trafilatura-eval
pages, with each page's own HTML metadata as the teacher.

Each page is rendered to its complete visible text (inscriptis, as `storylens eval extraction`
does) and read by the text mode's rules (the prose stretch, the line reasons). The teacher is
the headline the page's HTML states: og:title, else twitter:title, else <title>, with a
" | Outlet" tail set aside. A candidate line is a title when it reads the same. Pages where no
candidate does (the headline was reworded for sharing, or sits outside the window) teach
nothing about which line is the title and are left out of the fit; they still count when the
cut is chosen, where the right answer for them is no title.

Each page is shown twice, with its address and without one, so the model does not lean on
what only some inputs have. The labelled titles of trafilatura-eval are never read, and the
readability pages are not used, so `storylens eval extraction` scores the model on labels it
never saw. The cut is the one with the best page accuracy on predictions for pages held out
of the fit (3 folds by page). Needs scikit-learn (a dev dependency).

    .venv/bin/python tools/train_title_model.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

import gzip
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import lxml.html
import numpy as np
from boosted_trees import export
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from training_pages import labelled_pages

from storylens.clean.html import parse_tree
from storylens.clean.meta import split_title
from storylens.clean.text import read_lines
from storylens.clean.title_model import TITLE_FEATURES, candidate_rows, candidates
from storylens.evaluation.pages import render_text, same_title
from storylens.ingest.decode import decode_bytes
from storylens.text.language import text_language

MODEL = Path(__file__).resolve().parents[1] / "src" / "storylens" / "clean" / "title_model.npz"
View = tuple[np.ndarray, np.ndarray]
#: Share of the right picks (held out) that the cut keeps: a page whose best line is less
#: likely than nearly all right picks is taken to have no headline in its text.
KEEP_RIGHT = 0.95


def teacher_title(tree: lxml.html.HtmlElement | None) -> str | None:
    """The headline a page's metadata states."""
    if tree is None:
        return None
    for key in ("og:title", "twitter:title"):
        for meta in tree.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == key and meta.get("content"):
                return split_title(" ".join(meta.get("content", "").split()))[0]
    found = tree.find(".//title")
    text = " ".join(found.text_content().split()) if found is not None else ""
    return split_title(text)[0] or None


def page_views(item: tuple[Path, str]) -> list[View]:
    path, url = item
    html = decode_bytes(gzip.decompress(path.read_bytes()))
    teacher = teacher_title(parse_tree(html))
    if not teacher:
        return []
    text = render_text(html)
    page = read_lines(text, text_language(text))
    picked = candidates(page.lines, page.body)
    if not picked:
        return []
    labels = np.array([same_title(page.lines[i], teacher) for i in picked], dtype=np.float64)
    views = []
    for address in (url, None):
        rows = candidate_rows(page.lines, page.reasons, picked, body=page.body, url=address, stop=page.stop)
        views.append((rows, labels))
    return views


def model() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=150, learning_rate=0.1, max_leaf_nodes=15, min_samples_leaf=20, random_state=0
    )


def page_accuracy(scored: list[tuple[np.ndarray, np.ndarray]], cut: float) -> float:
    """Share of views where the best candidate is a title and clears the cut, or where no
    candidate is a title and none clears it."""
    right = 0
    for probabilities, labels in scored:
        best = int(np.argmax(probabilities))
        taken = probabilities[best] >= cut
        right += bool(labels[best]) if taken else not labels.any()
    return right / max(1, len(scored))


def lowest_right(scored: list[tuple[np.ndarray, np.ndarray]]) -> float:
    """The cut: the probability that KEEP_RIGHT of the held-out winners that are titles reach."""
    right = [float(p.max()) for p, labels in scored if labels[int(np.argmax(p))]]
    return float(np.quantile(right, 1 - KEEP_RIGHT)) if right else 0.5


def main() -> None:
    items = [(path, url) for path, url, _ in labelled_pages(__doc__.split("\n\n")[0])]
    with ProcessPoolExecutor(max_workers=2) as pool:
        pages = list(pool.map(page_views, items, chunksize=8))
    views = [(view, number) for number, found in enumerate(pages) for view in found]
    x = np.vstack([view[0] for view, _ in views])
    y = np.concatenate([view[1] for view, _ in views])
    groups = np.concatenate([np.full(len(view[1]), number) for view, number in views])
    taught = np.concatenate([np.full(len(view[1]), view[1].any()) for view, _ in views])
    held_out = np.zeros(len(y))
    for fold_rows, test_rows in GroupKFold(n_splits=3).split(x, y, groups):
        fit_rows = fold_rows[taught[fold_rows]]
        held_out[test_rows] = model().fit(x[fit_rows], y[fit_rows]).predict_proba(x[test_rows])[:, 1]
    scored, offset = [], 0
    for view, _ in views:
        scored.append((held_out[offset : offset + len(view[1])], view[1]))
        offset += len(view[1])
    cut = lowest_right(scored)
    fitted = model().fit(x[taught], y[taught])
    with_title = sum(1 for found in pages if found and found[0][1].any())
    note = (
        f"{sum(1 for found in pages if found)} trafilatura-eval pages ({with_title} with the teacher's "
        f"title among the candidates), {len(views)} views, {len(y)} candidate lines"
    )
    export(fitted, float(cut), note, MODEL, TITLE_FEATURES)
    taught_views = [s for s in scored if s[1].any()]
    print(f"{note}; cut {cut:.2f}")
    print(f"held-out page accuracy against the teacher: {page_accuracy(scored, cut):.3f}")
    print(f"on pages with the teacher's title among the candidates: {page_accuracy(taught_views, cut):.3f}")


if __name__ == "__main__":
    main()
