"""Fit the text mode's date model (src/storylens/clean/date_model.npz) on labelled publication
days.

The pages, renderings, folds and cut are those of tools/ranker_training.py. The text mode
reads each rendering first as `clean_text` does before it asks the model (the prose stretch,
the line reasons, the headline, the byline, the rules' own date line). A candidate is right
when its day is the labelled one. Needs scikit-learn (a dev dependency).

    .venv/bin/python tools/train_date_model.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ranker_training import Item, View, fit, items, new_result, renderings

from storylens.clean.date_model import DATE_FEATURES, candidate_rows, candidates
from storylens.clean.text_metadata import byline_line, rules_published, title_and_byline

MODEL = Path(__file__).resolve().parents[1] / "src" / "storylens" / "clean" / "date_model.npz"


def views(item: Item) -> list[View]:
    made = []
    for page, language, address in renderings(item):
        headline = title_and_byline(page, new_result(), None, language, address)
        picked = candidates(page.lines, page.body[1])
        if not picked:
            continue
        ruled = rules_published(page, headline)
        rows = candidate_rows(
            page.lines,
            page.reasons,
            picked,
            body=page.body,
            headline=headline,
            byline_line=byline_line(page.reasons),
            rules_pick=ruled[0] if ruled else None,
            url=address,
        )
        day = item.label or ""
        labels = np.array([bool(day) and found[0][:10] == day for _, found in picked], dtype=np.float64)
        rules_right = (ruled is not None and ruled[1][0][:10] == day) if day else ruled is None
        made.append(View(rows, labels, rules_right, bool(day), item.site))
    return made


if __name__ == "__main__":
    fit(items(__doc__.split("\n\n")[0], "date"), views, DATE_FEATURES, MODEL, "a date")
