"""Write a fitted scikit-learn HistGradientBoostingClassifier as the flat arrays that
storylens.clean.trees.Trees walks (shared by the model trainers in this folder)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier


def export(
    fitted: HistGradientBoostingClassifier, cut: float, note: str, path: Path, features: tuple[str, ...]
) -> None:
    """The trees as flat arrays, with the feature names they were fitted for."""
    feature, threshold, left, right, value, leaf, roots = [], [], [], [], [], [], []
    offset = 0
    for (predictor,) in fitted._predictors:
        nodes = predictor.nodes
        roots.append(offset)
        feature.append(nodes["feature_idx"])
        threshold.append(nodes["num_threshold"])
        left.append(nodes["left"] + offset)
        right.append(nodes["right"] + offset)
        value.append(nodes["value"])
        leaf.append(nodes["is_leaf"])
        offset += len(nodes)
    np.savez_compressed(
        path,
        features=np.array(features),
        feature=np.concatenate(feature).astype(np.int16),
        threshold=np.concatenate(threshold).astype(np.float64),
        left=np.concatenate(left).astype(np.int32),
        right=np.concatenate(right).astype(np.int32),
        value=np.concatenate(value).astype(np.float64),
        leaf=np.concatenate(leaf).astype(bool),
        roots=np.array(roots, dtype=np.int32),
        baseline=np.float64(np.ravel(fitted._baseline_prediction)[0]),
        cut=np.float64(cut),
        trained_on=np.array(note),
    )
