"""The text mode's metadata: the title, outlet, byline and published date a page of crawler
text states, each line taken for one marked so it leaves the body. The rules look first; the
title, byline and date models (`title_model`, `byline_model`, `date_model`) pick among the
candidates, and the rules' answer stands where a model takes none."""

from __future__ import annotations

import re

from storylens.clean.byline_model import pick_byline
from storylens.clean.bylines import (
    BYLINE_REASON,
    byline_text,
    byline_window,
    is_lone_cue,
    name_under_headline,
    plain_byline,
    segment_byline,
)
from storylens.clean.date_model import pick_date
from storylens.clean.line_model import is_soft
from storylens.clean.lines import is_prose
from storylens.clean.meta import find_date, split_title, starts_byline, timed_name
from storylens.clean.outlet import outlet_the_page_names
from storylens.clean.shown_date import (
    Dated,
    closing_date,
    cued_date,
    shown_date,
    shown_yearless,
    stamped_link,
)
from storylens.clean.text_records import CleanedText, PageLines
from storylens.clean.title_model import pick_title
from storylens.clean.title_parts import split_headline
from storylens.text.stopwords import name_stopwords
from storylens.text.words import word_count

TITLE_REASON = "title line (kept as the title)"
MASTHEAD_REASON = "the site's name (masthead)"
UNNAMED_BYLINE_REASON = "byline that names no author"
#: A line this short that opens with a byline cue and names no one is still a byline.
UNNAMED_BYLINE_WORDS = 4
DATE_REASON = "date line (kept as the published date)"

#: How a sentence ends and a headline does not.
_FULL_STOP = re.compile(r"[^.][.。]$")


def title_and_byline(
    page: PageLines, result: CleanedText, given_title: str | None, language: str | None, url: str | None
) -> int | None:
    """The title, byline and outlet (into `result`), their lines marked; the headline's index
    when the title model picked one."""
    headline = rule_metadata(page, result, given_title, language, url)
    _take_model_byline(page, headline, result, url)
    if result.outlet is None and url is None:  # after the byline: a blog's "© Jane Doe" is hers too
        result.outlet = outlet_the_page_names(page.lines, page.body[1])
        _drop_masthead_byline(page, result, headline)
        headline = _past_masthead_tagline(page, result, headline)
    return headline


def _past_masthead_tagline(page: PageLines, result: CleanedText, headline: int | None) -> int | None:
    """A title line that is the site's name and its slogan ("Harbour Notes - a blog about the
    northern seas": the outlet the page names, then words in lower case) is the masthead; the
    headline is the next line under it that reads as one. Returns the headline's index."""
    if (
        headline is None
        or result.outlet is None
        or given_masthead(page.lines[headline], result.outlet) is None
    ):
        return headline
    for index in range(headline + 1, min(len(page.lines), headline + 4)):
        line = page.lines[index].strip()
        reason = page.reasons[index]
        if not line or (reason is not None and not is_soft(reason)) or starts_byline(line):
            continue
        words = len(line.split())
        if 3 <= words <= 20 and not _FULL_STOP.search(line) and line[0].isupper():
            page.reasons[headline] = MASTHEAD_REASON
            page.reasons[index] = TITLE_REASON
            result.title = line
            return index
        break
    return headline


def given_masthead(line: str, outlet: str) -> str | None:
    """The slogan when a line is the outlet's name, a dash, bar or colon, and words that open
    in lower case ("Harbour Notes - a blog about the northern seas"); else None."""
    folded, name = line.strip(), outlet.strip()
    if not folded.casefold().startswith(name.casefold()):
        return None
    rest = folded[len(name) :]
    separator = re.match(r"\s*[-–—|:·]\s*", rest)
    if separator is None:
        return None
    slogan = rest[separator.end() :]
    return slogan if slogan[:1].islower() else None


def _drop_masthead_byline(page: PageLines, result: CleanedText, headline: int | None) -> None:
    """A byline above the headline that is the outlet's name is the masthead, not an author."""
    index = byline_line(page.reasons)
    if not (result.outlet and result.byline and index is not None and headline is not None):
        return
    if index < headline and result.byline.casefold() == result.outlet.casefold():
        result.byline = None
        page.reasons[index] = MASTHEAD_REASON


def rule_metadata(
    page: PageLines, result: CleanedText, given_title: str | None, language: str | None, url: str | None
) -> int | None:
    """The title and the byline the rules find (into `result`), their lines marked; the
    headline's index when the title model picked one."""
    headline = None
    if given_title:
        result.title, result.outlet = split_title(given_title)
    else:
        headline = _take_title(page, result, url)
    find_metadata(page.lines, page.reasons, page.body, result, headline)
    if result.byline is None and headline is not None:
        _take_name_under_headline(page, headline, result, language)
    return headline


def _take_model_byline(page: PageLines, headline: int | None, result: CleanedText, url: str | None) -> None:
    """The byline model's pick replaces the rules' byline; with no pick the rules' stays. Its
    line leaves the body unless a rule that has the last word already flagged it."""
    found = pick_byline(
        page.lines,
        page.reasons,
        body=page.body,
        headline=headline,
        rules_byline=result.byline,
        url=url,
        stop=page.stop,
    )
    if found is None or (result.outlet and found[1].casefold() == result.outlet.casefold()):
        return  # the site's name over its own article is no author's
    index, result.byline = found
    reason = page.reasons[index]
    if reason is None or is_soft(reason):
        page.reasons[index] = BYLINE_REASON


