"""The ingest report: what a run read, stored, grouped and skipped, with one reason per skip."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class IngestReport:
    """Counts and reasons for one ingest run."""

    pages_read: int = 0
    articles_stored: int = 0
    duplicates: int = 0
    unchanged: int = 0
    copies: int = 0
    stories_created: int = 0
    stories_updated: int = 0
    stories_merged: int = 0
    stories_split: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A run succeeds when it stored something or had nothing it could not use."""
        return self.articles_stored > 0 or not self.skipped

    def as_dict(self) -> dict[str, object]:
        return {
            "pages_read": self.pages_read,
            "articles_stored": self.articles_stored,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "copies": self.copies,
            "stories_created": self.stories_created,
            "stories_updated": self.stories_updated,
            "stories_merged": self.stories_merged,
            "stories_split": self.stories_split,
            "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
        }
