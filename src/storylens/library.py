"""The Python face of storylens: a library of stories in one database."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from storylens.errors import BadInput, StoryNotFound
from storylens.job import IngestJob, ProgressHook
from storylens.records import Story, StorylineLink
from storylens.report import IngestReport
from storylens.settings import Settings, default_db_path
from storylens.store import open_store
from storylens.store.base import SearchHit, Store, StoryRow
from storylens.store.lock import writer_lock
from storylens.stories.analysis import analyse_story
from storylens.stories.story_dates import settle_years
from storylens.stories.storylines import storyline_id
from storylens.stories.timeline_summary import TimelineDay, dated_texts, summarise_timeline
from storylens.text.dates import parse_published

#: Analysed stories kept in memory, most recently read last.
CACHED_STORIES = 128
#: A timeline's default size: days, and sentences per day.
DEFAULT_DATES, DEFAULT_SENTENCES = 10, 1
#: A timeline of a search reads at most this many of its best-matching articles.
QUERY_ARTICLES = 500


@dataclass(frozen=True, slots=True)
class Storyline:
    """Moments (stories) linked across weeks, earliest first, with the link of each."""

    id: str
    moments: tuple[StoryRow, ...]
    links: tuple[StorylineLink, ...]

    @property
    def title(self) -> str:
        """The title of its largest moment."""
        return max(self.moments, key=lambda m: (m.articles, -self.moments.index(m))).title

    @property
    def articles(self) -> int:
        return sum(m.articles for m in self.moments)

    @property
    def first_seen(self) -> str | None:
        return min((m.first_seen for m in self.moments if m.first_seen), default=None)

    @property
    def last_seen(self) -> str | None:
        return max((m.last_seen for m in self.moments if m.last_seen), default=None)


class Library:
    """Stories built from ingested pages.

    Each thread that reads the library reads through a store of its own (SQLite connections
    stay in their thread); a story's analysis is computed when it is first asked for and kept
    until the story changes.

    >>> library = Library(db="news.db")                 # doctest: +SKIP
    >>> report = library.ingest(["samples/news"])       # doctest: +SKIP
    >>> [row.title for row in library.stories()]        # doctest: +SKIP
    """

    def __init__(self, db: str | Path | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.location = db or default_db_path()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._stores: list[Store] = []
        self._analysed: OrderedDict[tuple[str, str], Story] = OrderedDict()
        _ = self.store  # create or migrate the database now, before any reader

    @property
    def store(self) -> Store:
        """The calling thread's store."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.location)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._stores:
                store.close()
            self._stores.clear()
            self._analysed.clear()
        self._local = threading.local()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(
        self,
        sources: Sequence[str | Path],
        progress: ProgressHook | None = None,
        on_wait: Callable[[], None] | None = None,
    ) -> IngestReport:
        """Read files, folders and URLs into the library; see IngestReport for the outcome.

        One ingest writes to a library at a time: another one waits for it (calling `on_wait`
        first). Raises SourceNotFound (before reading anything) when a path does not exist.
        """
        with writer_lock(self.location, on_wait):
            return IngestJob(self.store, self.settings, progress).run([str(s) for s in sources])

    def stories(self, limit: int = 50, offset: int = 0) -> list[StoryRow]:
        """Stories, largest first."""
        return self.store.list_stories(limit, offset)

    def story(self, story_id: str) -> Story:
        """One story with its articles, copy groups and analysis; raises StoryNotFound."""
        storyline = self._storyline_days(story_id)  # a year-less day may take its year from them
        version = f"{self.store.story_version(story_id) or ''}|{','.join(d.isoformat() for d in storyline)}"
        key = (story_id, version)
        with self._lock:
            found = self._analysed.get(key)
            if found is not None:
                self._analysed.move_to_end(key)
                return found
        story = analyse_story(self.store.load_story(story_id), storyline)
        with self._lock:
            self._analysed[key] = story
            while len(self._analysed) > CACHED_STORIES:
                self._analysed.popitem(last=False)
        return story

    def _settled(self, row: StoryRow) -> StoryRow:
        articles = settle_years(
            self.store.load_story(row.id).articles, storyline=self._storyline_days(row.id)
        )
        days = sorted(a.published[:10] for a in articles if a.year_from and a.published)
        return replace(row, first_seen=days[0], last_seen=days[-1]) if days else row

    def _storyline_days(self, story_id: str) -> list[date]:
        """The first and last days of the other moments of a story's storyline."""
        links = self.store.storyline_links()
        link = links.get(story_id)
        if link is None:
            return []
        days = self.store.story_days()
        others = [s for s, other in links.items() if other.storyline == link.storyline and s != story_id]
        return [d for s in others for value in days.get(s, (None, None)) if (d := parse_published(value))]

    def all_stories(self) -> Iterator[Story]:
        """Every story, analysed, oldest first (not kept in the cache)."""
        for story_id in self.store.story_ids():
            yield analyse_story(self.store.load_story(story_id), self._storyline_days(story_id))

    def storylines(self, limit: int = 50) -> list[Storyline]:
        """Storylines, the most articles first; a story not linked yet is one of its own."""
        links = self.store.storyline_links()
        rows = self.store.list_stories(limit=1_000_000)
        grouped: dict[str, list[StoryRow]] = {}
        for row in rows:
            link = links.get(row.id) or StorylineLink(row.id, storyline_id(row.id))
            grouped.setdefault(link.storyline, []).append(row)
        found = [self._storyline(line, moments, links) for line, moments in grouped.items()]
        found.sort(key=lambda s: (-s.articles, s.first_seen or "~", s.id))
        return found[:limit]

    def storyline(self, storyline_or_story: str) -> Storyline:
        """One storyline, by its id or by the id of one of its moments; raises StoryNotFound."""
        links = self.store.storyline_links()
        wanted = links[storyline_or_story].storyline if storyline_or_story in links else storyline_or_story
        members = [story for story, link in links.items() if link.storyline == wanted]
        if not members and wanted.startswith("st-"):
            members = [wanted] if self.store.story_version(wanted) else []
            wanted = storyline_id(wanted)
        if not members:
            raise StoryNotFound(f"no storyline or story with id '{storyline_or_story}'")
        wanted_rows = set(members)
        rows = [row for row in self.store.list_stories(limit=1_000_000) if row.id in wanted_rows]
        return self._storyline(wanted, rows, links)

    def _storyline(self, line: str, rows: list[StoryRow], links: dict[str, StorylineLink]) -> Storyline:
        """A storyline of these moments; a moment whose articles print no year is dated by the
        days its storyline settles for them."""
        rows = [self._settled(row) if row.first_seen is None and len(rows) > 1 else row for row in rows]
        rows.sort(key=lambda r: (r.first_seen or "~", r.id))
        return Storyline(line, tuple(rows), tuple(links.get(r.id) or StorylineLink(r.id, line) for r in rows))

    def timeline(
        self,
        *,
        story_id: str | None = None,
        query: str | None = None,
        start: date | None = None,
        end: date | None = None,
        dates: int = DEFAULT_DATES,
        sentences: int = DEFAULT_SENTENCES,
    ) -> list[TimelineDay]:
        """The days that mattered, each told by a few sentences of the articles, earliest
        first: of one story, of the articles matching a search, or of the whole library,
        between `start` and `end` (inclusive). Raises StoryNotFound, BadInput."""
        if dates < 1 or sentences < 1:
            raise BadInput("--dates and --sentences must be at least 1")
        if start and end and start > end:
            raise BadInput(f"the range ends ({end}) before it starts ({start})")
        if story_id is not None and story_id.startswith("sl-"):
            texts = []
            for moment in self.storyline(story_id).moments:
                story = self.store.load_story(moment.id)
                settled = settle_years(story.articles, storyline=self._storyline_days(moment.id))
                texts.extend(dated_texts(settled, story.duplicate_groups))
        elif story_id is not None:
            story = self.store.load_story(story_id)
            settled = settle_years(story.articles, storyline=self._storyline_days(story_id))
            texts = dated_texts(settled, story.duplicate_groups)
        elif query is not None:
            matched = {hit.article_id for hit in self.store.search(query, QUERY_ARTICLES)}
            texts = []
            for found in dict.fromkeys(self.store.load_article(a)[1] or "" for a in matched):
                if found:  # an article is stored with its story; read it with its copy groups
                    story = self.store.load_story(found)
                    chosen = [a for a in settle_years(story.articles) if a.id in matched]
                    texts.extend(dated_texts(chosen, story.duplicate_groups))
        else:
            texts = []
            for found in self.store.story_ids():
                story = self.store.load_story(found)
                texts.extend(dated_texts(settle_years(story.articles), story.duplicate_groups))
        return summarise_timeline(texts, dates=dates, sentences=sentences, start=start, end=end)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching every word of the query (full text, diacritics folded)."""
        return self.store.search(query, limit)
