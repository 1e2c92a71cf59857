"""A story's entities and quotes, through ingest, the SQLite store and the export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storylens.codec import story_dict
from storylens.library import Library
from storylens.settings import Settings

from ..conftest import ingest_reports

REPORTS = [
    {
        "id": "northgate-1",
        "outlet": "Northgate Wire",
        "published": "2025-06-02",
        "title": "Port Almsey dockworkers strike over automation plan",
        "text": "Dockworkers at Port Almsey walked out on Monday over the harbour's automation plan.\n\n"
        '"We will not unload a single ship until the plan is withdrawn," union leader Mara Velt '
        "told reporters outside the container terminal.\n\n"
        "Harbour spokesperson Laura Bennett said the company regretted the disruption.",
    },
    {
        "id": "kestrel-1",
        "outlet": "Kestrel News",
        "published": "2025-06-02",
        "title": "Strike halts Port Almsey container terminals",
        "text": "Container terminals at Port Almsey stood still on Monday as dockworkers struck over "
        "the automation plan.\n\n"
        "Velt said that the union had asked for talks three times since March and had heard nothing.\n\n"
        "The harbour company said the plan would go ahead.",
    },
    {
        "id": "brightwater-1",
        "outlet": "Brightwater Gazette",
        "published": "2025-06-02",
        "title": "Dockworkers strike at Port Almsey over automation",
        "text": "Dockworkers at Port Almsey walked out on Monday over the harbour's automation plan.\n\n"
        '"We will not unload a single ship until the plan is withdrawn," union leader Mara Velt '
        "told reporters outside the container terminal.\n\n"
        "Harbour spokesperson Laura Bennett said the company regretted the disruption.",
    },
]


def build(tmp_path: Path, settings: Settings | None = None) -> Library:
    return ingest_reports(tmp_path, REPORTS, settings)


def test_story_entities_merge_names_across_articles_and_quotes_list_every_carrier(tmp_path: Path) -> None:
    with build(tmp_path) as library:
        stories = list(library.all_stories())
        assert len(stories) == 1
        story = stories[0]
        velt = [entity for entity in story.entities if entity.name == "Mara Velt"]
        assert len(velt) == 1, [e.name for e in story.entities]
        assert set(velt[0].articles) == {"northgate-1", "kestrel-1", "brightwater-1"}
        assert "Velt" in velt[0].aliases

        talks = [quote for quote in story.quotes if "asked for talks" in quote.text]
        assert [(q.speaker, q.speaker_id, q.articles) for q in talks] == [
            ("Mara Velt", velt[0].id, ("kestrel-1",))
        ]
        ship = [quote for quote in story.quotes if "single ship" in quote.text]
        assert len(ship) == 1, "a copy's quote is the same quote"
        assert set(ship[0].articles) == {"northgate-1", "brightwater-1"}

        exported = story_dict(story)
        assert {"Mara Velt", "Laura Bennett"} <= {e["name"] for e in exported["entities"]}  # type: ignore[union-attr,index]
        article = exported["articles"][0]  # type: ignore[index]
        quote = article["quotes"][0]
        assert article["text"][quote["start"] : quote["end"]] == quote["text"]


def test_entities_and_quotes_survive_the_store_and_a_reopen(tmp_path: Path) -> None:
    with build(tmp_path) as library:
        before = next(library.all_stories())
    with Library(db=tmp_path / "library.db") as reopened:
        after = next(reopened.all_stories())
    assert [a.entities for a in after.articles] == [a.entities for a in before.articles]
    assert [a.quotes for a in after.articles] == [a.quotes for a in before.articles]


def test_articles_stored_before_the_migration_read_as_having_none(tmp_path: Path) -> None:
    with build(tmp_path):
        pass
    db = sqlite3.connect(tmp_path / "library.db")
    db.execute("UPDATE articles SET entities = NULL, quotes = NULL")
    db.commit()
    db.close()
    with Library(db=tmp_path / "library.db") as library:
        story = next(library.all_stories())
    assert story.entities == ()
    assert story.quotes == ()


def test_the_setting_turns_entities_and_quotes_off(tmp_path: Path) -> None:
    with build(tmp_path, Settings(workers=1, who_said_what=False)) as library:
        story = next(library.all_stories())
    assert len(story.articles) == 3
    assert story.entities == ()
    assert story.quotes == ()
