"""The WCXB dev pages' scores in `storylens eval extraction`: body word F1 and title, byline
and date accuracy, HTML mode and text mode (each renderer's text), beside trafilatura run on
the same pages, for the fit part and the held-out part of the sites apart."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.table import Table

from storylens.evaluation.metrics import ShingleScores, Tally
from storylens.evaluation.pages import (
    FIT,
    HELD_OUT,
    HTML_TEXT,
    INSCRIPTIS,
    Output,
    PageOutputs,
    same_byline,
    same_title,
)

#: What WCXB's README reports on its article pages (bag-of-words F1 of the main content).
PUBLISHED_WORD_F1 = {"trafilatura": 0.926, "readability": 0.825}

OURS_HTML = "storylens, HTML"
TRAFILATURA_HTML = "trafilatura, HTML (run here)"
OURS_TEXT = {INSCRIPTIS: "storylens, text (inscriptis)", HTML_TEXT: "storylens, text (html-text)"}
BASELINES_TEXT = ("keep everything", "jusText on text (run here)", "trafilatura on text (run here)")


@dataclass(slots=True)
class PartScores:
    """One part's tallies, each keyed by a system's label."""

    pages: int = 0
    sites: set[str] = field(default_factory=set)
    body: dict[str, ShingleScores] = field(default_factory=dict)
    title: dict[str, Tally] = field(default_factory=dict)
    byline: dict[str, Tally] = field(default_factory=dict)
    date: dict[str, Tally] = field(default_factory=dict)

    def add(self, outputs: PageOutputs, html_names: tuple[str, str], site: str) -> None:
        case = outputs.case
        self.pages += 1
        self.sites.add(site)
        systems: dict[str, Output] = {
            OURS_HTML: outputs.html[html_names[0]],
            TRAFILATURA_HTML: outputs.html[html_names[1]],
        }
        systems.update({OURS_TEXT[name]: out for name, out in outputs.rendered.items()})
        body = dict(systems)
        body.update({f"{name} (inscriptis)": outputs.text[name] for name in BASELINES_TEXT})
        for name, out in body.items():
            if case.body:
                self.body.setdefault(name, ShingleScores(size=1)).add(out.body, case.body)
        for name, out in systems.items():
            if case.title:
                self.title.setdefault(name, Tally()).add(same_title(out.title, case.title))
            if case.byline:
                self.byline.setdefault(name, Tally()).add(same_byline(out.byline, case.byline))
            if case.date:
                self.date.setdefault(name, Tally()).add(out.date == case.date)


@dataclass(slots=True)
class WcxbScores:
    parts: dict[str, PartScores] = field(default_factory=dict)

    def add(self, outputs: PageOutputs, html_names: tuple[str, str], site: str) -> None:
        self.parts.setdefault(outputs.case.part, PartScores()).add(outputs, html_names, site)

    def figures(self) -> dict[str, float]:
        """Flat figures per part: `wcxb_<part>_<mode>_<field>`."""
        found: dict[str, float] = {}
        systems = (
            ("html", OURS_HTML),
            ("text", OURS_TEXT[INSCRIPTIS]),
            ("text_html_text", OURS_TEXT[HTML_TEXT]),
        )
        for part in (FIT, HELD_OUT):
            scores = self.parts.get(part, PartScores())
            key = f"wcxb_{part.replace('-', '_')}"
            for mode, name in systems:
                found[f"{key}_{mode}_body_f1"] = scores.body.get(name, ShingleScores()).f1
                found[f"{key}_{mode}_title"] = scores.title.get(name, Tally()).accuracy
                found[f"{key}_{mode}_byline"] = scores.byline.get(name, Tally()).accuracy
                found[f"{key}_{mode}_date"] = scores.date.get(name, Tally()).accuracy
        return found

    def table(self) -> Table:
        counts = ", ".join(
            f"{part} {self.parts[part].pages} pages / {len(self.parts[part].sites)} sites"
            for part in (FIT, HELD_OUT)
            if part in self.parts
        )
        table = Table(title=f"5. WCXB dev pages ({counts}), body word F1 and metadata accuracy")
        for column in ("system", "part", "body P", "body R", "body F1", "title", "byline", "date"):
            table.add_column(column, justify="left" if column in ("system", "part") else "right")
        for part in (FIT, HELD_OUT):
            scores = self.parts.get(part)
            if scores is None:
                continue
            for name, body in scores.body.items():
                table.add_row(
                    name,
                    part,
                    f"{body.precision:.3f}",
                    f"{body.recall:.3f}",
                    f"{body.f1:.3f}",
                    *(_accuracy(tallies.get(name)) for tallies in (scores.title, scores.byline, scores.date)),
                )
        for name, value in PUBLISHED_WORD_F1.items():
            table.add_row(f"{name} (published, all WCXB articles)", "", "", "", f"{value:.3f}", "", "", "")
        table.caption = (
            "The sites are split in two by a fixed hash: the title, byline and date models are fitted "
            "on the fit part only; the held-out part is sites no fit or threshold has seen, and its "
            "figures are the ones the floors pin."
        )
        return table


def _accuracy(tally: Tally | None) -> str:
    return f"{tally.accuracy:.3f}" if tally else ""
