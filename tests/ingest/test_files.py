"""Every file kind ingests, the same content is stored once, and a re-run stores nothing new."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens import Library
from storylens.settings import Settings

from ..conftest import FERRY_PARAGRAPHS, article_html

HARBOUR = [
    "Tolvik's harbour board approved a new budget of 12 million crowns on Monday, most of it"
    " for dredging the inner basin before the autumn fishing season.",
    "Board chair Olav Brekke said the work would start in May and finish by August.",
]


def write_warc(path: Path, pages: dict[str, str]) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, html in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://fenwickpost.example/robots.txt",
            "request",
            payload=io.BytesIO(b"GET /robots.txt HTTP/1.1\r\n\r\n"),
        )
        writer.write_record(request)


def test_html_text_jsonl_and_warc_files_are_read_from_a_folder(tmp_path: Path, settings: Settings) -> None:
    corpus = tmp_path / "pile"
    (corpus / "deep" / "er").mkdir(parents=True)
    (corpus / "ferry.html").write_text(
        article_html("Ferry to Brenna closes for three weeks in March", FERRY_PARAGRAPHS), encoding="utf-8"
    )
    (corpus / "deep" / "harbour.txt").write_text(
        "Home\nNews\nSport\nHarbour board approves dredging budget\n11/02/2025\n"
        + "\n".join(HARBOUR)
        + "\nLeave a Comment\n© 2025 Tolvik Tidende\n",
        encoding="utf-8",
    )
    (corpus / "deep" / "er" / "wire.jsonl").write_text(
        json.dumps(
            {
                "id": "wire-1",
                "url": "https://wire.example/a",
                "outlet": "Fenwick Wire",
                "title": "Snowstorm closes mountain pass at Skarde",
                "published": "2025-02-12",
                "language": "en",
                "text": "The Skarde pass was closed on Wednesday after a snowstorm"
                " left drifts two metres high.\n\nPloughs will work through the night.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    write_warc(
        corpus / "crawl.warc.gz",
        {
            "https://fenwickpost.example/library": article_html(
                "Tolvik library extends opening hours",
                [
                    "Tolvik's library will stay open until nine in the evening from March, the"
                    " municipality said, after a survey of readers asked for later hours.",
                    "The change costs about 300,000 crowns a year.",
                ],
            )
        },
    )
    (corpus / "notes.md").write_text("not a page", encoding="utf-8")  # not a kind we read

    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([corpus])

    assert (report.articles_stored, report.skipped) == (4, [])
    articles = {a.title: a for s in library.all_stories() for a in s.articles}
    assert set(articles) == {
        "Ferry to Brenna closes for three weeks in March",
        "Harbour board approves dredging budget",
        "Snowstorm closes mountain pass at Skarde",
        "Tolvik library extends opening hours",
    }
    ferry = articles["Ferry to Brenna closes for three weeks in March"]
    assert (ferry.outlet, ferry.published, ferry.byline, ferry.language) == (
        "Fenwick Post",
        "2025-02-11T08:30:00+00:00",
        "Petra Holm",
        "en",
    )
    assert ferry.paragraphs == tuple(FERRY_PARAGRAPHS)
    harbour = articles["Harbour board approves dredging budget"]
    assert (harbour.published, harbour.outlet, harbour.paragraphs) == (
        "2025-02-11",
        "Tolvik Tidende",
        tuple(HARBOUR),
    )
    assert {r.reason for r in harbour.removed} >= {"comment prompt", "copyright or legal line"}
    wire = articles["Snowstorm closes mountain pass at Skarde"]
    assert (wire.id, wire.url, wire.outlet, wire.published) == (
        "wire-1",
        "https://wire.example/a",
        "Fenwick Wire",
        "2025-02-12",
    )
    warc = articles["Tolvik library extends opening hours"]
    assert (warc.url, warc.source.endswith("crawl.warc.gz#https://fenwickpost.example/library")) == (
        "https://fenwickpost.example/library",
        True,
    )


def test_the_same_page_ingested_twice_is_stored_once(tmp_path: Path, settings: Settings) -> None:
    page = article_html("Ferry to Brenna closes for three weeks in March", FERRY_PARAGRAPHS)
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.html").write_text(page, encoding="utf-8")  # same content, other file
    library = Library(db=tmp_path / "lib.db", settings=settings)

    first = library.ingest([tmp_path / "a.html", tmp_path / "b.html"])
    second = library.ingest([tmp_path / "a.html", tmp_path / "b.html"])

    assert (first.articles_stored, first.duplicates) == (1, 1)
    assert (second.articles_stored, second.duplicates, second.unchanged) == (0, 0, 2)
    assert library.store.count_articles() == 1


def test_a_word_for_word_reprint_by_another_outlet_is_a_copy(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "origin.html").write_text(
        article_html(
            "Ferry to Brenna closes for three weeks in March",
            FERRY_PARAGRAPHS,
            published="2025-02-11T08:30:00+00:00",
        ),
        encoding="utf-8",
    )
    (tmp_path / "reprint.html").write_text(
        article_html(
            "Brenna ferry out of service in March",
            FERRY_PARAGRAPHS,
            outlet="Skarde Herald",
            published="2025-02-11T10:00:00+00:00",
        ),
        encoding="utf-8",
    )
    library = Library(db=tmp_path / "lib.db", settings=settings)

    report = library.ingest([tmp_path])

    assert (report.articles_stored, report.copies, report.stories_created) == (2, 1, 1)
    story = next(library.all_stories())
    origin = next(a for a in story.articles if a.outlet == "Fenwick Post")
    reprint = next(a for a in story.articles if a.outlet == "Skarde Herald")
    assert [(g.origin, g.copies) for g in story.duplicate_groups] == [(origin.id, (reprint.id,))]
    assert story.origins == 1


def test_the_process_pool_gives_the_same_articles_as_one_process(tmp_path: Path) -> None:
    from ..conftest import SAMPLES

    # batches of four: the pool cleans the second batch while the first is stored
    pooled = Library(db=tmp_path / "pool.db", settings=Settings(workers=2, batch_size=4))
    single = Library(db=tmp_path / "one.db", settings=Settings(workers=1, batch_size=8))
    folders = [SAMPLES / "northgatewire", SAMPLES / "kestrelnews", SAMPLES / "brightwatergazette"]
    pooled.ingest(folders)
    single.ingest(folders)

    def snapshot(library: Library) -> list[tuple[str, str | None, tuple[str, ...]]]:
        return sorted((a.id, a.title, a.paragraphs) for s in library.all_stories() for a in s.articles)

    assert snapshot(pooled) == snapshot(single)
    assert len(snapshot(pooled)) == 11
    assert sorted(len(s.articles) for s in pooled.all_stories()) == sorted(
        len(s.articles) for s in single.all_stories()
    )


def test_gzip_warc_without_html_responses_stores_nothing_and_skips_nothing(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "empty.warc.gz"
    write_warc(path, {})
    report = Library(db=tmp_path / "lib.db", settings=settings).ingest([path])
    assert (report.articles_stored, report.skipped, report.ok) == (0, [], True)
    with gzip.open(path) as handle:
        assert handle.read(4) == b"WARC"


def test_a_warc_cut_short_or_lying_about_a_length_says_so(tmp_path: Path, settings: Settings) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(
        whole,
        {
            "https://fenwickpost.example/ferry": article_html("Ferry to Brenna closes", FERRY_PARAGRAPHS),
            "https://fenwickpost.example/pier": article_html("Pier repairs begin", FERRY_PARAGRAPHS[:2]),
        },
    )
    data = whole.read_bytes()
    second = data.index(b"WARC/1.0", 10)
    cases = {
        "headers.warc": data[: second + 60],  # the second record ends inside its headers
        "body.warc": data[: second - 200],  # the first record ends inside its body
        "length.warc": data.replace(b"Content-Length: ", b"Content-Length: 9", 1),  # claims more than it has
    }
    folder = tmp_path / "crawls"
    folder.mkdir()
    for name, content in cases.items():
        (folder / name).write_bytes(content)
    report = Library(db=tmp_path / "lib.db", settings=settings).ingest([folder])
    reasons = {Path(source.split("#")[0]).name: reason for source, reason in report.skipped}
    assert reasons == {
        "body.warc": f"WARC record cut short ({200 - 4} bytes of it missing)",  # less its closing CRLF CRLF
        "headers.warc": "broken WARC archive: a record is cut short or malformed (AttributeError)",
        "length.warc": reasons["length.warc"],
    }
    assert reasons["length.warc"].startswith("WARC record cut short (")
    assert report.articles_stored == 1  # the whole first record of the file cut in its second
