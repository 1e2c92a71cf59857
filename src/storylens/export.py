"""Stories written out for other tools: JSON lines (the codec's story dicts), and one row per
article as CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from storylens.codec import story_dict
from storylens.records import Story, origin_of

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
        copy_of = origin_of(story.duplicate_groups)
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
