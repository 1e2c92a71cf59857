"""One writer at a time: an ingest holds an exclusive lock on a file beside the library while
it runs, so a second ingest into the same library waits for the first instead of assigning
stories from a picture of the library that the first is changing."""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def lock_path(location: str | Path) -> Path | None:
    """The lock file of a library file ("news.db.lock"), or None for one without a file."""
    text = str(location)
    if text == ":memory:" or text.startswith("file:"):
        return None
    return Path(text + ".lock")


@contextmanager
def writer_lock(location: str | Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the library's writer lock; call `on_wait` first when another writer holds it."""
    path = lock_path(location)
    if path is None:
        yield
        return
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)  # released by the kernel if its holder dies
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
