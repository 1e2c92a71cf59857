"""Storylines (moments linked across weeks) scored on articles whose storyline is known.

Our own sets, on which the linking threshold is chosen: storylines planted by us
(`planted_storylines.jsonl`: three fictional stories of three moments each over five to six
weeks, and three one-off moments that share their words: a rail strike and a strike at
another port beside the dock strike, a canal fuel leak beside the river spill) and the
bundled sample corpus (thirteen stories, each its own storyline, two of them earthquakes in
neighbouring countries three days apart). Unseen by the choice: Timeline17's four topics
(the BP oil spill, the 2009 flu pandemic, the Egyptian protests, Michael Jackson's death),
the first articles of each outlet. Each set is ingested through the whole pipeline into a
temporary library (moments as clustering forms them, entities for the names), and every
article's storyline is scored by B-cubed against its set's label, beside the moments alone (each moment
its own storyline) and every article in one storyline.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from rich.table import Table

from storylens.evaluation.metrics import ClusterScores, cluster_scores
from storylens.evaluation.timelines import detokenise, read_collections
from storylens.settings import Settings
from storylens.stories.storyline_links import moments_of_library
from storylens.stories.storylines import LinkSettings, link_moments

#: Thresholds tried on the planted storylines.
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
#: Timeline17 articles ingested per outlet (the earliest; the set's first weeks).
T17_PER_OUTLET = 40


@dataclass(frozen=True, slots=True)
class LabelledSet:
    """Reports to ingest (JSONL rows) or a folder, and each input's storyline: by the
    article id a report gives, or by the input's path under the folder."""

    name: str
    reports: tuple[dict[str, str], ...]
    labels: dict[str, str]
    folder: Path | None = None


def sample_set(folder: Path) -> LabelledSet | None:
    """The bundled sample corpus: thirteen stories, each its own storyline (samples/answers.json)."""
    answers = folder.parent / "answers.json"
    if not answers.is_file():
        return None
    stories = json.loads(answers.read_text("utf-8"))["stories"]
    labels = {member: story for story, members in stories.items() for member in members}
    return LabelledSet("the sample corpus (ours)", (), labels, folder)


def sample_folder() -> Path | None:
    """samples/news of a source checkout (the sample does not ship in the wheel)."""
    found = Path(__file__).resolve().parents[3] / "samples" / "news"
    return found if found.is_dir() else None


def planted_set() -> LabelledSet:
    text = resources.files("storylens.evaluation").joinpath("planted_storylines.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    labels = {row["id"]: row.pop("storyline") for row in rows}
    return LabelledSet("planted storylines (ours)", tuple(rows), labels)


def t17_set(folder: Path, per_outlet: int = T17_PER_OUTLET) -> LabelledSet:
    reports: list[dict[str, str]] = []
    labels: dict[str, str] = {}
    for collection in read_collections(folder):
        outlet = collection.name.split("_", 1)[-1]
        for day, id, sentences in sorted(collection.articles)[:per_outlet]:
            if len(sentences) < 2:
                continue
            printed = [detokenise(s) for s in sentences]
            key = id.replace("/", "-")
            reports.append(
                {
                    "id": key,
                    "outlet": outlet,
                    "published": day.isoformat(),
                    "title": printed[0],
                    "text": "\n\n".join(printed[1:]),
                    "language": "en",
                }
            )
            labels[key] = collection.topic
    return LabelledSet(f"Timeline17, {per_outlet} articles per outlet", tuple(reports), labels)


@dataclass(slots=True)
class SetScores:
    name: str
    articles: int = 0
    moments: int = 0
    by_threshold: dict[float, ClusterScores] = field(default_factory=dict)
    moments_alone: ClusterScores | None = None
    all_in_one: ClusterScores | None = None


def score_set(labelled: LabelledSet, thresholds: Sequence[float], settings: Settings) -> SetScores:
    """Ingest the set into a temporary library, then link its moments at each threshold."""
    from storylens.library import Library

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "reports.jsonl"
        source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in labelled.reports), "utf-8")
        with Library(db=Path(folder) / "library.db", settings=settings) as library:
            library.ingest([labelled.folder or source])
            moments, members = moments_of_library(library.store)
            gold = {}
            for articles in members.values():
                for article in articles:
                    label = _label(labelled, article, library.store.load_article(article)[0].source)
                    if label is not None:
                        gold[article] = label
    story_of = {article: story for story, articles in members.items() for article in articles}
    scores = SetScores(labelled.name, len(gold), len(moments))
    scores.moments_alone = cluster_scores(story_of, gold)
    scores.all_in_one = cluster_scores(dict.fromkeys(story_of, "one"), gold)
    for threshold in thresholds:
        links = link_moments(moments, replace(LinkSettings(), threshold=threshold))
        line_of = {link.story: link.storyline for link in links}
        predicted = {article: line_of[story] for article, story in story_of.items()}
        scores.by_threshold[threshold] = cluster_scores(predicted, gold)
    return scores


