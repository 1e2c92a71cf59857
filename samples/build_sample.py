"""Render the sample corpus (`samples/news/`) from `stories.py`, with its right answers.

Pages come out the way storylens meets them in the wild: HTML wrapped in menus, cookie
banners and "related stories" blocks, text that a crawler already pulled out of HTML with
that furniture still in it, and JSONL records. Dates are written in each outlet's own style.
Run `python samples/build_sample.py` after editing `stories.py`; the output is committed.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from datetime import datetime
from pathlib import Path

from stories import ARTICLES, COPIES, JSONL_ARTICLES, OUTLETS

HERE = Path(__file__).parent
OUT = HERE / "news"

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def written_date(outlet: str, when: datetime) -> str:
    """The date line as each outlet writes it."""
    en = MONTHS["en"][when.month - 1]
    styles = {
        "observer": f"Published {when.day} {en}, {when.year} {when:%H:%M}",
        "gazette": f"{when:%d/%m/%Y}",
        "plateau": f"Publié le {when.day} {MONTHS['fr'][when.month - 1]} {when.year} à {when:%H}h{when:%M}",
        "meridian": f"{WEEKDAYS[when.weekday()]}, {en} {when.day}, {when.year} - {when:%H:%M}",
        "kestrel": f"{en} {ordinal(when.day)}, {when.year}",
        "courier": f"{WEEKDAYS[when.weekday()]} {when.day} {en} {when.year}",
        "ledger": f"{en} {when.day}, {when.year}",
        "faro": f"{when.day} de {MONTHS['es'][when.month - 1]} de {when.year}",
        "tagesblick": f"{when:%d.%m.%Y}, {when:%H:%M} Uhr",
        "ngw": f"{when.day} {en} {when.year} {when:%H:%M} GMT",
    }
    return styles[outlet]


def slug(title: str) -> str:
    words = re.findall(r"\w+", title.lower())
    return "-".join(words[:7])


def all_articles() -> list[dict[str, object]]:
    """Originals plus copies, each copy built from its origin by the recorded edits."""
    by_id = {str(a["id"]): a for a in ARTICLES}
    result = list(ARTICLES)
    for copy in COPIES:
        origin = by_id[str(copy["origin"])]
        paragraphs = [
            p
            for i, p in enumerate(origin["paragraphs"])  # type: ignore[arg-type]
            if i not in copy["drop"]
        ]  # type: ignore[operator]
        paragraphs += list(copy["add"])  # type: ignore[call-overload]
        result.append(
            {
                "id": copy["id"],
                "story": origin["story"],
                "outlet": copy["outlet"],
                "published": copy["published"],
                "byline": origin["byline"],
                "title": copy["title"],
                "paragraphs": paragraphs,
                "origin": origin["id"],
            }
        )
    return result


def teasers(article: dict[str, object], articles: list[dict[str, object]]) -> list[str]:
    """Headlines of the outlet's other stories, as a "related stories" block shows them."""
    others = [str(a["title"]) for a in articles if a["story"] != article["story"] or a["story"] is None]
    start = sum(ord(c) for c in str(article["id"])) % max(1, len(others) - 3)
    return others[start : start + 3]


def render_agency_html(a: dict[str, object], when: datetime, related: list[str]) -> str:
    name, domain, lang, _ = OUTLETS[str(a["outlet"])]
    paras = "\n".join(f"      <p>{html.escape(str(p))}</p>" for p in a["paragraphs"])  # type: ignore[attr-defined]
    links = "\n".join(f'        <li><a href="/news/{slug(t)}">{html.escape(t)}</a></li>' for t in related)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{html.escape(str(a["title"]))} | {name}</title>
  <meta property="og:site_name" content="{name}">
  <meta property="og:title" content="{html.escape(str(a["title"]))}">
  <meta property="article:published_time" content="{a["published"]}">
  <meta name="author" content="{a["byline"]}">
  <link rel="canonical" href="https://{domain}/news/{slug(str(a["title"]))}">
</head>
<body>
  <div id="cookie-consent"><p>We use cookies to measure traffic and personalise content.</p>
    <button>Accept all</button> <button>Manage settings</button></div>
  <header><a href="/" class="logo">{name}</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/business">Business</a></li><li><a href="/science">Science</a></li>
    <li><a href="/sport">Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>{html.escape(str(a["title"]))}</h1>
      <div class="meta">By {a["byline"]} · <time datetime="{a["published"]}">{written_date("ngw", when)}</time></div>
{paras}
      <p class="copyright">© {when.year} {name}. Reuse only under licence.</p>
    </article>
    <aside class="related"><h2>More from the wire</h2>
      <ul>
{links}
      </ul></aside>
  </main>
  <footer><p>{name} · About us · Contact · Licensing · Privacy policy</p></footer>
