"""The bundled sample corpus: planted stories and copy groups come back from a real ingest."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from storylens import Library
from storylens.settings import Settings

from .conftest import SAMPLES


def answer_key(source: str, article_id: str) -> str:
    """How answers.json names an input: path under samples/news, or the JSONL id."""
    if article_id.startswith("sample-"):
        return article_id
    return Path(source).resolve().relative_to(SAMPLES.resolve()).as_posix()


@pytest.fixture(scope="module")
def sample_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    db = tmp_path_factory.mktemp("sample") / "library.db"
    library = Library(db=db, settings=Settings(workers=2, batch_size=16))
    report = library.ingest([SAMPLES])
    assert report.skipped == []
    return library


def stored_groups(library: Library) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    stories: dict[str, set[str]] = defaultdict(set)
    copies: dict[str, list[str]] = {}
    for story in library.all_stories():
        keys = {a.id: answer_key(a.source, a.id) for a in story.articles}
        stories[story.id] = set(keys.values())
        for group in story.duplicate_groups:
            copies[keys[group.origin]] = sorted(keys[c] for c in group.copies)
    return stories, copies


def test_sample_corpus_meets_its_brief(answers: dict[str, object]) -> None:
    planted = answers["stories"]
    assert isinstance(planted, dict)
    pages = [p for p in SAMPLES.rglob("*") if p.suffix in (".html", ".txt")]
    jsonl_lines = (SAMPLES / "wire-feed.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(pages) + len(jsonl_lines) >= 40
    assert len({p.parent.name for p in pages}) >= 8
    assert sum(1 for members in planted.values() if len(members) > 1) >= 6
    assert len(answers["languages"]) >= 3  # type: ignore[arg-type]


def test_planted_stories_come_back(sample_library: Library, answers: dict[str, object]) -> None:
    stories, _ = stored_groups(sample_library)
    planted = {frozenset(members) for members in answers["stories"].values()}  # type: ignore[union-attr]
    assert {frozenset(members) for members in stories.values()} == planted


def test_planted_copies_come_back_under_their_origin(
    sample_library: Library, answers: dict[str, object]
) -> None:
    _, copies = stored_groups(sample_library)
    expected = {g["origin"]: g["copies"] for g in answers["duplicate_groups"]}  # type: ignore[index, union-attr]
    assert copies == expected


def test_export_says_what_each_copy_changed(sample_library: Library) -> None:
    from storylens.codec import story_dict

    groups = [g for s in sample_library.all_stories() for g in story_dict(s)["duplicate_groups"]]  # type: ignore[union-attr]
    assert groups
    for group in groups:
        assert set(group["changes"]) == set(group["copies"])
        for change in group["changes"].values():
            assert set(change) == {"title_changed", "kept", "edited", "added", "cut"}
    # the planted copies re-headline or trim an agency report: at least one changes something
    assert any(
        c["title_changed"] or c["added"] or c["cut"] or c["edited"]
        for g in groups
        for c in g["changes"].values()
    )


def test_origins_count_an_agency_report_once(sample_library: Library) -> None:
    by_title = {row.title: row for row in sample_library.stories()}
    strike = by_title["Port Almsey dockworkers walk out over automation plans"]
    assert (strike.articles, strike.origins) == (6, 4)


def test_story_ids_are_stable_across_runs(tmp_path: Path, sample_library: Library) -> None:
    again = Library(db=tmp_path / "again.db", settings=Settings(workers=1, batch_size=64))
    again.ingest([SAMPLES])
    assert sorted(r.id for r in again.stories(limit=100)) == sorted(
        r.id for r in sample_library.stories(limit=100)
    )


def test_export_jsonl_has_every_story_field(sample_library: Library) -> None:
    from storylens.codec import story_dict

    story = next(sample_library.all_stories())
    line = json.loads(json.dumps(story_dict(story)))
    assert set(line) == {
        "id",
        "title",
        "articles",
        "duplicate_groups",
        "origins",
        "first_seen",
        "last_seen",
        "changes",
        "timeline",
        "entities",
        "quotes",
        "events",
        "comparison",
        "summary",
    }
    assert set(line["articles"][0]) == {
        "id",
        "source",
        "url",
        "title",
        "published",
        "date_precision",
        "year_from",
        "byline",
        "dateline",
        "outlet",
        "language",
        "text",
        "paragraph_languages",
        "removed",
        "entities",
        "quotes",
        "events",
    }
    assert line["entities"], "the sample's stories name people and places"
    assert all({"id", "name", "type", "aliases", "roles", "articles"} <= set(e) for e in line["entities"])


def test_search_finds_an_article_by_a_word_in_its_body(sample_library: Library) -> None:
    hits = sample_library.search("Holmgard")
    titles = {h.title for h in hits}
    assert "Holmgard residents sleep outside after magnitude 5.4 tremor" in titles
    assert all(h.story_id for h in hits)
