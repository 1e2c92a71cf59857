"""`storylens eval extraction`: main text and metadata, scored on labelled pages nobody here wrote.

Four measurements, each beside what the tools people use now reach on the same pages:

1. trafilatura-eval, HTML mode, with trafilatura's own segment metric;
2. the readability.js test pages, HTML mode: body 4-gram-shingle F1, title, byline and date;
3. text mode: each page's complete visible text, rendered one block per line by inscriptis,
   cleaned as crawler output; shingle F1 against the expected body (readability.js's output,
   rendered by the same inscriptis settings) and line keep/drop precision and recall
   (readability pages), and the segment metric (trafilatura-eval pages);
4. publication dates, wherever the page's labels state one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path

from rich.table import Table

from storylens.evaluation.metrics import KeepDrop, SegmentCounts, ShingleScores, Tally, shingles, squash
from storylens.evaluation.pages import (
    HTML_TEXT,
    INSCRIPTIS,
    Output,
    PageCase,
    PageOutputs,
    readability_cases,
    render_text,
    same_byline,
    same_title,
    site_of,
    trafilatura_cases,
    wcxb_cases,
)
from storylens.evaluation.wcxb import WcxbScores
from storylens.records import Skipped

# Figures the tools' authors publish for trafilatura-eval (segment F1, trafilatura's docs).
PUBLISHED_SEGMENT_F1 = {
    "trafilatura": 0.924,
    "jusText": 0.862,
    "news-please": 0.836,
    "readability-lxml": 0.826,
    "goose3": 0.810,
}
# Text-mode figures quoted by issue 3 (full-page text of real news pages, shingle F1).
QUOTED_TEXT_MODE_F1 = {"keep everything": 0.66, "trafilatura on text": 0.69, "jusText on text": 0.76}

OURS = "storylens"
TRAFILATURA = "trafilatura (run here)"
OURS_TEXT = "storylens text mode"
KEEP_ALL = "keep everything"
JUSTEXT_TEXT = "jusText on text (run here)"
TRAFILATURA_TEXT = "trafilatura on text (run here)"


# --- the systems -----------------------------------------------------------------------


def run_storylens(content: str, mode: str, url: str | None) -> Output:
    """Clean one page (cleaning and language only: entities and quotes are not scored here)."""
    from storylens.pipeline import cleaning_pipeline
    from storylens.records import CleanMode, Page

    page = Page(origin=url or "<string>", content=content, mode=CleanMode(mode), url=url)
    article = cleaning_pipeline().run(page)
    if isinstance(article, Skipped):
        return Output()
    return Output(article.text, article.title, article.byline, _day(article.published))


def run_trafilatura(html: str, url: str | None) -> Output:
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None:
        return Output()
    return Output(
        getattr(document, "text", None),
        getattr(document, "title", None),
        getattr(document, "author", None),
        _day(getattr(document, "date", None)),
    )


def run_justext_lines(lines: list[str]) -> Output:
    import justext

    paragraphs = justext.justext(_lines_as_html(lines).encode(), _justext_stoplist())
    return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate))


@lru_cache(maxsize=1)
def _justext_stoplist() -> frozenset[str]:
    """English and German stop words: the two languages most of the pages are written in."""
    import justext

    return frozenset(justext.get_stoplist("English")) | frozenset(justext.get_stoplist("German"))


def run_trafilatura_lines(lines: list[str]) -> Output:
    return run_trafilatura(_lines_as_html(lines), None)


def _lines_as_html(lines: list[str]) -> str:
    """Crawler text as the HTML-only tools can read it: one paragraph per line."""
    return (
        "<html><body>" + "".join(f"<p>{escape(line, quote=False)}</p>" for line in lines) + "</body></html>"
    )


def _day(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else None


def run_page(case: PageCase) -> PageOutputs:
    """Every system on one page (run in a worker process)."""
    result = PageOutputs(case)
    result.html[OURS] = run_storylens(case.html, "html", case.url)
    result.html[TRAFILATURA] = run_trafilatura(case.html, case.url)
    text = render_text(case.html)
    result.lines = [squash(line) for line in text.splitlines() if line.strip()]
    result.text[OURS_TEXT] = run_storylens(text, "text", case.url)
    result.rendered[INSCRIPTIS] = result.text[OURS_TEXT]
    result.rendered[HTML_TEXT] = run_storylens(render_text(case.html, HTML_TEXT), "text", case.url)
    result.text[KEEP_ALL] = Output("\n".join(result.lines))
    result.text[JUSTEXT_TEXT] = run_justext_lines(result.lines)
    result.text[TRAFILATURA_TEXT] = run_trafilatura_lines(result.lines)
    return result


# --- scoring ---------------------------------------------------------------------------


@dataclass(slots=True)
class ExtractionScores:
    segments_html: dict[str, SegmentCounts] = field(default_factory=dict)
    segments_text: dict[str, SegmentCounts] = field(default_factory=dict)
    body_html: dict[str, ShingleScores] = field(default_factory=dict)
    body_text: dict[str, ShingleScores] = field(default_factory=dict)
    lines_text: dict[str, KeepDrop] = field(default_factory=dict)
    title: dict[str, Tally] = field(default_factory=dict)
    text_title_by_dataset: dict[str, Tally] = field(default_factory=dict)
    byline: dict[str, Tally] = field(default_factory=dict)
    date: dict[str, Tally] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    #: storylens's text mode on the second renderer's text, body shingles by data set
    body_html_text: dict[str, ShingleScores] = field(default_factory=dict)
    wcxb: WcxbScores = field(default_factory=WcxbScores)

    def add(self, outputs: PageOutputs) -> None:
        case = outputs.case
        self.pages[case.dataset] = self.pages.get(case.dataset, 0) + 1
        if case.dataset == "wcxb":
            self.wcxb.add(outputs, (OURS, TRAFILATURA), site_of(case.url))
            return
        if case.body is not None and HTML_TEXT in outputs.rendered:
            self.body_html_text.setdefault(case.dataset, ShingleScores()).add(
                outputs.rendered[HTML_TEXT].body, case.body
            )
        if case.wanted:
            for name, out in outputs.html.items():
                self.segments_html.setdefault(name, SegmentCounts()).add(
                    out.body, list(case.wanted), list(case.unwanted)
                )
            for name, out in outputs.text.items():
                self.segments_text.setdefault(name, SegmentCounts()).add(
                    out.body, list(case.wanted), list(case.unwanted)
                )
        if case.body is not None:
            for name, out in outputs.html.items():
                self.body_html.setdefault(name, ShingleScores()).add(out.body, case.body)
            for name, out in outputs.text.items():
                self.body_text.setdefault(name, ShingleScores()).add(out.body, case.body)
                self._add_lines(name, out, outputs.lines, case.body)
        self._add_metadata(outputs)

    def _add_lines(self, name: str, out: Output, lines: list[str], expected: str) -> None:
        gold = Membership(expected)
        kept = Membership(out.body or "")
        tally = self.lines_text.setdefault(name, KeepDrop())
        for line in lines:
            if re.search(r"\w", line):  # a lone brace or rule line is neither body nor furniture
                tally.add(kept.holds(line), gold.holds(line))

    def _add_metadata(self, outputs: PageOutputs) -> None:
        case = outputs.case
        systems = {**outputs.html, f"{OURS_TEXT} ": outputs.text[OURS_TEXT]}
        for label, out in systems.items():
            name = label.strip()
            if case.title:
                right = same_title(out.title, case.title)
                self.title.setdefault(name, Tally()).add(right)
                if name == OURS_TEXT:
                    self.text_title_by_dataset.setdefault(case.dataset, Tally()).add(right)
            if case.byline and case.dataset == "readability":
                self.byline.setdefault(name, Tally()).add(same_byline(out.byline, case.byline))
            if case.date:
                self.date.setdefault(name, Tally()).add(out.date == case.date)


class Membership:
    """Whether a line belongs to a text: most of its 4-word shingles occur there or, for a
    line of fewer than four words, it is one of the text's lines or begins or ends one."""

    def __init__(self, text: str) -> None:
        self.shingles = shingles(text)
        self.lines = [_words(line) for line in text.splitlines()]
        self.exact = set(self.lines)

    def holds(self, line: str) -> bool:
        mine = shingles(line)
        if sum(1 for _ in re.finditer(r"\w+", line)) < 4:
            short = _words(line)
            if not short:
                return False
            return short in self.exact or any(
                other.startswith(short + " ") or other.endswith(" " + short) for other in self.lines
            )
        found = sum(min(count, self.shingles[s]) for s, count in mine.items())
        return found >= 0.5 * sum(mine.values())


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def load_cases(folder: Path, limit: int | None = None) -> list[PageCase]:
    """The labelled pages of the three data sets (at most `limit` of each; WCXB where shipped)."""
    cases = list(_limited(trafilatura_cases(folder / "trafilatura-eval"), limit))
    cases += _limited(readability_cases(folder / "readability"), limit)
    if (folder / "wcxb-dev" / "ground-truth").is_dir():
        cases += _limited(wcxb_cases(folder / "wcxb-dev"), limit)
    return cases


