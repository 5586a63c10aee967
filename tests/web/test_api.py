"""The REST API on a real SQLite store: a few Turkey-Russia demo articles ingested once per module
(tests/query/stores.py), every endpoint, the token rule, bad parameters (4xx JSON, never 500), pages."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from datelines.web import create_app
from tests.query import stores

TOKEN = "test-token-0123456789"
ARTICLES = stores.TURKEY_RUSSIA[:3]  # the jet downing, Moscow's response, the St Petersburg meeting
NEW_ARTICLE = {
    "text": "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Ankara on Monday. "
            "The two leaders signed an agreement on gas supplies.",
    "published": "2020-01-13",
    "url": "https://example.org/erdogan-putin",
    "title": "Erdogan meets Putin in Ankara",
}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> str:
    return stores.store_file(tmp_path_factory.mktemp("web") / "api.db", ARTICLES)


@pytest.fixture(scope="module")
def client(db_path) -> TestClient:
    """Read-only use of the module's store (the token is set, but no test here writes with it)."""
    return TestClient(create_app(db_path, TOKEN))


@pytest.fixture(scope="module")
def open_client(db_path) -> TestClient:
    """The same store served without a token: every write refused."""
    return TestClient(create_app(db_path, None))


def _error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail
    return detail


# --- reads -----------------------------------------------------------------------------------------

def test_articles_lists_every_article_with_the_total(client):
    body = client.get("/api/articles").json()
    assert body["total"] == len(ARTICLES) == len(body["articles"])
    assert [a["published"] for a in body["articles"]] == sorted(a["published"] for a in body["articles"])
    assert {"id", "published", "title", "chars"} <= set(body["articles"][0])


def test_articles_pages_do_not_overlap(client):
    first = client.get("/api/articles", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert (first["limit"], first["offset"], len(first["articles"])) == (2, 0, 2)
    assert len(second["articles"]) == len(ARTICLES) - 2
    assert not {a["id"] for a in first["articles"]} & {a["id"] for a in second["articles"]}
    assert client.get("/api/articles", params={"offset": 100}).json()["articles"] == []


def test_articles_by_publication_date(client):
    body = client.get("/api/articles", params={"since": "2015-11-25", "until": "2015-12-31"}).json()
    assert body["total"] == 1 and body["articles"][0]["published"] == "2015-11-25"


def test_article_with_its_annotations(client):
    listed = client.get("/api/articles", params={"limit": 1}).json()["articles"][0]
    article = client.get(f"/api/articles/{listed['id']}").json()
    assert article["id"] == listed["id"] and article["text"]
    for part in ("mentions", "timexes", "events", "quantities", "sentences", "entities"):
        assert isinstance(article[part], list)
    assert article["mentions"] and article["timexes"] and article["events"]
    assert all(e["article_id"] == listed["id"] for e in article["events"])
    by_prefix = client.get(f"/api/articles/{listed['id'][:8]}").json()
    assert by_prefix["id"] == listed["id"]


def test_unknown_article_is_a_json_404(client):
    assert "no article" in _error(client.get("/api/articles/ffffffffffff"), 404)


def test_events_take_the_filters_of_datelines_events(client):
    body = client.get("/api/events", params={"dyad": ["TUR", "RUS"]}).json()
    assert body["events"]
    for event in body["events"]:
        assert {event["source"][:3], event["target"][:3]} == {"TUR", "RUS"}
        assert event["modality"] == "asserted"
        assert event["evidence"]["text"]
    wild = client.get("/api/events", params={"actor": "*MIL", "all_confidences": True}).json()["events"]
    assert wild and all((e["source"] or "").endswith("MIL") or (e["target"] or "").endswith("MIL") for e in wild)
    force = client.get("/api/events", params={"root": "19", "since": "2015", "until": "2015-12"}).json()["events"]
    assert force and all(e["root"] == "19" and e["date"].startswith("2015") for e in force)
    assert all(e["code"].startswith("19") for e in client.get("/api/events", params={"code": "19"}).json()["events"])
    everything = client.get("/api/events", params={"all_modalities": True, "all_confidences": True, "limit": 1000}).json()
    assert len(everything["events"]) >= len(client.get("/api/events", params={"limit": 1000}).json()["events"])
    worded = client.get("/api/events", params={"text": "warplane", "all_confidences": True}).json()["events"]
    assert worded and all("warplane" in e["evidence"]["text"].lower() or "warplanes" in e["evidence"]["text"].lower()
                          for e in worded)


def test_events_pages(client):
    whole = client.get("/api/events", params={"limit": 6, "all_confidences": True}).json()["events"]
    first = client.get("/api/events", params={"limit": 3, "all_confidences": True}).json()["events"]
    second = client.get("/api/events", params={"limit": 3, "offset": 3, "all_confidences": True}).json()["events"]
    assert [e["id"] for e in first + second] == [e["id"] for e in whole]


def test_timeline_of_the_dyad_clusters_the_jet_downing(client):
    body = client.get("/api/timeline", params={"actor": ["TUR", "RUS"]}).json()
    assert body["total"] >= 1 and body["events"]
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates, key=lambda d: d or "")
    downing = [e for e in body["events"] if e["root"] == "19" and e["date"].startswith("2015-11")]
    assert downing and max(e["reports"] for e in downing) >= 2
    page = client.get("/api/timeline", params={"actor": ["TUR", "RUS"], "limit": 1, "offset": 1}).json()
    assert page["total"] == body["total"] and page["events"] == body["events"][1:2]
    topic = client.get("/api/timeline", params={"topic": "warplane"}).json()
    assert topic["query"]["topic"] == "warplane" and topic["events"]


