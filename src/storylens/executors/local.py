"""Run the per-article shards on all cores with a process pool, in input order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from storylens.executors.base import ShardResult, run_shard
from storylens.pipeline import ArticlePipeline, default_pipeline
from storylens.records import Page

_WORKER_PIPELINE: ArticlePipeline | None = None


def _start_worker(pipeline: ArticlePipeline) -> None:
    global _WORKER_PIPELINE  # noqa: PLW0603 — one pipeline per worker process
    _WORKER_PIPELINE = pipeline


def _run_in_worker(pages: list[Page]) -> ShardResult:
    assert _WORKER_PIPELINE is not None, "worker started without a pipeline"
    return run_shard(_WORKER_PIPELINE, pages)


class LocalExecutor:
    """Runs shards in-process (one worker) or on a pool of processes."""

    def __init__(self, workers: int, pipeline: ArticlePipeline | None = None) -> None:
        self.workers = workers
        self.pipeline = pipeline or default_pipeline()
        self._pool: ProcessPoolExecutor | None = None

    def map(self, pages: Sequence[Page]) -> Iterator[ShardResult]:
        """The batch's shard results in the order of pages: one shard in-process, else
        four shards a worker, so a slow page holds up little."""
        if self.workers <= 1 or len(pages) < 4:
            return self._in_process(pages)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, initializer=_start_worker, initargs=(self.pipeline,)
            )
        size = max(1, len(pages) // (self.workers * 4))
        shards = [list(pages[start : start + size]) for start in range(0, len(pages), size)]
        return self._pool.map(_run_in_worker, shards)

    def _in_process(self, pages: Sequence[Page]) -> Iterator[ShardResult]:
        yield run_shard(self.pipeline, pages)  # run when the job reads it, as the pool's are

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
