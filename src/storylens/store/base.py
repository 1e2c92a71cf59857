"""The narrow store interface every backend implements (SQLite now, PostgreSQL later),
and the plain records that cross it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from storylens.records import Article, Story, StoryChange, StorylineLink


@dataclass(frozen=True, slots=True)
class StoredFeatures:
    """What the corpus stages keep of one stored article to resume incrementally."""

    article_id: str
    published: str | None
    language: str | None
    minhash: np.ndarray
    terms: dict[str, dict[str, float]]
    embedding: np.ndarray  # zeros for articles stored before embeddings were kept
    short: bool
    story_id: str
    origin_id: str | None
    similarity: float | None


@dataclass(frozen=True, slots=True)
class NewFeatures:
    """What the corpus stages store of a new article: its MinHash signature, term counts,
    embedding and whether it is headline-length."""

    minhash: np.ndarray
    terms: dict[str, dict[str, float]]
    embedding: np.ndarray
    short: bool


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A story's headline facts, as listed by `stories`."""

    id: str
    title: str
    first_seen: str | None
    last_seen: str | None
    articles: int
    outlets: int
    origins: int
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """Which stories to list, and in what order ("size": most articles first; "latest": most
    recently seen first). Dates are ISO days; a story is kept when its span meets the range.
    `entity` is an entity id or a name as written."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    language: str | None = None
    entity: str | None = None
    order: str = "size"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An article that matches a full-text query."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    story_id: str | None
    snippet: str


@dataclass(slots=True)
class BatchWrite:
    """Everything one ingest batch changes, written in one transaction."""

    articles: list[Article] = field(default_factory=list)
    features: dict[str, NewFeatures] = field(default_factory=dict)
    term_documents: dict[str, int] = field(default_factory=dict)
    copies: dict[str, tuple[str, float]] = field(default_factory=dict)
    story_members: dict[str, tuple[str, float]] = field(default_factory=dict)
    #: stored articles that a merge or split moved to another story
    story_moves: dict[str, str] = field(default_factory=dict)
    story_changes: list[StoryChange] = field(default_factory=list)
    touched_stories: set[str] = field(default_factory=set)
    pages: list[tuple[str, str, str | None]] = field(default_factory=list)


class Store(Protocol):
    """The library's storage. Writes are transactional, one batch at a time."""

    def close(self) -> None: ...

    def seen_page(self, origin: str, digest: str) -> bool: ...

    def has_content(self, content_hash: str) -> bool: ...

    def iter_features(self, since: str | None = None, before: str | None = None) -> Iterator[StoredFeatures]:
        """Stored articles of the stories last seen on or after `since` (all when None; with
        no `before`, undated stories too) and before `before`, in the order they were stored."""
        ...

    def known_articles(self, ids: list[str]) -> set[str]: ...

    def latest_published(self) -> str | None:
        """The newest `last_seen` of any story."""
        ...

    def story_changes(self, story_id: str) -> list[StoryChange]: ...

    def term_documents(self) -> tuple[dict[str, int], int]: ...

    def write_batch(self, batch: BatchWrite) -> None: ...

    def fetch_validators(self, url: str) -> tuple[str | None, str | None] | None: ...

    def remember_fetch(self, url: str, etag: str | None, last_modified: str | None) -> None: ...

    def list_stories(
        self, limit: int, offset: int = 0, where: StoryFilter | None = None
    ) -> list[StoryRow]: ...

    def story_version(self, story_id: str) -> str | None: ...

    def load_article(self, article_id: str) -> tuple[Article, str | None]: ...

    def entity_articles(self, entity: str, limit: int = 200) -> list[tuple[Article, str | None]]: ...

    def filter_choices(self, limit: int = 300) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]: ...

    def load_story(self, story_id: str) -> Story:
        """The stored story without its analysis (`stories.analysis` adds it)."""
        ...

    def story_ids(self) -> list[str]: ...

    def story_days(self) -> dict[str, tuple[str | None, str | None]]:
        """Every story's first and last seen (ISO dates or None), earliest first."""
        ...

    def storyline_links(self) -> dict[str, StorylineLink]:
        """Every linked story's storyline link (stories merged away left out)."""
        ...

    def write_storyline_links(self, links: list[StorylineLink]) -> None: ...

    def story_names(self, story_ids: list[str]) -> dict[str, set[str]]:
        """The names of the people, organisations and places each story's articles mention."""
        ...

    def search(self, query: str, limit: int, offset: int = 0) -> list[SearchHit]: ...

    def count_articles(self) -> int: ...
