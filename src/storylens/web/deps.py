"""What a request handler reads from the app serving it: the library and the ingest jobs."""

from __future__ import annotations

from fastapi import Request

from storylens.library import Library
from storylens.web.jobs import JobBoard


def library_of(request: Request) -> Library:
    """The library of the app serving this request."""
    library: Library = request.app.state.library
    return library


def jobs_of(request: Request) -> JobBoard:
    """The ingest jobs of the app serving this request."""
    jobs: JobBoard = request.app.state.jobs
    return jobs
