"""The language of an article and of each paragraph (enrich/language.py)."""

from __future__ import annotations

from dataclasses import replace

from storylens.enrich.language import DetectLanguage
from storylens.records import Article

from ..conftest import make_article

BODY = (
    "PORT ALMSEY —",
    "Dockworkers at Port Almsey walked out on Monday over the harbour's plan to automate two "
    "container terminals, halting most traffic through the port.",
    "Bildunterschrift: Die Hafenarbeiter versammeln sich am Montagmorgen vor dem Terminal in Almsey.",
    "Union leader Mara Velt said the strike would go on until the plan was withdrawn.",
)


def undetected(id_: str, paragraphs: tuple[str, ...]) -> Article:
    return replace(make_article(id_, "Dock strike", paragraphs), language=None)


def test_a_paragraph_in_another_language_is_flagged_and_kept() -> None:
    article = DetectLanguage().run(undetected("a1", BODY))
    assert article.language == "en"
    assert article.paragraph_languages == (None, None, "de", None)
    assert len(article.paragraphs) == len(BODY)


def test_an_article_in_one_language_has_no_flags_and_a_dateline_is_not_flagged() -> None:
    english = (BODY[0], BODY[1], BODY[3])
    article = DetectLanguage().run(undetected("a2", english))
    assert article.language == "en"
    assert article.paragraph_languages == ()


def test_a_language_given_by_the_input_is_kept_and_flags_follow_it() -> None:
    article = DetectLanguage().run(replace(undetected("a3", BODY), language="en-GB"))
    assert article.language == "en-GB"
    assert article.paragraph_languages == (None, None, "de", None)
