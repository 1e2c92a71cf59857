"""The SQLite store: records survive a round trip, migrations are versioned, search is safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.errors import StoreError
from storylens.records import Article, CleanMode, Dateline, DatePrecision, Removal
from storylens.store.migrations import migrations
from storylens.store.rows import article_from_row, article_to_row
from storylens.store.sqlite import SQLiteStore

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
articles = st.builds(
    Article,
    id=text.filter(bool),
    content_hash=text.filter(bool),
    source=text,
    url=st.none() | text,
    outlet=st.none() | text,
    title=st.none() | text,
    published=st.none() | st.dates().map(lambda d: d.isoformat()),
    date_precision=st.sampled_from(DatePrecision),
    byline=st.none() | text,
    language=st.none() | st.sampled_from(["en", "de", "fr"]),
    paragraphs=st.lists(text, max_size=5).map(tuple),
    removed=st.lists(st.builds(Removal, text, text), max_size=3).map(tuple),
    mode=st.sampled_from(CleanMode),
    dateline=st.none() | st.builds(Dateline, text.filter(bool), st.none() | text),
)


@given(articles)
@settings(max_examples=200)
def test_article_row_round_trip(article: Article) -> None:
    assert article_from_row(article_to_row(article)) == article


def test_migrations_are_applied_once_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()  # a second open applies nothing again
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open library"):
        SQLiteStore(path)


@given(st.text(max_size=40))
@settings(max_examples=100, deadline=None)
def test_any_search_query_is_safe(query: str) -> None:
    store = SQLiteStore(":memory:")
    assert store.search(query, limit=5) == []


def test_a_library_from_a_newer_storylens_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE articles (id TEXT)")
    db.execute("PRAGMA user_version = 999")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="schema version 999, newer than this storylens"):
        SQLiteStore(path)
    assert path.read_bytes() == before  # not even its journal mode changed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.db"]
