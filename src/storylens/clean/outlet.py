"""The outlet a page of crawler text names of itself: a link back to the site ("Return to
Fenwick Post to see more", "Back to fenwickpost.test homepage") anywhere on the page, else
the footer's copyright line ("© 2024 Fenwick Post. All rights reserved.", "Copyright (c)
2019-2024 The Quay Courier Ltd").

A back link names the site when what it leads back to is a name (capitalised, or a domain),
no place on the page ("top", "the menu", "the article", "search results"), and the line
says it is a site: a domain, its home page, or "to see more" ("Back to Basics" is a
heading).

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
_BACK_LINK = re.compile(
    r"^\W*(?:\(\w+\)\s*)?(?:return|back|go back) to (?:the )?(?P<name>.+?)"
    r"(?P<home>\s+(?:home ?page|home|front page|website|site))?"
    r"(?P<more>\s+(?:to see|to read|for) more\b.*)?[\s.!]*$",
    re.IGNORECASE,
)
#: What a back link may lead to on the page itself, in any site's words; it names no site.
_PLACES = frozenset(
    "top menu content contents main index search results list previous next gallery article"
    " story page homepage home overview start navigation comments".split()
)
MAX_BACK_LINK_WORDS = 5


def outlet_the_page_names(lines: list[str], body_end: int) -> str | None:
    """The site a back link anywhere on the page names, else the publisher a copyright line
    under the body (`body_end`: its last line) names."""
    for line in lines:
        name = back_link_site(line)
        if name:
            return name
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


def back_link_site(line: str) -> str | None:
    """The site a "Return to <site>" line names, or None."""
    found = _BACK_LINK.match(line) if len(line) <= 120 else None
    if not found:
        return None
    name = found["name"].strip(" .")
    words = name.split()
    if not words or len(words) > MAX_BACK_LINK_WORDS or not _NAME.match(name):
        return None
    if not (words[0][0].isupper() or "." in name) or {w.casefold() for w in words} & _PLACES:
        return None
    if not (found["home"] or found["more"] or re.search(r"\w\.[a-z]{2,}$", name)):
        return None  # "Back to Basics" is a heading; a site is named with its home or its domain
    return name
