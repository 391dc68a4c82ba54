"""``cronica watch``: follow feeds and news sitemaps to the full articles, politely, and store
what is new through the same extraction, storing and linking as ``cronica ingest``.

One pass: (1) every source due is asked for its list, conditionally (``If-None-Match`` /
``If-Modified-Since``); new entries are remembered as pending pages in the same transaction as
the source's new state; (2) every pending page is fetched (robots.txt obeyed, one request per
host per ``delay``), its article extracted without the site's chrome and stored; a page that
cannot be had gets the feed's own content stored with a warning instead. A failing source backs
off (``every`` x 2, 4, 8... up to a day, or what ``Retry-After`` asks); the others go on.

    with Fetcher(policy, stop=stop) as fetcher:
        summary = Watcher(store, fetcher).run_pass(entries, force=True)
"""
from __future__ import annotations

import hashlib
import logging
import re
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from ..errors import CronicaError, EmptyInput, FetchStopped, InputError, RobotsForbidden, UsageError
from ..ingest import Failed
from ..ingest.feeds import FeedItem, canonical_url, parse_feed
from ..ingest.fetch import FEED_ACCEPT, PAGE_ACCEPT, Fetcher, FetchPolicy
from ..ingest.pages import FEED_DATE_WARNING, page_to_source
from ..ingest.readers import item_to_source
from ..model import Article, Source
from ..store.sources import PageRecord, SourceEntry, SourceMemory
from .local import IngestSummary
from .write import store_article

log = logging.getLogger("cronica")

DEFAULT_EVERY = 15.0  # minutes between passes
MAX_BACKOFF = 24 * 3600.0  # a failing source is asked at least once a day
MAX_CHILD_SITEMAPS = 3  # of a sitemap index, the newest few


def page_article_id(key: str) -> str:
    """A watched article's id: named after its page (the input's own name for it, as a JSON Lines
    ``id`` is), so the same text republished at another address is a second article, which the
    store can mark as a copy of the first, and a page fetched again after a crash is the same."""
    return "w" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


