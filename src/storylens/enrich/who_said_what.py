"""Stage: the entities an article names, the quotes it carries and the events it reports,
from one parse of its text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from storylens.enrich.entities import ArticleEntities, find_entities
from storylens.enrich.event_verbs import EVENT_TABLES, may_report_event
from storylens.enrich.events import find_events
from storylens.enrich.nlp import parse
from storylens.enrich.quotes import find_quotes, may_quote
from storylens.enrich.spans import token_at
from storylens.enrich.speakers import SpeakerResolver
from storylens.records import Article, Entity, Event, Quote
from storylens.text.dates import SentenceDates, parse_published
from storylens.text.language import base_language

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Languages whose event words storylens knows.
EVENT_LANGUAGES = frozenset(EVENT_TABLES)


def read_article(
    text: str, language: str | None, article_id: str, published: date | None = None
) -> tuple[tuple[Entity, ...], tuple[Quote, ...], tuple[Event, ...]]:
    """Entities, quotes and events of a text; spans are offsets in that text. Dates the text
    mentions are resolved against `published`."""
    with_events = base_language(language) in EVENT_LANGUAGES
    doc = parse(text, language, _worth_parsing(language, with_events))
    entities = find_entities(doc) if doc is not None else ArticleEntities((), ())
    quotes = find_quotes(text, doc, entities, article_id, language)
    if doc is None or not with_events:
        return entities.entities, quotes, ()
    dates = SentenceDates(published, base_language(language) or "en")
    events = find_events(doc, SpeakerResolver(doc, entities), article_id, dates)
    return entities.entities, _dated(quotes, doc, dates), events


def _worth_parsing(language: str | None, with_events: bool) -> Callable[[str], bool]:
    quoting = may_quote(language)
    if not with_events:
        return quoting
    events_in = base_language(language) or "en"
    return lambda sentence: quoting(sentence) or may_report_event(sentence, events_in)


def _dated(quotes: tuple[Quote, ...], doc: Doc, dates: SentenceDates) -> tuple[Quote, ...]:
    """Each quote with the date its cue's sentence gives, outside the quoted words ("…, he
    said on Tuesday")."""
    dated = []
    for quote in quotes:
        if quote.cue_span is None:
            dated.append(quote)
            continue
        sentence = doc[token_at(doc, quote.cue_span[0])].sent
        mentions = [
            mention
            for mention in dates.of(sentence)
            if mention.value is not None and not quote.start <= mention.start < quote.end
        ]
        dated.append(
            replace(quote, date=mentions[0].value, date_precision=mentions[0].precision)
            if mentions
            else quote
        )
    return tuple(dated)


class ReadArticle:
    """Stage: set Article.entities, Article.quotes and Article.events (spans in Article.text)."""

    name = "who-said-what"
    requires = frozenset({"paragraphs", "language"})
    assigns = frozenset({"entities", "quotes", "events"})

    def run(self, article: Article) -> Article:
        entities, quotes, events = read_article(
            article.text, article.language, article.id, parse_published(article.published)
        )
        return replace(article, entities=entities, quotes=quotes, events=events)
