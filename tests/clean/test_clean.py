"""Cleaning: dates in many written forms, titles and outlets, bylines, the text cleaner."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from storylens import Library
from storylens.clean import clean_page
from storylens.clean.html import printed_headline
from storylens.clean.line_model import FEATURES, body_probability, line_features
from storylens.clean.lines import RELATED_HEADING, furniture_reason, is_prose
from storylens.clean.meta import find_date, parse_byline, parse_given_date, split_title, timed_name
from storylens.clean.teasers import TIMESTAMP_REASON
from storylens.clean.text import clean_text, read_lines
from storylens.clean.title_model import TITLE_FEATURES, candidate_rows, candidates
from storylens.clean.title_model import trees as title_trees
from storylens.clean.trees import Trees
from storylens.records import CleanMode, Dateline, DatePrecision, Page
from storylens.settings import Settings
from storylens.text.dateline import find_dateline

from ..conftest import FERRY_PARAGRAPHS, article_html

#: An article of our own that the text-cleaner tests wrap in page furniture.
QUARRY_PARAGRAPHS = [
    "Crews at the Marlow quarry began pumping water out of the flooded north pit on Monday morning.",
    "The pit filled during last week's storm, when the river rose two metres in a single night.",
    "Site manager Ida Brenn said the pumps would run day and night until the end of the month.",
    "Work in the south pit, which stayed dry, will resume on Thursday with a reduced crew.",
]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("25 May, 2023 04:22", "2023-05-25T04:22:00"),
        ("24/05/2023", "2023-05-24"),
        ("Published 30 September, 2025 16:00", "2025-09-30T16:00:00"),
        ("Publié le 24 mai 2025 à 11h30", "2025-05-24T11:30:00"),
        ("Saturday, May 24, 2025 - 07:30", "2025-05-24T07:30:00"),
        ("Von Jana Oberkirch | 25.05.2025, 14:05 Uhr", "2025-05-25T14:05:00"),
        ("3 de marzo de 2025", "2025-03-03"),
        ("May 24th, 2025", "2025-05-24"),
        ("24 May 2025 04:22 GMT", "2025-05-24T04:22:00+00:00"),
        ("Dienstag | 10.12.19", "2019-12-10"),  # a two-digit year between dots
        # glued to the words beside it by a renderer that dropped the space
        ("Harbour GazetteHarbour Gazette24/05/2023", "2023-05-24"),
        ("by Mara LindqvistNovember 20, 2007", "2007-11-20"),
        ("By Ossian PrattJanuary 14, 202620 Mins Read", "2026-01-14"),
        ("Leader12 May 2023", "2023-05-12"),
        # year first, with slashes or dots
        ("Fenwick Post- 2025/4/29", "2025-04-29"),
        ("Essay - Published: 2025.12.17 | harbours", "2025-12-17"),
    ],
)
def test_written_dates(written: str, iso: str) -> None:
    assert find_date(written) == (iso, DatePrecision.DAY)


@pytest.mark.parametrize(
    "written",
    [
        "May 12th",
        "Tuesday (July 11)",
        "at 04:12 on 3 March",
        "no date",
        "release 2.10.19.4",
        "32.13.19",
        "version 1.2.3.2020",
        "Phone 15, 2023 review",
    ],
)
def test_a_date_without_a_year_is_not_given_one(written: str) -> None:
    assert find_date(written) is None


def test_given_dates_keep_their_precision() -> None:
    assert parse_given_date("2025-05") == ("2025-05", DatePrecision.MONTH)
    assert parse_given_date("2025") == ("2025", DatePrecision.YEAR)
    assert parse_given_date("2025-05-24") == ("2025-05-24", DatePrecision.DAY)
    assert parse_given_date("Tue, 11 Feb 2025 08:30:00 GMT") == ("2025-02-11T08:30:00", DatePrecision.DAY)


def test_titles_and_bylines() -> None:
    assert split_title("Ferry closes for three weeks | Fenwick Post") == (
        "Ferry closes for three weeks",
        "Fenwick Post",
    )
    assert split_title("Ferry closes – for now") == ("Ferry closes – for now", None)
    assert parse_byline("By Petra Holm") == "Petra Holm"
    assert parse_byline("Von Jana Oberkirch") == "Jana Oberkirch"
    assert parse_byline("By the way, this is a sentence.") is None


def test_text_cleaner_keeps_the_body_and_says_why_it_dropped_each_line() -> None:
    page = "\n".join(
        [
            "\ue900 \ue901",
            "Home",
            "World",
            "Sport",
            "Accept cookies | Settings",
            "Ferry closes for three weeks | Fenwick Post",
            "Ferry closes for three weeks",
            "11/02/2025",
            "By Petra Holm",
            "The Tolvik ferry will close for three weeks in March.",
            '"It is hard," she said.',
            "Residents are angry.",
            "Top stories",
            "Council approves harbour budget",
            "Snow closes the Skarde pass",
            "Leave a Comment",
            "© 2025 Fenwick Post. All rights reserved.",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [
        "The Tolvik ferry will close for three weeks in March.",
        '"It is hard," she said.',
        "Residents are angry.",
    ]
    assert (cleaned.title, cleaned.outlet, cleaned.byline, cleaned.published) == (
        "Ferry closes for three weeks",
        "Fenwick Post",
        "Petra Holm",
        ("2025-02-11", DatePrecision.DAY),
    )
    assert [r.reason for r in cleaned.removed] == [
        "icon-font glyphs",
        "before the article body (menu or header)",
        "before the article body (menu or header)",
        "before the article body (menu or header)",
        "cookie or privacy notice",
        "title line (kept as the title)",
        "title line (kept as the title)",
        "date line (kept as the published date)",
        "byline (kept as the byline)",
        "related-stories heading",
        "teaser under a related-stories heading",
        "teaser under a related-stories heading",
        "comment prompt",
        "copyright or legal line",
    ]


def test_ad_labels_between_paragraphs_do_not_cost_the_paragraphs_around_them() -> None:
    body = [
        *QUARRY_PARAGRAPHS,
        "The quarry supplies most of the gravel used on the new coastal road.",
    ]
    lines = ["Home | News | Business", "Quarry pumps out flooded pit"]
    for paragraph in body:
        lines += [paragraph, "Advertisement"]
    cleaned = clean_text("\n".join([*lines, "Most read", "Harbour fees rise again", "© 2026 Marlow Courier"]))
    assert cleaned.paragraphs == body
    assert [r.text for r in cleaned.removed].count("Advertisement") == len(body)
    assert {r.reason for r in cleaned.removed if r.text == "Advertisement"} == {"advertisement label"}


def test_leaked_embed_markup_teasers_and_comment_threads_are_dropped_with_their_reasons() -> None:
    body = QUARRY_PARAGRAPHS
    pixel = '<div><img src="https://pixel.example.net/b?P=x81&amp;t=9" width="1" height="1" alt=""></div>'
    teaser = "The harbour board wants to raise mooring fees for the third year in a row, and… Read more"
    lines = ["Home | News | Business", "Quarry pumps out flooded pit", *body[:2], pixel, *body[2:]]
    lines += [teaser, "There are 12 comments", "Ada wrote on 3 May at 08:10:", "Pumps again?", "Reply"]
    cleaned = clean_text("\n".join(lines))
    assert cleaned.paragraphs == body
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons[pixel] == "embedded markup (tracking pixel, ad or script)"
    assert reasons[teaser] == "teaser (its read-more link ends it)"
    assert reasons["There are 12 comments"] == reasons["Reply"] == "comment prompt"
    # markup an article shows as its subject, with no outside address, is not taken for an embed
    assert furniture_reason("<ul> List of <img>") != "embedded markup (tracking pixel, ad or script)"


def test_a_long_consent_banner_is_dropped_and_a_question_headline_over_its_byline_is_the_title() -> None:
    body = QUARRY_PARAGRAPHS
    banner = (
        "We use cookies and similar technologies to improve your browsing experience, personalise content"
        " and offers, show targeted ads, analyse traffic and understand where our readers come from. We may"
        " share your information with partners for marketing purposes. To learn more and make choices about"
        " data use, visit our privacy page. By clicking Accept you consent to all of these activities."
    )
    page = ["Home | News | Business", "Sport | Weather | Jobs", banner]
    page += ["Will the quarry road open on time?", "By Petra Holm", *body, "© 2026 Marlow Courier"]
    cleaned = clean_text("\n".join(page))
    assert cleaned.paragraphs == body
    assert {r.text: r.reason for r in cleaned.removed}[banner] == "cookie consent banner"
    assert (cleaned.title, cleaned.byline) == ("Will the quarry road open on time?", "Petra Holm")
    # the same sentence quoted inside an article is no banner
    assert furniture_reason("“We use cookies on every page,” the regulator said.") != "cookie consent banner"


def test_chinese_and_japanese_furniture_is_named_and_the_body_is_kept_whole() -> None:
    body = [
        "本报讯 马洛港渡轮工人周一开始罢工，港口北线的三条航线全部停运，数千名乘客滞留码头。",
        "工会负责人表示，工人要求提高夜班补贴，并希望港务局在下月前恢复谈判。",
        "港务局发言人称，管理方愿意继续对话，但目前无法接受工会提出的全部条件。",
        "据估计，罢工每天给当地商户造成的损失超过两百万元，沿岸餐馆的客流明显减少。",
    ]
    page = ["马洛港渡轮工人罢工 北线航线全部停运", *body, "责任编辑：林海", "我要评论(0)", "分享到："]
    page += ["相关新闻", "* 马洛港务局公布新一年度票价", "* 北线渡轮将更换新船"]
    cleaned = clean_text("\n".join(page), language="zh")
    # whichever line the title model picks, a sentence of the body stays in the body
    assert cleaned.paragraphs[-4:] == body
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["责任编辑：林海"] == "editor credit"
    assert reasons["我要评论(0)"] == "comment prompt"
    assert reasons["分享到："] == "share or subscribe prompt"
    assert reasons["相关新闻"] == "related-stories heading"
    assert reasons["* 北线渡轮将更换新船"] == "link listed under a related-stories heading"
    for menu in (
        "首页|新闻|图片|评论|财经|体育",
        "首页 >> 地方新闻 >> 港口 >> 正文",
        "Home | News | Sport | Weather",
    ):
        assert furniture_reason(menu) == "navigation menu or trail"
    assert furniture_reason("Gardening / Tools / Spades") == "navigation breadcrumb"  # the model weighs it
    assert furniture_reason("13Comments. Click to view comments") == "comment prompt"
    assert furniture_reason("ツイート") == furniture_reason("シェアする") == "share or subscribe prompt"
    # a row of numbers between bars, or a sentence with bars in it, is no menu
    assert furniture_reason("| 12 | 40 | 7 | 3 |") is None
    assert furniture_reason("The vote was close | and then | he left | for home at last.") is None


def test_bulleted_question_teasers_make_a_teaser_list_and_an_faq_does_not() -> None:
    pairs = [
        (
            "Why do harbour seals follow ferries?",
            "Biologists at Tern Bay watched seals trail the morning ferries.",
        ),
        (
            "Quarry road: when will it reopen?",
            "The council says the road stays shut until the new drains are in.",
        ),
        ("Is the ferry strike over?", "Union leaders meet the port authority again on Thursday."),
    ]
    teasers = read_lines("\n".join(line for head, blurb in pairs for line in (f"* {head}", blurb)), "en")
    assert set(teasers.reasons) == {"teaser list (headline and blurb of another article)"}
    faq = read_lines("\n".join(line for pair in pairs for line in pair), "en")
    assert set(faq.reasons) == {None}
    assert RELATED_HEADING.match("Related coverage")
    assert RELATED_HEADING.match("Popular in: Neurology")


def test_a_numbered_photo_gallery_after_the_article_is_not_the_article() -> None:
    body = QUARRY_PARAGRAPHS
    gallery = []
    for number, (caption, blurb) in enumerate(
        [
            (
                "Ferry strike ends",
                "Crews returned to the Tern Bay ferries after a week of talks with the port.",
            ),
            (
                "Lighthouse for sale",
                "The old Marlow lighthouse was put up for sale by the harbour trust on Monday.",
            ),
            ("Seals return", "Harbour seals were counted on the north spit for the first time in ten years."),
            (
                "Bridge reopens",
                "The Kessel bridge reopened to lorries after repairs that took most of the winter.",
            ),
        ],
        start=1,
    ):
        gallery += [f"* {number}/4 {caption}", blurb, "Marlow Courier Photos"]
    cleaned = clean_text("\n".join(["Quarry pumps out flooded pit", *body, *gallery]))
    assert cleaned.paragraphs == body
    assert {r.reason for r in cleaned.removed if r.text in gallery} == {"numbered photo gallery"}


def test_pagination_counters_credits_and_more_related_headings_are_named() -> None:
    for line in ("1 | 2 | 3 | 4 | 5", "Next Page >", "« Previous", "Page 2 of 5"):
        assert furniture_reason(line) == "pagination"
    for line in ("2010", "134", "1990 2000 2010", "In 2019, 12 3 4 people"):  # years and numbers stay
        assert furniture_reason(line) != "pagination"
    assert furniture_reason("653,817 VIEWS") == furniture_reason("Tweet") == "share or subscribe prompt"
    assert (
        furniture_reason("The mayor at the Kessel quay on Monday. | Foto: Marlow Courier") == "photo credit"
    )
    assert RELATED_HEADING.match("Top Picks")
    assert RELATED_HEADING.match("Související články")


def test_short_list_items_between_kept_paragraphs_stay_in_the_article() -> None:
    body = [
        "Crews at the Marlow quarry began pumping water out of the flooded north pit on Monday morning.",
        "The pit filled during last week's storm, when the river rose two metres in a single night.",
        "The council has listed the roads that stay closed:",
        "* Quarry Lane",
        "* Mill Road",
        "Site manager Ida Brenn said the pumps would run day and night until the end of the month.",
        "Work in the south pit, which stayed dry, will resume on Thursday with a reduced crew.",
    ]
    cleaned = clean_text("\n".join(["Home | News | Business", "Quarry pumps out flooded pit", *body]))
    assert cleaned.paragraphs == body


def test_readers_comments_below_the_comment_heading_are_not_the_article() -> None:
    body = [
        *QUARRY_PARAGRAPHS,
        "The quarry supplies most of the gravel used on the new coastal road, which opens next spring.",
    ]
    comments = [
        "I live two streets from the quarry and the pumps have been running all night, which is fine by me if"
        " it means the road gets built on time and the lorries stop using our lane as a shortcut.",
        "The council was warned about the north pit years ago and did nothing about the drainage, so nobody"
        " should be surprised that it flooded again after a storm like the one we had last week.",
    ]
    page = ["Home | News | Business", "Quarry pumps out flooded pit", "12 comments", *body]
    page += ["There are 2 comments", "Ada Holm · 3 May 2026 at 08:10", comments[0], "Reply"]
    page += ["Per Lund · 3 May 2026 at 09:42", comments[1], "Reply"]
    cleaned = clean_text("\n".join(page))
    assert cleaned.paragraphs == body  # the "12 comments" link above the article cut nothing
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons[comments[0]] == "in the comment section (below its heading)"


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), max_size=30))
def test_cleaning_never_fails_and_is_stable_on_its_own_output(lines: list[str]) -> None:
    once = clean_text("\n".join(lines))
    twice = clean_text("\n".join(once.paragraphs))
    # nothing is invented; a second pass may only drop lines or join hard-wrapped ones
    assert all(p in " ".join(once.paragraphs) for p in twice.paragraphs)
    assert all("\n" not in p for p in once.paragraphs)


SITE_PROMO = "Listen to Tolvik Tonight on Harbour Radio, weeknights at nine, for the stories behind the news."
SITE_PAGES = {
    "ferry": (
        "Ferry to Skarde will close for three weeks",
        [
            "The Tolvik ferry to Skarde will close for three weeks in March while the ramp is rebuilt.",
            SITE_PROMO,
            "Islanders will be carried by a chartered boat that runs twice a day from the north pier.",
        ],
    ),
    "school": (
        "New school on Varden hill opens its doors",
        [
            "Two hundred pupils started lessons on Monday in the new school on Varden hill.",
            SITE_PROMO,
            "The building replaces the old harbour school, which flooded twice in the last decade.",
        ],
    ),
    "market": (
        "Fish market moves to the old rope works",
        [
            "The Saturday fish market will move to the old rope works when its lease ends in June.",
            SITE_PROMO,
            "Traders said the new hall has more room, but worried that fewer tourists would find it.",
        ],
    ),
}


def test_a_line_that_recurs_across_a_sites_pages_is_dropped_as_furniture(tmp_path: Path) -> None:
    site = tmp_path / "tolvik-post"
    site.mkdir()
    for name, (title, body) in SITE_PAGES.items():
        (site / f"{name}.txt").write_text("\n".join(["Tolvik Post", title, "By Petra Holm", *body]), "utf-8")
    with Library(db=tmp_path / "lib.db", settings=Settings(workers=1)) as library:
        assert library.ingest([site]).articles_stored == 3
        articles = [a for story in library.all_stories() for a in story.articles]
    assert len(articles) == 3
    for article in articles:
        assert SITE_PROMO not in article.paragraphs
        assert any(r.text == SITE_PROMO and "recurs" in r.reason for r in article.removed)
        assert article.byline == "Petra Holm"  # the author's byline recurs too, and is still the byline
        assert len(article.paragraphs) == 2


def test_a_single_page_keeps_a_line_no_rule_can_judge(tmp_path: Path) -> None:
    title, body = SITE_PAGES["ferry"]
    cleaned = clean_text("\n".join(["Tolvik Post", title, "By Petra Holm", *body]))
    assert SITE_PROMO in cleaned.paragraphs


@pytest.mark.parametrize(
    ("line", "dated", "name"),
    [
        ("By Petra Holm", False, "Petra Holm"),
        ("* Posted by Petra Holm on March 3, 2025", True, "Petra Holm"),
        ("on March 3, 2025 by Petra Holm", True, "Petra Holm"),
        ("Petra Holm — Mar 3, 2025 8:02 pm UTC", True, "Petra Holm"),
        ("Von Jana Oberkirch und Ole Brandt", False, "Jana Oberkirch; Ole Brandt"),
        ("Par Alix Marnier et Jérémy Duval — 24 novembre 2017 à 18:42", True, "Alix Marnier; Jérémy Duval"),
        ("by the harbour wall", False, None),
        ("Petra Holm — Mar 3, 2025", False, None),  # a name before a dash counts only on a dated line
        ("By Petra Holm Harbour Desk Contributor", False, "Petra Holm Harbour Desk Contributor"),
        ("By Petra Holm newsdesk contributor", False, "Petra Holm"),  # the name ends where it ends
        ("By PETRA HOLM March 3, 2025 8:02 PM", True, "PETRA HOLM"),  # a month is no surname
        ("By May Holm", False, "May Holm"),  # but may be a first name
        ("by Laura June Topolsky July 10, 2025", True, "Laura June Topolsky"),  # or a middle one
        ("By Monday the pumps had stopped", False, None),
        ("Sunday, March 3, 2025", True, None),  # a date, not "Sunday" writing
        ("Donnerstag, 3. März 2025", True, None),
    ],
)
def test_bylines_in_their_common_forms(line: str, dated: bool, name: str | None) -> None:
    assert parse_byline(line, dated=dated) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Petra Holm on Mar 17", "Petra Holm"),
        ("Petra Holm on Mar 1711 min read", "Petra Holm"),  # the day glued to the reading time
        ("Petra Holm 1 day ago", "Petra Holm"),
        ("Ole Brandt • 8h", "Ole Brandt"),
        ("Jana Oberkirch vor 2 Stunden", "Jana Oberkirch"),
        ("Tomáš Horák před 2 hodinami", "Tomáš Horák"),
        ("Marie Lenoir il y a 3 jours", "Marie Lenoir"),
        ("Luca Ferri 2 ore fa", "Luca Ferri"),
        ("Petra Holm on Mar 17, 2025", None),  # with its year: a dated byline, read elsewhere
        ("Last Updated 2 days ago", None),
        ("The Mayor on Mar 3", None),  # a function word
        ("Harbour", None),
    ],
)
def test_a_name_and_when_it_was_posted_without_a_year_is_a_byline(line: str, name: str | None) -> None:
    assert timed_name(line, frozenset({"the", "on"})) == name


def test_the_byline_is_read_through_a_soft_flag_and_beside_a_headline_and_date() -> None:
    headline = "Marlow quarry pumps out flooded north pit"
    url = "https://news.example/marlow-quarry-pumps-out-flooded-north-pit"
    bio = "By Petra Holm, who also writes our weekly quarry newsletter; subscribe to get it every Friday"
    page = "\n".join([*MENU, headline, bio, *QUARRY_PARAGRAPHS])
    assert clean_text(page, language="en", url=url).byline == "Petra Holm"
    glued = "Pumps on the rim of the north pit by Petra Holm @petraholm February 1, 2025: 12:41 PM ET"
    page = "\n".join([*MENU, headline, glued, *QUARRY_PARAGRAPHS])  # a caption and the byline on one line
    assert clean_text(page, language="en", url=url).byline == "Petra Holm"


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("LONDON (Reuters) - The harbour board met on Monday.", "LONDON", "Reuters"),
        ("PARIS, March 3 (AFP) — Ministers agreed on a plan.", "PARIS", "AFP"),
        ("SINGAPORE: A court fined the firm on Friday.", "SINGAPORE", None),
        ("SAN JOSE, Calif. (AP) — The council voted late.", "SAN JOSE, Calif.", "AP"),
        ("Berlin (dpa) - Die Regierung beschloss am Mittwoch.", "Berlin", "dpa"),
        ("Rio de Janeiro (AFP) - Rain flooded the hills.", "Rio de Janeiro", "AFP"),
        ("HONG KONG/SYDNEY - Crowds gathered at dawn.", "HONG KONG/SYDNEY", None),
        ("LENZ, May 12 (Eastern Wire) -- Kestria plans an office.", "LENZ", "Eastern Wire"),  # wire's "--"
    ],
)
def test_a_dateline_is_read_from_the_first_paragraph(opening: str, place: str, agency: str | None) -> None:
    assert find_dateline(opening) == Dateline(place, agency)


@pytest.mark.parametrize(
    "opening",
    [
        "UPDATE: The ferry will run again on Monday.",
        "BREAKING - Police closed the bridge.",
        "NASA: the rocket launched at dawn.",  # a short all-caps name with a colon opens a sentence
        "PUBLISHED: THURSDAY, MAY 2, 2013",
        "HARBOUR LIGHTS: 2024 A RECORD YEAR",  # an all-caps headline
        "The mayor (62) - who took office in May - resigned.",
        "Officials said on Monday that the ferry would run again.",
    ],
)
def test_openings_that_are_not_datelines(opening: str) -> None:
    assert find_dateline(opening) is None


def test_the_article_records_its_dateline_and_keeps_the_text() -> None:
    text = (
        "Ferry strike ends after nine days\n\n"
        "TOLVIK (Nordwire) - Dock crews in Tolvik returned to work on Thursday after a nine-day strike over "
        "rosters ended with a deal that limits night shifts.\n\n"
        "The union said members had voted by a wide margin to accept the offer from the harbour board."
    )
    article = clean_page(Page(origin="tolvik.txt", content=text, mode=CleanMode.TEXT))
    assert article.dateline == Dateline("TOLVIK", "Nordwire")
    assert article.paragraphs[0].startswith("TOLVIK (Nordwire) - Dock crews")


def test_the_line_models_trees_are_walked_for_every_line_at_once() -> None:
    # two stumps: feature 0 <= 0.5 adds -2 else +2; feature 1 <= 3 adds 0 else +1
    trees = Trees(
        feature=np.array([0, 0, 0, 1, 0, 0]),
        threshold=np.array([0.5, 0, 0, 3.0, 0, 0]),
        left=np.array([1, 0, 0, 4, 0, 0]),
        right=np.array([2, 0, 0, 5, 0, 0]),
        value=np.array([0, -2.0, 2.0, 0, 0.0, 1.0]),
        leaf=np.array([False, True, True, False, True, True]),
        roots=np.array([0, 3]),
        baseline=0.5,
        cut=0.5,
    )
    rows = np.array([[0.0, 1.0], [1.0, 1.0], [1.0, 9.0], [0.5, 3.0]])
    logits = np.array([-1.5, 2.5, 3.5, -1.5])
    assert trees.probability(rows) == pytest.approx(1 / (1 + np.exp(-logits)))
    assert len(trees.probability(np.zeros((0, 2)))) == 0


def test_the_shipped_line_model_matches_its_features() -> None:
    lines = ["A line of prose that ends the way sentences end.", "Menu"]
    rows = line_features(lines, [None, None], 0, 0, frozenset())
    assert rows.shape == (2, len(FEATURES))
    prose, menu = body_probability(rows)
    assert prose > 2 * menu  # a sentence is read as body far sooner than a one-word label


MENU = ["* Home", "* News", "* Sport", "* Culture", "* Weather", "* Podcasts", "Search", "Sign in"]


def test_the_headline_under_the_menu_is_the_title_not_a_menu_item_or_a_section_label() -> None:
    page = "\n".join(
        [
            *MENU,
            "Regional news",
            "Marlow quarry pumps out flooded north pit",
            "Crews expect the pit to be dry before the end of the month.",
            "By Ida Brenn",
            *QUARRY_PARAGRAPHS,
            "Related",
            "Harbour board approves new ferry rosters",
        ]
    )
    result = clean_text(page, language="en")
    assert result.title == "Marlow quarry pumps out flooded north pit"
    assert result.byline == "Ida Brenn"
    assert "Marlow quarry pumps out flooded north pit" not in result.paragraphs
    assert [r.reason for r in result.removed if r.text == result.title] == ["title line (kept as the title)"]
    assert QUARRY_PARAGRAPHS[0] in result.paragraphs


def test_the_pages_address_points_the_title_model_at_the_headline() -> None:
    # two headline-shaped lines over the article; the address names one of them
    page = "\n".join(
        [
            *MENU,
            "Storm season: what the river did this year",
            "Flooded pit drained by the end of May",
            *QUARRY_PARAGRAPHS,
        ]
    )
    url = "https://news.example/2025/05/flooded-pit-drained-by-the-end-of-may"
    assert clean_text(page, language="en", url=url).title == "Flooded pit drained by the end of May"
    other = "https://news.example/2025/05/storm-season-what-the-river-did-this-year"
    assert clean_text(page, language="en", url=other).title == "Storm season: what the river did this year"


def test_the_byline_under_a_headline_far_above_the_body_is_found() -> None:
    share = ["Share", "Facebook", "X", "WhatsApp", "Email", "Copy link", "Print"]
    gallery = [
        "Photo 1 of 4",
        "The north pit on Monday",
        "Photo 2 of 4",
        "Pumps on the rim",
        "Listen",
        "4 min",
    ]
    page = "\n".join(
        [
            *MENU,
            "Marlow quarry pumps out flooded north pit",
            "By Ida Brenn · 3 June 2025",
            *share,
            *gallery,
            *QUARRY_PARAGRAPHS,
        ]
    )
    result = clean_text(
        page, language="en", url="https://news.example/marlow-quarry-pumps-out-flooded-north-pit"
    )
    assert result.title == "Marlow quarry pumps out flooded north pit"
    assert result.byline == "Ida Brenn"
    assert result.published == ("2025-06-03", DatePrecision.DAY)


def test_a_plain_byline_under_the_lead_photo_and_caption_is_found() -> None:
    first, second, *rest = QUARRY_PARAGRAPHS
    opening = [
        first,
        "The north pit on Monday morning, when the first of the six pumps was started by the crew.",
        second,
        "Pumps on the rim of the north pit, which the river filled during last week's storm.",
        "By Ida Brenn",  # the fifth line of the body
    ]
    more = [
        "The quarry's owners said the flooding had cost them about two weeks of work at the pit.",
        "Neighbours on Mill Lane said the pumps were loud at night but that the crews had warned them.",
        "The council said it would inspect the pit's walls once the water level had fallen below the rim.",
    ]
    page = "\n".join([*MENU, "Marlow quarry pumps out flooded north pit", *opening, *rest, *more])
    result = clean_text(page, language="en")
    assert result.paragraphs[0] == first
    assert result.byline == "Ida Brenn"
    assert "By Ida Brenn" not in result.paragraphs


def test_a_bare_name_under_the_headline_is_the_byline_except_where_nouns_are_capitalised() -> None:
    page = "\n".join([*MENU, "Marlow quarry pumps out flooded north pit", "Ida Brenn", *QUARRY_PARAGRAPHS])
    url = "https://news.example/marlow-quarry-pumps-out-flooded-north-pit"
    result = clean_text(page, language="en", url=url)
    assert result.title == "Marlow quarry pumps out flooded north pit"
    assert result.byline == "Ida Brenn"
    labelled = page.replace("Ida Brenn", "Photo Gallery of the Week")
    assert clean_text(labelled, language="en", url=url).byline is None  # a function word: no name
    assert clean_text(page, language="de", url=url).byline is None


def test_the_only_line_of_the_article_is_never_a_title_candidate() -> None:
    lines = ["1. Pumps at the north pit run day and night until the end of the month, the site manager"]
    assert candidates(lines, (0, 0)) == []
    assert candidates([*MENU, *lines], (len(MENU), len(MENU))) == list(range(len(MENU)))
    assert clean_text(lines[0], language="en").paragraphs == lines


def test_a_date_in_the_headline_dates_a_page_that_states_none_elsewhere() -> None:
    headline = "Quarry report of 22.04.2025: north pit drained"
    page = "\n".join([*MENU, headline, "By Ida Brenn", *QUARRY_PARAGRAPHS])
    result = clean_text(page, language="en", url="https://news.example/quarry-report")
    assert result.title == headline
    assert result.published == ("2025-04-22", DatePrecision.DAY)


def test_the_shipped_title_model_matches_its_features() -> None:
    lines = ["Menu", "Quarry pit drained", *QUARRY_PARAGRAPHS]
    rows = candidate_rows(lines, [None] * len(lines), [0, 1], body=(2, 5), url=None, stop=frozenset())
    assert rows.shape == (2, len(TITLE_FEATURES))
    menu, headline = title_trees().probability(rows)
    assert headline > 4 * title_trees().cut > title_trees().cut > menu  # the headline clears the cut well


def test_html_mode_drops_pointers_to_other_articles_and_legal_lines_inside_the_article() -> None:
    inside = [
        *FERRY_PARAGRAPHS[:2],
        "Read more: Brenna school opens a boarding week",
        "Le puede interesar",
        "© 2025 Fenwick Post Media",
        FERRY_PARAGRAPHS[2],
    ]
    html = article_html("Ferry to Brenna closes", inside)
    page = Page(origin="ferry.html", content=html, mode=CleanMode.HTML)
    article = clean_page(page)
    assert article.text.split("\n\n") == FERRY_PARAGRAPHS
    reasons = {removal.text: removal.reason for removal in article.removed}
    assert reasons["Read more: Brenna school opens a boarding week"] == "link to another article"
    assert reasons["Le puede interesar"] == "related-stories heading"
    assert reasons["© 2025 Fenwick Post Media"] == "copyright or legal line"


def _dated_page(published: str, shown: list[str], teasers: tuple[str, ...] = ()) -> Page:
    """A page whose metadata states `published` and whose article shows the `shown` lines
    under its headline, with a list of dated teasers above it."""
    above = "".join(
        f"<li><a href='/t{i}'>Harbour works, part {i}</a> <span>{t}</span></li>"
        for i, t in enumerate(teasers)
    )
    under = "".join(f"<p class='meta'>{line}</p>" for line in shown)
    body = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry to Brenna closes for three weeks | Fenwick Post</title>
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><ul class="latest">{above}</ul>
<article><h1>Ferry to Brenna closes for three weeks</h1><p class="byline">By Petra Holm</p>{under}
{body}</article><footer>© 2025 Fenwick Post. All rights reserved.</footer></body></html>"""
    return Page(origin="ferry.html", content=html, mode=CleanMode.HTML)