</body>
</html>
"""


def render_classic_html(a: dict[str, object], when: datetime, related: list[str]) -> str:
    outlet = str(a["outlet"])
    name, domain, lang, _ = OUTLETS[outlet]
    paras = "\n".join(f"        <p>{html.escape(str(p))}</p>" for p in a["paragraphs"])  # type: ignore[attr-defined]
    links = "\n".join(f'<li><a href="/{slug(t)}">{html.escape(t)}</a></li>' for t in related)
    head_date = ""
    if outlet == "ledger":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "datePublished": a["published"],
            "author": {"@type": "Person", "name": a["byline"]},
            "publisher": {"@type": "Organization", "name": name},
        }
        head_date = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    elif outlet == "faro":
        head_date = f'<meta property="article:published_time" content="{a["published"]}">'
    menu = {
        "en": "Home News Business Sport Opinion Weather",
        "es": "Portada Nacional Internacional Economía Deportes Cultura",
    }[lang]
    menu_items = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in menu.split())
    cookie = {
        "en": "This site uses cookies. By continuing to browse you agree to our use of cookies.",
        "es": "Utilizamos cookies propias y de terceros. Al continuar navegando acepta su uso.",
    }[lang]
    byline = {"en": "By", "es": "Por"}[lang]
    related_head = {"en": "Related stories", "es": "Noticias relacionadas"}[lang]
    comments = {"en": "Comments (0) — be the first to comment", "es": "Comentarios (0) — deja tu comentario"}[
        lang
    ]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(str(a["title"]))} - {name}</title>
{head_date}
</head>
<body class="article-page">
<div class="topbar"><span class="icon">&#xe900;</span><span class="icon">&#xe901;</span> Subscribe | Log in</div>
<nav class="main-menu"><ul>{menu_items}</ul></nav>
<div class="cookie-notice">{cookie} <a href="/cookies">OK</a></div>
<div class="wrapper">
  <div class="content">
    <div class="story">
      <h1 class="headline">{html.escape(str(a["title"]))}</h1>
      <p class="byline">{byline} <a href="/authors/{slug(str(a["byline"]))}">{a["byline"]}</a></p>
      <p class="dateline">{written_date(outlet, when)}</p>
      <div class="story-body">
{paras}
      </div>
      <div class="share">Share on Facebook · Share on X · Email this story</div>
    </div>
    <div class="comments"><h3>{comments}</h3></div>
  </div>
  <div class="sidebar"><h2>{related_head}</h2><ul>{links}</ul></div>
</div>
<div class="footer">© {when.year} {name} · {domain} · Terms · Privacy</div>
</body>
</html>
"""


def render_portal_html(a: dict[str, object], when: datetime, related: list[str]) -> str:
    outlet = str(a["outlet"])
    name, _, _, _ = OUTLETS[outlet]
    paras = "".join(f"<div class='txt'>{html.escape(str(p))}</div>\n" for p in a["paragraphs"])  # type: ignore[attr-defined]
    tops = "".join(f"<div class='teaser'><a href='#'>{html.escape(t)}</a></div>" for t in related)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(str(a["title"]))} – {name}</title></head>
<body><div id="wrap"><div class="hdr">{name} &raquo; Home &raquo; News &raquo; World</div>
<div class="hdr">Top stories</div><div class="box">{tops}</div>
<div id="main"><div class="ttl">{html.escape(str(a["title"]))}</div>
<div class="info">{written_date(outlet, when)} | {a["byline"]}</div>
{paras}<div class="tags">Tags: news, world, latest</div>
<div class="box"><b>Top stories</b>{tops}</div>
</div><div class="ftr">Copyright {when.year} {name}. All rights reserved. | Advertise | Contact</div>
</div></body></html>
"""


def render_german_html(a: dict[str, object], when: datetime, related: list[str]) -> str:
    name, _, _, _ = OUTLETS["tagesblick"]
    paras = "\n".join(f"  <p>{html.escape(str(p))}</p>" for p in a["paragraphs"])  # type: ignore[attr-defined]
    links = "".join(f"<li><a href='#'>{html.escape(t)}</a></li>" for t in related)
    return f"""<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>{html.escape(str(a["title"]))} | {name}</title>
