"""`storylens eval clustering`: stories scored on labelled sets nobody here wrote.

Each set's articles are fed through the real corpus stages (copies, then stories) of an
in-memory library, in publication order (undated ones in a fixed shuffled order), one ingest
batch at a time. Two baselines run on the same articles:

- TF-IDF + agglomerative: the same TF-IDF term vectors, average linkage on cosine distance;
- embedding single-link: the same multilingual embeddings, single linkage.

Each baseline cuts its dendrogram at one threshold for every set, the one that scores best
over all sets here (so the baselines are tuned on the test data). The table also shows each
baseline at the threshold that suits each set best, a ceiling that needs the set's labels.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from rich.table import Table
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from storylens.evaluation.clustering_data import ClusterCase
from storylens.evaluation.metrics import ClusterScores, cluster_scores
from storylens.records import Article, CleanMode, DatePrecision, content_hash
from storylens.settings import Settings
from storylens.store.sqlite import SQLiteStore
from storylens.stories.corpus import CorpusStages
from storylens.stories.embedding import embed, embedding_text
from storylens.stories.features import term_counts, weigh
from storylens.text.language import article_language

OURS = "storylens"
TFIDF_AGGLOMERATIVE = "TF-IDF + agglomerative"
EMBEDDING_SINGLE_LINK = "embedding single-link"
#: Thresholds tried for the baselines (similarity at which the dendrogram is cut).
BASELINE_GRID = tuple(round(x, 3) for x in np.arange(0.05, 0.951, 0.025))

Progress = Callable[[str], None]


def _order(article: Article) -> tuple[str, str]:
    shuffle = hashlib.sha1(article.id.encode("utf-8")).hexdigest()
    return (article.published or "", shuffle)


def as_article(case: ClusterCase) -> Article:
    """A labelled article as the corpus stages receive it from the cleaner."""
    paragraphs = case.paragraphs or (case.title,)
    return Article(
        id=case.id,
        content_hash=content_hash(paragraphs, case.title, case.outlet or case.id),
        source=case.id,
        url=None,
        outlet=case.outlet,
        title=case.title,
        published=case.published,
        date_precision=DatePrecision.DAY if case.published else DatePrecision.UNKNOWN,
        byline=None,
        language=article_language((case.title, *case.paragraphs)),
        paragraphs=paragraphs,
        mode=CleanMode.TEXT,
    )


def run_storylens(articles: list[Article], settings: Settings) -> dict[str, str]:
    """Story of each article after ingesting the set into an empty in-memory library."""
    store = SQLiteStore(":memory:")
    try:
        stages = CorpusStages(store, settings)
        ordered = sorted(articles, key=_order)
        for start in range(0, len(ordered), settings.batch_size):
            outcome = stages.run(ordered[start : start + settings.batch_size])
            store.write_batch(outcome.write)
        return store.story_of_articles()
    finally:
        store.close()


@dataclass(slots=True)
class SetFeatures:
    """What the baselines compare: TF-IDF cosine and embedding cosine, all pairs."""

    term_similarity: np.ndarray
    embedding_similarity: np.ndarray


def set_features(cases: list[ClusterCase], languages: list[str | None]) -> SetFeatures:
    counts = [term_counts(c.title, c.paragraphs, lang) for c, lang in zip(cases, languages, strict=True)]
    frequency: dict[str, int] = {}
    for found in counts:
        for term in found.terms:
            frequency[term] = frequency.get(term, 0) + 1
    vocabulary: dict[str, int] = {}
    vectors = [weigh(found.terms, frequency, len(cases)) for found in counts]
    for vector in vectors:
        for term in vector:
            vocabulary.setdefault(term, len(vocabulary))
    matrix = np.zeros((len(cases), len(vocabulary)), dtype=np.float32)
    for row, vector in enumerate(vectors):
        for term, value in vector.items():
            matrix[row, vocabulary[term]] = value
    embeddings = embed([embedding_text(c.title, c.paragraphs) for c in cases])
    return SetFeatures(matrix @ matrix.T, embeddings @ embeddings.T)


def cut(similarity: np.ndarray, method: str, thresholds: tuple[float, ...]) -> list[np.ndarray]:
    """Flat clusters of a dendrogram built from a similarity matrix, one labelling per threshold."""
    distance = np.clip(1.0 - similarity.astype(np.float64), 0.0, None)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method=method)
    return [fcluster(tree, 1.0 - t, criterion="distance") for t in thresholds]


@dataclass(slots=True)
class ClusteringScores:
    """Per set: storylens's scores, and each baseline's scores at every grid threshold."""

    ours: dict[str, ClusterScores] = field(default_factory=dict)
    topic: dict[str, ClusterScores] = field(default_factory=dict)
    grid: dict[str, dict[str, list[ClusterScores]]] = field(default_factory=dict)
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)

    def best_threshold(self, baseline: str) -> int:
        """Index of the grid threshold with the best mean B-cubed F1 over the sets."""
        sets = list(self.grid)
        means = [
            sum(self.grid[s][baseline][i].bcubed_f1 for s in sets) / len(sets)
            for i in range(len(BASELINE_GRID))
        ]
        return int(np.argmax(means))

    def baseline(self, name: str, baseline: str) -> ClusterScores:
        return self.grid[name][baseline][self.best_threshold(baseline)]

    def oracle(self, name: str, baseline: str) -> tuple[float, ClusterScores]:
        """A baseline at the threshold that suits this one set best: a ceiling no deployed
        system gets, since it needs the set's labels."""
        scored = self.grid[name][baseline]
        index = max(range(len(scored)), key=lambda i: scored[i].bcubed_f1)
        return BASELINE_GRID[index], scored[index]


