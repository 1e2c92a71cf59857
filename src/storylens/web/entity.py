"""An entity across the library, as the API sends it and its page shows it: its names, the
articles naming it, and its quotes and events in every story."""

from __future__ import annotations

from storylens.codec import event_dict, quote_dict
from storylens.enrich.entities import index_ids
from storylens.library import Library
from storylens.payloads import (
    EntityArticlePayload,
    EntityRecordPayload,
    EventInStoryPayload,
    QuoteInStoryPayload,
)


def entity_record(library: Library, entity_id: str, limit: int = 100) -> EntityRecordPayload | None:
    """An entity's names, the articles naming it, and its quotes and events across stories."""
    found = library.store.entity_articles(entity_id, limit)
    if not found:
        return None
    names: dict[str, int] = {}
    type_ = ""
    quotes: list[QuoteInStoryPayload] = []
    events: list[EventInStoryPayload] = []
    for article, story_id in found:
        own = {e.id: e for e in article.entities if entity_id in index_ids(e)}
        for entity in own.values():
            names[entity.name] = names.get(entity.name, 0) + 1
            type_ = entity.type
        for quote in article.quotes:
            if quote.speaker_id in own:
                quotes.append({**quote_dict(quote), "story_id": story_id, "article_title": article.title})
        for event in article.events:
            if event.actor_id in own or event.target_id in own:
                events.append({**event_dict(event), "story_id": story_id, "article_title": article.title})
    articles: list[EntityArticlePayload] = [
        {"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published, "story_id": s}
        for a, s in found
    ]
    return {
        "id": entity_id,
        "name": max(names, key=lambda n: (names[n], len(n))) if names else entity_id,
        "type": type_,
        "aliases": sorted(names),
        "articles": articles,
        "quotes": quotes,
        "events": events,
    }
