"""The web app: server-rendered pages (Jinja2, no JavaScript needed) and the REST API under
/api, over one library. `storylens serve` runs it with uvicorn; `create_app` builds it for
tests and for other ASGI servers.

Request threads read the library through a connection each; the library keeps analysed
stories until they change (see `Library`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from storylens import __version__
from storylens.library import Library
from storylens.settings import Settings
from storylens.web.api import router as api_router
from storylens.web.jobs import JobBoard
from storylens.web.pages import router as page_router

STATIC = Path(__file__).parent / "static"


def create_app(db: str | Path, settings: Settings | None = None) -> FastAPI:
    """The web app and API over the library at `db`."""
    settings = settings or Settings.from_env()
    library = Library(Path(db), settings)
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