def evaluate(
    cases: list[PageCase],
    workers: int = 2,
    progress: Callable[[int], None] | None = None,
) -> ExtractionScores:
    """Run every system over the pages and score them."""
    scores = ExtractionScores()
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
        for outputs in pool.map(run_page, cases, chunksize=4):
            scores.add(outputs)
            if progress is not None:
                progress(1)
    return scores


def _limited(cases: Iterator[PageCase], limit: int | None) -> Iterator[PageCase]:
    for index, case in enumerate(cases):
        if limit is not None and index >= limit:
            return
        yield case


def figures(scores: ExtractionScores) -> dict[str, float]:
    """The headline figures, flat, as the test gate pins them (0.0 where no page had a label)."""
    lines = scores.lines_text.get(OURS_TEXT, KeepDrop())
    body_text = scores.body_text.get(OURS_TEXT, ShingleScores())
    return {
        "html_segment_f1": scores.segments_html.get(OURS, SegmentCounts()).f1,
        "html_body_f1": scores.body_html.get(OURS, ShingleScores()).f1,
        "text_segment_f1": scores.segments_text.get(OURS_TEXT, SegmentCounts()).f1,
        "text_body_f1": body_text.f1,
        "text_body_recall": body_text.recall,
        "text_line_precision": lines.precision,
        "text_line_recall": lines.recall,
        "title_accuracy": scores.title.get(OURS, Tally()).accuracy,
        "text_title_accuracy": scores.title.get(OURS_TEXT, Tally()).accuracy,
        "text_title_accuracy_readability": scores.text_title_by_dataset.get("readability", Tally()).accuracy,
        "byline_accuracy": scores.byline.get(OURS, Tally()).accuracy,
        "text_byline_accuracy": scores.byline.get(OURS_TEXT, Tally()).accuracy,
        "date_accuracy": scores.date.get(OURS, Tally()).accuracy,
        "text_date_accuracy": scores.date.get(OURS_TEXT, Tally()).accuracy,
        "text_body_f1_html_text": scores.body_html_text.get("readability", ShingleScores()).f1,
        **scores.wcxb.figures(),
    }


