"""The quote evaluation's gate: `storylens eval quotes` over PolNeAR dev (skipped when
../shared/data/quotes is absent) fails when a figure falls below its pinned floor. The floors
sit a little under the figures measured when they were pinned; lowering one is a deliberate
change to this file. The issue's targets (content overlap F1 0.85, speaker accuracy 0.88) are
the floors of those two figures."""

from __future__ import annotations

import pytest

from storylens.evaluation.quotes import evaluate, figures, find_quotes_data, polnear_cases

FLOORS = {  # measured 2026-11-23 in brackets
    "content overlap F1": 0.85,  # (0.856; Citron on PARC3 0.833; the target)
    "content overlap P": 0.88,  # (0.891)
    "attribution F1 at 30%": 0.80,  # (0.809; Gender Gap Tracker 0.837 on its own set)
    "speaker accuracy": 0.88,  # (0.887; Gender Gap Tracker 0.865; the target)
    "source exact F1": 0.57,  # (0.581; Citron 0.820)
    "cue exact F1": 0.62,  # (0.632; Citron 0.823)
}


@pytest.mark.slow
def test_quote_figures_stay_above_their_floors() -> None:
    folder = find_quotes_data()
    if folder is None:
        pytest.skip("../shared/data/quotes/polnear is not on this machine")
    cases = list(polnear_cases(folder, "dev"))
    assert len(cases) == 84
    measured = figures(evaluate(cases))
    below = {
        name: (round(measured[name], 3), floor) for name, floor in FLOORS.items() if measured[name] < floor
    }
    assert not below, f"figures below their floors (measured, floor): {below}"


def test_brat_standoff_is_read_with_discontinuous_spans_and_relations_before_their_spans() -> None:
    from storylens.evaluation.quotes import _read_brat

    standoff = "\n".join(
        [
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T1\tSource 0 3\tShe",
            "T2\tCue 4 8\tsaid",
            "T3\tContent 10 14;20 25\tword more",
            "T4\tAttribution 4 8\tsaid",
            "T5\tDiscard 30 35\tnoise",
            "#1\tAnnotatorNotes T3\ta note",
        ]
    )
    [attribution] = list(_read_brat(standoff))
    assert attribution.content == ((10, 14), (20, 25))
    assert attribution.cue == ((4, 8),)
    assert attribution.source == ((0, 3),)


def test_scores_count_overlap_by_tokens_and_speakers_by_source_overlap() -> None:
    from storylens.evaluation.quotes import GoldAttribution, QuoteCase, QuoteScores, score_case
    from storylens.records import Quote

    text = "Velt said the port would stay shut all week."
    gold = GoldAttribution(content=((10, 43),), cue=((5, 9),), source=((0, 4),))
    case = QuoteCase("t", text, (gold,))
    half = Quote(text[10:24], False, "said", "Velt", None, "t", 10, 24, cue_span=(5, 9), speaker_span=(0, 4))
    scores = QuoteScores()
    score_case(case, [half], scores)
    precision, recall, _ = scores.content.overlap()
    assert precision == 1.0
    assert recall == pytest.approx(3 / 7)  # "the port would" of "the port would stay shut all week"
    assert scores.speaker_accuracy() == 1.0
    assert scores.cue.exact()[2] == 1.0
    assert scores.content.exact()[2] == 0.0
