"""A small news site on 127.0.0.1 for the fetching and watching tests: a threaded ``http.server``
that serves what a test puts on it and logs every request it gets.

The article texts are real (``examples/*.txt``); the pages wrap them in the chrome of a real news
site: navigation, a cookie banner, a "Lo más leído" box, related links and a footer. Feeds carry
only a summary per item (the first sentence), as most Spanish outlets' RSS do.
"""
from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Optional

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}  # stem -> real article text

COOKIE_BANNER = (
    "Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad "
    "personalizada en base a un perfil elaborado a partir de tus hábitos de navegación. Puedes aceptar "
    "todas las cookies pulsando el botón Aceptar o configurarlas o rechazar su uso pulsando el botón Configurar.")
MOST_READ = [
    "Consulta aquí el tiempo para este fin de semana en tu provincia",
    "Horóscopo de hoy: predicción para todos los signos del zodiaco",
    "Los cinco destinos más baratos para viajar este verano",
]
FOOTER = "© 2025 Diario El Observador. Todos los derechos reservados. Aviso legal · Política de privacidad · Política de cookies"


def article_page(text: str, title: str, site: str, published: Optional[str]) -> str:
    """``text`` (paragraphs separated by blank lines) as a news site's article page."""
    paras = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())
    meta = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}T08:30:00+02:00">\n'
                '<script type="application/ld+json">'
                + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                              "datePublished": f"{published}T08:30:00+02:00"}, ensure_ascii=False)
                + "</script>")
    most = "".join(f'<li><a href="/ocio/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(MOST_READ))
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{html.escape(title)} | {html.escape(site)}</title>
<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="{html.escape(site)}">
{meta}
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>{COOKIE_BANNER}</p><button>Aceptar</button><button>Configurar</button></div>
<header><nav class="menu"><ul><li><a href="/">Portada</a></li><li><a href="/internacional/">Internacional</a></li>
<li><a href="/espana/">España</a></li><li><a href="/economia/">Economía</a></li><li><a href="/opinion/">Opinión</a></li></ul></nav>
<a class="suscribete" href="/suscripcion">Suscríbete desde 1 € al mes</a></header>
<main><article><h1>{html.escape(title)}</h1><p class="byline">Redacción Internacional</p>
{paras}
</article>
<aside class="most-read"><h2>Lo más leído</h2><ol>{most}</ol></aside>
<section class="related"><h3>Te puede interesar</h3><ul><li><a href="/ocio/9">Las mejores series para ver este mes en las plataformas</a></li></ul></section>
</main>
<footer><p>{FOOTER}</p></footer>
</body></html>"""


def first_sentence(text: str) -> str:
    para = text.strip().split("\n\n")[0]
    end = para.find(". ")
    return para[:end + 1] if end > 0 else para


def rss(title: str, items: list[dict]) -> str:
    """An RSS 2.0 feed; each item ``{"title", "link", "summary", "published" (YYYY-MM-DD)}``."""
    out = []
    for it in items:
        pub = ""
        if it.get("published"):
            d = datetime.fromisoformat(it["published"]).replace(hour=7, tzinfo=timezone.utc)
            pub = f"<pubDate>{format_datetime(d, usegmt=True)}</pubDate>"
        out.append(f"<item><title>{html.escape(it['title'])}</title><link>{html.escape(it['link'])}</link>"
                   f"<guid>{html.escape(it['link'])}</guid>{pub}"
                   f"<description>{html.escape(it.get('summary', ''))}</description></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{html.escape(title)}</title><link>/</link><description>Noticias</description>"
            + "".join(out) + "</channel></rss>")


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    conditional: bool = True  # answer 304 to a matching If-None-Match / If-Modified-Since
    chunked: bool = False  # no Content-Length: the body comes in chunks
    handler: Optional[Callable[["Route", int], "Route"]] = None  # per request: (route, nth request) -> route


@dataclass
class Hit:
    path: str
    at: float  # time.monotonic() when the request came in
    headers: dict


class NewsSite:
    """``site.put(path, body, ...)`` then ``site.url(path)``; ``site.hits`` lists every request."""

    LAST_MODIFIED = "Wed, 27 Aug 2025 08:30:00 GMT"

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                with site._lock:
                    site.hits.append(Hit(self.path, time.monotonic(), {k.lower(): v for k, v in self.headers.items()}))
                    route = site.routes.get(self.path)
                    nth = sum(1 for h in site.hits if h.path == self.path)
                if route is not None and route.handler is not None:
                    route = route.handler(route, nth)
                if route is None:
                    return self._send(404, b"<html><body><h1>404 No encontrada</h1></body></html>", "text/html")
                if route.delay:
                    time.sleep(route.delay)
                etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                if route.status == 200 and route.conditional and (
                        self.headers.get("If-None-Match") == etag
                        or (self.headers.get("If-Modified-Since") == site.LAST_MODIFIED and not self.headers.get("If-None-Match"))):
                    return self._send(304, b"", None, {"ETag": etag})
                extra = dict(route.headers)
                if route.status == 200 and route.conditional:
                    extra.setdefault("ETag", etag)
                    extra.setdefault("Last-Modified", site.LAST_MODIFIED)
                self._send(route.status, route.body, route.content_type, extra, route.chunked)

            def _send(self, status, body, ctype, headers=None, chunked=False):
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                if chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    try:
                        for i in range(0, len(body), 65536):
                            part = body[i:i + 65536]
                            self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                        self.wfile.write(b"0\r\n\r\n")
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):  # a client that hung up is no news
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def put(self, path: str, body, **kw) -> str:
        self.routes[path] = Route(body=body.encode("utf-8") if isinstance(body, str) else body, **kw)
        return self.url(path)

    def hits_for(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    def clear(self) -> None:
        with self._lock:
            self.hits.clear()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
