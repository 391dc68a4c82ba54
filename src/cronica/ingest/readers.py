"""Readers for every input kind. Each yields ``Source`` or ``Failed``; none raises on bad input."""
from __future__ import annotations

import io
import json
import logging
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..errors import BinaryInput, CronicaError, EmptyInput, EncodingError, InputError, MalformedInput, TooLarge
from ..model import Source

log = logging.getLogger("cronica")

MAX_BYTES = int(os.environ.get("CRONICA_MAX_BYTES", 5 * 1024 * 1024))  # per article / file
MAX_LINE_BYTES = MAX_BYTES
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SKIP_SUFFIXES = {".json", ".md", ".rst"}  # sidecars of .txt files; documentation beside articles


@dataclass
class Failed:
    """An input that could not be read; recorded in the store's failures."""

    source: str
    error: CronicaError
    content_sha256: Optional[str] = None

    @property
    def message(self) -> str:
        return str(self.error)


Result = Union[Source, Failed]

# sign-offs of wire services and outlets at the end (or start) of a text
_SIGNOFFS = [
    (re.compile(r"\(\s*ANSA\s*\)"), "ANSA"),
    (re.compile(r"\(\s*EFE\s*\)"), "EFE"),
    (re.compile(r"\(\s*EUROPA\s+PRESS\s*\)", re.I), "Europa Press"),
    (re.compile(r"\(\s*Reuters\s*\)", re.I), "Reuters"),
    (re.compile(r"\(\s*AFP\s*\)"), "AFP"),
    (re.compile(r"\(\s*AP\s*\)"), "AP"),
    (re.compile(r"\(\s*Sputnik\s*\)"), "Sputnik"),
    (re.compile(r"\(\s*DPA\s*\)", re.I), "DPA"),
    (re.compile(r"\(\s*Xinhua\s*\)", re.I), "Xinhua"),
]


def detect_outlet(text: str) -> Optional[str]:
    """The outlet named by a sign-off or dateline: ``(ANSA).``, ``(EFE)``, ``(EUROPA PRESS)``."""
    head, tail = text[:300], text[-300:]
    for rx, name in _SIGNOFFS:
        if rx.search(tail) or rx.search(head):
            return name
    return None


def _check_date(value: Optional[str], where: str) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise MalformedInput(f"published is not a date (YYYY-MM-DD): {value!r}", source=where) from None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(value, where: str, warnings: list[str]):
    """Strings (also inside lists and objects) with every lone UTF-16 surrogate (``"\\ud800"`` in
    scraped JSON) replaced by U+FFFD; one warning for the whole value. Such a string cannot be
    encoded as UTF-8, so left alone it would stop the batch."""
    count = [0]

    def fix(v):
        if isinstance(v, str):
            new, n = _LONE_SURROGATE.subn("\ufffd", v)
            count[0] += n
            return new
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {fix(k): fix(x) for k, x in v.items()}
        return v

    out = fix(value)
    if count[0]:
        msg = (f"{count[0]} broken character{'s' if count[0] > 1 else ''} (lone UTF-16 surrogate) "
               f"replaced with U+FFFD")
        warnings.append(msg)
        log.warning("%s: %s", where, msg)
    return out


def decode_bytes(data: bytes, where: str) -> tuple[str, list[str]]:
    """UTF-8 (BOM dropped); else cp1252/latin-1 with a warning; binary and empty fail."""
    if len(data) > MAX_BYTES:
        raise TooLarge(f"input is {len(data) / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.1f} MB limit per article", source=where)
    if not data.strip():
        raise EmptyInput("input is empty", source=where)
    sample = data[:8192]
    if b"\x00" in sample:
        raise BinaryInput("input looks binary (NUL bytes), not text", source=where)
    warnings: list[str] = []
    try:
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
    except UnicodeDecodeError:
        for enc in ("cp1252", "latin-1"):
            try:
                text = data.decode(enc)
                warnings.append(f"input was not UTF-8; decoded as {enc}")
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - latin-1 decodes any byte string
            raise EncodingError("input is neither UTF-8 nor cp1252/latin-1", source=where)
    control = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > 0.05 * min(len(text), 8192):
        raise BinaryInput("input looks binary (control characters), not text", source=where)
    if not text.strip():
        raise EmptyInput("input has no text", source=where)
    return text, warnings


