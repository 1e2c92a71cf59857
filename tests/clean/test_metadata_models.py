"""The text mode's byline and date models on pages of our own: a name printed with no "By"
(under the headline, beside the date, in an author box) is the byline and a menu item is not;
the article's date is told from teasers' dates, an archive menu and a copyright year."""

from __future__ import annotations

import pytest

from storylens.clean.byline_model import BYLINE_FEATURES, name_in
from storylens.clean.byline_model import trees as byline_trees
from storylens.clean.date_model import DATE_FEATURES
from storylens.clean.date_model import trees as date_trees
from storylens.clean.text import clean_text

MENU = ["* Home", "* News", "* Harbours", "* Weather", "* Opinion", "Search", "Sign in"]
HEADLINE = "Fenwick harbour board delays the dredging of the east channel"
PARAGRAPHS = [
    "The Fenwick harbour board voted on Tuesday to delay the dredging of the east channel until the spring.",
    "Board members said the contractor had asked for more time to bring a second dredger from the north.",
    "Fishing crews have complained for months that the channel is too shallow at low tide for laden boats.",
    "The board will meet again in March, when it expects the contractor to give a firm starting date.",
]
TEASERS = ["Related stories", "Ferry timetable changes for winter", "12 October 2024", "Quay lights replaced"]
FOOTER = ["Archives", "November 2024", "October 2024", "© 2024 Fenwick Post. All rights reserved."]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("By Mara Lindqvist", ("Mara Lindqvist", True)),
        ("* Mara Lindqvist", ("Mara Lindqvist", False)),
        ("Mara Lindqvist, Harbours Correspondent", ("Mara Lindqvist", False)),
        ("Mara Lindqvist December 9, 2024 0 Comments", ("Mara Lindqvist", False)),
        ("Ossian Pratt and Mara Lindqvist | Guest Columnists", ("Ossian Pratt and Mara Lindqvist", False)),
        ("the board said on Tuesday", None),
        (" ".join(["Word"] * 20), None),  # too long for a byline
    ],
)
def test_the_name_a_short_line_may_give(line: str, found: tuple[str, bool] | None) -> None:
    assert name_in(line) == found


@pytest.mark.parametrize(
    "named",
    [
        ["Mara Lindqvist December 3, 2024 0 Comments"],
        ["Mara Lindqvist, Harbours Correspondent", "3 December 2024"],
    ],
)
def test_a_name_printed_without_by_under_the_headline_is_the_byline(named: list[str]) -> None:
    page = "\n".join([*MENU, HEADLINE, *named, *PARAGRAPHS])
    cleaned = clean_text(page, language="en", url="https://fenwick-post.test/harbour/dredging-delayed")
    assert cleaned.byline == "Mara Lindqvist"
    assert named[0] not in cleaned.paragraphs  # the byline line leaves the body


def test_a_page_with_no_author_gets_no_byline_from_its_menu() -> None:
    page = "\n".join([*MENU, HEADLINE, "3 December 2024", *PARAGRAPHS, *FOOTER])
    assert clean_text(page, language="en").byline is None


def test_the_articles_date_not_a_teasers_or_the_archive_menus() -> None:
    page = "\n".join([*MENU, HEADLINE, "Mara Lindqvist", "3 December 2024", *PARAGRAPHS, *TEASERS, *FOOTER])
    assert (clean_text(page, language="en").published or ("",))[0][:10] == "2024-12-03"


def test_a_date_glued_to_the_outlets_name_is_read() -> None:
    page = "\n".join([*MENU, HEADLINE, "Fenwick PostFenwick Post03/12/2024", *PARAGRAPHS])
    assert (clean_text(page, language="en").published or ("",))[0][:10] == "2024-12-03"


def test_the_shipped_models_match_the_features_the_code_computes() -> None:
    assert byline_trees().feature.max() < len(BYLINE_FEATURES)
    assert date_trees().feature.max() < len(DATE_FEATURES)
    assert 0.0 < byline_trees().cut < 1.0
    assert 0.0 < date_trees().cut < 1.0


@pytest.mark.parametrize(
    "furniture",
    ["READ MORE: Ferry timetable changes for winter", "Photo: Mara Lindqvist", "Share this"],
)
def test_a_short_line_a_certain_rule_names_is_not_put_back_between_paragraphs(furniture: str) -> None:
    page = "\n".join([*MENU, HEADLINE, *PARAGRAPHS[:2], furniture, *PARAGRAPHS[2:]])
    cleaned = clean_text(page, language="en")
    assert furniture not in cleaned.paragraphs
    assert cleaned.paragraphs[-1] == PARAGRAPHS[-1]


@pytest.mark.parametrize(
    "prompt", [f"Post a comment on “{HEADLINE}”", f"Posting Komentar untuk «{HEADLINE}»"]
)
def test_a_comment_prompt_naming_the_headline_is_no_body(prompt: str) -> None:
    page = "\n".join([*MENU, HEADLINE, *PARAGRAPHS, prompt])
    cleaned = clean_text(page, language="en")
    assert cleaned.paragraphs == PARAGRAPHS
