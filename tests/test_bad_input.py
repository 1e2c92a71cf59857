"""Untrusted input: each bad page is skipped with a one-line reason, the run goes on, and what
was already stored stays intact."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens import Library
from storylens.cli import app
from storylens.errors import SourceNotFound
from storylens.settings import Settings

from .conftest import FERRY_PARAGRAPHS, LocalServer, article_html

GOOD_TITLE = "Ferry to Brenna closes for three weeks in March"


def stored_titles(library: Library) -> list[str]:
    return sorted(a.title or "" for s in library.all_stories() for a in s.articles)


@pytest.fixture
def library_with_one_article(tmp_path: Path, settings: Settings) -> Library:
    good = tmp_path / "good" / "ferry.html"
    good.parent.mkdir()
    good.write_text(article_html(GOOD_TITLE, FERRY_PARAGRAPHS), encoding="utf-8")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([good]).articles_stored == 1
    return library


def bad_pile(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return file name -> expected reason."""
    folder.mkdir()
    (folder / "empty.html").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "nul.txt").write_bytes(b"abc\x00def" * 100)
    with (folder / "huge.html").open("wb") as handle:  # sparse: 200 MB on paper, no disk used
        handle.truncate(200 * 1024 * 1024)
    rng = random.Random(5)
    (folder / "unknown-encoding.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    (folder / "no-article.html").write_text("<html><body><div><a href='/'>Home</a></div>", encoding="utf-8")
    (folder / "broken.jsonl").write_text(
        '{"title": "no body here"}\n{not json\n["a", "list"]\n{"text": 42}\n', encoding="utf-8"
    )
    return {
        "empty.html": "empty input",
        "blank.txt": "empty input",
        "image.html": "binary content (PNG image), not a text or HTML page",
        "nul.txt": "binary content (binary data), not a text or HTML page",
        "huge.html": "file is 210 MB, over the 10 MB page limit",
        "unknown-encoding.txt": "unknown text encoding (no character set fits the bytes)",
        "no-article.html": "no article text found (body shorter than 40 characters)",
        "broken.jsonl#L1": "record has neither 'text' nor 'html'",
        "broken.jsonl#L2": "invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        "broken.jsonl#L3": "expected a JSON object, got list",
        "broken.jsonl#L4": "field 'text' must be a string",
    }


def test_each_bad_input_is_skipped_with_its_reason(tmp_path: Path, library_with_one_article: Library) -> None:
    expected = bad_pile(tmp_path / "bad")
    (tmp_path / "bad" / "ok.html").write_text(
        article_html(
            "Tolvik harbour gets a new crane",
            [
                "Tolvik harbour took delivery of a new 40-tonne crane on Friday, replacing one"
                " that had served since 1979.",
                "The crane cost 9 million crowns.",
            ],
        ),
        encoding="utf-8",
    )

    report = library_with_one_article.ingest([tmp_path / "bad"])

    got = {Path(source).name: reason for source, reason in report.skipped}
    assert got == expected
    assert all("\n" not in reason for reason in got.values())
    assert report.articles_stored == 1
    assert report.ok
    assert stored_titles(library_with_one_article) == [GOOD_TITLE, "Tolvik harbour gets a new crane"]


def test_a_run_of_only_bad_input_keeps_what_was_stored(
    tmp_path: Path, library_with_one_article: Library
) -> None:
    bad_pile(tmp_path / "bad")
    report = library_with_one_article.ingest([tmp_path / "bad"])
    assert report.articles_stored == 0
    assert not report.ok
    assert stored_titles(library_with_one_article) == [GOOD_TITLE]


def test_truncated_html_keeps_the_article_text_it_still_holds(tmp_path: Path, settings: Settings) -> None:
    page = article_html(GOOD_TITLE, FERRY_PARAGRAPHS)
    cut = page[: page.index("</article>")]  # the page stops mid-way: no closing tags
    (tmp_path / "cut.html").write_text(cut, encoding="utf-8")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([tmp_path / "cut.html"]).articles_stored == 1
    assert next(library.all_stories()).articles[0].paragraphs == tuple(FERRY_PARAGRAPHS)


def test_a_page_in_an_undeclared_legacy_encoding_is_decoded(tmp_path: Path, settings: Settings) -> None:
    paragraphs = [
        "Министр иностранных дел заявил журналистам, что посол должен покинуть страну в течение трёх дней.",
        "Посольство назвало обвинения необоснованными и пообещало ответить в ближайшее время.",
    ]
    html = article_html("Посол должен покинуть страну", paragraphs).replace('<meta charset="utf-8">', "")
    (tmp_path / "ru.html").write_bytes(html.encode("cp1251"))
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([tmp_path / "ru.html"]).skipped == []
    article = next(library.all_stories()).articles[0]
    assert article.language == "ru"
    assert [p in article.text for p in paragraphs] == [True, True]


def test_hostile_strings_are_stored_as_text(tmp_path: Path, settings: Settings) -> None:
    title = "Ferry <script>alert(1)</script> closes'; DROP TABLE articles; --"
    text = (
        f"{title}\n"
        + "\n".join(FERRY_PARAGRAPHS)
        + "\n\u202eevil\u0000 bytes\u0007 here closed the ferry report, the port office said.\n"
    )
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([tmp_path / "x.txt"]).articles_stored == 1
    article = next(library.all_stories()).articles[0]
    assert article.title == title
    assert article.paragraphs[-1] == "evil bytes here closed the ferry report, the port office said."
    assert library.search("DROP TABLE")[0].article_id == article.id


def test_html_with_stray_control_characters_is_cleaned(tmp_path: Path, settings: Settings) -> None:
    bell = [FERRY_PARAGRAPHS[0].replace(" ", " \u0007", 1), *FERRY_PARAGRAPHS[1:]]
    (tmp_path / "bell.html").write_text(article_html(GOOD_TITLE, bell), encoding="utf-8")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([tmp_path / "bell.html"]).skipped == []
    assert next(library.all_stories()).articles[0].paragraphs == tuple(FERRY_PARAGRAPHS)


def test_a_missing_path_stops_before_anything_is_read(
    tmp_path: Path, library_with_one_article: Library
) -> None:
    with pytest.raises(SourceNotFound, match=r"no such file or folder: .*nowhere"):
        library_with_one_article.ingest([tmp_path / "good", tmp_path / "nowhere"])


def test_cli_exit_codes(tmp_path: Path) -> None:
    bad_pile(tmp_path / "bad")
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nowhere"), "--db", db])
    assert missing.exit_code == 2
    assert "no such file or folder" in missing.output
    only_bad = runner.invoke(app, ["ingest", str(tmp_path / "bad"), "--db", db, "--workers", "1"])
    assert only_bad.exit_code == 1
    assert "skipped" in only_bad.output
    (tmp_path / "bad" / "ferry.html").write_text(article_html(GOOD_TITLE, FERRY_PARAGRAPHS), encoding="utf-8")
    mixed = runner.invoke(app, ["ingest", str(tmp_path / "bad"), "--db", db, "--workers", "1"])
    assert mixed.exit_code == 0


def test_a_malformed_url_or_language_is_read_as_none_and_the_article_is_kept(
    tmp_path: Path, settings: Settings
) -> None:
    records = [
        {
            "id": "bracket",
            "url": "http://[::1/2025/02/ferry",
            "language": "en\u0000<b>",
            "text": "\n\n".join(FERRY_PARAGRAPHS),
        },
        {
            "id": "page",
            "url": "https://[fenwick.example/x",
            "html": article_html(GOOD_TITLE, FERRY_PARAGRAPHS),
        },
    ]
    source = tmp_path / "odd.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([source])
    assert (report.articles_stored, report.skipped) == (2, [])
    stored = {a.id: a for story in library.all_stories() for a in story.articles}
    assert stored["bracket"].url is None
    assert stored["bracket"].language == "en"  # detected, the given value being no language tag
    assert stored["bracket"].paragraphs == tuple(FERRY_PARAGRAPHS)


@pytest.mark.parametrize("codec", ["base64", "hex", "zlib", "rot13"])
def test_a_page_declaring_a_codec_that_is_no_text_encoding_is_read_as_text(
    tmp_path: Path, settings: Settings, codec: str
) -> None:
    # any codec name may stand in a <meta charset>; the ones bytes.decode refuses ended the run
    page = article_html(GOOD_TITLE, FERRY_PARAGRAPHS).replace("<head>", f'<head><meta charset="{codec}">')
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "ferry.html").write_text(page, encoding="utf-8")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([tmp_path / "pages"])
    assert (report.articles_stored, report.skipped) == (1, [])
    assert stored_titles(library) == [GOOD_TITLE]


