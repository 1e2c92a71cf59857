"""The corpus stages run together on each batch: drop exact duplicates, group copies, assign
stories. A run starts with the stored stories last seen within the window of the newest
article in memory, loads older ones only when an old article arrives late, and forgets the
stories that fall out of the window after each batch, so memory and cost per article stay
flat however large the library grows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from storylens.records import Article, StoryChange, has_year
from storylens.settings import Settings
from storylens.store.base import BatchWrite, NewFeatures, Store, StoredFeatures
from storylens.stories.article_features import compute_features
from storylens.stories.cluster import Member, StoryIndex
from storylens.stories.dedupe import CopyIndex
from storylens.stories.features import TermCounts
from storylens.text.dates import parse_published as _day


def _order_key(published: str | None, article_id: str) -> tuple[str, str, str]:
    """Earliest first, compared in UTC; on one day a stated time comes before none, and
    undated articles (and those printed without a year) count as latest."""
    if published is None or not has_year(published):
        return ("~", "~", article_id)
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        return (published, "~", article_id)
    if len(published) <= 10:
        return (published, "~", article_id)
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return (when.date().isoformat(), when.time().isoformat(), article_id)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """What the corpus stages did with one batch."""

    write: BatchWrite
    duplicates: list[tuple[str, str]]
    copies: int
    stories_created: set[str]
    stories_updated: set[str]
    changes: list[StoryChange]
    #: Articles not stored because their given id is another article's: (source, reason).
    conflicts: list[tuple[str, str]] = field(default_factory=list)


class CorpusStages:
    """Copy groups and stories for a library, extended one batch at a time."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.copies = CopyIndex(threshold=settings.copy_threshold)
        self.stories = StoryIndex(
            threshold=settings.story_threshold,
            short_threshold=settings.short_story_threshold,
            window_days=settings.story_window_days,
        )
        frequencies, documents = store.term_documents()
        self.stories.document_frequency.update(frequencies)
        self.stories.documents = documents
        self.order: dict[str, tuple[str, str, str]] = {}
        self.window = timedelta(days=settings.story_window_days)
        newest = _day(store.latest_published())
        #: Every stored story last seen on or after this day is in memory (None: all are).
        self.loaded_from = None if newest is None else newest - self.window
        self._load(store.iter_features(since=_iso(self.loaded_from)))
        self._hashes: set[str] = set()

    def _load(self, rows: Iterator[StoredFeatures]) -> None:
        for stored in rows:
            self.copies.add(stored.article_id, stored.minhash)
            if stored.origin_id is not None:
                self.copies.origin_of[stored.article_id] = stored.origin_id
                self.copies.similarity[stored.article_id] = stored.similarity or 0.0
            vector = stored.terms.get("vector")
            if vector is None:  # stored before vectors were kept
                vector = self.stories.weigh(TermCounts.from_json(stored.terms))
            member = Member(stored.embedding, vector, stored.language, _day(stored.published), stored.short)
            self.stories.remember(stored.article_id, member, stored.story_id)
            self.order[stored.article_id] = _order_key(stored.published, stored.article_id)

    def _evict(self) -> None:
        """Forget stories last seen more than a window before the newest article, so memory
        and work stay bounded however long the run; a run started later loads the same set."""
        newest = self.stories.newest
        if newest is None or (self.loaded_from is not None and newest - self.window <= self.loaded_from):
            return
        self.loaded_from = newest - self.window
        forgotten = self.stories.evict_before(self.loaded_from)
        self.copies.forget(forgotten)
        for article_id in forgotten:
            self.order.pop(article_id, None)

    def _reach_back(self, day: date | None) -> None:
        """Load the stored stories an article of `day` may join that are not in memory yet
        (an old article arriving late): those last seen within the window before it."""
        if day is None or self.loaded_from is None or day - self.window >= self.loaded_from:
            return
        start = day - self.window
        self._load(self.store.iter_features(since=start.isoformat(), before=self.loaded_from.isoformat()))
        self.loaded_from = start

    def run(self, articles: list[Article]) -> BatchOutcome:
        """Assign a batch (in input order); exact duplicates are reported, not stored."""
        write = BatchWrite()
        duplicates: list[tuple[str, str]] = []
        fresh: list[Article] = []
        known = self.store.known_articles([a.id for a in articles])
        conflicts: list[tuple[str, str]] = []
        for article in articles:
            same_text = article.content_hash in self._hashes or self.store.has_content(article.content_hash)
            if (article.id in known or article.id in self.order) and not same_text:
                # an input's own id given to other text: the library keeps the first
                conflicts.append((article.source, f"id '{article.id}' is already another article's"))
                continue
            if same_text or article.id in known or article.id in self.order:
                duplicates.append((article.source, article.id))
                continue
            self._hashes.add(article.content_hash)
            self.order[article.id] = _order_key(article.published, article.id)
            fresh.append(article)
        missing = [a for a in fresh if a.features is None]  # the shards computed the rest
        computed = iter(compute_features(missing))
        features = [a.features if a.features is not None else next(computed) for a in fresh]
        counts = [TermCounts(f.terms) for f in features]
        self.stories.count_documents(counts)
        for found in counts:
            for term in found.terms:
                write.term_documents[term] = write.term_documents.get(term, 0) + 1
        created: set[str] = set()
        changes: list[StoryChange] = []
        copies = 0
        for article, feature, found in zip(fresh, features, counts, strict=True):
            self._reach_back(_day(article.published))
            hashvalues = feature.signature
            match = self.copies.best_match(hashvalues)
            copy_of = None
            if match is not None:
                copy_of, score = match
                origin = self.copies.group_origin(copy_of)
                earlier = origin in self.order and self.order[article.id] < self.order[origin]
                for changed in self.copies.join(article.id, copy_of, score, earlier):
                    write.copies[changed] = (
                        self.copies.origin_of[changed],
                        self.copies.similarity.get(changed, score),
                    )
                copies += 1
            self.copies.add(article.id, hashvalues)
            member = Member(
                feature.embedding,
                self.stories.weigh(found),
                article.language,
                _day(article.published),
                feature.short,
            )
            assignment = self.stories.assign(article.id, member, copy_of=copy_of)
            if assignment.created:
                created.add(assignment.story_id)
            write.articles.append(article)
            write.features[article.id] = NewFeatures(
                hashvalues, {**found.as_json(), "vector": member.terms}, feature.embedding, member.short
            )
            write.story_members[article.id] = (assignment.story_id, assignment.similarity)
            write.touched_stories.add(assignment.story_id)
            for change in assignment.changes:
                self._record(change, write)
            changes.extend(assignment.changes)
        self._evict()
        created -= {c.other for c in changes if c.kind == "merge"}
        return BatchOutcome(
            write, duplicates, copies, created, write.touched_stories - created, changes, conflicts
        )

    def _record(self, change: StoryChange, write: BatchWrite) -> None:
        """Move a merge's or split's articles in the batch write, and log the change."""
        for moved in change.moved:
            now_in = self.stories.story_of[moved]
            if moved in write.story_members:
                write.story_members[moved] = (now_in, write.story_members[moved][1])
            else:
                write.story_moves[moved] = now_in
        write.touched_stories |= {change.story, change.other}
        write.story_changes.append(change)
