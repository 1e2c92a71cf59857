"""Scores shared by the evaluations: segment counts, shingle overlap, accuracy tallies."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def squash(text: str) -> str:
    """White space collapsed to single spaces, so layout does not decide a match."""
    return _SPACE.sub(" ", text).strip()


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(slots=True)
class SegmentCounts:
    """trafilatura's evaluation metric: gold segments that must (or must not) be in the output.

    A `with` segment found in the output is a true positive, one missing a false negative; a
    `without` segment found is a false positive, one missing a true negative.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, output: str | None, wanted: list[str], unwanted: list[str]) -> None:
        text = squash(output or "")
        found = sum(1 for segment in wanted if squash(segment) in text) if text else 0
        leaked = sum(1 for segment in unwanted if squash(segment) in text) if text else 0
        self.tp += found
        self.fn += len(wanted) - found
        self.fp += leaked
        self.tn += len(unwanted) - leaked

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """Word n-grams of the lower-cased text, counted (a repeated passage counts twice)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


@dataclass(slots=True)
class ShingleScores:
    """Per-page 4-gram-shingle precision, recall and F1 of an output against the expected body,
    averaged over pages (each page weighs the same, long or short). With `size` 1 it is the
    bag-of-words F1 that WCXB and most extraction benchmarks report."""

    size: int = 4
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    f1s: list[float] = field(default_factory=list)

    def add(self, output: str | None, expected: str) -> None:
        gold = shingles(expected, self.size)
        got = shingles(output or "", self.size)
        overlap = sum((gold & got).values())
        precision = overlap / sum(got.values()) if got else 0.0
        recall = overlap / sum(gold.values()) if gold else 0.0
        self.precisions.append(precision)
        self.recalls.append(recall)
        self.f1s.append(f1(precision, recall))

    @property
    def precision(self) -> float:
        return _mean(self.precisions)

    @property
    def recall(self) -> float:
        return _mean(self.recalls)

    @property
    def f1(self) -> float:
        return _mean(self.f1s)


@dataclass(slots=True)
class Tally:
    """Right answers out of the cases that have a gold answer."""

    right: int = 0
    total: int = 0

    def add(self, correct: bool) -> None:
        self.right += int(correct)
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass(slots=True)
class KeepDrop:
    """Line-level decisions: precision and recall of the lines kept as body."""

    kept_body: int = 0
    kept_furniture: int = 0
    dropped_body: int = 0

    def add(self, kept: bool, is_body: bool) -> None:
        if kept and is_body:
            self.kept_body += 1
        elif kept:
            self.kept_furniture += 1
        elif is_body:
            self.dropped_body += 1

    @property
    def precision(self) -> float:
        kept = self.kept_body + self.kept_furniture
        return self.kept_body / kept if kept else 0.0

    @property
    def recall(self) -> float:
        body = self.kept_body + self.dropped_body
        return self.kept_body / body if body else 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


@dataclass(frozen=True, slots=True)
class ClusterScores:
    """B-cubed and pairwise precision/recall/F1 of a clustering against gold labels."""

    bcubed_precision: float
    bcubed_recall: float
    pair_precision: float
    pair_recall: float
    clusters: int

    @property
    def bcubed_f1(self) -> float:
        return f1(self.bcubed_precision, self.bcubed_recall)

    @property
    def pair_f1(self) -> float:
        return f1(self.pair_precision, self.pair_recall)


def cluster_scores(predicted: dict[str, str], gold: dict[str, str]) -> ClusterScores:
    """Score `predicted` (item → cluster) against `gold` (item → class) over gold's items.

    B-cubed (Bagga & Baldwin): for each item, the share of its predicted cluster that shares
    its class (precision) and the share of its class found in its cluster (recall), averaged
    over items. Pairwise: over all pairs of items put together (precision) or belonging
    together (recall).
    """
    items = list(gold)
    if not items:
        return ClusterScores(0.0, 0.0, 0.0, 0.0, 0)
    joint: Counter[tuple[str, str]] = Counter((predicted.get(i, f"\0{i}"), gold[i]) for i in items)
    cluster_size: Counter[str] = Counter()
    class_size: Counter[str] = Counter()
    for (cluster, label), count in joint.items():
        cluster_size[cluster] += count
        class_size[label] += count
    precision = sum(n * n / cluster_size[c] for (c, _), n in joint.items()) / len(items)
    recall = sum(n * n / class_size[g] for (_, g), n in joint.items()) / len(items)
    together = sum(n * (n - 1) / 2 for n in joint.values())
    predicted_pairs = sum(n * (n - 1) / 2 for n in cluster_size.values())
    gold_pairs = sum(n * (n - 1) / 2 for n in class_size.values())
    return ClusterScores(
        bcubed_precision=precision,
        bcubed_recall=recall,
        pair_precision=together / predicted_pairs if predicted_pairs else 1.0,
        pair_recall=together / gold_pairs if gold_pairs else 1.0,
        clusters=len(cluster_size),
    )
