"""Fit the text mode's title model (src/storylens/clean/title_model.npz) on labelled titles.

The pages, renderings, folds and cut are those of tools/ranker_training.py: the trafilatura-eval
pages with a labelled title and the WCXB fit part, each rendered by two renderers, 5 folds
grouped by site. The text mode's rules read each rendering first (the prose stretch, the line
reasons), exactly as `clean_text` does before it asks the model. A candidate is right when it
reads as the labelled title once the site's name and section path are set aside on the page's
evidence (`split_headline`, as `clean_text` does), compared as `storylens eval extraction`
scores (`same_title`: case and punctuation set aside). A page whose title no candidate gives teaches only
that its best line should not clear the cut. Needs scikit-learn (a dev dependency).

    .venv/bin/python tools/train_title_model.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ranker_training import Item, View, fit, items, renderings

from storylens.clean.title_model import TITLE_FEATURES, candidate_rows, candidates
from storylens.clean.title_parts import split_headline
from storylens.evaluation.pages import same_title

MODEL = Path(__file__).resolve().parents[1] / "src" / "storylens" / "clean" / "title_model.npz"


def views(item: Item) -> list[View]:
    made = []
    for page, _, address in renderings(item):
        picked = candidates(page.lines, page.body)
        if not picked:
            continue
        rows = candidate_rows(page.lines, page.reasons, picked, body=page.body, url=address, stop=page.stop)
        title = item.label or ""
        labels = np.array(
            [
                bool(title) and same_title(split_headline(page.lines[i], page.lines, address)[0], title)
                for i in picked
            ],
            dtype=np.float64,
        )
        # without the model the text mode gives no title: right only where the page has none
        made.append(View(rows, labels, not title, bool(title), item.site))
    return made


if __name__ == "__main__":
    fit(items(__doc__.split("\n\n")[0], "title"), views, TITLE_FEATURES, MODEL, "a title")