def test_html_mode_takes_the_date_printed_by_the_headline_over_metadata_printed_nowhere() -> None:
    updated = clean_page(_dated_page("2025-02-11T08:30:00+00:00", ["Updated 14 February 2025, 10:05"]))
    assert updated.published == "2025-02-14T10:05:00"
    # the metadata's day printed on a date line of the article: the metadata stands
    both = ["Published 11 February 2025", "Updated 14 February 2025, 10:05"]
    assert clean_page(_dated_page("2025-02-11T08:30:00+00:00", both)).published == "2025-02-11T08:30:00+00:00"
    # "02/11/2025" is the metadata's day written month first, not another day
    swapped = clean_page(_dated_page("2025-02-11", ["02/11/2025"]))
    assert swapped.published == "2025-02-11"
    # a list of other articles' dates above the headline is no date of this one
    teasers = ("3 March 2025", "1 March 2025", "27 February 2025")
    assert clean_page(_dated_page("2025-02-11", [], teasers)).published == "2025-02-11"


def test_text_mode_finds_the_date_under_share_buttons_or_under_the_body_but_not_in_a_sentence() -> None:
    share = ["Share", "Facebook", "X", "WhatsApp", "Email", "Copy link", "Print", "Listen"]
    headline = "Marlow quarry pumps out flooded north pit"
    url = "https://news.example/marlow-quarry-pumps-out-flooded-north-pit"
    under = "\n".join([*MENU, headline, *share, "3 June 2025", *QUARRY_PARAGRAPHS])
    assert clean_text(under, language="en", url=url).published == ("2025-06-03", DatePrecision.DAY)
    signed = "\n".join([*MENU, headline, *QUARRY_PARAGRAPHS, "Ida Brenn", "4 June 2025", "Comments (0)"])
    assert clean_text(signed, language="en", url=url).published == ("2025-06-04", DatePrecision.DAY)
    footer = ["Share", "Facebook", "Email", "Tags: quarry, flood, Marlow", "Last updated: 5 June 2025"]
    more = [
        "The quarry's owners said the flooding had cost them about two weeks of work at the pit.",
        "Neighbours on Mill Lane said the pumps were loud at night but that the crews had warned them.",
        "The council said it would inspect the pit's walls once the water had fallen below the rim.",
        "A second pump arrived from the coast on Tuesday, and a third is due by the end of the week.",
    ]
    cued = "\n".join([*MENU, headline, *QUARRY_PARAGRAPHS, *more, *footer])  # far under the headline
    assert clean_text(cued, language="en", url=url).published == ("2025-06-05", DatePrecision.DAY)
    told = "The pumps were ordered on 2 May 2025, well before the storm arrived."
    mention = "\n".join([*MENU, headline, *share, told, *QUARRY_PARAGRAPHS])
    assert clean_text(mention, language="en", url=url).published is None