def source_from_meta(text: str, meta: dict, where: str, *, is_html: bool = False,
                      basis: str = "given") -> Source:
    """A Source from text and its metadata. A ``published`` that is not a date (``2024-13-45``)
    does not cost the article: it is stored with the date unknown and a warning."""
    given = meta.get("published") or meta.get("date")
    invalid = None
    try:
        published = _check_date(given, where)
    except MalformedInput as e:
        published, invalid = None, str(given)
        log.warning("%s: %s; stored with the date unknown", where, e.message)
    src = Source(
        text=text, id=(str(meta["id"]) if meta.get("id") not in (None, "") else None),
        source=meta.get("source") or where, outlet=meta.get("outlet") or detect_outlet(text),
        title=meta.get("title"), url=meta.get("url"), published=published,
        published_basis=basis if published else None, is_html=is_html, published_invalid=invalid,
    )
    if invalid is not None:
        src.warnings.append(f"published {invalid!r} is not a date (YYYY-MM-DD); publication date unknown")
    return src


@dataclass
class HtmlDoc:
    """What trafilatura found in a page: the main text (navigation, banners, boxes and footer
    left out) and the page's own metadata."""

    text: str
    title: Optional[str] = None
    date: Optional[str] = None  # YYYY-MM-DD from the page's metadata, or None
    sitename: Optional[str] = None
    url: Optional[str] = None


def extract_html(html: str, where: str, *, url: Optional[str] = None, precision: bool = False,
                 metadata_dates_only: bool = False) -> HtmlDoc:
    """Main text and metadata of an HTML page (trafilatura); ``MalformedInput`` when there is no
    article in it. ``metadata_dates_only``: the date only from the page's metadata (meta tags,
    JSON-LD, URL), never guessed from its free text."""
    import trafilatura

    kw: dict = {"favor_precision": True} if precision else {"favor_recall": True}
    if metadata_dates_only:
        kw["date_extraction_params"] = {"extensive_search": False, "original_date": True,
                                        "max_date": date.today().isoformat()}
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, **kw)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise MalformedInput(f"HTML could not be parsed: {e}", source=where) from e
    if doc is None:
        raise MalformedInput("no article text found in the HTML", source=where)
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (d.get("text") or "").strip()
    if len(text) < 40:
        raise MalformedInput("no article text found in the HTML", source=where)
    day = d.get("date")
    try:
        day = _check_date(day, where)
    except MalformedInput:  # a page's own odd date is dropped quietly: the page is still read
        day = None
    return HtmlDoc(text, d.get("title") or None, day, d.get("sitename") or None, d.get("url") or None)


def html_to_source(html: str, where: str, meta: Optional[dict] = None) -> Source:
    """Main text and metadata of an HTML page (trafilatura)."""
    meta = dict(meta or {})
    doc = extract_html(html, where)
    basis = "given"
    if not meta.get("published") and doc.date:
        meta["published"], basis = doc.date, "extracted"
    for value, k_out in ((doc.title, "title"), (doc.url, "url"), (doc.sitename, "outlet")):
        if not meta.get(k_out) and value:
            meta[k_out] = value
    return source_from_meta(doc.text, meta, where, is_html=True, basis=basis)


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if side.exists():
        try:
            meta = json.loads(side.read_text(encoding="utf-8"))
            return meta if isinstance(meta, dict) else {}
        except (ValueError, OSError):
            return {}
    return {}


def _overrides(meta: dict, published: Optional[str], outlet: Optional[str]) -> dict:
    meta = dict(meta)
    if published and not meta.get("published"):
        meta["published"] = published
    if outlet and not meta.get("outlet"):
        meta["outlet"] = outlet
    return meta


