"""What the text mode reads a page into and gives back: the page's lines with the rules'
verdicts (`PageLines`) and the cleaned article (`CleanedText`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from storylens.clean.yearless import MonthDay
from storylens.records import DatePrecision, Removal


@dataclass(slots=True)
class CleanedText:
    """The article as the text cleaner found it."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: tuple[str, DatePrecision] | None = None
    #: A publication date printed without its year, when no full one was found; its year is
    #: settled, if at all, by the page's address and fetch day (see clean.yearless).
    yearless: MonthDay | None = None


@dataclass(slots=True)
class PageLines:
    """A page's lines with what the rules found: a reason per dropped line and the
    highest-scoring prose stretch (start > end when there is none)."""

    lines: list[str]
    reasons: list[str | None]
    start: int
    end: int
    stop: frozenset[str]
    interstitial: list[Removal] = field(default_factory=list)

    @property
    def body(self) -> tuple[int, int]:
        """The stretch the metadata is sought around: the prose stretch, else the whole page."""
        return (self.start, self.end) if self.start <= self.end else (0, len(self.lines) - 1)
