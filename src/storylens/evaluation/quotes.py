"""`storylens eval quotes`: attributions on PolNeAR dev, scored as BBC Citron scores PARC3.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) labels every attribution in 1,008 US political
news articles: the Source span (who), the Cue (the verb or phrase) and the Content (what),
in brat standoff files. Its attributions are broad: beliefs, wishes and findings as well as
speech.

Scores, over the tokens of each text (words and punctuation marks):

- **overlap** precision and recall per role: predicted tokens inside a gold span of that role
  over all predicted tokens (each predicted quote counted on its own), and gold tokens covered
  by a prediction over all gold tokens; the definition of Citron's overlap metric.
- **exact** F1 per role: a predicted span counts when its tokens equal a gold span's.
- **attribution F1 at 30 %**: a gold attribution is found when one predicted content covers at
  least 30 % of its content tokens, and a prediction is right when at least 30 % of its tokens
  lie in one gold content (the Gender Gap Tracker's quote match).
- **speaker accuracy**: of the gold attributions that have a source and were found, the share
  whose best-matching prediction names a source overlapping the gold source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.table import Table

from storylens.enrich.who_said_what import read_article
from storylens.evaluation import shared_data
from storylens.records import Quote

#: Published figures on the same scheme (PARC3 for Citron, the tracker's own set for GGT).
PUBLISHED = {
    "BBC Citron (PARC3)": {
        "source exact F1": 0.820,
        "cue exact F1": 0.823,
        "content exact F1": 0.593,
        "content overlap F1": 0.833,
    },
    "Gender Gap Tracker": {"attribution F1 at 30%": 0.837, "speaker accuracy": 0.865},
}
OVERLAP_SHARE = 0.3
_TOKEN = re.compile(r"\w+|[^\w\s]")
Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Spans
    cue: Spans
    source: Spans


@dataclass(frozen=True, slots=True)
class QuoteCase:
    """One annotated article."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def find_quotes_data(explicit: Path | None = None) -> Path | None:
    """PolNeAR's folder: the given one, else ../shared/data/quotes/polnear."""
    if explicit is not None:
        return explicit if explicit.is_dir() else None
    found = shared_data("quotes")
    return found / "polnear" if found is not None and (found / "polnear").is_dir() else None


