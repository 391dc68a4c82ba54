"""The FastAPI application: the store per thread, error handling, security headers, static files."""
from __future__ import annotations

import logging
import os
import sys
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from ..errors import CronicaError, StoreError, UsageError

log = logging.getLogger("cronica.server")

WEB_DIR = Path(__file__).resolve().parent.parent / "web"

# pages: scripts and data only from this server (no CDN, no inline script); styles may be inline
# because Leaflet positions its panes with style attributes
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def default_assets_dir() -> Path:
    """Where ``make web-assets`` installs leaflet, world-atlas and topojson-client."""
    env = os.environ.get("CRONICA_WEB_ASSETS")
    if env:
        return Path(env)
    return Path(sys.prefix) / "share" / "cronica" / "npm" / "node_modules"


class StoreProvider:
    """One read-only store connection per worker thread (SQLite in WAL mode lets readers go on
    while an ingest writes); all closed when the app stops."""

    def __init__(self, url: str):
        self.url = url
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list = []

    def get(self):
        store = getattr(self._local, "store", None)
        if store is None:
            from ..store import open_store

            store = open_store(self.url)
            store.read_only()  # this connection can never write (SQLite)
            self._local.store = store
            with self._lock:
                self._open.append(store)
        return store

    def close_all(self) -> None:
        with self._lock:
            stores, self._open = self._open, []
        for s in stores:
            try:
                s.close()
            except Exception as e:  # closing from another thread may fail; the process ends anyway
                log.debug("closing store: %s", e)


def _check_url(db_url: str) -> str:
    if db_url.startswith(("postgresql://", "postgres://")):
        return db_url
    path = db_url[len("sqlite:///"):] if db_url.startswith("sqlite:///") else db_url
    if path != ":memory:" and not os.path.exists(path):
        raise UsageError(f"no store at {path}; create it with `cronica ingest FILES --db {path}`")
    return db_url


def _is_api(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api/") or p == "/api" or p.endswith(".json") or p.endswith(".geojson")


def _error(status: int, message: str, details: Optional[list] = None) -> JSONResponse:
    body: dict = {"error": message, "status": status}
    if details:
        body["details"] = details
    return JSONResponse(body, status_code=status)


def create_app(db_url: str, assets_dir: Optional[str | os.PathLike] = None, poll_seconds: float = 60.0) -> FastAPI:
    """The API and the pages over the store at ``db_url`` (SQLite path or ``postgresql://`` URL).

    ``assets_dir`` is the ``node_modules`` folder with leaflet, world-atlas and topojson-client
    (default: ``$CRONICA_WEB_ASSETS``, else ``<venv>/share/cronica/npm/node_modules``); without it
    the map page draws its markers without a base map and says so. ``poll_seconds``: how often
    the map page asks for events stored since it was opened.
    """
    from ..web.boundaries import Boundaries
    from ..web.pages import render_error, router as pages_router
    from .api import router as api_router
    from .views_api import router as views_router

    stores = StoreProvider(_check_url(db_url))
    stores.get()  # open once now: a bad URL or an unreadable file fails here, not on the first request
    vendor = Path(assets_dir) if assets_dir is not None else default_assets_dir()
    has_vendor = (vendor / "leaflet" / "dist" / "leaflet.js").is_file()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close_all()

    app = FastAPI(
        title="cronica", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Read-only API over a cronica store: articles, entities, statements (who said what), "
                    "events (merged across articles) and claims. Lists take `limit` (1..500) and `offset`.",
    )
    app.state.stores = stores
    app.state.has_vendor = has_vendor
    app.state.vendor_dir = vendor
    app.state.boundaries = Boundaries(vendor)
    app.state.poll_seconds = max(0.2, float(poll_seconds))
    app.add_middleware(GZipMiddleware, minimum_size=2048)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if request.url.path != "/docs":
            response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        return response

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError):
        details = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
            details.append({"param": ".".join(loc), "message": e.get("msg", "invalid")})
        msg = "; ".join(f"{d['param']}: {d['message']}" for d in details) or "invalid request"
        if not _is_api(request):
            return render_error(request, 422, msg)
        return _error(422, msg, details)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException):
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"nothing at {request.url.path}"
        if not _is_api(request):
            return render_error(request, exc.status_code, msg)
        return _error(exc.status_code, msg)

    @app.exception_handler(UsageError)
    async def on_usage(request: Request, exc: UsageError):
        return _error(422, exc.message) if _is_api(request) else render_error(request, 422, exc.message)

    @app.exception_handler(StoreError)
    async def on_store(request: Request, exc: StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return _error(503, "the store could not answer; try again") if _is_api(request) else \
            render_error(request, 503, "the store could not answer; try again")

    @app.exception_handler(CronicaError)
    async def on_cronica(request: Request, exc: CronicaError):
        return _error(400, str(exc))

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, "internal error")

    app.include_router(views_router)
    app.include_router(api_router)
    app.include_router(pages_router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # the Swagger UI from the npm folder when installed there (swagger-ui-dist), else FastAPI's CDN default
        local = vendor / "swagger-ui-dist"
        if (local / "swagger-ui-bundle.js").is_file():
            return get_swagger_ui_html(openapi_url="/openapi.json", title="cronica API",
                                       swagger_js_url="/static/vendor/swagger-ui-dist/swagger-ui-bundle.js",
                                       swagger_css_url="/static/vendor/swagger-ui-dist/swagger-ui.css")
        return get_swagger_ui_html(openapi_url="/openapi.json", title="cronica API")

    if has_vendor:
        app.mount("/static/vendor", StaticFiles(directory=str(vendor)), name="vendor")
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    return app