def read_text_input(data: bytes, where: str, meta: Optional[dict] = None, html: bool = False) -> Result:
    """One article from raw bytes (text or HTML)."""
    from ..model import sha256_text  # noqa: F401

    try:
        text, warnings = decode_bytes(data, where)
        looks_html = html or bool(re.match(r"\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)", text[:500], re.I))
        src = html_to_source(text, where, meta) if looks_html else source_from_meta(text, meta or {}, where)
        src.warnings.extend(warnings)
        return src
    except InputError as e:
        import hashlib

        return Failed(where, e, hashlib.sha256(data[:MAX_BYTES]).hexdigest())


def _read_jsonl(path_or_stream, where: str, published, outlet) -> Iterator[Result]:
    f = open(path_or_stream, "rb") if isinstance(path_or_stream, (str, Path)) else path_or_stream
    try:
        for n, raw in enumerate(f, 1):
            loc = f"{where}:{n}"
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE_BYTES:
                yield Failed(loc, TooLarge(f"line is {len(raw) / 1e6:.1f} MB, over the limit", source=loc))
                continue
            try:
                rec = json.loads(raw.decode("utf-8", errors="strict"))
            except (ValueError, UnicodeDecodeError) as e:
                yield Failed(loc, MalformedInput(f"not a JSON object: {str(e)[:80]}", source=loc))
                continue
            if not isinstance(rec, dict):
                yield Failed(loc, MalformedInput("line is JSON but not an object", source=loc))
                continue
            fixes: list[str] = []
            rec = replace_lone_surrogates(rec, loc, fixes)
            meta = _overrides({k: rec.get(k) for k in ("id", "published", "outlet", "url", "title", "source")},
                              published, outlet)
            meta["source"] = meta.get("source") or loc
            body = rec.get("text")
            if isinstance(body, str):
                res = read_text_input(body.encode("utf-8"), loc, meta)
            elif isinstance(rec.get("html"), str):
                res = read_text_input(rec["html"].encode("utf-8"), loc, meta, html=True)
            else:
                res = Failed(loc, MalformedInput("record has neither 'text' nor 'html'", source=loc))
            if isinstance(res, Source):
                res.warnings[:0] = fixes
            yield res
    finally:
        if f is not path_or_stream:
            f.close()


def _read_feed(data: bytes, where: str, published, outlet) -> Iterator[Result]:
    from .feeds import parse_syndication

    try:
        feed = parse_syndication(data, where)
    except MalformedInput as e:
        yield Failed(where, e)
        return
    site = outlet or feed.title
    for i, item in enumerate(feed.items, 1):
        yield item_to_source(item, item.url or f"{where}#{i}", outlet=site, published=published)


def item_to_source(item, where: str, *, outlet: Optional[str] = None, published: Optional[str] = None) -> Result:
    """A feed entry's own content (a :class:`~cronica.ingest.feeds.FeedItem`'s summary) as an
    article; its date, when it has one, is ``extracted``."""
    meta = {"title": item.title, "url": item.url, "outlet": outlet or item.outlet,
            "published": published or item.published, "source": where}
    res = read_text_input(item.summary.encode("utf-8"), where, meta)
    if isinstance(res, Source) and item.published and not published:
        res.published_basis = "extracted"
    return res


_JSONL_KEYS = re.compile(rb'^\s*\{\s*"(id|text|html|published|outlet|url|title|source)"\s*:')


def looks_like_jsonl(head: bytes) -> bool:
    """Whether a file's first bytes are JSON Lines of articles: the first line that is not blank is
    a JSON object with a ``text`` or ``html`` string (or, when that line runs past ``head``,
    starts like one)."""
    head = head.lstrip()
    if head.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM
        head = head[3:].lstrip()
    if not head.startswith(b"{"):
        return False
    end = head.find(b"\n")
    if end < 0 and len(head) >= _SNIFF_BYTES - 64:
        return bool(_JSONL_KEYS.match(head))
    try:
        rec = json.loads(head[:end if end >= 0 else len(head)].decode("utf-8", errors="replace"))
    except ValueError:
        return False
    return isinstance(rec, dict) and (isinstance(rec.get("text"), str) or isinstance(rec.get("html"), str))


_SNIFF_BYTES = 1 << 20