def test_lines_that_end_in_a_time_of_day_are_comment_headers_or_dated_links() -> None:
    headline = "Marlow quarry pumps out flooded north pit"
    closing = "The quarry's next inspection is at 10:30."  # a sentence: it ends in a word and a stop
    stamped = [
        "Harbour ramp rebuild starts early Fenwick Post 3/9 18:01",
        "Council approves new ferry budget Tolvik Daily 3/9 15:47",
        "#1 Mia Holm 2025/03/02 10:28",
    ]
    page = "\n".join([*MENU, headline, "By Ida Brenn", *QUARRY_PARAGRAPHS, closing, *stamped])
    result = clean_text(page, language="en")
    assert result.paragraphs == [*QUARRY_PARAGRAPHS, closing]
    reasons = {removal.text: removal.reason for removal in result.removed}
    assert all(reasons[line] == TIMESTAMP_REASON for line in stamped)
    assert not clean_text("Tolvik beat Brenna 2:1", language="en").removed  # a score is no time


def test_a_related_stories_heading_and_the_short_lines_under_it_are_never_kept() -> None:
    teasers = [
        "Islanders said on Tuesday that the ferry closure would make it hard to get to work.",
        "The river rose two metres in a single night, and the council says it may rise again.",
    ]
    more = [
        "The quarry's owners said the flooding had cost them about two weeks of work at the pit,"
        " and that the insurers had already sent an assessor to look at the damaged pumps.",
        "Neighbours on Mill Lane said the pumps were loud at night but that the crews had warned"
        " them in a letter, and that most of them were glad the work would be over by the end of May.",
    ]
    page = "\n".join(
        [
            *MENU,
            "Marlow quarry pumps out flooded north pit",
            *QUARRY_PARAGRAPHS,
            "Related coverage",
            *teasers,
            *more,
        ]
    )
    result = clean_text(page, language="en")
    assert result.paragraphs == [*QUARRY_PARAGRAPHS, *more]
    reasons = {removal.text: removal.reason for removal in result.removed}
    assert reasons["Related coverage"] == "related-stories heading"
    assert all(reasons[teaser] == "teaser under a related-stories heading" for teaser in teasers)


