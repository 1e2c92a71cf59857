"""The typed, frozen records passed between stages: Page, Article, Entity, Quote, Event, Story.

Nothing else crosses a stage boundary; a stage that adds a field returns a new record.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TypeGuard
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt


class DatePrecision(StrEnum):
    """How much of a date the page actually states. Publication dates are day, month or
    year; dates mentioned in the text may also be a week or a season."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    UNKNOWN = "unknown"


class EntityType(StrEnum):
    """What an entity is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


class PloverAction(StrEnum):
    """The sixteen event types of PLOVER (the Political Language Ontology for Verifiable
    Event Records), from cooperation to violence."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class ChangeKind(StrEnum):
    """What happened to a story: two became one, or one became two."""

    MERGE = "merge"
    SPLIT = "split"


class DifferenceKind(StrEnum):
    """What the articles' wordings of one fact disagree on."""

    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    WORDING = "wording"


class CleanMode(StrEnum):
    """Which cleaner reads a page: the HTML extractor or the extracted-text cleaner."""

    HTML = "html"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class PageHints:
    """Fields that come with a page rather than from it (JSONL fields, feed entries).

    `authoritative` hints (given in JSONL) override what the cleaner finds; others
    (a feed entry's title and date) only fill gaps.
    """

    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    authoritative: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", readable_url(self.url))
        if self.language is not None and not _LANGUAGE_TAG.fullmatch(self.language):
            object.__setattr__(self, "language", None)  # no language tag: detect it instead


@dataclass(frozen=True, slots=True)
class Page:
    """One raw input: where it came from and its content, as bytes or already-decoded text."""

    origin: str
    content: str
    mode: CleanMode
    url: str | None = None
    fetched_at: datetime | None = None
    hints: PageHints = field(default_factory=PageHints)
    site_furniture: frozenset[str] = frozenset()  # lines (case-folded) its site repeats

    def __post_init__(self) -> None:
        # a mode given as its string ("html") is the same mode, not an unknown one that
        # would silently send an HTML page through the text cleaner
        object.__setattr__(self, "mode", CleanMode(self.mode))
        object.__setattr__(self, "url", readable_url(self.url))


@dataclass(frozen=True, slots=True)
class Removal:
    """A line the cleaner dropped, and why, so a reader can audit the cleaning."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where a report says it was filed, and the agency that sent it, if it says."""

    place: str
    agency: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class ArticleFeatures:
    """What the story stages compare an article by, computed beside its cleaning in the
    parallel per-article shards: the body's MinHash signature (copies), weighted content terms
    and the title-and-lead embedding (stories), and whether that text is headline-length."""

    signature: npt.NDArray[np.uint64]
    terms: dict[str, float]
    embedding: npt.NDArray[np.float32]
    short: bool


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. `id` is the id given in JSONL input, else the content hash."""

    id: str
    content_hash: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    #: ISO 8601 at `date_precision`; a day printed without its year whose year nothing on
    #: the page settles is "XXXX-07-11" (ISO 8601-2's unspecified year).
    published: str | None
    date_precision: DatePrecision
    byline: str | None  # the authors' names, "; " between two ("Stella Kim; Jennifer Jett")
    language: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removal, ...] = ()
    mode: CleanMode = CleanMode.TEXT
    dateline: Dateline | None = None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    #: Per paragraph, the other language it is written in (a caption, a quote), else None;
    #: empty when every paragraph is in the article's language.
    paragraph_languages: tuple[str | None, ...] = ()
    #: Where the year of a publication day printed without one came from, when the page did
    #: not give it: the story's dated articles (`stories/story_dates.py`); None otherwise.
    year_from: str | None = None
    #: Set by the per-article shards, not stored with the article (the store keeps features apart).
    features: ArticleFeatures | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


#: A language tag as BCP 47 writes one: "en", "pt-BR", "zh-Hant-TW".
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}")


def readable_url(url: str | None) -> str | None:
    """The address if the URL parser reads it; a malformed one from a JSONL field or a WARC
    header ("http://[::1/news") is no address, and the page is read as having none rather
    than failing wherever its host or path is asked for."""
    if not url:
        return None
    try:
        urlsplit(url)
    except ValueError:
        return None
    return url


def has_year(published: str | None) -> TypeGuard[str]:
    """Whether a publication date states its year ("2023-07-11", "2023"); a date printed
    without one is kept with the year unspecified ("XXXX-07-11", see clean/yearless.py)."""
    return published is not None and published[:1].isdigit()


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of an article's text that names an entity."""

    text: str
    start: int
    end: int
    type: EntityType
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place with every name it goes by.

    In an article, `spans` are the character spans of its mentions in `Article.text`; in a
    story, `articles` are the ids of the articles that name it.
    """

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # titles and descriptions: "Prime Minister", "a spokesperson"
    spans: tuple[tuple[int, int], ...] = ()
    articles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: the words, the cue and the speaker, with their place in an article.

    Spans are character offsets in `Article.text`. `speaker_text` is the source as written
    ("he", "the spokesperson", "Wang Wenbin"); `speaker` is the canonical name of the entity it
    was resolved to and `speaker_id` that entity's id, when the text allows.
    """

    text: str
    direct: bool
    cue: str | None
    speaker_text: str | None
    speaker: str | None
    article: str
    start: int
    end: int
    speaker_id: str | None = None
    cue_span: tuple[int, int] | None = None
    speaker_span: tuple[int, int] | None = None
    articles: tuple[str, ...] = ()  # in a story: every article that carries these words
    date: str | None = None  # when it was said, where the cue's sentence says ("said on Tuesday")
    date_precision: DatePrecision = DatePrecision.UNKNOWN


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an event is reported: the article and the sentence (its span in `Article.text`)."""

    article: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom and when: an action typed with PLOVER (AGREE, CONSULT, ACCUSE,
    PROTEST, COERCE, ASSAULT …) and its mode where one shows ("arrest", "visit").

    `actor` and `target` are canonical entity names where the text names one, else the words
    as written ("police", "two people"); `*_code` is a CAMEO-style state and sector code
    ("CHNGOV", "---COP"). `date` is an ISO/EDTF value at `date_precision` (see
    enrich/timex.py), None when the sentence gives none. `failed` marks an action the actor
    did not take ("police failed to stop the mob", "no arrests were made"); `hypothetical`
    one the text speaks of without reporting it done ("would be arrested", "demanded the
    arrest of"; see enrich/event_modality.py).
    """

    actor: str | None
    action: PloverAction
    target: str | None
    date: str | None
    date_precision: DatePrecision
    evidence: tuple[Evidence, ...]
    mode: str | None = None
    verb: str | None = None
    actor_id: str | None = None
    actor_code: str | None = None
    target_id: str | None = None
    target_code: str | None = None
    failed: bool = False
    hypothetical: bool = False


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated moment of a story: a short sentence drawn from the evidence, the story's
    events and quotes of that date (indices into `Story.events` / `Story.quotes`) and the
    articles that report them."""

    date: str
    date_precision: DatePrecision
    text: str
    articles: tuple[str, ...]
    events: tuple[int, ...] = ()
    quotes: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class CopyDiff:
    """What a copy changed of its origin, paragraph by paragraph: indices into the origin's
    paragraphs (`cut`), the copy's (`added`), and (origin, copy) pairs for `edited` ones."""

    copy: str
    title_changed: bool
    kept: int
    edited: tuple[tuple[int, int], ...] = ()
    added: tuple[int, ...] = ()
    cut: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Copies of one origin: the earliest article and the reprints of it."""

    origin: str
    copies: tuple[str, ...]
    similarity: tuple[float, ...] = ()
    changes: tuple[CopyDiff, ...] = ()


def origin_of(groups: Iterable[DuplicateGroup]) -> dict[str, str]:
    """Each copy's origin article."""
    return {copy: group.origin for group in groups for copy in group.copies}


