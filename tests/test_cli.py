"""The command line: each command on a real library, as a user types it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from storylens.cli import app

from .conftest import SAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "lib.db")
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", path, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["articles_stored"], report["copies"], report["stories_created"], report["skipped"]) == (
        41,
        7,
        13,
        [],
    )
    return path


def test_stories_lists_the_largest_first(db: str) -> None:
    result = runner.invoke(app, ["stories", "--db", db, "--json"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 13
    assert (
        rows[0]["title"] == "Valdorian naval officer arrested on suspicion of spying for Esterra"
    )  # earliest
    assert (rows[0]["articles"], rows[0]["origins"], rows[0]["languages"]) == (7, 5, ["de", "en", "fr"])


def test_show_prints_a_story_and_fails_cleanly_for_an_unknown_id(db: str) -> None:
    story_id = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).output.splitlines()[0])["id"]
    shown = runner.invoke(app, ["show", story_id, "--db", db, "--json"])
    assert json.loads(shown.output)["id"] == story_id
    missing = runner.invoke(app, ["show", "st-nope", "--db", db])
    assert missing.exit_code == 1
    assert "no story with id 'st-nope'" in missing.output


def test_search_shows_matching_articles(db: str) -> None:
    result = runner.invoke(app, ["search", "Sundqvist", "--db", db])
    assert result.exit_code == 0
    assert "Sundqvist" in result.output
    assert "No article matches" in runner.invoke(app, ["search", "zzzqqq", "--db", db]).output


def test_timeline_of_a_story_of_a_search_and_of_the_library(db: str) -> None:
    story = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).output.splitlines()[0])
    shown = json.loads(runner.invoke(app, ["show", story["id"], "--db", db, "--json"]).output)
    ids = {a["id"] for a in shown["articles"]}
    result = runner.invoke(app, ["timeline", "--story", story["id"], "--db", db, "--dates", "3", "--json"])
    assert result.exit_code == 0, result.output
    days = [json.loads(line) for line in result.output.splitlines()]
    assert 1 <= len(days) <= 3
    assert [d["date"] for d in days] == sorted(d["date"] for d in days)
    assert all(len(d["sentences"]) == 1 and set(d["sentences"][0]["articles"]) <= ids for d in days)
    found = runner.invoke(
        app, ["timeline", "--query", "earthquake", "--db", db, "--json", "--sentences", "2"]
    )
    assert found.exit_code == 0
    assert found.output.strip()
    whole = runner.invoke(app, ["timeline", "--db", db, "--from", "2025-03-01", "--to", "2025-03-31"])
    assert whole.exit_code == 0
    assert "2025-03" in whole.output
    assert "2025-05" not in whole.output


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        (["--dates", "0"], "at least 1"),
        (["--from", "2025-05-02", "--to", "2025-05-01"], "before it starts"),
        (["--from", "May"], "YYYY-MM-DD"),
        (["--story", "st-nope"], "no story with id 'st-nope'"),
        (["--story", "st-nope", "--query", "harbour"], "not both"),
    ],
)
def test_timeline_refuses_bad_options_in_one_line(db: str, options: list[str], reason: str) -> None:
    result = runner.invoke(app, ["timeline", "--db", db, *options])
    assert result.exit_code == 2
    assert reason in result.output
    assert "Traceback" not in result.output


def test_a_timeline_with_no_dated_article_says_why(tmp_path: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 0
    assert "no article in range gives a day" in result.output


def test_export_jsonl_csv_and_parquet(db: str, tmp_path: Path) -> None:
    lines = runner.invoke(app, ["export", "--format", "jsonl", "--db", db]).output.splitlines()
    stories = [json.loads(line) for line in lines]
    assert len(stories) == 13
    assert sum(len(s["articles"]) for s in stories) == 41
    assert {"sample-sat-meridian", "sample-cup-kestrel"} <= {a["id"] for s in stories for a in s["articles"]}
    assert sum(s["origins"] for s in stories) == 41 - 7

    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--format", "csv", "--db", db]).output))
    )
    assert len(rows) == 41
    assert sum(1 for r in rows if r["copy_of"]) == 7

    target = tmp_path / "stories.parquet"
    result = runner.invoke(app, ["export", "--format", "parquet", "--output", str(target), "--db", db])
    assert result.exit_code == 0
    assert pq.read_table(target).num_rows == 41
    assert runner.invoke(app, ["export", "--format", "parquet", "--db", db]).exit_code == 2


def test_analyze_prints_one_record_per_input(tmp_path: Path) -> None:
    page = SAMPLES / "eastbayobserver" / "eastbay-council-votes-to-ban-cars-from.txt"
    result = runner.invoke(app, ["analyze", str(page), "--format", "json"])
    record = json.loads(result.output)
    assert set(record) == {
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
    assert (record["title"], record["outlet"], record["published"], record["byline"], record["language"]) == (
        "Eastbay council votes to ban cars from Mill Street on Saturdays",
        "Eastbay Observer",
        "2025-09-30T16:00:00",
        "Kai Norberg",
        "en",
    )
    assert record["text"].startswith("Eastbay's town council voted 9-4 on Tuesday")
    assert len(record["text"].split("\n\n")) == 2
    assert {"text": "Leave a Comment", "reason": "comment prompt"} in record["removed"]


def test_every_command_has_help() -> None:
    for command in ("ingest", "analyze", "stories", "show", "search", "timeline", "export"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "--db" in result.output or command == "analyze"


def test_an_evaluation_without_its_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    found = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "rouge_score" else found(name, *a)
    )
    result = runner.invoke(app, ["eval", "summary"])
    assert result.exit_code == 2
    assert "pip install 'storylens[eval]'" in result.output
    assert "rouge-score" in result.output
