"""`storylens eval timelines`: timelines of long-running stories against journalists' own.

Timeline17 (Tran et al. 2013) gives, per topic and outlet, the outlet's dated articles and a
timeline its journalists wrote. As in news-tls (Ghalandari & Ifrim 2020): for each reference
timeline, a timeline is built from the articles published between its first and last day,
with as many days as it has and its mean sentences per day, and scored by alignment-based
ROUGE-1 and ROUGE-2 F1 (tilse's many-to-one alignment of days by date distance and content)
and by date F1. tilse's Python reimplementation of ROUGE is used (the Perl ROUGE-1.5.5 the
papers ran needs Perl modules this project does not install); its figures run close to the
Perl script's but are not the same, so the published figures are printed as anchors, not as
a like-for-like race.

The weights of `stories/timeline_summary.py` are chosen topic by topic: for each topic, the
grid's best setting on the other topics is scored on it (leave-one-topic-out), and that is the
figure the floors pin; the setting the whole data set would choose is printed beside it.
A baseline runs in the same command: the days with the most articles, each told by the
opening sentences of that day's articles.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from rich.table import Table

from storylens.evaluation import shared_data
from storylens.stories.timeline_summary import DatedText, TimelineDay, TimelineSettings, summarise_timeline

#: Published figures on T17 (alignment ROUGE-1 F1, ROUGE-2 F1, date F1).
ANCHORS = {
    "DATEWISE (news-tls)": (0.120, 0.035, 0.544),
    "CLUST (news-tls)": (0.082, 0.020, 0.407),
    "SUnSET (LLM, Qwen-72B)": (0.136, 0.044, 0.576),
}
#: The settings tried for each held-out topic.
GRID: dict[str, tuple[float, ...]] = {
    "mention_weight": (1.0, 2.0, 4.0),
    "lead_sentences": (3, 6),
    "topic_weight": (0.5, 1.0),
}
_TOKENS = (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("`` ", '"'), (" ''", '"'))
_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]]|'s\b|n't\b)")
_SPACE_AFTER = re.compile(r"([(\[$]) ")


def find_timeline_data(explicit: Path | None = None) -> Path | None:
    """Timeline17: the given folder, else ../shared/data/timelines/t17."""
    folder = shared_data("timelines/t17", explicit)
    return folder if folder and any(folder.glob("*/timelines/*.txt")) else None


@dataclass(frozen=True, slots=True)
class Reference:
    name: str
    days: dict[date, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Collection:
    """One topic as one outlet covered it: its articles (sentences as printed, tokenised)
    and its journalists' timelines."""

    name: str
    topic: str
    articles: tuple[tuple[date, str, tuple[str, ...]], ...]  # (day, id, tokenised sentences)
    references: tuple[Reference, ...]


def read_collections(folder: Path) -> list[Collection]:
    collections = []
    for path in sorted(p for p in folder.iterdir() if (p / "timelines").is_dir()):
        articles = []
        for day_folder in sorted((path / "InputDocs").iterdir()):
            try:
                day = date.fromisoformat(day_folder.name)
            except ValueError:
                continue
            for file in sorted(day_folder.glob("*.txt")):
                lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
                sentences = tuple(line.strip() for line in lines if line.strip())
                articles.append((day, f"{path.name}/{day_folder.name}/{file.stem}", sentences))
        references = tuple(
            Reference(f.stem, read_reference(f.read_text(encoding="utf-8", errors="replace")))
            for f in sorted((path / "timelines").glob("*.txt"))
        )
        collections.append(Collection(path.name, path.name.split("_")[0], tuple(articles), references))
    return collections


def read_reference(text: str) -> dict[date, tuple[str, ...]]:
    """A Timeline17 timeline: a date line, its sentences, a line of dashes; a date may recur."""
    days: dict[date, list[str]] = defaultdict(list)
    current: date | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("-----"):
            current = None
            continue
        if current is None:
            try:
                current = date.fromisoformat(line[:10])
                continue
            except ValueError:
                pass
        if current is not None:
            days[current].append(line)
    return {day: tuple(sentences) for day, sentences in days.items() if sentences}


