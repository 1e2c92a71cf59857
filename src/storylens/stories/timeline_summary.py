"""A timeline a journalist would write: the days that mattered in a pile of dated articles,
each told by a few of the articles' own sentences.

Extractive and unsupervised, in the manner of date-wise timeline summarisation: a sentence
belongs to the day it names ("on Tuesday", "May 12th", resolved against its article's
publication day), or, near the top of its article and naming no day, to the day its article
was published. A day weighs by how many independent origins (a reprint is its origin again)
write about it, a mention counting more than a publication: articles reach back to the days
that mattered. The best days are taken; each is told by the sentences nearest the centre of
what was written about it and of the whole timeline's words alike (TF-IDF over the pile: a
sentence off the story's subject is passed over), skipping one too like a
sentence already in the timeline. Days are returned in order; nothing is paraphrased, so every quotation mark
shown is one the article printed.

The defaults are the weights the Timeline17 grid picks over all its topics; the figure
reported is each topic's with the weights picked on the others (`storylens eval timelines`,
docs/accuracy.md).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from storylens.records import Article, DatePrecision, DuplicateGroup, origin_of
from storylens.stories.features import cosine
from storylens.text.dateline import dateline_length
from storylens.text.dates import find_dates, parse_published
from storylens.text.language import base_language
from storylens.text.sentences import split_sentences
from storylens.text.stopwords import stopwords

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|\d[\d.,]*\d", re.UNICODE)
_QUOTE_OPENERS = "\"“‘'«„`"


@dataclass(frozen=True, slots=True)
class TimelineSettings:
    """How days are weighed and told (defaults: see the module doc)."""

    #: Weight of an origin that names the day, against 1 for one published on it.
    mention_weight: float = 2.0
    #: Sentences from the top of an article that name no day stand for its publication day.
    lead_sentences: int = 6
    #: A day named more than this many days after its article's publication is a plan, not a moment.
    future_days: int = 0
    #: A sentence this close (cosine) to one already in the timeline says the same again.
    redundant: float = 0.5
    #: Shortest and longest sentence told, in words.
    min_words: int = 8
    max_words: int = 60
    #: Weight of a sentence's closeness to the whole timeline's words, beside its day's.
    topic_weight: float = 1.0


@dataclass(frozen=True, slots=True)
class DatedText:
    """One article as the timeline reads it: publication day (None when the page gives no
    day: its sentences then speak only for the full dates they name), sentences in order, and
    the origin it copies (itself when it is no copy)."""

    id: str
    published: date | None
    sentences: Sequence[str]
    origin: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class TimelineSentence:
    """A sentence told for a day: its text, the article it is taken from and its index
    there, and every article that carries it (copies included)."""

    text: str
    article: str
    position: int
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimelineDay:
    day: date
    weight: float
    sentences: tuple[TimelineSentence, ...] = field(default=())


@dataclass(slots=True)
class _Candidate:
    article: int
    position: int
    vector: dict[str, float]


def summarise_timeline(
    texts: Sequence[DatedText],
    *,
    dates: int,
    sentences: int,
    start: date | None = None,
    end: date | None = None,
    settings: TimelineSettings = TimelineSettings(),
) -> list[TimelineDay]:
    """At most `dates` days between `start` and `end` (inclusive), each with at most
    `sentences` sentences, earliest first."""
    if dates <= 0 or sentences <= 0 or not texts:
        return []
    counts = [[_terms(s, t.language) for s in t.sentences] for t in texts]
    idf = _idf(counts)
    by_day: dict[date, list[_Candidate]] = defaultdict(list)
    named_by: dict[date, set[str]] = defaultdict(set)
    published_by: dict[date, set[str]] = defaultdict(set)
    for index, text in enumerate(texts):
        origin = text.origin or text.id
        published = text.published
        latest = published + timedelta(days=settings.future_days) if published else None
        for position, sentence in enumerate(text.sentences):
            words = len(sentence.split())
            days = {
                day
                for day in _named_days(sentence, published, text.language)
                if (latest is None or day <= latest) and _within(day, start, end)
            }
            for day in days:
                named_by[day].add(origin)
            fits = settings.min_words <= words <= settings.max_words and _statement(sentence)
            if days and fits:
                vector = _weigh(counts[index][position], idf)
                for day in days:
                    by_day[day].append(_Candidate(index, position, vector))
            elif (
                fits
                and not days
                and published
                and position < settings.lead_sentences
                and _within(published, start, end)
            ):
                by_day[published].append(_Candidate(index, position, _weigh(counts[index][position], idf)))
        if published and _within(published, start, end):
            published_by[published].add(origin)
    weight = {
        day: settings.mention_weight * len(named_by.get(day, ())) + len(published_by.get(day, ()))
        for day in by_day
    }
    chosen = sorted(weight, key=lambda day: (-weight[day], day))[:dates]
    copies = _copies(texts)
    topic = _centroid(c.vector for day in chosen for c in by_day[day])
    told: list[dict[str, float]] = []
    timeline = []
    for day in sorted(chosen, key=lambda d: -weight[d]):
        picks = _tell(by_day[day], sentences, told, settings, topic)
        if picks:
            timeline.append(
                TimelineDay(
                    day,
                    weight[day],
                    tuple(
                        TimelineSentence(
                            texts[c.article].sentences[c.position],
                            texts[c.article].id,
                            c.position,
                            copies.get(_key(texts[c.article].sentences[c.position]), (texts[c.article].id,)),
                        )
                        for c in picks
                    ),
                )
            )
    timeline.sort(key=lambda entry: entry.day)
    return timeline


def _centroid(vectors: Iterable[dict[str, float]]) -> dict[str, float]:
    centre: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for term, value in vector.items():
            centre[term] += value
    norm = math.sqrt(sum(v * v for v in centre.values())) or 1.0
    return {t: v / norm for t, v in centre.items()}


def _tell(
    candidates: list[_Candidate],
    limit: int,
    told: list[dict[str, float]],
    settings: TimelineSettings,
    topic: dict[str, float],
) -> list[_Candidate]:
    centroid = _centroid(c.vector for c in candidates)
    ranked = sorted(
        candidates,
        key=lambda c: (
            -(cosine(c.vector, centroid) + settings.topic_weight * cosine(c.vector, topic)),
            c.position,
        ),
    )
    picks: list[_Candidate] = []
    for candidate in ranked:
        if len(picks) >= limit:
            break
        if any(cosine(candidate.vector, other) > settings.redundant for other in told):
            continue
        picks.append(candidate)
        told.append(candidate.vector)
    return picks


@lru_cache(maxsize=100_000)
def _named_days(sentence: str, published: date | None, language: str) -> frozenset[date]:
    """The days a sentence names, resolved against its article's publication day (kept for
    the next timeline over the same articles)."""
    days = set()
    for mention in find_dates(sentence, published, language=language):
        if mention.precision is DatePrecision.DAY and mention.value and not mention.value.startswith("X"):
            try:
                days.add(date.fromisoformat(mention.value))
            except ValueError:
                continue
    return frozenset(days)


def dated_texts(articles: Sequence[Article], groups: Sequence[DuplicateGroup] = ()) -> list[DatedText]:
    """Stored articles as the timeline reads them: body sentences (never the title, a
    caption or furniture: those were cut from the body; not the opening dateline), the
    publication day where the page gives one, and each copy's origin."""
    copy_of = origin_of(groups)
    found = []
    for article in articles:
        day = parse_published(article.published) if article.date_precision is DatePrecision.DAY else None
        language = base_language(article.language) or "en"
        other = article.paragraph_languages
        paragraphs = list(article.paragraphs)
        if paragraphs:  # "LENZ, May 12 (Eastern Wire) --" says where it was filed, not what happened
            paragraphs[0] = paragraphs[0][dateline_length(paragraphs[0]) :]
        sentences = [
            sentence.strip()
            for number, paragraph in enumerate(paragraphs)
            if not (number < len(other) and other[number])  # a caption or quote in another language
            for sentence in split_sentences(paragraph, article.language)
            if sentence.strip()
        ]
        found.append(DatedText(article.id, day, tuple(sentences), copy_of.get(article.id, ""), language))
    return found


