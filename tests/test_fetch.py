"""Polite fetching against a real HTTP server on 127.0.0.1: robots.txt, per-host delay, timeouts,
size limit, retries with backoff and Retry-After, redirects, conditional requests."""
from __future__ import annotations

import threading

import pytest

from cronica.errors import FetchError, FetchStopped, RobotsForbidden, TooLarge
from cronica.ingest.fetch import FEED_ACCEPT, Fetcher, FetchPolicy, retry_after_seconds

from newsite import TEXTS, NewsSite, article_page, first_sentence, rss

UA = "cronica/0.1.0 (+https://example.org/cronica-contact)"


@pytest.fixture()
def site():
    s = NewsSite()
    s.put("/robots.txt", "User-agent: *\nDisallow: /privado/\n", content_type="text/plain")
    yield s
    s.close()


def fetcher(**kw) -> Fetcher:
    opts = dict(user_agent=UA, delay=0.0, timeout=2.0, retries=2, backoff=0.05)
    opts.update(kw)
    return Fetcher(FetchPolicy(**opts))


def test_robots_txt_is_asked_first_and_obeyed(site):
    page = article_page(TEXTS["ansa-2025-08-27"], "Tropas rusas entran en Dnipropetrovsk", "El Observador", "2025-08-27")
    ok = site.put("/internacional/tropas.html", page)
    forbidden = site.put("/privado/tropas.html", page)
    with fetcher() as f:
        got = f.get(ok)
        assert got.status == 200 and got.content_type == "text/html" and got.charset == "utf-8"
        with pytest.raises(RobotsForbidden) as e:
            f.get(forbidden)
        assert "robots.txt" in str(e.value) and e.value.code == "E108"
        assert not f.allowed(forbidden) and f.allowed(ok)
    paths = [h.path for h in site.hits]
    assert paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1  # asked once, remembered
    assert "/privado/tropas.html" not in paths  # never fetched
    assert all(h.headers["user-agent"] == UA for h in site.hits)


def test_robots_rules_for_our_agent_and_crawl_delay(site):
    site.put("/robots.txt", "User-agent: cronica\nDisallow: /solo-humanos/\nCrawl-delay: 0.3\n\n"
                            "User-agent: *\nDisallow: /\n", content_type="text/plain")
    site.put("/solo-humanos/a", "<html><body>x</body></html>")
    site.put("/noticias/a", "<html><body>a</body></html>")
    site.put("/noticias/b", "<html><body>b</body></html>")
    with fetcher() as f:  # our own group applies, not the one for everybody
        f.get(site.url("/noticias/a"))
        f.get(site.url("/noticias/b"))
        with pytest.raises(RobotsForbidden):
            f.get(site.url("/solo-humanos/a"))
    a, b = site.hits_for("/noticias/a")[0], site.hits_for("/noticias/b")[0]
    assert b.at - a.at >= 0.25  # the Crawl-delay, larger than our delay, is kept


def test_no_robots_txt_means_everything_allowed(site):
    del site.routes["/robots.txt"]  # 404
    site.put("/a", "<html><body>a</body></html>")
    with fetcher() as f:
        assert f.get(site.url("/a")).status == 200


def test_robots_txt_that_fails_stops_fetching_the_host(site):
    site.put("/robots.txt", "error", status=500, content_type="text/plain")
    site.put("/a", "<html><body>a</body></html>")
    with fetcher(retries=1) as f:
        with pytest.raises(FetchError) as e:
            f.get(site.url("/a"))
    assert e.value.transient and "robots.txt unreachable" in str(e.value)
    assert not site.hits_for("/a")  # RFC 9309: robots.txt unreachable means nothing is fetched


def test_one_request_per_host_per_delay(site):
    for i in range(4):
        site.put(f"/n/{i}", f"<html><body>{i}</body></html>")
    with fetcher(delay=0.3) as f:
        for i in range(4):
            f.get(site.url(f"/n/{i}"))
    times = [h.at for h in site.hits]
    assert len(times) == 5  # robots.txt + 4 pages
    assert all(b - a >= 0.27 for a, b in zip(times, times[1:]))


def test_conditional_request_gets_304(site):
    feed = rss("El Observador", [{"title": "Rusia intensifica los ataques", "link": site.url("/a"),
                                  "summary": first_sentence(TEXTS["reuters-2023-02-15"]), "published": "2023-02-15"}])
    url = site.put("/rss.xml", feed, content_type="application/rss+xml")
    with fetcher() as f:
        first = f.get(url, accept=FEED_ACCEPT)
        assert first.status == 200 and first.etag and first.last_modified
        again = f.get(url, accept=FEED_ACCEPT, etag=first.etag, last_modified=first.last_modified)
        assert again.not_modified and again.content == b""
        by_date = f.get(url, accept=FEED_ACCEPT, last_modified=first.last_modified)
        assert by_date.not_modified
    hits = site.hits_for("/rss.xml")
    assert hits[1].headers["if-none-match"] == first.etag
    assert hits[2].headers["if-modified-since"] == first.last_modified