def detokenise(sentence: str) -> str:
    """Printed text back from Penn Treebank tokens, for the date reader."""
    for token, mark in _TOKENS:
        sentence = sentence.replace(token, mark)
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", sentence))


@dataclass(frozen=True, slots=True)
class Task:
    collection: Collection
    reference: Reference
    texts: tuple[DatedText, ...]
    tokenised: dict[str, tuple[str, ...]]
    start: date
    end: date
    dates: int
    sentences: int


def tasks(collections: Iterable[Collection]) -> list[Task]:
    found = []
    for collection in collections:
        for reference in collection.references:
            start, end = min(reference.days), max(reference.days)
            chosen = [a for a in collection.articles if start <= a[0] <= end]
            texts = tuple(
                DatedText(id, day, tuple(detokenise(s) for s in sentences)) for day, id, sentences in chosen
            )
            mean = sum(len(s) for s in reference.days.values()) / len(reference.days)
            found.append(
                Task(
                    collection,
                    reference,
                    texts,
                    {id: sentences for _, id, sentences in chosen},
                    start,
                    end,
                    len(reference.days),
                    max(1, round(mean)),
                )
            )
    return found


def ours(task: Task, settings: TimelineSettings) -> dict[date, list[str]]:
    built = summarise_timeline(
        task.texts,
        dates=task.dates,
        sentences=task.sentences,
        start=task.start,
        end=task.end,
        settings=settings,
    )
    return _tokenised(task, built)


def baseline(task: Task) -> dict[date, list[str]]:
    """The days with the most articles, each told by its articles' opening sentences."""
    by_day: dict[date, list[DatedText]] = defaultdict(list)
    for text in task.texts:
        if text.published:
            by_day[text.published].append(text)
    days = sorted(by_day, key=lambda d: (-len(by_day[d]), d))[: task.dates]
    timeline = {}
    for day in days:
        leads = [task.tokenised[t.id][i] for i in range(3) for t in by_day[day] if i < len(t.sentences)]
        timeline[day] = leads[: task.sentences]
    return timeline


def _tokenised(task: Task, built: Sequence[TimelineDay]) -> dict[date, list[str]]:
    return {
        entry.day: [task.tokenised[s.article][s.position] for s in entry.sentences]
        for entry in built
        if entry.sentences
    }


@dataclass(slots=True)
class TimelineScores:
    """Per system, per timeline: (ROUGE-1 F1, ROUGE-2 F1, date F1)."""

    rows: dict[str, dict[str, tuple[float, float, float]]] = field(default_factory=dict)
    chosen: dict[str, TimelineSettings] = field(default_factory=dict)  # held-out topic → its setting
    whole: TimelineSettings = field(default_factory=TimelineSettings)

    def mean(self, system: str) -> tuple[float, float, float]:
        values = list(self.rows.get(system, {}).values())
        if not values:
            return (0.0, 0.0, 0.0)
        return tuple(sum(v[i] for v in values) / len(values) for i in range(3))  # type: ignore[return-value]


class Scorer:
    """tilse's alignment ROUGE (many-to-one, date and content costs) and date F1."""

    def __init__(self) -> None:
        from tilse.evaluation import rouge

        self._rouge = rouge.TimelineRougeEvaluator(
            measures=["rouge_1", "rouge_2"], rouge_computation="reimpl"
        )
        self._known: dict[
            tuple[str, tuple[tuple[date, tuple[str, ...]], ...]], tuple[float, float, float]
        ] = {}

    def score(self, predicted: dict[date, list[str]], reference: Reference) -> tuple[float, float, float]:

        if not predicted:
            return (0.0, 0.0, 0.0)
        key = (reference.name, tuple(sorted((d, tuple(s)) for d, s in predicted.items())))
        if key not in self._known:
            self._known[key] = self._score(predicted, reference)
        return self._known[key]

    def _score(self, predicted: dict[date, list[str]], reference: Reference) -> tuple[float, float, float]:
        from tilse.data.timelines import GroundTruth, Timeline
        from tilse.evaluation import dates

        truth = GroundTruth([Timeline({d: list(s) for d, s in reference.days.items()})])
        timeline = Timeline(predicted)
        found = self._rouge.evaluate_align_date_content_costs_many_to_one(timeline, truth)
        return (
            float(found["rouge_1"]["f_score"]),
            float(found["rouge_2"]["f_score"]),
            float(dates.evaluate_dates(timeline, truth)["f_score"]),
        )


