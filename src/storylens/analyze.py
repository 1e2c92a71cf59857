"""Clean pages without storing them: the library side of `storylens analyze`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from storylens.ingest.files import read_file
from storylens.pipeline import default_pipeline
from storylens.records import Article, CleanMode, Page, Skipped
from storylens.settings import Settings


def analyze(page: Page | str, mode: CleanMode | str = CleanMode.HTML, url: str | None = None) -> Article:
    """Clean one page (a Page, or HTML/text content) into an Article.

    Raises storylens.errors.BadInput when the page holds no usable article.
    """
    from storylens.errors import BadInput

    if isinstance(page, str):
        page = Page(origin=url or "<string>", content=page, mode=CleanMode(mode), url=url)
    result = default_pipeline().run(page)
    if isinstance(result, Skipped):
        raise BadInput(result.reason)
    return result


def analyze_path(
    path: str | Path, mode: CleanMode | None = None, settings: Settings | None = None
) -> Iterator[Article | Skipped]:
    """Articles from a file (one per page it holds); `mode` overrides HTML/text by suffix."""
    pipeline = default_pipeline()
    for found in read_file(Path(path), settings or Settings()):
        if isinstance(found, Skipped):
            yield found
            continue
        page = found if mode is None else replace(found, mode=mode)
        yield pipeline.run(page)