def test_404_fails_at_once_and_500_is_retried_with_backoff(site):
    site.put("/roto", "Internal Server Error", status=500, content_type="text/plain")
    with fetcher(retries=2, backoff=0.2) as f:
        with pytest.raises(FetchError) as e404:
            f.get(site.url("/no-existe"))
        assert e404.value.status == 404 and not e404.value.transient
        with pytest.raises(FetchError) as e500:
            f.get(site.url("/roto"))
    assert e500.value.status == 500 and e500.value.transient and "3 attempts" in str(e500.value)
    assert len(site.hits_for("/no-existe")) == 1
    hits = site.hits_for("/roto")
    assert len(hits) == 3
    assert hits[1].at - hits[0].at >= 0.18 and hits[2].at - hits[1].at >= 0.38  # 0.2 s, then 0.4 s


def test_retry_after_is_honoured(site):
    page = article_page(TEXTS["reuters-2023-02-15"], "Rusia intensifica los ataques", "El Observador", "2023-02-15")

    def busy_once(route, nth):
        from newsite import Route
        return Route(b"Too Many Requests", status=429, content_type="text/plain", headers={"Retry-After": "1"}) \
            if nth == 1 else route

    site.put("/ocupado", page, handler=busy_once)
    with fetcher(backoff=0.01) as f:
        got = f.get(site.url("/ocupado"))
    assert got.status == 200 and b"Malyar" in got.content
    first, second = site.hits_for("/ocupado")
    assert second.at - first.at >= 0.95
    with fetcher(retries=3, max_wait=5) as f:  # a wait longer than we accept: fail now, say when
        site.put("/muy-ocupado", "espere", status=503, content_type="text/plain", headers={"Retry-After": "3600"})
        with pytest.raises(FetchError) as e:
            f.get(site.url("/muy-ocupado"))
    assert e.value.retry_after == 3600 and len(site.hits_for("/muy-ocupado")) == 1


def test_slow_source_times_out(site):
    site.put("/lento", "<html><body>tarde</body></html>", delay=1.5)
    with fetcher(timeout=0.4, retries=1, backoff=0.01) as f:
        with pytest.raises(FetchError) as e:
            f.get(site.url("/lento"))
    assert e.value.transient and "timed out" in str(e.value)
    assert len(site.hits_for("/lento")) == 2


def test_redirects_are_followed_hop_by_hop(site):
    page = article_page(TEXTS["ansa-2025-08-27"], "Tropas rusas", "El Observador", "2025-08-27")
    site.put("/final", page)
    site.put("/corto", "", status=301, headers={"Location": "/medio"})
    site.put("/medio", "", status=302, headers={"Location": site.url("/final")})
    site.put("/a-privado", "", status=302, headers={"Location": "/privado/x"})
    site.put("/bucle", "", status=302, headers={"Location": "/bucle2"})
    site.put("/bucle2", "", status=302, headers={"Location": "/bucle"})
    with fetcher() as f:
        got = f.get(site.url("/corto"))
        assert got.final_url == site.url("/final") and got.redirects == [site.url("/corto"), site.url("/medio")]
        with pytest.raises(RobotsForbidden):  # a redirect into a forbidden folder is not followed
            f.get(site.url("/a-privado"))
        with pytest.raises(FetchError, match="loop"):
            f.get(site.url("/bucle"))
    assert not site.hits_for("/privado/x")


def test_oversized_page_is_refused(site):
    big = "<html><body>" + "<p>La guerra continúa en el este de Ucrania.</p>" * 50_000 + "</body></html>"
    site.put("/grande", big)
    site.put("/grande-a-trozos", big, chunked=True)  # no Content-Length: counted while reading
    with fetcher(max_bytes=200_000) as f:
        with pytest.raises(TooLarge):
            f.get(site.url("/grande"))
        with pytest.raises(TooLarge):
            f.get(site.url("/grande-a-trozos"))


def test_non_html_answer_is_reported_as_such(site):
    site.put("/informe.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", content_type="application/pdf")
    with fetcher() as f:
        got = f.get(site.url("/informe.pdf"))
    assert got.content_type == "application/pdf"  # the caller decides it is no article


def test_stop_ends_a_wait_at_once(site):
    site.put("/roto", "x", status=503, content_type="text/plain", headers={"Retry-After": "30"})
    stop = threading.Event()
    f = Fetcher(FetchPolicy(user_agent=UA, delay=0, retries=2, max_wait=60), stop=stop)
    threading.Timer(0.3, stop.set).start()
    with pytest.raises(FetchStopped):
        f.get(site.url("/roto"))
    f.close()


def test_connection_refused_is_transient():
    with fetcher(retries=1, backoff=0.01) as f:
        with pytest.raises(FetchError) as e:
            f.get("http://127.0.0.1:9/nada")
    assert e.value.transient


def test_retry_after_forms():
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert retry_after_seconds("mañana") is None and retry_after_seconds(None) is None


def test_ingest_of_a_url_is_as_polite(site, monkeypatch):
    from cronica.ingest import Failed, read_inputs
    from cronica.model import Source

    monkeypatch.setenv("CRONICA_CONTACT_URL", "https://example.org/cronica-contact")
    page = article_page(TEXTS["reuters-2023-02-15"], "Rusia intensifica los ataques", "El Observador", "2023-02-15")
    ok = site.put("/internacional/ataques.html", page)
    forbidden = site.put("/privado/ataques.html", page)
    src, = read_inputs([ok])
    assert isinstance(src, Source) and "Malyar" in src.text and src.published == "2023-02-15"
    res, = read_inputs([forbidden])
    assert isinstance(res, Failed) and res.error.code == "E108"
    assert not site.hits_for("/privado/ataques.html")
    assert {h.headers["user-agent"] for h in site.hits} == {UA}
