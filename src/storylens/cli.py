"""The `storylens` command. Each command parses its options and calls one library function."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from storylens import __version__
from storylens.cli_eval import evaluate_app
from storylens.errors import StoreError, StorylensError
from storylens.records import CleanMode, CopyDiff, Skipped, Story, origin_of
from storylens.report import IngestReport
from storylens.settings import Settings, default_db_path
from storylens.terminal import console, errors, fail, progress_bar, shown

if TYPE_CHECKING:
    from storylens.library import Library

app = typer.Typer(
    name="storylens",
    help="Turn a pile of news pages into clean, structured stories.\n\n"
    "Start with `storylens ingest samples/news` and then `storylens stories`.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(evaluate_app, name="eval")

DbOption = Annotated[
    str | None,  # a string, so that a database URL keeps its "//"
    typer.Option(
        "--db",
        envvar="STORYLENS_DB",
        show_default=False,
        help=f"Library database (SQLite file). Default: {default_db_path()}",
    ),
]


def _library(db: str | None, settings: Settings | None = None) -> Library:
    """The library at `db`, or one line saying why it cannot be opened (exit 2)."""
    from storylens.library import Library

    try:
        return Library(db=db, settings=settings)
    except StorylensError as exc:
        raise fail(str(exc), code=2) from None


def _version(value: bool) -> None:
    if value:
        console.print(f"storylens {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn a pile of news pages into clean, structured stories."""


