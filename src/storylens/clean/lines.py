"""What one line of page text is, judged on its own: prose, a heading, or site furniture.

The patterns name kinds of furniture (cookie notices, share prompts, comment prompts, ...) in
the languages storylens meets most; each match carries the reason shown to the user.
"""

from __future__ import annotations

import re
import unicodedata

from storylens.clean.outlet import back_link_site
from storylens.text.words import WORD, word_count

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
            r"\bcomments?\s*\(\d+\)|\(\d+\)\s*comments?\b|^\d+\s+(comments?|kommentare?|commentaires?|"
            r"comentarios?|komentar)\b|leave a (comment|reply)|be the first to comment|"
            r"^(there (are|is) )?\d+\s*(comments?|responses?|replies|reactions)\s*$|"
            r"^(reply|antworten|répondre|responder|rispondi|balas|report|melden|signaler)$|"
            r"(\b|\d)comments?\.? click to (view|read)|"
            r"^(kommentar(e)?|commentaires?|comentarios?|comments?|komentar)\s*:?$|"
            r"posting komentar|post a comment|join the (conversation|discussion)|add a comment|"
            r"kommentar schreiben|schreibe einen kommentar|laisser un commentaire|deja un comentario|"
            r"我要评论|发表评论|评论\s*[(（]\d+[)）]|^评论\s*[:：]?$|^コメント\s*[(（]?\d*[)）]?$|^댓글",
            re.I,
        ),
    ),
    (
        "share or subscribe prompt",
        re.compile(
            r"^(share|teilen|partager|compartir|bagikan|condividi)\b|\bshare (this|on)\b|"
            r"\bsubscribe\b|newsletter|follow us|abonnieren|s'abonner|suscr[ií]bete|"
            r"artikel teilen|sign up for|^log ?in\b|^register\b|^(print|drucken|imprimer|e-?mail|tweet)$|"
            r"^[\d.,]+[km]?\s+(views|shares|likes|aufrufe|vues|visualizaciones)$|"
            r"^(分享到?|我要分享|转播到|收藏(文章|本文)?$|登录$|注册$|ツイート$|シェア(する)?$|ログイン$|공유)|"
            r"^(facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit|x|email|mail)"
            r"(\s*[|·,/]?\s*(facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit|x|email|mail))*$",
            re.I,
        ),
    ),
    (
        "copyright or legal line",
        re.compile(
            r"^©|\(c\) \d{4}|copyright|all rights reserved|tous droits réservés|"
            r"alle rechte vorbehalten|todos los derechos|hak cipta|\bimpressum\b|"
            r"terms (of (use|service)|and conditions)|版权所有|未经授权|不得转载|禁止转载|無断転載",
            re.I,
        ),
    ),
    (
        "photo credit",
        re.compile(
            r"^(photo|foto|image|bild|picture|credit)s?\s*(credit)?\s*[:/©]|\((photo|foto|bild)\s*:|"
            r"\|\s*(photo|foto|bild)\s*:\s*[^|]{1,40}$|^view (this )?(image|photo|gallery)\b",
            re.I,
        ),
    ),
    (
        "advertisement label",
        re.compile(r"^(advertisement|anzeige|werbung|publicité|publicidad|iklan|sponsored|ad)$", re.I),
    ),
    (
        "podcast or video widget",
        re.compile(
            r"^(play|listen|watch|pause)( (now|video|audio|the podcast|episode))?$|"
            r"^\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?$|^(video|audio|podcast)\s*:?$|自动播放",
            re.I,
        ),
    ),
    (
        "pagination",
        re.compile(
            r"^\d{1,3}((\s*[|·]\s*|\s+)\d{1,3}){2,}\s*(next|›|»|>)?$|^(next|previous|prev)( page)?\s*[>›»]?$|"
            r"^[<‹«]\s*(previous|prev)( page)?$|^page \d+ of \d+$",
            re.I,
        ),
    ),
    (
        "language picker",
        re.compile(
            r"^(english|deutsch|français|español|italiano|português|nederlands|русский|中文|日本語|"
            r"bahasa indonesia|العربية)(\s*[|·/]?\s*(english|deutsch|français|español|italiano|"
            r"português|nederlands|русский|中文|日本語|bahasa indonesia|العربية))+$",
            re.I,
        ),
    ),
)
# A consent banner speaks for the site about its own cookies, at any length: "We use cookies
# and similar technologies to ...", "By clicking 'Accept' you agree ...". Read from the start
# of the line only, so an article that quotes such a sentence keeps it.
CONSENT_REASON = "cookie consent banner"
_CONSENT = re.compile(
    r"^(we|this (web)?site|our (web)?site|this page|we and our (partners|vendors))( and our partners)? "
    r"(use|uses|store|stores) cookies\b|"
    r"^by (clicking|continuing|using|browsing|scrolling)\b.{0,120}"
    r"\b(you (agree|consent|accept|acknowledge)|consent to|grant (your|our) consent)\b|"
    r"^(wir|diese (web)?seite) (verwenden|nutzen|verwendet|nutzt) cookies\b|"
    r"^(nous utilisons|ce site utilise) des cookies\b|^(utilizamos|usamos) cookies\b|"
    r"^este (sitio|site|portal)( web)? (utiliza|usa) cookies\b|"
    r"^(utilizziamo|questo sito utilizza) (i )?cookie|"
    r"^(kami|situs ini) menggunakan cookie",
    re.I,
)
_MARKUP = re.compile(r"^<[a-z/!][^>]*(>|$)|^<[a-z]+\s+\w+=", re.I)
_TAG = re.compile(r"</?[a-z][^<>]*>", re.I)
# Markup that loads something from another address: a tracking pixel, an ad or a script that a
# renderer printed as text (from a <noscript> block, say), never a sentence of the article.
_EMBED = re.compile(r"<[a-z]+\s[^>]*\b(src|href)\s*=\s*[\"']?(https?:)?//", re.I)
EMBED_REASON = "embedded markup (tracking pixel, ad or script)"
# A heading that opens a block of links to other pages: the block's teasers go with it.
RELATED_HEADING = re.compile(
    r"^(top stories|top news|related( stories| articles| news| posts| content| coverage| reading| links)?|"
    r"read (more|also|next)|see also|more (from|on|stories|news|articles)\b.*|"
    r"most (read|popular|viewed|shared)|popular( now| posts| news| in\b.*)?|"
    r"recommended( related)?( for you| stories| news| articles| reading)?|you (may|might) (also )?like|"
    r"trending( now)?|latest( news| stories)?|"
    r"same category|also (read|on)\b.*|what to read next|editor'?s picks|top picks|"
    r"související( články)?|czytaj (też|także)|zobacz (też|także)|powiązane( artykuły)?|"
    r"auch interessant|mehr zum thema|weitere artikel|das könnte sie auch interessieren|meistgelesen|"
    r"à lire aussi|lire aussi|les plus lus|sur le même sujet|noticias relacionadas|te puede interesar|"
    r"lo más leído|baca juga|berita terkait|artikel terkait|terpopuler|"
    r"schon gelesen\??|weitere themen|(das|dieses) (thema )?könnte (dich|sie) auch interessieren|"
    r"(también )?(te|le) puede interesar|notas relacionadas|vea también|lee también|puedes ver|"
    r"leia também|veja também|leggi anche|potrebbe interessarti|zie ook|lees ook|"
    r"[【\[]?(相关(新闻|阅读|文章|推荐|报道|链接)|延伸阅读|推荐阅读|热门推荐|精彩(视频)?推荐|猜你喜欢|"
    r"関連記事|関連ニュース|관련\s?기사)[】\]]?)\s*[:：]?$",
    re.I,
)
# The desk's credit line under a Chinese or Japanese article: "责任编辑：…" (editor in charge).
EDITOR_CREDIT = re.compile(r"^[\[【(（]?\s*(责任编辑|責任編集|责编)\s*[:：]")
# An inline pointer to another article, on a line of its own inside the body.
READ_MORE_LINE = re.compile(
    r"^(read (more|also)|see also|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lea también|"
    r"baca juga|also read|related|(también )?(te|le) puede interesar|vea también|lee también|"
    r"puedes ver|leia também|veja também|leggi anche|zie ook|lees ook)\s*[:»>-]\s*\S",
    re.I,
)
# A teaser's blurb: a sentence cut short and a link to the rest of it on another page.
_READ_MORE_TAIL = re.compile(
    r"(\b(read more|read on|continue reading|weiterlesen|lire la suite|leer más|ler mais|leggi tutto|"
    r"lees meer|selengkapnya)|\bmehr(?=\s*[»›>…]))\s*(»|›|>|…|\.\.\.)?$",
    re.I,
)
BREADCRUMB = re.compile(r"(\s[»›>/]\s.*){2,}")
#: A trail that can be nothing else: from the home page, or with "»", "›" or ">>" between its steps.
_TRAIL = re.compile(
    r"(\s(?:[»›]|>>|»»)\s.*){2,}|^(home|startseite|accueil|inicio|首页|首頁|ホーム|홈)\s*(?:[»›>/]|>>)|"
    r"^返回首[页頁]",  # "back to the home page"
    re.I,
)
MENU_REASON = "navigation menu or trail"
BACK_LINK_REASON = "link back to the site's home"
#: A menu written on one line: four or more short items between bars ("News | Sport | Culture | Travel").
_BAR_MENU = re.compile(r"^[^|]{1,24}(\|[^|]{1,24}){3,}$")
_PROSE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*(?:\s*\([\w/.,& -]{2,20}\))?$|[\"”»]$")
_CJK_PROSE_END = re.compile(r"[。！？」』]$")
_INITIAL = re.compile(r"\b[^\W\d_]")  # a word's first letter
_BULLET = re.compile(r"^(?:[*•·▪◦‣–-]|\d{1,2}[.)])\s+")


