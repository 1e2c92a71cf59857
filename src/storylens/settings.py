"""One settings object for a storylens run; every key is documented here and in the README.

Each key can be set from the environment as STORYLENS_<KEY> (upper case).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from storylens import __version__


def default_db_path() -> Path:
    """Where the library lives unless --db says otherwise: a SQLite file in the user data dir."""
    return Path(user_data_dir("storylens")) / "library.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Tunable limits and thresholds. Defaults suit a laptop and a day of news."""

    #: Worker processes for the per-article stages; 0 means one per core.
    workers: int = 0
    #: Articles cleaned and committed together; one transaction per batch.
    batch_size: int = 64
    #: Largest page (file, response or JSONL line) read, in bytes; larger ones are skipped.
    max_page_bytes: int = 10_000_000
    #: Seconds to wait for a server to connect or send data.
    fetch_timeout: float = 15.0
    #: Seconds one response may take in all, however steadily a server drips it.
    fetch_deadline: float = 60.0
    #: Redirects followed before a URL is given up.
    max_redirects: int = 5
    #: Entries of one RSS/Atom feed fetched; the rest are listed as skipped.
    max_feed_entries: int = 500
    #: The User-Agent sent with every request, and the name matched in robots.txt.
    user_agent: str = f"storylens/{__version__} (self-hosted news analysis)"
    #: Fetch from private, loopback and link-local addresses (off: refused).
    allow_private: bool = False
    #: Obey robots.txt when fetching.
    respect_robots: bool = True
    #: Estimated Jaccard similarity of word shingles above which two articles are copies.
    copy_threshold: float = 0.5
    #: Mean similarity to a story's articles above which an article joins it (and above which
    #: two stories an article fits are merged).
    story_threshold: float = 0.46
    #: The same for headline-length articles (title and lead under 20 words), whose
    #: similarities run lower.
    short_story_threshold: float = 0.2
    #: Days an article may lie from a story's nearest article and still join it.
    story_window_days: int = 10
    #: Find entities and quotes while ingesting (spaCy; English and French). Off, English
    #: news ingests about four times faster and articles are stored without them.
    who_said_what: bool = True

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Settings with any STORYLENS_<KEY> variables applied."""
        env = os.environ if environ is None else environ
        changes: dict[str, Any] = {}
        for item in fields(cls):
            raw = env.get(f"STORYLENS_{item.name.upper()}")
            if raw is None:
                continue
            default = getattr(cls(), item.name)
            if isinstance(default, bool):
                changes[item.name] = raw.strip().lower() in {"1", "true", "yes", "on"}
            else:
                changes[item.name] = type(default)(raw)
        return replace(cls(), **changes)

    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)
