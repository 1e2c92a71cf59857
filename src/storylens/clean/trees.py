"""Boosted decision trees as plain arrays, walked in numpy: the shipped form of the text mode's
models (`line_model.npz`, `title_model.npz`). scikit-learn fits them (`tools/`); storylens
itself needs numpy only to use them."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import numpy as np


@dataclass(frozen=True, slots=True)
class Trees:
    """A boosted ensemble as flat arrays: node i tests `feature[i] <= threshold[i]` and goes to
    `left[i]` or `right[i]`; a leaf adds `value[i]`. `roots` holds each tree's first node."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    leaf: np.ndarray
    roots: np.ndarray
    baseline: float
    cut: float  # the probability at or above which a row is taken

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """Each row's probability of the positive class: every tree walked for every row at once."""
        if not len(rows):
            return np.zeros(0)
        nodes = np.tile(self.roots, (len(rows), 1))
        line = np.arange(len(rows))[:, None]
        while True:
            leaf = self.leaf[nodes]
            if leaf.all():
                break
            goes_left = rows[line, self.feature[nodes]] <= self.threshold[nodes]
            step = np.where(goes_left, self.left[nodes], self.right[nodes])
            nodes = np.where(leaf, nodes, step)
        logits = self.baseline + self.value[nodes].sum(axis=1)
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return probabilities

    def best(self, rows: np.ndarray) -> int | None:
        """The most probable row's index when its probability clears the cut, else None: how a
        ranking model (title, byline, date) picks one candidate or none."""
        if not len(rows):
            return None
        probabilities = self.probability(rows)
        best = int(np.argmax(probabilities))
        return best if probabilities[best] >= self.cut else None


def load_trees(file_name: str, features: tuple[str, ...], trainer: str) -> Trees:
    """A model shipped in storylens.clean, checked against the features the code computes."""
    with resources.files("storylens.clean").joinpath(file_name).open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        names = tuple(str(name) for name in data["features"])
        if names != features:
            raise RuntimeError(f"{file_name} was fitted for other features; run {trainer}")
        return Trees(
            feature=data["feature"].astype(np.intp),
            threshold=data["threshold"].astype(np.float64),
            left=data["left"].astype(np.intp),
            right=data["right"].astype(np.intp),
            value=data["value"].astype(np.float64),
            leaf=data["leaf"].astype(bool),
            roots=data["roots"].astype(np.intp),
            baseline=float(data["baseline"]),
            cut=float(data["cut"]),
        )
