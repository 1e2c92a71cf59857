"""What the pages show, shaped from the records: the coverage chart, the outlet × fact table,
quotes by speaker, copies under their origin, and an article's text cut into highlighted
pieces. Plain data only; the templates escape every string they print."""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from storylens.records import Article, Fact, Quote, Story, has_year

#: Outlets drawn in the coverage chart; the rest are summed as "other outlets".
CHART_OUTLETS = 8
PALETTE = ("#3b6ea5", "#d9822b", "#4f9a61", "#c2474f", "#8a6bb8", "#8c6d46", "#d36fae", "#6f7a85", "#b8b8b8")
#: Facts shown in the outlet table: the most widely carried, then those only one origin has.
TABLE_FACTS = 25


@dataclass(frozen=True, slots=True)
class Bar:
    x: int
    y: int
    height: int
    colour: str
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    """Articles per outlet per day as stacked bars (an SVG drawn by the template)."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    first_day: str
    last_day: str
    legend: tuple[tuple[str, str], ...]  # outlet, colour
    rows: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]  # the same figures as a table


def shown_day(published: str | None, full: bool = False) -> str:
    """An article's date as a page shows it: its day (with its time when `full`), or a day
    printed without a year as such ("11 July, year not printed")."""
    if not published:
        return ""
    yearless = re.fullmatch(r"XXXX-(0[1-9]|1[0-2])-([0-3]\d)", published)
    if yearless is None:
        return published if full else published[:10]
    month, day = int(yearless.group(1)), int(yearless.group(2))
    return f"{day} {calendar.month_name[month]}, year not printed"


def coverage_chart(articles: tuple[Article, ...], bar_width: int = 18, height: int = 120) -> Chart | None:
    dated = [(a.published[:10], a.outlet or "unknown outlet") for a in articles if has_year(a.published)]
    if not dated:
        return None
    totals = Counter(outlet for _, outlet in dated)
    shown = [outlet for outlet, _ in totals.most_common(CHART_OUTLETS)]
    colour = {outlet: PALETTE[i] for i, outlet in enumerate(shown)}
    per_day: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for day, outlet in dated:
        per_day[day][outlet if outlet in colour else "other outlets"] += 1
    days = sorted(per_day)
    peak = max(sum(c.values()) for c in per_day.values())
    unit = (height - 10) / peak
    bars: list[Bar] = []
    for index, day in enumerate(days):
        y = height
        for outlet in [*shown, "other outlets"]:
            count = per_day[day].get(outlet, 0)
            if not count:
                continue
            tall = max(2, round(count * unit))
            y -= tall
            label = f"{day}: {count} from {outlet}"
            bars.append(Bar(index * (bar_width + 4), y, tall, colour.get(outlet, PALETTE[-1]), label))
    legend = tuple((o, colour[o]) for o in shown)
    if any("other outlets" in c for c in per_day.values()):
        legend += (("other outlets", PALETTE[-1]),)
    rows = tuple((day, tuple(sorted(per_day[day].items()))) for day in days)
    width = max(len(days) * (bar_width + 4), 200)
    return Chart(width, height, tuple(bars), days[0], days[-1], legend, rows)


@dataclass(frozen=True, slots=True)
class FactRow:
    index: int
    fact: Fact
    carried: tuple[bool, ...]  # per outlet column


def fact_table(story: Story, limit: int = TABLE_FACTS) -> tuple[tuple[str, ...], tuple[FactRow, ...]]:
    """Outlet columns (most facts first) and rows: the widely carried facts, then single-origin ones."""
    facts = story.comparison
    shared = [i for i, f in enumerate(facts) if f.sources > 1]
    single = [i for i, f in enumerate(facts) if f.sources <= 1]
    picked = (shared + single)[:limit] if len(shared) < limit else shared[:limit]
    counts = Counter(o for i in picked for o in facts[i].outlets)
    outlets = tuple(o for o, _ in counts.most_common(12))
    rows = tuple(FactRow(i, facts[i], tuple(o in facts[i].outlets for o in outlets)) for i in picked)
    return outlets, rows


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    entity_id: str | None
    quotes: tuple[tuple[int, Quote], ...]


def quotes_by_speaker(quotes: tuple[Quote, ...]) -> tuple[Speaker, ...]:
    """Quotes grouped under their speakers, the most quoted first; unnamed speakers last."""
    groups: dict[tuple[str | None, str], list[tuple[int, Quote]]] = {}
    for index, quote in enumerate(quotes):
        name = quote.speaker or quote.speaker_text or "unattributed"
        groups.setdefault((quote.speaker_id, name if quote.speaker_id is None else ""), []).append(
            (index, quote)
        )
    speakers = [
        Speaker(members[0][1].speaker or members[0][1].speaker_text or "unattributed", key[0], tuple(members))
        for key, members in groups.items()
    ]
    speakers.sort(key=lambda s: (s.entity_id is None, -len(s.quotes), s.name))
    return tuple(speakers)


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of an article's paragraph with what it belongs to."""

    text: str
    entity: str | None = None  # entity id
    entity_type: str | None = None
    quote: bool = False
    speaker: bool = False


@dataclass(slots=True)
class _Marks:
    entity: dict[int, tuple[str, str]] = field(default_factory=dict)
    quote: set[int] = field(default_factory=set)
    speaker: set[int] = field(default_factory=set)


def highlighted_paragraphs(article: Article) -> list[list[Piece]]:
    """The article's paragraphs cut where an entity mention, a quote or a speaker starts or
    ends, each piece marked with what covers it."""
    text = article.text
    marks = _Marks()
    cuts = {0, len(text)}
    for entity in article.entities:
        for start, end in entity.spans:
            cuts |= {start, end}
            for position in range(start, min(end, len(text))):
                marks.entity[position] = (entity.id, entity.type)
    for quote in article.quotes:
        cuts |= {quote.start, quote.end}
        marks.quote.update(range(quote.start, min(quote.end, len(text))))
        if quote.speaker_span:
            cuts |= set(quote.speaker_span)
            marks.speaker.update(range(*quote.speaker_span))
    offset = 0
    paragraphs: list[list[Piece]] = []
    for paragraph in article.paragraphs:
        end = offset + len(paragraph)
        points = sorted({offset, end} | {c for c in cuts if offset < c < end})
        pieces = []
        for start, stop in pairwise(points):
            named = marks.entity.get(start)
            pieces.append(
                Piece(
                    text[start:stop],
                    named[0] if named else None,
                    named[1] if named else None,
                    start in marks.quote,
                    start in marks.speaker,
                )
            )
        paragraphs.append(pieces)
        offset = end + 2  # the blank line between paragraphs
    return paragraphs


def copies_by_origin(story: Story) -> list[tuple[Article, list[Article]]]:
    by_id = {a.id: a for a in story.articles}
    return [
        (by_id[g.origin], [by_id[c] for c in g.copies if c in by_id])
        for g in story.duplicate_groups
        if g.origin in by_id
    ]
