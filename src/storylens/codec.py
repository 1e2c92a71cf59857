"""Records as JSON-ready dicts and back: one codec for the store's JSON columns, the exports,
`analyze --format json` and the REST API (the export contract)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storylens.payloads import (
    ArticlePayload,
    EntityPayload,
    EventPayload,
    FactPayload,
    QuotePayload,
    StorylinePayload,
    StoryPayload,
    TimelineDayPayload,
    TimelinePayload,
)
from storylens.records import (
    Article,
    DatePrecision,
    Entity,
    EntityType,
    Event,
    Evidence,
    Fact,
    PloverAction,
    Quote,
    Story,
    TimelineEntry,
)

if TYPE_CHECKING:
    from storylens.library import Storyline
    from storylens.stories.timeline_summary import TimelineDay


def entity_dict(entity: Entity) -> EntityPayload:
    """An entity: in an article with the spans of its mentions, in a story with its articles."""
    data: EntityPayload = {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
    }
    if entity.articles:
        data["articles"] = list(entity.articles)
    else:
        data["spans"] = [list(span) for span in entity.spans]
    return data


def entity_from_dict(data: dict[str, object]) -> Entity:
    return Entity(
        id=str(data["id"]),
        name=str(data["name"]),
        type=EntityType(str(data["type"])),
        aliases=tuple(_strings(data.get("aliases"))),
        roles=tuple(_strings(data.get("roles"))),
        spans=tuple(_pair(span) for span in _list(data.get("spans"))),
        articles=tuple(_strings(data.get("articles"))),
    )


def quote_dict(quote: Quote) -> QuotePayload:
    """A quote; `start`/`end` (and the cue and speaker spans) are offsets in the text of
    `article`. In a story, `articles` lists every article carrying the same words."""
    data: QuotePayload = {
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_id": quote.speaker_id,
        "speaker_text": quote.speaker_text,
        "cue": quote.cue,
        "direct": quote.direct,
        "article": quote.article,
        "start": quote.start,
        "end": quote.end,
        "cue_span": list(quote.cue_span) if quote.cue_span else None,
        "speaker_span": list(quote.speaker_span) if quote.speaker_span else None,
        "date": quote.date,
        "date_precision": quote.date_precision,
    }
    if quote.articles:
        data["articles"] = list(quote.articles)
    return data


def quote_from_dict(data: dict[str, object]) -> Quote:
    return Quote(
        text=str(data["text"]),
        direct=bool(data["direct"]),
        cue=_optional(data.get("cue")),
        speaker_text=_optional(data.get("speaker_text")),
        speaker=_optional(data.get("speaker")),
        speaker_id=_optional(data.get("speaker_id")),
        article=str(data["article"]),
        start=int(str(data["start"])),
        end=int(str(data["end"])),
        cue_span=_pair(data["cue_span"]) if data.get("cue_span") else None,
        speaker_span=_pair(data["speaker_span"]) if data.get("speaker_span") else None,
        articles=tuple(_strings(data.get("articles"))),
        date=_optional(data.get("date")),
        date_precision=DatePrecision(str(data.get("date_precision") or "unknown")),
    )


def event_dict(event: Event) -> EventPayload:
    """An event; each evidence item names its article and the sentence's span in its text."""
    return {
        "actor": event.actor,
        "actor_id": event.actor_id,
        "actor_code": event.actor_code,
        "action": event.action,
        "mode": event.mode,
        "verb": event.verb,
        "target": event.target,
        "target_id": event.target_id,
        "target_code": event.target_code,
        "date": event.date,
        "date_precision": event.date_precision,
        "failed": event.failed,
        "hypothetical": event.hypothetical,
        "evidence": [
            {"article": e.article, "text": e.text, "start": e.start, "end": e.end} for e in event.evidence
        ],
    }


def event_from_dict(data: dict[str, object]) -> Event:
    return Event(
        actor=_optional(data.get("actor")),
        action=PloverAction(str(data["action"])),
        target=_optional(data.get("target")),
        date=_optional(data.get("date")),
        date_precision=DatePrecision(str(data.get("date_precision") or "unknown")),
        evidence=tuple(_evidence(item) for item in _list(data.get("evidence")) if isinstance(item, dict)),
        mode=_optional(data.get("mode")),
        verb=_optional(data.get("verb")),
        actor_id=_optional(data.get("actor_id")),
        actor_code=_optional(data.get("actor_code")),
        target_id=_optional(data.get("target_id")),
        target_code=_optional(data.get("target_code")),
        failed=bool(data.get("failed")),
        hypothetical=bool(data.get("hypothetical")),
    )


