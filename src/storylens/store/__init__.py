"""Storage behind one narrow interface: `open_store` picks the backend for a location."""

from __future__ import annotations

import re
from pathlib import Path

from storylens.store.base import BatchWrite, SearchHit, Store, StoredFeatures, StoryRow
from storylens.store.sqlite import SQLiteStore


def open_store(location: str | Path) -> Store:
    """The store at a location: a SQLite file path (PostgreSQL URLs come later)."""
    text = str(location)
    if re.match(r"postgres(?:ql)?:", text, re.IGNORECASE):  # also as a Path writes it ("postgresql:/…")
        from storylens.errors import StoreError

        raise StoreError("PostgreSQL libraries are not supported yet; use a SQLite file path")
    return SQLiteStore(location)


__all__ = ["BatchWrite", "SQLiteStore", "SearchHit", "Store", "StoredFeatures", "StoryRow", "open_store"]
