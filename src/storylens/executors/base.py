"""What every executor shares: the per-shard loop and the interface the ingest job drives.

A shard is a slice of one batch of pages. `run_shard` cleans and enriches each page with the
pipeline, then computes the features the story stages compare articles by (MinHash signature,
term counts, embedding) for the shard's articles together, and counts what it did. The local
executor runs shards on a process pool; a Ray executor runs the same function on a cluster.
Nothing a shard does is stored until the job writes its batch in one transaction, so a run
cut short resumes at the first batch not written: its pages are not yet seen by the store.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from storylens.pipeline import ArticlePipeline
from storylens.records import Article, Page, Skipped
from storylens.stories.article_features import compute_features


@dataclass(slots=True)
class ShardReport:
    """What one shard did: pages read, articles made, pages skipped and why."""

    pages: int = 0
    articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ShardResult:
    """A shard's articles (or the reason a page gave none), in page order, and its report."""

    results: list[Article | Skipped]
    report: ShardReport


def run_shard(pipeline: ArticlePipeline, pages: Sequence[Page], with_features: bool = True) -> ShardResult:
    """Clean and enrich each page, then give the shard's articles their story features."""
    results = [pipeline.run(page) for page in pages]
    articles = [r for r in results if isinstance(r, Article)]
    if with_features and articles:
        features = iter(compute_features(articles))
        results = [replace(r, features=next(features)) if isinstance(r, Article) else r for r in results]
    report = ShardReport(
        pages=len(pages),
        articles=len(articles),
        skipped=[(r.origin, r.reason) for r in results if isinstance(r, Skipped)],
    )
    return ShardResult(results, report)


class Executor(Protocol):
    """Runs the per-article shards of one batch; results come back in page order."""

    def map(self, pages: Sequence[Page]) -> Iterator[ShardResult]: ...

    def close(self) -> None: ...
