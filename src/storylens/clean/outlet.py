"""The outlet a page of crawler text names in its own footer: "© 2024 Fenwick Post. All
rights reserved.", "Copyright (c) 2019-2024 The Quay Courier Ltd", "(c) fenwickpost.test".

A copyright line under the article is the publisher's, in the words of any site; one in the
body (a photo's "© Jane Doe") or above it (a banner's credit) is not read. The name is what
stands between the mark and its years and the first full stop, bar or "All rights" clause,
one to six words that open with a capital, a digit or a domain.

The line often names the owning group rather than the site ("© 2025 Harbour Media Group"
under fenwickpost.test), so the text mode reads it only for a page that comes without its
address; the address names the site better.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"^\s*(?:(?:©|\(c\)|copyright\b)\s*)+", re.IGNORECASE)
_YEARS = re.compile(r"^(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)+")
_TRAILING_YEARS = re.compile(r"(?:\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)+$")
_END = re.compile(
    r"\s*(?:[|.·•]\s|[|·•]|\.$|$"
    r"|,?\s*(?:all rights|alle rechte|tous droits|todos los derechos|tutti i diritti|todos os direitos))",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[\w&'’\-. ]+$")
_LEGAL_FORM = re.compile(r",?\s+(?:ltd|limited|inc|llc|gmbh|s\.?a|plc|ag)\.?$", re.IGNORECASE)
MAX_NAME_WORDS = 6


def outlet_in_footer(lines: list[str], body_end: int) -> str | None:
    """The publisher a copyright line under the body (`body_end`: its last line) names."""
    for line in lines[body_end + 1 :]:
        name = copyright_holder(line)
        if name:
            return name
    return None


def copyright_holder(line: str) -> str | None:
    """Who a copyright line names ("© 2024 Fenwick Post. All rights reserved." → "Fenwick
    Post"), or None when the line is no copyright line or names no one."""
    mark = _MARK.match(line)
    if not mark:
        return None
    rest = _YEARS.sub("", line[mark.end() :].strip())
    if rest.casefold().startswith("by "):
        rest = rest[3:]
    end = _END.search(rest)
    name = _LEGAL_FORM.sub("", _TRAILING_YEARS.sub("", rest[: end.start()] if end else rest)).strip(" ,.-")
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or not _NAME.match(name) or name.isdigit():
        return None
    if not (words[0][0].isupper() or words[0][0].isdigit() or "." in words[0]):
        return None
    return name
