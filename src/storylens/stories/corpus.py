"""The corpus stages run together on each batch: drop exact duplicates, group copies, assign
stories. State is loaded from the store once per run and updated batch by batch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from storylens.records import Article
from storylens.settings import Settings
from storylens.store.base import BatchWrite, Store
from storylens.stories.cluster import StoryIndex
from storylens.stories.dedupe import CopyIndex, signature
from storylens.stories.features import TermCounts, term_counts


def _day(published: str | None) -> date | None:
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _order_key(published: str | None, article_id: str) -> tuple[str, str, str]:
    """Earliest first, compared in UTC; on one day a stated time comes before none, and
    undated articles count as latest."""
    if not published:
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


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """What the corpus stages did with one batch."""

    write: BatchWrite
    duplicates: list[tuple[str, str]]
    copies: int
    stories_created: set[str]
    stories_updated: set[str]


class CorpusStages:
    """Copy groups and stories for a library, extended one batch at a time."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.copies = CopyIndex(threshold=settings.copy_threshold)
        self.stories = StoryIndex(threshold=settings.story_threshold, window_days=settings.story_window_days)
        self.order: dict[str, tuple[str, str, str]] = {}
        for stored in store.iter_features():
            self.copies.add(stored.article_id, stored.minhash)
            if stored.origin_id is not None:
                self.copies.origin_of[stored.article_id] = stored.origin_id
                self.copies.similarity[stored.article_id] = stored.similarity or 0.0
            self.stories.remember(
                stored.article_id,
                TermCounts.from_json(stored.terms),
                stored.language,
                stored.story_id,
                _day(stored.published),
            )
            self.order[stored.article_id] = _order_key(stored.published, stored.article_id)
        frequencies, documents = store.term_documents()
        self.stories.document_frequency.update(frequencies)
        self.stories.documents = documents
        self._hashes: set[str] = set()

    def run(self, articles: list[Article]) -> BatchOutcome:
        """Assign a batch (in input order); exact duplicates are reported, not stored."""
        write = BatchWrite()
        duplicates: list[tuple[str, str]] = []
        fresh: list[Article] = []
        for article in articles:
            if (
                article.content_hash in self._hashes
                or self.store.has_content(article.content_hash)
                or article.id in self.order  # holds every stored article, loaded at start
            ):
                duplicates.append((article.source, article.id))
                continue
            self._hashes.add(article.content_hash)
            self.order[article.id] = _order_key(article.published, article.id)
            fresh.append(article)
        counts = {a.id: term_counts(a.title, a.paragraphs, a.language) for a in fresh}
        self.stories.count_documents(list(counts.values()))
        for found in counts.values():
            for term in found.terms:
                write.term_documents[term] = write.term_documents.get(term, 0) + 1
        created: set[str] = set()
        copies = 0
        for article in fresh:
            hashvalues = signature(article.paragraphs)
            match = self.copies.best_match(hashvalues)
            copy_of = None
            if match is not None:
                copy_of, score = match
                origin = self.copies.group_origin(copy_of)
                earlier = self.order[article.id] < self.order[origin]
                for changed in self.copies.join(article.id, copy_of, score, earlier):
                    write.copies[changed] = (
                        self.copies.origin_of[changed],
                        self.copies.similarity.get(changed, score),
                    )
                copies += 1
            self.copies.add(article.id, hashvalues)
            assignment = self.stories.assign(
                article.id, counts[article.id], article.language, _day(article.published), copy_of=copy_of
            )
            if assignment.created:
                created.add(assignment.story_id)
            write.articles.append(article)
            write.features[article.id] = (hashvalues, counts[article.id].as_json())
            write.story_members[article.id] = (assignment.story_id, assignment.similarity)
            write.touched_stories.add(assignment.story_id)
        return BatchOutcome(write, duplicates, copies, created, write.touched_stories - created)
