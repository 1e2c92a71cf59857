"""The stage chain: per-article stages (clean, enrich) and the checks that bind them.

Like spaCy's components, each stage says which Article fields it requires and assigns, so a
chain built in the wrong order fails when it is built rather than halfway through a corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from storylens.clean import clean_page
from storylens.enrich.language import DetectLanguage
from storylens.enrich.who_said_what import ReadArticle
from storylens.errors import BadInput, StorylensError
from storylens.records import Article, Page, Skipped

CLEAN_ASSIGNS = frozenset({"paragraphs", "title", "published", "byline", "outlet", "removed"})


class ArticleStage(Protocol):
    """A pure function of one article, run in parallel shards."""

    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def run(self, article: Article) -> Article: ...


class PipelineError(StorylensError):
    """A stage chain whose stages need fields no earlier stage gives."""


@dataclass(frozen=True, slots=True)
class ArticlePipeline:
    """Page → clean → each enrich stage → Article."""

    stages: tuple[ArticleStage, ...]

    @classmethod
    def build(cls, stages: Sequence[ArticleStage]) -> ArticlePipeline:
        available = set(CLEAN_ASSIGNS)
        for stage in stages:
            missing = stage.requires - available
            if missing:
                raise PipelineError(
                    f"stage '{stage.name}' needs {sorted(missing)}, which no earlier stage assigns"
                )
            available |= stage.assigns
        return cls(tuple(stages))

    def run(self, page: Page) -> Article | Skipped:
        """The article on one page, or why there is none. Never raises for bad input."""
        try:
            article = clean_page(page)
            for stage in self.stages:
                article = stage.run(article)
        except BadInput as exc:
            return Skipped(page.origin, str(exc))
        except RecursionError:
            return Skipped(page.origin, "page is nested too deeply to parse")
        except Exception as exc:  # noqa: BLE001 — one hostile page must not stop a corpus
            return Skipped(page.origin, f"could not be cleaned ({type(exc).__name__}: {exc})")
        return article


def default_pipeline(who_said_what: bool = True) -> ArticlePipeline:
    """Clean, detect the language, and (unless turned off) find entities and quotes."""
    if not who_said_what:
        return cleaning_pipeline()
    return ArticlePipeline.build([DetectLanguage(), ReadArticle()])


@cache
def cleaning_pipeline() -> ArticlePipeline:
    """Clean and detect the language only (what the extraction evaluation scores)."""
    return ArticlePipeline.build([DetectLanguage()])