def _unsigned_page(head: str) -> Page:
    """A page whose article shows no byline, with `head` added to its metadata."""
    body = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry to Brenna closes for three weeks | Fenwick Post</title>{head}</head>
<body><article><h1>Ferry to Brenna closes for three weeks</h1>{body}</article></body></html>"""
    return Page(origin="ferry.html", content=html, mode=CleanMode.HTML)


def test_html_mode_reads_the_author_from_linked_data_or_meta_tags_when_the_page_shows_none() -> None:
    linked = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Petra Holm"}, {"@type": "Person", "name": "Ole Brandt"}]}</script>'
    )
    assert clean_page(_unsigned_page(linked)).byline == "Petra Holm"
    assert clean_page(_unsigned_page('<meta name="DC.creator" content="Ole Brandt">')).byline == "Ole Brandt"
    profile = '<meta property="article:author" content="https://fenwick.example/authors/holm">'
    assert clean_page(_unsigned_page(profile)).byline is None


def _headed_page(title: str, h1: str) -> Page:
    """A page whose metadata gives `title` (as og:title) and whose top heading says `h1`."""
    body = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta property="og:title" content="{title}"></head>
<body><header><h1>{h1}</h1></header><article>{body}</article></body></html>"""
    return Page(origin="ferry.html", content=html, mode=CleanMode.HTML)