<meta name="date" content="{a["published"]}">
<meta name="author" content="{a["byline"]}">
</head><body>
<div class="consent">Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. <button>Alle akzeptieren</button></div>
<nav>Startseite | Politik | Wirtschaft | Region | Sport | Kultur</nav>
<article>
  <h1>{html.escape(str(a["title"]))}</h1>
  <div class="autor">Von {a["byline"]} | {written_date("tagesblick", when)}</div>
{paras}
</article>
<section class="teaser"><h2>Auch interessant</h2><ul>{links}</ul></section>
<section class="kommentare"><h2>Kommentar schreiben</h2><p>Bitte melden Sie sich an, um zu kommentieren.</p></section>
<footer>© {when.year} {name} | Impressum | Datenschutz | AGB</footer>
</body></html>
"""


TEXT_FURNITURE = {
    "en": {
        "menu": ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"],
        "cookie": "We use cookies to give you the best experience. Accept cookies | Settings",
        "by": "By",
        "share": "Share this article: Facebook  X  WhatsApp  Email",
        "related": "Top stories",
        "comment": ["Leave a Comment", "Comments (0)"],
        "legal": "All rights reserved.",
    },
    "fr": {
        "menu": ["Accueil", "International", "France", "Économie", "Sports", "Culture"],
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter",
        "by": "Par",
        "share": "Partager : Facebook  X  E-mail",
        "related": "À lire aussi",
        "comment": ["Laisser un commentaire", "Commentaires (0)"],
        "legal": "Tous droits réservés.",
    },
    "de": {
        "menu": ["Startseite", "Politik", "Wirtschaft", "Region", "Sport"],
        "cookie": "Wir verwenden Cookies. Alle akzeptieren | Einstellungen",
        "by": "Von",
        "share": "Artikel teilen: Facebook  X  E-Mail",
        "related": "Auch interessant",
        "comment": ["Kommentar schreiben", "Kommentare (0)"],
        "legal": "Alle Rechte vorbehalten.",
    },
}


def render_text_dump(a: dict[str, object], when: datetime, related: list[str]) -> str:
    """Text as a crawler pulls it out of the page: one block per line, furniture included."""
    outlet = str(a["outlet"])
    name, _, lang, _ = OUTLETS[outlet]
    f = TEXT_FURNITURE[lang]
    lines = [
        "\ue900 \ue901 \ue902 \ue903",
        *f["menu"],
        f["cookie"],
        name,  # type: ignore[misc]
        f"{a['title']} | {name}",
        str(a["title"]),
        written_date(outlet, when)
        if outlet in ("observer", "gazette", "plateau")
        else when.strftime("%d/%m/%Y"),
        f"{f['by']} {a['byline']}",
        "",
    ]
    lines += [str(p) for p in a["paragraphs"]]  # type: ignore[attr-defined]
    lines += [
        "",
        str(f["share"]),
        str(f["related"]),
        *related,
        *f["comment"],  # type: ignore[misc]
        f"© {when.year} {name}. {f['legal']}",
    ]
    return "\n".join(lines) + "\n"


RENDERERS = {
    "agency": (render_agency_html, ".html"),
    "classic": (render_classic_html, ".html"),
    "portal": (render_portal_html, ".html"),
    "german": (render_german_html, ".html"),
    "text": (render_text_dump, ".txt"),
}
# A few pages of HTML outlets come as crawler text too, so both modes meet each language.
AS_TEXT = {"strike-tagesblick", "trial-ledger"}


def jsonl_record(a: dict[str, object], with_language: bool) -> dict[str, object]:
    name, domain, lang, _ = OUTLETS[str(a["outlet"])]
    record: dict[str, object] = {
        "id": f"sample-{a['id']}",
        "url": f"https://{domain}/{slug(str(a['title']))}",
        "outlet": name,
        "title": a["title"],
        "published": a["published"],
        "text": "\n\n".join(str(p) for p in a["paragraphs"]),  # type: ignore[attr-defined]
    }
    if with_language:
        record["language"] = lang
    return record


def main() -> None:
    articles = all_articles()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    sources: dict[str, str] = {}
    jsonl_lines: list[str] = []
    for a in articles:
        when = datetime.fromisoformat(str(a["published"]))
        related = teasers(a, [b for b in articles if b["outlet"] == a["outlet"]] or articles)
        if a["id"] in JSONL_ARTICLES:
            record = jsonl_record(a, with_language=len(jsonl_lines) % 2 == 0)
            jsonl_lines.append(json.dumps(record, ensure_ascii=False))
            sources[str(a["id"])] = str(record["id"])
            continue
        layout = "text" if a["id"] in AS_TEXT else OUTLETS[str(a["outlet"])][3]
        if layout == "text" and OUTLETS[str(a["outlet"])][2] not in TEXT_FURNITURE:
            layout = "classic"
        render, suffix = RENDERERS[layout]
        folder = OUT / OUTLETS[str(a["outlet"])][1].split(".")[0]
        folder.mkdir(exist_ok=True)
        path = folder / f"{slug(str(a['title']))}{suffix}"
        path.write_text(render(a, when, related), encoding="utf-8")
        sources[str(a["id"])] = str(path.relative_to(OUT))
    (OUT / "wire-feed.jsonl").write_text("\n".join(jsonl_lines) + "\n", encoding="utf-8")

    stories: dict[str, list[str]] = {}
    for a in articles:
        key = str(a["story"]) if a["story"] else f"single:{a['id']}"
        stories.setdefault(key, []).append(sources[str(a["id"])])
    copies: dict[str, list[str]] = {}
    for a in articles:
        if "origin" in a:
            copies.setdefault(sources[str(a["origin"])], []).append(sources[str(a["id"])])
    answers = {
        "about": "Right answers for the sample corpus: which inputs form which story, and which"
        " are copies of one origin. Inputs are named by path under samples/news, or"
        " by the id given in wire-feed.jsonl.",
        "stories": {k: sorted(v) for k, v in sorted(stories.items())},
        "duplicate_groups": [{"origin": k, "copies": sorted(v)} for k, v in sorted(copies.items())],
        "languages": sorted({OUTLETS[str(a["outlet"])][2] for a in articles}),
    }
    (HERE / "answers.json").write_text(
        json.dumps(answers, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(articles)} articles from {len({a['outlet'] for a in articles})} outlets")


if __name__ == "__main__":
    main()
