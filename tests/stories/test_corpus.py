"""Stories in the library: merges and splits are stored and shown, stories outside the time
window stay on disk until an old article needs them, and a library stored before embeddings
were kept still opens and grows."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.records import Article, StoryChange
from storylens.settings import Settings
from storylens.store.sqlite import SQLiteStore
from storylens.stories.corpus import CorpusStages

from ..conftest import make_article

QUAKE = (
    "A magnitude 6.1 earthquake shook the hills north of Corvale on Monday, killing at least nine people.",
    "Rescue teams from Lindholm searched collapsed farmhouses through the night.",
    "The Esterran interior ministry said more than 80 people were injured.",
)
BUDGET = (
    "The Esterran parliament passed the spring budget on Thursday after a marathon session.",
    "Finance minister Ilse Varga said the plan cuts the deficit by a fifth without new taxes.",
    "Opposition deputies walked out before the final vote in Corvale.",
)


def article(id_: str, published: str, paragraphs: tuple[str, ...], outlet: str, title: str) -> Article:
    return make_article(id_, title, paragraphs, published=published, outlet=outlet)


def ingest(store: SQLiteStore, *batch: Article) -> CorpusStages:
    stages = CorpusStages(store, Settings())
    store.write_batch(stages.run(list(batch)).write)
    return stages


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "lib.db")


def test_a_merge_is_stored_with_the_story_that_stays(store: SQLiteStore) -> None:
    stages = ingest(
        store,
        article("q1", "2025-03-03", QUAKE, "Corvale Courier", "Quake kills nine"),
        article("b1", "2025-03-03", BUDGET, "Lindholm Ledger", "Budget passes"),
    )
    quake, budget = stages.stories.story_of["q1"], stages.stories.story_of["b1"]
    assert quake != budget

    # what the corpus stages hand the store when an article bridges the two stories
    write = stages.run([]).write
    write.story_moves["b1"] = quake
    write.touched_stories |= {quake, budget}
    write.story_changes.append(StoryChange("merge", quake, budget, "b1", 0.61, ("b1",)))
    store.write_batch(write)

    assert {row.id for row in store.list_stories(10)} == {quake}
    story = store.load_story(quake)
    assert {a.id for a in story.articles} == {"q1", "b1"}
    assert story.changes == (StoryChange("merge", quake, budget, "b1", 0.61, ("b1",)),)
    assert store.story_changes(budget) == list(story.changes)  # findable from the gone id too


def test_old_stories_stay_on_disk_until_an_old_article_needs_them(store: SQLiteStore) -> None:
    quake = ingest(store, article("q1", "2025-01-02", QUAKE, "Corvale Courier", "Quake kills nine"))
    ingest(store, article("b1", "2025-06-01", BUDGET, "Lindholm Ledger", "Budget passes"))

    stages = CorpusStages(store, Settings())
    assert set(stages.stories.members) == {"b1"}  # only the story inside the window is loaded

    late_copy = article("q2", "2025-01-03", QUAKE, "Esterra Wire", "Nine dead in Corvale quake")
    outcome = stages.run([late_copy])
    store.write_batch(outcome.write)
    assert outcome.copies == 1
    assert outcome.write.story_members["q2"][0] == quake.stories.story_of["q1"]
    assert set(stages.stories.members) == {"b1"}  # and forgotten again after the batch


def test_a_library_without_embeddings_still_opens_and_grows(store: SQLiteStore) -> None:
    ingest(store, article("q1", "2025-03-03", QUAKE, "Corvale Courier", "Quake kills nine"))
    store.db.execute("UPDATE article_features SET embedding = NULL")  # as stored before issue 4

    stages = CorpusStages(store, Settings())
    assert not stages.stories.members["q1"].embedding.any()
    outcome = stages.run([article("b1", "2025-03-04", BUDGET, "Lindholm Ledger", "Budget passes")])
    store.write_batch(outcome.write)
    assert store.count_articles() == 2
