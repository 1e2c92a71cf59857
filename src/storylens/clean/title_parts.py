"""A headline line's own words apart from what the site puts around them: "Headline | Outlet",
"Outlet: Headline", "Home » Blog » Headline", "Headline - Section - Outlet".

In crawler text the headline often comes with the site's name or the section path glued on,
because the page repeats its <title> or breadcrumb as a line. A piece is set aside only on the
page's own evidence, in the words of any site, and only where the rest still reads as a headline
(three words or more):

- any piece at either end that spells the site's name as its address does ("fenwickpost.test",
  "Fenwick Post" on fenwickpost.test, "FHB: …" on fhb.test);
- a piece of five words or fewer after the headline that is a line of its own elsewhere on
  the page, or a piece of one (a site-name line, the same " - Section" tail on the teasers'
  titles);
- a breadcrumb step before the headline ("Home » Blog » …") that is a line elsewhere too (the
  menu item);
- a tail of five words or fewer after a head that is a line of its own elsewhere (the bare
  headline beside its "Headline | Outlet" copy).

A colon or a dash before the headline usually belongs to it ("Dredging row: …", "Quay lights
– the council replaces the lamps"), so only the site's name comes off there. Without evidence the
old rule stands: a " | Outlet" tail of one to five words after a headline of three or more
(`meta.split_title`). The outlet is the piece the address names, else the last piece after the
headline that is a line elsewhere too; a section path before the headline is no outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from storylens.clean.meta import split_title

#: Where a headline line breaks into pieces: spaced bars, dashes, dots and slashes, a bar
#: unspaced, a colon before a space, a hyphen or underscore between CJK text and a CJK site
#: name ("…通车-海港日报"), and breadcrumb steps (" » ", "a>b", " /") — a guillemet that closes
#: a quotation ("… ». Sur …") is none.
_SEPARATOR = re.compile(
    r"\s+(?:[|–—·~/]|-|::|//)\s+"
    r"|\s*\|\s*"
    r"|(?P<colon>(?<=\S):\s+)"
    r"|(?<=[\u3000-\u9fff\uff00-\uffef])[-_](?=[\u3000-\u9fff])"
    r"|(?P<crumb>\s+[»›>]\s+|(?<=\w)[»›>](?=\w)|\s+/\s*)"
)
MAX_PIECES = 6
MIN_HEADLINE_WORDS = 3
#: The most words a tail may have to come off on the page's evidence ("- Tidewater Gazette",
#: "| Politik | Region"); a longer one is the headline's own second half.
MAX_TAIL_WORDS = 5
#: The most words a piece may have to name the site ("Fenwick Post", "fenwickpost.test").
MAX_NAME_WORDS = 3
_BULLET = re.compile(r"^[\s*+•·o-]+\s")
_HOST_NOISE = frozenset({"www", "com", "org", "net", "html", "blog", "blogs", "news"})


@dataclass(frozen=True)
class _Piece:
    text: str
    start: int
    end: int
    after: str  # the separator after it: "crumb" (» › > /), "colon", "plain" or "" at the end


def split_headline(line: str, page_lines: list[str], url: str | None = None) -> tuple[str, str | None]:
    """The headline in `line` and the outlet it names (None when it names none)."""
    text = _BULLET.sub("", line).strip()
    pieces = _pieces(text)
    if len(pieces) < 2 or len(pieces) > MAX_PIECES or not all(p.text for p in pieces):
        return split_title(text)
    seen = _seen_pieces(page_lines, text)
    labels = _host_labels(url)
    found = _evidenced_span(pieces, seen, labels) or _seen_run(pieces, seen)
    if found is None:
        return split_title(text)
    start, end = found
    kept = text[pieces[start].start : pieces[end - 1].end]
    named = [p.text for p in pieces[:start] + pieces[end:] if _names_host(p.text, labels)]
    after = [p.text for p in pieces[end:] if _fold(p.text) in seen]
    return kept, named[0] if named else (after[-1] if after else None)


def _pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    position = 0
    for match in _SEPARATOR.finditer(text):
        if match.start() > position or not pieces:
            kind = "crumb" if match["crumb"] else "colon" if match["colon"] else "plain"
            pieces.append(_Piece(text[position : match.start()].strip(), position, match.start(), kind))
        position = match.end()
    pieces.append(_Piece(text[position:].strip(), position, len(text), ""))
    return pieces


def piece_words(text: str) -> list[int]:
    """How many words each piece of a line has, as the line's separators cut it."""
    return [len(piece.text.split()) for piece in _pieces(text)]


def _words(pieces: list[_Piece], start: int, end: int) -> int:
    return sum(len(p.text.split()) for p in pieces[start:end])


def _evidenced_span(pieces: list[_Piece], seen: set[str], labels: list[str]) -> tuple[int, int] | None:
    """Pieces with evidence taken off either end while the rest reads as a headline."""
    start, end = 0, len(pieces)
    while end - start > 1:
        first, last = pieces[start], pieces[end - 1]
        if _words(pieces, start + 1, end) >= MIN_HEADLINE_WORDS and (
            _names_host(first.text, labels) or (first.after == "crumb" and _fold(first.text) in seen)
        ):
            start += 1
        elif _words(pieces, start, end - 1) >= MIN_HEADLINE_WORDS and (
            _names_host(last.text, labels)
            or (
                pieces[end - 2].after != "colon"
                and len(last.text.split()) <= MAX_TAIL_WORDS
                and _fold(last.text) in seen
            )
        ):
            end -= 1
        else:
            break
    return None if (start, end) == (0, len(pieces)) else (start, end)


def _seen_run(pieces: list[_Piece], seen: set[str]) -> tuple[int, int] | None:
    """The longest head of the line, three words or more, that is a line of its own elsewhere
    while what follows is short enough for a site's tail; a colon never ends it."""
    for end in range(len(pieces) - 1, 0, -1):
        joined = " ".join(p.text for p in pieces[:end])
        if (
            pieces[end - 1].after != "colon"
            and _words(pieces, 0, end) >= MIN_HEADLINE_WORDS
            and _words(pieces, end, len(pieces)) <= MAX_TAIL_WORDS
            and _fold(joined) in seen
        ):
            return 0, end
    return None


def _seen_pieces(page_lines: list[str], line: str) -> set[str]:
    """Every other line of the page and every piece of it, case-folded."""
    own = _fold(line)
    seen: set[str] = set()
    for other in page_lines:
        text = _BULLET.sub("", other).strip()
        folded = _fold(text)
        if not folded or folded == own:
            continue
        seen.add(folded)
        if len(text) <= 200:
            seen.update(_fold(piece.text) for piece in _pieces(text) if piece.text)
    return seen


def _host_labels(url: str | None) -> list[str]:
    """The address's own labels: not the top-level domain ("today", "online"), nor "www"."""
    host = (urlsplit(url).hostname or "") if url else ""
    return [label for label in host.split(".")[:-1] if len(label) >= 3 and label not in _HOST_NOISE]


def _names_host(piece: str, labels: list[str]) -> bool:
    """Whether the piece spells the site's address ("fenwickpost.test", "Fenwick Post", "FHB"); a
    short label must be the whole piece."""
    letters = re.sub(r"[\W_]+", "", piece.casefold())
    if len(letters) < 3 or len(piece.split()) > MAX_NAME_WORDS:
        return False
    return any(
        letters == label or (len(label) >= 4 and (label in letters or letters in label)) for label in labels
    )


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .:|")