def test_series_counts_the_dyad_by_period(client):
    body = client.get("/api/series", params={"source": "TUR", "target": "RUS", "by": "year"}).json()
    assert body["dyad"] == ["TUR", "RUS"] and body["by"] == "year"
    assert body["periods"] and all({"period", "events", "quad4", "goldstein_sum"} <= set(p) for p in body["periods"])


def test_search_ranks_articles_with_evidence(client):
    body = client.get("/api/search", params={"q": "shot down"}).json()
    assert body["hits"] and body["hits"][0]["title"]
    assert client.get("/api/search", params={"q": '"unbalanced'}).status_code == 200  # FTS5 syntax error tolerated


def test_actors_registry_pages(client):
    body = client.get("/api/actors", params={"limit": 2}).json()
    assert len(body["actors"]) == 2 and {"name", "best_code", "codes"} <= set(body["actors"][0])
    rest = client.get("/api/actors", params={"limit": 2, "offset": 2}).json()["actors"]
    assert not {a["name"] for a in body["actors"]} & {a["name"] for a in rest}


def test_graph_of_countries(client):
    body = client.get("/api/graph", params={"level": "country"}).json()
    nodes = {n["id"] for n in body["nodes"]}
    assert {"TUR", "RUS"} <= nodes
    assert all(e["sign"] in (-1, 0, 1) and e["events"] >= 1 for e in body["edges"])


def test_codes_name_every_cameo_code(client):
    body = client.get("/api/codes").json()
    by_code = {c["code"]: c for c in body["codes"]}
    assert len(by_code) == len(body["codes"]) > 250
    assert by_code["190"]["root"] == "19" and by_code["190"]["quad"] == 4 and by_code["190"]["name"]
    assert by_code["042"]["quad"] == 1 and by_code["042"]["goldstein"] > 0
    assert body["quad_names"]["4"] == "material conflict"


def test_openapi_describes_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/timeline", "/api/series",
                 "/api/search", "/api/actors", "/api/graph", "/api/codes", "/api/ingest"):
        assert path in paths
    assert "post" in paths["/api/ingest"]


# --- bad parameters: JSON 4xx, never 500 ------------------------------------------------------------

