"""The storyline evaluation's gate: `storylens eval storylines` (Timeline17 skipped when the
data is absent) fails when a figure falls below its pinned floor."""

from __future__ import annotations

import pytest

from storylens.evaluation.storylines import evaluate, figures
from storylens.evaluation.timelines import find_timeline_data

FLOORS = {  # measured 2026-12-08 in brackets; moments alone: planted 0.667, T17 0.063
    "planted_bcubed_f1": 0.95,  # (1.000)
    "sample_bcubed_f1": 0.95,  # (1.000: thirteen stories stay thirteen storylines)
    "t17_bcubed_f1": 0.70,  # (0.772, threshold chosen on our sets; never tuned on Timeline17)
}


@pytest.mark.slow
def test_storyline_figures_stay_above_their_floors() -> None:
    folder = find_timeline_data()
    measured = figures(evaluate(folder))
    floors = {k: v for k, v in FLOORS.items() if folder is not None or not k.startswith("t17")}
    below = {
        name: (measured.get(name, 0.0), floor)
        for name, floor in floors.items()
        if measured.get(name, 0.0) < floor
    }
    assert not below, f"storyline figures fell below their floors: {below}"
    if folder is not None:  # linking must beat the moments alone on the set no choice saw
        assert measured["t17_bcubed_f1"] > measured["t17_moments_bcubed_f1"] + 0.3
