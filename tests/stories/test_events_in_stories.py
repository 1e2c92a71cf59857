"""A story's events and timeline, through ingest, the SQLite store and the export (fictional
outlets and events)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from storylens.codec import story_dict
from storylens.library import Library
from storylens.records import Article, DatePrecision, Event, Evidence
from storylens.settings import Settings
from storylens.stories.timeline import build_timeline, merge_events

from ..conftest import ingest_reports

REPORTS = [
    {
        "id": "harlow-1",
        "outlet": "Harlow Courier",
        "published": "2025-06-04",
        "title": "Velmora accuses Ostrand over border shelling",
        "text": "Velmora accused Ostrand on Monday of shelling the border town of Kessel.\n\n"
        "Police arrested two men near the Kessel bridge on Tuesday.\n\n"
        "Velmora's foreign minister Ilsa Marren will visit Ostrand next week.",
    },
    {
        "id": "pike-1",
        "outlet": "Pike Valley Post",
        "published": "2025-06-04",
        "title": "Velmora blames Ostrand for Kessel shelling",
        "text": "Velmora accused Ostrand on Monday of shelling the border town of Kessel.\n\n"
        "Police arrested two men near the Kessel bridge on Tuesday, officials said.\n\n"
        "Ostrand rejected the accusation of shelling Kessel.",
    },
    {
        "id": "tern-1",
        "outlet": "Tern Bay Herald",
        "published": "2025-06-05",
        "title": "Kessel shelling: Velmora points at Ostrand",
        "text": "Velmora accused Ostrand on Monday of shelling the border town of Kessel, the latest "
        "in a string of incidents.\n\n"
        "Two men were arrested near the Kessel bridge on Tuesday, police said.",
    },
]


def build(tmp_path: Path, settings: Settings | None = None) -> Library:
    return ingest_reports(tmp_path, REPORTS, settings)


def test_one_event_reported_by_three_articles_is_one_event_with_their_evidence(tmp_path: Path) -> None:
    with build(tmp_path) as library:
        stories = list(library.all_stories())
    assert len(stories) == 1
    story = stories[0]
    accusations = [e for e in story.events if e.action == "ACCUSE"]
    assert [(e.actor, e.target, e.date) for e in accusations] == [("Velmora", "Ostrand", "2025-06-02")]
    assert {x.article for x in accusations[0].evidence} == {"harlow-1", "pike-1", "tern-1"}
    assert {"REJECT", "COERCE", "CONSULT"} <= {e.action for e in story.events}


def test_the_timeline_is_dated_moments_in_order_and_undated_events_stay_out(tmp_path: Path) -> None:
    with build(tmp_path) as library:
        story = next(library.all_stories())
    dates = [entry.date for entry in story.timeline]
    assert dates == sorted(dates)
    assert dates[:2] == ["2025-06-02", "2025-06-03"]
    monday = story.timeline[0]
    assert monday.text.startswith("Velmora accused Ostrand on Monday")
    assert set(monday.articles) == {"harlow-1", "pike-1", "tern-1"}
    assert all(story.events[i].date == "2025-06-02" for i in monday.events)
    rejected = [e for e in story.events if e.action == "REJECT"]
    assert [e.date for e in rejected] == [None]
    undated = {i for i, event in enumerate(story.events) if event.date is None}
    assert undated
    assert not any(undated & set(entry.events) for entry in story.timeline)

    exported = story_dict(story)
    assert exported["timeline"][0]["date"] == "2025-06-02"  # type: ignore[index]
    event = exported["events"][0]  # type: ignore[index]
    assert {"actor", "action", "target", "date", "date_precision", "evidence", "hypothetical"} <= set(event)
    article = next(a for a in story.articles if a.id == event["evidence"][0]["article"])
    evidence = event["evidence"][0]
    assert article.text[evidence["start"] : evidence["end"]].strip() == evidence["text"]


def test_events_survive_the_store_and_older_rows_read_as_having_none(tmp_path: Path) -> None:
    with build(tmp_path) as library:
        before = next(library.all_stories())
    with Library(db=tmp_path / "library.db") as reopened:
        after = next(reopened.all_stories())
    assert [a.events for a in after.articles] == [a.events for a in before.articles]
    assert after.timeline == before.timeline
    db = sqlite3.connect(tmp_path / "library.db")
    db.execute("UPDATE articles SET events = NULL")
    db.commit()
    db.close()
    with Library(db=tmp_path / "library.db") as library:
        story = next(library.all_stories())
    assert story.events == ()


def test_the_setting_turns_events_off_with_the_rest_of_who_said_what(tmp_path: Path) -> None:
    with build(tmp_path, Settings(workers=1, who_said_what=False)) as library:
        story = next(library.all_stories())
    assert story.events == ()
    assert story.timeline == ()


def test_an_event_only_spoken_of_is_kept_apart_and_is_no_moment_of_the_timeline() -> None:
    said = Evidence("tern-1", "Protesters at the bridge would be detained, police warned.", 0, 57)
    done = Evidence("tern-1", "Police detained two protesters at the bridge on Wednesday.", 71, 130)
    foreseen = Event("police", "COERCE", "protesters", "2025-06-04", DatePrecision.DAY, (said,), "arrest")
    detained = replace(foreseen, evidence=(done,))
    events = merge_events([_article("tern-1", replace(foreseen, hypothetical=True), detained)], {}, {})
    assert sorted(e.hypothetical for e in events) == [False, True]  # not merged into one
    timeline = build_timeline(events, ())
    assert [(entry.date, [events[i] for i in entry.events], entry.text) for entry in timeline] == [
        ("2025-06-04", [detained], done.text)
    ]


def _article(article_id: str, *events: Event) -> Article:
    return Article(
        id=article_id,
        content_hash=article_id,
        source=f"{article_id}.txt",
        url=None,
        outlet="Tern Bay Herald",
        title=None,
        published="2025-06-05",
        date_precision=DatePrecision.DAY,
        byline=None,
        language="en",
        paragraphs=(),
        events=events,
    )
