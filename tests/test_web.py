"""The web pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
the map draws one marker per located event with the timeline beside it, the filters work,
clicking an event shows its reports and sources, a hostile article text stays inert, and
nothing is fetched from outside the server. Skipped when Chromium or Playwright is absent."""
from __future__ import annotations

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

from _webdata import DEMO_ID, HOSTILE_ID, build_store  # noqa: E402
from cronica.server import create_app  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn in a thread on a free port."""

    def __init__(self, app):
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


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1300, "height": 900})
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
    return [e for e in events if e["place"] and e["place"]["lat"] is not None]


def _wait_until(page, js: str, timeout_ms: int = 10000) -> None:
    """Poll a JS expression (page.wait_for_function would need 'unsafe-eval', which our CSP forbids)."""
    deadline = time.time() + timeout_ms / 1000
    while not page.evaluate(js):
        if time.time() > deadline:
            raise AssertionError(f"timed out waiting for {js}")
        time.sleep(0.1)


def _wait_ready(page):
    page.wait_for_selector("body[data-ready='true']", timeout=20000)


def test_home_map_markers_and_timeline(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    events = _api(page, server, "/api/events?merged=true&limit=500")["items"]
    located = _located(events)
    assert located, "the test store has located events"
    assert page.locator("#map .event-marker").count() == len(located)
    assert page.locator("#timeline .timeline-item").count() == len(events)
    _wait_until(page, "document.querySelectorAll('#map .leaflet-overlay-pane path').length > 100", 20000)
    assert page.locator("#basemap-note").count() == 0
    assert page.evaluate("typeof window.L") == "object"
    assert not page.errors, page.errors
    assert not page.foreign, page.foreign  # nothing from the internet


def test_filters_by_type_and_text(page, server):
    page.goto(server.url + "/")
    _wait_ready(page)
    attacks = _api(page, server, "/api/events?merged=true&type=attack&limit=500")["items"]
    assert attacks
    page.evaluate("document.body.dataset.ready = 'false'")
    page.select_option("#f-type", "attack")
    _wait_ready(page)
    assert page.locator("#map .event-marker").count() == len(_located(attacks))
    assert page.locator("#timeline .timeline-item").count() == len(attacks)
    assert page.locator("#timeline .timeline-item:not(.ev-attack)").count() == 0
    # text: full-text over the reports; only the demo attack's article says "Synehubov"
    page.evaluate("document.body.dataset.ready = 'false'")
    page.fill("#f-q", "Synehubov")
    _wait_ready(page)
    _wait_until(page, "document.querySelectorAll('#timeline .timeline-item').length === 1", 10000)
    assert "Járkov" in page.locator("#timeline .timeline-item").first.inner_text()
    assert page.locator("#map .event-marker").count() == 1
    # dates: nothing in 2019
    page.evaluate("document.body.dataset.ready = 'false'")
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
    reports = page.locator("#detail-reports").inner_text()
    assert "Misiles contra Járkov" in reports
    assert "disputed" in page.locator("#detail-body .facts").inner_text()
    href = page.locator("#detail-reports a").first.get_attribute("href")
    assert href.startswith(f"/articles/{DEMO_ID}")


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


def test_without_base_map_markers_still_show(browser, bare_server):
    pg = browser.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        pg.goto(bare_server.url + "/")
        _wait_ready(pg)
        located = _located(pg.request.get(bare_server.url + "/api/events?merged=true&limit=500").json()["items"])
        assert pg.locator("#basemap-note").is_visible()
        assert pg.locator("#map .event-marker").count() == len(located) > 0
        assert pg.evaluate("typeof window.L") == "undefined"
        assert not errors, errors
    finally:
        pg.close()
