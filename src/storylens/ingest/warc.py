"""Read HTML responses out of WARC archives (.warc, .warc.gz) with warcio."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storylens.errors import BadInput
from storylens.ingest.decode import decode_bytes
from storylens.records import CleanMode, Page, Skipped
from storylens.settings import Settings

_HTML_TYPES = ("text/html", "application/xhtml")


def read_warc(handle: BinaryIO, path: Path, settings: Settings) -> Iterator[Page | Skipped]:
    """One Page per HTML response record of an open WARC file; other records are passed over."""
    try:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            origin = f"{path}#{uri}"
            status = record.http_headers.get_statuscode()
            content_type = record.http_headers.get_header("Content-Type") or ""
            if status != "200" or not content_type.lower().startswith(_HTML_TYPES):
                continue
            body = record.content_stream().read(settings.max_page_bytes + 1)
            if len(body) > settings.max_page_bytes:
                yield Skipped(origin, "response larger than the page limit")
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:  # the archive ends before the record's declared Content-Length
                yield Skipped(origin, f"WARC record cut short ({missing} bytes of it missing)")
                continue
            try:
                text = decode_bytes(body, content_type)
            except BadInput as exc:
                yield Skipped(origin, str(exc))
                continue
            yield Page(
                origin=origin,
                content=text,
                mode=CleanMode.HTML,
                url=uri or None,
                fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
            )
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield Skipped(str(path), f"broken WARC archive: {(str(exc).splitlines() or [''])[0][:120]}")
    except Exception as exc:  # noqa: BLE001 — warcio fails in its own ways on a record cut short
        yield Skipped(
            str(path), f"broken WARC archive: a record is cut short or malformed ({type(exc).__name__})"
        )


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
