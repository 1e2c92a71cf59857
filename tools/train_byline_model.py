"""Fit the text mode's byline model (src/storylens/clean/byline_model.npz) on labelled authors.

The pages, renderings, folds and cut are those of tools/ranker_training.py. The text mode's
rules read each rendering first (the prose stretch, the line reasons, the headline, the
rules' own byline), exactly as `clean_text` does before it asks the model. A candidate is
right when its name is the labelled author's or holds it (`same_byline`, as `storylens eval
extraction` scores). Needs scikit-learn (a dev dependency).

    .venv/bin/python tools/train_byline_model.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ranker_training import Item, View, fit, items, new_result, renderings

from storylens.clean.byline_model import BYLINE_FEATURES, candidate_rows, candidates
from storylens.clean.text_metadata import rule_metadata
from storylens.evaluation.pages import same_byline

MODEL = Path(__file__).resolve().parents[1] / "src" / "storylens" / "clean" / "byline_model.npz"


def views(item: Item) -> list[View]:
    made = []
    for page, language, address in renderings(item):
        result = new_result()
        headline = rule_metadata(page, result, None, language, address)
        picked = candidates(page.lines)
        if not picked:
            continue
        rows = candidate_rows(
            page.lines,
            page.reasons,
            picked,
            body=page.body,
            headline=headline,
            rules_byline=result.byline,
            url=address,
            stop=page.stop,
        )
        author = item.label or ""
        labels = np.array(
            [bool(author) and same_byline(name, author) for _, name, _ in picked], dtype=np.float64
        )
        rules_right = same_byline(result.byline, author) if author else result.byline is None
        made.append(View(rows, labels, rules_right, bool(author), item.site))
    return made


if __name__ == "__main__":
    fit(items(__doc__.split("\n\n")[0], "author"), views, BYLINE_FEATURES, MODEL, "an author")
