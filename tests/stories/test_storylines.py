"""Storylines: moments linked across weeks by what they share, faded by the days between
them; links recorded once, so ids stay stable (our own planted storylines, fictional)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.evaluation.storylines import planted_set
from storylens.library import Library
from storylens.settings import Settings
from storylens.stories.storylines import LinkSettings, Moment, StorylineIndex, closeness, link_moments

DAY = date(2025, 4, 7)


def _moment(
    id: str, offset: int, axis: int, terms: dict[str, float], names: set[str], lean: float = 0.0
) -> Moment:
    """A moment whose embedding points along `axis`, leaning `lean` of the way to the next one."""
    embedding = np.zeros(8)
    embedding[axis] = 1.0 - lean
    embedding[(axis + 1) % 8] = lean
    embedding /= np.linalg.norm(embedding)
    norm = sum(v * v for v in terms.values()) ** 0.5
    day = DAY + timedelta(days=offset)
    return Moment(id, day, day, embedding, {t: v / norm for t, v in terms.items()}, frozenset(names))


STRIKE = {"dockworkers": 1.0, "strike": 1.0, "valen": 2.0, "cranes": 1.0}


def test_closeness_fades_with_the_days_between_and_ends_past_the_longest_gap() -> None:
    first = _moment("st-a", 0, 0, STRIKE, {"tomas reik", "port valen"})
    near = _moment("st-b", 2, 0, STRIKE, {"tomas reik", "port valen"})
    later = _moment("st-c", 30, 0, STRIKE, {"tomas reik", "port valen"})
    far = _moment("st-d", 200, 0, STRIKE, {"tomas reik", "port valen"})
    assert closeness(first, near) > closeness(first, later) > 0.0
    assert closeness(first, far) == 0.0
    assert closeness(first, Moment("st-x", None, None, None, {})) == 0.0  # no day: no evidence of when


def test_a_chain_of_moments_is_one_storyline_and_a_lookalike_elsewhere_is_not() -> None:
    moments = [
        _moment("st-a", 0, 0, STRIKE, {"tomas reik", "port valen", "valen terminals"}),
        _moment("st-b", 16, 0, {**STRIKE, "talks": 2.0}, {"tomas reik", "ansel kern", "valen terminals"}),
        _moment("st-c", 35, 0, {**STRIKE, "deal": 2.0}, {"tomas reik", "ansel kern", "port valen"}),
        # a strike too, at another port, with other people: what it shares is the kind of event
        _moment(
            "st-h", 21, 0, {"dockworkers": 1.0, "strike": 1.0, "hesby": 2.0}, {"karin holm", "hesby"}, 0.5
        ),
    ]
    links = {link.story: link for link in link_moments(moments)}
    assert links["st-a"].storyline == links["st-b"].storyline == links["st-c"].storyline == "sl-a"
    assert links["st-a"].through is None
    assert links["st-b"].through == "st-a"
    assert links["st-h"].storyline == "sl-h"


def test_a_moment_printed_without_a_year_is_placed_beside_the_storyline() -> None:
    may = _moment("st-a", 0, 0, STRIKE, {"tomas reik", "port valen", "valen terminals"})
    july = Moment("st-j", None, None, may.embedding, may.terms, may.names, yearless=((5, 20),))
    assert closeness(july, may) > 0.3  # 20 May is 43 days after 7 April 2025
    assert closeness(Moment("st-u", None, None, may.embedding, may.terms, may.names), may) == 0.0


def test_a_name_most_moments_share_says_less_than_a_rare_one() -> None:
    index = StorylineIndex(LinkSettings())
    for n in range(6):  # six moments all naming the country
        moment = _moment(f"st-{n}", n, n % 8, {f"word{n}": 1.0}, {"valdoria"})
        index.add(moment)
    assert index.rarity("valdoria") < index.rarity("elin marsk")


def test_later_moments_never_move_earlier_ones() -> None:
    index = StorylineIndex(LinkSettings())
    first = index.add(_moment("st-a", 0, 0, STRIKE, {"tomas reik"}))
    second = index.add(_moment("st-b", 10, 0, STRIKE, {"tomas reik"}))
    index.add(_moment("st-c", 12, 1, {"harwick": 1.0}, {"harwick"}))
    assert index.links["st-a"] == first
    assert index.links["st-b"] == second


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("storylines")
    source = folder / "planted.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in planted_set().reports), encoding="utf-8")
    with Library(db=folder / "library.db", settings=Settings(workers=1)) as library:
        library.ingest([source])
    return folder / "library.db"


def test_planted_storylines_come_out_whole_and_one_offs_alone(planted: Path) -> None:
    labels = planted_set().labels
    with Library(db=planted) as library:
        lines = library.storylines()
        stories = {row.id: row for row in library.stories(limit=100)}
        members = library.store.story_of_articles()  # type: ignore[attr-defined]
    by_story: dict[str, set[str]] = {}
    for article, story in members.items():
        by_story.setdefault(story, set()).add(labels[article])
    found = sorted(sorted({label for m in line.moments for label in by_story[m.id]}) for line in lines)
    assert found == [
        ["harwick-leak"],
        ["hesby-strike"],
        ["kestria-vote"],
        ["ostmark-rail"],
        ["tamsel-spill"],
        ["valen-strike"],
    ]
    assert sorted(len(line.moments) for line in lines) == [1, 1, 1, 3, 3, 3]
    assert len(stories) == 12


def test_storyline_ids_stay_when_a_later_moment_arrives(planted: Path, tmp_path: Path) -> None:
    with Library(db=planted) as library:
        before = {m.id: line.id for line in library.storylines() for m in line.moments}
    later = {
        "id": "valen-4a",
        "outlet": "Harbour Ledger",
        "published": "2025-06-02T09:00:00+00:00",
        "title": "Port Valen clears backlog of ships a month after dock strike",
        "text": "Port Valen has cleared the queue of ships left by the five-week dock strike, Valen Terminals"
        " said on Monday.\n\nTomas Reik of the Harbour Workers' Union said the first remote cranes would"
        " be tested in July with crane crews retrained to run them.",
    }
    source = tmp_path / "later.jsonl"
    source.write_text(json.dumps(later), encoding="utf-8")
    with Library(db=planted, settings=Settings(workers=1)) as library:
        library.ingest([source])
        after = {m.id: line.id for line in library.storylines() for m in line.moments}
        story = library.store.load_article("valen-4a")[1]
    assert {k: after[k] for k in before} == before
    assert story is not None
    assert after[story] == before[next(s for s, line in before.items() if line == after[story])]


runner = CliRunner()


def test_the_command_line_lists_and_shows_storylines(planted: Path) -> None:
    listed = runner.invoke(app, ["stories", "--level", "storyline", "--db", str(planted), "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    longest = max(rows, key=lambda r: len(r["moments"]))
    assert len(longest["moments"]) >= 3  # the dock strike (and its later moment, when added)
    assert longest["id"].startswith("sl-")
    shown = runner.invoke(app, ["show", longest["id"], "--db", str(planted), "--json"])
    record = json.loads(shown.output)
    assert [m["id"] for m in record["moments"]] == longest["moments"]
    assert record["moments"][0]["linked_through"] is None
    assert record["moments"][1]["closeness"] > 0
    assert record["timeline"], "a storyline of three dated moments has a timeline"
    moment = runner.invoke(app, ["show", longest["moments"][1], "--db", str(planted)])
    assert f"Part of storyline {longest['id']}" in moment.output
    assert runner.invoke(app, ["stories", "--level", "week", "--db", str(planted)]).exit_code == 2
    assert runner.invoke(app, ["show", "sl-nope", "--db", str(planted)]).exit_code == 1


def test_the_story_page_names_the_other_moments_of_its_storyline(planted: Path) -> None:
    from fastapi.testclient import TestClient

    from storylens.web.app import create_app

    with Library(db=planted) as library:
        line = max(library.storylines(), key=lambda found: len(found.moments))
    with TestClient(create_app(planted, Settings(workers=1))) as client:
        page = client.get(f"/stories/{line.moments[1].id}").text
    assert f"Part of a storyline of {len(line.moments)} moments" in page
    assert f'href="/stories/{line.moments[0].id}"' in page
    assert "(this moment)" in page