def _within(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _statement(sentence: str) -> bool:
    """A sentence that can stand in a timeline: no question, not a quotation on its own."""
    stripped = sentence.strip()
    return not stripped.endswith("?") and stripped[:1] not in _QUOTE_OPENERS


@lru_cache(maxsize=100_000)
def _terms(sentence: str, language: str) -> Counter[str]:
    """The content terms of a sentence (shared between calls: never change the result)."""
    stop = stopwords(language)
    return Counter(
        term
        for term in (m.group(0).casefold() for m in _WORD.finditer(sentence))
        if len(term) > 2 and term not in stop
    )


def _idf(counts: Sequence[Sequence[Counter[str]]]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    documents = 0
    for article in counts:
        for sentence in article:
            frequency.update(sentence.keys())
            documents += 1
    return {term: math.log((documents + 1) / (n + 0.5)) for term, n in frequency.items()}


def _weigh(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    vector = {t: (1.0 + math.log(n)) * idf.get(t, 0.0) for t, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items() if v > 0} if norm else {}


def _key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


def _copies(texts: Sequence[DatedText]) -> dict[str, tuple[str, ...]]:
    """Every article that carries each sentence word for word."""
    carriers: dict[str, dict[str, None]] = defaultdict(dict)
    for text in texts:
        for sentence in text.sentences:
            carriers[_key(sentence)][text.id] = None
    return {key: tuple(ids) for key, ids in carriers.items() if len(ids) > 1}