@app.command()
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (read recursively), http(s) pages or RSS/Atom feeds. Files may be"
            " .html/.htm, .txt (extracted text), .jsonl (one article per line) or .warc[.gz]."
        ),
    ],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Worker processes for cleaning; 0 = one per core.")] = 0,
    batch_size: Annotated[int, typer.Option(help="Articles written per transaction.")] = 64,
    allow_private: Annotated[
        bool, typer.Option(help="Allow fetching from private and loopback addresses.")
    ] = False,
    robots: Annotated[bool, typer.Option(help="Obey robots.txt when fetching.")] = True,
    who_said_what: Annotated[
        bool | None,
        typer.Option(
            "--who-said-what/--no-who-said-what",
            help="Find entities, quotes and events (default: on, or $STORYLENS_WHO_SAID_WHAT). Off is "
            "more than twice as fast on English news.",
            show_default=False,
        ),
    ] = None,
    json_report: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Read pages into the library, group copies and assign stories.

    Pages already stored are passed over, so an interrupted run can simply be run again.
    Each input that cannot be used is listed with its reason; the run goes on. Exits 0 when
    anything was stored (or nothing needed storing), 1 when every input was skipped or the
    library cannot be written (read-only, disk full; what earlier batches wrote stays), 2 when
    a path does not exist or the library cannot be opened.
    """
    settings = replace(
        Settings.from_env(),
        workers=workers,
        batch_size=batch_size,
        allow_private=allow_private,
        respect_robots=robots,
    )
    if who_said_what is not None:
        settings = replace(settings, who_said_what=who_said_what)
    from storylens.ingest import check_sources

    try:
        check_sources(sources)  # before the library is opened: a missing path creates nothing
        with (
            _library(db, settings) as library,
            progress_bar("ingest", hidden=json_report) as progress,
        ):
            task = progress.add_task("inputs", total=None)
            report = library.ingest(
                sources,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
                on_wait=lambda: errors.print("waiting for another ingest into this library to finish…"),
            )
    except StoreError as exc:  # the library cannot be written: batches written before it stay
        raise fail(str(exc), code=1) from None
    except StorylensError as exc:
        raise fail(str(exc), code=2) from None
    if json_report:
        console.print_json(json.dumps(report.as_dict()))
    else:
        _print_report(report)
    if not report.ok:
        raise typer.Exit(1)


def _print_report(report: IngestReport) -> None:
    table = Table(title="ingest report", show_header=False, title_justify="left")
    for label, value in (
        ("pages read", report.pages_read),
        ("articles stored", report.articles_stored),
        ("exact duplicates", report.duplicates),
        ("already stored", report.unchanged),
        ("copies grouped", report.copies),
        ("stories created", report.stories_created),
        ("stories updated", report.stories_updated),
        ("stories merged", report.stories_merged),
        ("stories split", report.stories_split),
        ("skipped", len(report.skipped)),
    ):
        table.add_row(label, str(value))
    console.print(table)
    for source, reason in report.skipped:
        console.print(f"[yellow]skipped[/] {shown(source)}: {shown(reason)}", highlight=False, soft_wrap=True)


@app.command()
def analyze(
    files: Annotated[list[Path], typer.Argument(help="HTML, text, JSONL or WARC files.")],
    output_format: Annotated[
        str, typer.Option("--format", help="json (one object per line) or text.")
    ] = "json",
    mode: Annotated[str, typer.Option(help="auto (by file suffix), html or text.")] = "auto",
) -> None:
    """Clean pages and print one record per input; nothing is stored.

    Each JSON line has source, title, published (ISO 8601, "XXXX-07-11" for a day printed
    without a year that nothing on the page settles, or null), date_precision, byline,
    dateline (place and agency, or null), outlet, language, text (paragraphs separated by a
    blank line) and removed (each dropped line with its reason).
    """
    from storylens.analyze import analyze_path
    from storylens.codec import article_dict

    if output_format not in ("json", "text"):
        raise fail("--format must be json or text", code=2)
    if mode not in ("auto", "html", "text"):
        raise fail("--mode must be auto, html or text", code=2)
    forced = None if mode == "auto" else CleanMode(mode)
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise fail(f"no such file: {', '.join(missing)}", code=2)
    failed = 0
    for path in files:
        for result in analyze_path(path, forced):
            if isinstance(result, Skipped):
                failed += 1
                errors.print(f"[yellow]skipped[/] {result.origin}: {result.reason}", highlight=False)
                continue
            if output_format == "json":
                sys.stdout.write(json.dumps(article_dict(result, source=False), ensure_ascii=False) + "\n")
            else:
                console.rule(result.title or result.source)
                console.print(f"{result.outlet} · {result.published} · {result.byline} · {result.language}")
                console.print(result.text, highlight=False)
    if failed and failed == len(files):
        raise typer.Exit(1)


@app.command()
def stories(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many stories to list.")] = 50,
    level: Annotated[
        str,
        typer.Option(
            "--level",
            help="moment: one happening and its reports (a story as clustering forms it); "
            "storyline: moments linked across weeks.",
        ),
    ] = "moment",
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")] = False,
) -> None:
    """List stories, largest first: articles, independent origins, outlets, languages, dates.

    With `--level storyline`, the storylines instead: moments of one story linked across weeks,
    each with its moments and articles."""
    if level not in ("moment", "storyline"):
        raise fail(f"--level is moment or storyline, not {level!r}", code=2)
    if level == "storyline":
        _print_storylines(db, limit, json_output)
        return
    with _library(db) as library:
        rows = library.stories(limit=limit)
    if json_output:
        for row in rows:
            sys.stdout.write(
                json.dumps(
                    {
                        "id": row.id,
                        "title": row.title,
                        "articles": row.articles,
                        "origins": row.origins,
                        "outlets": row.outlets,
                        "languages": list(row.languages),
                        "first_seen": row.first_seen,
                        "last_seen": row.last_seen,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        return
    if not rows:
        console.print("No stories yet. Add pages with `storylens ingest PATH`.")
        return
    table = Table(
        title=f"{len(rows)} stories",
        caption="art. articles · orig. independent origins · outl. outlets · since: first seen",
    )
    table.add_column("story", no_wrap=True)
    table.add_column("title", ratio=1, min_width=14)
    for column in ("art.", "orig.", "outl."):  # short headers leave the title room
        table.add_column(column, justify="right")
    narrow = console.width < 100  # then "de en fr" wraps rather than the date
    table.add_column("lang", overflow="fold", max_width=5 if narrow else None)
    table.add_column("since", no_wrap=True, min_width=10)
    for row in rows:
        table.add_row(
            row.id,
            row.title,
            str(row.articles),
            str(row.origins),
            str(row.outlets),
            " ".join(row.languages),
            (row.first_seen or "")[:10],
        )
    console.print(table)


def _print_storylines(db: str | None, limit: int, json_output: bool) -> None:
    with _library(db) as library:
        lines = library.storylines(limit=limit)
    if json_output:
        for line in lines:
            record = {
                "id": line.id,
                "title": line.title,
                "moments": [m.id for m in line.moments],
                "articles": line.articles,
                "first_seen": line.first_seen,
                "last_seen": line.last_seen,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if not lines:
        console.print("No stories yet. Add pages with `storylens ingest PATH`.")
        return
    table = Table(
        title=f"{len(lines)} storylines", caption="mom. moments · art. articles · since: first seen"
    )
    table.add_column("storyline", no_wrap=True)
    table.add_column("title", ratio=1, min_width=14)
    table.add_column("mom.", justify="right")
    table.add_column("art.", justify="right")
    table.add_column("since", no_wrap=True, min_width=10)
    for line in lines:
        table.add_row(
            line.id, line.title, str(len(line.moments)), str(line.articles), (line.first_seen or "")[:10]
        )
    console.print(table)


@app.command()
def show(
    story_id: Annotated[str, typer.Argument(metavar="STORY", help="A story id from `storylens stories`.")],
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the story as JSON.")] = False,
) -> None:
    """Show one story: its articles by date, copies under their origin, the people and
    organisations it names, and who said what (each quote with its speaker and outlets).

    A storyline id (`sl-…`, from `storylens stories --level storyline`) shows its moments and
    the timeline of its days."""
    from storylens.codec import story_dict

    if story_id.startswith("sl-"):
        _show_storyline(db, story_id, json_output)
        return
    try:
        with _library(db) as library:
            story = library.story(story_id)
            storyline = library.storyline(story_id)
    except StorylensError as exc:
        raise fail(str(exc)) from None
    if json_output:
        sys.stdout.write(json.dumps(story_dict(story), ensure_ascii=False, indent=2) + "\n")
        return
    copy_of = origin_of(story.duplicate_groups)
    changed = {d.copy: _describe_copy(d) for g in story.duplicate_groups for d in g.changes}
    console.rule(f"[bold]{story.title}")
    console.print(
        f"{story.id} · {len(story.articles)} articles · {story.origins} origins · "
        f"{(story.first_seen or '?')[:10]} to {(story.last_seen or '?')[:10]}"
    )
    table = Table()
    for column in ("#", "published", "outlet", "lang", "title", "copy of", "what the copy changed"):
        table.add_column(column, overflow="fold")
    for n, a in enumerate(story.articles, start=1):
        table.add_row(
            str(n),
            (a.published or "")[:16],
            a.outlet or "",
            a.language or "",
            a.title or "",
            copy_of.get(a.id, ""),
            changed.get(a.id, ""),
        )
    console.print(table)
    for change in story.changes:
        if change.kind == "merge":
            line = (
                f"merged in story {change.other} ({len(change.moved)} articles), bridged by {change.article}"
            )
        else:
            line = (
                f"split off story {change.other} ({len(change.moved)} articles) when {change.article} arrived"
            )
        console.print(
            f"{'' if change.story == story.id else f'from {change.story}: '}{line}", highlight=False
        )
    if len(storyline.moments) > 1:
        others = [m for m in storyline.moments if m.id != story.id]
        console.print(
            f"Part of storyline {storyline.id}, with {len(others)} other moment(s): "
            + "; ".join(f"{(m.first_seen or '?')[:10]} {m.title} ({m.id})" for m in others),
            highlight=False,
        )
    _print_summary(story)
    _print_who_said_what(story)
    _print_timeline(story)


def _show_storyline(db: str | None, storyline_id: str, json_output: bool) -> None:
    try:
        with _library(db) as library:
            line = library.storyline(storyline_id)
            days = library.timeline(story_id=line.id, dates=12, sentences=1)
    except StorylensError as exc:
        raise fail(str(exc)) from None
    if json_output:
        from storylens.codec import storyline_dict

        record = storyline_dict(line, days)
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    console.rule(f"[bold]{line.title}")
    console.print(
        f"{line.id} · {len(line.moments)} moments · {line.articles} articles · "
        f"{(line.first_seen or '?')[:10]} to {(line.last_seen or '?')[:10]}",
        highlight=False,
    )
    table = Table(title="Moments")
    for column in ("since", "story", "title", "art.", "linked through"):
        table.add_column(column, overflow="fold")
    for moment, link in zip(line.moments, line.links, strict=True):
        through = f"{link.through} ({link.closeness:.2f})" if link.through and link.closeness else ""
        table.add_row((moment.first_seen or "")[:10], moment.id, moment.title, str(moment.articles), through)
    console.print(table)
    if days:
        told = Table(title="Timeline")
        told.add_column("day", no_wrap=True)
        told.add_column("what happened", ratio=1)
        for day in days:
            told.add_row(day.day.isoformat(), "\n".join(s.text for s in day.sentences))
        console.print(told)


def _print_summary(story: Story) -> None:
    if not story.summary:
        return
    number = {a.id: n for n, a in enumerate(story.articles, start=1)}
    console.print("[bold]Summary[/] (numbers are rows of the article table)")
    for sentence in story.summary:
        cited = "".join(f"[{number.get(a, '?')}]" for a in sentence.articles)
        console.print(f"  {sentence.text} {cited}", highlight=False, markup=False)


#: Quotes and entities `show` lists; `show --json` and `export` carry them all.
SHOWN_QUOTES = 12
SHOWN_ENTITIES = 12
SHOWN_MOMENTS = 15


def _print_who_said_what(story: Story) -> None:
    if story.entities:
        named = [
            f"{e.name} ({e.type}{', ' + e.roles[0] if e.roles else ''}; {len(e.articles)} art.)"
            for e in story.entities[:SHOWN_ENTITIES]
        ]
        more = len(story.entities) - len(named)
        console.print(
            "Named: " + "; ".join(named) + (f"; and {more} more" if more > 0 else ""), highlight=False
        )
    if not story.quotes:
        return
    outlets = {a.id: a.outlet or a.id for a in story.articles}
    table = Table(title=f"Who said what ({len(story.quotes)} quotes)")
    for column in ("speaker", "cue", "words", "outlets"):
        table.add_column(column, overflow="fold")
    attributed = sorted(story.quotes, key=lambda q: (q.speaker is None, -len(q.articles)))
    for quote in attributed[:SHOWN_QUOTES]:
        words = " ".join(quote.text.split())
        table.add_row(
            quote.speaker or quote.speaker_text or "(unattributed)",
            quote.cue or "",
            ("" if quote.direct else "(reported) ") + (words if len(words) < 220 else words[:217] + "…"),
            ", ".join(dict.fromkeys(outlets.get(a, a) for a in quote.articles or (quote.article,))),
        )
    console.print(table)


def _print_timeline(story: Story) -> None:
    if not story.events and not story.timeline:
        return
    outlets = {a.id: a.outlet or a.id for a in story.articles}
    undated = sum(1 for e in story.events if not e.date or e.date.startswith("X"))
    table = Table(
        title=f"Timeline ({len(story.timeline)} dated moments; {len(story.events)} events, {undated} undated)"
    )
    for column in ("date", "what happened", "events", "outlets"):
        table.add_column(column, overflow="fold")
    for entry in story.timeline[:SHOWN_MOMENTS]:
        kinds = ", ".join(
            dict.fromkeys(
                f"{e.actor or '?'} {e.action}{' (failed)' if e.failed else ''} {e.target or ''}".strip()
                for e in (story.events[i] for i in entry.events)
            )
        )
        table.add_row(
            entry.date,
            entry.text,
            kinds or f"{len(entry.quotes)} quote(s)",
            ", ".join(dict.fromkeys(outlets.get(a, a) for a in entry.articles)),
        )
    console.print(table)


def _describe_copy(diff: CopyDiff) -> str:
    """A copy's changes in words: 'new headline, 1 paragraph cut' or 'word for word'."""
    parts = ["new headline"] if diff.title_changed else []
    for count, what in ((len(diff.edited), "edited"), (len(diff.added), "added"), (len(diff.cut), "cut")):
        if count:
            parts.append(f"{count} paragraph{'s' if count > 1 else ''} {what}")
    return ", ".join(parts) or "word for word"


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words that must all appear (title or body).")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many articles to show.")] = 20,
) -> None:
    """Full-text search over stored articles."""
    with _library(db) as library:
        hits = library.search(query, limit=limit)
    if not hits:
        console.print(f"No article matches {query!r}.")
        return
    table = Table(title=f"{len(hits)} articles")
    for column in ("story", "published", "outlet", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(
            hit.story_id or "", (hit.published or "")[:10], hit.outlet or "", hit.title or "", hit.snippet
        )
    console.print(table)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} takes a day as YYYY-MM-DD, not {value!r}", code=2) from None


