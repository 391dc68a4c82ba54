"""The web pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
Spanish first (English by the browser or the switch); the map fitted to the events, clustered,
with first-level boundaries; the histogram, whose drag filters the map and the list; downloads
holding exactly what is on screen; the claims board and an entity's page; new events and
sources' freshness; keyboard use; axe-core finds no serious accessibility violation on any
page; a hostile article text stays inert; nothing is fetched from outside the server.
Skipped when Chromium or Playwright is absent."""
from __future__ import annotations

import csv
import io
import json
import os
import socket
import threading
import time

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

CHROMIUM = os.environ.get("CRONICA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

if not os.path.exists(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from _webdata import DEMO_ID, HOSTILE_ID, build_store, demo_article  # noqa: E402
from cronica.batch.write import store_article
from cronica.server import create_app  # noqa: E402
from cronica.server.app import default_assets_dir  # noqa: E402

AXE = default_assets_dir() / "axe-core" / "axe.min.js"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn in a thread on a free port."""

    def __init__(self, app):
        self.app = app
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "store.db", hostile=True, demo=True)


@pytest.fixture(scope="module")
def server(db):
    with Server(create_app(str(db))) as s:
        yield s


@pytest.fixture(scope="module")
def bare_server(db, tmp_path_factory):
    """The same store without the npm folder: no Leaflet, no world map."""
    with Server(create_app(str(db), assets_dir=tmp_path_factory.mktemp("no-npm"))) as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _context(browser, locale="es-ES", **kw):
    return browser.new_context(viewport={"width": 1300, "height": 900}, locale=locale,
                               extra_http_headers={"Accept-Language": locale.split("-")[0]}, **kw)


@pytest.fixture
def page(browser, server):
    ctx = _context(browser)
    pg = ctx.new_page()
    pg.errors = []
    pg.foreign = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.errors.append("dialog: " + d.message), d.dismiss()))
    pg.on("request", lambda r: None if r.url.startswith((server.url, "data:")) else pg.foreign.append(r.url))
    yield pg
    ctx.close()


def _api(page, server, path):
    return page.request.get(server.url + path).json()


def _located(events):
    """Located events of /api/events (place.lat) or of /api/view/events (lat)."""
    return [e for e in events if (e["place"]["lat"] if isinstance(e.get("place"), dict) else e.get("lat")) is not None]


def _on_map(page) -> int:
    """Events on the map: single markers plus the counts of the clusters."""
    return page.evaluate("""Array.from(document.querySelectorAll('#map .event-cluster'))
        .reduce((n, c) => n + Number(c.dataset.count), 0) + document.querySelectorAll('#map .event-marker').length""")


def _csv_rows(page, href: str) -> list[dict]:
    from urllib.parse import urljoin

    href = urljoin(page.url, href)
    r = page.request.get(href)
    assert r.ok, (href, r.status)
    return list(csv.DictReader(io.StringIO(r.text())))


def _wait_until(page, js: str, timeout_ms: int = 10000) -> None:
    """Poll a JS expression (page.wait_for_function would need 'unsafe-eval', which our CSP forbids)."""
    deadline = time.time() + timeout_ms / 1000
    while not page.evaluate(js):
        if time.time() > deadline:
            raise AssertionError(f"timed out waiting for {js}")
        time.sleep(0.1)


def _wait_ready(page):
    page.wait_for_selector("body[data-ready='true']", timeout=20000)


def _merc(lat: float) -> float:
    """Web Mercator y of a latitude (the map's vertical scale)."""
    import math

    return math.log(math.tan(math.pi / 4 + math.radians(max(-85.0, min(85.0, lat))) / 2))


def _view_events(page, server, query=""):
    return _api(page, server, "/api/view/events?lang=es" + ("&" + query if query else ""))["items"]


# ------------------------------------------------------------------ the "done when"
def test_home_in_spanish_fitted_histogram_and_download(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    assert page.evaluate("document.documentElement.lang") == "es"
    nav = page.locator("header nav").inner_text()
    for word in ("Eventos", "Artículos", "Entidades", "Afirmaciones"):
        assert word in nav, nav
    assert "Eventos por día" in page.locator("#h-histogram").inner_text()
    assert "Descargar CSV" in page.locator("a#download-csv").inner_text()

    events = _view_events(page, server)
    located = _located(events)
    assert located and page.locator("#timeline .timeline-item").count() == len(events)
    # the map: every event in view, fitted to them (not the whole world)
    assert _on_map(page) == len(located)
    west, south, east, north = (float(x) for x in page.locator("#map").get_attribute("data-view").split(","))
    assert all(west <= e["lon"] <= east and south <= e["lat"] <= north for e in located)
    lons, lats = [e["lon"] for e in located], [e["lat"] for e in located]
    # fitted: one zoom level closer (half the width and height) would leave some event (or the 15% margin) out
    dlon, dlat = (max(lons) - min(lons)) * 0.15 + 1, (max(lats) - min(lats)) * 0.15 + 1
    assert (east - west) / 2 < max(lons) - min(lons) + 2 * dlon or \
        (_merc(north) - _merc(south)) / 2 < _merc(max(lats) + dlat) - _merc(min(lats) - dlat), (west, south, east, north)
    assert min(lons) - 1 <= (west + east) / 2 <= max(lons) + 1
    # the histogram: an SVG with one bar group per day holding events
    assert page.evaluate("document.getElementById('histogram').tagName.toLowerCase()") == "svg"
    days = {e["date"] for e in events if e["date"] and len(e["date"]) == 10}
    starts = page.eval_on_selector_all("#histogram .bar-group", "gs => gs.map(g => g.dataset.start)")
    assert sorted(starts) == sorted(days) and len(starts) == len(set(starts))
    totals = page.eval_on_selector_all("#histogram .bar-group", "gs => gs.map(g => Number(g.dataset.total))")
    assert sum(totals) == sum(1 for e in events if e["date"] in days)
    # the download: the CSV of the events in view, as many rows as the list
    rows = _csv_rows(page, page.locator("a#download-csv").get_attribute("href"))
    assert len(rows) == page.locator("#timeline .timeline-item").count()
    assert {r["id"] for r in rows} == {e["id"] for e in events}
    geo = page.request.get(server.url + page.locator("a#download-geojson").get_attribute("href")).json()
    assert len(geo["features"]) == len(rows)
    assert not page.errors, page.errors
    assert not page.foreign, page.foreign  # nothing from the internet


def test_peskov_page_lists_his_statements_and_his_denial(page, server):
    pid = next(e["id"] for e in _api(page, server, "/api/entities?name=Peskov&type=PER")["items"])
    page.goto(server.url + f"/entities/{pid}")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert "Peskov" in page.locator("#entity-name").inner_text()
    said = page.locator("#said-by .statement")
    assert said.count() >= 3
    assert "Hasta donde yo sé" in page.locator("#said-by").inner_text()
    denial = page.locator("#claims-denied .denial", has_text="Golubev")
    assert denial.count() == 1
    assert "nueva tanda de reclutamientos" in denial.inner_text()
    spellings = page.locator("#spellings").inner_text()
    assert "Dmitri Peskov" in spellings and "Dimitri Peskov" in spellings and "ANSA" in spellings
    rows = _csv_rows(page, server.url + page.locator("a#download-csv").get_attribute("href"))
    assert sum(r["section"] == "statement" for r in rows) == said.count()
    assert not page.errors, page.errors


# ------------------------------------------------------------------ the map
def test_home_map_markers_boundaries_and_list(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    events = _view_events(page, server)
    assert page.locator("#timeline .timeline-item").count() == len(events)
    _wait_until(page, "document.querySelectorAll('#map .leaflet-overlay-pane path').length > 100", 20000)
    if server.app.state.boundaries.available:  # Ukraine's oblasts, from the offline package
        _wait_until(page, "Number(document.getElementById('map').dataset.admin1 || 0) >= 20", 20000)
    assert page.locator("#basemap-note").count() == 0
    assert page.evaluate("typeof window.L.markerClusterGroup") == "function"
    # new types have colours and Spanish labels in the legend and the type filter
    legend = page.locator("#legend").inner_text()
    assert "violencia contra civiles" in legend and "secuestro" in legend
    page.select_option("#f-type", "abduction")
    _wait_ready(page)
    assert page.locator("#timeline .timeline-item").count() == len(_view_events(page, server, "type=abduction"))
    assert not page.errors, page.errors
    assert not page.foreign, page.foreign


def test_filters_by_type_and_text(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    attacks = _view_events(page, server, "type=attack")
    assert attacks
    page.select_option("#f-type", "attack")
    _wait_ready(page)
    _wait_until(page, f"document.querySelectorAll('#timeline .timeline-item').length === {len(attacks)}")
    assert _on_map(page) == len(_located(attacks))
    assert page.locator("#timeline .timeline-item:not(.ev-attack)").count() == 0
    assert len(_csv_rows(page, server.url + page.locator("a#download-csv").get_attribute("href"))) == len(attacks)
    # text: full-text over the reports; only the demo attack's article says "Synehubov"
    page.fill("#f-q", "Synehubov")
    _wait_until(page, "document.querySelectorAll('#timeline .timeline-item').length === 1", 10000)
    assert "Járkov" in page.locator("#timeline .timeline-item").first.inner_text()
    assert _on_map(page) == 1
    assert len(_csv_rows(page, server.url + page.locator("a#download-csv").get_attribute("href"))) == 1
    # dates: nothing in 2019
    page.fill("#f-q", "")
    page.fill("#f-since", "2019-01-01")
    page.fill("#f-until", "2019-12-31")
    page.dispatch_event("#f-until", "change")
    _wait_until(page, "document.querySelectorAll('#timeline .timeline-item').length === 0", 10000)
    assert page.locator("#timeline-empty").is_visible()
    assert not page.errors, page.errors


def test_click_event_shows_reports_sources_and_status(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    page.fill("#f-q", "Synehubov")  # the demo article: an attack on Járkov and fighting in Bajmut
    _wait_until(page, "document.querySelectorAll('#timeline .timeline-item').length === 2", 10000)
    page.locator("#map .event-marker.ev-attack").click(force=True)
    page.wait_for_selector("#detail-reports", timeout=10000)
    assert page.locator("#detail").is_visible()
    sources = page.locator("#detail-sources").inner_text()
    assert "Reuters" in sources and "Oleh Synehubov" in sources
    assert "Misiles contra Járkov" in page.locator("#detail-reports").inner_text()
    assert "en disputa" in page.locator("#detail-body .facts").inner_text()
    assert page.locator("#map .event-marker.ev-attack.claimed").count() == 1  # disputed: the dashed outline
    href = page.locator("#detail-reports a").first.get_attribute("href")
    assert href.startswith(f"/articles/{DEMO_ID}")


# ------------------------------------------------------------------ the histogram
def _bar_box(page, start):
    return page.locator(f"#histogram .bar-group[data-start='{start}']").bounding_box()


def test_dragging_the_histogram_filters_map_list_and_download(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    events = _view_events(page, server)
    starts = sorted(page.eval_on_selector_all("#histogram .bar-group", "gs => gs.map(g => g.dataset.start)"))
    assert len(starts) >= 2
    day = starts[0]
    page.locator("#histogram").scroll_into_view_if_needed()
    box = _bar_box(page, day)
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] - 6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, y, steps=4)
    page.mouse.move(box["x"] + box["width"] + 6, y, steps=4)
    page.mouse.up()
    on_day = [e for e in events if e["date"] == day]
    _wait_until(page, f"document.querySelectorAll('#timeline .timeline-item').length === {len(on_day)}")
    assert _on_map(page) == len(_located(on_day))
    assert page.locator("#period-clear").is_visible()
    rows = _csv_rows(page, server.url + page.locator("a#download-csv").get_attribute("href"))
    assert len(rows) == len(on_day) and {r["date"] for r in rows} == {day}
    # a drag over every bar takes them all (dated to the day)
    first, last = _bar_box(page, starts[0]), _bar_box(page, starts[-1])
    page.mouse.move(first["x"] - 6, y)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] + 6, y, steps=8)
    page.mouse.up()
    n = sum(1 for e in events if e["date"] and starts[0] <= e["date"] <= starts[-1] + "~")
    _wait_until(page, f"document.querySelectorAll('#timeline .timeline-item').length === {n}")
    page.click("#period-clear")
    _wait_until(page, f"document.querySelectorAll('#timeline .timeline-item').length === {len(events)}")
    # weeks: one bar group per ISO week, each starting on a Monday
    page.check("input[name='bin'][value='week']")
    _wait_until(page, "document.getElementById('histogram').dataset.bin === 'week'")
    import datetime
    for s in page.eval_on_selector_all("#histogram .bar-group", "gs => gs.map(g => g.dataset.start)"):
        assert datetime.date.fromisoformat(s).weekday() == 0, s
    assert not page.errors, page.errors


# ------------------------------------------------------------------ keyboard
def test_keyboard_navigation(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "crónica"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Eventos"
    # the histogram: arrows choose a day, Escape clears it
    page.focus("#histogram")
    page.keyboard.press("ArrowRight")
    first = page.eval_on_selector_all("#histogram .bar-group", "gs => gs.map(g => g.dataset.start)")[0]
    n = sum(1 for e in _view_events(page, server) if e["date"] == first)
    _wait_until(page, f"document.querySelectorAll('#timeline .timeline-item').length === {n}")
    assert first in page.locator("a#download-csv").get_attribute("href")
    page.keyboard.press("Escape")
    _wait_until(page, "document.getElementById('period-clear').hidden")
    # an event of the list opens with Enter; Escape closes the panel and gives the focus back
    page.focus("#timeline .timeline-item:nth-child(1) button")
    page.keyboard.press("Enter")
    page.wait_for_selector("#detail-reports", timeout=10000)
    _wait_until(page, "document.activeElement.tagName === 'H2'")
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('tl-open')")
    # the claims form works from the keyboard
    page.goto(server.url + "/claims")
    page.focus("#f-status")
    page.select_option("#f-status", "denied")
    for _ in range(12):  # through From and To (a tab stop per part of a date), then the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_url("**/claims?**status=denied**")
    statuses = page.eval_on_selector_all(".claim .claim-head .status", "s => s.map(x => x.className)")
    assert statuses and all("status-denied" in s for s in statuses)
    assert not page.errors, page.errors


# ------------------------------------------------------------------ claims board
def test_claims_board_filters_and_sentences(page, server):
    pid = next(e["id"] for e in _api(page, server, "/api/entities?name=Peskov&type=PER")["items"])
    page.goto(server.url + f"/claims?entity={pid}")
    claims = page.locator(".claim")
    assert claims.count() >= 2
    golubev = page.locator(".claim", has_text="Vasili Golubev")
    assert "Dimitri Peskov" in golubev.locator(".answer-deny").inner_text()
    sentences = golubev.locator(".report .sentence").all_inner_texts()
    assert any("Golubev, afirmó que había recibido orden" in s for s in sentences), sentences
    link = golubev.locator(".report a.report-link").first.get_attribute("href")
    page.goto(server.url + link)
    page.wait_for_selector("#article-text")
    anchor = link.split("#", 1)[1]
    assert page.locator(f"#{anchor}").count() == 1  # the marked statement in the article
    # the download: one row per report of the claims on screen
    page.goto(server.url + f"/claims?entity={pid}")
    rows = _csv_rows(page, server.url + page.locator("a#download-csv").get_attribute("href"))
    assert len(rows) == page.locator(".claim .report").count()
    assert not page.errors, page.errors


def test_pages_link_together(page, server):
    page.goto(server.url + f"/articles/{DEMO_ID}")
    page.locator("#article-text a.ent-per").first.click()
    page.wait_for_selector("#entity-name")
    assert page.locator("#entity-name").inner_text() == "Oleh Synehubov"
    assert "Los misiles impactaron" in page.locator("#said-by").inner_text()
    page.goto(server.url + "/claims")
    claim = page.locator(".claim", has_text="Un ataque con misiles rusos contra Járkov")
    assert "Ministerio de Defensa de Rusia" in claim.locator(".answer-deny").inner_text()
    assert "Reuters" in claim.locator(".answer-unverified").inner_text()
    assert not page.errors and not page.foreign


# ------------------------------------------------------------------ languages
def test_english_from_the_browser_and_the_switch(browser, server):
    ctx = _context(browser, locale="en-US")
    pg = ctx.new_page()
    try:
        pg.goto(server.url + "/")
        _wait_ready(pg)
        assert pg.evaluate("document.documentElement.lang") == "en"
        assert "Events" in pg.locator("header nav").inner_text() and "Claims" in pg.locator("header nav").inner_text()
        assert "Events per day" in pg.locator("#h-histogram").inner_text()
        pg.click("#lang-es")  # the switch, remembered by a cookie
        _wait_ready(pg)
        assert pg.evaluate("document.documentElement.lang") == "es"
        pg.goto(server.url + "/claims")
        assert "Afirmaciones" in pg.locator("h1").inner_text()
        pg.click("#lang-en")
        assert "Claims" in pg.locator("h1").inner_text()
    finally:
        ctx.close()


# ------------------------------------------------------------------ freshness
@pytest.fixture()
def live(browser, tmp_path):
    """A store of its own, a server that polls every half second and answers /api/sources."""
    from cronica.store import open_store
    from cronica.store.sources import SourceEntry, SourceMemory

    db = build_store(tmp_path / "live.db")
    store = open_store(str(db))
    try:  # a source `cronica watch` follows, as the watch runner records it
        memory = SourceMemory(store)
        memory.register([SourceEntry("https://example.org/rss", "Reuters")], now="2023-02-15T09:00:00Z")
        memory.feed_read("https://example.org/rss", kind="rss", status=200, etag=None, last_modified=None, items=[],
                         now="2023-02-15T09:05:00Z", next_due="2023-02-15T09:20:00Z")
    finally:
        store.close()
    app = create_app(str(db), poll_seconds=0.5)
    with Server(app) as s:
        ctx = _context(browser)
        pg = ctx.new_page()
        pg.errors = []
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        yield s, db, pg
        ctx.close()


def test_new_events_since_the_page_was_opened_and_sources(live):
    server, db, page = live
    page.goto(server.url + "/")
    _wait_ready(page)
    before = page.locator("#timeline .timeline-item").count()
    assert page.locator("#new-events").is_hidden()
    # sources: when each was last read, in Spanish
    page.wait_for_selector("#freshness:not([hidden])", timeout=10000)
    row = page.locator("#sources .source").first.inner_text()
    assert "Reuters" in row and "15 feb 2023, 09:05" in row
    # an ingest while the page is open (another connection writes the store)
    from cronica.store import open_store

    store = open_store(str(db))
    try:
        assert store_article(store, demo_article())
    finally:
        store.close()
    page.wait_for_selector("#new-events:not([hidden])", timeout=15000)
    assert "nuevo" in page.locator("#new-events-text").inner_text()
    page.click("#new-events-show")
    _wait_until(page, f"document.querySelectorAll('#timeline .timeline-item').length > {before}", 10000)
    assert page.locator("#timeline .timeline-item.is-new").count() == 2  # the demo's attack and clash
    assert not page.errors, page.errors


def test_no_sources_endpoint_shows_nothing(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    page.wait_for_timeout(500)
    assert page.locator("#freshness").is_hidden()
    assert not page.errors, page.errors


# ------------------------------------------------------------------ accessibility (axe-core from npm)
def _pages(server):
    return ["/", "/?lang=en", "/articles", f"/articles/{DEMO_ID}", f"/articles/{HOSTILE_ID}", "/entities",
            "/entities/1", "/claims", "/claims?status=contested", "/nothing-here"]


def test_every_page_passes_axe(browser, server):
    if not AXE.is_file():
        pytest.skip(f"axe-core not installed at {AXE} (make web-assets)")
    ctx = _context(browser, bypass_csp=True)  # to inject axe itself; the pages keep their own policy otherwise
    pg = ctx.new_page()
    problems = {}
    try:
        for path in _pages(server):
            pg.goto(server.url + path)
            if path.startswith("/?") or path == "/":
                _wait_ready(pg)
                pg.wait_for_timeout(300)
            pg.add_script_tag(path=str(AXE))
            result = pg.evaluate("axe.run(document, {resultTypes: ['violations']})")
            bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
                   if v["impact"] in ("serious", "critical")]
            if bad:
                problems[path] = bad
    finally:
        ctx.close()
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


# ------------------------------------------------------------------ safety and fallbacks
def test_hostile_article_text_is_inert(page, server):
    page.goto(server.url + f"/articles/{HOSTILE_ID}")
    page.wait_for_selector("#article-text")
    page.hover("#article-text")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert "<b onmouseover=window.__pwned=3>nada</b>" in text
    for sel in ("#article-text script", "#article-text img", "#article-text b", "main script", "main img"):
        assert page.locator(sel).count() == 0, sel
    assert "<script>" in page.locator("#article-title").inner_text()
    assert not page.errors, page.errors


def test_without_base_map_markers_still_show(browser, bare_server):
    ctx = _context(browser)
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        pg.goto(bare_server.url + "/")
        _wait_ready(pg)
        located = _located(pg.request.get(bare_server.url + "/api/view/events").json()["items"])
        assert pg.locator("#basemap-note").is_visible()
        assert pg.locator("#map .event-marker").count() == len(located) > 0
        assert pg.evaluate("typeof window.L") == "undefined"
        assert pg.locator("#histogram .bar-group").count() > 0
        assert not errors, errors
    finally:
        ctx.close()