def find_metadata(
    lines: list[str],
    reasons: list[str | None],
    body: tuple[int, int],
    result: CleanedText,
    headline: int | None = None,
) -> None:
    """The byline from the lines around the start of the body, and under the headline (the
    line at `headline`) when it sits far above; the date lines there and the lines that
    repeat the headline (`result.title`) are marked as such (the date itself is chosen by
    `find_published`)."""
    start, end = body
    for index in byline_window(start, end, len(lines), headline):
        line = lines[index]
        if reasons[index] is not None and not (is_soft(reasons[index]) and starts_byline(line)):
            continue  # "By Jane Doe, who writes our newsletter" is no subscribe prompt
        if result.title and _is_title_line(line, result.title) and index <= start + 3 and index != headline:
            reasons[index] = TITLE_REASON  # a repeat (the headline's own line was judged when taken)
            continue
        if result.outlet and line.casefold() == result.outlet.casefold():
            reasons[index] = "site name"
            continue
        text = byline_text(lines, index)
        if text is None:
            continue
        date = find_date(text)
        byline = segment_byline(text, dated=date is not None) or timed_name(text, name_stopwords(None))
        if byline and (index <= start + 3 or index >= end - 2):
            result.byline = result.byline or byline
            reasons[index] = BYLINE_REASON
            if is_lone_cue(lines[index]):  # "By" alone: the name is on the next line
                reasons[index + 1] = reasons[index + 1] or BYLINE_REASON
        elif byline is None and index <= start + 3 and _unnamed_byline(line):
            reasons[index] = UNNAMED_BYLINE_REASON  # "by admin": a byline, though no author's
        if date and index <= start + 3:
            reasons[index] = reasons[index] or DATE_REASON
    if result.byline is None and (plain := plain_byline(lines, reasons, start, end)):
        index, result.byline = plain
        reasons[index] = BYLINE_REASON
    if result.title:  # the headline repeated elsewhere (a breadcrumb, the footer) is no body line
        for index, line in enumerate(lines):
            if reasons[index] is None and _is_title_line(line, result.title) and not is_prose(line):
                reasons[index] = TITLE_REASON


def find_published(page: PageLines, headline: int | None, result: CleanedText, url: str | None) -> None:
    """The published date: the date line the date model picks, else the rules' (see
    `rules_published`), else a date in the headline ("Report of the meeting of 22.04.2020"),
    else a date line without a year under the headline ("Tuesday (July 11)"). Its line
    leaves the body."""
    start = page.body[0]
    ruled = rules_published(page, headline)
    found = (
        pick_date(
            page.lines,
            page.reasons,
            body=page.body,
            headline=headline,
            byline_line=byline_line(page.reasons),
            rules_pick=ruled[0] if ruled else None,
            url=url,
        )
        or ruled
    )
    if found:
        index, result.published = found
        page.reasons[index] = page.reasons[index] or DATE_REASON
    elif headline is not None and (in_headline := find_date(page.lines[headline])):
        result.published = in_headline
    elif yearless := shown_yearless(page.lines, start, headline):
        index, result.yearless = yearless
        page.reasons[index] = page.reasons[index] or DATE_REASON


def rules_published(page: PageLines, headline: int | None) -> tuple[int, Dated] | None:
    """The date line the rules take: the one around the headline and the body's top, else the
    one right under the body, else the first that says it is one ("Published: …")."""
    start, end = page.body
    shown = shown_date(page.lines, start, headline)
    if shown and shown[0] > end and stamped_link(page.lines[shown[0]]):
        shown = None  # the window under a short article's headline reaches its comments
    return shown or closing_date(page.lines, end) or cued_date(page.lines)


def _unnamed_byline(line: str) -> bool:
    """ "by admin", "Posted by editor": a short line that opens like a byline and ends no sentence."""
    text = line.strip()
    return starts_byline(text) and word_count(text) <= UNNAMED_BYLINE_WORDS and not _FULL_STOP.search(text)


def byline_line(reasons: list[str | None]) -> int | None:
    """The index of the line taken as the byline, if any."""
    return next((i for i, reason in enumerate(reasons) if reason == BYLINE_REASON), None)


def _take_name_under_headline(
    page: PageLines, headline: int, result: CleanedText, language: str | None
) -> None:
    found = name_under_headline(
        page.lines, page.reasons, page.start, headline, outlet=result.outlet, language=language
    )
    if found:
        index, result.byline = found
        page.reasons[index] = BYLINE_REASON


def _take_title(page: PageLines, result: CleanedText, url: str | None) -> int | None:
    """The headline the title model picks becomes the title, and its line leaves the body;
    the line's index is returned (None when the model picks none)."""
    index = pick_title(page.lines, page.reasons, body=page.body, url=url, stop=page.stop)
    if index is None:
        return None
    result.title, result.outlet = _title_and_outlet(page.lines, index, page.body[0], url)
    start, end = page.body
    if not (start <= index <= end and _FULL_STOP.search(page.lines[index])):
        page.reasons[index] = TITLE_REASON  # a sentence of the prose stretch stays in the body too
    return index


def _title_and_outlet(lines: list[str], index: int, start: int, url: str | None) -> tuple[str, str | None]:
    """The headline line as title and outlet; 'Headline | Outlet' elsewhere above the body
    names the outlet when the line itself does not."""
    title, outlet = split_headline(lines[index], lines, url)
    for line in lines[: start + 1]:
        head, tail = split_title(line)
        if tail and head == title:
            return title, outlet or tail
    return title, outlet


def _is_title_line(line: str, title: str) -> bool:
    head, _ = split_title(line)
    return title in (line, head)