def test_html_mode_prefers_the_printed_headline_to_the_metadata_title_when_both_tell_one_story() -> None:
    printed = "The ferry to Brenna closes for three weeks while the ramp is rebuilt"
    assert clean_page(_headed_page("Brenna ferry closes for three weeks in March", printed)).title == printed
    # a heading that is the site's name, or the title behind a kicker, leaves the title alone
    title = "Ferry to Brenna closes for three weeks"
    assert clean_page(_headed_page(title, "Fenwick Post")).title == title
    assert printed_headline(title, [f"Harbour news {title}", "Fenwick Post"]) == title
    assert printed_headline(f"{title} | Fenwick Post Travel Desk", [title]) == title


def test_a_list_that_a_kept_sentence_announces_and_the_text_resumes_under_is_kept() -> None:
    announce = "The council ranked the flooded pits by how fast they must be drained:"
    pits = ["North", "Clay", "Lime", "Gravel", "Chalk", "South"]
    items = [f"{n}. {pit}" for n, pit in enumerate(pits, start=1)]
    resume = (
        "The north pit comes first because its water has begun to seep into the cellars of the"
        " houses on Mill Lane, the site manager said."
    )
    page = "\n".join(
        [*MENU, "Marlow quarry pumps out flooded north pit", *QUARRY_PARAGRAPHS, announce, *items, resume]
    )
    assert clean_text(page, language="en").paragraphs == [*QUARRY_PARAGRAPHS, announce, *items, resume]
    # a list the article does not go on under is left to the line model: a menu after "Sections:"
    footer = ["Sections:", "* News", "* Sport", "* Weather", "* Podcasts", "© 2025 Marlow Mercury"]
    ending = "\n".join([*MENU, "Marlow quarry pumps out flooded north pit", *QUARRY_PARAGRAPHS, *footer])
    assert clean_text(ending, language="en").paragraphs == QUARRY_PARAGRAPHS


