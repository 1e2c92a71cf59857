"""How far text mode's body recall on the readability pages could rise if every line it removes
that the expected body holds were put back, cause by cause.

Each page is rendered and cleaned as `storylens eval extraction` does. For each kind of
removal (title, byline and date lines; lines outside the body's span; named furniture rules;
the line model's doubts) the lines of that kind that the expected body holds are added back
and the body's 4-gram-shingle recall and F1 scored again, averaged per page. A page whose body
is shorter than an article's minimum scores 0, as the pipeline skips it. The last row adds
back every such line: a line-level oracle, the ceiling of any choice of lines.

    .venv/bin/python tools/text_recall_ceiling.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

import argparse
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from storylens.clean import MIN_BODY_CHARACTERS
from storylens.clean.text import clean_text
from storylens.evaluation.extraction import Membership
from storylens.evaluation.metrics import ShingleScores
from storylens.evaluation.pages import PageCase, find_data, readability_cases, render_text
from storylens.text.language import text_language

KINDS = {
    "title, byline and date lines": ("title line", "byline", "date line"),
    "outside the body's span": ("before the article body", "after the article body"),
    "the line model's doubts": ("reads as site furniture",),
}
ROWS = ("as cleaned", *KINDS, "named furniture rules", "every removed line the body holds")


def page_scores(case: PageCase) -> list[tuple[float, float]]:
    """(recall, F1) of the page's body as cleaned and with each kind of removal put back."""
    text = render_text(case.html)
    cleaned = clean_text(text, language=text_language(text), url=case.url)  # as clean_page calls it
    expected = case.body or ""
    holds = Membership(expected).holds
    lost = [r for r in cleaned.removed if holds(r.text)]
    known = tuple(prefix for prefixes in KINDS.values() for prefix in prefixes)
    added = [
        [],
        *([r.text for r in lost if r.reason.startswith(prefixes)] for prefixes in KINDS.values()),
        [r.text for r in lost if not r.reason.startswith(known)],
        [r.text for r in lost],
    ]
    if sum(len(p) for p in cleaned.paragraphs) < MIN_BODY_CHARACTERS:
        return [(0.0, 0.0)] * len(added)
    scores = []
    for extra in added:
        tally = ShingleScores()
        tally.add("\n".join([*cleaned.paragraphs, *extra]), expected)
        scores.append((tally.recalls[0], tally.f1s[0]))
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="The extraction data folder.")
    folder = find_data(parser.parse_args().data)
    if folder is None:
        raise SystemExit("no extraction data: pass --data or put it at ../shared/data/extraction")
    cases = [c for c in readability_cases(folder / "readability") if c.body is not None]
    with ProcessPoolExecutor(max_workers=2) as pool:
        pages = list(pool.map(page_scores, cases, chunksize=4))
    print(f"{len(pages)} readability pages, text mode, body recall and F1 averaged per page")
    for row, name in enumerate(ROWS):
        recall = sum(p[row][0] for p in pages) / len(pages)
        f1 = sum(p[row][1] for p in pages) / len(pages)
        label = name if row in (0, len(ROWS) - 1) else f"+ {name}"
        print(f"  {label:40s} recall {recall:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
