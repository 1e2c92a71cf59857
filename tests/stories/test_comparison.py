"""Outlet comparison and the cited summary, on three fictional outlets' reports of one flood."""

from __future__ import annotations

from pathlib import Path

from storylens.codec import story_dict
from storylens.records import DuplicateGroup
from storylens.stories.comparison import compare_articles
from storylens.stories.summary import summarise

from ..conftest import ingest_reports, make_article

WIRE = (
    "The river Sel burst its banks at Harnvik on Friday, flooding 300 homes and cutting the"
    " coastal railway, the regional emergency office said.",
    "Mayor Tora Lind said the town's two schools would stay closed until Wednesday.",
    "Army engineers were building a temporary dyke along the northern quay.",
)
GAZETTE = (
    "The river Sel burst its banks at Harnvik on Friday, flooding 450 homes and cutting the"
    " coastal railway, the regional emergency office said.",
    "Mayor Tora Lind said the town's two schools would stay closed until Wednesday.",
    "Insurers in Harnvik expect claims to run into the millions, a broker told the Gazette.",
)
COURIER = (
    "The river Sel burst its banks at Harnvik on Friday, flooding 300 homes and cutting the"
    " coastal railway, the regional disaster office said.",
    "Both of the town's schools will stay closed until Wednesday, Mayor Tora Lind said.",
    "Local shops on the harbour front handed out sandbags to anyone who asked for them.",
)


def _articles() -> list:
    return [
        make_article("wire", "Floods in Harnvik", WIRE, "2025-03-07", "Northgate Wire"),
        make_article("wire-copy", "Floods in Harnvik", WIRE, "2025-03-07", "Valley Echo"),
        make_article("gazette", "Harnvik under water", GAZETTE, "2025-03-07", "Brightwater Gazette"),
        make_article("courier", "River Sel floods Harnvik", COURIER, "2025-03-08", "Eastbay Courier"),
    ]


def test_facts_are_aligned_across_outlets_and_copies_count_once() -> None:
    groups = [DuplicateGroup("wire", ("wire-copy",), (1.0,))]
    facts, _ = compare_articles(_articles(), groups)
    flood = facts[0]
    assert flood.text.startswith("The river Sel burst its banks")
    assert set(flood.articles) == {"wire", "wire-copy", "gazette", "courier"}
    assert flood.outlets == ("Northgate Wire", "Valley Echo", "Brightwater Gazette", "Eastbay Courier")
    assert flood.sources == 3  # the wire and its reprint are one origin
    mayor = next(f for f in facts if f.text.startswith("Mayor Tora Lind"))
    assert mayor.sources == 3  # the Courier's own wording aligns too
    assert mayor.articles[-1] == "courier"
    only = [f for f in facts if f.sources == 1]
    assert any("Insurers" in f.text for f in only)
    assert any("sandbags" in f.text for f in only)


def test_disagreements_and_wordings_are_named() -> None:
    facts, _ = compare_articles(_articles())
    flood = facts[0]
    by_kind = {d.kind: dict(d.values) for d in flood.differences}
    assert set(by_kind["number"]) == {"300", "450"}
    assert by_kind["number"]["450"] == ("gazette",)
    assert set(by_kind["number"]["300"]) >= {"wire", "courier"}
    assert set(by_kind["wording"]) == {"emergency", "disaster"}


def test_a_number_in_words_or_digits_is_no_disagreement() -> None:
    first = make_article(
        "a", "Ferry", ("Nine ferries were cancelled at Tolvik on Monday because of the storm.",)
    )
    second = make_article(
        "b", "Ferry", ("9 ferries were cancelled at Tolvik on Monday because of the storm.",)
    )
    third = make_article(
        "c", "Ferry", ("Eleven ferries were cancelled at Tolvik on Monday because of the storm.",)
    )
    (fact,) = compare_articles([first, second, third])[0]
    assert fact.articles == ("a", "b", "c")
    (difference,) = fact.differences
    assert difference.kind == "number"
    assert dict(difference.values) == {"Nine": ("a",), "Eleven": ("c",)}


def test_unrelated_sentences_stay_apart() -> None:
    facts, _ = compare_articles(_articles())
    for fact in facts:
        assert len(set(fact.articles)) == len(fact.articles)  # an article carries a fact once
    dyke = next(f for f in facts if "dyke" in f.text)
    assert dyke.articles == ("wire", "wire-copy")


def test_every_summary_sentence_cites_the_articles_that_carry_it() -> None:
    articles = _articles()
    facts, members = compare_articles(articles)
    summary = summarise(articles, facts, members, max_sentences=3)
    assert 1 <= len(summary) <= 3
    assert summary[0].text.startswith("The river Sel burst its banks")  # Friday's news, told first
    for sentence in summary:
        assert sentence.articles == facts[sentence.fact].articles
        assert sentence.articles
    dates = [s.date for s in summary]
    assert dates == sorted(dates)


def test_a_summary_sentence_leaves_its_dateline_out() -> None:
    lead = (
        "HESBY, July 11 (Eastern Wire) -- Kestria opened its trade liaison office in Hesby on Tuesday,"
        " two months after announcing the plan."
    )
    articles = [make_article("wire", "Kestria opens Hesby office", (lead,), "2023-07-11", "Eastern Wire")]
    facts, members = compare_articles(articles)
    summary = summarise(articles, facts, members)
    assert summary[0].text.startswith("Kestria opened its trade liaison office in Hesby on Tuesday")


def test_an_empty_story_has_no_facts_and_no_summary() -> None:
    empty = make_article("blank", "Short", ("Too short.",), "2025-03-07", "Northgate Wire")
    facts, members = compare_articles([empty])
    assert facts == ()
    assert summarise([empty], facts, members) == ()


def test_stored_stories_export_comparison_and_summary(tmp_path: Path) -> None:
    reports = [
        {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published, "text": a.text}
        for a in _articles()
    ]
    with ingest_reports(tmp_path, reports) as library:
        (row,) = library.stories()
        exported = story_dict(library.story(row.id))
    comparison = exported["comparison"]
    summary = exported["summary"]
    assert isinstance(comparison, list)
    assert isinstance(summary, list)
    assert comparison[0]["sources"] == 3
    assert {"text", "articles", "outlets", "sources", "variants", "differences"} <= set(comparison[0])
    assert summary
    assert all(s["articles"] for s in summary)