def _label(labelled: LabelledSet, article: str, source: str) -> str | None:
    if article in labelled.labels:
        return labelled.labels[article]
    if labelled.folder is not None:
        under = source.replace("\\", "/").split(f"{labelled.folder.name}/", 1)[-1]
        return labelled.labels.get(under)
    return None


@dataclass(slots=True)
class StorylineScores:
    ours: list[SetScores]
    unseen: SetScores | None
    chosen: float

    def chosen_on(self, found: SetScores) -> ClusterScores:
        return found.by_threshold[self.chosen]


def evaluate(t17: Path | None, progress: Callable[[], None] = lambda: None) -> StorylineScores:
    """The threshold is the one with the best mean B-cubed F1 on our own sets (the lowest,
    linking the most, on a tie); Timeline17 is scored with it."""
    settings = Settings(workers=1)
    found = [planted_set()]
    folder = sample_folder()
    sample = sample_set(folder) if folder else None
    if sample is not None:
        found.append(sample)
    ours = []
    for labelled in found:
        ours.append(score_set(labelled, THRESHOLDS, settings))
        progress()
    chosen = max(
        THRESHOLDS, key=lambda t: (round(sum(s.by_threshold[t].bcubed_f1 for s in ours) / len(ours), 6), -t)
    )
    unseen = score_set(t17_set(t17), THRESHOLDS, settings) if t17 is not None else None
    progress()
    return StorylineScores(ours, unseen, chosen)


def figures(scores: StorylineScores) -> dict[str, float]:
    found: dict[str, float] = {"threshold": scores.chosen}
    named = [("planted", scores.ours[0]), *(("sample", s) for s in scores.ours[1:]), ("t17", scores.unseen)]
    for key, result in named:
        if result is None:
            continue
        chosen = scores.chosen_on(result)
        found[f"{key}_bcubed_f1"] = round(chosen.bcubed_f1, 4)
        found[f"{key}_storylines"] = chosen.clusters
        assert result.moments_alone is not None
        found[f"{key}_moments_bcubed_f1"] = round(result.moments_alone.bcubed_f1, 4)
        found[f"{key}_moments"] = result.moments
    return found


def table(scores: StorylineScores) -> Table:
    out = Table(title="Storylines: moments linked across weeks (B-cubed against each set's storylines)")
    for name in ("set", "linking", "storylines", "B³ precision", "B³ recall", "B³ F1"):
        out.add_column(name, justify="left" if name in ("set", "linking") else "right")
    for result in (*scores.ours, scores.unseen):
        if result is None:
            continue
        rows: list[tuple[str, ClusterScores | None]] = [
            (f"storylens, threshold {scores.chosen} (chosen on our sets)", scores.chosen_on(result)),
            ("moments alone (no linking)", result.moments_alone),
            ("every article in one storyline", result.all_in_one),
        ]
        best = max(result.by_threshold, key=lambda t: result.by_threshold[t].bcubed_f1)
        if result is scores.unseen:
            rows.append((f"best threshold on this set ({best}), for reference", result.by_threshold[best]))
        for label, found in rows:
            if found is None:
                continue
            out.add_row(
                f"{result.name} ({result.articles} articles)",
                label,
                str(found.clusters),
                f"{found.bcubed_precision:.3f}",
                f"{found.bcubed_recall:.3f}",
                f"{found.bcubed_f1:.3f}",
            )
    return out
