"""The `storylens eval` commands: each scores one capability on labelled public data in
../shared/data and prints its figures beside the tools people use (see README, Accuracy)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from storylens.settings import Settings
from storylens.terminal import console, fail, progress_bar

#: The Python modules of the `eval` extra each evaluation imports, and the packages that ship them.
_EXTRA_MODULES = {
    "inscriptis": "inscriptis",
    "html_text": "html-text",
    "scipy": "scipy",
    "rouge_score": "rouge-score",
    "tilse": "tilse",
    "pyrouge": "pyrouge",
}


def require_eval_extra(*modules: str) -> None:
    """Stop with one line saying how to install the evaluation extra when a module is missing."""
    missing = [_EXTRA_MODULES[m] for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        needs = f"this evaluation needs {', '.join(missing)}: pip install 'storylens[eval]'"
        raise fail(needs, code=2)


evaluate_app = typer.Typer(
    help="Measure storylens on labelled public data (../shared/data) beside the tools people use.",
    no_args_is_help=True,
)


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
    trafilatura's evaluation pages, the readability.js test pages and the WCXB dev pages
    (~700 sites; text mode on two renderers' text, the sites split into a fit part and a
    held-out part), and prints segment F1, body shingle and word precision/recall/F1, line
    keep/drop precision/recall, and title, byline and date accuracy, beside the figures the
    tools' authors publish. Takes about six minutes on two cores.
    """
    require_eval_extra("inscriptis", "html_text")
    from storylens.evaluation import extraction
    from storylens.evaluation.pages import find_data

    folder = find_data(data)
    if folder is None:
        raise fail("no extraction data: pass --data or put it at ../shared/data/extraction", code=2)
    cases = extraction.load_cases(folder, limit)
    with progress_bar("pages") as progress:
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
    require_eval_extra("scipy")
    from storylens.evaluation import clustering
    from storylens.evaluation.clustering_data import find_clustering_data, load_sets

    folder = find_clustering_data(data)
    if folder is None:
        raise fail("no clustering data: pass --data or put it at ../shared/data/clustering", code=2)
    sets = load_sets(folder)
    if only:
        sets = {name: cases for name, cases in sets.items() if any(name.startswith(o) for o in only)}
    if not sets:
        raise fail(f"no labelled sets found under {folder}", code=2)
    with progress_bar("sets", hidden=json_output) as progress:
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
        raise fail("no PolNeAR data: pass --data or put it at ../shared/data/quotes/polnear", code=2)
    cases = list(quotes.polnear_cases(folder, split))[:limit]
    if not cases:
        raise fail(f"no annotated articles in {folder / split}", code=2)
    with progress_bar("articles", hidden=json_output) as progress:
        task = progress.add_task("articles", total=len(cases))
        scores = quotes.evaluate(cases, progress=lambda: progress.advance(task))
    _print_scores(quotes.figures(scores), [quotes.table(scores, split)], json_output)


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
    require_eval_extra("rouge_score")
    from storylens.evaluation import summary

    folder = summary.find_summary_data(data)
    if folder is None:
        raise fail("no MMDS2025 data: pass --data or put it at ../shared/data/clustering/mmds2025-dev", 2)
    scores = summary.score_summaries(list(summary.mmds_summary_cases(folder)))
    _print_scores(summary.figures(scores), [summary.table(scores)], json_output)


@evaluate_app.command("timelines")
def eval_timelines(
    data: Annotated[
        Path | None,
        typer.Option(help="Timeline17's folder. Default: ../shared/data/timelines/t17.", show_default=False),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score timelines against journalists' own (Timeline17: 4 topics, 10 outlets' timelines).

    For each reference timeline, a timeline of as many days, and its mean sentences per day, is
    built from the outlet's articles between its first and last day; prints alignment ROUGE-1
    and ROUGE-2 F1 and date F1 (tilse) for our timeline with the weights chosen on the other
    topics (held out), tuned on all, and at its defaults, beside a most-covered-days baseline
    and the published figures of news-tls and an LLM system. Takes about four minutes.
    """
    require_eval_extra("tilse", "pyrouge")
    from storylens.evaluation import timelines

    folder = timelines.find_timeline_data(data)
    if folder is None:
        raise fail("no Timeline17 data: pass --data or put it at ../shared/data/timelines/t17", 2)
    tasks = timelines.tasks(timelines.read_collections(folder))
    with progress_bar("settings", hidden=json_output) as progress:
        task = progress.add_task("timelines per setting", total=len(timelines.settings_grid()) + 1)
        scores = timelines.evaluate(tasks, progress=lambda: progress.advance(task))
    _print_scores(timelines.figures(scores), [timelines.table(scores)], json_output)


@evaluate_app.command("storylines")
def eval_storylines(
    data: Annotated[
        Path | None,
        typer.Option(help="Timeline17's folder. Default: ../shared/data/timelines/t17.", show_default=False),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the headline figures as JSON.")] = False,
) -> None:
    """Score storylines (moments linked across weeks) by B-cubed against known storylines.

    The linking threshold is chosen on our own sets (planted storylines and the sample
    corpus); Timeline17's four topics, which the choice never saw, are scored with it. Each
    set goes through the whole pipeline into a temporary library; printed beside the moments
    alone and everything in one storyline. Takes about three minutes.
    """
    from storylens.evaluation import storylines
    from storylens.evaluation.timelines import find_timeline_data

    with progress_bar("sets", hidden=json_output) as progress:
        task = progress.add_task("sets ingested and linked", total=3)
        scores = storylines.evaluate(find_timeline_data(data), progress=lambda: progress.advance(task))
    _print_scores(storylines.figures(scores), [storylines.table(scores)], json_output, width=140)


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
        raise fail("no ECB+ data: pass --data or put it at ../shared/data/clustering/ecbplus", 2)
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
        raise fail("no events data: pass --data or put it at ../shared/data/events", code=2)
    with progress_bar("records", hidden=json_output) as progress:
        task = progress.add_task("PETRARCH2 records and IPE documents")
        scores = events.evaluate(folder, limit, progress=lambda: progress.advance(task))
    _print_scores(events.figures(scores), events.tables(scores), json_output)
    for line in [] if json_output else scores.dates_wrong:
        console.print(f"[yellow]date case missed[/] {line}", highlight=False)