@app.command()
def timeline(
    db: DbOption = None,
    story_id: Annotated[
        str | None, typer.Option("--story", metavar="ID", help="One story (an id from `storylens stories`).")
    ] = None,
    query: Annotated[
        str | None, typer.Option("--query", metavar="WORDS", help="The articles a search finds.")
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", metavar="DAY", help="First day (YYYY-MM-DD).", show_default=False)
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", metavar="DAY", help="Last day (YYYY-MM-DD).", show_default=False)
    ] = None,
    dates: Annotated[int, typer.Option("--dates", help="At most this many days.")] = 10,
    sentences: Annotated[int, typer.Option("--sentences", help="Sentences per day.")] = 1,
    json_output: Annotated[
        bool, typer.Option("--json", help='JSON lines: {"date", "sentences": [{"text", "articles"}]}.')
    ] = False,
) -> None:
    """The days that mattered, each told by the articles' own sentences, earliest first.

    Of one story (`--story`), of what a search finds (`--query`), or of the whole library,
    between `--from` and `--to`. A day weighs by how many independent outlets write about it
    (naming it counts double); each is told by the sentences nearest what was written about it,
    each citing the articles that carry it. Nothing is paraphrased.

    Example: `storylens timeline --query "harbour strike" --dates 5 --sentences 2`
    """
    if story_id is not None and query is not None:
        raise fail("give --story or --query, not both", code=2)
    first, last = _day(start, "--from"), _day(end, "--to")
    try:
        with _library(db) as library:
            days = library.timeline(
                story_id=story_id, query=query, start=first, end=last, dates=dates, sentences=sentences
            )
    except StorylensError as exc:
        raise fail(str(exc), code=2) from None
    if json_output:
        from storylens.codec import timeline_day_dict

        for day in days:
            sys.stdout.write(json.dumps(timeline_day_dict(day), ensure_ascii=False) + "\n")
        if not days:
            errors.print(
                "No timeline: no article in range gives a day (a publication day or a dated sentence)."
            )
        return
    if not days:
        console.print("No timeline: no article in range gives a day (a publication day or a dated sentence).")
        return
    table = Table(title=f"Timeline: {len(days)} days", show_lines=True)
    table.add_column("day", no_wrap=True)
    table.add_column("what happened", ratio=1)
    table.add_column("carried by", justify="right")
    for day in days:
        told = "\n".join(s.text for s in day.sentences)
        carried = {a for s in day.sentences for a in s.articles}
        table.add_row(day.day.isoformat(), told, f"{len(carried)} art.")
    console.print(table)


