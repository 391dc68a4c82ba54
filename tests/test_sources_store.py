"""The store's memory of watched sources and their pages, on SQLite and on a real PostgreSQL."""
from __future__ import annotations

import pytest

from cronica.errors import UsageError
from cronica.ingest.feeds import FeedItem
from cronica.store import open_store
from cronica.store.migrations import MIGRATIONS
from cronica.store.sources import SourceEntry, SourceMemory

from newsite import TEXTS, first_sentence

FEED_A = "https://elobservador.example/rss.xml"
FEED_B = "https://agencia.example/atom"
T0, T1, T2 = "2025-08-27T10:00:00Z", "2025-08-27T10:15:00Z", "2025-08-27T10:30:00Z"


def items(host: str, n: int) -> list[FeedItem]:
    texts = list(TEXTS.values())
    return [FeedItem(url=f"https://{host}/n/{i}.html", title=f"Noticia {i}", summary=first_sentence(texts[i % 3]),
                     published="2025-08-27") for i in range(n)]


def check_memory(store) -> None:
    mem = SourceMemory(store)
    mem.register([SourceEntry(FEED_A, "El Observador"), SourceEntry(FEED_B)], T0)
    assert [(s.url, s.health) for s in mem.sources()] == [(FEED_A, "new"), (FEED_B, "new")]

    new = mem.feed_read(FEED_A, kind="rss", status=200, etag='"a1"', last_modified="Wed, 27 Aug 2025 08:00:00 GMT",
                        items=items("elobservador.example", 3), now=T0, next_due=T1)
    assert new == 3
    assert mem.feed_read(FEED_B, kind="atom", status=200, etag=None, last_modified=None,
                         items=items("agencia.example", 2) + items("elobservador.example", 1), now=T0, next_due=T1) == 2
    # one page per host in turn, in the order they were listed
    order = [p.url for p in mem.pending()]
    assert order == ["https://elobservador.example/n/0.html", "https://agencia.example/n/0.html",
                     "https://elobservador.example/n/1.html", "https://agencia.example/n/1.html",
                     "https://elobservador.example/n/2.html"]
    assert mem.page(order[0]).summary == first_sentence(list(TEXTS.values())[0])
    assert mem.page(order[0]).item().url == order[0]

    mem.page_done(order[0], "stored", now=T1, article_id="a1", http_status=200, published_from="page")
    mem.page_done(order[1], "summary", now=T1, article_id="a2", http_status=404, reason="HTTP 404 [E107]")
    mem.page_done(order[2], "failed", now=T1, reason="no article text found in the HTML [E105]")
    with pytest.raises(UsageError):
        mem.page_done(order[3], "pending", now=T1)
    assert [p.url for p in mem.pending()] == order[3:]

    mem.feed_unchanged(FEED_A, now=T1, next_due=T2)
    assert mem.feed_failed(FEED_B, error="HTTP 500 [E107]", status=500, now=T1, next_due=T2) == 1
    assert mem.feed_failed(FEED_B, error="HTTP 500 [E107]", status=500, now=T2, next_due=T2) == 2
    a, b = mem.sources()
    assert (a.health, a.last_status, a.etag, a.failures, a.articles, a.pending, a.failed_pages) == \
        ("ok", 304, '"a1"', 0, 1, 1, 1)
    assert (b.health, b.failures, b.last_error, b.articles, b.summaries, b.pending) == \
        ("failing", 2, "HTTP 500 [E107]", 1, 1, 1)
    assert mem.new_since(T1) == {FEED_A: 1, FEED_B: 1} and mem.new_since(T2) == {}
    # a source taken off the list keeps its history and is no longer active
    mem.register([SourceEntry(FEED_A, "El Observador (Internacional)")], T2)
    assert [s.url for s in mem.sources(active_only=True)] == [FEED_A]
    assert mem.source(FEED_B).health == "inactive" and mem.source(FEED_A).outlet == "El Observador (Internacional)"
    # a page listed again (by the same feed or another) is never added twice
    assert mem.feed_read(FEED_A, kind="rss", status=200, etag='"a2"', last_modified=None,
                         items=items("elobservador.example", 4), now=T2, next_due=T2) == 1
    assert len(mem.pages()) == 6


def test_memory_sqlite(tmp_path):
    store = open_store(str(tmp_path / "m.db"))
    try:
        check_memory(store)
    finally:
        store.close()


@pytest.mark.postgres
def test_memory_postgres(pg_url):
    store = open_store(pg_url)
    try:
        check_memory(store)
    finally:
        store.close()


def test_migrations_are_numbered_without_gaps():
    assert [v for v, _, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
