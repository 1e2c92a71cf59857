"""The storyline pass at the end of an ingest: every story not yet in a storyline (new ones,
and on the first run after an upgrade, every stored one) is linked, earliest first, against
the stories stored within the longest gap before it (`stories/storylines.py`). Links already
recorded are never changed."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import numpy as np

from storylens.records import StorylineLink
from storylens.store.base import Store, StoredFeatures
from storylens.stories.story_dates import yearless_day
from storylens.stories.storylines import LinkSettings, Moment, StorylineIndex, moment_of
from storylens.text.dates import parse_published


def link_new_stories(store: Store, settings: LinkSettings = LinkSettings()) -> list[StorylineLink]:  # noqa: B008
    """Link the stories that have no storyline yet and record the links; returns them."""
    known = store.storyline_links()
    days = store.story_days()
    unlinked = [story for story in days if story not in known]
    if not unlinked:
        return []
    firsts = [d for story in unlinked if (d := parse_published(days[story][0]))]
    undated = len(firsts) < len(unlinked)
    # the stories a new one may join: last seen within the longest gap before the earliest
    # new one (all of them when a new story has no date)
    since = (
        None if undated or not firsts else (min(firsts) - timedelta(days=settings.max_gap_days)).isoformat()
    )
    features: dict[str, list[StoredFeatures]] = defaultdict(list)
    for stored in store.iter_features(since=since):
        features[stored.story_id].append(stored)
    index = StorylineIndex(settings)
    for moment in _moments(store, features, [s for s in features if s in known]):
        index.remember(moment, known[moment.id])
    waiting = _moments(store, features, unlinked)
    waiting.sort(key=lambda m: (m.first is None, m.first or date.min, m.id))
    links = [index.add(moment) for moment in waiting]
    store.write_storyline_links(links)
    return links


def moments_of_library(store: Store) -> tuple[list[Moment], dict[str, list[str]]]:
    """Every stored story as a moment, and each story's articles (for evaluation)."""
    features: dict[str, list[StoredFeatures]] = defaultdict(list)
    for stored in store.iter_features():
        features[stored.story_id].append(stored)
    members = {story: [r.article_id for r in rows] for story, rows in features.items()}
    return _moments(store, features, list(features)), members


def _moments(store: Store, features: dict[str, list[StoredFeatures]], stories: list[str]) -> list[Moment]:
    names = store.story_names(stories)
    found = []
    for story in stories:
        rows = features.get(story, [])
        found.append(
            moment_of(
                story,
                (parse_published(r.published) for r in rows),
                (r.embedding for r in rows),
                (_vector(r) for r in rows),
                names.get(story, ()),
                yearless=[d for r in rows if (d := yearless_day(r.published))],
            )
        )
    return found


def _vector(row: StoredFeatures) -> dict[str, float]:
    vector = row.terms.get("vector")
    if vector is not None:
        return vector
    counts = row.terms.get("terms", {})
    norm = float(np.sqrt(sum(v * v for v in counts.values()))) or 1.0
    return {t: v / norm for t, v in counts.items()}