@dataclass(frozen=True, slots=True)
class StorylineLink:
    """A story's (a moment's) place in a storyline: the moment it was linked through (None
    for the one that started it) and their closeness (`stories/storylines.py`)."""

    story: str
    storyline: str
    through: str | None = None
    closeness: float | None = None


@dataclass(frozen=True, slots=True)
class StoryChange:
    """A merge (`other` was absorbed into `story`) or a split (`other` was cut from `story`)."""

    kind: ChangeKind
    story: str
    other: str
    article: str  # the bridging article (merge) or the one whose arrival prompted the split
    score: float  # how well the two parts fit each other
    moved: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Variant:
    """How one article words a fact: its sentence."""

    article: str
    text: str


@dataclass(frozen=True, slots=True)
class Difference:
    """Where the articles' wordings of one fact part ways. `kind` is number, date or name
    (the accounts disagree) or wording (the same thing said differently); `values` pairs each
    phrase with the articles that write it."""

    kind: DifferenceKind
    values: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement as the story's articles carry it: the earliest wording, every article
    and outlet that carries it, how many independent origins that is (copies count once),
    each article's wording, and where the wordings differ."""

    text: str
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    sources: int
    variants: tuple[Variant, ...] = ()
    differences: tuple[Difference, ...] = ()


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence of the story's summary, with the articles that support it (never none),
    the index of its fact in `Story.comparison`, and the date it is ordered by."""

    text: str
    articles: tuple[str, ...]
    fact: int
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """An event as many outlets reported it. Later stages fill the analysis fields."""

    id: str
    title: str
    articles: tuple[Article, ...]
    duplicate_groups: tuple[DuplicateGroup, ...]
    first_seen: str | None
    last_seen: str | None
    changes: tuple[StoryChange, ...] = ()  # merges into and splits from this story
    timeline: tuple[TimelineEntry, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    comparison: tuple[Fact, ...] = ()  # facts, most widely carried first
    summary: tuple[SummarySentence, ...] = ()  # in timeline order

    @property
    def origins(self) -> int:
        """Independent origins: articles that are not a copy of another in the story."""
        copies = sum(len(group.copies) for group in self.duplicate_groups)
        return len(self.articles) - copies


#: Floats in an article's embedding (the multilingual Universal Sentence Encoder's output).
EMBEDDING_DIMENSIONS = 512

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Text folded for hashing: NFKC, case-folded, white space collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(paragraphs: tuple[str, ...], title: str | None = None, outlet: str | None = None) -> str:
    """A stable id for an article: its normalised body, title and outlet.

    The same page ingested twice hashes alike; an agency report reprinted word for word by
    another outlet does not, and is grouped as a copy instead.
    """
    text = "\x1f".join((outlet or "", title or "", " ".join(paragraphs)))
    digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
    return digest[:20]


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not used, with the one-line reason shown in the ingest report."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An input already in the library as it is now (same bytes, or HTTP 304)."""

    origin: str
