"""A fetched news page -> :class:`~cronica.model.Source`: the article's full text without the
site's chrome (trafilatura), its title, and its publication date from the page's metadata or,
when the page has none, from the feed (``published_basis`` is ``extracted`` either way, as the
record's contract says; a warning tells when the date came from the feed).

    src = page_to_source(fetched, item, outlet="El País")   # Source, or raises an InputError
"""
from __future__ import annotations

import re
from typing import Optional

from ..errors import NotAnArticle
from ..model import Source
from .feeds import FeedItem
from .fetch import Fetched
from .readers import source_from_meta, decode_bytes, extract_html

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SNIFF_TYPES = frozenset({"", "text/plain", "application/octet-stream"})  # servers that do not say
_LOOKS_HTML = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype html|<html|<head|<body)", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
FEED_DATE_WARNING = "publication date from the feed: the page's metadata gives none"


def decode_page(data: bytes, charset: Optional[str], where: str) -> tuple[str, list[str]]:
    """The page's text in the charset it declares (HTTP header, then ``<meta charset>``), else
    UTF-8, else cp1252/latin-1 with a warning."""
    declared = charset
    if not declared:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii").lower() if m else None
    if declared and declared.replace("-", "").replace("_", "") not in ("utf8",):
        try:
            decode_bytes(data, where)  # size, emptiness and binary checks
            return data.decode(declared), []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: fall back to guessing
    return decode_bytes(data, where)


def _clean_text(text: str, titles: list[Optional[str]]) -> str:
    """Paragraphs separated by a blank line (as in a ``.txt`` article); the headline, which
    trafilatura keeps as the first line, dropped (it is the record's ``title``)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if lines and _fold(lines[0]) in {_fold(t) for t in titles if t}:
        lines = lines[1:]
    return "\n\n".join(lines)


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def page_to_source(got: Fetched, item: FeedItem, *, outlet: Optional[str] = None,
                   feed_title: Optional[str] = None, where: Optional[str] = None) -> Source:
    """The article of a fetched page. ``outlet``: the name the user gave the source (wins over
    the page's site name, a news sitemap's publication and the feed's title). ``where``: the
    article's ``source`` (default: the item's URL). Raises ``NotAnArticle`` for a page that is not
    HTML and ``MalformedInput`` for one without article text."""
    where = where or item.url or got.url
    media = got.content_type
    if media not in HTML_TYPES and not (media in SNIFF_TYPES and _LOOKS_HTML.match(got.content[:2048])):
        raise NotAnArticle(f"not an HTML page ({media or 'no content type'})", source=where)
    html, warnings = decode_page(got.content, got.charset, where)
    doc = extract_html(html, where, url=got.final_url, precision=True, metadata_dates_only=True)
    title = item.title or doc.title
    text = _clean_text(doc.text, [doc.title, item.title])
    if len(text) < 40:
        text = doc.text
    meta = {"title": title, "url": got.final_url, "source": where,
            "outlet": outlet or doc.sitename or item.outlet or feed_title,
            "published": doc.date or item.published}
    src = source_from_meta(text, meta, where, is_html=True, basis="extracted")
    if not doc.date and item.published:
        warnings.append(FEED_DATE_WARNING)
    src.warnings[:0] = warnings
    return src
