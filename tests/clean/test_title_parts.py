"""A headline line's own words set apart from the site's name and section path, only on the
page's own evidence: the address, a line repeated elsewhere, a breadcrumb's menu items."""

from __future__ import annotations

import pytest

from storylens.clean.text import clean_text
from storylens.clean.title_parts import split_headline

HEADLINE = "Fenwick harbour board delays the dredging of the east channel"
ADDRESS = "https://fenwickpost.test/harbours/dredging-delayed"


@pytest.mark.parametrize(
    ("line", "page", "url", "expected"),
    [
        # the address spells the site's name, at either end
        (f"{HEADLINE} - Fenwick Post", [], ADDRESS, (HEADLINE, "Fenwick Post")),
        (f"Fenwick Post: {HEADLINE}", [], ADDRESS, (HEADLINE, "Fenwick Post")),
        (f"{HEADLINE} | fenwickpost.test", [], ADDRESS, (HEADLINE, "fenwickpost.test")),
        # a tail the page shows as a line of its own (the site's masthead)
        (f"{HEADLINE} ~ Quay Courier", ["Quay Courier", "Home"], None, (HEADLINE, "Quay Courier")),
        # breadcrumb steps that are menu items; a section path names no outlet
        (f"Home » Harbours » {HEADLINE}", ["Home", "Harbours", "Weather"], None, (HEADLINE, None)),
        (f"Home>Harbours>{HEADLINE}", ["Home", "Harbours"], None, (HEADLINE, None)),
        # the bare headline printed elsewhere shows what the tail is
        (f"{HEADLINE} - Harbours - Quayside", [HEADLINE], None, (HEADLINE, None)),
    ],
)
def test_the_sites_pieces_come_off_on_the_pages_evidence(
    line: str, page: list[str], url: str | None, expected: tuple[str, str | None]
) -> None:
    assert split_headline(line, [line, *page], url) == expected


@pytest.mark.parametrize(
    ("line", "page"),
    [
        # a kicker before a colon or a dash is the headline's own, even when a tag line repeats it
        ("Dredging row: harbour board delays the east channel again", ["Dredging row"]),
        ("Quay lights – the council finally replaces the old lamps", ["Quay lights"]),
        # a long second half printed again as the standfirst is no site tail
        (
            "Harbour board delays dredging - crews say the channel is too shallow for laden boats",
            ["crews say the channel is too shallow for laden boats"],
        ),
        # what would stay is too short to be a headline
        ("Tide tables - Fenwick Post", ["Fenwick Post"]),
        # a quotation's closing guillemet is no breadcrumb step
        ("« Le chenal est trop étroit ». Les pêcheurs de Fenwick s'inquiètent", ["Les pêcheurs"]),
    ],
)
def test_a_headlines_own_parts_stay(line: str, page: list[str]) -> None:
    assert split_headline(line, [line, *page], None)[0] == line


def test_without_evidence_the_short_tail_rule_stands() -> None:
    assert split_headline(f"{HEADLINE} | Quayside Courier", [], None) == (HEADLINE, "Quayside Courier")
    assert split_headline("Ferry closes – for now", [], None) == ("Ferry closes – for now", None)


def test_crawler_text_gets_the_headline_and_outlet_from_a_breadcrumbed_title_line() -> None:
    paragraphs = [
        "The Fenwick harbour board voted on Tuesday to delay the dredging of the east channel till spring.",
        "Board members said the contractor asked for more time to bring a second dredger from the north.",
        "Fishing crews have complained for months that the channel is too shallow at low tide for boats.",
    ]
    menu = ["Fenwick Post", "* Home", "* Harbours", "* Weather"]
    page = "\n".join([*menu, f"{HEADLINE} - Fenwick Post", *paragraphs])
    cleaned = clean_text(page, language="en", url=ADDRESS)
    assert cleaned.title == HEADLINE
    assert cleaned.outlet == "Fenwick Post"
