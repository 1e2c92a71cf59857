"""Read JSONL input: one article per line with optional id, url, outlet, title, published,
language, and one of text or html. Given ids are kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from storylens.records import CleanMode, Page, PageHints, Skipped
from storylens.settings import Settings

_HINT_FIELDS = ("id", "url", "outlet", "title", "published", "language")


def read_jsonl(handle: BinaryIO, path: Path, settings: Settings) -> Iterator[Page | Skipped]:
    """Pages from an open JSONL file; each bad line is skipped with its line number and reason."""
    for number, raw in enumerate(_bounded_lines(handle, settings.max_page_bytes), start=1):
        origin = f"{path}#L{number}"
        if raw is None:
            yield Skipped(origin, f"line longer than {settings.max_page_bytes} bytes")
            continue
        if not raw.strip():
            continue
        yield page_from_json_line(raw, origin)


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary file, with None for a line over the limit (which is not kept)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # discard the rest of the over-long line
                rest = handle.readline(limit)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def page_from_json_line(raw: bytes, origin: str) -> Page | Skipped:
    """One JSONL line as a Page, or the reason it cannot be one."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Skipped(origin, "line is not UTF-8 text")
    except json.JSONDecodeError as exc:
        return Skipped(origin, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return Skipped(origin, f"expected a JSON object, got {type(record).__name__}")
    wrong = [
        k
        for k in (*_HINT_FIELDS, "text", "html")
        if k in record and record[k] is not None and not isinstance(record[k], str)
    ]
    if wrong:
        return Skipped(origin, f"field {wrong[0]!r} must be a string")
    html, text = record.get("html"), record.get("text")
    if not (html or text):
        return Skipped(origin, "record has neither 'text' nor 'html'")
    hints = PageHints(**{k: record.get(k) or None for k in _HINT_FIELDS}, authoritative=True)
    if html:
        return Page(origin=origin, content=html, mode=CleanMode.HTML, url=hints.url, hints=hints)
    return Page(origin=origin, content=str(text), mode=CleanMode.TEXT, url=hints.url, hints=hints)
