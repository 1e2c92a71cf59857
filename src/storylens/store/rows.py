"""How an article becomes a row of the SQLite `articles` table and back, and the entity index
rows it is found under. Its lists are JSON columns written by the codec."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from storylens.codec import (
    entity_dict,
    entity_from_dict,
    event_dict,
    event_from_dict,
    quote_dict,
    quote_from_dict,
)
from storylens.enrich.entities import index_ids
from storylens.records import Article, CleanMode, Dateline, DatePrecision, Entity, Removal

ARTICLE_COLUMNS = (
    "id, content_hash, source, url, outlet, title, published, date_precision,"
    " byline, language, mode, paragraphs, removed, dateline_place, dateline_agency, entities, quotes,"
    " paragraph_languages, events"
)


INDEX_ENTITY = "INSERT OR IGNORE INTO entity_index(entity_id, article_id, name, type) VALUES (?,?,?,?)"


def entity_rows(article_id: str, entities: Iterable[Entity]) -> list[tuple[str, str, str, str]]:
    """Index rows for an article's entities, one per id it is found under (`index_ids`)."""
    return [
        (identifier, article_id, entity.name, entity.type)
        for entity in entities
        for identifier in sorted(index_ids(entity))
    ]


def article_to_row(article: Article) -> tuple[object, ...]:
    return (
        article.id,
        article.content_hash,
        article.source,
        article.url,
        article.outlet,
        article.title,
        article.published,
        article.date_precision.value,
        article.byline,
        article.language,
        article.mode.value,
        json.dumps(list(article.paragraphs), ensure_ascii=False),
        json.dumps([[r.text, r.reason] for r in article.removed], ensure_ascii=False),
        article.dateline.place if article.dateline else None,
        article.dateline.agency if article.dateline else None,
        json.dumps([entity_dict(e) for e in article.entities], ensure_ascii=False),
        json.dumps([quote_dict(q) for q in article.quotes], ensure_ascii=False),
        json.dumps(list(article.paragraph_languages)),
        json.dumps([event_dict(e) for e in article.events], ensure_ascii=False),
    )


def article_from_row(row: sqlite3.Row | tuple[object, ...]) -> Article:
    (
        id_,
        digest,
        source,
        url,
        outlet,
        title,
        published,
        precision,
        byline,
        language,
        mode,
        paragraphs,
        removed,
        dateline_place,
        dateline_agency,
        entities,
        quotes,
        paragraph_languages,
        events,
    ) = tuple(row)
    return Article(
        id=str(id_),
        content_hash=str(digest),
        source=str(source),
        url=_text(url),
        outlet=_text(outlet),
        title=_text(title),
        published=_text(published),
        date_precision=DatePrecision(str(precision)),
        byline=_text(byline),
        language=_text(language),
        paragraphs=tuple(json.loads(str(paragraphs))),
        removed=tuple(Removal(t, r) for t, r in json.loads(str(removed))),
        mode=CleanMode(str(mode)),
        dateline=Dateline(str(dateline_place), _text(dateline_agency)) if dateline_place else None,
        entities=tuple(entity_from_dict(e) for e in json.loads(str(entities or "[]"))),
        quotes=tuple(quote_from_dict(q) for q in json.loads(str(quotes or "[]"))),
        paragraph_languages=tuple(json.loads(str(paragraph_languages or "[]"))),
        events=tuple(event_from_dict(e) for e in json.loads(str(events or "[]"))),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
