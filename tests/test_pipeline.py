"""The stage chain checks, when built, that each stage gets the fields it needs."""

from __future__ import annotations

import pytest

from storylens import analyze
from storylens.errors import BadInput
from storylens.pipeline import ArticlePipeline, PipelineError, default_pipeline
from storylens.records import Article, CleanMode, Page, Skipped

from .conftest import FERRY_PARAGRAPHS, article_html


class NeedsEntities:
    name = "quotes"
    requires = frozenset({"entities"})
    assigns = frozenset({"quotes"})

    def run(self, article: Article) -> Article:
        return article


def test_a_stage_built_before_what_it_needs_fails_at_build_time() -> None:
    with pytest.raises(PipelineError, match="stage 'quotes' needs \\['entities'\\]"):
        ArticlePipeline.build([NeedsEntities()])


def test_a_page_that_breaks_a_stage_becomes_a_skip_not_a_crash() -> None:
    class Explodes:
        name = "explodes"
        requires = frozenset({"paragraphs"})
        assigns = frozenset({"nothing"})

        def run(self, article: Article) -> Article:
            raise ValueError("boom")

    pipeline = ArticlePipeline.build([*default_pipeline().stages, Explodes()])
    page = Page(origin="x.html", content=article_html("Ferry closes", FERRY_PARAGRAPHS), mode=CleanMode.HTML)
    assert pipeline.run(page) == Skipped("x.html", "could not be cleaned (ValueError: boom)")


def test_analyze_cleans_a_string_of_html() -> None:
    article = analyze(
        article_html("Ferry to Brenna closes for three weeks", FERRY_PARAGRAPHS),
        url="https://fenwickpost.example/ferry",
    )
    assert (article.title, article.outlet, article.language, article.paragraphs) == (
        "Ferry to Brenna closes for three weeks",
        "Fenwick Post",
        "en",
        tuple(FERRY_PARAGRAPHS),
    )
    with pytest.raises(BadInput, match="no article text"):
        analyze("<html><body><p>Hi</p></body></html>")


def test_a_mode_given_as_its_string_is_that_mode_and_an_unknown_one_is_refused() -> None:
    html = article_html("Ferry closes", FERRY_PARAGRAPHS)
    pipeline = default_pipeline(who_said_what=False)
    by_string = pipeline.run(Page(origin="x.html", content=html, mode="html"))  # type: ignore[arg-type]
    assert by_string == pipeline.run(Page(origin="x.html", content=html, mode=CleanMode.HTML))
    assert isinstance(by_string, Article)
    assert not any("<p>" in paragraph for paragraph in by_string.paragraphs)
    with pytest.raises(ValueError, match="'pdf' is not a valid CleanMode"):
        Page(origin="x.pdf", content=html, mode="pdf")  # type: ignore[arg-type]
