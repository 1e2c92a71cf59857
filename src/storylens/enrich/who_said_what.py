"""Stage: the entities an article names and the quotes it carries, from one parse of its text."""

from __future__ import annotations

from dataclasses import replace

from storylens.enrich.entities import ArticleEntities, find_entities
from storylens.enrich.nlp import parse
from storylens.enrich.quotes import find_quotes, may_quote
from storylens.records import Article, Entity, Quote


def entities_and_quotes(
    text: str, language: str | None, article_id: str
) -> tuple[tuple[Entity, ...], tuple[Quote, ...]]:
    """Entities and quotes of a text; spans are offsets in that text."""
    doc = parse(text, language, may_quote(language))
    entities = find_entities(doc) if doc is not None else ArticleEntities((), ())
    quotes = find_quotes(text, doc, entities, article_id, language)
    return entities.entities, quotes


class FindEntitiesAndQuotes:
    """Stage: set Article.entities and Article.quotes (spans in Article.text)."""

    name = "who-said-what"
    requires = frozenset({"paragraphs", "language"})
    assigns = frozenset({"entities", "quotes"})

    def run(self, article: Article) -> Article:
        entities, quotes = entities_and_quotes(article.text, article.language, article.id)
        return replace(article, entities=entities, quotes=quotes)