def test_a_served_page_with_a_non_text_charset_and_a_redirect_nobody_can_parse(
    tmp_path: Path, settings: Settings, http_server: LocalServer
) -> None:
    http_server.page(
        "/ferry", article_html(GOOD_TITLE, FERRY_PARAGRAPHS), content_type="text/html; charset=base64"
    )
    http_server.page("/moved", "", headers={"Location": "http:[::1/x"}, status=302)
    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([http_server.url("/moved"), http_server.url("/ferry")])
    assert report.articles_stored == 1
    assert [(source, reason.split(" (")[0]) for source, reason in report.skipped] == [
        (http_server.url("/moved"), "malformed URL")
    ]


def test_an_input_that_fails_in_an_unforeseen_way_is_skipped_and_the_run_goes_on(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storylens.ingest as ingest

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a-ferry.html").write_text(article_html(GOOD_TITLE, FERRY_PARAGRAPHS), encoding="utf-8")
    (folder / "b-broken.html").write_text("<html>whatever</html>", encoding="utf-8")
    reader = ingest.read_file

    def read_or_break(path: Path, run_settings: Settings):  # type: ignore[no-untyped-def]
        if path.name == "b-broken.html":
            raise RuntimeError("a reader bug")
        return reader(path, run_settings)

    monkeypatch.setattr(ingest, "read_file", read_or_break)
    report = Library(db=tmp_path / "lib.db", settings=settings).ingest([folder])
    assert report.articles_stored == 1
    assert report.skipped == [
        (str(folder / "b-broken.html"), "could not be read (RuntimeError: a reader bug)")
    ]


def test_a_missing_input_path_creates_no_library(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_postgresql_url_is_refused_not_written_as_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["stories"], ["search", "ferry"], ["export", "--format", "jsonl"]):
        result = CliRunner().invoke(app, [*command, "--db", "postgresql://reader@db.example/news"])
        assert result.exit_code == 2, result.output
        assert "PostgreSQL" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_link_to_a_file_outside_the_folder_is_not_followed(tmp_path: Path, settings: Settings) -> None:
    outside = tmp_path / "private" / "notes.html"
    outside.parent.mkdir()
    outside.write_text(
        article_html("Private notes of the harbour master", FERRY_PARAGRAPHS), encoding="utf-8"
    )
    pile = tmp_path / "pile"
    (pile / "sub").mkdir(parents=True)
    (pile / "sub" / "ferry.html").write_text(article_html(GOOD_TITLE, FERRY_PARAGRAPHS), encoding="utf-8")
    (pile / "notes.html").symlink_to(outside)
    (pile / "ferry-again.html").symlink_to(pile / "sub" / "ferry.html")  # inside: read
    (pile / "sub" / "loop").symlink_to(pile)  # a folder loop is not walked
    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([pile])
    assert report.skipped == [
        (str(pile / "notes.html"), "link to a file outside the folder given, not followed")
    ]
    assert (report.articles_stored, report.duplicates) == (1, 1)
    assert stored_titles(library) == [GOOD_TITLE]


def test_names_and_reasons_are_printed_without_their_control_characters(tmp_path: Path) -> None:
    folder = tmp_path / "pile"
    folder.mkdir()
    (folder / "fake\nskipped nothing [red]x[reset].html").write_bytes(b"\x1b[2J")
    result = CliRunner().invoke(
        app, ["ingest", str(folder), "--db", str(tmp_path / "lib.db"), "--workers", "1"]
    )
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if line.startswith("skipped "))
    assert "fake\\nskipped nothing [red]x[reset].html" in line
    assert "\x1b" not in result.output


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, settings: Settings, codec: str) -> None:
    (tmp_path / "pages").mkdir()
    page = article_html(GOOD_TITLE, FERRY_PARAGRAPHS).replace('<meta charset="utf-8">', "")
    (tmp_path / "pages" / "ferry.html").write_bytes(page.encode(codec))
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([tmp_path / "pages"]).skipped == []
    assert stored_titles(library) == [GOOD_TITLE]


