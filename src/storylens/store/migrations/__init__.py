"""The SQL migrations of the library schema, applied in order by `SQLiteStore`; each file
is `NNNN_name.sql` and sets nothing but the schema (the store bumps `user_version`)."""

from __future__ import annotations

from importlib import resources


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) for every migration shipped with storylens, in order."""
    folder = resources.files(__name__)
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)
