"""An interrupted ingest leaves no half batch behind, and running it again finishes the job
with exactly the result of an uninterrupted run."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Library
from storylens.settings import Settings
from storylens.store.sqlite import SQLiteStore

from .conftest import SAMPLES


def library_state(library: Library) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((s.id, a.id, a.paragraphs) for s in library.all_stories() for a in s.articles)


def test_interrupted_ingest_resumes_to_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(workers=1, batch_size=5)
    reference = Library(db=tmp_path / "reference.db", settings=settings)
    reference.ingest([SAMPLES])

    library = Library(db=tmp_path / "lib.db", settings=settings)
    real_write = SQLiteStore.write_batch
    calls = {"n": 0}

    def crash_on_third_batch(self: SQLiteStore, batch: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            real_write(self, batch)  # type: ignore[arg-type]
            raise KeyboardInterrupt  # after the write: the transaction is committed whole
        if calls["n"] == 4:
            raise KeyboardInterrupt
        real_write(self, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(SQLiteStore, "write_batch", crash_on_third_batch)
    with pytest.raises(KeyboardInterrupt):
        library.ingest([SAMPLES])
    assert library.store.count_articles() == 15  # three whole batches of five, nothing more
    monkeypatch.setattr(SQLiteStore, "write_batch", real_write)

    resumed = library.ingest([SAMPLES])

    assert resumed.unchanged == 15
    assert resumed.articles_stored == reference.store.count_articles() - 15
    assert library_state(library) == library_state(reference)


def test_a_failing_batch_write_rolls_back_completely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = Library(db=tmp_path / "lib.db", settings=Settings(workers=1, batch_size=100))
    real = SQLiteStore._refresh_story

    def fail(self: SQLiteStore, story_id: str, now: str) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(SQLiteStore, "_refresh_story", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        library.ingest([SAMPLES / "northgatewire"])
    monkeypatch.setattr(SQLiteStore, "_refresh_story", real)
    assert library.store.count_articles() == 0
    assert library.ingest([SAMPLES / "northgatewire"]).articles_stored == 4
