"""A story's events, merged across its articles, and its timeline.

The same event reported by several articles (the same actor, action, mode, target and date,
parties compared by their story entity, else by their words) is one event with every
article's evidence. The timeline has one entry per date the events and quotes give, in date
order: a short sentence drawn from the best-attested evidence, the events and quotes of that
date and the articles that report them. Events and quotes with no date, or with a year the
text never gave ("XXXX-05-12"), are kept out of it, not guessed; so are hypothetical events
("would be arrested"), which report no moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storylens.records import Article, DatePrecision, Event, Quote, TimelineEntry
from storylens.text.dates import sort_key

#: Longest timeline sentence, in words; a longer evidence sentence is cut with "…".
MAX_ENTRY_WORDS = 40


def merge_events(
    articles: Sequence[Article], story_id_of: dict[tuple[str, str], str], names_of: dict[str, str]
) -> tuple[Event, ...]:
    """The story's events: parties re-pointed at story entities, copies of one event merged."""
    merged: dict[tuple[str, ...], Event] = {}
    for article in articles:
        for event in article.events:
            actor_id = story_id_of.get((article.id, event.actor_id or ""))
            target_id = story_id_of.get((article.id, event.target_id or ""))
            key = (
                actor_id or (event.actor or "").casefold(),
                event.action,
                event.mode or "",
                target_id or (event.target or "").casefold(),
                event.date or "",
                "failed" if event.failed else "",
                "hypothetical" if event.hypothetical else "",
            )
            known = merged.get(key)
            if known is not None:
                if all(e.article != article.id or e.start != event.evidence[0].start for e in known.evidence):
                    merged[key] = replace(known, evidence=(*known.evidence, *event.evidence))
                continue
            merged[key] = replace(
                event,
                actor_id=actor_id,
                actor=names_of.get(actor_id or "", event.actor),
                target_id=target_id,
                target=names_of.get(target_id or "", event.target),
            )
    # dated events in date order, then the undated; the best attested first within each
    return tuple(sorted(merged.values(), key=_event_order))


def _event_order(event: Event) -> tuple[bool, tuple[int, int, int, int], int]:
    dated = _dated(event.date)
    return dated is None, sort_key(dated) if dated else (0, 0, 0, 0), -len(event.evidence)


def build_timeline(events: Sequence[Event], quotes: Sequence[Quote]) -> tuple[TimelineEntry, ...]:
    """One entry per date the story's events and quotes give, earliest first."""
    by_date: dict[str, tuple[list[int], list[int]]] = {}
    precision: dict[str, DatePrecision] = {}
    for index, event in enumerate(events):
        if _dated(event.date) and not event.hypothetical:  # what may happen is no moment yet
            assert event.date is not None
            by_date.setdefault(event.date, ([], []))[0].append(index)
            precision[event.date] = event.date_precision
    for index, quote in enumerate(quotes):
        if _dated(quote.date):
            assert quote.date is not None
            by_date.setdefault(quote.date, ([], []))[1].append(index)
            precision[quote.date] = quote.date_precision
    entries = []
    for value, (event_indices, quote_indices) in by_date.items():
        articles: dict[str, None] = {}
        for index in event_indices:
            articles.update(dict.fromkeys(e.article for e in events[index].evidence))
        for index in quote_indices:
            articles.update(dict.fromkeys(quotes[index].articles or (quotes[index].article,)))
        entries.append(
            TimelineEntry(
                date=value,
                date_precision=precision[value],
                text=_entry_text([events[i] for i in event_indices], [quotes[i] for i in quote_indices]),
                articles=tuple(articles),
                events=tuple(event_indices),
                quotes=tuple(quote_indices),
            )
        )
    entries.sort(key=lambda entry: sort_key(entry.date))
    return tuple(entries)


def _dated(value: str | None) -> str | None:
    return value if value and not value.startswith("X") else None


def _entry_text(events: Sequence[Event], quotes: Sequence[Quote]) -> str:
    """The evidence sentence most articles carry; for a date with only quotes, the most
    carried quote with its speaker."""
    if events:
        best = max(events, key=lambda e: (len({x.article for x in e.evidence}), e.actor is not None))
        return _shorten(best.evidence[0].text)
    quote = max(quotes, key=lambda q: len(q.articles))
    speaker = quote.speaker or quote.speaker_text
    words = f"“{_shorten(quote.text.strip(chr(34) + '“”'))}”"
    return f"{speaker}: {words}" if speaker else words


def _shorten(text: str) -> str:
    words = text.split()
    return " ".join(words) if len(words) <= MAX_ENTRY_WORDS else " ".join(words[:MAX_ENTRY_WORDS]) + " …"
