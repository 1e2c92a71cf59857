"""An ingest job: read inputs, clean them in parallel, assign copies and stories, and write
each batch in one transaction. An interrupted job resumes where it stopped: pages already
stored are recognised by their origin and content digest and passed over."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence

from storylens.clean.furniture import SiteFurniture
from storylens.executors.base import ShardResult
from storylens.executors.local import LocalExecutor
from storylens.ingest import Fetcher, IngestItem, Input, expand_sources, read_input
from storylens.pipeline import default_pipeline
from storylens.records import Article, Page, Skipped, Unchanged
from storylens.report import IngestReport
from storylens.settings import Settings
from storylens.store.base import Store
from storylens.stories.corpus import CorpusStages
from storylens.stories.storyline_links import link_new_stories

#: Called with the number of inputs finished so far and the total, after each input.
ProgressHook = Callable[[int, int], None]


def page_digest(page: Page) -> str:
    """Identity of a page's content, to recognise it on a re-run."""
    return hashlib.sha256(f"{page.mode}\0{page.content}".encode("utf-8", "surrogatepass")).hexdigest()[:24]


class IngestJob:
    """One run of `ingest` over some sources into one store."""

    def __init__(self, store: Store, settings: Settings, progress: ProgressHook | None = None) -> None:
        self.store = store
        self.settings = settings
        self.progress = progress
        self.report = IngestReport()
        self._created: set[str] = set()
        self._updated: set[str] = set()
        self._furniture = SiteFurniture()

    def run(self, sources: Sequence[str]) -> IngestReport:
        inputs = expand_sources(sources)
        corpus = CorpusStages(self.store, self.settings)
        fetcher = Fetcher(self.settings, memory=self.store) if any(i.is_url for i in inputs) else None
        try:
            pipeline = default_pipeline(self.settings.who_said_what)
            with LocalExecutor(self.settings.worker_count(), pipeline) as executor:
                # the workers clean the next batch while this process assigns copies and
                # stories to the last one and writes it
                pending: tuple[list[tuple[Page, str]], Iterator[ShardResult]] | None = None
                for batch in self._batches(inputs, fetcher):
                    started = (batch, executor.map(self._furniture.attach([page for page, _ in batch])))
                    if pending is not None:
                        self._process(*pending, corpus)
                    pending = started
                if pending is not None:
                    self._process(*pending, corpus)
            link_new_stories(self.store)
        finally:
            if fetcher is not None:
                fetcher.close()
        return self.report

    def _batches(self, inputs: list[Input], fetcher: Fetcher | None) -> Iterator[list[tuple[Page, str]]]:
        """Pages not yet stored, in batches, with their digests."""
        batch: list[tuple[Page, str]] = []
        for done, item in enumerate(inputs, start=1):
            for found in read_input(item, self.settings, fetcher):
                page = self._admit(found)
                if page is not None:
                    batch.append(page)
                if len(batch) >= self.settings.batch_size:
                    yield batch
                    batch = []
            if self.progress is not None:
                self.progress(done, len(inputs))
        if batch:
            yield batch

    def _admit(self, found: IngestItem) -> tuple[Page, str] | None:
        if isinstance(found, Skipped):
            self.report.skipped.append((found.origin, found.reason))
            return None
        if isinstance(found, Unchanged):
            self.report.unchanged += 1
            return None
        self.report.pages_read += 1
        digest = page_digest(found)
        if self.store.seen_page(found.origin, digest):
            self.report.unchanged += 1
            return None
        return found, digest

    def _process(
        self, batch: list[tuple[Page, str]], shards: Iterator[ShardResult], corpus: CorpusStages
    ) -> None:
        results: list[Article | Skipped] = []
        for shard in shards:
            results.extend(shard.results)
            self.report.skipped.extend(shard.report.skipped)
        articles: list[Article] = []
        digests: dict[str, str] = {}
        for (page, digest), result in zip(batch, results, strict=True):
            if isinstance(result, Article):
                articles.append(result)
                digests[page.origin] = digest
        outcome = corpus.run(articles)
        outcome.write.pages = [(a.source, digests[a.source], a.id) for a in outcome.write.articles]
        outcome.write.pages += [(source, digests[source], None) for source, _ in outcome.duplicates]
        self.store.write_batch(outcome.write)
        self.report.articles_stored += len(outcome.write.articles)
        self.report.duplicates += len(outcome.duplicates)
        self.report.skipped.extend(outcome.conflicts)
        self.report.copies += outcome.copies
        self.report.stories_merged += sum(1 for c in outcome.changes if c.kind == "merge")
        self.report.stories_split += sum(1 for c in outcome.changes if c.kind == "split")
        self._created -= {c.other for c in outcome.changes if c.kind == "merge"}
        self._created |= outcome.stories_created
        self._updated |= outcome.stories_updated - self._created
        self.report.stories_created = len(self._created)
        self.report.stories_updated = len(self._updated)