@pytest.mark.parametrize(("url", "params", "status"), [
    ("/api/events", {"actor": "T;DROP"}, 400),
    ("/api/events", {"dyad": "TUR"}, 400),
    ("/api/events", {"dyad": ["TUR", "RUS", "SYR"]}, 400),
    ("/api/events", {"root": "1x"}, 400),
    ("/api/events", {"code": "'; --"}, 400),
    ("/api/events", {"since": "2015-13"}, 400),
    ("/api/events", {"until": "yesterday"}, 400),
    ("/api/events", {"modality": "maybe"}, 400),
    ("/api/events", {"limit": 0}, 422),
    ("/api/events", {"limit": "many"}, 422),
    ("/api/events", {"limit": 10**6}, 422),
    ("/api/events", {"offset": -1}, 422),
    ("/api/events", {"all_modalities": "perhaps"}, 422),
    ("/api/articles", {"since": "2015"}, 400),
    ("/api/articles", {"limit": -5}, 422),
    ("/api/timeline", {}, 400),
    ("/api/timeline", {"actor": ["TUR", "RUS", "SYR"]}, 400),
    ("/api/timeline", {"actor": "*"}, 400),
    ("/api/series", {"source": "TUR"}, 422),
    ("/api/series", {"source": "TUR", "target": "RUS", "by": "day"}, 400),
    ("/api/search", {}, 422),
    ("/api/search", {"q": ""}, 422),
    ("/api/search", {"q": "   "}, 400),
    ("/api/search", {"q": "x", "limit": 0}, 422),
    ("/api/actors", {"offset": "a"}, 422),
    ("/api/graph", {"level": "planet"}, 400),
    ("/api/graph", {"min_events": 0}, 422),
])
def test_bad_parameters_are_json_4xx(client, url, params, status):
    _error(client.get(url, params=params), status)


def test_unknown_route_is_a_json_404(client):
    _error(client.get("/api/nothing"), 404)


# --- writes: the token rule -------------------------------------------------------------------------

def test_ingest_without_a_token_is_401(client):
    response = client.post("/api/ingest", json=[NEW_ARTICLE])
    _error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_with_a_wrong_token_is_403(client):
    _error(client.post("/api/ingest", json=[NEW_ARTICLE], headers={"Authorization": "Bearer wrong"}), 403)
    _error(client.post("/api/ingest", json=[NEW_ARTICLE], headers={"Authorization": f"Basic {TOKEN}"}), 401)


def test_app_started_without_a_token_refuses_writes(open_client):
    for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}, {"Authorization": "Bearer "}):
        assert "disabled" in _error(open_client.post("/api/ingest", json=[NEW_ARTICLE], headers=headers), 403)
    assert open_client.get("/api/articles").status_code == 200  # reads stay open


def test_ingest_rejects_malformed_bodies(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for body in ({"text": "x"}, [], [{"published": "2020-01-01"}], [{"text": "x"}], [{"text": 5, "published": "2020-01-01"}]):
        _error(client.post("/api/ingest", json=body, headers=auth), 422)
    _error(client.post("/api/ingest", content=b"[{", headers={**auth, "content-type": "application/json"}), 422)


def test_ingest_with_the_token_reads_and_stores(tmp_path):
    writer = TestClient(create_app(str(tmp_path / "w.db"), TOKEN))
    before = writer.get("/api/timeline", params={"actor": ["TUR", "RUS"]}).json()
    assert before["total"] == 0  # asked before the ingest: the kept answer must not outlive it
    response = writer.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                           json=[NEW_ARTICLE, {"text": "Some words here.", "published": "2020-02-30"}])
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["inputs"] == 2 and body["counts"] == {"stored": 1, "skipped:malformed_date": 1}
    (article_id,) = body["stored"]
    article = writer.get(f"/api/articles/{article_id}").json()
    assert article["published"] == "2020-01-13" and article["title"] == NEW_ARTICLE["title"]
    assert article["url"] == NEW_ARTICLE["url"] and article["mentions"]
    again = writer.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"}, json=[NEW_ARTICLE]).json()
    assert again["stored"] == []  # the same text is stored once
    after = writer.get("/api/timeline", params={"actor": ["TUR", "RUS"]}).json()
    assert after["total"] >= 1 and after == writer.get("/api/timeline", params={"actor": ["TUR", "RUS"]}).json()


def test_create_app_has_no_default_token(tmp_path):
    app = create_app(str(tmp_path / "empty.db"), "")
    _error(TestClient(app).post("/api/ingest", json=[NEW_ARTICLE], headers={"Authorization": "Bearer "}), 403)
