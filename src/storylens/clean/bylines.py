"""Where crawler text names its author, around the headline and the top of the body: "By Jane
Doe" lines, a name beside when the post went up, a cue alone on its line with the name under
it, a bare name under the headline. The text cleaner (clean/text.py) decides which lines to
search and marks the line it takes."""

from __future__ import annotations

import re

from storylens.clean.lines import unbulleted
from storylens.clean.meta import find_date, parse_byline, starts_byline, undated
from storylens.clean.teasers import ends_in_time
from storylens.text.language import base_language
from storylens.text.stopwords import name_stopwords
from storylens.text.words import word_count

BYLINE_REASON = "byline (kept as the byline)"
BYLINE_SEARCH_LINES = 12  # lines above the body where a byline or date may sit
BYLINE_WORDS = 16
PLAIN_BYLINE_LINES = 8  # a line that is only "By Jane Doe" may sit this far into the body
PLAIN_BYLINE_WORDS = 6
#: Languages that capitalise every noun, where capitals are no sign of a name.
CAPITALISED_NOUNS = frozenset({"de", "lb"})

#: A byline's cue alone on its line, the name on the next ("por" / "* César Salza").
_LONE_CUE = re.compile(r"\W*(?:by|von|par|por|oleh|di|door|av|af)\W*", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?")


def byline_window(start: int, end: int, count: int, headline: int | None) -> list[int]:
    """Lines where a byline or date may sit: from a little above the headline or the top of
    the body, whichever comes first, into the top of the body; and the body's end."""
    top = start if headline is None else min(start, headline)
    head = range(max(0, top - BYLINE_SEARCH_LINES), min(end, start + 3) + 1)
    tail = range(max(start + 4, end - 2), min(count, end + 1))
    return [*head, *tail]


def is_lone_cue(line: str) -> bool:
    return _LONE_CUE.fullmatch(line) is not None


def byline_text(lines: list[str], index: int) -> str | None:
    """What to read a byline from at a line: the line; a lone cue with the next line when that
    is a bare name ("Von" / "Jana Doe", not "By" / "The Daily Planet"); or a long line's
    opening "By Jane Doe," before her biography ("By Jane Doe, a deputy editor who has
    covered …"). None for another long line ("Headline by Jane Doe July 10, 2015" too)."""
    line = lines[index]
    if is_lone_cue(line):
        name = unbulleted(lines[index + 1]) if index + 1 < len(lines) else ""
        return f"{line} {name}" if is_bare_name(name, None, name_stopwords(None)) else None
    if word_count(undated(line)) <= BYLINE_WORDS:
        return line
    head = line.split(",", maxsplit=1)[0]
    return head if starts_byline(head) and word_count(head) <= PLAIN_BYLINE_WORDS else None


def segment_byline(line: str, dated: bool) -> str | None:
    """The byline in the first of a line's "|"-separated parts that gives one ("Le Monde |
    04.05.2015 à 13h36 | Par Martin Dupont"); only a part with a cue ("By", "Par") after the
    first, since a later part may name anyone."""
    first, *later = line.split("|")
    cued = [part for part in later if starts_byline(part)]
    return next((found for part in [first, *cued] if (found := parse_byline(part, dated=dated))), None)


def plain_byline(lines: list[str], reasons: list[str | None], start: int, end: int) -> tuple[int, str] | None:
    """A line that is nothing but a byline ("By Jane Doe") a little further into the body
    (whose first and last lines are `start` and `end`), under a lead photo and its caption;
    with its index."""
    for index in range(start + 4, min(end, start + PLAIN_BYLINE_LINES) + 1):
        line = lines[index]
        if reasons[index] is None and word_count(line) <= PLAIN_BYLINE_WORDS:
            byline = parse_byline(line)
            if byline and len(byline.split()) >= word_count(line) - 1:
                return index, byline
    return None


def name_under_headline(
    lines: list[str],
    reasons: list[str | None],
    start: int,
    headline: int,
    *,
    outlet: str | None,
    language: str | None,
) -> tuple[int, str] | None:
    """A bare name on the line right under the headline ("Mike Conley"), or under a standfirst
    or behind a list bullet ("* Mike Conley", which may be a tag) when when it went up follows
    it ("Friday 25 December 2015", "1:39 PM ET"), with its index: not in a language that
    capitalises every noun ("Künstlerischer Lebenslauf"), nor below the body's top (`start`)."""
    if base_language(language) in CAPITALISED_NOUNS:
        return None
    for index in (headline + 1, headline + 2):
        if index > start or index + 1 >= len(lines) or reasons[index] is not None:
            continue
        line, following = lines[index], lines[index + 1]
        name = unbulleted(line)
        if (index == headline + 2 or name != line) and not (find_date(following) or ends_in_time(following)):
            continue
        if is_bare_name(name, outlet, name_stopwords(language)):
            return index, name
    return None


def is_bare_name(line: str, outlet: str | None, function_words: frozenset[str]) -> bool:
    """Two or three capitalised name words, each once, no function word, not the outlet, not
    trailing off ("Suche Erweiterte Suche..." is a search box)."""
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(is_capitalised_name(word) for word in words):
        return False
    if len(set(words)) < len(words) or line.endswith(("..", "…")):
        return False
    if outlet and line.casefold() == outlet.casefold():
        return False
    return not any(word.casefold() in function_words for word in words)


def is_capitalised_name(word: str) -> bool:
    """A word written as a name: a capital, then letters, with inner apostrophes, hyphens or
    dots ("O'Neil", "Roberts-Grey", "Jr.")."""
    return word[:1].isupper() and _NAME_WORD.fullmatch(word) is not None
