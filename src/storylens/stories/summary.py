"""The story's summary: a few of its facts, each cited by every article that carries it.

Extractive (no summarisation model ships offline): facts are ranked by how many independent
origins carry them, how early in their articles they stand (news puts the main event first),
and how central they are to the story's words. The best are taken in turn, skipping any too
like one already taken, up to a sentence and word budget, and told in timeline order: by the
date the sentence states, else its article's publication date. Every summary sentence is a
fact's sentence, so every one cites at least its own article.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from storylens.records import Article, DatePrecision, Fact, SummarySentence, has_year
from storylens.stories.comparison import Sentence
from storylens.stories.features import cosine
from storylens.text.dateline import dateline_length
from storylens.text.dates import find_dates, parse_published, sort_key
from storylens.text.language import base_language

#: Default budget: sentences and words.
MAX_SENTENCES = 5
MAX_WORDS = 130
#: A sentence this close (cosine) to one already taken says the same again.
REDUNDANT = 0.4
#: Statements with fewer words rarely stand alone in a summary.
MIN_WORDS = 8
#: Weights of the three ranking signals: independent origins (log2), lead position
#: (1/sqrt of the sentence's index in its article) and cosine to the story's centroid.
SOURCES_WEIGHT, LEAD_WEIGHT, CENTRAL_WEIGHT = 0.5, 1.0, 1.0
_QUOTE_OPENERS = "\"“‘'«„"
_PRECISE = {DatePrecision.DAY, DatePrecision.WEEK}


def summarise(
    articles: Sequence[Article],
    facts: Sequence[Fact],
    members: Sequence[Sequence[Sentence]],
    *,
    max_sentences: int = MAX_SENTENCES,
    max_words: int = MAX_WORDS,
    language: str | None = None,
) -> tuple[SummarySentence, ...]:
    """Up to `max_sentences` facts, in timeline order, each citing its articles. The
    sentences are in `language` (by default the one most of the articles are written in)."""
    if not facts:
        return ()
    if language is None:
        language = Counter(base_language(a.language) for a in articles).most_common(1)[0][0]
    centroid = _centroid(members)
    ranked = sorted(
        (
            (-_score(fact, sentences, centroid), index)
            for index, (fact, sentences) in enumerate(zip(facts, members, strict=True))
            if _fits(sentences[0], language)
        ),
    )
    chosen: list[int] = []
    words = 0
    for _, index in ranked:
        if len(chosen) >= max_sentences:
            break
        length = len(facts[index].text.split())
        if chosen and words + length > max_words:
            continue
        first = members[index][0]
        if any(cosine(first.vector, members[other][0].vector) > REDUNDANT for other in chosen):
            continue
        chosen.append(index)
        words += length
    published = {a.id: a.published for a in articles}
    order = {a.id: n for n, a in enumerate(articles)}
    dated = [(_date(members[i][0], published.get(members[i][0].article)), i) for i in chosen]
    dated.sort(
        key=lambda item: (
            item[0] is None,
            sort_key(item[0]) if item[0] else (0, 0, 0, 0),
            order.get(members[item[1]][0].article, 0),
            item[1],
        )
    )
    return tuple(
        SummarySentence(_undatelined(facts[i].text), facts[i].articles, i, date) for date, i in dated
    )


def _undatelined(text: str) -> str:
    """A report's opening sentence without its dateline ("HESBY, July 11 (Eastern Wire) --"):
    where it was filed is no part of what happened."""
    return text[dateline_length(text) :] or text


def _fits(sentence: Sentence, language: str | None) -> bool:
    text = sentence.text
    return (
        base_language(sentence.language) == base_language(language)
        and len(text.split()) >= MIN_WORDS
        and not text.endswith("?")
        and text[:1] not in _QUOTE_OPENERS
    )


def _score(fact: Fact, sentences: Sequence[Sentence], centroid: dict[str, float]) -> float:
    position = min(s.position for s in sentences)
    return (
        SOURCES_WEIGHT * math.log2(1 + fact.sources)
        + LEAD_WEIGHT / math.sqrt(position)
        + CENTRAL_WEIGHT * cosine(sentences[0].vector, centroid)
    )


def _centroid(members: Sequence[Sequence[Sentence]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for sentences in members:
        for sentence in sentences:
            for term, weight in sentence.vector.items():
                total[term] = total.get(term, 0.0) + weight
    norm = math.sqrt(sum(v * v for v in total.values()))
    return {t: v / norm for t, v in total.items()} if norm else {}


def _date(sentence: Sentence, published: str | None) -> str | None:
    """The day (or week) the sentence states, else its article's publication day."""
    day = parse_published(published)
    if base_language(sentence.language) in {"", "en"}:
        for mention in find_dates(sentence.text, day):
            if mention.value and mention.precision in _PRECISE and not mention.value.startswith("X"):
                return mention.value
    return published[:10] if has_year(published) else None
