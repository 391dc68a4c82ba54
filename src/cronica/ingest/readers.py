"""Readers for every input kind. Each yields ``Source`` or ``Failed``; none raises on bad input."""
from __future__ import annotations

import json
import os
import re
import sys
import urllib.request
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..errors import (BinaryInput, CronicaError, EmptyInput, EncodingError, FetchError,
                      InputError, MalformedInput, TooLarge)
from ..model import Source

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


def _source_from_meta(text: str, meta: dict, where: str, *, is_html: bool = False,
                      basis: str = "given") -> Source:
    published = _check_date(meta.get("published") or meta.get("date"), where)
    src = Source(
        text=text, id=(str(meta["id"]) if meta.get("id") not in (None, "") else None),
        source=meta.get("source") or where, outlet=meta.get("outlet") or detect_outlet(text),
        title=meta.get("title"), url=meta.get("url"), published=published,
        published_basis=basis if published else None, is_html=is_html,
    )
    return src


def html_to_source(html: str, where: str, meta: Optional[dict] = None) -> Source:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    meta = dict(meta or {})
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise MalformedInput(f"HTML could not be parsed: {e}", source=where) from e
    if doc is None:
        raise MalformedInput("no article text found in the HTML", source=where)
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (d.get("text") or "").strip()
    if len(text) < 40:
        raise MalformedInput("no article text found in the HTML", source=where)
    basis = "given"
    if not meta.get("published") and d.get("date"):
        meta["published"], basis = d["date"], "extracted"
    for k_in, k_out in (("title", "title"), ("url", "url"), ("sitename", "outlet")):
        if not meta.get(k_out) and d.get(k_in):
            meta[k_out] = d[k_in]
    try:
        return _source_from_meta(text, meta, where, is_html=True, basis=basis)
    except MalformedInput:
        meta.pop("published", None)
        return _source_from_meta(text, meta, where, is_html=True)


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
        src = html_to_source(text, where, meta) if looks_html else _source_from_meta(text, meta or {}, where)
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
            meta = _overrides({k: rec.get(k) for k in ("id", "published", "outlet", "url", "title", "source")},
                              published, outlet)
            meta["source"] = meta.get("source") or loc
            body = rec.get("text")
            if isinstance(body, str):
                yield read_text_input(body.encode("utf-8"), loc, meta)
            elif isinstance(rec.get("html"), str):
                yield read_text_input(rec["html"].encode("utf-8"), loc, meta, html=True)
            else:
                yield Failed(loc, MalformedInput("record has neither 'text' nor 'html'", source=loc))
    finally:
        if f is not path_or_stream:
            f.close()


def _read_feed(data: bytes, where: str, published, outlet) -> Iterator[Result]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield Failed(where, MalformedInput(f"not a readable RSS/Atom feed: {feed.get('bozo_exception')}", source=where))
        return
    site = (feed.feed.get("title") if feed.get("feed") else None) or outlet
    for i, entry in enumerate(feed.entries, 1):
        loc = entry.get("link") or f"{where}#{i}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        pub = None
        if entry.get("published_parsed") or entry.get("updated_parsed"):
            t = entry.get("published_parsed") or entry.get("updated_parsed")
            pub = date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
        meta = {"title": entry.get("title"), "url": entry.get("link"), "outlet": outlet or site,
                "published": published or pub, "source": loc, "id": entry.get("id") and None}
        basis = "given" if published else "extracted"
        is_html = "<" in body and ">" in body
        res = read_text_input(body.encode("utf-8"), loc, meta, html=is_html)
        if isinstance(res, Source) and meta["published"] and not published:
            res.published_basis = basis
        if isinstance(res, Failed) and is_html:  # a feed summary is often a fragment: strip tags instead
            plain = re.sub(r"<[^>]+>", " ", body)
            plain = re.sub(r"[ \t]+", " ", plain).strip()
            if plain:
                res = read_text_input(plain.encode("utf-8"), loc, meta)
        yield res


def _looks_like_feed(data: bytes) -> bool:
    head = data[:2000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) \
        or head.startswith(b"<rss") or head.startswith(b"<feed")


def _fetch(url: str) -> bytes:
    try:
        req = urllib.request.Request(url, headers={"User-Agent": "cronica/0.1"})
        with urllib.request.urlopen(req, timeout=30) as r:
            data = r.read(MAX_BYTES + 1)
    except Exception as e:
        raise FetchError(f"cannot fetch: {e}", source=url) from e
    return data


def read_path(path: Union[str, Path], published: Optional[str] = None, outlet: Optional[str] = None) -> Iterator[Result]:
    """Every article in one input: a file, a folder (recursively), a URL or ``-`` (stdin)."""
    where = str(path)
    if where == "-":
        data = sys.stdin.buffer.read()
        if data.lstrip().startswith(b"{"):
            import io

            yield from _read_jsonl(io.BytesIO(data), "<stdin>", published, outlet)
        else:
            yield read_text_input(data, "<stdin>", _overrides({}, published, outlet))
        return
    if re.match(r"https?://", where):
        try:
            data = _fetch(where)
        except FetchError as e:
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
            if child.is_file() and not child.name.startswith(".") and child.suffix.lower() not in SKIP_SUFFIXES:
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


def read_inputs(inputs: Iterable[Union[str, Path]], published: Optional[str] = None,
                outlet: Optional[str] = None) -> Iterator[Result]:
    """Every article of every input, in order."""
    if published:
        _check_date(published, "--published")
    for item in inputs:
        yield from read_path(item, published, outlet)
