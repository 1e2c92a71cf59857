"""Publication dates printed without a year: found on date lines only, given a year only where
the page's address or fetch day settles it, else kept year-less, and kept out of the story
dates that need a year."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storylens import Library
from storylens.clean import clean_page
from storylens.clean.shown_date import yearless_line
from storylens.clean.yearless import MonthDay, find_yearless, resolve
from storylens.records import CleanMode, DatePrecision, Page
from storylens.settings import Settings
from storylens.store.sqlite import SQLiteStore
from storylens.stories.corpus import CorpusStages
from storylens.web.app import create_app

from ..conftest import FERRY_PARAGRAPHS, make_article

PIER_PARAGRAPHS = [
    "The Port Ellery council voted on Monday night to close the old ferry pier after engineers"
    " found that two of its piles had rotted through, the mayor said.",
    "Ferries will dock at the new terminal from next week, and the council will ask for bids to"
    " demolish the pier before the winter storms arrive.",
    "Residents who fish from the pier said they were sad to see it go, but most agreed it had become unsafe.",
]
HEADLINE = "Port Ellery council votes to close the old ferry pier"


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("May 12th", MonthDay(5, 12)),
        ("Tuesday (July 11)", MonthDay(7, 11, weekday=1)),
        ("Samstag, 12. Mai", MonthDay(5, 12, weekday=5)),
        ("Publié le 3 juin à 10h30", MonthDay(6, 3)),
        ("12 de mayo", MonthDay(5, 12)),
        ("Posted on Sept. 3 by Mara Lindqvist", MonthDay(9, 3)),
        ("Mara Lindqvist | Mar 17 | 5 min read", MonthDay(3, 17)),
        ("Updated May 12, 10:30 AM", MonthDay(5, 12)),
    ],
)
def test_date_lines_without_a_year(line: str, stated: MonthDay) -> None:
    assert yearless_line(line) == stated


@pytest.mark.parametrize(
    "line",
    [
        "May 12, 2023",  # a full date: the other readers' job
        "12. Mai 2016",
        "May 5 '23",
        "Top 10 May deals",  # a day and a month in a headline's words
        "Remembering Sept. 11",
        "The council meets on May 12 in the town hall.",  # a sentence that mentions a day
        "Posted on Feb 30",  # no such day
        "July 2023",
    ],
)
def test_lines_that_give_no_year_less_date(line: str) -> None:
    assert yearless_line(line) is None


def test_the_year_comes_from_the_address_or_the_fetch_day_and_must_fit_the_weekday() -> None:
    tuesday = find_yearless("Tuesday (July 11)")
    assert tuesday is not None
    day = tuesday.stated
    assert resolve(day, "https://ellery.example/2023/07/pier", None) == ("2023-07-11", DatePrecision.DAY)
    assert resolve(day, "https://ellery.example/news/20230711-pier", None)[0] == "2023-07-11"
    assert resolve(day, "https://ellery.example/2023/7/11/pier", None)[0] == "2023-07-11"
    # the address names another month, or a year in which 11 July is no Tuesday
    assert resolve(day, "https://ellery.example/2023/06/pier", None)[0] == "XXXX-07-11"
    assert resolve(day, "https://ellery.example/2024/pier", None)[0] == "XXXX-07-11"
    # the fetch day: the latest 11 July by then, or the year before's when only it is a Tuesday
    assert resolve(day, None, datetime(2023, 7, 20))[0] == "2023-07-11"
    assert resolve(day, None, datetime(2024, 8, 1))[0] == "2023-07-11"
    assert resolve(day, None, datetime(2026, 11, 20))[0] == "XXXX-07-11"  # 2026, 2025: no Tuesday
    assert resolve(MonthDay(12, 30), None, datetime(2027, 1, 2))[0] == "2026-12-30"
    assert resolve(MonthDay(1, 2), None, datetime(2027, 1, 1))[0] == "2027-01-02"  # a time zone ahead
    assert resolve(MonthDay(2, 29), None, datetime(2027, 3, 1))[0] == "XXXX-02-29"
    # no evidence: the year stays unspecified, never invented
    assert resolve(day, None, None) == ("XXXX-07-11", DatePrecision.DAY)
    assert resolve(day, "https://ellery.example/story/1998765", None)[0] == "XXXX-07-11"
    assert resolve(day, "https://ellery.example/news/pier-of-the-year2023", None)[0] == "XXXX-07-11"
    assert resolve(day, "https://ellery.example/2023/6/11/pier", None)[0] == "XXXX-07-11"


def _pier_page(url: str | None, fetched: datetime | None, date_line: str = "Tuesday (July 11)") -> Page:
    text = "\n".join(["Home | News | Sport", HEADLINE, date_line, "By Mara Lindqvist", *PIER_PARAGRAPHS])
    return Page(origin="pier.txt", content=text, mode=CleanMode.TEXT, url=url, fetched_at=fetched)


def test_text_mode_keeps_a_year_less_date_line_as_the_date_and_out_of_the_body() -> None:
    unsettled = clean_page(_pier_page(None, None))
    assert (unsettled.published, unsettled.date_precision) == ("XXXX-07-11", DatePrecision.DAY)
    assert "Tuesday (July 11)" not in unsettled.paragraphs
    assert any(r.text == "Tuesday (July 11)" and "date" in r.reason for r in unsettled.removed)
    assert unsettled.byline == "Mara Lindqvist"
    settled = clean_page(_pier_page("https://ellery.example/2023/07/11/pier-closes", None))
    assert settled.published == "2023-07-11"
    assert clean_page(_pier_page(None, datetime(2023, 7, 12, 9, 0))).published == "2023-07-11"
    # a full date printed on the page wins over a year-less one
    full = clean_page(_pier_page(None, None, "Tuesday, July 11, 2023"))
    assert full.published == "2023-07-11"


def test_html_mode_reads_a_year_less_date_under_the_headline_when_the_page_states_none() -> None:
    body = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry to Brenna closes for three weeks | Fenwick Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry to Brenna closes for three weeks</h1><p class="meta">Posted on March 3 by Petra Holm</p>
{body}</article><footer>Fenwick Post. All rights reserved.</footer></body></html>"""
    fetched = datetime(2025, 3, 4, 6, 0)
    article = clean_page(Page(origin="ferry.html", content=html, mode=CleanMode.HTML, fetched_at=fetched))
    assert (article.published, article.date_precision) == ("2025-03-03", DatePrecision.DAY)
    unfetched = clean_page(Page(origin="ferry.html", content=html, mode=CleanMode.HTML))
    assert unfetched.published == "XXXX-03-03"


