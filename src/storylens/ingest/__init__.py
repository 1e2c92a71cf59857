"""Ingest: turn the paths and URLs a user gives into Pages, or reasons they were skipped."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from storylens.errors import SourceNotFound
from storylens.ingest.feeds import read_url
from storylens.ingest.files import list_files, outside_link, read_file
from storylens.ingest.http import Fetcher, FetchMemory
from storylens.records import Page, Skipped, Unchanged
from storylens.settings import Settings

IngestItem = Page | Skipped | Unchanged


@dataclass(frozen=True, slots=True)
class Input:
    """One unit of ingest work: a file (which may hold many pages) or a URL."""

    location: str
    is_url: bool
    #: Why the input is not read at all (a link to a file outside the folder given), if so.
    refused: str | None = None


def is_url(source: str) -> bool:
    return source.split(":", 1)[0].lower() in ("http", "https")


def check_sources(sources: Sequence[str]) -> None:
    """Raise SourceNotFound naming every path that does not exist (URLs are not checked)."""
    missing = [s for s in sources if not is_url(s) and not Path(s).exists()]
    if missing:
        raise SourceNotFound(f"no such file or folder: {', '.join(missing)}")


def expand_sources(sources: Sequence[str]) -> list[Input]:
    """Files under each path and each URL, in order; raise SourceNotFound for a missing path."""
    check_sources(sources)
    inputs: list[Input] = []
    for source in sources:
        if is_url(source):
            inputs.append(Input(source, True))
        else:
            folder = Path(source)
            inputs.extend(Input(str(p), False, outside_link(p, folder)) for p in list_files(folder))
    return inputs


def read_input(item: Input, settings: Settings, fetcher: Fetcher | None) -> Iterator[IngestItem]:
    """The pages one input holds. An input that fails in a way no reader foresaw ends with one
    Skipped naming the error: one hostile input never stops a run."""
    if item.refused is not None:
        yield Skipped(item.location, item.refused)
        return
    try:
        if item.is_url:
            if fetcher is None:
                yield Skipped(item.location, "fetching is not available in this run")
                return
            yield from read_url(item.location, fetcher)
        else:
            yield from read_file(Path(item.location), settings)
    except Exception as exc:  # noqa: BLE001 — the run goes on without this input
        yield Skipped(item.location, f"could not be read ({type(exc).__name__}: {str(exc)[:200]})")


__all__ = ["FetchMemory", "Fetcher", "IngestItem", "Input", "check_sources", "expand_sources", "read_input"]
