"""The labelled story-clustering sets in ../shared/data/clustering, read as plain articles.

- ECB+: 982 tokenised news articles in 43 topics; each topic holds two events of one kind
  (files named `*ecb.xml` report one, `*ecbplus.xml` the other). No dates.
- MMDS2025 dev: clustered articles (title, date, sentences) in English, Chinese and Malay.
  `mds_ac_dev_final.json` holds the clustered articles and some unrelated ones; an article
  that is not in one of `mds_clusters_gpt_event_dev.json`'s clusters stands alone.
- UCI News Aggregator sample: headlines only, with publisher, time and story id.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import lxml.etree

from storylens.evaluation import shared_data

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]'’”]|n't|'s)")
_NO_SPACE_AFTER = re.compile(r"([(\[$“]) ")
URL_LINE = re.compile(r"https?\s*:\s*/")  # ECB+ files added later open with their address


@dataclass(frozen=True, slots=True)
class ClusterCase:
    """One labelled article: its text and the story (and broader topic) it belongs to."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    published: str | None
    outlet: str | None
    story: str
    topic: str


def find_clustering_data(explicit: Path | None = None) -> Path | None:
    """The clustering data folder: the given one, else ../shared/data/clustering."""
    return shared_data("clustering", explicit)


def detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def ecb_cases(folder: Path) -> Iterator[ClusterCase]:
    """ECB+ articles; the story is topic + ecb/ecbplus, the topic the folder. The first
    sentence after the address line (if any) serves as the title."""
    root = folder / "ECB+"
    if not root.is_dir():
        return
    topics = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: (len(p.name), p.name))
    for topic in topics:
        for path in sorted(topic.glob("*.xml")):
            half = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            sentences: dict[int, list[str]] = {}
            for token in lxml.etree.parse(str(path)).getroot().iter("token"):
                sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
            lines = [detokenise(sentences[key]) for key in sorted(sentences)]
            lines = [line for line in lines if line.strip() and not URL_LINE.match(line)]
            if not lines:
                continue
            yield ClusterCase(
                id=path.stem,
                title=lines[0],
                paragraphs=tuple(lines[1:]),
                published=None,
                outlet=None,
                story=f"{topic.name}{half}",
                topic=topic.name,
            )


def lenient_json(path: Path) -> object:
    """JSON that may carry trailing commas (the MMDS2025 cluster file does)."""
    return json.loads(_TRAILING_COMMA.sub(r"\1", path.read_text(encoding="utf-8")))


def mmds_cases(folder: Path) -> Iterator[ClusterCase]:
    """MMDS2025 dev articles; clustered ones share their cluster, the rest stand alone."""
    clusters_path = folder / "mds_clusters_gpt_event_dev.json"
    articles_path = folder / "mds_ac_dev_final.json"
    if not clusters_path.exists():
        return
    clusters = lenient_json(clusters_path)
    assert isinstance(clusters, list)
    cluster_of: dict[int, int] = {}
    dates: dict[int, str] = {}
    documents: dict[int, dict[str, object]] = {}
    for number, cluster in enumerate(clusters):
        for document in cluster["documents"]:
            cluster_of[document["ID"]] = number
            dates[document["ID"]] = document.get("publish_date") or ""
            documents[document["ID"]] = document
    if articles_path.exists():
        extra = json.loads(articles_path.read_text(encoding="utf-8"))["articles"]
        for document in extra:
            documents.setdefault(document["ID"], document)
    for key in sorted(documents):
        document = documents[key]
        sentences = document.get("sentences") or []
        assert isinstance(sentences, list)
        story = f"mmds-{cluster_of[key]}" if key in cluster_of else f"mmds-alone-{key}"
        yield ClusterCase(
            id=f"mmds-{key}",
            title=str(document.get("title") or ""),
            paragraphs=tuple(str(s["content"]) for s in sentences if s.get("content")),
            published=dates.get(key) or None,
            outlet=None,
            story=story,
            topic=story,
        )


def uci_cases(path: Path) -> Iterator[ClusterCase]:
    """UCI News Aggregator headlines; the story is the STORY column (the CATEGORY column is a
    section such as business, too broad to score as a topic)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            stamp = row.get("TIMESTAMP") or ""
            published = (
                datetime.fromtimestamp(int(stamp) / 1000, tz=UTC).isoformat(timespec="seconds")
                if stamp.isdigit()
                else None
            )
            yield ClusterCase(
                id=f"uci-{row['ID']}",
                title=row["TITLE"],
                paragraphs=(),
                published=published,
                outlet=row.get("PUBLISHER") or None,
                story=row["STORY"],
                topic=row["STORY"],
            )


def load_sets(folder: Path) -> dict[str, list[ClusterCase]]:
    """Every set found under the clustering folder, by name."""
    sets = {
        "ECB+": list(ecb_cases(folder / "ecbplus")),
        "MMDS2025 dev": list(mmds_cases(folder / "mmds2025-dev")),
        "UCI headlines": list(uci_cases(folder / "uci-news-aggregator-sample.csv")),
    }
    return {name: cases for name, cases in sets.items() if cases}
