"""The `storylens` command. Each command parses its options and calls one library function."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storylens import __version__
from storylens.errors import StorylensError
from storylens.records import CleanMode, CopyDiff, Skipped, Story, origin_of
from storylens.report import IngestReport
from storylens.settings import Settings, default_db_path

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
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="STORYLENS_DB",
        show_default=False,
        help=f"Library database (SQLite file). Default: {default_db_path()}",
    ),
]


def _library(db: Path | None, settings: Settings | None = None) -> Library:
    from storylens.library import Library

    return Library(db=db, settings=settings)


def _fail(message: str, code: int = 1) -> typer.Exit:
    errors.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _progress(label: str, hidden: bool = False) -> Progress:
    """A progress bar on stderr, drawn only on a terminal."""
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=hidden or not errors.is_terminal,
    )


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
            help="Find entities and quotes (default: on, or $STORYLENS_WHO_SAID_WHAT). Off is "
            "about four times faster on English news.",
            show_default=False,
        ),
    ] = None,
    json_report: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Read pages into the library, group copies and assign stories.

    Pages already stored are passed over, so an interrupted run can simply be run again.
    Each input that cannot be used is listed with its reason; the run goes on. Exits 0 when
    anything was stored (or nothing needed storing), 1 when every input was skipped.
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
    try:
        with (
            _library(db, settings) as library,
            _progress("ingest", hidden=json_report) as progress,
        ):
            task = progress.add_task("inputs", total=None)
            report = library.ingest(
                sources, progress=lambda done, total: progress.update(task, completed=done, total=total)
            )
    except StorylensError as exc:
        raise _fail(str(exc), code=2) from None
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
        console.print(f"[yellow]skipped[/] {source}: {reason}", highlight=False, soft_wrap=True)


@app.command()
def analyze(
    files: Annotated[list[Path], typer.Argument(help="HTML, text, JSONL or WARC files.")],
    output_format: Annotated[
        str, typer.Option("--format", help="json (one object per line) or text.")
    ] = "json",
    mode: Annotated[str, typer.Option(help="auto (by file suffix), html or text.")] = "auto",
) -> None:
    """Clean pages and print one record per input; nothing is stored.

    Each JSON line has source, title, published (ISO 8601 or null), date_precision, byline,
    dateline (place and agency, or null), outlet, language, text (paragraphs separated by a
    blank line) and removed (each dropped line with its reason).
    """
    from storylens.analyze import analyze_path
    from storylens.export import article_dict

    if output_format not in ("json", "text"):
        raise _fail("--format must be json or text", code=2)
    if mode not in ("auto", "html", "text"):
        raise _fail("--mode must be auto, html or text", code=2)
    forced = None if mode == "auto" else CleanMode(mode)
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise _fail(f"no such file: {', '.join(missing)}", code=2)
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
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")] = False,
) -> None:
    """List stories, largest first: articles, independent origins, outlets, languages, dates."""
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


@app.command()
def show(
    story_id: Annotated[str, typer.Argument(metavar="STORY", help="A story id from `storylens stories`.")],
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the story as JSON.")] = False,
) -> None:
    """Show one story: its articles by date, copies under their origin, the people and
    organisations it names, and who said what (each quote with its speaker and outlets)."""
    from storylens.export import story_dict

    try:
        with _library(db) as library:
            story = library.story(story_id)
    except StorylensError as exc:
        raise _fail(str(exc)) from None
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
    _print_summary(story)
    _print_who_said_what(story)
    _print_timeline(story)


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
        raise _fail("--format must be jsonl, csv or parquet", code=2)
    if output_format == "parquet" and output is None:
        raise _fail("parquet needs --output FILE", code=2)
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
        raise _fail(str(exc)) from None
    errors.print(f"storylens: serving {location} at http://{host}:{port}/ (Ctrl+C stops)", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


evaluate_app = typer.Typer(
    help="Measure storylens on labelled public data (../shared/data) beside the tools people use.",
    no_args_is_help=True,
)
app.add_typer(evaluate_app, name="eval")


@evaluate_app.command("extraction")
def eval_extraction(
    data: Annotated[
        Path | None,
        typer.Option(
            help="The extraction data folder. Default: ../shared/data/extraction.", show_default=False
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Read at most this many pages of each data set (a quick look).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 2,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score main text and metadata extraction, HTML mode and text mode.

    Runs storylens, trafilatura and jusText (and a keep-everything baseline for text mode) over
    trafilatura's evaluation pages and the readability.js test pages, and prints segment F1,
    body 4-gram-shingle precision/recall/F1, line keep/drop precision/recall, and title,
    byline and date accuracy, beside the figures the tools' authors publish. Takes about a
    minute on two cores.
    """
    from storylens.evaluation import extraction

    folder = extraction.find_data(data)
    if folder is None:
        raise _fail("no extraction data: pass --data or put it at ../shared/data/extraction", code=2)
    cases = extraction.load_cases(folder, limit)
    with _progress("pages") as progress:
        task = progress.add_task("pages", total=len(cases))
        scores = extraction.evaluate(cases, workers, progress=lambda n: progress.advance(task, n))
    _print_scores(extraction.figures(scores), extraction.tables(scores), json_output)