def polnear_cases(folder: Path, split: str = "dev") -> Iterator[QuoteCase]:
    """The annotated articles of a split; an article annotated by several people is read once."""
    seen: set[str] = set()
    for ann in sorted((folder / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        text_path = folder / split / "text" / f"{name}.txt"
        if name in seen or not text_path.is_file():
            continue
        seen.add(name)
        text = text_path.read_text(encoding="utf-8")
        yield QuoteCase(name, text, tuple(_read_brat(ann.read_text(encoding="utf-8"))))


def _read_brat(standoff: str) -> Iterator[GoldAttribution]:
    spans: dict[str, Spans] = {}
    relations: list[dict[str, str]] = []
    for line in standoff.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            kind, _, ranges = parts[1].partition(" ")
            if kind in {"Source", "Cue", "Content"}:
                spans[parts[0]] = tuple(
                    (int(a), int(b)) for a, b in (piece.split() for piece in ranges.split(";"))
                )
        elif parts[0].startswith("E"):
            relations.append(dict(item.split(":", 1) for item in parts[1].split() if ":" in item))
    for relation in relations:
        content = spans.get(relation.get("Content", ""), ())
        if content:
            yield GoldAttribution(
                content, spans.get(relation.get("Cue", ""), ()), spans.get(relation.get("Source", ""), ())
            )


@dataclass
class _Counts:
    predicted: int = 0  # predicted tokens, each quote counted on its own
    predicted_hit: int = 0  # of those, tokens inside a gold span
    gold: int = 0
    gold_hit: int = 0
    exact_predicted: int = 0
    exact_gold: int = 0
    exact_matched: int = 0

    def overlap(self) -> tuple[float, float, float]:
        return _prf(self.predicted_hit, self.predicted, self.gold_hit, self.gold)

    def exact(self) -> tuple[float, float, float]:
        return _prf(self.exact_matched, self.exact_predicted, self.exact_matched, self.exact_gold)


@dataclass
class QuoteScores:
    content: _Counts = field(default_factory=_Counts)
    cue: _Counts = field(default_factory=_Counts)
    source: _Counts = field(default_factory=_Counts)
    found_gold: int = 0
    gold_attributions: int = 0
    right_predictions: int = 0
    predictions: int = 0
    speakers_checked: int = 0
    speakers_right: int = 0
    articles: int = 0

    def attribution_f1(self) -> tuple[float, float, float]:
        return _prf(self.right_predictions, self.predictions, self.found_gold, self.gold_attributions)

    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_checked if self.speakers_checked else 0.0


def _prf(hit_p: int, total_p: int, hit_r: int, total_r: int) -> tuple[float, float, float]:
    precision = hit_p / total_p if total_p else 0.0
    recall = hit_r / total_r if total_r else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


class _Tokens:
    def __init__(self, text: str) -> None:
        self.bounds = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]

    def of(self, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
        return frozenset(
            i for i, (start, end) in enumerate(self.bounds) for a, b in spans if start < b and a < end
        )


def score_case(case: QuoteCase, quotes: Sequence[Quote], scores: QuoteScores) -> None:
    tokens = _Tokens(case.text)
    gold_content = [tokens.of(g.content) for g in case.attributions]
    gold_cue = [tokens.of(g.cue) for g in case.attributions if g.cue]
    gold_source = [tokens.of(g.source) for g in case.attributions]
    pred_content = [tokens.of([(q.start, q.end)]) for q in quotes]
    pred_cue = [tokens.of([q.cue_span]) for q in quotes if q.cue_span]
    pred_source = [tokens.of([q.speaker_span]) if q.speaker_span else frozenset() for q in quotes]
    _add(scores.content, pred_content, gold_content)
    _add(scores.cue, pred_cue, gold_cue)
    _add(scores.source, [s for s in pred_source if s], [s for s in gold_source if s])
    scores.articles += 1
    scores.gold_attributions += len(gold_content)
    scores.predictions += len(pred_content)
    scores.right_predictions += sum(
        1
        for predicted in pred_content
        if predicted and any(len(predicted & gold) >= OVERLAP_SHARE * len(predicted) for gold in gold_content)
    )
    for gold, source in zip(gold_content, gold_source, strict=True):
        best = max(range(len(pred_content)), key=lambda i: len(pred_content[i] & gold), default=None)
        if best is None or len(pred_content[best] & gold) < OVERLAP_SHARE * max(1, len(gold)):
            continue
        scores.found_gold += 1
        if source:
            scores.speakers_checked += 1
            scores.speakers_right += bool(pred_source[best] & source)


def _add(counts: _Counts, predicted: list[frozenset[int]], gold: list[frozenset[int]]) -> None:
    gold_union = frozenset().union(*gold) if gold else frozenset()
    predicted_union = frozenset().union(*predicted) if predicted else frozenset()
    counts.predicted += sum(len(p) for p in predicted)
    counts.predicted_hit += sum(len(p & gold_union) for p in predicted)
    counts.gold += len(gold_union)
    counts.gold_hit += len(gold_union & predicted_union)
    gold_set = set(gold)
    counts.exact_predicted += len(predicted)
    counts.exact_gold += len(gold)
    counts.exact_matched += sum(1 for p in set(predicted) if p in gold_set)


def evaluate(cases: Sequence[QuoteCase], progress: Callable[[], None] | None = None) -> QuoteScores:
    """Run the entity and quote stage on each article's text as given, and score it."""
    scores = QuoteScores()
    for case in cases:
        _, quotes, _ = read_article(case.text, "en", case.name)
        score_case(case, quotes, scores)
        if progress is not None:
            progress()
    return scores


def figures(scores: QuoteScores) -> dict[str, float]:
    return {
        "source exact F1": scores.source.exact()[2],
        "source overlap F1": scores.source.overlap()[2],
        "cue exact F1": scores.cue.exact()[2],
        "cue overlap F1": scores.cue.overlap()[2],
        "content exact F1": scores.content.exact()[2],
        "content overlap F1": scores.content.overlap()[2],
        "content overlap P": scores.content.overlap()[0],
        "content overlap R": scores.content.overlap()[1],
        "attribution F1 at 30%": scores.attribution_f1()[2],
        "speaker accuracy": scores.speaker_accuracy(),
    }


def table(scores: QuoteScores, split: str = "dev") -> Table:
    ours = figures(scores)
    counted = f"{scores.articles} articles, {scores.gold_attributions} attributions"
    out = Table(title=f"Quotes on PolNeAR {split} ({counted})")
    for column in ("metric", "storylens", *PUBLISHED):
        out.add_column(column, justify="left" if column == "metric" else "right")
    for metric, value in ours.items():
        out.add_row(metric, f"{value:.3f}", *(_published(tool, metric) for tool in PUBLISHED))
    return out


def _published(tool: str, metric: str) -> str:
    value = PUBLISHED[tool].get(metric)
    return "" if value is None else f"{value:.3f}"
