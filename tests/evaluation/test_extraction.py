"""The extraction evaluation: its metrics on cases worked by hand, and the accuracy gate.

The gate runs `storylens eval extraction` over ../shared/data/extraction (skipped when the
data is absent) and fails when a figure falls below its pinned floor. The floors sit a
little under the figures measured when they were pinned; lowering one is a deliberate
change to this file.
"""

from __future__ import annotations

import pytest

from storylens.evaluation.extraction import Membership, evaluate, figures, load_cases
from storylens.evaluation.metrics import KeepDrop, SegmentCounts, ShingleScores
from storylens.evaluation.pages import (
    HTML_TEXT,
    INSCRIPTIS,
    expected_text,
    find_data,
    render_text,
    same_byline,
    same_title,
    site_of,
    wcxb_part,
)

FLOORS = {  # measured 2026-11-23 in brackets
    "html_segment_f1": 0.925,  # (0.931; trafilatura run here 0.927, published 0.924; target 0.93)
    "html_body_f1": 0.88,  # (0.895; trafilatura run here 0.918; 3 pages too short to keep score 0)
    "text_segment_f1": 0.87,  # (0.885; pages the line model was fitted on, with trafilatura's labels)
    "text_body_f1": 0.885,  # (0.902; keep everything 0.801; pages the model never saw; target 0.90)
    "text_body_recall": 0.915,  # (0.934; target 0.97, ceiling 0.977: three pages are a line or two long)
    "text_line_precision": 0.825,  # (0.846)
    "text_line_recall": 0.855,  # (0.872; the expected body now has its captions and tables)
    "title_accuracy": 0.78,  # (0.808; 0.726 before the printed <h1> headline could replace the metadata's)
    "text_title_accuracy": 0.70,  # (0.732; pages the title model is fitted on; before it 0.434)
    "text_title_accuracy_readability": 0.35,  # (0.386; pages the title model never saw; before 0.299)
    "byline_accuracy": 0.80,  # (0.842; 0.750 before the metadata's author when trafilatura finds none)
    "text_byline_accuracy": 0.64,  # (0.658; 0.697 before the new title model moved 3 headlines; never seen)
    "date_accuracy": 0.90,  # (0.915; 0.868, htmldate alone, before the date printed by the headline counted)
    "text_date_accuracy": 0.80,  # (0.831; 0.738 before the date model and dates glued to their neighbours)
    "text_body_f1_html_text": 0.87,  # (0.888; readability pages rendered by html-text)
    # WCXB's held-out sites (measured 2026-12-07): no fit or threshold has seen them
    "wcxb_held_out_html_body_f1": 0.935,  # (0.948; trafilatura run here 0.948, published 0.926)
    "wcxb_held_out_html_title": 0.86,  # (0.885; trafilatura 0.798)
    "wcxb_held_out_html_byline": 0.79,  # (0.812; trafilatura 0.775)
    "wcxb_held_out_html_date": 0.85,  # (0.873; trafilatura 0.873)
    "wcxb_held_out_text_body_f1": 0.895,  # (0.909; jusText on the text 0.849; target 0.92)
    "wcxb_held_out_text_html_text_body_f1": 0.90,  # (0.914)
    "wcxb_held_out_text_title": 0.69,  # (0.726, 2026-12-08; 0.671 before headline pieces, labelled titles)
    "wcxb_held_out_text_html_text_title": 0.72,  # (0.760; 0.690 before)
    "wcxb_held_out_text_byline": 0.61,  # (0.660; 0.371 before the byline model)
    "wcxb_held_out_text_html_text_byline": 0.62,  # (0.663; 0.386 before)
    "wcxb_held_out_text_date": 0.69,  # (0.715; 0.661 before the date model; ceiling about 0.75)
    "wcxb_held_out_text_html_text_date": 0.69,  # (0.715; 0.667 before)
}


def test_segment_counts_follow_trafilaturas_metric() -> None:
    counts = SegmentCounts()
    counts.add(
        "The mayor  opened the\nbridge. Subscribe now",
        ["the mayor opened", "opened the bridge"],
        ["Subscribe"],
    )
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (1, 1, 1, 0)  # case matters, spacing does not
    counts.add(None, ["anything"], ["menu"])
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (1, 2, 1, 1)
    assert counts.precision == pytest.approx(0.5)
    assert counts.recall == pytest.approx(1 / 3)


def test_shingle_scores_average_pages() -> None:
    scores = ShingleScores()
    scores.add("one two three four five", "one two three four five")
    scores.add("", "one two three four")
    assert scores.f1 == pytest.approx(0.5)
    assert scores.recalls == [1.0, 0.0]


def test_line_membership_and_keep_drop() -> None:
    body = Membership("The council voted on Tuesday to close the bridge.\nFeature detection\nMore text here.")
    assert body.holds("The council voted on Tuesday to close the bridge for repairs")  # most shingles
    assert body.holds("Feature detection")
    assert not body.holds("Home")
    tally = KeepDrop()
    for kept, is_body in ((True, True), (True, False), (False, True), (False, False)):
        tally.add(kept, is_body)
    assert (tally.precision, tally.recall) == (0.5, 0.5)


def test_the_expected_body_counts_each_element_once_and_keeps_words_apart() -> None:
    html = "<div><ul><li><p>Ferry closes in March.</p></li></ul><p>Photo credit<br>Petra Holm</p></div>"
    assert expected_text(html).splitlines() == ["* Ferry closes in March.", "Photo credit", "Petra Holm"]


def test_title_and_byline_matching_is_lenient_about_form_not_content() -> None:
    assert same_title("Ferry closes for three weeks | Fenwick Post", "Ferry closes for three weeks")
    assert not same_title("Ferry closes", "Ferry closes for three weeks")
    assert same_byline("Petra Holm", "By Petra Holm")
    assert not same_byline("Ola Nordmann", "Petra Holm")


@pytest.mark.slow
def test_extraction_figures_stay_above_their_floors() -> None:
    folder = find_data()
    if folder is None:
        pytest.skip("../shared/data/extraction is not on this machine")
    measured = figures(evaluate(load_cases(folder)))
    below = {
        name: (round(measured[name], 3), floor) for name, floor in FLOORS.items() if measured[name] < floor
    }
    assert not below, f"figures below their floors (measured, floor): {below}"


def test_a_sites_sections_fall_on_one_side_of_the_split() -> None:
    assert site_of("https://news.fenwick-post.co.uk/a") == site_of("http://www.fenwick-post.co.uk/b")
    assert site_of("https://health.example.edu/x") == "example.edu"
    assert wcxb_part("https://a.example.org/1") == wcxb_part("https://b.example.org/2")
    sides = {wcxb_part(f"https://site{n}.test/") for n in range(20)}
    assert sides == {"fit", "held-out"}


def test_the_second_renderer_puts_blocks_on_their_own_lines() -> None:
    html = "<html><body><nav>Home</nav><h1>Ferry closes</h1><p>The ferry closes in March.</p></body></html>"
    for renderer in (INSCRIPTIS, HTML_TEXT):
        lines = [line.strip() for line in render_text(html, renderer).splitlines() if line.strip()]
        assert lines == ["Home", "Ferry closes", "The ferry closes in March."], renderer
