"""Clean text that a crawler already pulled out of HTML, with the site furniture still in it.

Each line is judged on its own shape (icon glyphs, menus, cookie and comment prompts,
copyright lines, repeats) and on its place relative to the article body (teasers under a
"Top stories" heading, short lines before or after the prose). Every dropped line is kept
with its reason, and the title, date, byline and site name lines become metadata.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from storylens.clean.meta import find_date, parse_byline, split_title
from storylens.records import DatePrecision, Removal

# Each furniture kind: (reason, pattern). Patterns are matched against short lines only.
_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cookie or privacy notice",
        re.compile(
            r"\bcookies?\b|\bconsent\b|privacy (policy|settings|notice)|datenschutz|"
            r"confidentialité|política de privacidad|kebijakan privasi",
            re.I,
        ),
    ),
    (
        "comment prompt",
        re.compile(
            r"\bcomments?\s*\(\d+\)|leave a (comment|reply)|be the first to comment|"
            r"\bkommentar(e)?\b|commentaires?\b|comentarios?\b|\bkomentar\b|post a comment|"
            r"join the (conversation|discussion)|add a comment",
            re.I,
        ),
    ),
    (
        "share or subscribe prompt",
        re.compile(
            r"^(share|teilen|partager|compartir|bagikan|condividi)\b|\bshare (this|on)\b|"
            r"\bsubscribe\b|newsletter|follow us|abonnieren|s'abonner|suscr[ií]bete|"
            r"artikel teilen|sign up for|log in\b|register\b",
            re.I,
        ),
    ),
    (
        "copyright or legal line",
        re.compile(
            r"^©|\(c\) \d{4}|copyright|all rights reserved|tous droits réservés|"
            r"alle rechte vorbehalten|todos los derechos|hak cipta|\bimpressum\b|"
            r"terms (of (use|service)|and conditions)",
            re.I,
        ),
    ),
    ("photo credit", re.compile(r"^(photo|foto|image|bild|picture)\s*(credit)?\s*[:/©]", re.I)),
)
_RELATED_HEADING = re.compile(
    r"^(top stories|top news|related( stories| articles| news)?|read (more|also|next)|see also|"
    r"more (from|on|stories|news)\b.*|most (read|popular|viewed)|popular( now)?|"
    r"recommended( for you)?|you may also like|trending|latest( news)?|same category|"
    r"auch interessant|mehr zum thema|meistgelesen|à lire aussi|lire aussi|"
    r"les plus lus|noticias relacionadas|te puede interesar|lo más leído|"
    r"baca juga|berita terkait|artikel terkait|terpopuler)\s*:?$",
    re.I,
)
_BREADCRUMB = re.compile(r"(\s[»›>/]\s.*){2,}|^(home|startseite|accueil|inicio)\s*[»›>/]", re.I)
_PROSE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")
_WORD = re.compile(r"\w+")

TITLE_REASON = "title line (kept as the title)"


@dataclass(slots=True)
class CleanedText:
    """The article as the text cleaner found it."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: tuple[str, DatePrecision] | None = None


def normalise_line(line: str) -> str:
    """A line with control characters dropped and white space collapsed."""
    kept = "".join(
        ch
        for ch in line
        if ch in "\t" or unicodedata.category(ch)[0] != "C" or unicodedata.category(ch) == "Co"
    )
    return " ".join(kept.split())


def is_glyph_dump(line: str) -> bool:
    """A line of icon-font glyphs (private-use characters) and symbols only."""
    return all(unicodedata.category(ch) in ("Co", "So", "Zs") or ch in "|·•-" for ch in line)


def is_prose(line: str) -> bool:
    """A line that reads as a sentence: ends like one, or is too long to be a heading."""
    words = len(_WORD.findall(line))
    return (words >= 3 and bool(_PROSE_END.search(line))) or words >= 30


def find_title(lines: list[str], given: str | None) -> tuple[str | None, str | None]:
    """The headline and, when a 'Headline | Outlet' line shows it, the outlet."""
    if given:
        return split_title(given)
    seen = set(lines)
    for line in lines:
        head, tail = split_title(line)
        if tail and head in seen:
            return head, tail
    for line in lines[:40]:
        if is_prose(line):
            break
        words = len(_WORD.findall(line))
        if 4 <= words <= 25 and not _furniture_reason(line):
            return split_title(line)
    return None, None


def _furniture_reason(line: str) -> str | None:
    if len(_WORD.findall(line)) > 40:
        return None
    for reason, pattern in _FURNITURE:
        if pattern.search(line):
            return reason
    if _BREADCRUMB.search(line) and not is_prose(line):
        return "navigation breadcrumb"
    return None


def clean_text(text: str, given_title: str | None = None) -> CleanedText:
    """Split extracted page text into body paragraphs, metadata and removed lines."""
    lines = [line for line in (normalise_line(raw) for raw in text.splitlines()) if line]
    result = CleanedText()
    result.title, result.outlet = find_title(lines, given_title)
    prose_at = [i for i, line in enumerate(lines) if is_prose(line) and not _furniture_reason(line)]
    first_prose = prose_at[0] if prose_at else len(lines)
    last_prose = prose_at[-1] if prose_at else -1
    seen: set[str] = set()
    in_related = False
    for index, line in enumerate(lines):
        reason = _judge(
            line,
            index=index,
            result=result,
            seen=seen,
            first_prose=first_prose,
            last_prose=last_prose,
            in_related=in_related,
        )
        if reason == "related-stories heading":
            in_related = True
        elif in_related and reason is None:
            in_related = False
        if reason is None:
            result.paragraphs.append(line)
        else:
            result.removed.append(Removal(line, reason))
        seen.add(line.casefold())
    return result


def _judge(
    line: str,
    *,
    index: int,
    result: CleanedText,
    seen: set[str],
    first_prose: int,
    last_prose: int,
    in_related: bool,
) -> str | None:
    """Why a line is dropped, or None to keep it; metadata lines fill `result`."""
    prose = is_prose(line)
    if is_glyph_dump(line):
        return "icon-font glyphs"
    if result.title and _is_title_line(line, result.title):
        return TITLE_REASON
    if result.outlet and line.casefold() == result.outlet.casefold():
        return "site name"
    if not prose or len(_WORD.findall(line)) <= 12:
        byline = parse_byline(line.split("|", maxsplit=1)[0])
        if byline and index <= first_prose + 1:
            result.byline = result.byline or byline
            date = find_date(line)
            if date and result.published is None:
                result.published = date
            return "byline (kept as the byline)"
        date = find_date(line) if len(_WORD.findall(line)) <= 12 else None
        if date and (index < first_prose or not prose):
            if result.published is None:
                result.published = date
                return "date line (kept as the published date)"
            return "date line"
    if _RELATED_HEADING.match(line):
        return "related-stories heading"
    furniture = _furniture_reason(line)
    if furniture:
        return furniture
    if line.casefold() in seen:
        return "repeated line"
    if prose:
        return None
    if in_related:
        return "teaser under a related-stories heading"
    if index < first_prose:
        return "short line before the article body (menu or header)"
    if index > last_prose:
        return "short line after the article body"
    return None


def _is_title_line(line: str, title: str) -> bool:
    head, _ = split_title(line)
    return title in (line, head)
