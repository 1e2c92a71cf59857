"""The REST API under /api. Stories, articles, quotes and events are sent with the field
names of the export contract (`storylens.codec`); lists are paged with limit and offset."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel

from storylens.codec import article_dict, story_dict, storyline_dict, timeline_day_dict
from storylens.errors import ArticleNotFound, StoryNotFound
from storylens.payloads import (
    ArticleInStoryPayload,
    EntityRecordPayload,
    StorylinePayload,
    StoryPayload,
    TimelineDayPayload,
)
from storylens.store.base import SearchHit, StoryFilter, StoryRow
from storylens.web.deps import jobs_of, library_of
from storylens.web.entity import entity_record

router = APIRouter(prefix="/api", tags=["api"])

#: Files one upload may carry.
MAX_UPLOAD_FILES = 100
_DAY = r"^\d{4}-\d{2}-\d{2}$"
_SAFE_NAME = re.compile(r"[^\w.-]+")


class Problem(BaseModel):
    detail: str


def _missing(what: str) -> dict[int | str, dict[str, Any]]:
    return {404: {"model": Problem, "description": f"No {what} has this id."}}


class StoryList(BaseModel):
    stories: list[StoryRow]
    limit: int
    offset: int


class SearchResult(BaseModel):
    query: str
    hits: list[SearchHit]
    limit: int
    offset: int


class JobStatus(BaseModel):
    id: str
    state: str
    sources: int
    done: int
    total: int
    created: str
    report: dict[str, Any] | None
    error: str | None


Limit = Annotated[int, Query(ge=1, le=200, description="How many to return.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="How many to skip.")]
Day = Annotated[str | None, Query(pattern=_DAY, description="An ISO day, YYYY-MM-DD.")]


@router.get("/stories", response_model=StoryList, summary="List stories, largest or latest first")
def list_stories(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    order: Annotated[str, Query(pattern="^(size|latest)$")] = "size",
    since: Day = None,
    until: Day = None,
    outlet: str | None = None,
    language: str | None = None,
    entity: Annotated[str | None, Query(description="An entity id or a name as written.")] = None,
) -> StoryList:
    where = StoryFilter(since, until, outlet or None, language or None, entity or None, order)
    rows = library_of(request).store.list_stories(limit, offset, where)
    return StoryList(stories=rows, limit=limit, offset=offset)


@router.get(
    "/stories/{story_id}",
    summary="One story with every field of the export contract",
    responses=_missing("story"),
)
def get_story(request: Request, story_id: str) -> StoryPayload:
    try:
        return story_dict(library_of(request).story(story_id))
    except StoryNotFound as exc:
        raise HTTPException(404, str(exc)) from exc


@router.get(
    "/storylines/{storyline_id}",
    summary="A storyline: its moments (stories) linked across weeks, and the timeline of its days",
    responses=_missing("storyline"),
)
def get_storyline(
    request: Request, storyline_id: str, dates: Annotated[int, Query(ge=1, le=200)] = 12
) -> StorylinePayload:
    library = library_of(request)
    try:
        line = library.storyline(storyline_id)
        days = library.timeline(story_id=line.id, dates=dates, sentences=1)
    except StoryNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    return storyline_dict(line, days)


@router.get(
    "/stories/{story_id}/timeline",
    summary="The days that mattered in a story, each told by its articles' own sentences",
    responses=_missing("story"),
)
def get_story_timeline(
    request: Request,
    story_id: str,
    dates: Annotated[int, Query(ge=1, le=200)] = 10,
    sentences: Annotated[int, Query(ge=1, le=10)] = 2,
) -> list[TimelineDayPayload]:
    try:
        days = library_of(request).timeline(story_id=story_id, dates=dates, sentences=sentences)
    except StoryNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    return [timeline_day_dict(day) for day in days]


@router.get(
    "/articles/{article_id:path}",
    summary="One article, as `analyze` prints it, with its story",
    responses=_missing("article"),
)
def get_article(request: Request, article_id: str) -> ArticleInStoryPayload:
    try:
        article, story_id = library_of(request).store.load_article(article_id)
    except ArticleNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    return {**article_dict(article), "story_id": story_id}


@router.get(
    "/entities/{entity_id}",
    summary="What an entity said and did, across stories",
    responses=_missing("entity"),
)
def get_entity(request: Request, entity_id: str, limit: Limit = 100) -> EntityRecordPayload:
    found = entity_record(library_of(request), entity_id, limit)
    if found is None:
        raise HTTPException(404, f"no entity with id '{entity_id}'")
    return found


@router.get("/search", response_model=SearchResult, summary="Full-text search over articles")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find, all of them.")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> SearchResult:
    hits = library_of(request).store.search(q, limit, offset)
    return SearchResult(query=q, hits=hits, limit=limit, offset=offset)


@router.post(
    "/ingest",
    response_model=JobStatus,
    status_code=202,
    summary="Ingest URLs, feeds or files in the background; poll the job's status",
    responses={413: {"model": Problem, "description": "Too many files."}},
)
async def ingest(
    request: Request,
    url: Annotated[list[str] | None, Form(description="Page or RSS/Atom feed URLs (repeatable).")] = None,
    files: Annotated[list[UploadFile] | None, File(description="HTML, text, JSONL or WARC files.")] = None,
) -> JobStatus:
    urls = [u.strip() for u in url or [] if u.strip()]
    uploads = [f for f in files or [] if f.filename]
    if not urls and not uploads:
        raise HTTPException(422, "give at least one url or file")
    if len(uploads) > MAX_UPLOAD_FILES:
        raise HTTPException(413, f"at most {MAX_UPLOAD_FILES} files per request")
    for found in urls:
        if not found.lower().startswith(("http://", "https://")):
            raise HTTPException(422, f"not an http(s) URL: {found[:200]!r}")
    board = jobs_of(request)
    folder = Path(tempfile.mkdtemp(prefix="storylens-upload-")) if uploads else None
    sources = list(urls)
    if folder is not None:
        limit = board.settings.max_page_bytes
        for number, upload in enumerate(uploads):
            name = _SAFE_NAME.sub("_", Path(upload.filename or "").name)[-120:] or "upload"
            target = folder / f"{number:03d}-{name}"
            data = await upload.read(limit + 1)
            # too large: written cut short, so the ingest report names it (it is skipped there)
            target.write_bytes(data)
            sources.append(str(target))
    job = board.submit(sources, folder)
    return JobStatus.model_validate(job.as_dict())


@router.get(
    "/jobs/{job_id}",
    response_model=JobStatus,
    summary="How an ingest job is going",
    responses=_missing("job"),
)
def get_job(request: Request, job_id: str) -> JobStatus:
    job = jobs_of(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job with id '{job_id}'")
    return JobStatus.model_validate(job.as_dict())
