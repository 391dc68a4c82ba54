"""The HTTP API and the server-rendered pages, through FastAPI's TestClient, over a temporary
SQLite store holding the three example articles (real pipeline), a hostile text and one
hand-made record with known events, statements and claims (see _webdata.py)."""
from __future__ import annotations

import html
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from _webdata import DEMO_ID, HOSTILE_ID, build_store, demo_article  # noqa: E402
from cronica.errors import UsageError  # noqa: E402
from cronica.server import create_app  # noqa: E402
from cronica.web.markup import marked_html  # noqa: E402

EXAMPLE_ANSA = "a49fcac4c75713b0a"  # Dmitri Peskov
EXAMPLE_SER = "adcde0eb7337ef92f"  # Dimitri Peskov, Peskov


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("server") / "store.db", hostile=True, demo=True)


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        yield c


def get_json(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith(("application/json", "application/geo+json")), r.headers["content-type"]
    return r.json()


def demo_attack(client) -> dict:
    items = get_json(client, "/api/events?merged=true&type=attack&limit=500")["items"]
    hits = [e for e in items if DEMO_ID in e["articles"]]
    assert len(hits) == 1, items
    return hits[0]


# ------------------------------------------------------------------ every endpoint answers
@pytest.mark.parametrize("url", [
    "/api/articles", "/api/articles?limit=1&offset=1", f"/api/articles/{DEMO_ID}", "/api/entities",
    "/api/entities?name=Peskov&type=PER", "/api/entities/1", "/api/events", "/api/events?merged=true",
    "/api/events?type=attack&status=disputed&since=2023-01-01&until=2023-12-31", "/api/events?near=Járkov&km=100",
    "/api/events?bbox=22,44,41,53&merged=true", "/api/statements", "/api/statements?speaker=Peskov&stance=deny",
    "/api/statements?channel=telegram", "/api/claims", "/api/claims?contested=true", "/api/search?q=Peskov",
    "/api/events.geojson", "/api/events.geojson?merged=true", "/api/stats", "/openapi.json",
])
def test_endpoint_answers_json(client, url):
    body = get_json(client, url)
    assert body is not None


def test_lists_are_paginated(client):
    first = get_json(client, "/api/articles?limit=2")
    assert first["count"] == 2 and first["limit"] == 2 and first["next_offset"] == 2 and first["total"] == 5
    second = get_json(client, "/api/articles?limit=2&offset=2")
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    last = get_json(client, "/api/articles?limit=500&offset=4")
    assert last["count"] == 1 and last["next_offset"] is None


def test_openapi_and_docs(client):
    spec = get_json(client, "/openapi.json")
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}", "/api/events",
                 "/api/events.geojson", "/api/events/{event_id}", "/api/statements", "/api/claims", "/api/search"):
        assert path in spec["paths"], path
    limit = next(p for p in spec["paths"]["/api/articles"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["minimum"] == 1 and limit["schema"]["maximum"] == 500
    r = client.get("/docs")
    assert r.status_code == 200 and "swagger" in r.text.lower()


# ------------------------------------------------------------------ bad parameters: 4xx with a message, never 500
@pytest.mark.parametrize("url,status", [
    ("/api/articles?limit=-1", 422), ("/api/articles?limit=0", 422), ("/api/articles?limit=501", 422),
    ("/api/articles?offset=-3", 422), ("/api/articles?limit=abc", 422), ("/api/articles/nope", 404),
    ("/api/articles/" + "a" * 300, 422), ("/api/entities/999999", 404), ("/api/entities/abc", 422), ("/api/entities/0", 422),
    ("/api/entities/99999999999999999999999", 422), ("/api/entities?type=PERSON", 422), ("/api/entities?name=" + "x" * 201, 422),
    ("/api/events?since=2023-02-30", 422), ("/api/events?until=yesterday", 422), ("/api/events?since=2023-05-01&until=2023-01-01", 422),
    ("/api/events?type=bombing", 422), ("/api/events?status=rumoured", 422), ("/api/events?merged=maybe", 422),
    ("/api/events?bbox=1,2,3", 422), ("/api/events?bbox=a,b,c,d", 422), ("/api/events?bbox=10,50,5,40", 422),
    ("/api/events?bbox=nan,1,2,3", 422), ("/api/events?bbox=-200,0,0,10", 422), ("/api/events?near=Xqzzyplace", 422),
    ("/api/events?near=Kiev&km=0", 422), ("/api/events?near=Kiev&km=-5", 422), ("/api/events.geojson?since=2023-13-01", 422),
    ("/api/events/m999999", 404), ("/api/events/xyz", 422), ("/api/statements?stance=lie", 422),
    ("/api/statements?speaker=" + "P" * 201, 422), ("/api/claims?contested=perhaps", 422), ("/api/search", 422),
    ("/api/search?q=", 422), ("/api/search?q=%20%20", 422), ("/api/search?q=" + "x" * 201, 422), ("/api/nothing", 404),
])
def test_bad_parameters_get_4xx_json(client, url, status):
    body = get_json(client, url, status)
    assert isinstance(body["error"], str) and body["error"], body
    assert body["status"] == status


@pytest.mark.parametrize("q", ['" OR 1=1 --', "%_%", "'; DROP TABLE articles; --", "NEAR(a b)", "*", "Peskov\\"])
def test_search_takes_any_text(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text
    assert set(r.json()) >= {"articles", "statements", "entities"}
    assert get_json(client, "/api/stats")["articles"] == 5  # nothing dropped


# ------------------------------------------------------------------ content
def test_article_is_the_full_record(client):
    d = get_json(client, f"/api/articles/{DEMO_ID}")
    assert d["schema"] == "cronica.article/1" and d["article"]["id"] == DEMO_ID
    text = d["text"]
    assert text == demo_article().text
    for e in d["entities"]:
        assert isinstance(e["entity_id"], int)
        for s, t in e["mentions"]:
            assert text[s:t]
    assert {s["stance"] for s in d["statements"]} == {"assert", "deny", "unverified"}


def test_peskov_entity_has_every_spelling(client):
    items = get_json(client, "/api/entities?name=Peskov")["items"]
    per = [e for e in items if e["type"] == "PER"]
    assert len(per) == 1, items
    assert {"Dmitri Peskov", "Dimitri Peskov"} <= set(per[0]["aliases"])
    assert {EXAMPLE_ANSA, EXAMPLE_SER} <= set(per[0]["articles"])


def test_statements_by_speaker_find_every_spelling(client):
    """Peskov is written Dmitri (ANSA) and Dimitri (Cadena SER): one speaker, found by any spelling."""
    found = {}
    for name in ("Peskov", "Dmitri Peskov", "Dimitri Peskov", "peskov"):
        items = get_json(client, "/api/statements?limit=500&speaker=" + name)["items"]
        found[name] = {s["id"] for s in items}
        assert {s["article_id"] for s in items} >= {EXAMPLE_ANSA, EXAMPLE_SER}, (name, items)
    assert len({frozenset(v) for v in found.values()}) == 1, found


def test_entity_detail_has_statements_by_and_about(client):
    eid = get_json(client, "/api/entities?name=Synehubov")["items"][0]["id"]
    e = get_json(client, f"/api/entities/{eid}")
    assert e["name"] == "Oleh Synehubov"
    assert {s["local_id"] for s in e["statements_by"] if s["article_id"] == DEMO_ID} == {"s1", "s2"}
    assert any(a["id"] == DEMO_ID and a["title"] == "Misiles contra Járkov" for a in e["articles"])
    # the city (the demo article) and the region of the same name (an example article) are two entities
    place = next(e for e in get_json(client, "/api/entities?name=Járkov&type=LOC")["items"] if DEMO_ID in e["articles"])
    about = get_json(client, f"/api/entities/{place['id']}")["statements_about"]
    assert any(s["article_id"] == DEMO_ID and s["local_id"] == "s1" for s in about)


def test_event_filters(client):
    attacks = get_json(client, "/api/events?type=attack&limit=500")["items"]
    assert attacks and all(e["type"] == "attack" for e in attacks)
    dated = get_json(client, "/api/events?since=2023-03-01&until=2023-03-31&limit=500")["items"]
    assert dated and all("2023-03-01" <= e["date"] <= "2023-03-31" for e in dated)
    assert {e["id"] for e in dated} >= {f"{DEMO_ID}:v1", f"{DEMO_ID}:v2"}
    box = get_json(client, "/api/events?bbox=36,49.5,36.5,50.5&limit=500")["items"]  # around Járkov
    assert f"{DEMO_ID}:v1" in {e["id"] for e in box} and f"{DEMO_ID}:v2" not in {e["id"] for e in box}
    assert all(36 <= e["place"]["lon"] <= 36.5 and 49.5 <= e["place"]["lat"] <= 50.5 for e in box)
    near = get_json(client, "/api/events?near=Járkov&km=60&limit=500")["items"]
    assert f"{DEMO_ID}:v1" in {e["id"] for e in near} and f"{DEMO_ID}:v2" not in {e["id"] for e in near}
    merged = get_json(client, "/api/events?merged=true&limit=500")["items"]
    assert merged and all(e["id"].startswith("m") and e["merged"] for e in merged)
    disputed = get_json(client, "/api/events?status=disputed&limit=500")["items"]
    assert all(e["status"] == "disputed" for e in disputed) and f"{DEMO_ID}:v1" in {e["id"] for e in disputed}


def test_geojson_has_one_feature_per_located_event(client):
    items = get_json(client, "/api/events?merged=true&limit=500")["items"]
    gj = get_json(client, "/api/events.geojson?merged=true&limit=500")
    assert gj["type"] == "FeatureCollection"
    located = [e for e in items if e["place"] and e["place"]["lat"] is not None]
    assert len(gj["features"]) == len(located) > 0
    f = next(f for f in gj["features"] if DEMO_ID in f["properties"]["articles"] and f["properties"]["type"] == "attack")
    assert f["geometry"]["coordinates"] == pytest.approx([36.25272, 49.98081])


def test_event_detail_has_reports_and_sources(client):
    ev = demo_attack(client)
    d = get_json(client, f"/api/events/{ev['id']}")
    assert d["status"] == "disputed" and d["fatalities"] == 3 and d["place"]["name"] == "Járkov"
    assert [r["article_id"] for r in d["report_list"]] == [DEMO_ID]
    assert d["report_list"][0]["article"]["title"] == "Misiles contra Járkov"
    assert {"Reuters", "Oleh Synehubov"} <= set(d["sources"])
    assert {s["local_id"] for s in d["report_list"][0]["statements"]} == {"s1", "s2"}


def test_claims_with_denials_and_unverified(client):
    claims = get_json(client, "/api/claims?limit=500")["items"]
    c = next(c for c in claims if c["article_id"] == DEMO_ID and c["statement_id"] == "s1")
    assert c["claimant"] == "Oleh Synehubov" and c["status"] == "denied"
    assert [a["source"] for a in c["answers"]["deny"]] == ["Ministerio de Defensa de Rusia"]
    assert [a["source"] for a in c["answers"]["unverified"]] == ["Reuters"]
    contested = get_json(client, "/api/claims?contested=true&limit=500")["items"]
    assert contested and all(c["status"] in ("disputed", "denied", "unverified") for c in contested)
    assert len(contested) < len(claims)


def test_search_over_articles_statements_and_entities(client):
    d = get_json(client, "/api/search?q=Synehubov")
    assert DEMO_ID in {a["id"] for a in d["articles"]}
    assert any(s["article_id"] == DEMO_ID for s in d["statements"])
    assert "Oleh Synehubov" in {e["name"] for e in d["entities"]}
    assert get_json(client, "/api/search?q=edificio residencial")["statements"]


# ------------------------------------------------------------------ pages
@pytest.mark.parametrize("url", ["/", "/articles", f"/articles/{DEMO_ID}", f"/articles/{EXAMPLE_SER}", "/entities",
                                 "/entities?name=Peskov", "/entities/1", "/claims", "/claims?contested=true"])
def test_pages_render(client, url):
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "cdn" not in r.text.lower() and "unpkg" not in r.text.lower()


@pytest.mark.parametrize("url,status", [("/articles/nope", 404), ("/entities/999999", 404), ("/entities/abc", 422), ("/nothing", 404)])
def test_page_errors_are_html(client, url, status):
    r = client.get(url)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")


def test_article_page_escapes_the_text(client):
    r = client.get(f"/articles/{HOSTILE_ID}")
    assert r.status_code == 200
    page = r.text
    for raw in ("<script>window.__pwned", "<img src=x", "<b onmouseover", "<b>Diario</b>"):
        assert raw not in page, raw
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    scripts = re.findall(r"<script[^>]*>", page)
    assert all('src="/static/' in s for s in scripts), scripts  # only our own files, no inline script


def test_article_page_marks(client):
    page = client.get(f"/articles/{DEMO_ID}").text
    assert 'class="quote stance-deny"' in page and 'id="stmt-s3"' in page
    assert re.search(r'<a href="/entities/\d+" class="[^"]*\bent-per\b[^"]*"[^>]*>Oleh Synehubov</a>', page)
    assert "javascript:" not in page  # the record's url is javascript:..., never made a link
    assert "Oleh Synehubov" in page and "desmiente" in page and "no pudo verificar" in page


def test_claims_page_side_by_side(client):
    page = client.get("/claims").text
    i = page.index("Un ataque con misiles rusos contra Járkov")
    block = page[i:page.index('class="claim"', i) if 'class="claim"' in page[i:] else len(page)]
    assert "Desmentido por" in block and "Ministerio de Defensa de Rusia" in block
    assert "No pudo verificar" in block and "Reuters" in block


def test_marked_html_keeps_the_text(db):
    """Stripping the tags from the marked HTML and unescaping gives back exactly the article text."""
    from cronica.store import open_store

    store = open_store(str(db))
    try:
        arts = list(store.iter_articles())
        assert len(arts) == 5
        for art in arts:
            out = str(marked_html(art, store.article_entity_ids(art.id)))
            assert html.unescape(re.sub(r"<[^>]+>", "", out)) == art.text, art.id
    finally:
        store.close()


# ------------------------------------------------------------------ server behaviour
def test_store_is_read_only(client):
    import sqlite3

    store = client.app.state.stores.get()
    with pytest.raises((sqlite3.OperationalError, Exception)):
        store.execute("DELETE FROM articles")
    assert get_json(client, "/api/stats")["articles"] == 5


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="no store at"):
        create_app(str(tmp_path / "absent.db"))


def test_without_web_assets_the_map_page_says_so(db, tmp_path):
    with TestClient(create_app(str(db), assets_dir=tmp_path / "none")) as c:
        page = c.get("/").text
        assert 'id="basemap-note"' in page and "make web-assets" in page
        assert "/static/vendor/leaflet" not in page
        assert c.get("/static/vendor/leaflet/dist/leaflet.js").status_code == 404
        assert c.get("/static/app.js").status_code == 200


def test_web_assets_served_when_installed(db):
    app = create_app(str(db))
    if not app.state.has_vendor:
        pytest.skip("npm web assets not installed (make web-assets)")
    with TestClient(app) as c:
        assert c.get("/static/vendor/leaflet/dist/leaflet.js").status_code == 200
        assert c.get("/static/vendor/world-atlas/countries-50m.json").status_code == 200
        assert c.get("/static/vendor/topojson-client/dist/topojson-client.min.js").status_code == 200


# ------------------------------------------------------------------ no input gives a 5xx
try:
    from hypothesis import HealthCheck, given, settings, strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    PARAMS = ["/api/events?since", "/api/events?until", "/api/events?bbox", "/api/events?type", "/api/events?near",
              "/api/statements?speaker", "/api/statements?channel", "/api/entities?name", "/api/search?q", "/api/articles?limit"]

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(param=st.sampled_from(PARAMS), value=st.text(max_size=250))
    def test_no_parameter_value_gives_a_server_error(client, param, value):
        path, name = param.split("?")
        r = client.get(path, params={name: value})
        assert r.status_code < 500, (param, value, r.text[:200])
        assert r.headers["content-type"].startswith("application/json")
