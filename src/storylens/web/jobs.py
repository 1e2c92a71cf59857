"""Ingest jobs started from the API: one at a time (the library has one writer), each in a
background thread with its own connection, its progress and report kept for the status
endpoint. Uploaded files live in a temporary folder until their job ends."""

from __future__ import annotations

import shutil
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from storylens.errors import StorylensError
from storylens.library import Library
from storylens.settings import Settings

#: Finished jobs remembered for the status endpoint; the oldest are forgotten first.
KEPT_JOBS = 200


@dataclass(slots=True)
class Job:
    id: str
    sources: list[str]
    state: str = "queued"  # queued, running, done, failed
    done: int = 0
    total: int = 0
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    report: dict[str, object] | None = None
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "state": self.state,
            "sources": len(self.sources),
            "done": self.done,
            "total": self.total,
            "created": self.created,
            "report": self.report,
            "error": self.error,
        }


class JobBoard:
    """Queues ingest jobs into one library and tells how each is going."""

    def __init__(self, db: Path, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._runner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storylens-ingest")

    def submit(self, sources: list[str], upload_folder: Path | None = None) -> Job:
        job = Job(uuid.uuid4().hex[:16], sources)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT_JOBS:
                oldest = next(iter(self._jobs))
                if self._jobs[oldest].state in {"queued", "running"}:
                    break
                del self._jobs[oldest]
        self._runner.submit(self._run, job, upload_folder)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self) -> None:
        self._runner.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job, upload_folder: Path | None) -> None:
        job.state = "running"

        def progress(done: int, total: int) -> None:
            job.done, job.total = done, total

        try:
            with Library(db=self.db, settings=self.settings) as library:
                report = library.ingest(job.sources, progress=progress)
            job.report = {
                "pages_read": report.pages_read,
                "articles_stored": report.articles_stored,
                "duplicates": report.duplicates,
                "unchanged": report.unchanged,
                "copies": report.copies,
                "stories_created": report.stories_created,
                "stories_updated": report.stories_updated,
                "skipped": [
                    {"source": _shown(origin, upload_folder), "reason": r} for origin, r in report.skipped
                ],
            }
            job.state = "done"
        except StorylensError as exc:
            job.error, job.state = str(exc), "failed"
        except Exception as exc:  # noqa: BLE001 — a job's failure is reported, never crashes the server
            job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"
        finally:
            if upload_folder is not None:
                shutil.rmtree(upload_folder, ignore_errors=True)


def _shown(origin: str, upload_folder: Path | None) -> str:
    """An uploaded file is named as uploaded, not by its temporary path."""
    if upload_folder is not None and origin.startswith(str(upload_folder)):
        return Path(origin).name
    return origin