def test_a_page_that_claims_utf16_but_sends_utf8_is_read_as_utf8(
    tmp_path: Path, settings: Settings, http_server: LocalServer
) -> None:
    page = article_html(GOOD_TITLE, FERRY_PARAGRAPHS).encode("utf-8")
    page += b" " * (len(page) % 2)  # an even length decodes as UTF-16 without error, into nonsense
    http_server.page("/ferry", page, content_type="text/html; charset=utf-16")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    assert library.ingest([http_server.url("/ferry")]).skipped == []
    assert stored_titles(library) == [GOOD_TITLE]


def test_a_jsonl_id_given_to_other_text_is_reported_not_taken_for_a_duplicate(
    tmp_path: Path, settings: Settings
) -> None:
    first = {"id": "ferry-1", "title": GOOD_TITLE, "text": "\n\n".join(FERRY_PARAGRAPHS)}
    other = {**first, "title": "Quarry road reopens", "text": "The quarry road reopened on Tuesday. " * 8}
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in (first, first, other)), encoding="utf-8")
    library = Library(db=tmp_path / "lib.db", settings=settings)
    report = library.ingest([source])
    assert (report.articles_stored, report.duplicates) == (1, 1)
    assert report.skipped == [(f"{source}#L3", "id 'ferry-1' is already another article's")]
    assert stored_titles(library) == [GOOD_TITLE]


