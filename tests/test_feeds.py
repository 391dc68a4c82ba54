"""Feeds, news sitemaps, SOURCES files and fetched pages -> typed records (no network)."""
from __future__ import annotations

import pytest

from cronica.batch.watch import read_sources_file
from cronica.errors import MalformedInput, NotAnArticle, UsageError
from cronica.ingest.feeds import FeedItem, canonical_url, parse_feed, strip_tags
from cronica.ingest.fetch import Fetched
from cronica.ingest.pages import FEED_DATE_WARNING, page_to_source

from newsite import TEXTS, article_page, first_sentence, rss

ANSA = TEXTS["ansa-2025-08-27"]
REUTERS = TEXTS["reuters-2023-02-15"]
BASE = "https://www.elobservador.example/rss/internacional.xml"


def test_rss_items_with_relative_links_and_html_summaries():
    summary = "<p>" + first_sentence(REUTERS) + "</p><p><img src='x.jpg'> <a href='/mas'>Leer más</a></p>"
    data = rss("El Observador", [
        {"title": "Rusia intensifica los ataques", "link": "/internacional/2023/02/15/ataques.html#comentarios",
         "summary": summary, "published": "2023-02-15"},
        {"title": "Tropas rusas en Dnipropetrovsk", "link": "HTTPS://WWW.ElObservador.example/a?id=7",
         "summary": first_sentence(ANSA)},
    ]).encode()
    feed = parse_feed(data, BASE)
    assert feed.kind == "rss" and feed.title == "El Observador" and len(feed.items) == 2
    a, b = feed.items
    assert a.url == "https://www.elobservador.example/internacional/2023/02/15/ataques.html"
    assert a.summary.startswith(first_sentence(REUTERS)) and "<" not in a.summary and "Leer más" in a.summary
    assert a.published == "2023-02-15" and b.published is None
    assert b.url == "https://www.elobservador.example/a?id=7"


def test_atom_feed_and_an_entry_without_link():
    data = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Agencia</title><updated>2025-08-27T10:00:00Z</updated>
<entry><title>Tropas rusas</title><link href="https://agencia.example/n/1"/><id>tag:agencia,2025:1</id>
<updated>2025-08-27T09:00:00Z</updated><summary>{first_sentence(ANSA)}</summary></entry>
<entry><title>Breve</title><id>tag:agencia,2025:2</id><updated>2025-08-27T09:30:00Z</updated>
<content type="html">&lt;p&gt;{first_sentence(REUTERS)}&lt;/p&gt;</content></entry></feed>""".encode()
    feed = parse_feed(data, "https://agencia.example/atom")
    assert feed.kind == "atom" and [it.url for it in feed.items] == ["https://agencia.example/n/1", None]
    brief = feed.items[1]
    assert brief.summary == first_sentence(REUTERS) and brief.published == "2025-08-27"
    key = brief.key("https://agencia.example/atom")
    assert key.startswith("urn:cronica:item:") and key == brief.key("https://agencia.example/atom")
    assert feed.items[0].key("x") == "https://agencia.example/n/1"


def test_news_sitemap_and_sitemap_index():
    data = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://diario.example/mundo/2025/08/27/tropas.html</loc><news:news><news:publication>
<news:name>Diario del Sur</news:name><news:language>es</news:language></news:publication>
<news:publication_date>2025-08-27T08:30:00+02:00</news:publication_date>
<news:title>Tropas rusas entran en Dnipropetrovsk</news:title></news:news></url>
<url><loc>https://diario.example/mundo/otra.html</loc><lastmod>2025-08-26</lastmod></url>
</urlset>"""
    feed = parse_feed(data, "https://diario.example/sitemap-news.xml")
    assert feed.kind == "sitemap" and len(feed.items) == 2
    a = feed.items[0]
    assert a.title == "Tropas rusas entran en Dnipropetrovsk" and a.outlet == "Diario del Sur"
    assert a.published == "2025-08-27" and a.summary == "" and feed.items[1].published == "2025-08-26"
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>/sitemap-2025-07.xml</loc><lastmod>2025-07-31</lastmod></sitemap>
<sitemap><loc>/sitemap-2025-08.xml</loc><lastmod>2025-08-27</lastmod></sitemap></sitemapindex>"""
    idx = parse_feed(index, "https://diario.example/sitemap.xml")
    assert idx.kind == "sitemapindex" and idx.sitemaps[0] == "https://diario.example/sitemap-2025-08.xml"


def test_sitemap_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secreto.txt"
    secret.write_text("CONTRASEÑA")
    data = f"""<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file://{secret}">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://d.example/&x;</loc></url></urlset>""".encode()
    try:
        feed = parse_feed(data, "https://d.example/sitemap.xml")
    except MalformedInput:
        return
    assert all("CONTRASEÑA" not in (it.url or "") for it in feed.items)