def test_a_sentence_signed_with_an_agency_or_editor_tag_is_still_prose() -> None:
    assert is_prose("Die Fähre nach Brenna fährt ab Montag wieder nach dem alten Fahrplan. (mab)")
    assert is_prose("The pier will be demolished before the winter storms arrive. (AFP)")
    assert is_prose('"We kept the closure short," the director said. (jk/dpa)')
    assert not is_prose("Comments (12)")
    assert not is_prose("Read the full story on Fenwick Post (3 min)")


def test_a_bare_name_under_the_headline_is_the_byline_with_a_bullet_or_under_a_standfirst() -> None:
    headline = "Marlow quarry pumps out flooded north pit"
    standfirst = "Crews expect the pit to be dry by the end of the month, the site manager says"
    numbered = "\n".join([*MENU, headline, "1. Petra Holm", "1:39 PM ET", *QUARRY_PARAGRAPHS])
    assert clean_text(numbered, language="en").byline == "Petra Holm"
    tags = "\n".join([*MENU, headline, "* Marlow Quarry", "* Flood Warnings", *QUARRY_PARAGRAPHS])
    assert clean_text(tags, language="en").byline is None  # a bulleted tag list, no when after it
    dated = "\n".join(
        [*MENU, headline, standfirst, "* Petra Holm", "* Friday 3 June 2025", *QUARRY_PARAGRAPHS]
    )
    assert clean_text(dated, language="en").byline == "Petra Holm"
    # under a standfirst with no date after it, two capitalised words may be anything
    undated = "\n".join([*MENU, headline, standfirst, "Marlow Quarry", *QUARRY_PARAGRAPHS])
    assert clean_text(undated, language="en").byline is None
    # the commonest given names are in jusText's English stoplist, and still names
    timed = "\n".join([*MENU, headline, "James Okafor • 8h", *QUARRY_PARAGRAPHS])
    assert clean_text(timed, language="en").byline == "James Okafor"


