"""A story's analysis from its stored articles: what each copy changed, the entities merged
across articles, the quotes, events and timeline, the outlet comparison and the cited
summary. The store only stores and loads; `Library` calls `analyse_story` and caches it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from storylens.records import Article, DuplicateGroup, Story
from storylens.stories.comparison import compare_articles
from storylens.stories.dedupe import compare
from storylens.stories.story_dates import settle_years
from storylens.stories.summary import summarise
from storylens.stories.who_said_what import merge_articles


def analyse_story(stored: Story, storyline: Sequence[date] = ()) -> Story:
    """The stored story (articles, copy groups, merges and splits) with every analysis field
    filled; analysing an analysed story gives the same story. A day printed without its year
    takes the year the story's dated articles (else `storyline`, the days of its storyline's
    other moments) settle, if they do (`story_dates.py`)."""
    articles = settle_years(stored.articles, storyline=storyline)
    by_id = {a.id: a for a in articles}
    groups = tuple(_with_changes(group, by_id) for group in stored.duplicate_groups)
    who_said_what = merge_articles(articles)
    facts, members = compare_articles(articles, groups)
    return replace(
        stored,
        articles=articles,
        duplicate_groups=groups,
        entities=who_said_what.entities,
        quotes=who_said_what.quotes,
        events=who_said_what.events,
        timeline=who_said_what.timeline,
        comparison=facts,
        summary=summarise(articles, facts, members),
    )


def _with_changes(group: DuplicateGroup, by_id: dict[str, Article]) -> DuplicateGroup:
    """A copy group with what each copy changed from its origin (title, paragraphs)."""
    origin = by_id.get(group.origin)
    if origin is None:
        return group
    return replace(group, changes=tuple(compare(origin, by_id[c]) for c in group.copies if c in by_id))
