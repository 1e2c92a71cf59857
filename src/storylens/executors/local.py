"""Run the per-article stages on all cores with a process pool, in input order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from storylens.pipeline import ArticlePipeline, default_pipeline
from storylens.records import Article, Page, Skipped

_WORKER_PIPELINE: ArticlePipeline | None = None


def _start_worker(pipeline: ArticlePipeline) -> None:
    global _WORKER_PIPELINE  # noqa: PLW0603 — one pipeline per worker process
    _WORKER_PIPELINE = pipeline


def _run_in_worker(page: Page) -> Article | Skipped:
    assert _WORKER_PIPELINE is not None, "worker started without a pipeline"
    return _WORKER_PIPELINE.run(page)


class LocalExecutor:
    """Maps pages to articles in-process (one worker) or on a pool of processes."""

    def __init__(self, workers: int, pipeline: ArticlePipeline | None = None) -> None:
        self.workers = workers
        self.pipeline = pipeline or default_pipeline()
        self._pool: ProcessPoolExecutor | None = None

    def map(self, pages: Sequence[Page]) -> Iterator[Article | Skipped]:
        """Results in the order of pages."""
        if self.workers <= 1 or len(pages) < 4:
            return (self.pipeline.run(page) for page in pages)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, initializer=_start_worker, initargs=(self.pipeline,)
            )
        chunk = max(1, len(pages) // (self.workers * 4))
        return self._pool.map(_run_in_worker, pages, chunksize=chunk)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
