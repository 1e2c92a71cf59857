"""The web app and REST API over a real SQLite library: pages, JSON in the export's shape,
filters, escaping of hostile article content, ingest jobs (uploaded files and a page served on
127.0.0.1), and the whole API checked against its own OpenAPI document by schemathesis."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from storylens.settings import Settings
from storylens.web.app import create_app

from ..conftest import FERRY_PARAGRAPHS, LocalServer, article_html, ingest_reports

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
REPORTS = [
    {
        "id": "wire-1",
        "outlet": "Northgate Wire",
        "title": "River Sel floods Harnvik, cutting the coastal railway",
        "published": "2025-03-07T09:00:00+00:00",
        "language": "en",
        "text": "The river Sel burst its banks at Harnvik on Friday, flooding 300 homes and cutting the"
        " coastal railway, the regional emergency office said.\n\n"
        '"We have never seen the water this high," Mayor Tora Lind told reporters at the town hall.\n\n'
        "Army engineers were building a temporary dyke along the northern quay.",
    },
    {
        "id": "gazette-1",
        "outlet": "Brightwater Gazette",
        "title": "Harnvik under water after the Sel bursts its banks",
        "published": "2025-03-07T15:00:00+00:00",
        "language": "en",
        "text": "The river Sel burst its banks at Harnvik on Friday, flooding 450 homes and cutting the"
        " coastal railway, the regional emergency office said.\n\n"
        '"We have never seen the water this high," Mayor Tora Lind told reporters at the town hall.\n\n'
        "Insurers in Harnvik expect claims to run into the millions, a broker said.",
    },
    {
        "id": "hostile-1",
        "outlet": "Eastbay Courier",
        "title": f"Harnvik floods {HOSTILE}",
        "published": "2025-03-08T08:00:00+00:00",
        "language": "en",
        "text": "The river Sel burst its banks at Harnvik on Friday, flooding homes and cutting the coastal"
        f" railway, the regional emergency office said. {HOSTILE}\n\n"
        "Army engineers were building a temporary dyke along the northern quay of Harnvik.",
    },
]


@pytest.fixture(scope="module")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    ingest_reports(folder, REPORTS).close()
    return folder / "library.db"


@pytest.fixture(scope="module")
def client(library_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(library_path, Settings(workers=1))) as test_client:
        yield test_client


def _story_id(client: TestClient) -> str:
    stories = client.get("/api/stories").json()["stories"]
    flood = [s for s in stories if s["articles"] >= 2]
    assert flood, stories
    return str(flood[0]["id"])


def test_story_api_follows_the_export_contract(client: TestClient) -> None:
    story = client.get(f"/api/stories/{_story_id(client)}").json()
    expected = {"id", "title", "articles", "duplicate_groups", "first_seen", "last_seen", "timeline"}
    assert expected | {"entities", "quotes", "events", "comparison", "summary"} <= set(story)
    assert story["summary"], "a three-article story has a summary"
    article_ids = {a["id"] for a in story["articles"]}
    for sentence in story["summary"]:
        assert sentence["articles"]
        assert set(sentence["articles"]) <= article_ids
    flood = story["comparison"][0]
    assert flood["sources"] >= 2
    assert any(d["kind"] == "number" for d in flood["differences"])


def test_a_story_page_and_api_show_its_days_told_by_cited_sentences(client: TestClient) -> None:
    story_id = _story_id(client)
    days = client.get(f"/api/stories/{story_id}/timeline", params={"dates": 3, "sentences": 1}).json()
    # every report names Friday 7 March; the day is told by one of their own sentences
    assert days[0]["date"] == "2025-03-07"
    printed = " ".join(r["text"] for r in REPORTS)
    assert all(s["text"] in printed and s["articles"] for d in days for s in d["sentences"])
    page = client.get(f"/stories/{story_id}").text
    assert '<section id="days">' in page
    assert '<time datetime="2025-03-07">' in page
    assert client.get("/api/stories/st-nope/timeline").status_code == 404
    assert client.get(f"/api/stories/{story_id}/timeline", params={"dates": 0}).status_code == 422


def test_a_storyline_is_served_with_its_moments_and_days(client: TestClient) -> None:
    story_id = _story_id(client)
    line = client.get(f"/api/storylines/{story_id}").json()  # a moment's id finds its storyline
    assert line["id"].startswith("sl-")
    assert story_id in [m["id"] for m in line["moments"]]
    assert line["timeline"][0]["date"] == "2025-03-07"
    assert client.get(f"/api/storylines/{line['id']}").json()["moments"] == line["moments"]
    assert client.get("/api/storylines/sl-nope").status_code == 404


def test_lists_filters_and_search(client: TestClient) -> None:
    assert client.get("/api/stories", params={"outlet": "Brightwater Gazette"}).json()["stories"]
    assert client.get("/api/stories", params={"outlet": "No Such Outlet"}).json()["stories"] == []
    assert client.get("/api/stories", params={"language": "en", "order": "latest"}).json()["stories"]
    assert client.get("/api/stories", params={"since": "2030-01-01"}).json()["stories"] == []
    assert client.get("/api/stories", params={"until": "2025-03-07"}).json()["stories"]
    assert client.get("/api/stories", params={"entity": "Tora Lind"}).json()["stories"]
    assert client.get("/api/stories", params={"since": "March"}).status_code == 422
    hits = client.get("/api/search", params={"q": "dyke quay"}).json()["hits"]
    assert {h["article_id"] for h in hits} == {"wire-1", "hostile-1"}
    assert client.get("/api/search", params={"q": '"unbalanced AND ('}).status_code == 200


def test_article_and_entity_api(client: TestClient) -> None:
    article = client.get("/api/articles/wire-1").json()
    assert article["outlet"] == "Northgate Wire"
    assert article["story_id"]
    assert article["quotes"]
    speaker = next(q["speaker_id"] for q in article["quotes"] if q["speaker_id"])
    entity = client.get(f"/api/entities/{speaker}").json()
    assert entity["name"] == "Tora Lind"
    assert {a["id"] for a in entity["articles"]} >= {"wire-1", "gazette-1"}
    assert entity["quotes"]
    for missing in ("/api/articles/nope", "/api/entities/nope", "/api/stories/nope", "/api/jobs/nope"):
        assert client.get(missing).status_code == 404


def test_pages_render_and_escape_hostile_content(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200
    assert "River Sel floods Harnvik" in home.text or "Harnvik" in home.text
    story = client.get(f"/stories/{_story_id(client)}").text
    article = client.get("/articles/hostile-1").text
    for page in (story, article, client.get("/search", params={"q": "Harnvik"}).text):
        assert "<script>window.__pwned" not in page
        assert "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in article
    assert "Which outlets carry which facts" in story
    assert 'href="/articles/wire-1"' in story  # citations lead to the articles
    assert "Removed boilerplate" in article
    assert client.get("/stories/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404


def test_article_page_marks_entities_and_quotes(client: TestClient) -> None:
    page = client.get("/articles/wire-1").text
    assert 'class="entity person' in page
    assert 'class="quote' in page
    shown = client.get("/articles/wire-1", params={"boilerplate": "true"}).text
    assert "Nothing was removed." in shown or "<th>reason</th>" in shown


def _wait(client: TestClient, job: dict[str, object]) -> dict[str, object]:
    for _ in range(300):
        status = client.get(f"/api/jobs/{job['id']}").json()
        if status["state"] in {"done", "failed"}:
            return dict(status)
        time.sleep(0.1)
    raise AssertionError(f"job did not finish: {status}")


def test_ingest_uploaded_files_reports_bad_ones(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "new.db", Settings(workers=1))) as fresh:
        page = article_html("Tolvik ferry link to close for three weeks", FERRY_PARAGRAPHS)
        files = [
            ("files", ("ferry.html", page.encode(), "text/html")),
            ("files", ("empty.html", b"", "text/html")),
            ("files", ("../../etc/binary.html", bytes(range(256)) * 8, "text/html")),
        ]
        started = fresh.post("/api/ingest", files=files)
        assert started.status_code == 202
        status = _wait(fresh, started.json())
        assert status["state"] == "done", status
        report = status["report"]
        assert isinstance(report, dict)
        assert report["articles_stored"] == 1
        skipped = {s["source"].split("-", 1)[1]: s["reason"] for s in report["skipped"]}
        assert set(skipped) == {"empty.html", "binary.html"}
        assert all(reason for reason in skipped.values())
        assert fresh.get("/api/stories").json()["stories"][0]["title"].startswith("Tolvik ferry")
        assert fresh.post("/api/ingest").status_code == 422
        assert fresh.post("/api/ingest", data={"url": "file:///etc/passwd"}).status_code == 422


def test_ingest_a_url_served_on_localhost(tmp_path: Path, http_server: LocalServer) -> None:
    page = article_html("Tolvik ferry link to close for three weeks", FERRY_PARAGRAPHS)
    http_server.page("/news/ferry.html", page)
    settings = Settings(workers=1, allow_private=True, fetch_timeout=3.0)
    with TestClient(create_app(tmp_path / "url.db", settings)) as fresh:
        started = fresh.post("/api/ingest", data={"url": http_server.url("/news/ferry.html")})
        status = _wait(fresh, started.json())
        assert status["state"] == "done", status
        report = status["report"]
        assert isinstance(report, dict)
        assert report["articles_stored"] == 1


def test_api_conforms_to_its_openapi_document(client: TestClient) -> None:
    """Every GET operation, fed cases generated from the OpenAPI document, answers as the
    document says (status codes, content types, response schemas) and never with a 5xx.
    POST /api/ingest starts background jobs and is tested above."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app).exclude(method="POST")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6
    for operation in operations:

        @given(operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        check()


def test_the_openapi_document_describes_the_real_payloads(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]

    def response_schema(path: str) -> str:
        ok = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        return str(ok["$ref"]).rsplit("/", 1)[-1]

    assert response_schema("/api/stories/{story_id}") == "StoryPayload"
    assert response_schema("/api/articles/{article_id}") == "ArticleInStoryPayload"
    assert response_schema("/api/entities/{entity_id}") == "EntityRecordPayload"
    assert set(schemas["StoryPayload"]["required"]) >= {"articles", "timeline", "comparison", "summary"}
    assert schemas["EntityType"]["enum"] == ["person", "organisation", "place"]
    assert schemas["ChangeKind"]["enum"] == ["merge", "split"]
    assert len(schemas["PloverAction"]["enum"]) == 16


def test_a_served_story_article_and_entity_match_their_declared_payloads(client: TestClient) -> None:
    from pydantic import TypeAdapter

    from storylens.payloads import ArticleInStoryPayload, EntityRecordPayload, StoryPayload

    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    story = client.get(f"/api/stories/{story_id}").json()
    TypeAdapter(StoryPayload).validate_python(story, strict=False)
    article = client.get(f"/api/articles/{story['articles'][0]['id']}").json()
    assert TypeAdapter(ArticleInStoryPayload).validate_python(article)["story_id"] == story_id
    person = next(e for e in story["entities"] if e["type"] == "person")
    entity = client.get(f"/api/entities/{person['id']}").json()
    assert TypeAdapter(EntityRecordPayload).validate_python(entity)["type"] == "person"


def test_an_article_whose_given_id_holds_slashes_and_marks_opens(tmp_path: Path) -> None:
    odd_id = "wire/2025/03/ferry?edition=north#1"
    report = {**REPORTS[0], "id": odd_id}
    ingest_reports(tmp_path, [report]).close()
    with TestClient(create_app(tmp_path / "library.db", Settings(workers=1))) as client:
        story_id = client.get("/api/stories").json()["stories"][0]["id"]
        story_page = client.get(f"/stories/{story_id}").text
        link = "/articles/wire/2025/03/ferry%3Fedition%3Dnorth%231"
        assert f'href="{link}"' in story_page  # the page links to the article as the route reads it
        page = client.get(link)
        assert page.status_code == 200
        assert "River Sel floods Harnvik" in page.text
        assert client.get("/api/articles/wire/2025/03/ferry%3Fedition%3Dnorth%231").json()["id"] == odd_id