# ---------------------------------------------------------------- the SOURCES file
def read_sources_file(path: Union[str, Path]) -> tuple[list[SourceEntry], list[str]]:
    """The sources listed in a SOURCES file, one URL per line (blank lines and ``#`` comments
    ignored), optionally followed by ``outlet=NAME`` (``outlet="El País"`` for a name with spaces).
    Lines that are not that come back as one-line problems; the rest is read."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"cannot read the sources file {path}: {getattr(e, 'strerror', None) or e}") from e
    entries: list[SourceEntry] = []
    problems: list[str] = []
    seen: set[str] = set()
    for n, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        url, _, rest = line.partition(" ")
        rest, outlet, bad = rest.strip(), None, None
        if rest.startswith("outlet="):
            outlet = rest[len("outlet="):].strip()
            if len(outlet) >= 2 and outlet[0] == outlet[-1] and outlet[0] in "\"'":
                outlet = outlet[1:-1].strip()
            outlet = outlet or None
        elif rest:
            bad = f"unknown option {rest.split()[0]!r} (use outlet=NAME)"
        if not re.match(r"https?://[^\s/]+", url, re.I):
            bad = f"not an http(s) URL: {url!r}"
        if bad:
            problems.append(f"{path}:{n}: {bad} [E400]")
            continue
        url = canonical_url(url)
        if url not in seen:
            seen.add(url)
            entries.append(SourceEntry(url, outlet))
    return entries, problems


# ---------------------------------------------------------------- one pass
@dataclass
class PassSummary:
    sources: int = 0  # sources asked
    unchanged: int = 0  # 304, or nothing new listed
    failed_sources: int = 0
    waiting: int = 0  # not asked: backing off after failures
    new_items: int = 0  # entries seen for the first time
    stored: int = 0  # articles stored with the page's full text
    summaries: int = 0  # stored from the feed's own content (the page could not be had or is forbidden)
    unfetched: int = 0  # of ``summaries``, pages that failed (not forbidden)
    forbidden: int = 0  # pages robots.txt forbids (their feed content stored when there is any)
    failed_pages: int = 0  # pages of which nothing could be stored
    already: int = 0  # pages whose article was stored before (the same text)
    stopped: bool = False
    errors: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """3 when a source or a page failed (robots.txt forbidding a page is no failure)."""
        return 3 if self.failed_sources or self.failed_pages or self.unfetched else 0

    def line(self) -> str:
        waiting = f", {self.waiting} backing off" if self.waiting else ""
        return (f"{self.sources} sources read ({self.unchanged} unchanged, {self.failed_sources} failed{waiting}), "
                f"{self.new_items} new items: {self.stored} stored in full, {self.summaries} from the feed only, "
                f"{self.forbidden} forbidden by robots.txt, {self.failed_pages} failed, {self.already} already stored"
                + (" (stopped)" if self.stopped else ""))


@dataclass
class _Outcome:
    """What became of a page, known before its article is stored."""

    state: str  # stored / summary
    http_status: Optional[int] = None
    reason: Optional[str] = None
    forbidden: bool = False


class Watcher:
    """Passes over a list of sources with one store and one polite fetcher."""

    def __init__(self, store, fetcher: Fetcher, *, every: float = DEFAULT_EVERY,
                 stop: Optional[threading.Event] = None, clock: Callable[[], datetime] = utc_now):
        if every <= 0:
            raise UsageError(f"--every must be more than 0 minutes, not {every}")
        self.store = store
        self.memory = SourceMemory(store)
        self.fetcher = fetcher
        self.every = every
        self.stop = stop or threading.Event()
        self.clock = clock

    # ------------------------------------------------------------ pass
    def run_pass(self, entries: list[SourceEntry], *, force: bool = True) -> PassSummary:
        """One pass. ``force``: ask every source now (``--once``); else only those due."""
        summary = PassSummary()
        start = self.clock()
        self.memory.register(entries, iso(start))
        states = {s.url: s for s in self.memory.sources(active_only=True)}
        outlets = {e.url: e.outlet for e in entries}
        for entry in entries:
            if self.stop.is_set():
                summary.stopped = True
                break
            st = states.get(entry.url)
            if not force and st is not None and st.next_due and parse_iso(st.next_due) > self.clock():
                if st.failures:
                    summary.waiting += 1
                continue
            try:
                self._read_source(entry, st, start, summary)
            except FetchStopped:
                summary.stopped = True
                break
        if not self.stop.is_set():
            self._fetch_pages(outlets, summary)
        summary.stopped = summary.stopped or self.stop.is_set()
        return summary

    def seconds_to_next_pass(self) -> float:
        """Until the next source is due (at most ``every`` minutes, at least one second)."""
        now = self.clock()
        dues = [parse_iso(s.next_due) for s in self.memory.sources(active_only=True) if s.next_due]
        wait = min([(d - now).total_seconds() for d in dues] + [self.every * 60])
        return max(1.0, wait)

    # ------------------------------------------------------------ sources
    def _next_due(self, start: datetime, failures: int = 0, retry_after: Optional[float] = None) -> str:
        wait = self.every * 60 * (2 ** max(0, failures - 1) if failures else 1)
        wait = min(wait, MAX_BACKOFF)
        if retry_after:
            wait = max(wait, retry_after)
        return iso(start + timedelta(seconds=wait))

    def _read_source(self, entry: SourceEntry, st, start: datetime, summary: PassSummary) -> None:
        summary.sources += 1
        try:
            got = self.fetcher.get(entry.url, accept=FEED_ACCEPT, etag=st.etag if st else None,
                                   last_modified=st.last_modified if st else None)
            if got.not_modified:
                self.memory.feed_unchanged(entry.url, now=iso(self.clock()), next_due=self._next_due(start))
                summary.unchanged += 1
                return
            feed = parse_feed(got.content, got.final_url)
            items = list(feed.items)
            if feed.kind == "sitemapindex":
                for child in feed.sitemaps[:MAX_CHILD_SITEMAPS]:
                    items += parse_feed(self.fetcher.get(child, accept=FEED_ACCEPT).content, child).items
        except FetchStopped:
            raise
        except InputError as e:
            self._source_failed(entry, e, start, summary)
            return
        for it in items:
            it.outlet = it.outlet or feed.title
        new = self.memory.feed_read(entry.url, kind=feed.kind, status=got.status, etag=got.etag,
                                    last_modified=got.last_modified, items=items, now=iso(self.clock()),
                                    next_due=self._next_due(start))
        summary.new_items += new
        if not new:
            summary.unchanged += 1

    def _source_failed(self, entry: SourceEntry, e: CronicaError, start: datetime, summary: PassSummary) -> None:
        failures = self.memory.failures(entry.url) + 1
        due = self._next_due(start, failures, getattr(e, "retry_after", None))
        self.memory.feed_failed(entry.url, error=f"{e.message} [{e.code}]", status=getattr(e, "status", None),
                                now=iso(self.clock()), next_due=due)
        self.store.add_failure(entry.url, e.code, e.message)
        summary.failed_sources += 1
        summary.errors.append(f"{entry.url}: {e.message} [{e.code}] (failure {failures}; next try {due})")

    # ------------------------------------------------------------ pages
    def _fetch_pages(self, outlets: dict[str, Optional[str]], summary: PassSummary) -> None:
        from ..process import extract

        pages = self.memory.pending(outlets.keys())
        if not pages:
            return
        in_hand: dict[str, tuple[PageRecord, _Outcome]] = {}
        counts = IngestSummary()

        def sources() -> Iterator[Union[Source, Failed]]:
            for page in pages:
                if self.stop.is_set():
                    return
                try:
                    item, outcome = self._obtain(page, outlets.get(page.source_url))
                except FetchStopped:
                    return
                in_hand[page.url] = (page, outcome)
                yield item

        for result in extract(sources(), batch_size=1):
            key = result.source if isinstance(result, Failed) else result.meta.source
            if key not in in_hand:  # pragma: no cover - every result names its page
                log.warning("%s: a result for no page in hand; left pending", key)
                continue
            page, outcome = in_hand.pop(key)
            self._store(page, outcome, result, counts, summary)

    def _obtain(self, page: PageRecord, outlet: Optional[str]) -> tuple[Union[Source, Failed], _Outcome]:
        item = page.item()
        if not item.url:
            return self._from_feed(page, item, outlet, "the feed entry links to no page", None)
        try:
            got = self.fetcher.get(page.url, accept=PAGE_ACCEPT)
            src = page_to_source(got, item, outlet=outlet, where=page.url)
            src.id = page_article_id(page.url)
        except FetchStopped:
            raise
        except RobotsForbidden as e:
            return self._from_feed(page, item, outlet, f"{e.message} [{e.code}]", None, forbidden=True)
        except InputError as e:
            return self._from_feed(page, item, outlet, f"{e.message} [{e.code}]", getattr(e, "status", None), error=e)
        return src, _Outcome("stored", http_status=got.status)

    def _from_feed(self, page: PageRecord, item: FeedItem, outlet: Optional[str], reason: str,
                   status: Optional[int], *, forbidden: bool = False,
                   error: Optional[InputError] = None) -> tuple[Union[Source, Failed], _Outcome]:
        """The feed's own content instead of the page (with a warning), or a failure when the
        entry has no text either."""
        res = item_to_source(item, page.url, outlet=outlet)
        outcome = _Outcome("summary", status, reason, forbidden)
        if isinstance(res, Source):
            res.id = page_article_id(page.url)
            res.warnings.insert(0, f"full text not fetched ({reason}); stored the feed's content")
            if error is not None:
                self.store.add_failure(page.url, error.code, f"{error.message}; stored the feed's content instead",
                                       "warning")
            return res, outcome
        message = f"{reason.rsplit(' [', 1)[0]}; the feed entry has no text to store instead"
        cls = RobotsForbidden if forbidden else type(error) if error is not None else EmptyInput
        return Failed(page.url, cls(message, source=page.url)), outcome

    def _store(self, page: PageRecord, outcome: _Outcome, result: Union[Article, Failed],
               counts: IngestSummary, summary: PassSummary) -> None:
        now = iso(self.clock())
        if isinstance(result, Failed):
            if outcome.forbidden:  # robots.txt said no and the feed has nothing: recorded, not an error
                summary.forbidden += 1
            else:
                summary.failed_pages += 1
                summary.errors.append(result.message)
                self.store.add_failure(result.source, result.error.code, result.error.message, "error",
                                       result.content_sha256)
            self.memory.page_done(page.url, "failed", now=now, http_status=outcome.http_status,
                                  reason=outcome.reason or result.message)
            return
        before = counts.stored
        try:
            if store_article(self.store, result):  # one page, one transaction: page_done follows it
                counts.stored += 1
        except CronicaError as e:  # the store refused it: recorded, the pass goes on
            summary.failed_pages += 1
            summary.errors.append(str(e))
            self.store.add_failure(page.url, e.code, e.message)
            self.memory.page_done(page.url, "failed", now=now, http_status=outcome.http_status, reason=str(e))
            return
        if counts.stored == before:
            summary.already += 1
        elif outcome.state == "stored":
            summary.stored += 1
        else:
            summary.summaries += 1
            summary.unfetched += not outcome.forbidden
        summary.forbidden += outcome.forbidden
        published_from = None
        if result.meta.published_basis == "extracted":
            published_from = "feed" if (outcome.state == "summary" or FEED_DATE_WARNING in result.warnings) else "page"
        self.memory.page_done(page.url, outcome.state, now=now, article_id=result.id, http_status=outcome.http_status,
                              reason=outcome.reason, published_from=published_from)


# ---------------------------------------------------------------- the command
def request_stop(stop: threading.Event) -> None:
    """Set ``stop`` from a signal handler without deadlocking: the handler runs in the main thread, which may be inside
    ``stop.wait()`` holding the event's lock (per-host delays and the wait between passes), so another thread sets it."""
    threading.Thread(target=stop.set, name="cronica-stop", daemon=True).start()