def normalise_line(line: str) -> str:
    """A line with control characters dropped and white space collapsed."""
    line = " ".join(line.split())  # tabs, no-break and thin spaces are white space, not controls
    if line.isprintable():  # the common case: nothing to drop (checked in C)
        return line
    kept = "".join(
        ch for ch in line if unicodedata.category(ch) == "Co" or unicodedata.category(ch)[0] != "C"
    )
    return " ".join(kept.split())


def unbulleted(line: str) -> str:
    """The line without a list bullet a text renderer put in front of it."""
    return _BULLET.sub("", line, count=1)


def is_listed(line: str) -> bool:
    """Whether a text renderer put a list bullet in front of the line."""
    return _BULLET.match(line) is not None


def is_glyph_dump(line: str) -> bool:
    """A line of icon-font glyphs (private-use characters) and symbols only."""
    return all(unicodedata.category(ch) in ("Co", "So", "Zs") or ch in "|·•-" for ch in line)


def is_prose(line: str) -> bool:
    """A line that reads as a sentence: ends like one, or is too long to be a heading."""
    words = word_count(line)
    ends = bool(_PROSE_END.search(line) or _CJK_PROSE_END.search(line))
    return (words >= 3 and ends) or words >= 25


def furniture_reason(line: str) -> str | None:
    """Why a short line is site furniture, or None when its words do not say so."""
    bare = unbulleted(line)
    if _EMBED.search(line) and 2 * sum(len(tag) for tag in _TAG.findall(line)) >= len(line):
        return EMBED_REASON
    if _MARKUP.search(bare):
        return "HTML markup left in the text"
    if _CONSENT.search(bare):
        return CONSENT_REASON
    if word_count(line) > 40:
        return None
    for reason, pattern in _FURNITURE:
        if pattern.search(bare):
            return reason
    if (_TRAIL.search(bare) or _is_bar_menu(bare)) and not is_prose(bare):
        return MENU_REASON
    if BREADCRUMB.search(bare) and not is_prose(bare):
        return "navigation breadcrumb"
    if EDITOR_CREDIT.match(bare):
        return "editor credit"
    if READ_MORE_LINE.match(bare):
        return "link to another article"
    if back_link_site(bare):
        return BACK_LINK_REASON
    if _READ_MORE_TAIL.search(bare) and word_count(bare) > 3 and not _READ_MORE_TAIL.fullmatch(bare):
        return "teaser (its read-more link ends it)"
    return None


def _is_bar_menu(line: str) -> bool:
    """Four or more items of at most three words between bars, none of them a number alone."""
    if not _BAR_MENU.match(line):
        return False
    items = [item.strip() for item in line.split("|")]
    return all(item and word_count(item) <= 3 and not item.replace(".", "").isdigit() for item in items)


def capitalised_share(line: str) -> float:
    """Share of a line's words that begin with a capital letter (high in headings and menus)."""
    initials = _INITIAL.findall(line)
    return sum(1 for c in initials if c.isupper()) / len(initials) if initials else 0.0


def stopword_share(line: str, stop: frozenset[str]) -> float:
    """Share of a line's words that are function words (high in prose, low in menus and lists)."""
    words = [w.casefold() for w in WORD.findall(line)]
    return sum(1 for w in words if w in stop) / len(words) if words else 0.0
