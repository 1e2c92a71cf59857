"""Fit the text mode's line model (src/storylens/clean/line_model.json) from trafilatura's
decisions on the trafilatura-eval pages.

Each page is rendered to its complete visible text (inscriptis, as `storylens eval
extraction` does); a line is labelled body when trafilatura, reading the HTML, kept it. The
model then learns to make that call from the text alone. Only lines that no rule already
drops are used, each weighted by the square root of its words. The readability pages are
not used, so `storylens eval extraction` scores the text mode on pages it never saw.

    .venv/bin/python tools/train_line_model.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import trafilatura

from storylens.clean.line_model import FEATURES
from storylens.clean.text import judge_lines
from storylens.enrich.language import text_language
from storylens.evaluation.extraction import Membership, find_data, render_text
from storylens.ingest.decode import decode_bytes

MODEL = Path(__file__).resolve().parents[1] / "src" / "storylens" / "clean" / "line_model.json"
L2 = 1.0


def page_rows(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    html = decode_bytes(gzip.decompress(path.read_bytes()))
    kept = trafilatura.extract(html, include_comments=False, include_tables=True)
    if not kept:
        return None
    text = render_text(html)
    page, _, features = judge_lines(text, None, text_language(text))
    body = Membership(kept)
    rows = [
        i
        for i, reason in enumerate(page.reasons)
        if reason is None and any(c.isalnum() for c in page.lines[i])
    ]
    if not rows:
        return None
    labels = np.array([body.holds(page.lines[i]) for i in rows], dtype=np.float64)
    weights = np.array([math.sqrt(max(1, len(page.lines[i].split()))) for i in rows])
    return features[rows], labels, weights


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted L2-regularised logistic regression by Newton's method."""
    beta = np.zeros(x.shape[1])
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (w * (p - y)) + L2 * beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + L2 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def best_threshold(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """The cut with the best recall-leaning F (beta 2) over word-weighted lines."""
    best, chosen = -1.0, 0.5
    for cut in np.arange(0.05, 0.95, 0.01):
        keep = p >= cut
        tp = float((w * keep * y).sum())
        precision = tp / max(1e-9, float((w * keep).sum()))
        recall = tp / max(1e-9, float((w * y).sum()))
        score = 5 * precision * recall / max(1e-9, 4 * precision + recall)
        if score > best:
            best, chosen = score, float(cut)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    folder = find_data(args.data)
    if folder is None:
        raise SystemExit("no extraction data found (../shared/data/extraction)")
    pages = sorted((folder / "trafilatura-eval" / "pages").glob("*.html.gz"))
    with ProcessPoolExecutor(max_workers=2) as pool:
        found = [r for r in pool.map(page_rows, pages, chunksize=8) if r is not None]
    x = np.vstack([r[0] for r in found])
    y = np.concatenate([r[1] for r in found])
    w = np.concatenate([r[2] for r in found])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays as it is
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    beta = fit(z, y, w)
    p = 1.0 / (1.0 + np.exp(-(z @ beta)))
    threshold = best_threshold(p, y, w)
    MODEL.write_text(
        json.dumps(
            {
                "features": list(FEATURES),
                "weights": [round(v, 6) for v in beta],
                "mean": [round(v, 6) for v in mean],
                "scale": [round(v, 6) for v in scale],
                "threshold": round(threshold, 2),
                "trained_on": f"{len(found)} trafilatura-eval pages, {len(y)} lines",
            },
            indent=1,
        )
        + "\n"
    )
    accuracy = float(((p >= threshold) == (y == 1)).mean())
    print(
        f"{len(found)} pages, {len(y)} lines, body share {y.mean():.2f}, "
        f"threshold {threshold:.2f}, accuracy {accuracy:.3f}"
    )
    for name, value in zip(FEATURES, beta, strict=True):
        print(f"  {name:22s} {value:+.3f}")


if __name__ == "__main__":
    main()
