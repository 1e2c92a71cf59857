"""Assign each new article to a story, incrementally: join the most similar recent story or
start a new one. Copies join their origin's story.

Similarity is the cosine of TF-IDF term vectors, taken against the story's centroid and its
closest member, and discounted by the days between the article and the story.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from storylens.stories.features import TermCounts, cosine, weigh


def story_id_for(seed_article: str) -> str:
    """A story's id: stable, derived from the article that started it."""
    return "st-" + hashlib.sha1(seed_article.encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class StoryState:
    """What the clusterer keeps of a story."""

    id: str
    members: list[str] = field(default_factory=list)
    first_day: date | None = None
    last_day: date | None = None

    def days_from(self, day: date | None) -> int:
        if day is None or self.first_day is None or self.last_day is None:
            return 0
        if day < self.first_day:
            return (self.first_day - day).days
        if day > self.last_day:
            return (day - self.last_day).days
        return 0

    def add(self, article_id: str, day: date | None) -> None:
        self.members.append(article_id)
        if day is not None:
            self.first_day = min(self.first_day or day, day)
            self.last_day = max(self.last_day or day, day)


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where an article went and how sure the clusterer was."""

    story_id: str
    similarity: float
    created: bool


@dataclass(slots=True)
class StoryIndex:
    """Term counts of stored articles, their stories and the library's document frequencies."""

    threshold: float
    window_days: int
    counts: dict[str, TermCounts] = field(default_factory=dict)
    language: dict[str, str | None] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    stories: dict[str, StoryState] = field(default_factory=dict)
    document_frequency: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    _vectors: dict[str, tuple[dict[str, float], dict[str, float]]] = field(default_factory=dict)

    def count_documents(self, batch: list[TermCounts]) -> None:
        """Add a batch's terms to the document frequencies before assigning its articles."""
        for counts in batch:
            self.document_frequency.update(counts.terms.keys())
        self.documents += len(batch)
        self._vectors.clear()  # IDF changed

    def remember(
        self, article_id: str, counts: TermCounts, language: str | None, story_id: str, day: date | None
    ) -> None:
        """Load an already stored article (no document-frequency change)."""
        self.counts[article_id] = counts
        self.language[article_id] = language
        self.story_of[article_id] = story_id
        self.stories.setdefault(story_id, StoryState(story_id)).add(article_id, day)

    def assign(
        self,
        article_id: str,
        counts: TermCounts,
        language: str | None,
        day: date | None,
        copy_of: str | None = None,
    ) -> Assignment:
        """Put an article into a story and return where it went."""
        self.counts[article_id] = counts
        self.language[article_id] = language
        if copy_of is not None and copy_of in self.story_of:
            story_id, similarity = self.story_of[copy_of], 1.0
        else:
            story_id, similarity = self._closest_story(article_id, day)
        created = story_id not in self.stories
        if created:
            story_id = story_id_for(article_id)
        self.stories.setdefault(story_id, StoryState(story_id)).add(article_id, day)
        self.story_of[article_id] = story_id
        return Assignment(story_id, similarity, created)

    def _vectors_of(self, article_id: str) -> tuple[dict[str, float], dict[str, float]]:
        """TF-IDF vectors of all terms and of names alone, cached until the IDF changes."""
        vectors = self._vectors.get(article_id)
        if vectors is None:
            counts = self.counts[article_id]
            vectors = (
                weigh(counts.terms, self.document_frequency, self.documents),
                weigh(counts.names, self.document_frequency, self.documents),
            )
            self._vectors[article_id] = vectors
        return vectors

    def similarity(self, article_id: str, members: list[str]) -> float:
        """How well an article fits a group: all terms against members in its own language,
        names alone against members in other languages; the closer of centroid and member."""
        language = self.language.get(article_id)
        same = [m for m in members if self.language.get(m) == language]
        other = [m for m in members if self.language.get(m) != language]
        score = 0.0
        for group, channel in ((same, 0), (other, 1)):
            if not group:
                continue
            vector = self._vectors_of(article_id)[channel]
            vectors = [self._vectors_of(m)[channel] for m in group]
            best_member = max(cosine(vector, v) for v in vectors)
            score = max(score, best_member, cosine(vector, _centroid(vectors)))
        return score

    def _closest_story(self, article_id: str, day: date | None) -> tuple[str, float]:
        best_id, best = "", 0.0
        for story in sorted(self.stories.values(), key=lambda s: s.id):
            distance = story.days_from(day)
            if distance > self.window_days:
                continue
            score = self.similarity(article_id, story.members)
            score *= 1.0 - 0.5 * distance / max(1, self.window_days)
            if score > best:
                best_id, best = story.id, score
        if best >= self.threshold:
            return best_id, best
        return "", best


def _centroid(vectors: list[dict[str, float]]) -> dict[str, float]:
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    norm = sum(v * v for v in total.values()) ** 0.5
    return {t: v / norm for t, v in total.items()} if norm else {}