def test_a_year_less_article_dates_neither_its_story_nor_its_order(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "lib.db")
    stages = CorpusStages(store, Settings())
    paragraphs = tuple(PIER_PARAGRAPHS)
    dated = make_article("dated", HEADLINE, paragraphs, published="2025-03-03", outlet="Ellery Gazette")
    yearless = make_article("yearless", "Old ferry pier to close", paragraphs, published="XXXX-03-04")
    store.write_batch(stages.run([yearless, dated]).write)
    assert stages.stories.story_of["dated"] == stages.stories.story_of["yearless"]
    (row,) = store.list_stories(10)
    assert (row.first_seen, row.last_seen, row.articles) == ("2025-03-03", "2025-03-03", 2)
    assert row.title == HEADLINE  # the dated article comes first
    assert store.load_article("yearless")[0].published == "XXXX-03-04"


def test_the_web_pages_say_the_year_was_not_printed(tmp_path: Path) -> None:
    page = tmp_path / "pier.txt"
    page.write_text(_pier_page(None, None).content, encoding="utf-8")
    library = Library(db=tmp_path / "library.db", settings=Settings(workers=1))
    library.ingest([page])
    library.close()
    with TestClient(create_app(tmp_path / "library.db", Settings(workers=1))) as client:
        (row,) = client.get("/api/stories").json()["stories"]
        article_id = client.get(f"/api/stories/{row['id']}").json()["articles"][0]["id"]
        assert client.get(f"/api/articles/{article_id}").json()["published"] == "XXXX-07-11"
        for path in (f"/articles/{article_id}", f"/stories/{row['id']}"):
            shown = client.get(path).text
            assert "11 July, year not printed" in shown
            assert "XXXX" not in shown
