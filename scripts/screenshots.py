"""Screenshots of the web app for the README, one per page: docs/screenshot-home.png, -articles.png,
-article.png, -entities.png, -entity.png, -claims.png (in Spanish, the app's first language).

    .venv/bin/python scripts/screenshots.py                 # ingests examples/ into a temporary store
    .venv/bin/python scripts/screenshots.py --db cronica.db # or uses an existing store

Needs the server extra, Playwright (Python) and Debian's Chromium (/usr/bin/chromium); run
`make web-assets` first for the base map. Nothing is fetched from the internet.
"""
from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _store(db: str | None, tmp: Path) -> str:
    if db:
        return db
    from cronica.batch import ingest
    from cronica.store import open_store

    path = tmp / "screenshots.db"
    store = open_store(str(path))
    try:
        print(ingest([str(ROOT / "examples")], store).line(), file=sys.stderr)
    finally:
        store.close()
    return str(path)


def _wait(page, js: str, timeout: float = 20.0) -> None:
    end = time.time() + timeout
    while not page.evaluate(js):
        if time.time() > end:
            raise RuntimeError(f"timed out waiting for {js}")
        time.sleep(0.1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="SQLite path or postgresql:// URL (default: ingest examples/ into a temporary store)")
    ap.add_argument("--out", default=str(ROOT / "docs"), help="folder for the PNG files")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    a = ap.parse_args(argv)

    import uvicorn
    from playwright.sync_api import sync_playwright

    from cronica.server import create_app

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(_store(a.db, Path(tmp)))
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=a.chromium, args=ARGS)
                page = browser.new_page(viewport={"width": a.width, "height": a.height}, locale="es-ES",
                                        extra_http_headers={"Accept-Language": "es"})

                # home: the map fitted to the events, the histogram, the most reported (then deadliest) event opened
                page.set_viewport_size({"width": a.width, "height": a.height + 420})  # down to the histogram
                page.goto(base + "/")
                _wait(page, "document.body.dataset.ready === 'true'")
                if app.state.has_vendor:
                    _wait(page, "document.querySelectorAll('.leaflet-overlay-pane path').length > 100")
                events = page.request.get(base + "/api/view/events").json()["items"]
                located = [e for e in events if e["lat"] is not None]
                if located:
                    best = max(located, key=lambda e: (e["reports"], e["fatalities"] or 0, e["type"] == "attack"))
                    page.locator(f".timeline-item[data-id='{best['id']}']").click()
                    page.wait_for_selector("#detail-reports")
                page.evaluate("window.scrollTo(0, 0)")
                page.wait_for_timeout(800)
                page.screenshot(path=str(out / "screenshot-home.png"))
                page.set_viewport_size({"width": a.width, "height": a.height})

                page.goto(base + "/articles")
                page.wait_for_selector("h1")
                page.screenshot(path=str(out / "screenshot-articles.png"))

                # article: the one with the most statements and events
                arts = page.request.get(base + "/api/articles?limit=500").json()["items"]
                def richness(aid):
                    rec = page.request.get(base + f"/api/articles/{aid}").json()
                    return len(rec["statements"]) + len(rec["events"])
                aid = max((x["id"] for x in arts), key=richness)
                page.goto(base + f"/articles/{aid}")
                page.wait_for_selector("#article-text")
                page.screenshot(path=str(out / "screenshot-article.png"))

                page.goto(base + "/entities")
                page.wait_for_selector("h1")
                page.screenshot(path=str(out / "screenshot-entities.png"))

                # entity: the one who said most (Dmitri Peskov in the sample articles)
                people = page.request.get(base + "/api/entities?type=PER&limit=100").json()["items"]
                def said(e):
                    return len(page.request.get(base + f"/api/statements?speaker={e['name']}&limit=500").json()["items"])
                if people:
                    who = max(people, key=said)
                    page.goto(base + f"/entities/{who['id']}")
                    page.wait_for_selector("#entity-name")
                    page.screenshot(path=str(out / "screenshot-entity.png"))

                page.goto(base + "/claims?status=contested")
                page.wait_for_selector("h1")
                page.screenshot(path=str(out / "screenshot-claims.png"))
                browser.close()
        finally:
            server.should_exit = True
            thread.join(10)
    for name in ("home", "articles", "article", "entities", "entity", "claims"):
        print(out / f"screenshot-{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