def settings_grid() -> list[TimelineSettings]:
    return [
        replace(TimelineSettings(), mention_weight=weight, lead_sentences=int(lead), topic_weight=topic)
        for weight, lead, topic in itertools.product(
            GRID["mention_weight"], GRID["lead_sentences"], GRID["topic_weight"]
        )
    ]


def evaluate(
    all_tasks: Sequence[Task],
    progress: Callable[[], None] = lambda: None,
    grid: Sequence[TimelineSettings] = (),
) -> TimelineScores:
    """Leave-one-topic-out: each topic's timelines are scored with the setting that did best
    (mean ROUGE-1 + ROUGE-2 + date F1) on the other topics."""
    scorer = Scorer()
    grid = list(grid) or settings_grid()
    table: dict[tuple[int, str], tuple[float, float, float]] = {}
    for index, settings in enumerate(grid):
        for task in all_tasks:
            table[index, _key(task)] = scorer.score(ours(task, settings), task.reference)
        progress()
    scores = TimelineScores()
    topics = sorted({t.collection.topic for t in all_tasks})

    def best(keys: Sequence[str]) -> int:
        return max(range(len(grid)), key=lambda i: (sum(sum(table[i, k]) for k in keys), -i))

    for topic in topics:
        others = [_key(t) for t in all_tasks if t.collection.topic != topic]
        chosen = best(others)
        scores.chosen[topic] = grid[chosen]
        for task in all_tasks:
            if task.collection.topic == topic:
                scores.rows.setdefault("storylens (held-out topic)", {})[_key(task)] = table[
                    chosen, _key(task)
                ]
    whole = best([_key(t) for t in all_tasks])
    scores.whole = grid[whole]
    scores.rows["storylens (tuned on all)"] = {_key(t): table[whole, _key(t)] for t in all_tasks}
    scores.rows["storylens (shipped defaults)"] = {
        _key(t): scorer.score(ours(t, TimelineSettings()), t.reference) for t in all_tasks
    }
    scores.rows["Most-covered days, leads"] = {
        _key(t): scorer.score(baseline(t), t.reference) for t in all_tasks
    }
    progress()
    return scores


def _key(task: Task) -> str:
    return f"{task.collection.name}/{task.reference.name}"


def figures(scores: TimelineScores) -> dict[str, float]:
    found: dict[str, float] = {"timelines": len(scores.rows.get("storylens (held-out topic)", {}))}
    names = {
        "storylens (held-out topic)": "held_out",
        "storylens (tuned on all)": "tuned_on_all",
        "storylens (shipped defaults)": "defaults",
        "Most-covered days, leads": "baseline",
    }
    for system, key in names.items():
        r1, r2, dates = scores.mean(system)
        found[f"{key}_rouge1"], found[f"{key}_rouge2"], found[f"{key}_date_f1"] = (
            round(r1, 4),
            round(r2, 4),
            round(dates, 4),
        )
    return found


def table(scores: TimelineScores) -> Table:
    count = len(scores.rows.get("storylens (held-out topic)", {}))
    out = Table(title=f"Timelines: Timeline17, {count} reference timelines (alignment ROUGE F1, date F1)")
    out.add_column("system")
    for name in ("ROUGE-1", "ROUGE-2", "date F1"):
        out.add_column(name, justify="right")
    for system in scores.rows:
        out.add_row(system, *(f"{v:.3f}" for v in scores.mean(system)))
    for system, values in ANCHORS.items():
        out.add_row(f"{system}, published", *(f"{v:.3f}" for v in values))
    out.caption = (
        "Held-out topic: each topic scored with the grid setting best on the other topics; "
        f"on all topics the grid picks {_describe(scores.whole)}. ROUGE by tilse's Python "
        "reimplementation (the published figures used the Perl script)."
    )
    return out


def _describe(settings: TimelineSettings) -> str:
    return ", ".join(f"{name} {getattr(settings, name)}" for name in GRID)
