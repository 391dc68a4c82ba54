"""What a watched source lists: RSS/Atom feeds (feedparser) and news sitemaps -> :class:`FeedItem`.

    feed = parse_feed(data, "https://example.org/rss")   # Feed, or raises MalformedInput
    for item in feed.items: item.url, item.title, item.summary, item.published

Parsing never touches the network (feedparser gets bytes, never a URL; the sitemap parser
resolves no entities and loads no DTD).
"""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..errors import MalformedInput

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass
class FeedItem:
    """One entry of a feed or sitemap. ``url``: the page it links to (absolute, no fragment), or
    None when it links nowhere (then its own content is all there is)."""

    url: Optional[str]
    title: Optional[str] = None
    summary: str = ""  # the entry's own text (content or summary), tags stripped
    published: Optional[str] = None  # YYYY-MM-DD from the entry, or None
    outlet: Optional[str] = None  # a news sitemap's publication name
    guid: Optional[str] = None  # the entry's id, when it has one

    def key(self, feed_url: str) -> str:
        """What the watcher remembers the item by: its page URL, or for an entry without a link
        a ``urn:cronica:item:`` name made from the feed and the entry's id (or its content)."""
        if self.url:
            return self.url
        basis = self.guid or f"{self.title or ''}\n{self.summary}"
        return "urn:cronica:item:" + hashlib.sha1(f"{feed_url}\n{basis}".encode("utf-8")).hexdigest()[:20]


@dataclass
class Feed:
    kind: str  # rss, atom, sitemap, sitemapindex
    title: Optional[str] = None
    items: list[FeedItem] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # a sitemap index's sitemaps, newest first


_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$", re.I)


def canonical_url(url: str, base: Optional[str] = None) -> str:
    """Absolute, without the fragment or tracking parameters (``utm_source=rss``...), scheme and
    host in lower case: one page, one key."""
    url = urljoin(base, url.strip()) if base else url.strip()
    p = urlsplit(url)
    query = p.query
    if query:
        query = "&".join(kv for kv in query.split("&") if kv and not _TRACKING.match(kv.split("=", 1)[0]))
    return urlunsplit((p.scheme.lower(), p.netloc.lower(), p.path or "/", query, ""))


def strip_tags(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): tags off, entities decoded, blocks kept
    as paragraphs."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", fragment)
    text = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\b[^>]*>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    return "\n\n".join(p.strip() for p in re.split(r"\s*\n\s*", text) if p.strip())


def _day(value) -> Optional[str]:
    if value is None:
        return None
    if hasattr(value, "tm_year"):
        try:
            return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
        except ValueError:
            return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _root_tag(data: bytes) -> Optional[str]:
    """The local name of the document's root element, when the bytes are XML."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return None
    m = re.search(rb"<(?![?!])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)", head)
    return m.group(2).decode("ascii").lower() if m else None


def parse_feed(data: bytes, where: str) -> Feed:
    """Items of an RSS/Atom feed or a (news) sitemap; ``where`` is the URL they came from (relative
    links resolve against it). Anything else raises :class:`MalformedInput`."""
    root = _root_tag(data)
    if root in ("urlset", "sitemapindex"):
        return _parse_sitemap(data, where, root)
    if root not in ("rss", "feed", "rdf"):
        raise MalformedInput("not an RSS/Atom feed or a sitemap" + (f" (root element <{root}>)" if root else
                                                                    " (not XML)"), source=where)
    return parse_syndication(data, where)


def parse_syndication(data: bytes, where: str) -> Feed:
    """An RSS/Atom feed read by feedparser, whatever its first bytes look like."""
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": where})
    if parsed.bozo and not parsed.entries:
        raise MalformedInput(f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}", source=where)
    title = parsed.feed.get("title") if parsed.get("feed") else None
    kind = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    feed = Feed(kind=kind, title=title)
    for entry in parsed.entries:
        body = ""
        if entry.get("content"):
            body = max((c.get("value", "") for c in entry.content), key=len)
        body = body or entry.get("summary", "")
        summary = strip_tags(body) if "<" in body else re.sub(r"\s+", " ", html.unescape(body)).strip()
        url = canonical_url(entry["link"], where) if entry.get("link") else None
        if url and not url.startswith(("http://", "https://")):
            url = None  # feedparser puts a non-URL id (``tag:...``) there when the entry has no link
        pub = _day(entry.get("published_parsed") or entry.get("updated_parsed"))
        feed.items.append(FeedItem(url=url,
                                   title=(entry.get("title") or "").strip() or None, summary=summary,
                                   published=pub, guid=entry.get("id") or None))
    return feed


def _parse_sitemap(data: bytes, where: str, root: str) -> Feed:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)
    try:
        tree = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise MalformedInput(f"not a readable sitemap: {e}", source=where) from e

    def text(el, path: str) -> Optional[str]:
        found = el.find(path, {"s": SITEMAP_NS, "n": NEWS_NS})
        return found.text.strip() if found is not None and found.text and found.text.strip() else None

    if root == "sitemapindex":
        maps = [(text(sm, "s:lastmod") or "", text(sm, "s:loc")) for sm in tree.findall("s:sitemap", {"s": SITEMAP_NS})]
        maps = [m for m in maps if m[1]]
        maps.sort(key=lambda m: m[0], reverse=True)  # newest first
        return Feed(kind="sitemapindex", sitemaps=[canonical_url(loc, where) for _, loc in maps])
    feed = Feed(kind="sitemap")
    for u in tree.findall("s:url", {"s": SITEMAP_NS}):
        loc = text(u, "s:loc")
        if not loc:
            continue
        pub = text(u, "n:news/n:publication_date") or text(u, "s:lastmod")
        feed.items.append(FeedItem(url=canonical_url(loc, where), title=text(u, "n:news/n:title"),
                                   published=_day(pub), outlet=text(u, "n:news/n:publication/n:name")))
    return feed
