"""Assign each new article to a story, incrementally: join the best-fitting recent story or
start a new one. Copies join their origin's story.

How well an article fits a story is its mean similarity to the story's members (group-average
linkage, kept cheap by per-story sums of member vectors). Two articles in one language compare
by their multilingual embeddings and their TF-IDF term vectors; across languages by embeddings
alone. The mean is discounted by the days between the article and the story.

Candidate stories come from an approximate-nearest-neighbour index (usearch HNSW) over the
embeddings of articles in the window, so an article costs about the same whether the library
holds a thousand or a million. An article that fits two stories that fit each other merges
them; a story whose members fall into two groups that do not fit each other splits. Both are
recorded as `StoryChange`s.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from usearch.index import Index

from storylens.records import ChangeKind, StoryChange
from storylens.stories.embedding import DIMENSIONS
from storylens.stories.features import TermCounts, weigh

#: Share of the embedding (against TF-IDF) in the similarity of two same-language articles.
EMBEDDING_SHARE = 0.5
#: Scale of TF-IDF cosines to the embeddings' (related articles score ~0.25 against ~0.5).
TERM_SCALE = 2.0
#: Two stories merge when their mean pair similarity reaches this multiple of the threshold.
MERGE_FACTOR = 1.15
#: Nearest articles asked of the index for candidate stories.
NEIGHBOURS = 32
#: Below this many indexed articles the index answers exactly (brute force is cheaper).
EXACT_BELOW = 20_000
#: A story splits when its two halves' mean pair similarity is below this multiple of the
#: threshold (below the merge level, so that merges and splits do not undo each other).
SPLIT_FACTOR = 0.8
#: A story is checked for a split when it reaches these sizes and then every SPLIT_EVERY members.
SPLIT_FIRST, SPLIT_EVERY = 6, 8
#: Members beyond this are not split-checked (the check is quadratic in the story's size).
SPLIT_MAX = 400


def story_id_for(seed_article: str) -> str:
    """A story's id: stable, derived from the article that started it."""
    return "st-" + hashlib.sha1(seed_article.encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class Member:
    """What the clusterer keeps of an article: its embedding, its TF-IDF vector (weighed with
    the document frequencies of the day it arrived, and stored so, so that a resumed run
    compares exactly as an uninterrupted one), its language and its day."""

    embedding: np.ndarray
    terms: dict[str, float]
    language: str | None
    day: date | None
    short: bool = False  # headline-length: judged against the short-text threshold


@dataclass(slots=True)
class StoryState:
    """A story's members and the sums that make its group-average similarity cheap."""

    id: str
    members: list[str] = field(default_factory=list)
    first_day: date | None = None
    last_day: date | None = None
    embedding_total: np.ndarray = field(default_factory=lambda: np.zeros(DIMENSIONS, np.float32))
    embedding_by_language: dict[str | None, np.ndarray] = field(default_factory=dict)
    terms_by_language: dict[str | None, Counter[str]] = field(default_factory=dict)

    def days_from(self, day: date | None) -> int:
        if day is None or self.first_day is None or self.last_day is None:
            return 0
        if day < self.first_day:
            return (self.first_day - day).days
        if day > self.last_day:
            return (day - self.last_day).days
        return 0

    def add(self, article_id: str, member: Member) -> None:
        self.members.append(article_id)
        if member.day is not None:
            self.first_day = min(self.first_day or member.day, member.day)
            self.last_day = max(self.last_day or member.day, member.day)
        self.embedding_total += member.embedding
        language = member.language
        if language in self.embedding_by_language:
            self.embedding_by_language[language] += member.embedding
        else:
            self.embedding_by_language[language] = member.embedding.copy()
        self.terms_by_language.setdefault(language, Counter()).update(member.terms)


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where an article went, how well it fitted, and any merges or splits it caused."""

    story_id: str
    similarity: float
    created: bool
    changes: tuple[StoryChange, ...] = ()


def _combined(same_embedding: float, terms: float, other_embedding: float) -> float:
    """Summed pair similarities from their parts: embedding and TF-IDF cosines of same-language
    pairs, embedding cosines of pairs in different languages."""
    return EMBEDDING_SHARE * same_embedding + (1 - EMBEDDING_SHARE) * TERM_SCALE * terms + other_embedding


def pair_similarity(a: Member, b: Member) -> float:
    """The similarity of two articles, on the scale the story threshold is set in."""
    embedding = float(a.embedding @ b.embedding)
    if a.language != b.language:
        return _combined(0.0, 0.0, embedding)
    terms = sum(v * b.terms.get(t, 0.0) for t, v in a.terms.items())
    return _combined(embedding, terms, 0.0)


def fit(member: Member, story: StoryState) -> float:
    """Mean pair_similarity of an article to a story's members (without the time discount)."""
    if not story.members:
        return 0.0
    language = member.language
    same = story.embedding_by_language.get(language)
    same_embedding = float(member.embedding @ same) if same is not None else 0.0
    other_embedding = float(member.embedding @ story.embedding_total) - same_embedding
    summed = story.terms_by_language.get(language)
    terms = sum(v * summed.get(t, 0.0) for t, v in member.terms.items()) if summed else 0.0
    return _combined(same_embedding, terms, other_embedding) / len(story.members)


def link(a: StoryState, b: StoryState) -> float:
    """Mean pair_similarity between the members of two stories (group-average linkage)."""
    if not a.members or not b.members:
        return 0.0
    same_embedding = 0.0
    terms = 0.0
    for language, vector in a.embedding_by_language.items():
        other = b.embedding_by_language.get(language)
        if other is None:
            continue
        same_embedding += float(vector @ other)
        mine, theirs = a.terms_by_language[language], b.terms_by_language[language]
        if len(mine) > len(theirs):
            mine, theirs = theirs, mine
        terms += sum(v * theirs.get(t, 0.0) for t, v in mine.items())
    other_embedding = float(a.embedding_total @ b.embedding_total) - same_embedding
    return _combined(same_embedding, terms, other_embedding) / (len(a.members) * len(b.members))


@dataclass(slots=True)
class StoryIndex:
    """Stories in the window, their members, the library's document frequencies and an ANN
    index over member embeddings."""

    threshold: float
    short_threshold: float
    window_days: int
    members: dict[str, Member] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    stories: dict[str, StoryState] = field(default_factory=dict)
    document_frequency: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    _index: Index = field(default_factory=lambda: Index(ndim=DIMENSIONS, metric="cos", dtype="f32"))
    _keys: dict[int, str] = field(default_factory=dict)  # index key -> article id
    _key_of: dict[str, int] = field(default_factory=dict)
    _next_key: int = 0
    newest: date | None = None  # the latest day of any article seen

    def count_documents(self, batch: list[TermCounts]) -> None:
        """Add a batch's terms to the document frequencies before assigning its articles."""
        for counts in batch:
            self.document_frequency.update(counts.terms.keys())
        self.documents += len(batch)

    def _rebuilt(self, story_id: str, names: list[str]) -> StoryState:
        story = StoryState(story_id)
        for name in names:
            story.add(name, self.members[name])
        return story

    def weigh(self, counts: TermCounts) -> dict[str, float]:
        """An article's TF-IDF vector with today's document frequencies."""
        return weigh(counts.terms, self.document_frequency, self.documents)

    def remember(self, article_id: str, member: Member, story_id: str) -> None:
        """Load an already stored article into its story (no document-frequency change)."""
        if article_id not in self.members:
            self._place(article_id, member, story_id)

    def _place(self, article_id: str, member: Member, story_id: str) -> None:
        if member.day is not None:
            self.newest = max(self.newest or member.day, member.day)
        self.members[article_id] = member
        self.story_of[article_id] = story_id
        self.stories.setdefault(story_id, StoryState(story_id)).add(article_id, member)
        if member.embedding.any():
            key = self._next_key
            self._next_key += 1
            self._index.add(key, member.embedding, threads=1)
            self._keys[key] = article_id
            self._key_of[article_id] = key

    def assign(self, article_id: str, member: Member, copy_of: str | None = None) -> Assignment:
        """Put an article into a story and return where it went."""
        threshold = self.short_threshold if member.short else self.threshold
        scored = self._candidates(member)
        if copy_of is not None and self._in_window(copy_of, member):
            story_id, similarity = self.story_of[copy_of], 1.0
        elif scored and scored[0][0] >= threshold:
            similarity, story_id = scored[0]
        else:
            similarity, story_id = (scored[0][0] if scored else 0.0), ""
        created = not story_id
        if created:
            story_id = story_id_for(article_id)
        self._place(article_id, member, story_id)
        changes: list[StoryChange] = []
        for score, other in scored:
            if score < threshold or other == story_id or other not in self.stories:
                continue
            merged = self._merge(story_id, other, article_id)
            if merged is not None:
                changes.append(merged)
                story_id = merged.story
        split = self._maybe_split(story_id, article_id)
        if split is not None:
            changes.append(split)
        return Assignment(self.story_of[article_id], similarity, created, tuple(changes))

    def _in_window(self, article_id: str, member: Member) -> bool:
        """Whether a stored article's story is one `member` may join (a reprint weeks later
        starts or joins a story of its own time; it is still recorded as a copy)."""
        story_id = self.story_of.get(article_id)
        if story_id is None:
            return False
        return self.stories[story_id].days_from(member.day) <= self.window_days

    def _candidates(self, member: Member) -> list[tuple[float, str]]:
        """Stories holding the article's nearest neighbours, in the window, best fit first."""
        if not member.embedding.any() or not self._keys:
            return []
        count = min(NEIGHBOURS, len(self._index))
        if count == 0:
            return []
        found = self._index.search(member.embedding, count, exact=len(self._index) < EXACT_BELOW, threads=1)
        story_ids = {self.story_of[self._keys[int(key)]] for key in found.keys if int(key) in self._keys}
        scored = []
        for story_id in story_ids:
            story = self.stories[story_id]
            distance = story.days_from(member.day if member.day is not None else self.newest)
            if distance > self.window_days:
                continue
            if member.day is None:
                distance = 0  # an undated article may join any story near the newest news
            score = fit(member, story) * (1.0 - 0.5 * distance / max(1, self.window_days))
            scored.append((score, story_id))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return scored

    def _threshold_between(self, *stories: StoryState) -> float:
        """The short-text threshold only when every story is mostly headlines."""
        short = all(self._mostly_short(story) for story in stories)
        return MERGE_FACTOR * (self.short_threshold if short else self.threshold)

    def _mostly_short(self, story: StoryState) -> bool:
        return sum(self.members[name].short for name in story.members) * 2 > len(story.members)

    def evict_before(self, day: date) -> list[str]:
        """Forget the stories last seen before `day` (they stay in the store); returns their
        articles. Undated stories are kept."""
        gone = [s for s in self.stories.values() if s.last_day is not None and s.last_day < day]
        forgotten: list[str] = []
        for story in gone:
            del self.stories[story.id]
            for name in story.members:
                del self.members[name]
                del self.story_of[name]
                key = self._key_of.pop(name, None)
                if key is not None:
                    self._index.remove(key)
                    del self._keys[key]
            forgotten.extend(story.members)
        return forgotten

    def _merge(self, story_id: str, other_id: str, article_id: str) -> StoryChange | None:
        """Merge two stories an article fits when they fit each other; the older one stays."""
        first, second = self.stories[story_id], self.stories[other_id]
        score = link(first, second)
        if score < self._threshold_between(first, second):
            return None
        keep, gone = sorted((first, second), key=_age)
        for moved in gone.members:
            self.story_of[moved] = keep.id
            keep.add(moved, self.members[moved])
        del self.stories[gone.id]
        return StoryChange(ChangeKind.MERGE, keep.id, gone.id, article_id, score, tuple(gone.members))

    def _maybe_split(self, story_id: str, article_id: str) -> StoryChange | None:
        """Cut a story in two when its members form two groups that do not fit each other."""
        story = self.stories[story_id]
        size = len(story.members)
        if size < SPLIT_FIRST or size > SPLIT_MAX or (size - SPLIT_FIRST) % SPLIT_EVERY:
            return None
        left, right = _two_groups(story.members, self.members)
        if len(left) < 2 or len(right) < 2:
            return None
        score = link(self._rebuilt(story_id, left), self._rebuilt("", right))
        if score >= SPLIT_FACTOR / MERGE_FACTOR * self._threshold_between(story):
            return None
        seed = story.members[0]
        keep, cut = (left, right) if seed in left else (right, left)
        new_id = story_id_for(cut[0])
        self.stories[story_id] = self._rebuilt(story_id, keep)
        self.stories[new_id] = self._rebuilt(new_id, cut)
        for name in cut:
            self.story_of[name] = new_id
        return StoryChange(ChangeKind.SPLIT, story_id, new_id, article_id, score, tuple(cut))


def _age(story: StoryState) -> tuple[date, int, str]:
    """Older first: earliest day, then more members, then id."""
    return (story.first_day or date.max, -len(story.members), story.id)


def _two_groups(names: list[str], members: dict[str, Member]) -> tuple[list[str], list[str]]:
    """Two-means over member embeddings, seeded by the member least like the story and the
    member least like that one (deterministic, linear in the story's size); names keep their
    order within each group."""
    vectors = np.vstack([members[n].embedding for n in names])
    first = int(np.argmin(vectors @ vectors.sum(axis=0)))
    second = int(np.argmin(vectors @ vectors[first]))
    centres = vectors[[first, second]]
    labels = np.zeros(len(names), dtype=int)
    for _ in range(8):
        labels = np.argmax(vectors @ centres.T, axis=1)
        if labels.min() == labels.max():
            break
        centres = np.vstack([vectors[labels == k].mean(axis=0) for k in (0, 1)])
    left = [n for n, label in zip(names, labels, strict=True) if label == 0]
    right = [n for n, label in zip(names, labels, strict=True) if label == 1]
    return left, right