@app.command()
def export(
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            help="jsonl (one story per line), csv or parquet (one article per row, with its story).",
        ),
    ] = "jsonl",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write; default standard output (required for parquet)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Export every story with its articles and copy groups."""
    from storylens import export as exporters

    if output_format not in ("jsonl", "csv", "parquet"):
        raise fail("--format must be jsonl, csv or parquet", code=2)
    if output_format == "parquet" and output is None:
        raise fail("parquet needs --output FILE", code=2)
    with _library(db) as library:
        stories_iter = library.all_stories()
        if output_format == "parquet":
            assert output is not None
            count = exporters.write_parquet(stories_iter, output)
        else:
            write = exporters.write_jsonl if output_format == "jsonl" else exporters.write_csv
            if output is None:
                count = write(stories_iter, sys.stdout)
            else:
                with output.open("w", encoding="utf-8", newline="") as handle:
                    count = write(stories_iter, handle)
    if output is not None:
        errors.print(f"wrote {count} {'stories' if output_format == 'jsonl' else 'rows'} to {output}")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web app and the REST API over a library.

    Pages (no JavaScript needed): home with the latest and largest stories, filters and
    search; a story with its cited summary, timeline, coverage chart, outlet × fact table,
    quotes by speaker, entities and copies; an article with entities and quotes marked and
    the removed boilerplate on request; an entity with everything it said or did. The API is
    under /api (stories, articles, entities, search, ingest jobs), documented at /docs and
    /openapi.json.
    """
    import uvicorn

    from storylens.settings import default_db_path
    from storylens.web.app import create_app

    location = db or default_db_path()
    try:
        application = create_app(location)
    except StorylensError as exc:
        raise fail(str(exc)) from None
    errors.print(f"storylens: serving {location} at http://{host}:{port}/ (Ctrl+C stops)", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