def _sniff(p: Path) -> bytes:
    with open(p, "rb") as f:
        return f.read(_SNIFF_BYTES)


def _is_sidecar(p: Path) -> bool:
    return any(sib.is_file() and sib.suffix.lower() != ".json" for sib in p.parent.glob(glob_escape(p.stem) + ".*"))


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _looks_like_feed(data: bytes) -> bool:
    head = data[:2000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) \
        or head.startswith(b"<rss") or head.startswith(b"<feed")


def _fetch(url: str) -> bytes:
    """One URL given to ``extract``/``ingest``, fetched as politely as ``cronica watch`` fetches
    (robots.txt, user agent with the contact URL, timeout, size limit, retries)."""
    from ..config import load_settings
    from .fetch import Fetcher, FetchPolicy

    settings = load_settings()
    policy = FetchPolicy(user_agent=settings.user_agent, timeout=float(settings.fetch_timeout),
                         retries=settings.fetch_retries, max_bytes=MAX_BYTES)
    with Fetcher(policy) as fetcher:
        return fetcher.get(url, accept="text/html, application/rss+xml, application/atom+xml, */*;q=0.5").content


def read_path(path: Union[str, Path], published: Optional[str] = None, outlet: Optional[str] = None) -> Iterator[Result]:
    """Every article in one input: a file, a folder (recursively), a URL or ``-`` (stdin)."""
    where = str(path)
    if where == "-":
        data = sys.stdin.buffer.read()
        if data.lstrip().startswith(b"{"):
            yield from _read_jsonl(io.BytesIO(data), "<stdin>", published, outlet)
        else:
            yield read_text_input(data, "<stdin>", _overrides({}, published, outlet))
        return
    if re.match(r"https?://", where):
        try:
            data = _fetch(where)
        except InputError as e:  # network, HTTP status, robots.txt, size
            yield Failed(where, e)
            return
        if _looks_like_feed(data):
            yield from _read_feed(data, where, published, outlet)
        else:
            yield read_text_input(data, where, _overrides({"url": where}, published, outlet))
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if not child.is_file() or child.name.startswith("."):
                continue
            if child.suffix.lower() in SKIP_SUFFIXES and not _jsonl_beside(child):
                continue
            yield from read_path(child, published, outlet)
        return
    if not p.exists():
        yield Failed(where, InputError("no such file or folder", source=where))
        return
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(p, where, published, outlet)
        return
    try:
        head = _sniff(p)
    except OSError as e:
        yield Failed(where, InputError(f"cannot read: {e.strerror or e}", source=where))
        return
    if looks_like_jsonl(head):
        log.warning("%s: the content is JSON Lines (one JSON object per line); read one article per line", where)
        yield from _read_jsonl(p, where, published, outlet)
        return
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            yield Failed(where, TooLarge(f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.1f} MB limit per article", source=where))
            return
        data = p.read_bytes()
    except OSError as e:
        yield Failed(where, InputError(f"cannot read: {e.strerror or e}", source=where))
        return
    if suffix in FEED_SUFFIXES or _looks_like_feed(data):
        yield from _read_feed(data, where, published, outlet)
        return
    meta = _overrides(_sidecar(p), published, outlet)
    meta.setdefault("source", where)
    try:
        yield read_text_input(data, where, meta, html=suffix in HTML_SUFFIXES)
    except MalformedInput as e:
        yield Failed(where, e)


def _jsonl_beside(p: Path) -> bool:
    """A ``.json`` file in a folder is a sidecar (or documentation) unless it holds JSON Lines of
    articles and no file of the same name beside it could be its article."""
    if p.suffix.lower() != ".json" or _is_sidecar(p):
        return False
    try:
        return looks_like_jsonl(_sniff(p))
    except OSError:
        return False


def read_inputs(inputs: Iterable[Union[str, Path]], published: Optional[str] = None,
                outlet: Optional[str] = None) -> Iterator[Result]:
    """Every article of every input, in order."""
    if published:
        _check_date(published, "--published")
    for item in inputs:
        yield from read_path(item, published, outlet)
