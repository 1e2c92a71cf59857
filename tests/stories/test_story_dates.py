"""A publication day printed without its year takes the year its story settles, only when
exactly one year fits, with the evidence kept (fictional outlets and events)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storylens.records import Article, Removal, Story
from storylens.stories.analysis import analyse_story
from storylens.stories.story_dates import settle_years

from ..conftest import make_article

STRIKE = ("Dockworkers in Port Valen walked off the job on Monday, halting every crane in the harbour.",)


def _article(id: str, published: str | None) -> Article:
    return make_article(id, "Port Valen dockworkers strike", STRIKE, published)


def test_a_yearless_day_inside_the_story_takes_its_year_with_the_evidence() -> None:
    story = [
        _article("a", "2023-05-12T08:00:00+00:00"),
        _article("b", "2023-05-28"),
        _article("c", "XXXX-05-24"),
    ]
    settled = {a.id: a for a in settle_years(story)}
    assert settled["c"].published == "2023-05-24"
    assert settled["c"].year_from == "the story: 2 dated articles from 2023-05-12 to 2023-05-28"
    assert settled["a"] == story[0]
    assert settled["a"].year_from is None


def test_no_year_without_evidence() -> None:
    # a day far outside the story's span fits no year; a story with no dated article gives none
    far = [_article("a", "2023-01-02"), _article("b", "2023-01-05"), _article("c", "XXXX-07-30")]
    assert settle_years(far)[2].published == "XXXX-07-30"
    alone = [_article("c", "XXXX-05-24"), _article("d", None)]
    assert [a.published for a in settle_years(alone)] == ["XXXX-05-24", None]
    # a story across the new year: "December 30" belongs to the year before the January reports
    winter = [_article("a", "2024-01-02"), _article("b", "2024-01-05"), _article("c", "XXXX-12-30")]
    assert settle_years(winter)[2].published == "2023-12-30"
    # 29 February fits only a leap year: in a story of March 2023 there is none
    leap = [_article("a", "2023-03-01"), _article("c", "XXXX-02-29")]
    assert settle_years(leap)[1].published == "XXXX-02-29"


def test_the_analysed_story_carries_the_settled_day() -> None:
    stored = Story(
        id="st-valen",
        title="Port Valen dockworkers strike",
        articles=(_article("a", "2023-05-12"), _article("c", "XXXX-05-14")),
        duplicate_groups=(),
        first_seen="2023-05-12",
        last_seen="2023-05-12",
    )
    analysed = analyse_story(stored)
    assert [a.published for a in analysed.articles] == ["2023-05-12", "2023-05-14"]
    assert analysed.articles[1].year_from is not None


def test_a_story_with_no_dated_article_takes_its_storyline_days() -> None:
    # "July 11" in a storyline whose other moments ran in May 2023: seven weeks on, one year fits
    july = [_article("d", "XXXX-07-11"), _article("e", "XXXX-07-12")]
    settled = settle_years(july, storyline=[date(2023, 5, 12), date(2023, 5, 24)])
    assert [a.published for a in settled] == ["2023-07-11", "2023-07-12"]
    assert settled[0].year_from == "its storyline's other moments: 2 days from 2023-05-12 to 2023-05-24"
    # a story's own dated articles come first: its storyline is not asked
    mixed = [_article("a", "2024-07-09"), _article("d", "XXXX-07-11")]
    assert settle_years(mixed, storyline=[date(2023, 5, 12)])[1].published == "2024-07-11"


def test_a_printed_weekday_must_fall_on_the_year_the_story_gives() -> None:
    # 11 July 2023 was a Tuesday; a page that printed "Monday (July 11)" gets no year from it
    def printed(line: str) -> Article:
        removed = (Removal(line, "date line (kept as the published date)"),)
        return replace(_article("d", "XXXX-07-11"), removed=removed)

    storyline = [date(2023, 5, 12), date(2023, 5, 24)]
    assert settle_years([printed("Tuesday (July 11)")], storyline=storyline)[0].published == "2023-07-11"
    assert settle_years([printed("Monday (July 11)")], storyline=storyline)[0].published == "XXXX-07-11"