def install_stop_signals(stop: threading.Event) -> None:
    """SIGINT and SIGTERM set ``stop``: the article in hand is finished, then the watch ends."""
    if threading.current_thread() is not threading.main_thread():
        return

    def handler(signum, frame):
        if stop.is_set() and signum == signal.SIGINT:  # a second Ctrl-C: stop now
            raise KeyboardInterrupt
        log.warning("stopping after the article in hand (%s)", signal.Signals(signum).name)
        request_stop(stop)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)


def watch(sources_path: Union[str, Path], store, *, once: bool = False, every: float = DEFAULT_EVERY,
          delay: float = 1.0, settings=None, stop: Optional[threading.Event] = None,
          report: Callable[[PassSummary], None] = lambda s: None) -> int:
    """Run passes until ``stop`` is set (or one pass with ``once``); the exit code (0, or 3 when
    a source or page failed in the ``once`` pass)."""
    from ..config import load_settings

    settings = settings or load_settings()
    stop = stop or threading.Event()
    if delay < 0:
        raise UsageError(f"--delay must be 0 or more seconds, not {delay}")
    policy = FetchPolicy(user_agent=settings.user_agent, delay=delay, timeout=float(settings.fetch_timeout),
                         retries=settings.fetch_retries, max_bytes=settings.max_bytes)
    entries, problems = read_sources_file(sources_path)
    if not entries and not problems:
        raise UsageError(f"the sources file {sources_path} lists no source")
    with Fetcher(policy, stop=stop) as fetcher:
        watcher = Watcher(store, fetcher, every=every, stop=stop)
        while True:
            summary = watcher.run_pass(entries, force=once)
            summary.errors[:0] = problems
            summary.failed_sources += len(problems)
            report(summary)
            if once:
                return summary.exit_code
            if stop.is_set() or stop.wait(watcher.seconds_to_next_pass()):
                return 0
            try:
                entries, problems = read_sources_file(sources_path)  # the file may be edited while we watch
            except UsageError as e:
                problems = [f"{e} (watching the sources read before)"]

