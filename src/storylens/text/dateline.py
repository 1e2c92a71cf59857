"""The dateline that opens many news reports: "LONDON (Reuters) -", "PARIS, March 3 (AFP) —",
"SINGAPORE:", "Berlin (dpa) -", "LENZ, May 12 (Eastern Wire) --". It says where the report
was filed and which agency sent it; the paragraph keeps it, the article records it.
"""

from __future__ import annotations

import re

from storylens.lang import profile_for
from storylens.records import Dateline

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]+"
_WORD = rf"[{_UPPER}][\w'’.\-]+"
_DASH = r"\s*(?P<dash>--|[-–—:])\s+(?=\S)"
_AGENCY = r"\((?P<agency>[^()\d]{2,30})\)"
_EXTRA = r"(?:,\s+(?P<extra>[\w.]+(?:\s[\w.]+){0,2}?))?"
#: All-caps place ("NEW YORK", "SAN JOSÉ, Calif."), an optional date, agency, then a dash.
_CAPS = re.compile(rf"^(?P<place>{_CAPS_WORD}(?:[ /-]{_CAPS_WORD}){{0,3}}){_EXTRA}\s*(?:{_AGENCY})?{_DASH}")
#: Mixed-case place only with an agency: "Berlin (dpa) -", "Rio de Janeiro (AFP) -".
_NAMED = re.compile(rf"^(?P<place>{_WORD}(?: (?:[a-z]{{1,3}} )?{_WORD}){{0,3}}){_EXTRA}\s*{_AGENCY}{_DASH}")
#: All-caps openers that are labels, not places.
_LABELS = frozenset(
    (
        "UPDATE UPDATED BREAKING EXCLUSIVE WATCH VIDEO PHOTOS PHOTO ANALYSIS OPINION EDITORIAL NOTE "
        "EDITOR'S LIVE CORRECTION REVIEW INTERVIEW FACT CHECK FAQ Q&A NEW URGENT ALERT PODCAST "
        "PUBLISHED POSTED SOURCE WRITTEN FILED LAST MODIFIED DATE TIME BY"
    ).split()
)
_ENGLISH_MONTHS = profile_for("en").calendar
#: A month alone, or its start, with a day ("Sept. 12"): an extra after the place, no place.
_MONTHS = re.compile(
    r"^(?:"
    + "|".join(sorted({name[:3] for name in _ENGLISH_MONTHS.months} | set(_ENGLISH_MONTHS.short_months)))
    + r")[a-z]*\.?(?:\s\d{1,2})?$",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]")


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None."""
    found = _dateline_at(paragraph)
    return found[0] if found else None


def dateline_length(paragraph: str) -> int:
    """How many characters of a paragraph its dateline and the dash after it take (0: none)."""
    found = _dateline_at(paragraph)
    return found[1] if found else 0


def _dateline_at(paragraph: str) -> tuple[Dateline, int] | None:
    head = paragraph[:120]
    match = _CAPS.match(head) or _NAMED.match(head)
    if match is None:
        return None
    place = match.group("place").strip(" .-")
    after = head[match.end() : match.end() + 30]
    if not any(ch.islower() for ch in after):
        return None  # "ORSO MARSICANO: 2019 UN ANNO" is an all-caps headline, not a dateline
    letters = len(_LETTERS.findall(place))
    agency = match.group("agency")
    if agency is None and letters < (5 if match.group("dash") == ":" else 4):
        return None  # "NASA:" or "FBI -" open a sentence more often than a dateline
    if set(place.upper().replace("'", " ").split()) & _LABELS or letters < 3:
        return None
    extra = match.group("extra")
    if extra and not _MONTHS.match(extra) and not extra[0].isdigit():
        place = f"{place}, {extra}"
    return Dateline(place=place, agency=agency.strip() if agency else None), match.end()
