"""The timeline a journalist would write: days weighed by independent outlets, each told by
the articles' own sentences (fictional outlets and events)."""

from __future__ import annotations

from datetime import date

from storylens.records import Article, DatePrecision, DuplicateGroup
from storylens.stories.timeline_summary import DatedText, dated_texts, summarise_timeline

MAY_12 = date(2025, 5, 12)  # a Monday
MAY_13 = date(2025, 5, 13)
MAY_24 = date(2025, 5, 24)

STRIKE = (
    "Dockworkers in Port Valen walked off the job on Monday, halting every container crane in the harbour."
)
TALKS = "The harbour authority and the dockworkers' union opened talks at the town hall on Saturday evening."
BACKGROUND = "Port Valen handles most of the region's grain exports and employs about four thousand people."
WEATHER = "A storm closed the coastal road to Brenna for most of the afternoon, the regional police reported."


def _text(id: str, day: date | None, *sentences: str, origin: str = "") -> DatedText:
    return DatedText(id, day, sentences, origin)


def test_days_weigh_by_independent_outlets_and_copies_do_not_count_twice() -> None:
    texts = [
        _text("valen-post", MAY_13, STRIKE, BACKGROUND),
        _text(
            "coast-herald",
            MAY_13,
            "Cranes stood idle in Port Valen on Monday after the dockworkers' union called a strike.",
        ),
        _text(
            "herald-reprint",
            MAY_13,
            "Cranes stood idle in Port Valen on Monday after the dockworkers' union called a strike.",
            origin="coast-herald",
        ),
        _text("brenna-daily", date(2025, 5, 20), WEATHER),
        *(_text(f"brenna-reprint-{n}", date(2025, 5, 20), WEATHER, origin="brenna-daily") for n in range(4)),
    ]
    days = summarise_timeline(texts, dates=1, sentences=1)
    # Monday 12 May is named by two independent outlets; the storm day has one origin and four reprints
    assert [d.day for d in days] == [MAY_12]
    told = days[0].sentences[0]
    assert told.text in {STRIKE, texts[1].sentences[0]}
    if told.article != "valen-post":  # a reprinted sentence cites every article carrying it
        assert set(told.articles) == {"coast-herald", "herald-reprint"}


def test_a_timeline_is_in_date_order_within_its_range_and_size() -> None:
    texts = [
        _text("a", MAY_13, STRIKE, BACKGROUND),
        _text("b", MAY_13, STRIKE.replace("walked off", "left"), BACKGROUND),
        _text(
            "c",
            MAY_24,
            "Late on Saturday the harbour authority and the union agreed on a wage scale for crane crews.",
        ),
        _text("d", MAY_24, TALKS),
        _text(
            "e",
            date(2025, 5, 28),
            "Ships queued outside Port Valen for a fourth straight day as the backlog of containers grew.",
        ),
    ]
    days = summarise_timeline(texts, dates=2, sentences=1)
    assert [d.day for d in days] == sorted(d.day for d in days)
    assert len(days) == 2
    assert all(len(d.sentences) == 1 for d in days)
    ranged = summarise_timeline(texts, dates=5, sentences=2, start=date(2025, 5, 20), end=MAY_24)
    assert [d.day for d in ranged] == [MAY_24]
    assert summarise_timeline(texts, dates=0, sentences=1) == []
    assert summarise_timeline([], dates=3, sentences=1) == []


def test_sentences_are_the_articles_own_and_never_said_twice() -> None:
    texts = [
        _text("a", MAY_13, STRIKE, BACKGROUND),
        _text("b", MAY_13, STRIKE + " ", BACKGROUND),  # the same sentence, spaced differently
        _text(
            "c",
            MAY_13,
            "“We will not load a single ship until the wage talks resume,” the union's head said on Monday.",
        ),
    ]
    days = summarise_timeline(texts, dates=3, sentences=3)
    told = [s.text for d in days for s in d.sentences]
    printed = {s for t in texts for s in t.sentences}
    assert all(sentence in printed for sentence in told)  # nothing paraphrased, no quote invented
    assert len({" ".join(s.split()) for s in told}) == len(told)
    # a quotation on its own is no statement of what happened
    assert not any(s.startswith("“") for s in told)


def test_an_undated_article_speaks_only_for_the_full_dates_it_names() -> None:
    undated = _text(
        "no-date",
        None,
        "On May 24, 2025, the union and the harbour authority signed the agreement in Port Valen.",
        "Workers returned to the cranes the next morning, the union's spokesman told reporters.",
    )
    days = summarise_timeline([undated], dates=5, sentences=2)
    assert [d.day for d in days] == [MAY_24]
    assert [s.position for s in days[0].sentences] == [0]


def test_stored_articles_lose_captions_in_another_language_and_keep_copy_groups() -> None:
    def article(id: str, published: str | None, precision: DatePrecision) -> Article:
        return Article(
            id=id,
            content_hash=id,
            source=id,
            url=None,
            outlet=None,
            title="Port Valen strike",
            published=published,
            date_precision=precision,
            byline=None,
            language="en",
            paragraphs=(STRIKE, "Pekerja pelabuhan berkumpul di depan gerbang.", BACKGROUND),
            paragraph_languages=(None, "id", None),
        )

    origin = article("origin", "2025-05-13T08:00:00+00:00", DatePrecision.DAY)
    copy = article("copy", "2025-05", DatePrecision.MONTH)
    texts = dated_texts([origin, copy], [DuplicateGroup(origin="origin", copies=("copy",))])
    assert texts[0].published == MAY_13
    assert texts[1].published is None
    assert texts[1].origin == "origin"
    assert texts[0].sentences == (STRIKE, BACKGROUND)