@pytest.mark.parametrize("data", [
    b'{"noticias": []}',
    b"Esto no es un feed.",
    article_page(ANSA, "Tropas rusas", "El Observador", "2025-08-27").encode(),
    b"",
])
def test_what_is_no_feed_fails_cleanly(data):
    with pytest.raises(MalformedInput) as e:
        parse_feed(data, "https://d.example/feed")
    assert "\n" not in str(e.value)


def test_strip_tags_keeps_paragraphs():
    assert strip_tags("<p>Uno &amp; dos</p><p>Tres<br>cuatro</p><script>x()</script>") == "Uno & dos\n\nTres\n\ncuatro"
    assert canonical_url("HTTP://A.example/x#y") == "http://a.example/x"
    assert canonical_url("https://a.example/n?id=7&utm_source=rss&utm_medium=feed") == "https://a.example/n?id=7"
    assert canonical_url("https://a.example/n?utm_campaign=x") == "https://a.example/n"


def test_sources_file(tmp_path):
    f = tmp_path / "fuentes.txt"
    f.write_text("# medios\n\nhttps://elpais.example/rss/internacional.xml outlet=\"El País\"\n"
                 "https://efe.example/feed outlet=EFE   # agencia\n"
                 "https://diario.example/sitemap-news.xml\n"
                 "https://efe.example/feed#otra-vez outlet=EFE\n"
                 "elpais.example/rss\n"
                 "https://x.example/rss cada=5\n"
                 "https://larepublica.example/rss outlet=L'Espresso de Lima\n", encoding="utf-8")
    entries, problems = read_sources_file(f)
    assert [(e.url, e.outlet) for e in entries] == [
        ("https://elpais.example/rss/internacional.xml", "El País"), ("https://efe.example/feed", "EFE"),
        ("https://diario.example/sitemap-news.xml", None), ("https://larepublica.example/rss", "L'Espresso de Lima")]
    assert len(problems) == 2 and ":7:" in problems[0] and "cada=5" in problems[1]
    with pytest.raises(UsageError):
        read_sources_file(tmp_path / "no-existe.txt")


def _fetched(html: bytes, ctype="text/html", charset="utf-8", url="https://d.example/n/1.html") -> Fetched:
    return Fetched(url=url, final_url=url, status=200, content=html, content_type=ctype, charset=charset)


def test_page_to_source_dates_from_page_or_feed():
    item = FeedItem(url="https://d.example/n/1.html", title="Rusia intensifica los ataques",
                    summary=first_sentence(REUTERS), published="2023-02-14")
    dated = page_to_source(_fetched(article_page(REUTERS, "Rusia intensifica los ataques", "El Observador",
                                                 "2023-02-15").encode()), item)
    assert dated.published == "2023-02-15" and dated.published_basis == "extracted"  # the page wins over the feed
    assert FEED_DATE_WARNING not in dated.warnings and dated.outlet == "El Observador"
    assert dated.text.startswith("Reforzada por decenas de miles") and dated.is_html
    undated = page_to_source(_fetched(article_page(REUTERS, "Rusia intensifica los ataques", "El Observador",
                                                   None).encode()), item, outlet="Reuters")
    assert undated.published == "2023-02-14" and FEED_DATE_WARNING in undated.warnings
    assert undated.outlet == "Reuters"  # the name the user gave wins


def test_page_charsets_and_content_types():
    page = article_page(ANSA, "Tropas rusas", "El Observador", "2025-08-27")
    latin = page.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("latin-1", errors="replace")
    item = FeedItem(url="https://d.example/n/1.html", title="Tropas rusas")
    src = page_to_source(_fetched(latin, charset=None), item)
    assert "Volodimir Zelensky" in src.text and "Moscú" in src.text and not src.warnings
    sniffed = page_to_source(_fetched(page.encode(), ctype="text/plain", charset=None), item)
    assert "Peskov" in sniffed.text
    with pytest.raises(NotAnArticle):
        page_to_source(_fetched(b"%PDF-1.4\n", ctype="application/pdf", charset=None), item)
    with pytest.raises(NotAnArticle):
        page_to_source(_fetched(ANSA.encode(), ctype="text/plain"), item)
    with pytest.raises(MalformedInput):
        page_to_source(_fetched(b"<html><body><nav>Portada</nav></body></html>"), item)
