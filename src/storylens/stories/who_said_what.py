"""A story's entities, quotes and events: each article's, merged across the story's articles
(events and the timeline in `stories/timeline.py`).

An entity named in several articles becomes one story entity, by the same rules that merge
name variants inside an article (`enrich/names.py`) applied to every name the articles use.
A short name that fits several fuller ones ("Clinton") stays apart, since across articles
there is no position to decide by. Each quote is re-pointed at its speaker's story entity, and
the same words from the same speaker in several articles (copies, mostly) are one quote that
lists every article carrying them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from storylens.enrich.entities import entity_id, majority
from storylens.enrich.names import Name, canonical_name, cluster_names
from storylens.records import Article, Entity, EntityType, Event, Quote, TimelineEntry, normalise_text
from storylens.stories.timeline import build_timeline, merge_events


@dataclass(frozen=True, slots=True)
class StoryWhoSaidWhat:
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()


def merge_articles(articles: Sequence[Article]) -> StoryWhoSaidWhat:
    """Story entities (most-mentioned first, with the ids of the articles naming them) and
    the quotes of the story's articles, speakers mapped to story entities, in article order."""
    found = [(article.id, entity) for article in articles for entity in article.entities]
    # the rules run over each name once, however many articles use it
    carriers: dict[Name, list[int]] = {}
    for index, (_, entity) in enumerate(found):
        carriers.setdefault(Name(entity.name, entity.type), []).append(index)
    distinct = list(carriers)
    story_id_of: dict[tuple[str, str], str] = {}
    merged: list[tuple[int, Entity]] = []
    for group in cluster_names(distinct):
        members = [found[index] for index in sorted(j for i in group for j in carriers[distinct[i]])]
        type_ = majority([e.type for _, e in members])
        written = [alias for _, e in members for alias in (e.name, *e.aliases)]
        name = canonical_name([e.name for _, e in members], person=type_ == "person")
        identifier = entity_id(type_, name)
        mentions = sum(max(1, len(e.spans)) for _, e in members)
        roles = [role for _, e in members for role in e.roles]
        merged.append(
            (
                mentions,
                Entity(
                    id=identifier,
                    name=name,
                    type=EntityType(type_),
                    aliases=tuple(sorted(set(written) - {name})),
                    roles=tuple(dict.fromkeys(roles)),
                    articles=tuple(dict.fromkeys(article_id for article_id, _ in members)),
                ),
            )
        )
        for article_id, entity in members:
            story_id_of[(article_id, entity.id)] = identifier
    merged.sort(key=lambda item: (-item[0], item[1].name))
    entities = tuple(entity for _, entity in merged)
    names_of = {entity.id: entity.name for entity in entities}
    quotes: dict[tuple[str, str], Quote] = {}
    for article in articles:
        for quote in article.quotes:
            speaker_id = story_id_of.get((article.id, quote.speaker_id or ""))
            key = (speaker_id or (quote.speaker_text or "").casefold(), normalise_text(quote.text))
            known = quotes.get(key)
            if known is not None:  # a copy carries the same words: one quote, several articles
                quotes[key] = replace(known, articles=(*known.articles, article.id))
                continue
            quotes[key] = replace(
                quote,
                speaker_id=speaker_id,
                speaker=names_of.get(speaker_id or "", quote.speaker),
                articles=(article.id,),
            )
    events = merge_events(articles, story_id_of, names_of)
    story_quotes = tuple(quotes.values())
    return StoryWhoSaidWhat(entities, story_quotes, events, build_timeline(events, story_quotes))
