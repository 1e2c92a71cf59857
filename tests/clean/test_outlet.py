"""The outlet a page of crawler text names in its footer's copyright line, read only under
the article and only when the page comes without its address."""

from __future__ import annotations

import pytest

from storylens.clean.outlet import back_link_site, copyright_holder
from storylens.clean.text import clean_text

PARAGRAPHS = [
    "The Fenwick harbour board voted on Tuesday to delay the dredging of the east channel until spring.",
    "Board members said the contractor asked for more time to bring a second dredger from the north.",
    "Fishing crews have complained for months that the channel is too shallow at low tide for boats.",
]
HEADLINE = "Harbour board delays the dredging of the east channel"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2024 Fenwick Post. All rights reserved.", "Fenwick Post"),
        ("Copyright (c) 2019-2024 The Quay Courier Ltd", "The Quay Courier"),
        ("© Copyright 2025 Brenna Radio | Privacy | Terms", "Brenna Radio"),
        ("Copyright © 2023, Marlow-Novosti", "Marlow-Novosti"),
        ("(c) fenwickpost.test", "fenwickpost.test"),
        ("©2021 Harbour Media Group, Inc. Alle Rechte vorbehalten", "Harbour Media Group"),
        ("Copyright 2026", None),  # a year names no one
        ("Copyright 2024 all rights reserved", None),
        ("copyright notice: we take your privacy seriously and store little", None),
        ("The harbour board holds the copyright to the plans", None),
    ],
)
def test_who_a_copyright_line_names(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_a_page_without_an_address_takes_its_outlet_from_the_footer() -> None:
    page = "\n".join(["* Home", HEADLINE, *PARAGRAPHS, "Related stories", "© 2024 Fenwick Post."])
    assert clean_text(page, language="en").outlet == "Fenwick Post"


def test_a_copyright_above_the_article_or_a_known_address_is_not_read() -> None:
    banner = "© 2024 Brenna Photo Agency"
    above = "\n".join(["* Home", banner, "* Harbours", HEADLINE, *PARAGRAPHS])
    assert clean_text(above, language="en").outlet is None
    footer = "\n".join(["* Home", HEADLINE, *PARAGRAPHS, "© 2024 Harbour Media Group"])
    assert clean_text(footer, language="en", url="https://fenwickpost.test/harbours/dredging").outlet is None


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("(over)Return to Brenna Harbour News to see more", "Brenna Harbour News"),
        ("Back to fenwickpost.test homepage", "fenwickpost.test"),
        ("Return to Fenwick Post home page", "Fenwick Post"),
        ("Back to fenwickpost.test", "fenwickpost.test"),
        ("Return to top", None),  # a place on the page
        ("Back to search results", None),
        ("Back to Basics", None),  # a heading: nothing says it is a site
        ("return to work after the strike was agreed by the union members", None),
    ],
)
def test_the_site_a_back_link_names(line: str, site: str | None) -> None:
    assert back_link_site(line) == site


def test_a_back_link_names_the_outlet_before_the_owning_groups_copyright() -> None:
    page = "\n".join(
        ["* Home", HEADLINE, *PARAGRAPHS, "Return to Fenwick Post to see more", "© 2024 Harbour Media Group"]
    )
    cleaned = clean_text(page, language="en")
    assert cleaned.outlet == "Fenwick Post"
    assert "Return to Fenwick Post to see more" not in cleaned.paragraphs


def test_the_outlets_name_over_the_headline_is_its_masthead_not_a_byline() -> None:
    page = "\n".join(["MENU", "Fenwick Post", HEADLINE, "May 12, 2025", *PARAGRAPHS, "© 2025 Fenwick Post."])
    cleaned = clean_text(page, language="en")
    assert (cleaned.outlet, cleaned.byline) == ("Fenwick Post", None)
    assert "Fenwick Post" not in cleaned.paragraphs


def test_a_blogger_who_holds_the_copyright_keeps_her_byline() -> None:
    page = "\n".join(["* Home", HEADLINE, "By Anja Lund", *PARAGRAPHS, "© 2025 Anja Lund"])
    cleaned = clean_text(page, language="en")
    assert (cleaned.outlet, cleaned.byline) == ("Anja Lund", "Anja Lund")


def test_the_sites_name_and_slogan_over_the_headline_is_the_masthead() -> None:
    page = "\n".join(
        [
            "Fenwick Harbour Notes - a blog about the northern quays",
            HEADLINE,
            "by admin",
            *PARAGRAPHS,
            "Leave a comment",
            "Return to Fenwick Harbour Notes to see more",
        ]
    )
    cleaned = clean_text(page, language="en")
    assert (cleaned.title, cleaned.outlet, cleaned.byline) == (HEADLINE, "Fenwick Harbour Notes", None)
    assert cleaned.paragraphs[0] == PARAGRAPHS[0]  # neither the headline nor "by admin" in the body
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["by admin"] == "byline that names no author"
    assert reasons["Fenwick Harbour Notes - a blog about the northern quays"] == "the site's name (masthead)"