@evaluate_app.command("clustering")
def eval_clustering(
    data: Annotated[
        Path | None,
        typer.Option(
            help="The clustering data folder. Default: ../shared/data/clustering.", show_default=False
        ),
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(help="Score only the sets whose name starts with this (repeatable): ECB, MMDS, UCI."),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score story clustering on ECB+, MMDS2025 dev and the UCI headline sample.

    Each set is ingested into an empty in-memory library through the real copy and story
    stages, and scored by B-cubed precision/recall/F1 and pairwise F1 against its labels
    (ECB+ at event level, and at topic level too). Two baselines run on the same articles:
    TF-IDF + agglomerative (average linkage) and embedding single-link, each cut at the one
    threshold that does best over all sets. Takes about two minutes on two cores.
    """
    from storylens.evaluation import clustering
    from storylens.evaluation.clustering_data import find_clustering_data, load_sets

    folder = find_clustering_data(data)
    if folder is None:
        raise _fail("no clustering data: pass --data or put it at ../shared/data/clustering", code=2)
    sets = load_sets(folder)
    if only:
        sets = {name: cases for name, cases in sets.items() if any(name.startswith(o) for o in only)}
    if not sets:
        raise _fail(f"no labelled sets found under {folder}", code=2)
    with _progress("sets", hidden=json_output) as progress:
        task = progress.add_task("sets", total=len(sets) * 2)
        scores = clustering.evaluate(sets, Settings.from_env(), progress=lambda _: progress.advance(task))
    _print_scores(clustering.figures(scores), clustering.tables(scores), json_output, width=130)


@evaluate_app.command("quotes")
def eval_quotes(
    data: Annotated[
        Path | None,
        typer.Option(help="PolNeAR's folder. Default: ../shared/data/quotes/polnear.", show_default=False),
    ] = None,
    split: Annotated[str, typer.Option(help="Which PolNeAR split to score: dev or train.")] = "dev",
    limit: Annotated[int | None, typer.Option(help="Score only this many articles (a quick look).")] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score quote and speaker extraction on PolNeAR (political news, 2016).

    Every attribution in each article is labelled with its source, cue and content spans.
    Prints source, cue and content F1 (exact spans, and token overlap as BBC Citron scores
    it), attribution F1 at 30 % overlap and speaker accuracy as the Gender Gap Tracker scores
    them, beside the figures both publish. Takes about 15 seconds for the 84 dev articles.
    """
    from storylens.evaluation import quotes

    folder = quotes.find_quotes_data(data)
    if folder is None:
        raise _fail("no PolNeAR data: pass --data or put it at ../shared/data/quotes/polnear", code=2)
    cases = list(quotes.polnear_cases(folder, split))[:limit]
    if not cases:
        raise _fail(f"no annotated articles in {folder / split}", code=2)
    with _progress("articles", hidden=json_output) as progress:
        task = progress.add_task("articles", total=len(cases))
        scores = quotes.evaluate(cases, progress=lambda: progress.advance(task))
    _print_scores(quotes.figures(scores), [quotes.table(scores)], json_output)


@evaluate_app.command("summary")
def eval_summary(
    data: Annotated[
        Path | None,
        typer.Option(
            help="MMDS2025's folder. Default: ../shared/data/clustering/mmds2025-dev.", show_default=False
        ),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score story summaries against MMDS2025's reference summaries (50 dev clusters).

    Prints ROUGE-1/2/L F1 of our cited extractive summary beside the Lead and
    Lead-per-article baselines under the same word budget, the share of picked sentences that
    MMDS2025 labels as the main event, and a check that every summary sentence cites articles
    that hold its fact. Takes a few seconds.
    """
    from storylens.evaluation import summary

    folder = summary.find_summary_data(data)
    if folder is None:
        raise _fail("no MMDS2025 data: pass --data or put it at ../shared/data/clustering/mmds2025-dev", 2)
    scores = summary.score_summaries(list(summary.mmds_summary_cases(folder)))
    _print_scores(summary.figures(scores), [summary.table(scores)], json_output)


@evaluate_app.command("comparison")
def eval_comparison(
    data: Annotated[
        Path | None,
        typer.Option(help="ECB+'s folder. Default: ../shared/data/clustering/ecbplus.", show_default=False),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score fact alignment (the outlet comparison) on ECB+'s cross-document event coreference.

    Each ECB+ sub-topic's articles are compared as one story; two annotated sentences of
    different articles that land in one fact should tell of the same event. Prints pairwise
    precision, recall and F1 beside a word-overlap baseline and the every-pair base rate.
    Takes a few seconds.
    """
    from storylens.evaluation import comparison

    folder = comparison.find_comparison_data(data)
    if folder is None:
        raise _fail("no ECB+ data: pass --data or put it at ../shared/data/clustering/ecbplus", 2)
    scores = comparison.score_alignment(list(comparison.ecb_subtopics(folder)))
    _print_scores(comparison.figures(scores), [comparison.table(scores)], json_output, width=130)


def _print_scores(
    figures: dict[str, float], tables: list[Table], json_output: bool, width: int = 120
) -> None:
    """An evaluation's headline figures as JSON, or its tables (piped: wide enough for every
    column)."""
    if json_output:
        console.print_json(json.dumps(figures))
        return
    out = console if console.is_terminal else Console(width=width)
    for table in tables:
        out.print(table)


@evaluate_app.command("events")
def eval_events(
    data: Annotated[
        Path | None,
        typer.Option(help="The events folder. Default: ../shared/data/events.", show_default=False),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Score only this many PETRARCH2 records and IPE documents.")
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score event coding and date resolution.

    PETRARCH2's unit-test records (fictional states, CAMEO codes mapped to PLOVER types):
    share of gold source-target-type triples found. IndiaPoliceEvents (Times of India, 2002):
    sentence-level precision and recall for police killing, arrest, force and failure to act.
    Relative dates: storylens's own table of sentences ("on Wednesday", "last summer",
    "Tuesday (July 11)") resolved against a publication date. Publication dates of the
    readability and trafilatura pages are scored by `storylens eval extraction`.
    Takes about a minute.
    """
    from storylens.evaluation import events

    folder = events.find_events_data(data)
    if folder is None:
        raise _fail("no events data: pass --data or put it at ../shared/data/events", code=2)
    with _progress("records", hidden=json_output) as progress:
        task = progress.add_task("PETRARCH2 records and IPE documents")
        scores = events.evaluate(folder, limit, progress=lambda: progress.advance(task))
    _print_scores(events.figures(scores), events.tables(scores), json_output)
    for line in [] if json_output else scores.dates_wrong:
        console.print(f"[yellow]date case missed[/] {line}", highlight=False)


if __name__ == "__main__":
    app()
