"""The embedded store: one SQLite file, FTS5 for search, migrations applied on open.

Any SQLite tool can open the file; the tables are documented in migrations/.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from storylens import __version__
from storylens.codec import (
    entity_from_dict,
)
from storylens.errors import ArticleNotFound, StoreError, StoryNotFound
from storylens.records import (
    EMBEDDING_DIMENSIONS,
    Article,
    ChangeKind,
    DuplicateGroup,
    Story,
    StoryChange,
    StorylineLink,
)
from storylens.store.base import BatchWrite, SearchHit, StoredFeatures, StoryFilter, StoryRow
from storylens.store.migrations import migrations
from storylens.store.rows import ARTICLE_COLUMNS, INDEX_ENTITY, article_from_row, article_to_row, entity_rows

#: The migration that added the entity index, whose rows for older articles are computed on open.
ENTITY_INDEX_VERSION = 7

#: Whether an article's publication date states its year (not NULL, not "XXXX-07-11").
_DATED = "a.published GLOB '[0-9]*'"
#: Earliest first: by day, a stated time before none, undated (or year-less) last, as the
#: corpus stages order them.
_BY_PUBLISHED = (
    f"NOT COALESCE({_DATED}, 0), substr(a.published, 1, 10), length(a.published) = 10, a.published, a.id"
)
#: The article columns, as read from the `articles` table joined under the name `a`.
_A_COLUMNS = ", ".join(f"a.{column.strip()}" for column in ARTICLE_COLUMNS.split(","))
_STORY_ORDER = {
    "size": "st.articles DESC, st.last_seen DESC, st.id",
    "latest": "st.last_seen IS NULL, st.last_seen DESC, st.articles DESC, st.id",
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """A storylens library in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            # read before anything is written: a library this storylens cannot use stays as it was
            current = int(self.db.execute("PRAGMA user_version").fetchone()[0])
            known = migrations()
            if current > (known[-1][0] if known else 0):
                raise StoreError(
                    f"library {path} has schema version {current}, newer than this storylens"
                    f" ({__version__}) knows; upgrade storylens to open it"
                )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate(current, known)
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"cannot open library {path}: {exc}") from exc
        except StoreError:
            self.db.close()
            raise

    def _migrate(self, current: int, known: list[tuple[int, str]]) -> None:
        for version, sql in known:
            if version > current:
                self.db.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={version};\nCOMMIT;")
                if version == ENTITY_INDEX_VERSION:
                    self._index_stored_entities()

    def _index_stored_entities(self) -> None:
        """Fill the entity index for the articles stored before it existed."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for article_id, entities in self.db.execute(
                "SELECT id, entities FROM articles WHERE entities IS NOT NULL"
            ).fetchall():
                found = [entity_from_dict(e) for e in json.loads(entities)]
                self.db.executemany(INDEX_ENTITY, entity_rows(article_id, found))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    # --- ingest ------------------------------------------------------------------------
    def seen_page(self, origin: str, digest: str) -> bool:
        row = self.db.execute("SELECT 1 FROM pages WHERE origin=? AND digest=?", (origin, digest))
        return row.fetchone() is not None

    def has_content(self, content_hash: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE content_hash=?", (content_hash,))
        return row.fetchone() is not None

    def iter_features(self, since: str | None = None, before: str | None = None) -> Iterator[StoredFeatures]:
        rows = self.db.execute(
            "SELECT a.id, a.published, a.language, f.minhash, f.terms, f.embedding, f.short, s.story_id,"
            " c.origin_id, c.similarity"
            " FROM articles a JOIN article_features f ON f.article_id = a.id"
            " JOIN story_articles s ON s.article_id = a.id"
            " JOIN stories st ON st.id = s.story_id"
            " LEFT JOIN copies c ON c.article_id = a.id"
            " WHERE (? IS NULL OR st.last_seen IS NULL OR st.last_seen >= ?)"
            " AND (? IS NULL OR st.last_seen < ?) ORDER BY a.rowid",
            (since, since, before, before),
        )
        for (
            id_,
            published,
            language,
            minhash,
            terms,
            embedding,
            short,
            story_id,
            origin_id,
            similarity,
        ) in rows:
            yield StoredFeatures(
                article_id=id_,
                published=published,
                language=language,
                minhash=np.frombuffer(minhash, dtype="<u8").astype(np.uint64),
                terms=json.loads(terms),
                embedding=(
                    np.frombuffer(embedding, dtype="<f4").astype(np.float32)
                    if embedding
                    else np.zeros(EMBEDDING_DIMENSIONS, dtype=np.float32)
                ),
                short=bool(short),
                story_id=story_id,
                origin_id=origin_id,
                similarity=similarity,
            )

    def known_articles(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)  # noqa: S608
            found.update(r[0] for r in rows)
        return found

    def latest_published(self) -> str | None:
        row = self.db.execute("SELECT MAX(last_seen) FROM stories").fetchone()
        return None if row is None else row[0]

    def story_changes(self, story_id: str) -> list[StoryChange]:
        rows = self.db.execute(
            "SELECT kind, story_id, other_id, article_id, score, moved FROM story_changes"
            " WHERE story_id = ? OR other_id = ? ORDER BY id",
            (story_id, story_id),
        )
        return [
            StoryChange(ChangeKind(kind), story, other, article, score, tuple(json.loads(moved)))
            for kind, story, other, article, score, moved in rows
        ]

    def term_documents(self) -> tuple[dict[str, int], int]:
        counts = dict(self.db.execute("SELECT term, documents FROM term_frequency").fetchall())
        return counts, self.count_articles()

    def write_batch(self, batch: BatchWrite) -> None:
        """Write one batch in one transaction; raise StoreError, with SQLite's own reason, when
        the library cannot be written (read-only, disk full): nothing of the batch is kept."""
        try:
            self._write_batch(batch)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot write to library {self.path}: {exc}") from exc

    def _write_batch(self, batch: BatchWrite) -> None:
        now = _now()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for article in batch.articles:
                cursor = db.execute(
                    f"INSERT INTO articles ({ARTICLE_COLUMNS}, ingested_at)"  # noqa: S608 — constant columns
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*article_to_row(article), now),
                )
                db.execute(
                    "INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                    (cursor.lastrowid, article.title or "", article.text),
                )
                db.executemany(INDEX_ENTITY, entity_rows(article.id, article.entities))
            db.executemany(
                "INSERT INTO article_features(article_id, minhash, terms, embedding, short)"
                " VALUES (?,?,?,?,?)",
                [
                    (
                        a,
                        f.minhash.astype("<u8").tobytes(),
                        json.dumps(f.terms, ensure_ascii=False),
                        np.asarray(f.embedding, dtype="<f4").tobytes(),
                        int(f.short),
                    )
                    for a, f in batch.features.items()
                ],
            )
            db.executemany(
                "INSERT INTO term_frequency(term, documents) VALUES (?, ?) ON CONFLICT(term)"
                " DO UPDATE SET documents = documents + excluded.documents",
                list(batch.term_documents.items()),
            )
            db.executemany(
                "INSERT INTO copies(article_id, origin_id, similarity) VALUES (?,?,?)"
                " ON CONFLICT(article_id) DO UPDATE SET origin_id=excluded.origin_id,"
                " similarity=excluded.similarity",
                [(a, o, s) for a, (o, s) in batch.copies.items()],
            )
            for story_id in sorted(batch.touched_stories):
                db.execute(
                    "INSERT OR IGNORE INTO stories(id, title, created_at, updated_at) VALUES (?, '', ?, ?)",
                    (story_id, now, now),
                )
            db.executemany(
                "INSERT INTO story_articles(article_id, story_id, similarity) VALUES (?,?,?)"
                " ON CONFLICT(article_id) DO UPDATE SET story_id=excluded.story_id",
                [(a, s, sim) for a, (s, sim) in batch.story_members.items()],
            )
            db.executemany(
                "UPDATE story_articles SET story_id=? WHERE article_id=?",
                [(s, a) for a, s in batch.story_moves.items()],
            )
            db.executemany(
                "INSERT INTO story_changes(kind, story_id, other_id, article_id, score, moved, at)"
                " VALUES (?,?,?,?,?,?,?)",
                [
                    (c.kind, c.story, c.other, c.article, c.score, json.dumps(list(c.moved)), now)
                    for c in batch.story_changes
                ],
            )
            for story_id in sorted(batch.touched_stories):
                self._refresh_story(story_id, now)
            db.executemany(  # a story merged into another is left empty
                "DELETE FROM stories WHERE id = ? AND articles = 0",
                [(story_id,) for story_id in sorted(batch.touched_stories)],
            )
            db.executemany(
                "INSERT OR REPLACE INTO pages(origin, digest, article_id, seen_at) VALUES (?,?,?,?)",
                [(origin, digest, article_id, now) for origin, digest, article_id in batch.pages],
            )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.DatabaseError):  # the first error is the one to tell
                    db.execute("ROLLBACK")
            raise

    def _refresh_story(self, story_id: str, now: str) -> None:
        """Recompute a story's title (its earliest article's), dates and size."""
        self.db.execute(
            f"""UPDATE stories SET
                 title = COALESCE((SELECT a.title FROM story_articles s JOIN articles a
                          ON a.id = s.article_id WHERE s.story_id = stories.id
                          AND a.title IS NOT NULL ORDER BY {_BY_PUBLISHED} LIMIT 1), ''),
                 first_seen = (SELECT MIN(a.published) FROM story_articles s JOIN articles a
                          ON a.id = s.article_id WHERE s.story_id = stories.id AND {_DATED}),
                 last_seen = (SELECT MAX(a.published) FROM story_articles s JOIN articles a
                          ON a.id = s.article_id WHERE s.story_id = stories.id AND {_DATED}),
                 articles = (SELECT COUNT(*) FROM story_articles s WHERE s.story_id = stories.id),
                 updated_at = ?
               WHERE id = ?""",  # noqa: S608 — only the constants _BY_PUBLISHED, _DATED are formatted in
            (now, story_id),
        )

    def fetch_validators(self, url: str) -> tuple[str | None, str | None] | None:
        row = self.db.execute("SELECT etag, last_modified FROM fetches WHERE url=?", (url,))
        found = row.fetchone()
        return None if found is None else (found[0], found[1])

    def remember_fetch(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO fetches(url, etag, last_modified, fetched_at) VALUES (?,?,?,?)",
            (url, etag, last_modified, _now()),
        )

    # --- reading -----------------------------------------------------------------------
    def list_stories(self, limit: int, offset: int = 0, where: StoryFilter | None = None) -> list[StoryRow]:
        where = where or StoryFilter()
        order = _STORY_ORDER[where.order]
        rows = self.db.execute(
            f"""WITH top AS (
                 SELECT st.id FROM stories st
                 WHERE (:since IS NULL OR substr(st.last_seen, 1, 10) >= :since)
                   AND (:until IS NULL OR substr(st.first_seen, 1, 10) <= :until)
                   AND (:outlet IS NULL OR EXISTS (SELECT 1 FROM story_articles s JOIN articles a
                        ON a.id = s.article_id WHERE s.story_id = st.id AND a.outlet = :outlet))
                   AND (:language IS NULL OR EXISTS (SELECT 1 FROM story_articles s JOIN articles a
                        ON a.id = s.article_id WHERE s.story_id = st.id AND a.language = :language))
                   AND (:entity IS NULL OR EXISTS (SELECT 1 FROM story_articles s JOIN entity_index e
                        ON e.article_id = s.article_id WHERE s.story_id = st.id
                        AND (e.entity_id = :entity OR e.name = :entity COLLATE NOCASE)))
                 ORDER BY {order} LIMIT :limit OFFSET :offset)
               SELECT st.id, st.title, st.first_seen, st.last_seen, st.articles,
                      COUNT(DISTINCT a.outlet),
                      st.articles - (SELECT COUNT(*) FROM copies c JOIN story_articles s2
                                     ON s2.article_id = c.article_id WHERE s2.story_id = st.id),
                      GROUP_CONCAT(DISTINCT a.language)
               FROM top JOIN stories st ON st.id = top.id
               JOIN story_articles s ON s.story_id = st.id
               JOIN articles a ON a.id = s.article_id
               GROUP BY st.id ORDER BY {order}""",  # noqa: S608 — the order is one of two constants
            {
                "since": where.since,
                "until": where.until,
                "outlet": where.outlet,
                "language": where.language,
                "entity": where.entity,
                "limit": limit,
                "offset": offset,
            },
        )
        return [
            StoryRow(
                id_,
                title,
                first,
                last,
                count,
                outlets,
                origins,
                tuple(sorted((languages or "").split(",")) if languages else ()),
            )
            for id_, title, first, last, count, outlets, origins, languages in rows
        ]

    def story_version(self, story_id: str) -> str | None:
        """When the story last changed (None if there is no such story): a cache key."""
        row = self.db.execute("SELECT updated_at || ':' || articles FROM stories WHERE id=?", (story_id,))
        found = row.fetchone()
        return None if found is None else str(found[0])

    def load_article(self, article_id: str) -> tuple[Article, str | None]:
        """One stored article and its story's id; raises ArticleNotFound."""
        row = self.db.execute(
            f"SELECT {_A_COLUMNS}, s.story_id FROM articles a"  # noqa: S608 — constant columns
            " LEFT JOIN story_articles s ON s.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise ArticleNotFound(f"no article with id '{article_id}'")
        return article_from_row(row[:-1]), row[-1]

    def entity_articles(self, entity: str, limit: int = 200) -> list[tuple[Article, str | None]]:
        """The newest articles that name an entity (by id), with their stories' ids."""
        rows = self.db.execute(
            f"SELECT {_A_COLUMNS}, s.story_id FROM entity_index e JOIN articles a ON a.id = e.article_id"  # noqa: S608
            " LEFT JOIN story_articles s ON s.article_id = a.id WHERE e.entity_id = ?"
            f" ORDER BY {_DATED} DESC, a.published DESC, a.id LIMIT ?",
            (entity, limit),
        )
        return [(article_from_row(r[:-1]), r[-1]) for r in rows]

    def filter_choices(self, limit: int = 300) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """The outlets and languages of the stored articles, with article counts, most first."""
        outlets = self.db.execute(
            "SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
            " ORDER BY COUNT(*) DESC, outlet LIMIT ?",
            (limit,),
        ).fetchall()
        languages = self.db.execute(
            "SELECT language, COUNT(*) FROM articles WHERE language IS NOT NULL GROUP BY language"
            " ORDER BY COUNT(*) DESC, language"
        ).fetchall()
        return [(str(o), int(n)) for o, n in outlets], [(str(lang), int(n)) for lang, n in languages]

    def story_of_articles(self) -> dict[str, str]:
        """Every stored article's story."""
        return dict(self.db.execute("SELECT article_id, story_id FROM story_articles").fetchall())

    def story_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM stories ORDER BY first_seen, id")]

    def story_days(self) -> dict[str, tuple[str | None, str | None]]:
        rows = self.db.execute("SELECT id, first_seen, last_seen FROM stories ORDER BY first_seen, id")
        return {story: (first, last) for story, first, last in rows}

    def storyline_links(self) -> dict[str, StorylineLink]:
        rows = self.db.execute(
            "SELECT l.story_id, l.storyline_id, l.through, l.closeness FROM storylines l"
            " JOIN stories st ON st.id = l.story_id"
        )
        return {
            story: StorylineLink(story, line, through, closeness) for story, line, through, closeness in rows
        }

    def write_storyline_links(self, links: list[StorylineLink]) -> None:
        """Record new links in one transaction; a story already linked keeps its link."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany(
                    "INSERT OR IGNORE INTO storylines(story_id, storyline_id, through, closeness)"
                    " VALUES (?,?,?,?)",
                    [(link.story, link.storyline, link.through, link.closeness) for link in links],
                )
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot write to library {self.path}: {exc}") from exc

    def story_names(self, story_ids: list[str]) -> dict[str, set[str]]:
        names: dict[str, set[str]] = {story: set() for story in story_ids}
        rows = self.db.execute(
            "SELECT DISTINCT s.story_id, e.name FROM story_articles s"
            " JOIN entity_index e ON e.article_id = s.article_id"
            " WHERE s.story_id IN (SELECT value FROM json_each(?))",
            (json.dumps(story_ids),),
        )
        for story, name in rows:
            names[story].add(name)
        return names

    def load_story(self, story_id: str) -> Story:
        """The stored story: its articles (earliest first), copy groups and recorded merges and
        splits, with no analysis (`stories.analysis.analyse_story` adds it); raises StoryNotFound."""
        head = self.db.execute(
            "SELECT id, title, first_seen, last_seen FROM stories WHERE id=?", (story_id,)
        ).fetchone()
        if head is None:
            raise StoryNotFound(f"no story with id '{story_id}'")
        articles = tuple(
            article_from_row(r)
            for r in self.db.execute(
                f"SELECT {_A_COLUMNS} FROM story_articles s JOIN articles a ON a.id = s.article_id"  # noqa: S608
                f" WHERE s.story_id = ? ORDER BY {_BY_PUBLISHED}",
                (story_id,),
            )
        )
        groups: dict[str, list[tuple[str, float]]] = {}
        for article_id, origin_id, similarity in self.db.execute(
            "SELECT c.article_id, c.origin_id, c.similarity FROM copies c JOIN story_articles s"
            " ON s.article_id = c.article_id WHERE s.story_id = ? ORDER BY c.article_id",
            (story_id,),
        ):
            groups.setdefault(origin_id, []).append((article_id, similarity))
        duplicate_groups = tuple(
            DuplicateGroup(origin, tuple(a for a, _ in members), tuple(s for _, s in members))
            for origin, members in sorted(groups.items())
        )
        return Story(
            id=head[0],
            title=head[1],
            articles=articles,
            duplicate_groups=duplicate_groups,
            changes=tuple(self.story_changes(story_id)),
            first_seen=head[2],
            last_seen=head[3],
        )

    def search(self, query: str, limit: int, offset: int = 0) -> list[SearchHit]:
        printable = "".join(ch for ch in query if unicodedata.category(ch)[0] != "C" or ch.isspace())
        terms = [t for t in printable.split() if t.strip('"')]
        if not terms:
            return []
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = self.db.execute(
            """SELECT a.id, a.title, a.outlet, a.published, s.story_id,
                      snippet(articles_fts, 1, '[', ']', '…', 14)
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               LEFT JOIN story_articles s ON s.article_id = a.id
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
            (match, limit, offset),
        )
        return [SearchHit(*row) for row in rows]

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
