"""The web app: server-rendered pages (Jinja2, no JavaScript needed) and the REST API under
/api, over one library. `storylens serve` runs it with uvicorn; `create_app` builds it for
tests and for other ASGI servers.

Each request thread reads through its own SQLite connection. A story's analysis (merge,
comparison, summary) is computed when it is first asked for and kept until the story changes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from storylens import __version__
from storylens.records import Story
from storylens.settings import Settings
from storylens.store.sqlite import SQLiteStore
from storylens.web.jobs import JobBoard

#: Analysed stories kept in memory.
CACHED_STORIES = 128
STATIC = Path(__file__).parent / "static"


class WebLibrary:
    """The library as the web app reads it: a connection per thread and a story cache."""

    def __init__(self, db: Path, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        SQLiteStore(db).close()  # create or migrate once, before any request
        self._local = threading.local()
        self._stories: OrderedDict[tuple[str, str], Story] = OrderedDict()
        self._lock = threading.Lock()
        self._stores: list[SQLiteStore] = []

    @property
    def store(self) -> SQLiteStore:
        store: SQLiteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.db)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def story(self, story_id: str) -> Story:
        """The analysed story; raises StoryNotFound."""
        version = self.store.story_version(story_id) or ""
        key = (story_id, version)
        with self._lock:
            found = self._stories.get(key)
            if found is not None:
                self._stories.move_to_end(key)
                return found
        story = self.store.load_story(story_id)
        with self._lock:
            self._stories[key] = story
            while len(self._stories) > CACHED_STORIES:
                self._stories.popitem(last=False)
        return story

    def close(self) -> None:
        with self._lock:
            for store in self._stores:
                store.close()
            self._stores.clear()


def library_of(request: Request) -> WebLibrary:
    """The library of the app serving this request."""
    library: WebLibrary = request.app.state.library
    return library


def create_app(db: str | Path, settings: Settings | None = None) -> FastAPI:
    """The web app and API over the library at `db`."""
    from storylens.web.api import router as api_router
    from storylens.web.pages import router as page_router

    settings = settings or Settings.from_env()
    library = WebLibrary(Path(db), settings)
    jobs = JobBoard(Path(db), settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.close()
        library.close()

    app = FastAPI(
        lifespan=lifespan,
        title="storylens",
        version=__version__,
        description="Stories built from news pages: articles, copies, entities, quotes, events, "
        "timeline, outlet comparison and a cited summary. JSON field names follow the export contract.",
    )
    app.state.library = library
    app.state.jobs = jobs
    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
