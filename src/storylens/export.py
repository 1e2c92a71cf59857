"""Stories and articles as JSON-ready dicts (the export contract), and the export writers."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from storylens.records import Article, Story


def article_dict(article: Article, source: bool = True) -> dict[str, object]:
    """An article as `analyze --format json` prints it (plus `id` in exports)."""
    data: dict[str, object] = {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "date_precision": article.date_precision.value,
        "byline": article.byline,
        "dateline": (
            {"place": article.dateline.place, "agency": article.dateline.agency} if article.dateline else None
        ),
        "outlet": article.outlet,
        "language": article.language,
        "text": article.text,
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
    }
    if not source:
        data.pop("id")
    return data


def story_dict(story: Story) -> dict[str, object]:
    """A story with every field of the Story record; later stages fill the analysis lists."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": [article_dict(a) for a in story.articles],
        "duplicate_groups": [
            {
                "origin": g.origin,
                "copies": list(g.copies),
                "similarity": {c: round(s, 3) for c, s in zip(g.copies, g.similarity, strict=False)},
                "changes": {
                    d.copy: {
                        "title_changed": d.title_changed,
                        "kept": d.kept,
                        "edited": [list(pair) for pair in d.edited],
                        "added": list(d.added),
                        "cut": list(d.cut),
                    }
                    for d in g.changes
                },
            }
            for g in story.duplicate_groups
        ],
        "origins": story.origins,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "changes": [
            {
                "kind": c.kind,
                "story": c.story,
                "other": c.other,
                "article": c.article,
                "score": round(c.score, 3),
            }
            for c in story.changes
        ],
        "timeline": [],
        "entities": [],
        "quotes": [],
        "events": [],
        "comparison": [],
        "summary": [],
    }


CSV_COLUMNS = (
    "story_id",
    "story_title",
    "article_id",
    "copy_of",
    "outlet",
    "title",
    "published",
    "date_precision",
    "byline",
    "dateline",
    "language",
    "url",
    "source",
    "text",
)


def article_rows(stories: Iterable[Story]) -> Iterator[dict[str, object]]:
    """One flat row per article, with its story, for CSV and Parquet."""
    for story in stories:
        copy_of = {c: g.origin for g in story.duplicate_groups for c in g.copies}
        for a in story.articles:
            yield {
                "story_id": story.id,
                "story_title": story.title,
                "article_id": a.id,
                "copy_of": copy_of.get(a.id),
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published,
                "date_precision": a.date_precision.value,
                "byline": a.byline,
                "dateline": a.dateline.place if a.dateline else None,
                "language": a.language,
                "url": a.url,
                "source": a.source,
                "text": a.text,
            }


def write_jsonl(stories: Iterable[Story], out: IO[str]) -> int:
    count = 0
    for story in stories:
        out.write(json.dumps(story_dict(story), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(stories: Iterable[Story], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for row in article_rows(stories):
        writer.writerow(row)
        count += 1
    return count


def write_parquet(stories: Iterable[Story], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(article_rows(stories))
    schema = pa.schema([(c, pa.string()) for c in CSV_COLUMNS])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)