def test_a_byline_after_a_bar_with_its_cue_and_no_caption_read_as_a_name_before_a_date() -> None:
    headline = "Marlow quarry pumps out flooded north pit"
    stamped = "Marlow Mercury | 04.06.2025 à 13h36 • Mis à jour le 05.06.2025 | Par Petra Holm"
    page = "\n".join([*MENU, headline, stamped, *QUARRY_PARAGRAPHS])
    assert clean_text(page, language="en").byline == "Petra Holm"
    # a caption that opens with two capitalised words and holds a date names nobody
    caption = "Un Marlovien regarde la fosse inondée, le 3 juin 2025. (Photo Ida Brenn)"
    assert parse_byline(caption, dated=True) is None
    assert parse_byline("Petra Holm — 3 June 2025", dated=True) == "Petra Holm"
    assert parse_byline("Petra Holm miércoles, 4 de junio de 2025 00:00 hs", dated=True) == "Petra Holm"


def test_a_byline_split_from_its_cue_or_opening_a_biography_is_read() -> None:
    headline = "Marlow quarry pumps out flooded north pit"
    standfirst = "Crews expect the pit to be dry by the end of the month, the site manager says."
    cued = ["por", "* Petra Holm", "3 de junio de 2025 3:00 AM"]
    split = "\n".join([*MENU, headline, standfirst, *cued, *QUARRY_PARAGRAPHS])
    result = clean_text(split, language="en")
    assert result.byline == "Petra Holm"
    assert "* Petra Holm" not in result.paragraphs
    bio = (
        "By Petra Holm, a senior reporter and author of the weekly Quarry Letter. She has covered"
        " mining, flooding and the county council for more than ten years."
    )
    page = "\n".join([*MENU, headline, bio, *QUARRY_PARAGRAPHS])
    assert clean_text(page, language="en").byline == "Petra Holm"
    # a cue over what is no author: the outlet the headline line names, a search box
    for top, after in (
        (f"{headline} | The Marlow Mercury", ["By", "The Marlow Mercury"]),
        (headline, ["Von:", "Suche Erweiterte Suche..."]),
    ):
        page = "\n".join([*MENU, top, standfirst, *after, *QUARRY_PARAGRAPHS])
        assert clean_text(page, language="en").byline is None