def tables(scores: ExtractionScores) -> list[Table]:
    """The evaluation as tables: ours beside the tools run here and the published figures."""
    pages = scores.pages
    segment = Table(
        title=f"1. trafilatura-eval, HTML mode, segment metric ({pages.get('trafilatura-eval', 0)} pages)"
    )
    for column in ("system", "precision", "recall", "F1", "source"):
        segment.add_column(column, justify="left" if column in ("system", "source") else "right")
    for name, counts in scores.segments_html.items():
        segment.add_row(name, *_three(counts.precision, counts.recall, counts.f1), "measured")
    for name, value in PUBLISHED_SEGMENT_F1.items():
        segment.add_row(f"{name} (published)", "", "", f"{value:.3f}", "trafilatura docs")

    body = Table(title=f"2. readability pages, HTML mode ({pages.get('readability', 0)} pages)")
    for column in ("system", "body P", "body R", "body F1"):
        body.add_column(column, justify="left" if column == "system" else "right")
    for name, shingle in scores.body_html.items():
        body.add_row(name, *_three(shingle.precision, shingle.recall, shingle.f1))

    text = Table(title="3. text mode: the page's whole visible text (inscriptis), cleaned")
    for column in (
        "system",
        "body P",
        "body R",
        "body F1",
        "line P",
        "line R",
        "segment F1",
        "quoted F1",
    ):
        text.add_column(column, justify="left" if column == "system" else "right")
    quoted = {OURS_TEXT: None, KEEP_ALL: "keep everything", JUSTEXT_TEXT: "jusText on text"}
    quoted[TRAFILATURA_TEXT] = "trafilatura on text"
    for name, shingle in scores.body_text.items():
        lines = scores.lines_text[name]
        key = quoted.get(name)
        text.add_row(
            name,
            *_three(shingle.precision, shingle.recall, shingle.f1),
            f"{lines.precision:.3f}",
            f"{lines.recall:.3f}",
            f"{scores.segments_text[name].f1:.3f}",
            f"{QUOTED_TEXT_MODE_F1[key]:.2f}" if key else "",
        )

    meta = Table(title="4. metadata accuracy where the labels state a value")
    for column in ("system", "title", "byline", "date"):
        meta.add_column(column, justify="left" if column == "system" else "right")
    for name in scores.title:
        meta.add_row(
            name,
            _accuracy(scores.title.get(name)),
            _accuracy(scores.byline.get(name)),
            _accuracy(scores.date.get(name)),
        )
    by_set = scores.text_title_by_dataset
    meta.caption = (
        f"Text mode titles by data set: trafilatura-eval {_accuracy(by_set.get('trafilatura-eval'))}, "
        "pages the title model was fitted on, with their labels; "
        f"readability {_accuracy(by_set.get('readability'))}, pages it never saw, most of "
        "whose labelled titles appear nowhere in the page's text."
    )
    if scores.body_html_text:
        second = scores.body_html_text.get("readability")
        text.caption = (
            f"storylens text mode on html-text's rendering of the readability pages: body F1 "
            f"{second.f1 if second else 0.0:.3f} (a second renderer, other line breaks)."
        )
    tables = [segment, body, text, meta]
    if scores.wcxb.parts:
        tables.append(scores.wcxb.table())
    return tables


def _three(a: float, b: float, c: float) -> tuple[str, str, str]:
    return f"{a:.3f}", f"{b:.3f}", f"{c:.3f}"


def _accuracy(tally: Tally | None) -> str:
    return f"{tally.accuracy:.3f} ({tally.right}/{tally.total})" if tally else ""
