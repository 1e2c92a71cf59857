"""`storylens eval events`: events and dates against labelled data nobody here wrote, plus a
table of date cases we wrote.

1. PETRARCH2's unit-test records (fictional states, CAMEO codes): the share of gold
   source–target–type triples found, types compared at the PLOVER level through the
   CAMEO→PLOVER table. A party matches a gold code when its state code agrees, or, for the
   suite's fictional states that no gazetteer holds, when a word of it begins with the code's
   three letters ("Arnor" for ARN); "---" matches anything.
2. IndiaPoliceEvents (Times of India, 2002; the odd-numbered documents): sentence-level
   precision and recall for police killing, arrest, use of force and failure to act, read from
   our events (see `ipe_classes`).
3. Relative dates: `relative_dates.tsv`, sentences written for storylens with the date each
   mention resolves to.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from rich.table import Table

from storylens.enrich.who_said_what import read_article
from storylens.evaluation import shared_data
from storylens.evaluation.metrics import SegmentCounts, f1
from storylens.records import Event
from storylens.text.dates import find_dates

IPE_CLASSES = ("KILL", "ARREST", "FORCE", "FAIL")
FORCE_MODES = frozenset({"firearms", "crowd-control", "beat", None})
#: Force that a passive with no actor reports as police force: "rounds were fired".
UNCLAIMED_FORCE_MODES = frozenset({"firearms", "crowd-control"})


def find_events_data(explicit: Path | None = None) -> Path | None:
    """The events data folder: the given one, else ../shared/data/events."""
    folder = shared_data("events", explicit)
    return folder if folder and (folder / "CAMEO2PLOVER-2021.txt").is_file() else None


# --- CAMEO → PLOVER --------------------------------------------------------------------------


def read_plover_table(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type, from lines such as `0311: AGREE,  , economic # …`."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)", line)
        if found:
            table.setdefault(found.group(1), found.group(2))
    return table


def plover_type(code: str, table: dict[str, str]) -> str | None:
    """A CAMEO code's PLOVER type: its own line, else its three- or two-digit parent's."""
    for size in (len(code), 3, 2):
        if code[:size] in table:
            return table[code[:size]]
    return None


# --- PETRARCH2 ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CodedSentence:
    id: str
    text: str
    codings: tuple[tuple[str, str, str], ...]  # (source, target, CAMEO code)


def petrarch_cases(folder: Path) -> Iterator[CodedSentence]:
    xml = (folder / "petrarch2" / "PETR.UnitTest.records.xml").read_text(encoding="utf-8")
    for attributes, body in re.findall(r"<Sentence ([^>]*)>(.*?)</Sentence>", xml, re.S):
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        ident = re.search(r'id="([^"]*)"', attributes)
        if text is None or ident is None:
            continue
        codings = tuple(
            (coding["sourcecode"], coding["targetcode"], coding["eventcode"])
            for coding in (
                dict(re.findall(r'(\w+)="([^"]*)"', c)) for c in re.findall(r"<EventCoding ([^>]*)>", body)
            )
            if {"sourcecode", "targetcode", "eventcode"} <= coding.keys()
        )
        yield CodedSentence(ident.group(1), " ".join(text.group(1).split()), codings)


def party_matches(gold: str, code: str | None, written: str | None) -> bool:
    """Whether an actor or target found matches a gold CAMEO actor code (see module doc)."""
    state = gold[:3]
    if state == "---":
        return True
    if code and code[:3] == state:
        return True
    words = re.findall(r"[A-Za-z]+", written or "")
    return any(word.upper().startswith(state) for word in words if len(word) >= 3)


@dataclass(slots=True)
class PetrarchScores:
    sentences: int = 0
    gold: int = 0
    unmapped: int = 0  # gold codes outside the CAMEO→PLOVER table (the suite's own test codes)
    found_triples: int = 0
    predicted: int = 0
    correct_predicted: int = 0
    found_types: int = 0

    @property
    def triple_recall(self) -> float:
        return self.found_triples / self.gold if self.gold else 0.0

    @property
    def triple_precision(self) -> float:
        return self.correct_predicted / self.predicted if self.predicted else 0.0

    @property
    def type_recall(self) -> float:
        return self.found_types / self.gold if self.gold else 0.0


def score_petrarch(
    cases: Sequence[CodedSentence], table: dict[str, str], progress: Callable[[], None] | None = None
) -> PetrarchScores:
    scores = PetrarchScores()
    for case in cases:
        if progress is not None:
            progress()
        gold = []
        for source, target, code in case.codings:
            kind = plover_type(code, table)
            if kind is None:
                scores.unmapped += 1
            else:
                gold.append((source, target, kind))
        if not gold:
            continue
        scores.sentences += 1
        events = [e for e in _events(case.text, None) if not e.failed and not e.hypothetical]
        scores.gold += len(gold)
        scores.predicted += len(events)
        for source, target, kind in gold:
            typed = [e for e in events if e.action == kind]
            scores.found_types += bool(typed)
            scores.found_triples += any(_triple_matches(e, source, target) for e in typed)
        scores.correct_predicted += sum(
            any(e.action == kind and _triple_matches(e, source, target) for source, target, kind in gold)
            for e in events
        )
    return scores


def _triple_matches(event: Event, source: str, target: str) -> bool:
    return party_matches(source, event.actor_code, event.actor) and party_matches(
        target, event.target_code, event.target
    )


def _events(text: str, published: date | None) -> tuple[Event, ...]:
    return read_article(text, "en", "eval", published)[2]


# --- IndiaPoliceEvents -------------------------------------------------------------------------


def ipe_classes(events: Sequence[Event]) -> set[str]:
    """The IndiaPoliceEvents classes a sentence's events show. Police act where an event's
    actor codes as police (COP); a passive with no actor ("rounds were fired", "were
    arrested") counts where the sentence holds a police action or names no other actor."""
    events = [e for e in events if not e.hypothetical]  # spoken of, not reported done
    police = any((e.actor_code or "").endswith("COP") for e in events if not e.failed)
    classes: set[str] = set()
    for event in events:
        by_police = (event.actor_code or "").endswith("COP") or (event.actor is None and police)
        unclaimed = event.actor is None or by_police
        if event.failed:
            if by_police or (event.actor is None and "COP" in (event.target_code or "")):
                classes.add("FAIL")
            continue
        if event.action == "ASSAULT" and event.mode == "kill" and (by_police or police):
            classes.update(("KILL", "FORCE"))  # a killing is force too: every KILL label is also FORCE
        if event.action == "COERCE" and event.mode == "arrest" and unclaimed:
            classes.add("ARREST")
        if event.action == "ASSAULT" and (
            (by_police and event.mode in FORCE_MODES)
            or (event.actor is None and event.mode in UNCLAIMED_FORCE_MODES)
        ):
            classes.add("FORCE")
    return classes


@dataclass(slots=True)
class PoliceScores:
    sentences: int = 0
    documents: int = 0
    classes: dict[str, SegmentCounts] = field(
        default_factory=lambda: {name: SegmentCounts() for name in IPE_CLASSES}
    )


def ipe_documents(folder: Path) -> list[tuple[date | None, list[tuple[str, set[str]]]]]:
    """Per document: its date and its sentences with their labels."""
    base = folder / "indiapoliceevents-odd"
    dates: dict[int, date | None] = {}
    for line in (base / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        try:
            dates[meta["doc_id"]] = date.fromisoformat(meta.get("date") or "")
        except ValueError:
            dates[meta["doc_id"]] = None
    documents: dict[int, list[tuple[str, set[str]]]] = defaultdict(list)
    for line in (base / "sents.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        documents[row["doc_id"]].append((row["sent_text"], set(row["sent_labels"])))
    return [(dates.get(doc), sentences) for doc, sentences in documents.items()]


def score_ipe(
    documents: Sequence[tuple[date | None, list[tuple[str, set[str]]]]],
    progress: Callable[[], None] | None = None,
) -> PoliceScores:
    scores = PoliceScores()
    for published, sentences in documents:
        scores.documents += 1
        for text, labels in sentences:
            scores.sentences += 1
            found = ipe_classes(_events(text, published)) if text.strip() else set()
            for name, counts in scores.classes.items():
                counts.tp += name in found and name in labels
                counts.fp += name in found and name not in labels
                counts.fn += name not in found and name in labels
        if progress is not None:
            progress()
    return scores


# --- relative dates ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateCase:
    published: date | None
    sentence: str
    mention: str
    value: str | None
    precision: str


def date_cases() -> list[DateCase]:
    text = resources.files("storylens.evaluation").joinpath("relative_dates.tsv").read_text(encoding="utf-8")
    cases = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        published, sentence, mention, value, precision = line.split("\t")
        cases.append(
            DateCase(
                None if published == "-" else date.fromisoformat(published),
                sentence,
                mention,
                None if value == "-" else value,
                precision,
            )
        )
    return cases


def score_dates(cases: Sequence[DateCase]) -> tuple[int, list[str]]:
    """How many cases resolve right, and a line for each that does not."""
    right = 0
    wrong = []
    for case in cases:
        found = [m for m in find_dates(case.sentence, case.published) if m.text == case.mention]
        got = (found[0].value, found[0].precision.value) if found else None
        if got == (case.value, case.precision):
            right += 1
        else:
            wrong.append(f"{case.sentence!r}: {got} (expected {case.value}, {case.precision})")
    return right, wrong


# --- report ------------------------------------------------------------------------------------


@dataclass(slots=True)
class EventScores:
    petrarch: PetrarchScores
    police: PoliceScores
    dates_right: int
    dates_total: int
    dates_wrong: list[str]


def figures(scores: EventScores) -> dict[str, float]:
    out = {
        "PETRARCH2 triple recall": scores.petrarch.triple_recall,
        "PETRARCH2 triple precision": scores.petrarch.triple_precision,
        "PETRARCH2 type recall": scores.petrarch.type_recall,
    }
    for name, counts in scores.police.classes.items():
        out[f"IPE {name} precision"] = counts.precision
        out[f"IPE {name} recall"] = counts.recall
        out[f"IPE {name} F1"] = f1(counts.precision, counts.recall)
    out["relative dates accuracy"] = scores.dates_right / scores.dates_total if scores.dates_total else 0.0
    return out


def tables(scores: EventScores) -> list[Table]:
    petrarch = Table(
        title=f"PETRARCH2 unit records ({scores.petrarch.sentences} coded sentences, {scores.petrarch.gold} "
        f"codings with a PLOVER type; {scores.petrarch.unmapped} test-only codes left out)"
    )
    for column in ("metric", "storylens", "PETRARCH2"):
        petrarch.add_column(column, justify="left" if column == "metric" else "right")
    petrarch.add_row("source-target-type recall", f"{scores.petrarch.triple_recall:.3f}", "1.000*")
    petrarch.add_row("source-target-type precision", f"{scores.petrarch.triple_precision:.3f}", "1.000*")
    petrarch.add_row("type recall (any parties)", f"{scores.petrarch.type_recall:.3f}", "1.000*")
    petrarch.caption = "* PETRARCH2 passes its own tests, with the dictionaries written for them."
    police = Table(
        title=f"IndiaPoliceEvents, sentence level ({scores.police.documents} documents, "
        f"{scores.police.sentences} sentences)"
    )
    for column in ("class", "precision", "recall", "F1", "gold"):
        police.add_column(column, justify="left" if column == "class" else "right")
    for name, counts in scores.police.classes.items():
        police.add_row(
            name,
            f"{counts.precision:.3f}",
            f"{counts.recall:.3f}",
            f"{f1(counts.precision, counts.recall):.3f}",
            str(counts.tp + counts.fn),
        )
    dates = Table(title=f"Relative dates (storylens's own table, {scores.dates_total} cases)")
    dates.add_column("metric")
    dates.add_column("storylens", justify="right")
    dates.add_row("resolved exactly", f"{scores.dates_right}/{scores.dates_total}")
    return [petrarch, police, dates]


def evaluate(
    folder: Path, limit: int | None = None, progress: Callable[[], None] | None = None
) -> EventScores:
    table = read_plover_table(folder / "CAMEO2PLOVER-2021.txt")
    cases = list(petrarch_cases(folder))[:limit]
    documents = ipe_documents(folder)[:limit]
    written = date_cases()
    right, wrong = score_dates(written)
    return EventScores(
        petrarch=score_petrarch(cases, table, progress),
        police=score_ipe(documents, progress),
        dates_right=right,
        dates_total=len(written),
        dates_wrong=wrong,
    )