def evaluate(
    sets: dict[str, list[ClusterCase]], settings: Settings, progress: Progress | None = None
) -> ClusteringScores:
    scores = ClusteringScores()
    for name, cases in sets.items():
        gold = {c.id: c.story for c in cases}
        if progress:
            progress(f"{name}: storylens")
        articles = [as_article(c) for c in cases]  # language detected once for both runs
        predicted = run_storylens(articles, settings)
        scores.ours[name] = cluster_scores(predicted, gold)
        if any(c.topic != c.story for c in cases):
            scores.topic[name] = cluster_scores(predicted, {c.id: c.topic for c in cases})
        scores.sizes[name] = (len(cases), len(set(gold.values())))
        if progress:
            progress(f"{name}: baselines")
        features = set_features(cases, [a.language for a in articles])
        scores.grid[name] = {}
        for baseline, similarity, method in (
            (TFIDF_AGGLOMERATIVE, features.term_similarity, "average"),
            (EMBEDDING_SINGLE_LINK, features.embedding_similarity, "single"),
        ):
            labels = cut(similarity, method, BASELINE_GRID)
            scores.grid[name][baseline] = [
                cluster_scores({c.id: str(x) for c, x in zip(cases, labelling, strict=True)}, gold)
                for labelling in labels
            ]
    return scores


def figures(scores: ClusteringScores) -> dict[str, float]:
    """Flat name → value figures (for --json and the test gate)."""
    out: dict[str, float] = {}
    for name, ours in scores.ours.items():
        key = name.split()[0].lower().rstrip("+") + ("_plus" if name.startswith("ECB+") else "")
        out[f"{key}_bcubed_f1"] = ours.bcubed_f1
        out[f"{key}_bcubed_precision"] = ours.bcubed_precision
        out[f"{key}_bcubed_recall"] = ours.bcubed_recall
        out[f"{key}_pair_f1"] = ours.pair_f1
        for baseline in (TFIDF_AGGLOMERATIVE, EMBEDDING_SINGLE_LINK):
            tag = "tfidf" if baseline == TFIDF_AGGLOMERATIVE else "single_link"
            out[f"{key}_{tag}_bcubed_f1"] = scores.baseline(name, baseline).bcubed_f1
            out[f"{key}_{tag}_oracle_bcubed_f1"] = scores.oracle(name, baseline)[1].bcubed_f1
        if name in scores.topic:
            out[f"{key}_topic_bcubed_f1"] = scores.topic[name].bcubed_f1
    return out


def tables(scores: ClusteringScores) -> list[Table]:
    table = Table(title="Story clustering: B-cubed and pairwise scores (event level)")
    for column in (
        "set",
        "articles",
        "stories",
        "system",
        "threshold",
        "B³ P",
        "B³ R",
        "B³ F1",
        "pair F1",
        "clusters",
    ):
        table.add_column(column, justify="left" if column in {"set", "system"} else "right")
    for name, ours in scores.ours.items():
        articles, stories = scores.sizes[name]
        rows: list[tuple[str, str, ClusterScores]] = [(OURS, "", ours)]
        for baseline in (TFIDF_AGGLOMERATIVE, EMBEDDING_SINGLE_LINK):
            index = scores.best_threshold(baseline)
            rows.append((baseline, f"{BASELINE_GRID[index]:.3f}", scores.grid[name][baseline][index]))
        for baseline in (TFIDF_AGGLOMERATIVE, EMBEDDING_SINGLE_LINK):
            cut_at, best = scores.oracle(name, baseline)
            rows.append((f"{baseline}, tuned on this set", f"{cut_at:.3f}", best))
        for number, (system, threshold, found) in enumerate(rows):
            table.add_row(
                name if number == 0 else "",
                str(articles) if number == 0 else "",
                str(stories) if number == 0 else "",
                system,
                threshold,
                f"{found.bcubed_precision:.3f}",
                f"{found.bcubed_recall:.3f}",
                f"{found.bcubed_f1:.3f}",
                f"{found.pair_f1:.3f}",
                str(found.clusters),
            )
    out = [table]
    if scores.topic:
        topic = Table(title="Topic level (ECB+: both events of a topic count as one)")
        for column in ("set", "B³ P", "B³ R", "B³ F1"):
            topic.add_column(column, justify="left" if column == "set" else "right")
        for name, found in scores.topic.items():
            topic.add_row(
                name, f"{found.bcubed_precision:.3f}", f"{found.bcubed_recall:.3f}", f"{found.bcubed_f1:.3f}"
            )
        out.append(topic)
    return out
