"""The per-shard loop: each page cleaned, the shard's articles given their story features,
and a report of what it did; features from a shard place articles as the corpus stages'
own features do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from storylens.executors.base import run_shard
from storylens.executors.local import LocalExecutor
from storylens.pipeline import cleaning_pipeline
from storylens.records import Article, CleanMode, Page, Skipped
from storylens.settings import Settings
from storylens.store.sqlite import SQLiteStore
from storylens.stories.corpus import CorpusStages
from storylens.stories.dedupe import NUM_PERM

from ..conftest import FERRY_PARAGRAPHS, article_html

PAGES = [
    Page(origin="ferry.html", content=article_html("Ferry closes", FERRY_PARAGRAPHS), mode=CleanMode.HTML),
    Page(origin="empty.txt", content="   ", mode=CleanMode.TEXT),
    Page(
        origin="reprint.html",
        content=article_html("Ferry service ends", FERRY_PARAGRAPHS, outlet="Skarde Herald"),
        mode=CleanMode.HTML,
    ),
]


def test_a_shard_cleans_its_pages_counts_them_and_gives_articles_their_features() -> None:
    shard = run_shard(cleaning_pipeline(), PAGES)
    assert [type(r).__name__ for r in shard.results] == ["Article", "Skipped", "Article"]
    assert (shard.report.pages, shard.report.articles) == (3, 2)
    assert [origin for origin, _ in shard.report.skipped] == ["empty.txt"]
    for article in shard.results:
        if isinstance(article, Article):
            assert article.features is not None
            assert article.features.signature.shape == (NUM_PERM,)
            assert article.features.embedding.shape == (512,)
            assert np.isclose(np.linalg.norm(article.features.embedding), 1.0, atol=1e-5)
            assert "ferry" in article.features.terms


def test_a_shard_without_features_leaves_them_to_the_corpus_stages() -> None:
    shard = run_shard(cleaning_pipeline(), PAGES[:1], with_features=False)
    assert isinstance(shard.results[0], Article)
    assert shard.results[0].features is None


def test_features_from_a_shard_place_articles_as_the_corpus_stages_would(tmp_path: Path) -> None:
    shard = run_shard(cleaning_pipeline(), PAGES)
    with_features = [r for r in shard.results if isinstance(r, Article)]
    without = [replace(a, features=None) for a in with_features]
    placed = []
    for name, articles in (("shard", with_features), ("corpus", without)):
        stages = CorpusStages(SQLiteStore(tmp_path / f"{name}.db"), Settings())
        outcome = stages.run(articles)
        placed.append(
            (
                outcome.copies,
                sorted(outcome.write.copies.items()),
                [similarity for _, similarity in outcome.write.story_members.values()],
            )
        )
    assert placed[0][0] == placed[1][0] == 1  # the reprint is found a copy of the ferry report
    assert placed[0] == placed[1]


def test_the_pool_and_one_process_give_the_same_shard_results() -> None:
    pages = PAGES * 3
    with LocalExecutor(1, cleaning_pipeline()) as one, LocalExecutor(2, cleaning_pipeline()) as pool:
        alone = [r for shard in one.map(pages) for r in shard.results]
        pooled = [r for shard in pool.map(pages) for r in shard.results]
    assert [getattr(r, "id", None) for r in alone] == [getattr(r, "id", None) for r in pooled]
    assert sum(isinstance(r, Skipped) for r in pooled) == 3