def _evidence(item: dict[str, object]) -> Evidence:
    return Evidence(str(item["article"]), str(item["text"]), int(str(item["start"])), int(str(item["end"])))


def timeline_dict(entry: TimelineEntry) -> TimelinePayload:
    """A dated moment; `events` and `quotes` index the story's lists."""
    return {
        "date": entry.date,
        "date_precision": entry.date_precision,
        "text": entry.text,
        "articles": list(entry.articles),
        "events": list(entry.events),
        "quotes": list(entry.quotes),
    }


def timeline_day_dict(day: TimelineDay) -> TimelineDayPayload:
    """A day of a timeline with its sentences, each citing the articles that carry it."""
    return {
        "date": day.day.isoformat(),
        "sentences": [{"text": s.text, "articles": list(s.articles)} for s in day.sentences],
    }


def storyline_dict(line: Storyline, days: Sequence[TimelineDay]) -> StorylinePayload:
    """A storyline: its moments earliest first, how each was linked in, and its timeline."""
    return {
        "id": line.id,
        "title": line.title,
        "articles": line.articles,
        "first_seen": line.first_seen,
        "last_seen": line.last_seen,
        "moments": [
            {
                "id": m.id,
                "title": m.title,
                "first_seen": m.first_seen,
                "last_seen": m.last_seen,
                "articles": m.articles,
                "linked_through": link.through,
                "closeness": link.closeness,
            }
            for m, link in zip(line.moments, line.links, strict=True)
        ],
        "timeline": [timeline_day_dict(day) for day in days],
    }


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _strings(value: object) -> list[str]:
    return [str(item) for item in _list(value)]


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _pair(value: object) -> tuple[int, int]:
    first, second = _list(value)[:2]
    return int(str(first)), int(str(second))


def article_dict(article: Article, source: bool = True) -> ArticlePayload:
    """An article as `analyze --format json` prints it (plus `id` in exports)."""
    data: ArticlePayload = {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "date_precision": article.date_precision,
        "year_from": article.year_from,
        "byline": article.byline,
        "dateline": (
            {"place": article.dateline.place, "agency": article.dateline.agency} if article.dateline else None
        ),
        "outlet": article.outlet,
        "language": article.language,
        "text": article.text,
        "paragraph_languages": list(article.paragraph_languages),
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "entities": [entity_dict(e) for e in article.entities],
        "quotes": [quote_dict(q) for q in article.quotes],
        "events": [event_dict(e) for e in article.events],
    }
    if not source:
        data.pop("id")
    return data


def story_dict(story: Story) -> StoryPayload:
    """A story with every field of the Story record; later stages fill the analysis lists."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": [article_dict(a) for a in story.articles],
        "duplicate_groups": [
            {
                "origin": g.origin,
                "copies": list(g.copies),
                "similarity": {c: round(s, 3) for c, s in zip(g.copies, g.similarity, strict=False)},
                "changes": {
                    d.copy: {
                        "title_changed": d.title_changed,
                        "kept": d.kept,
                        "edited": [list(pair) for pair in d.edited],
                        "added": list(d.added),
                        "cut": list(d.cut),
                    }
                    for d in g.changes
                },
            }
            for g in story.duplicate_groups
        ],
        "origins": story.origins,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "changes": [
            {
                "kind": c.kind,
                "story": c.story,
                "other": c.other,
                "article": c.article,
                "score": round(c.score, 3),
            }
            for c in story.changes
        ],
        "timeline": [timeline_dict(t) for t in story.timeline],
        "entities": [entity_dict(e) for e in story.entities],
        "quotes": [quote_dict(q) for q in story.quotes],
        "events": [event_dict(e) for e in story.events],
        "comparison": [fact_dict(f) for f in story.comparison],
        "summary": [
            {"text": s.text, "articles": list(s.articles), "fact": s.fact, "date": s.date}
            for s in story.summary
        ],
    }


def fact_dict(fact: Fact) -> FactPayload:
    return {
        "text": fact.text,
        "articles": list(fact.articles),
        "outlets": list(fact.outlets),
        "sources": fact.sources,
        "variants": [{"article": v.article, "text": v.text} for v in fact.variants],
        "differences": [
            {"kind": d.kind, "values": [{"text": t, "articles": list(a)} for t, a in d.values]}
            for d in fact.differences
        ],
    }
