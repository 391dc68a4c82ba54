"""Polite HTTP for ``cronica watch`` (httpx): robots.txt first, at most one request per host per
``delay`` seconds, timeouts, a size limit, retries with exponential backoff on timeouts, 429 and
5xx (``Retry-After`` honoured), redirects followed hop by hop (each hop asks robots.txt and waits
its turn) and conditional requests (``If-None-Match`` / ``If-Modified-Since``).

    fetcher = Fetcher(FetchPolicy(user_agent="cronica/0.1.0 (+https://example.org/contact)"))
    got = fetcher.get(url, accept=FEED_ACCEPT, etag=old_etag)   # Fetched, or raises an InputError
    if got.not_modified: ...

Every failure is an :class:`~cronica.errors.InputError`: ``FetchError`` (network, HTTP status;
``transient`` when trying later may help), ``RobotsForbidden``, ``TooLarge``, ``FetchStopped``.
"""
from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass, field
from datetime import timezone
from typing import Optional
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError, FetchStopped, RobotsForbidden, TooLarge, UsageError
from .readers import MAX_BYTES

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
ROBOTS_ACCEPT = "text/plain, */*;q=0.1"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 §2.5: at least 500 KiB must be read


@dataclass(frozen=True)
class FetchPolicy:
    """How politely to fetch. ``delay``: seconds between two requests to one host (a larger
    ``Crawl-delay`` in robots.txt wins, up to ``max_wait``); ``timeout``: seconds for one request,
    body included; ``retries`` after a timeout, 429 or 5xx, waiting ``backoff``, 2x, 4x... seconds
    or what ``Retry-After`` asks (a wait over ``max_wait`` is not waited: the fetch fails and the
    caller retries later)."""

    user_agent: str = "cronica"
    delay: float = 1.0
    timeout: float = 30.0
    max_bytes: int = MAX_BYTES
    retries: int = 3
    backoff: float = 1.0
    max_wait: float = 120.0
    max_redirects: int = 5
    robots_ttl: float = 3600.0  # seconds a robots.txt is trusted
    robots_retry: float = 600.0  # seconds before asking again for a robots.txt that could not be read

    def __post_init__(self):
        if not self.user_agent.strip():
            raise UsageError("the user agent must not be empty")
        for name in ("delay", "backoff", "max_wait"):
            if getattr(self, name) < 0:
                raise UsageError(f"{name} must be 0 or more seconds, not {getattr(self, name)}")
        if self.timeout <= 0:
            raise UsageError(f"timeout must be more than 0 seconds, not {self.timeout}")
        if self.max_bytes < 1024:
            raise UsageError(f"max_bytes must be at least 1024, not {self.max_bytes}")
        if not 0 <= self.retries <= 10 or not 0 <= self.max_redirects <= 20:
            raise UsageError("retries must be 0..10 and max_redirects 0..20")