def test_a_library_that_cannot_be_written_stops_the_ingest_in_one_line_and_loses_nothing(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storylens.errors import StoreError
    from storylens.store.sqlite import SQLiteStore

    library = Library(db=tmp_path / "lib.db", settings=settings)
    first = tmp_path / "first.html"
    first.write_text(article_html(GOOD_TITLE, FERRY_PARAGRAPHS), encoding="utf-8")
    assert library.ingest([first]).articles_stored == 1
    store = library.store
    assert isinstance(store, SQLiteStore)
    store.db.execute("PRAGMA query_only = ON")  # every write now fails as on a read-only disk
    later = tmp_path / "later.html"
    later.write_text(
        article_html("Quarry road reopens", [p.replace("ferry", "quarry road") for p in FERRY_PARAGRAPHS]),
        encoding="utf-8",
    )
    with pytest.raises(StoreError, match=r"cannot write to library .*: attempt to write a readonly database"):
        library.ingest([later])
    store.db.execute("PRAGMA query_only = OFF")
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stored_titles(library) == [GOOD_TITLE]

    # the command line says so in one error line (no traceback) and exits 1
    def read_only(self: SQLiteStore, batch: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(SQLiteStore, "_write_batch", read_only)
    result = CliRunner().invoke(
        app, ["ingest", str(later), "--db", str(tmp_path / "lib.db"), "--workers", "1"]
    )
    assert result.exit_code == 1
    assert "error: cannot write to library" in result.output
    assert "Traceback" not in result.output


def test_a_second_ingest_into_one_library_waits_for_the_first(tmp_path: Path, settings: Settings) -> None:
    import fcntl
    import threading

    from storylens.store.lock import lock_path

    page = tmp_path / "ferry.html"
    page.write_text(article_html(GOOD_TITLE, FERRY_PARAGRAPHS), encoding="utf-8")
    db = tmp_path / "lib.db"
    library = Library(db=db, settings=settings)
    path = lock_path(db)
    assert path is not None
    waiting = threading.Event()
    done: list[int] = []
    with path.open("a") as first_writer:
        fcntl.flock(first_writer, fcntl.LOCK_EX)  # another ingest is writing
        second = threading.Thread(
            target=lambda: done.append(library.ingest([page], on_wait=waiting.set).articles_stored)
        )
        second.start()
        assert waiting.wait(timeout=60), "the second ingest did not wait for the lock"
        assert done == []
        assert Library(db=db, settings=settings).search("ferry") == []  # nothing written meanwhile
        fcntl.flock(first_writer, fcntl.LOCK_UN)
    second.join(timeout=120)
    assert done == [1]
