"""The JSON payloads of the export contract, as typed dicts: what `codec.py` writes, what the
exports and `analyze` print, and what the REST API sends, so its OpenAPI document describes
the real fields. Field order follows the codec's."""

from __future__ import annotations

from typing import NotRequired

from typing_extensions import TypedDict  # pydantic reads only this TypedDict on Python 3.11

from storylens.records import ChangeKind, DatePrecision, DifferenceKind, EntityType, PloverAction


class EntityPayload(TypedDict):
    """An entity: in an article with its mentions' `spans`, in a story with its `articles`."""

    id: str
    name: str
    type: EntityType
    aliases: list[str]
    roles: list[str]
    spans: NotRequired[list[list[int]]]
    articles: NotRequired[list[str]]


class QuotePayload(TypedDict):
    """A quote; offsets are into the text of `article`."""

    text: str
    speaker: str | None
    speaker_id: str | None
    speaker_text: str | None
    cue: str | None
    direct: bool
    article: str
    start: int
    end: int
    cue_span: list[int] | None
    speaker_span: list[int] | None
    date: str | None
    date_precision: DatePrecision
    articles: NotRequired[list[str]]


class EvidencePayload(TypedDict):
    article: str
    text: str
    start: int
    end: int


class EventPayload(TypedDict):
    """Who did what to whom and when, with each article's evidence sentence."""

    actor: str | None
    actor_id: str | None
    actor_code: str | None
    action: PloverAction
    mode: str | None
    verb: str | None
    target: str | None
    target_id: str | None
    target_code: str | None
    date: str | None
    date_precision: DatePrecision
    failed: bool
    hypothetical: bool
    evidence: list[EvidencePayload]


class TimelinePayload(TypedDict):
    """A dated moment; `events` and `quotes` index the story's lists."""

    date: str
    date_precision: DatePrecision
    text: str
    articles: list[str]
    events: list[int]
    quotes: list[int]


class TimelineSentencePayload(TypedDict):
    """A sentence an article printed, with every article that carries it."""

    text: str
    articles: list[str]


class TimelineDayPayload(TypedDict):
    """One day of a timeline (`storylens timeline --json`, one per line)."""

    date: str
    sentences: list[TimelineSentencePayload]


class MomentPayload(TypedDict):
    """A storyline's moment (a story) and how it was linked in (null for the first)."""

    id: str
    title: str
    first_seen: str | None
    last_seen: str | None
    articles: int
    linked_through: str | None
    closeness: float | None


class StorylinePayload(TypedDict):
    """A storyline: its moments earliest first, and the timeline of its days."""

    id: str
    title: str
    articles: int
    first_seen: str | None
    last_seen: str | None
    moments: list[MomentPayload]
    timeline: list[TimelineDayPayload]


class DatelinePayload(TypedDict):
    place: str
    agency: str | None


class RemovalPayload(TypedDict):
    text: str
    reason: str


class ArticlePayload(TypedDict):
    """An article as `analyze --format json` prints it; exports add `id`."""

    id: NotRequired[str]
    source: str
    url: str | None
    title: str | None
    published: str | None
    date_precision: DatePrecision
    year_from: str | None
    byline: str | None
    dateline: DatelinePayload | None
    outlet: str | None
    language: str | None
    text: str
    paragraph_languages: list[str | None]
    removed: list[RemovalPayload]
    entities: list[EntityPayload]
    quotes: list[QuotePayload]
    events: list[EventPayload]


class CopyChangesPayload(TypedDict):
    """What a copy changed from its origin: paragraph indices, `edited` as [origin, copy]."""

    title_changed: bool
    kept: int
    edited: list[list[int]]
    added: list[int]
    cut: list[int]


class CopyGroupPayload(TypedDict):
    origin: str
    copies: list[str]
    similarity: dict[str, float]
    changes: dict[str, CopyChangesPayload]


class StoryChangePayload(TypedDict):
    kind: ChangeKind
    story: str
    other: str
    article: str
    score: float


class VariantPayload(TypedDict):
    article: str
    text: str


class WordingPayload(TypedDict):
    text: str
    articles: list[str]


class DifferencePayload(TypedDict):
    kind: DifferenceKind
    values: list[WordingPayload]


class FactPayload(TypedDict):
    """A fact of the outlet comparison, with the outlets and independent origins carrying it."""

    text: str
    articles: list[str]
    outlets: list[str]
    sources: int
    variants: list[VariantPayload]
    differences: list[DifferencePayload]


class SummarySentencePayload(TypedDict):
    text: str
    articles: list[str]
    fact: int
    date: str | None


class StoryPayload(TypedDict):
    """A story with its articles, copies and analysis."""

    id: str
    title: str
    articles: list[ArticlePayload]
    duplicate_groups: list[CopyGroupPayload]
    origins: int
    first_seen: str | None
    last_seen: str | None
    changes: list[StoryChangePayload]
    timeline: list[TimelinePayload]
    entities: list[EntityPayload]
    quotes: list[QuotePayload]
    events: list[EventPayload]
    comparison: list[FactPayload]
    summary: list[SummarySentencePayload]


class ArticleInStoryPayload(ArticlePayload):
    """An article as the API sends it: with its story's id (None before it has one)."""

    story_id: str | None


class QuoteInStoryPayload(QuotePayload):
    """A quote on an entity's page: with the story and the title of the article carrying it."""

    story_id: str | None
    article_title: str | None


class EventInStoryPayload(EventPayload):
    story_id: str | None
    article_title: str | None


class EntityArticlePayload(TypedDict):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    story_id: str | None


class EntityRecordPayload(TypedDict):
    """An entity across the library: its names, the articles naming it, its quotes and events."""

    id: str
    name: str
    type: str
    aliases: list[str]
    articles: list[EntityArticlePayload]
    quotes: list[QuoteInStoryPayload]
    events: list[EventInStoryPayload]
