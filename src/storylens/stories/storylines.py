"""Storylines: the moments of one story in the newsroom's sense, linked across weeks.

A story as clustering forms it is a *moment*: one happening, many reports, within days. A
storyline links moments that follow one another ("NATO plans an office in Tokyo" on 12 May,
the prime minister's confirmation on 24 May, a statement at the July summit). A moment is
compared with each moment already in a storyline by what the two share: the direction of
their articles' embeddings, their TF-IDF terms, and the people, organisations and places
they name. Closeness fades with the days between them (halving every `half_life_days`), and
past `max_gap_days` there is none. A moment whose articles print their days without a year
("July 11") is placed in the year nearest the moment it is compared with. A moment joins the
storyline of the moment it is closest to when that closeness reaches `threshold`, else it
starts a storyline of its own.

Linking is incremental and recorded: each moment keeps the storyline it joined, the moment
it was linked through and the closeness, and a later moment never moves an earlier one, so
storyline ids stay stable. A storyline's id is its first moment's, with "sl-" for "st-".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from storylens.clean.yearless import MonthDay
from storylens.records import StorylineLink as Link
from storylens.stories.features import cosine

#: Moments assumed to name none of a name, so that a small pile's shared names still count.
BACKGROUND = 10


@dataclass(frozen=True, slots=True)
class LinkSettings:
    """How close two moments must be to share a storyline (chosen on our planted storylines,
    reported on Timeline17: docs/accuracy.md)."""

    threshold: float = 0.3
    embedding_weight: float = 0.2
    terms_weight: float = 0.3
    names_weight: float = 0.5
    half_life_days: float = 60.0
    max_gap_days: int = 90


@dataclass(frozen=True, slots=True)
class Moment:
    """What a storyline compares of one story: its days, the unit mean of its articles'
    embeddings, its terms (a unit TF-IDF vector) and the names it mentions (case-folded)."""

    id: str
    first: date | None
    last: date | None
    embedding: np.ndarray | None
    terms: dict[str, float]
    names: frozenset[str] = frozenset()
    #: Days printed without a year (month, day), for a moment that has no dated article.
    yearless: tuple[tuple[int, int], ...] = ()


def storyline_id(story_id: str) -> str:
    return "sl-" + story_id.removeprefix("st-")


def moment_of(
    story_id: str,
    days: Iterable[date | None],
    embeddings: Iterable[np.ndarray],
    vectors: Iterable[dict[str, float]],
    names: Iterable[str] = (),
    *,
    yearless: Iterable[tuple[int, int]] = (),
) -> Moment:
    """A moment from its articles' days, embeddings (zero ones ignored), term vectors and
    names, and the (month, day) of those printed without a year."""
    dated = sorted(d for d in days if d is not None)
    usable = [e for e in embeddings if e is not None and np.any(e)]
    mean = None
    if usable:
        total = np.sum(usable, axis=0)
        norm = float(np.linalg.norm(total))
        mean = total / norm if norm else None
    terms: dict[str, float] = {}
    for vector in vectors:
        for term, value in vector.items():
            terms[term] = terms.get(term, 0.0) + value
    length = math.sqrt(sum(v * v for v in terms.values()))
    unit = {t: v / length for t, v in terms.items()} if length else {}
    return Moment(
        story_id,
        dated[0] if dated else None,
        dated[-1] if dated else None,
        mean,
        unit,
        frozenset(n.casefold() for n in names if n.strip()),
        tuple(sorted(set(yearless))),
    )


def closeness(
    a: Moment,
    b: Moment,
    settings: LinkSettings = LinkSettings(),
    rarity: Callable[[str], float] = lambda name: 1.0,
) -> float:
    """How close two moments are, faded by the days between them (0 past the longest gap
    or when either has no day). Shared names count by their `rarity`: a country most
    stories name says less than a spokesman only two name."""
    gap = _gap(_placed(a, b), _placed(b, a))
    if gap is None or gap > settings.max_gap_days:
        return 0.0
    embedding = 0.0
    if a.embedding is not None and b.embedding is not None:
        embedding = float(np.dot(a.embedding, b.embedding))
    names = 0.0
    if a.names and b.names:
        smaller = min(sum(rarity(n) for n in a.names), sum(rarity(n) for n in b.names))
        names = sum(rarity(n) for n in a.names & b.names) / smaller if smaller else 0.0
    content = (
        settings.embedding_weight * max(embedding, 0.0)
        + settings.terms_weight * cosine(a.terms, b.terms)
        + settings.names_weight * names
    )
    return float(content * 0.5 ** (gap / settings.half_life_days))


def _placed(moment: Moment, beside: Moment) -> Moment:
    """A moment with only year-less days, placed in the years nearest a dated one (at most
    one year can fall within the longest gap); any other moment as it is."""
    first, last = beside.first, beside.last
    if moment.first is not None or not moment.yearless or first is None or last is None:
        return moment
    days = []
    for month, day in moment.yearless:
        options = [
            when
            for year in range(first.year - 1, last.year + 2)
            if (when := MonthDay(month, day).on(year)) is not None
        ]
        if options:
            days.append(min(options, key=lambda when: _distance(when, first, last)))
    if not days:
        return moment
    return replace(moment, first=min(days), last=max(days))


def _distance(when: date, first: date, last: date) -> int:
    return 0 if first <= when <= last else min(abs((when - first).days), abs((when - last).days))


def _gap(a: Moment, b: Moment) -> int | None:
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return None
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0


@dataclass(slots=True)
class StorylineIndex:
    """The moments already in storylines, and each one's link; `add` places a new moment."""

    settings: LinkSettings = field(default_factory=LinkSettings)
    moments: dict[str, Moment] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    #: How many of the moments seen name each name.
    naming: Counter[str] = field(default_factory=Counter)

    def remember(self, moment: Moment, link: Link) -> None:
        if moment.id not in self.moments:
            self.naming.update(moment.names)
        self.moments[moment.id] = moment
        self.links[moment.id] = link

    def rarity(self, name: str) -> float:
        """Inverse document frequency of a name among the moments seen, as if a background
        of `BACKGROUND` more moments never named it: in a pile of three moments a name all
        three share still counts, in a library of thousands a country most name counts little."""
        seen = len(self.moments) + 1 + BACKGROUND
        return math.log(seen / (self.naming.get(name, 0) + 1))

    def add(self, moment: Moment) -> Link:
        """Join the storyline of the closest moment that is close enough, or start one."""
        best: tuple[float, str] | None = None
        for other in self.moments.values():
            if other.id == moment.id:
                continue
            found = closeness(moment, other, self.settings, self.rarity)
            if found >= self.settings.threshold and (best is None or found > best[0]):
                best = (found, other.id)
        if best is None:
            link = Link(moment.id, storyline_id(moment.id))
        else:
            link = Link(moment.id, self.links[best[1]].storyline, best[1], round(best[0], 4))
        self.remember(moment, link)
        return link


def link_moments(moments: Sequence[Moment], settings: LinkSettings = LinkSettings()) -> list[Link]:
    """Storylines for moments taken in date order (undated last), as an ingest adds them."""
    index = StorylineIndex(settings)
    ordered = sorted(moments, key=lambda m: (m.first is None, m.first or date.min, m.id))
    return [index.add(moment) for moment in ordered]