@dataclass
class Fetched:
    """One successful answer (2xx, or 304 to a conditional request)."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""  # media type, lower case, without parameters ("" when not given)
    charset: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    redirects: list[str] = field(default_factory=list)  # the URLs that redirected, in order

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _Robots:
    parser: object  # a protego.Protego, or None: everything allowed (no robots.txt)
    expires: float
    error: Optional[FetchError] = None  # robots.txt could not be read: nothing is fetched for now


class _Answer:
    __slots__ = ("status", "headers", "body")

    def __init__(self, status: int, headers, body: bytes):
        self.status, self.headers, self.body = status, headers, body


def retry_after_seconds(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """``Retry-After`` as seconds from now: ``120`` or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def host_key(url: str) -> str:
    """``scheme://host:port`` of a URL: what robots.txt and the per-host delay apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"


class Fetcher:
    """One polite HTTP client (not shared between threads). ``stop``: an event that, once set,
    ends every wait at once with :class:`FetchStopped` (SIGINT/SIGTERM in ``cronica watch``)."""

    def __init__(self, policy: FetchPolicy, *, stop: Optional[threading.Event] = None, transport=None):
        import httpx

        self.policy = policy
        self.stop = stop
        self._httpx = httpx
        self.client = httpx.Client(headers={"User-Agent": policy.user_agent}, follow_redirects=False,
                                   timeout=httpx.Timeout(policy.timeout), transport=transport)
        self._next_turn: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self._crawl_delay: dict[str, float] = {}  # a robots.txt Crawl-delay larger than ``delay``
        self.requests = 0  # requests sent, robots.txt included (for summaries and tests)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ public
    def get(self, url: str, *, accept: str = PAGE_ACCEPT, etag: Optional[str] = None,
            last_modified: Optional[str] = None, max_bytes: Optional[int] = None) -> Fetched:
        """GET ``url`` politely; a :class:`Fetched` for 2xx or 304, else an ``InputError``."""
        limit = max_bytes or self.policy.max_bytes
        redirects: list[str] = []
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self._check_url(current)
            self.check_robots(current)
            headers = {"Accept": accept}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            ans = self._exchange(current, headers, limit)
            if ans.status in REDIRECT_STATUSES:
                location = ans.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {ans.status} redirect without a Location", source=url, status=ans.status)
                redirects.append(current)
                current = urljoin(current, location.strip())
                if current in redirects:
                    raise FetchError(f"redirect loop at {current}", source=url, status=ans.status)
                continue
            if ans.status == 304:
                return Fetched(url, current, 304, etag=ans.headers.get("etag") or etag,
                               last_modified=ans.headers.get("last-modified") or last_modified, redirects=redirects)
            if not 200 <= ans.status < 300:
                raise FetchError(f"HTTP {ans.status}", source=url, status=ans.status)
            ctype = ans.headers.get("content-type", "")
            media = ctype.split(";")[0].strip().lower()
            charset = None
            for part in ctype.split(";")[1:]:
                k, _, v = part.partition("=")
                if k.strip().lower() == "charset" and v.strip():
                    charset = v.strip().strip('"').lower()
            return Fetched(url, current, ans.status, ans.body, media, charset, ans.headers.get("etag"),
                           ans.headers.get("last-modified"), redirects)
        raise FetchError(f"more than {self.policy.max_redirects} redirects", source=url)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch ``url`` (asks the host once per ``robots_ttl``)."""
        try:
            self.check_robots(url)
        except RobotsForbidden:
            return False
        return True

    def check_robots(self, url: str) -> None:
        """Raise :class:`RobotsForbidden` when the host's robots.txt forbids ``url``, and
        ``FetchError`` (transient) when its robots.txt cannot be read (RFC 9309: then nothing)."""
        rules = self._robots_for(url)
        if rules.error is not None:
            raise FetchError(f"{rules.error.message}; nothing is fetched from this host until it answers",
                             source=url, status=rules.error.status, transient=True,
                             retry_after=rules.error.retry_after)
        if rules.parser is not None and not rules.parser.can_fetch(url, self.policy.user_agent):
            raise RobotsForbidden(f"robots.txt of {host_key(url)} forbids {self.policy.user_agent.split()[0]} "
                                  "to fetch this URL", source=url)

    # ------------------------------------------------------------ robots.txt
    def _robots_for(self, url: str) -> _Robots:
        key = host_key(url)
        now = time.monotonic()
        cached = self._robots.get(key)
        if cached is not None and cached.expires > now:
            return cached
        rules = self._read_robots(key + "/robots.txt")
        self._robots[key] = rules
        if rules.parser is not None:
            delay = rules.parser.crawl_delay(self.policy.user_agent)
            if delay:
                self._crawl_delay[key] = min(float(delay), self.policy.max_wait)
        return rules

    def _read_robots(self, robots_url: str) -> _Robots:
        from protego import Protego

        now = time.monotonic()
        current = robots_url
        try:
            for _ in range(5):  # RFC 9309 §2.3.1.2: follow at least five redirects
                ans = self._exchange(current, {"Accept": ROBOTS_ACCEPT}, ROBOTS_MAX_BYTES, truncate=True)
                if ans.status in REDIRECT_STATUSES and ans.headers.get("location"):
                    current = urljoin(current, ans.headers["location"].strip())
                    continue
                break
        except FetchError as e:  # unreachable: RFC 9309 §2.3.1.4, assume complete disallow for now
            return _Robots(None, now + self.policy.robots_retry,
                           FetchError(f"robots.txt unreachable ({e.message})", status=e.status, retry_after=e.retry_after))
        if 200 <= ans.status < 300:
            text = ans.body.decode("utf-8", errors="replace")
            return _Robots(Protego.parse(text), now + self.policy.robots_ttl)
        if 400 <= ans.status < 500:  # RFC 9309 §2.3.1.3: unavailable, so no rules
            return _Robots(None, now + self.policy.robots_ttl)
        return _Robots(None, now + self.policy.robots_retry,
                       FetchError(f"robots.txt unreachable (HTTP {ans.status})", status=ans.status))

    # ------------------------------------------------------------ requests
    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise FetchError("not an http(s) URL", source=url)

    def _wait(self, seconds: float) -> None:
        if seconds <= 0:
            if self.stop is not None and self.stop.is_set():
                raise FetchStopped("stopped before fetching")
            return
        if self.stop is None:
            time.sleep(seconds)
        elif self.stop.wait(seconds):
            raise FetchStopped("stopped while waiting to fetch")

    def _take_turn(self, host: str) -> None:
        """Wait until ``host`` may be asked again."""
        self._wait(self._next_turn.get(host, 0.0) - time.monotonic())

    def _book_turn(self, host: str) -> None:
        """The next request to ``host`` waits ``delay`` (or its Crawl-delay) after this one ended."""
        self._next_turn[host] = time.monotonic() + max(self.policy.delay, self._crawl_delay.get(host, 0.0))

    def _exchange(self, url: str, headers: dict, limit: int, truncate: bool = False) -> _Answer:
        """One request with retries on timeouts, connection errors, 429 and 5xx."""
        host = host_key(url)
        for attempt in range(self.policy.retries + 1):
            self._take_turn(host)
            try:
                ans = self._once(url, headers, limit, truncate)
            except FetchError as e:
                if not e.transient:
                    raise
                err = e
            else:
                if ans.status not in RETRY_STATUSES:
                    return ans
                err = FetchError(f"HTTP {ans.status}", source=url, status=ans.status, transient=True,
                                 retry_after=retry_after_seconds(ans.headers.get("retry-after")))
            if attempt == self.policy.retries:
                break
            wait = err.retry_after if err.retry_after is not None else self.policy.backoff * 2 ** attempt
            if wait > self.policy.max_wait:
                break
            self._wait(wait)
        tries = attempt + 1
        raise FetchError(f"{err.message} ({tries} attempt{'s' if tries > 1 else ''})", source=url, status=err.status,
                         retry_after=err.retry_after, transient=True)

    def _once(self, url: str, headers: dict, limit: int, truncate: bool) -> _Answer:
        try:
            return self._send(url, headers, limit, truncate)
        finally:
            self._book_turn(host_key(url))

    def _send(self, url: str, headers: dict, limit: int, truncate: bool) -> _Answer:
        httpx = self._httpx
        start = time.monotonic()
        self.requests += 1
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code in REDIRECT_STATUSES or r.status_code == 304 or r.status_code >= 400:
                    return _Answer(r.status_code, r.headers, b"")
                length = r.headers.get("content-length", "")
                if length.isdigit() and int(length) > limit and not truncate:
                    raise TooLarge(f"page is {int(length) / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit", source=url)
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        if truncate:
                            chunks.append(chunk[:limit - (size - len(chunk))])
                            break
                        raise TooLarge(f"page is over the {limit / 1e6:.1f} MB limit", source=url)
                    chunks.append(chunk)
                    if time.monotonic() - start > self.policy.timeout:
                        raise FetchError(f"timed out after {self.policy.timeout:g} s (body too slow)",
                                         source=url, transient=True)
                return _Answer(r.status_code, r.headers, b"".join(chunks))
        except httpx.TimeoutException as e:
            raise FetchError(f"timed out after {self.policy.timeout:g} s ({type(e).__name__})", source=url,
                             transient=True) from e
        except httpx.DecodingError as e:
            raise FetchError(f"body could not be decoded: {e}", source=url) from e
        except httpx.TransportError as e:
            raise FetchError(f"cannot connect: {e or type(e).__name__}", source=url, transient=True) from e
        except httpx.InvalidURL as e:
            raise FetchError(f"invalid URL: {e}", source=url) from e
