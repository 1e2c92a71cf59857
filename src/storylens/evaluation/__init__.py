"""Accuracy evaluations against labelled public data in ../shared/data (never copied in)."""

from __future__ import annotations

from pathlib import Path


def shared_data(name: str, explicit: Path | None = None) -> Path | None:
    """A data folder: the given one, else ../shared/data/<name> beside the working directory
    or beside the project root."""
    if explicit is not None:
        return explicit if explicit.is_dir() else None
    for root in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = root.parent / "shared" / "data" / name
        if candidate.is_dir():
            return candidate
    return None
