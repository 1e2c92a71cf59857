"""Read files and folders: HTML and text pages, and dispatch JSONL and WARC files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from storylens.errors import BadInput
from storylens.ingest.decode import decode_bytes
from storylens.ingest.jsonl import read_jsonl
from storylens.ingest.warc import read_warc
from storylens.records import CleanMode, Page, Skipped
from storylens.settings import Settings

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc", ".warc.gz"})


def file_kind(path: Path) -> str | None:
    """'html', 'text', 'jsonl', 'warc', or None for a file storylens does not read."""
    name = path.name.lower()
    if name.endswith(".warc.gz") or name.endswith(".warc"):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def list_files(path: Path) -> list[Path]:
    """The readable files under a path, in a stable order; hidden files are left out."""
    if path.is_file():
        return [path]
    found = [
        p
        for p in path.rglob("*")
        if p.is_file()
        and file_kind(p) is not None
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    ]
    return sorted(found)


def outside_link(path: Path, folder: Path) -> str | None:
    """Why a file found under a folder is not read: it is a link to a file outside that folder
    (a pile of pages must not carry "/etc/passwd" into the library); None when it may be read."""
    if not path.is_symlink() or folder.is_file():
        return None
    try:
        path.resolve(strict=True).relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):
        return "link to a file outside the folder given, not followed"
    return None


def read_file(path: Path, settings: Settings) -> Iterator[Page | Skipped]:
    """Pages from one file; a file that cannot be used yields one Skipped with the reason."""
    origin = str(path)
    kind = file_kind(path)
    if kind in ("jsonl", "warc"):  # streamed record by record, so no whole-file size limit
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield Skipped(origin, f"cannot read file: {exc.strerror or exc}")
            return
        with handle:
            yield from (read_jsonl if kind == "jsonl" else read_warc)(handle, path, settings)
        return
    if kind is None:
        yield Skipped(origin, f"unsupported file type '{path.suffix or path.name}'")
        return
    try:
        size = path.stat().st_size
        if size > settings.max_page_bytes:
            raise BadInput(
                f"file is {size / 1e6:.0f} MB, over the {settings.max_page_bytes / 1e6:.0f} MB page limit"
            )
        text = decode_bytes(path.read_bytes())
    except BadInput as exc:
        yield Skipped(origin, str(exc))
        return
    except OSError as exc:
        yield Skipped(origin, f"cannot read file: {exc.strerror or exc}")
        return
    mode = CleanMode.HTML if kind == "html" else CleanMode.TEXT
    yield Page(origin=origin, content=text, mode=mode)
