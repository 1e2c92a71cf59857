"""The server-rendered pages: home (latest and largest stories, filters, search), a story, an
article and an entity. Every value reaches the page through Jinja2 with autoescaping on."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from storylens import __version__
from storylens.errors import ArticleNotFound, StoryNotFound
from storylens.store.base import StoryFilter
from storylens.stories.timeline_summary import dated_texts, summarise_timeline
from storylens.web.deps import library_of
from storylens.web.entity import entity_record
from storylens.web.views import (
    copies_by_origin,
    coverage_chart,
    fact_table,
    highlighted_paragraphs,
    quotes_by_speaker,
    shown_day,
)

router = APIRouter(include_in_schema=False)
#: The story page's timeline: at most this many days, told by this many sentences each.
STORY_DAYS, STORY_SENTENCES = 12, 2
_ENVIRONMENT = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENVIRONMENT.filters["day"] = shown_day
templates = Jinja2Templates(env=_ENVIRONMENT)
PAGE = 20


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"version": __version__, **context}, status_code=status)


def _not_found(request: Request, message: str) -> HTMLResponse:
    return _page(request, "error.html", 404, title="Not found", message=message)


def _day(value: str | None) -> str | None:
    """A form's date field, kept only when it is an ISO day."""
    return value if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    entity: str | None = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    store = library_of(request).store
    where = StoryFilter(_day(since), _day(until), outlet or None, language or None, entity or None)
    largest = store.list_stories(PAGE, offset, where)
    latest = store.list_stories(8, 0, replace(where, order="latest"))
    outlets, languages = store.filter_choices()
    return _page(
        request,
        "home.html",
        title="Stories",
        largest=largest,
        latest=latest,
        where=where,
        outlets=outlets,
        languages=languages,
        offset=offset,
        page=PAGE,
        articles=store.count_articles(),
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    q: str = "",
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    query = q.strip()[:500]
    hits = library_of(request).store.search(query, PAGE, offset) if query else []
    return _page(request, "search.html", title=f"Search: {query}" if query else "Search", q=query, hits=hits,
                 offset=offset, page=PAGE)  # fmt: skip


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    try:
        found = library_of(request).story(story_id)
    except StoryNotFound:
        return _not_found(request, f"No story has the id {story_id!r}.")
    outlets, rows = fact_table(found)
    storyline = library_of(request).storyline(story_id)
    return _page(
        request,
        "story.html",
        title=found.title or "Untitled story",
        story=found,
        by_id={a.id: a for a in found.articles},
        number={a.id: n for n, a in enumerate(found.articles, start=1)},
        chart=coverage_chart(found.articles),
        fact_outlets=outlets,
        fact_rows=rows,
        speakers=quotes_by_speaker(found.quotes),
        copies=copies_by_origin(found),
        disagreements=[(i, f) for i, f in enumerate(found.comparison) if f.differences][:20],
        storyline=storyline,
        days=summarise_timeline(
            dated_texts(found.articles, found.duplicate_groups), dates=STORY_DAYS, sentences=STORY_SENTENCES
        ),
    )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str, boilerplate: bool = False) -> HTMLResponse:
    try:
        found, story_id = library_of(request).store.load_article(article_id)
    except ArticleNotFound:
        return _not_found(request, f"No article has the id {article_id!r}.")
    return _page(
        request,
        "article.html",
        title=found.title or "Untitled article",
        article=found,
        story_id=story_id,
        paragraphs=highlighted_paragraphs(found),
        boilerplate=boilerplate,
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    found = entity_record(library_of(request), entity_id)
    if found is None:
        return _not_found(request, f"No entity has the id {entity_id!r}.")
    return _page(request, "entity.html", title=str(found["name"]), entity=found)
