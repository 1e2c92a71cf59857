"""The Python face of storylens: a library of stories in one database."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from storylens.job import IngestJob, ProgressHook
from storylens.records import Story
from storylens.report import IngestReport
from storylens.settings import Settings, default_db_path
from storylens.store import open_store
from storylens.store.base import SearchHit, StoryRow


class Library:
    """Stories built from ingested pages.

    >>> library = Library(db="news.db")                 # doctest: +SKIP
    >>> report = library.ingest(["samples/news"])       # doctest: +SKIP
    >>> [row.title for row in library.stories()]        # doctest: +SKIP
    """

    def __init__(self, db: str | Path | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.location = db or default_db_path()
        self.store = open_store(self.location)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, sources: Sequence[str | Path], progress: ProgressHook | None = None) -> IngestReport:
        """Read files, folders and URLs into the library; see IngestReport for the outcome.

        Raises SourceNotFound (before reading anything) when a path does not exist.
        """
        return IngestJob(self.store, self.settings, progress).run([str(s) for s in sources])

    def stories(self, limit: int = 50, offset: int = 0) -> list[StoryRow]:
        """Stories, largest first."""
        return self.store.list_stories(limit, offset)

    def story(self, story_id: str) -> Story:
        """One story with its articles and copy groups; raises StoryNotFound."""
        return self.store.load_story(story_id)

    def all_stories(self) -> Iterator[Story]:
        for story_id in self.store.story_ids():
            yield self.store.load_story(story_id)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching every word of the query (full text, diacritics folded)."""
        return self.store.search(query, limit)
