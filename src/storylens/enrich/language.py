"""The language stage: each article's language and the paragraphs written in another."""

from __future__ import annotations

from dataclasses import replace

from storylens.records import Article
from storylens.text.language import flag_languages, paragraph_languages, vote


class DetectLanguage:
    """Stage: set Article.language (unless the input gave it) and flag paragraphs written in
    another language (Article.paragraph_languages)."""

    name = "language"
    requires = frozenset({"paragraphs"})
    assigns = frozenset({"language", "paragraph_languages"})

    def run(self, article: Article) -> Article:
        found = paragraph_languages(article.paragraphs)
        language = article.language or vote(found, article.paragraphs)
        flags = flag_languages(found, article.paragraphs, language) if language else ()
        return replace(article, language=language, paragraph_languages=flags if any(flags) else ())
