"""The store's memory of what ``cronica watch`` follows: each source (feed or sitemap) with its
fetch state, and each page a source listed with what became of it.

    memory = SourceMemory(store)
    memory.register([SourceEntry("https://example.org/rss", outlet="El Observador")])
    memory.feed_read(url, status=200, etag=..., last_modified=..., items=feed.items, ...)
    for page in memory.pending(): ...; memory.page_done(page.url, "stored", article_id=...)

A page is written as ``pending`` in the same transaction that records the feed's new ``ETag``,
so a crash between reading a feed and storing its articles loses nothing: the next pass takes
the pending pages up again, even when the feed answers 304. Pages are taken in a fixed order
(``turn``, ``seq``: one page per host in turn, so that while one host's delay runs another is
asked), which a pass resumed after a kill continues unchanged.

Page states: ``pending`` (to fetch), ``stored`` (full text stored), ``summary`` (the page could
not be had or robots.txt forbids it: the feed's own content stored, ``reason`` says why),
``failed`` (nothing could be stored, ``reason`` says why).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterable, Optional

from ..errors import UsageError
from ..ingest.feeds import FeedItem
from ..ingest.fetch import host_key

PAGE_STATES = ("pending", "stored", "summary", "failed")


@dataclass(frozen=True)
class SourceEntry:
    """One line of a SOURCES file: a feed or sitemap URL and the outlet name the user gave it."""

    url: str
    outlet: Optional[str] = None


@dataclass
class SourceState:
    url: str
    outlet: Optional[str]
    kind: Optional[str]  # rss, atom, sitemap, sitemapindex (once read)
    active: bool  # listed in the SOURCES file last read
    added_at: str
    last_fetch: Optional[str]
    last_status: Optional[int]  # HTTP status of the last answer (304: unchanged), None when none came
    etag: Optional[str]
    last_modified: Optional[str]
    last_error: Optional[str]
    failures: int  # consecutive failed fetches
    next_due: Optional[str]
    articles: int = 0  # pages of this source stored (full text or feed content)
    pending: int = 0
    summaries: int = 0  # of ``articles``, those stored from the feed's content only
    failed_pages: int = 0

    @property
    def health(self) -> str:
        """new (never read), ok, failing (last fetch failed) or inactive (no longer listed)."""
        if not self.active:
            return "inactive"
        if self.failures:
            return "failing"
        return "ok" if self.last_fetch else "new"

    def to_dict(self) -> dict:
        return {**asdict(self), "state": self.health}


@dataclass
class PageRecord:
    url: str  # the page, or a ``urn:cronica:item:`` key for a feed entry without a link
    source_url: str
    host: str
    seq: int
    turn: int
    state: str
    title: Optional[str]
    summary: Optional[str]
    published: Optional[str]
    outlet: Optional[str]
    article_id: Optional[str]
    http_status: Optional[int]
    reason: Optional[str]
    published_from: Optional[str]  # page / feed / None
    first_seen: str
    done_at: Optional[str]

    def item(self) -> FeedItem:
        """The feed entry this page came from (what is stored when the page cannot be had)."""
        return FeedItem(url=self.url if self.url.startswith(("http://", "https://")) else None,
                        title=self.title, summary=self.summary or "", published=self.published, outlet=self.outlet)


_SOURCE_COLS = ("url, outlet, kind, active, added_at, last_fetch, last_status, etag, last_modified, last_error, "
                "failures, next_due")
_PAGE_COLS = ("url, source_url, host, seq, turn, state, title, summary, published, outlet, article_id, http_status, "
              "reason, published_from, first_seen, done_at")


class SourceMemory:
    """Reads and writes the ``sources`` and ``pages`` tables of a :class:`~cronica.store.Store`;
    every write is one transaction."""

    def __init__(self, store):
        self.store = store

    # ------------------------------------------------------------ sources
    def register(self, entries: Iterable[SourceEntry], now: str) -> None:
        """Add the sources not yet known, update their outlet names, and mark as active exactly
        the ones listed (a source dropped from the file keeps its history but is not fetched)."""
        entries = list(entries)
        with self.store.transaction():
            self.store.execute("UPDATE sources SET active = 0")
            for position, e in enumerate(entries):
                self.store.execute(
                    "INSERT INTO sources (url, outlet, active, position, added_at) VALUES (?, ?, 1, ?, ?) "
                    "ON CONFLICT (url) DO UPDATE SET outlet = EXCLUDED.outlet, active = 1, position = EXCLUDED.position",
                    (e.url, e.outlet, position, now))

    def sources(self, active_only: bool = False) -> list[SourceState]:
        counts: dict[str, dict[str, int]] = {}
        for r in self.store.rows("SELECT source_url, state, COUNT(*) AS n FROM pages GROUP BY source_url, state"):
            counts.setdefault(r["source_url"], {})[r["state"]] = int(r["n"])
        sql = f"SELECT {_SOURCE_COLS} FROM sources"
        if active_only:
            sql += " WHERE active = 1"
        out = []
        for r in self.store.rows(sql + " ORDER BY active DESC, position, url"):
            c = counts.get(r["url"], {})
            out.append(SourceState(
                **{**r, "active": bool(r["active"]), "failures": int(r["failures"])},
                articles=c.get("stored", 0) + c.get("summary", 0), pending=c.get("pending", 0),
                summaries=c.get("summary", 0), failed_pages=c.get("failed", 0)))
        return out

    def source(self, url: str) -> Optional[SourceState]:
        for s in self.sources():
            if s.url == url:
                return s
        return None

    def feed_unchanged(self, url: str, *, now: str, next_due: str, status: int = 304) -> None:
        """The source answered 304 (or listed nothing new): a success."""
        with self.store.transaction():
            self.store.execute(
                "UPDATE sources SET last_fetch = ?, last_status = ?, last_error = NULL, failures = 0, next_due = ? "
                "WHERE url = ?", (now, status, next_due, url))

    def feed_read(self, url: str, *, kind: str, status: int, etag: Optional[str], last_modified: Optional[str],
                  items: list[FeedItem], now: str, next_due: str, keys: Optional[list[str]] = None) -> int:
        """Record a feed read: its validators and every item not seen before as a ``pending``
        page, in one transaction. ``keys``: each item's key (default its URL). The new pages."""
        keys = keys or [it.key(url) for it in items]
        new = 0
        with self.store.transaction():
            known = self._known(keys)
            seq = int(self.store.scalar("SELECT COALESCE(MAX(seq), 0) FROM pages"))
            turns: dict[str, int] = {}
            for key, it in zip(keys, items):
                if key in known:
                    continue
                known.add(key)
                host = host_key(key) if key.startswith(("http://", "https://")) else host_key(url)
                if host not in turns:
                    turns[host] = int(self.store.scalar(
                        "SELECT COUNT(*) FROM pages WHERE host = ? AND state = 'pending'", (host,)))
                seq += 1
                self.store.execute(
                    f"INSERT INTO pages ({_PAGE_COLS}) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, NULL, NULL, NULL, "
                    "NULL, ?, NULL) ON CONFLICT (url) DO NOTHING",
                    (key, url, host, seq, turns[host], it.title, it.summary or None, it.published, it.outlet, now))
                turns[host] += 1
                new += 1
            self.store.execute(
                "UPDATE sources SET kind = ?, last_fetch = ?, last_status = ?, etag = ?, last_modified = ?, "
                "last_error = NULL, failures = 0, next_due = ? WHERE url = ?",
                (kind, now, status, etag, last_modified, next_due, url))
        return new

    def _known(self, keys: list[str]) -> set[str]:
        out: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            out |= {r["url"] for r in self.store.rows(
                f"SELECT url FROM pages WHERE url IN ({','.join('?' * len(chunk))})", chunk)}
        return out

    def feed_failed(self, url: str, *, error: str, status: Optional[int], now: str, next_due: str) -> int:
        """Record a failed fetch; the source's consecutive failures after it."""
        with self.store.transaction():
            self.store.execute(
                "UPDATE sources SET last_fetch = ?, last_status = ?, last_error = ?, failures = failures + 1, "
                "next_due = ? WHERE url = ?", (now, status, error, next_due, url))
            return int(self.store.scalar("SELECT failures FROM sources WHERE url = ?", (url,)) or 0)

    def failures(self, url: str) -> int:
        return int(self.store.scalar("SELECT failures FROM sources WHERE url = ?", (url,)) or 0)

    # ------------------------------------------------------------ pages
    def pending(self, source_urls: Optional[Iterable[str]] = None) -> list[PageRecord]:
        """The pages still to fetch, in the order to fetch them (one per host in turn)."""
        rows = self.store.rows(f"SELECT {_PAGE_COLS} FROM pages WHERE state = 'pending' ORDER BY turn, seq")
        if source_urls is not None:
            wanted = set(source_urls)
            rows = [r for r in rows if r["source_url"] in wanted]
        return [PageRecord(**r) for r in rows]

    def page(self, url: str) -> Optional[PageRecord]:
        r = self.store.one(f"SELECT {_PAGE_COLS} FROM pages WHERE url = ?", (url,))
        return PageRecord(**r) if r else None

    def pages(self, source_url: Optional[str] = None) -> list[PageRecord]:
        sql, params = f"SELECT {_PAGE_COLS} FROM pages", ()
        if source_url:
            sql, params = sql + " WHERE source_url = ?", (source_url,)
        return [PageRecord(**r) for r in self.store.rows(sql + " ORDER BY seq", params)]

    def page_done(self, url: str, state: str, *, now: str, article_id: Optional[str] = None,
                  http_status: Optional[int] = None, reason: Optional[str] = None,
                  published_from: Optional[str] = None) -> None:
        if state not in PAGE_STATES or state == "pending":
            raise UsageError(f"a page ends stored, summary or failed, not {state!r}")
        with self.store.transaction():
            self.store.execute(
                "UPDATE pages SET state = ?, article_id = ?, http_status = ?, reason = ?, published_from = ?, "
                "done_at = ? WHERE url = ?", (state, article_id, http_status, reason, published_from, now, url))

    def new_since(self, since: str) -> dict[str, int]:
        """Per source, the articles stored at or after ``since`` (an ISO timestamp, UTC)."""
        return {r["source_url"]: int(r["n"]) for r in self.store.rows(
            "SELECT source_url, COUNT(*) AS n FROM pages WHERE state IN ('stored', 'summary') AND done_at >= ? "
            "GROUP BY source_url", (since,))}
