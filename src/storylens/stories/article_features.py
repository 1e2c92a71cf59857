"""An article's features for the story stages, computed where it is cleaned: in the parallel
per-article shards during an ingest, or by the corpus stages for articles that come without."""

from __future__ import annotations

from collections.abc import Sequence

from storylens.records import Article, ArticleFeatures
from storylens.stories.dedupe import signature
from storylens.stories.embedding import embed, embedding_text, is_short
from storylens.stories.features import term_counts


def compute_features(articles: Sequence[Article]) -> list[ArticleFeatures]:
    """Features of each article, in order; the embeddings are computed in batches."""
    texts = [embedding_text(a.title, a.paragraphs) for a in articles]
    embeddings = embed(texts)
    return [
        ArticleFeatures(
            signature=signature(article.paragraphs),
            terms=term_counts(article.title, article.paragraphs, article.language).terms,
            embedding=embedding,
            short=is_short(text),
        )
        for article, text, embedding in zip(articles, texts, embeddings, strict=True)
    ]
