"""The JSON API: every route reads the store through its parameterised methods; every
parameter is validated (type, range, length) before the store sees it."""
from __future__ import annotations

import base64
import binascii
import json
import math
import re
from datetime import date
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from ..model import ENTITY_TYPES, EVENT_TYPES, STANCES, STATUSES

router = APIRouter(prefix="/api")

MAX_TEXT = 200  # longest free-text parameter (q, name, speaker, near)
MAX_NEAR_ROWS = 100_000  # events scanned for a ``near`` filter

Limit = Annotated[int, Query(ge=1, le=500, description="items per page (1..500)")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
DateParam = Annotated[Optional[str], Query(max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY")]
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
EventStatus = Literal[STATUSES]  # type: ignore[valid-type]
EntityType = Literal[ENTITY_TYPES]  # type: ignore[valid-type]
Stance = Literal[STANCES]  # type: ignore[valid-type]
ArticleId = Annotated[str, Path(min_length=1, max_length=200, description="article id")]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def bad(message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=message)


def _store(request: Request):
    return request.app.state.stores.get()


Cursor = Annotated[Optional[str], Query(max_length=400, description="keyset cursor: `next_cursor` of the previous page "
                                       "(a deep page then costs what the first costs; prefer it to `offset`)")]


def encode_cursor(key: tuple) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key), ensure_ascii=False).encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: Optional[str], merged: bool) -> Optional[tuple]:
    """The sort key a cursor holds: (date, merged id) or (date, article id, event id)."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise bad("cursor is not one this API gave out") from None
    shape = (str, int) if merged else (str, str, str)
    if not isinstance(key, list) or len(key) != len(shape) or not all(isinstance(v, t) and not isinstance(v, bool)
                                                                        for v, t in zip(key, shape)):
        raise bad("cursor is not one this API gave out (or belongs to the other `merged` setting)")
    return tuple(key)


def _page(items: list, limit: int, offset: int, **extra: Any) -> dict:
    out = {"items": items, "count": len(items), "limit": limit, "offset": offset,
           "next_offset": offset + limit if len(items) == limit else None}
    out.update(extra)
    return out


def check_date(name: str, v: Optional[str]) -> Optional[str]:
    if v is None or v == "":
        return None
    m = _DATE.match(v)
    try:
        if not m:
            raise ValueError
        date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        raise bad(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {v!r}") from None
    return v


def parse_bbox(v: Optional[str]) -> Optional[tuple[float, float, float, float]]:
    if not v:
        return None
    parts = v.split(",")
    try:
        if len(parts) != 4:
            raise ValueError
        minlon, minlat, maxlon, maxlat = (float(p) for p in parts)
    except ValueError:
        raise bad(f"bbox must be minlon,minlat,maxlon,maxlat (four numbers), not {v!r}") from None
    if not all(math.isfinite(x) for x in (minlon, minlat, maxlon, maxlat)) \
            or not (-180 <= minlon <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise bad("bbox must satisfy -180 <= minlon <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90")
    return minlon, minlat, maxlon, maxlat


# ------------------------------------------------------------------ shapes
def _place(name, lat, lon, entity_id=None) -> Optional[dict]:
    if name is None and lat is None:
        return None
    return {"name": name, "lat": lat, "lon": lon, "entity_id": entity_id}


def _range(r: dict, key: str) -> Optional[dict]:
    if r.get(f"{key}_min") is None:
        return None
    return {"min": r[f"{key}_min"], "max": r[f"{key}_max"], "latest": r[f"{key}_latest"]}


def merged_event_out(r: dict) -> dict:
    return {
        "id": f"m{r['id']}", "merged": True, "type": r["type"], "status": r["status"], "date": r["date_value"],
        "place": _place(r["place_name"], r["lat"], r["lon"], r.get("place_entity_id")),
        "fatalities": r["fatalities_latest"], "injured": r["injured_latest"],
        "fatalities_range": _range(r, "fatalities"), "injured_range": _range(r, "injured"),
        "reports": r["n_reports"], "sources": r.get("n_sources"), "articles": r.get("articles", []),
        "summary": r.get("summary"),
    }


def event_out(r: dict) -> dict:
    return {
        "id": f"{r['article_id']}:{r['local_id']}", "merged": False, "article_id": r["article_id"], "local_id": r["local_id"],
        "merged_id": f"m{r['merged_id']}" if r.get("merged_id") is not None else None,
        "type": r["type"], "status": r["status"], "date": r["date_value"], "date_precision": r["date_precision"],
        "place": _place(r["place_name"], r["lat"], r["lon"], r.get("place_entity_id")),
        "fatalities": r["fatalities"], "injured": r["injured"], "trigger": r["trigger"], "sentence": r["sentence"],
        "actors": r["actors"], "targets": r["targets"], "reported_by": r["reported_by"], "published": r["published"],
        "articles": [r["article_id"]],
    }


def statement_out(r: dict) -> dict:
    return {"id": f"{r['article_id']}:{r['local_id']}", **r}


# ------------------------------------------------------------------ articles
@router.get("/articles", summary="Articles, newest first")
def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict:
    store = _store(request)
    return _page(store.articles(limit=limit, offset=offset), limit, offset, total=store.stats()["articles"])


@router.get("/articles/{article_id}", summary="One article: the full extraction record with its text")
def get_article(request: Request, article_id: ArticleId) -> dict:
    store = _store(request)
    art = store.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    d = art.to_dict()
    gids = store.article_entity_ids(article_id)
    for e in d["entities"]:
        e["entity_id"] = gids.get(e["id"])  # the cross-article entity (see /api/entities/{id})
    return d


# ------------------------------------------------------------------ entities
@router.get("/entities", summary="Entities across articles; `name` matches any spelling")
def list_entities(request: Request, name: Annotated[Optional[str], Query(max_length=MAX_TEXT)] = None,
                  type: Optional[EntityType] = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    store = _store(request)
    name = (name or "").strip() or None
    rows = store.entities(type_=type, name=name, limit=limit, offset=offset)
    if name and offset == 0 and len(rows) < limit:  # transliterations the substring match misses (Zelenski/Zelensky)
        seen = {r["id"] for r in rows}
        for eid in store.entity_ids_by_name(name):
            e = store.entity(eid) if eid not in seen else None
            if e and (type is None or e["type"] == type) and len(rows) < limit:
                rows.append(e)
    return _page(rows, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity: aliases, articles, statements by it and about it")
def get_entity(request: Request, entity_id: Annotated[int, Path(ge=1, le=2**62)],
               limit: Limit = 100) -> dict:
    store = _store(request)
    e = store.entity(entity_id)
    if e is None:
        raise HTTPException(404, f"no entity {entity_id}")
    summaries = store.article_summaries(e["articles"])
    e["articles"] = [summaries.get(a, {"id": a}) for a in e["articles"]]
    e["statements_by"] = [statement_out(r) for r in store.statements(entity_id=entity_id, limit=limit)]
    e["statements_about"] = [statement_out(r) for r in store.statements_about(entity_id, limit=limit)]
    return e


# ------------------------------------------------------------------ events
def query_events(store, merged: bool, type_, status, since, until, bbox, near, km, limit, offset,
                 cursor: Optional[str] = None) -> list[dict]:
    since, until = check_date("since", since), check_date("until", until)
    if since and until and since > until:
        raise bad(f"since ({since}) is after until ({until})")
    box = parse_bbox(bbox)
    near = (near or "").strip() or None
    after = decode_cursor(cursor, merged)
    if near is None:
        return store.events(merged=merged, type_=type_, status=status, since=since, until=until, bbox=box,
                            limit=limit, offset=offset, after=after)
    from ..export import filter_near

    rows = store.events(merged=merged, type_=type_, status=status, since=since, until=until, bbox=box, limit=MAX_NEAR_ROWS,
                        after=after)
    return filter_near(store, rows, near, km)[offset:offset + limit]  # an unknown place: UsageError -> 422


def _next_cursor(rows: list[dict], limit: int, merged: bool) -> Optional[str]:
    from ..store.base import event_sort_key

    return encode_cursor(event_sort_key(rows[-1], merged)) if rows and len(rows) == limit else None


@router.get("/events", summary="Events; `merged=true` gives one item per real event however many articles reported it. "
                               "Page with `cursor` (`next_cursor` of the previous page)")
def list_events(request: Request, type: Optional[EventType] = None, status: Optional[EventStatus] = None,
                since: DateParam = None, until: DateParam = None,
                near: Annotated[Optional[str], Query(max_length=MAX_TEXT, description="a place name")] = None,
                km: Annotated[float, Query(gt=0, le=20000, description="radius for `near`")] = 50.0,
                bbox: Annotated[Optional[str], Query(max_length=100, description="minlon,minlat,maxlon,maxlat")] = None,
                merged: bool = False, limit: Limit = 50, offset: Offset = 0, cursor: Cursor = None) -> dict:
    rows = query_events(_store(request), merged, type, status, since, until, bbox, near, km, limit, offset, cursor)
    return _page([merged_event_out(r) if merged else event_out(r) for r in rows], limit, offset,
                 next_cursor=_next_cursor(rows, limit, merged))


@router.get("/events.geojson", summary="Located events as a GeoJSON FeatureCollection (same filters as /api/events)",
            response_class=JSONResponse)
def events_geojson(request: Request, type: Optional[EventType] = None, status: Optional[EventStatus] = None,
                   since: DateParam = None, until: DateParam = None,
                   near: Annotated[Optional[str], Query(max_length=MAX_TEXT)] = None,
                   km: Annotated[float, Query(gt=0, le=20000)] = 50.0,
                   bbox: Annotated[Optional[str], Query(max_length=100)] = None,
                   merged: bool = False, limit: Limit = 500, offset: Offset = 0, cursor: Cursor = None) -> JSONResponse:
    rows = query_events(_store(request), merged, type, status, since, until, bbox, near, km, limit, offset, cursor)
    feats = []
    for r in rows:
        d = merged_event_out(r) if merged else event_out(r)
        if d["place"] is None or d["place"]["lat"] is None:
            continue
        feats.append({"type": "Feature", "id": d["id"],
                      "geometry": {"type": "Point", "coordinates": [d["place"]["lon"], d["place"]["lat"]]},
                      "properties": d})
    return JSONResponse({"type": "FeatureCollection", "features": feats, "next_cursor": _next_cursor(rows, limit, merged)},
                        media_type="application/geo+json")


@router.get("/events/{event_id}", summary="One merged event (`m12`): its reports, the articles and who reported it")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=40, pattern=r"^m?\d+$")]) -> dict:
    store = _store(request)
    mid = int(event_id.lstrip("m"))
    r = store.merged_event(mid) if mid < 2**62 else None
    if r is None:
        raise HTTPException(404, f"no event {event_id}")
    out = merged_event_out(r)
    arts = store.article_summaries(r["articles"])
    reports, sources = [], []
    for rep in r["reports"]:
        art = arts.get(rep["article_id"], {"id": rep["article_id"]})
        said = {s["local_id"]: s for s in store.statements(article_id=rep["article_id"], limit=500)}
        by = [statement_out(said[sid]) for sid in rep["reported_by"] if sid in said]
        reports.append({**event_out(rep), "article": art, "statements": by})
        for who in [art.get("outlet")] + [s["speaker"] for s in by]:
            if who and who not in sources:
                sources.append(who)
    out["articles"] = [arts.get(a, {"id": a}) for a in r["articles"]]
    out["report_list"] = reports
    out["sources"] = sources
    return out


# ------------------------------------------------------------------ statements, claims, search
@router.get("/statements", summary="Who said what; `speaker` matches any spelling of the name (Peskov, Dmitri/Dimitri Peskov)")
def list_statements(request: Request, speaker: Annotated[Optional[str], Query(max_length=MAX_TEXT)] = None,
                    stance: Optional[Stance] = None,
                    channel: Annotated[Optional[str], Query(max_length=100)] = None,
                    limit: Limit = 50, offset: Offset = 0) -> dict:
    rows = _store(request).statements(speaker=(speaker or "").strip() or None, stance=stance,
                                      channel=(channel or "").strip() or None, limit=limit, offset=offset)
    return _page([statement_out(r) for r in rows], limit, offset)


def claim_out(r: dict) -> dict:
    answers: dict[str, list] = {"confirm": [], "deny": [], "unverified": [], "other": []}
    for s in r["stance_by_source"]:
        answers.get(s["stance"], answers["other"]).append(s)
    return {**r, "answers": answers}


@router.get("/claims", summary="Claims with who confirmed, denied or could not verify them")
def list_claims(request: Request, contested: bool = False, limit: Limit = 50, offset: Offset = 0) -> dict:
    rows = _store(request).claims(contested=contested, limit=limit, offset=offset)
    return _page([claim_out(r) for r in rows], limit, offset)


@router.get("/search", summary="Full-text search over articles, statements and entity names")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)],
           limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Offset = 0) -> dict:
    q = q.strip()
    if not q:
        raise bad("q must not be blank")
    store = _store(request)
    return {"q": q, "limit": limit, "offset": offset,
            "articles": store.search(q, limit=limit, offset=offset),
            "statements": [statement_out(r) for r in store.search_statements(q, limit=limit, offset=offset)],
            "entities": store.entities(name=q, limit=limit, offset=offset)}


@router.get("/stats", summary="Counts of what the store holds")
def stats(request: Request) -> dict:
    return _store(request).stats()


# ------------------------------------------------------------------ sources (cronica watch)
@router.get("/sources", summary="The sources `cronica watch` follows: when each was last read, its state, "
                                "and (with `since`) how many articles it brought since then")
def list_sources(request: Request,
                 since: Annotated[Optional[str], Query(max_length=20, description="a UTC time YYYY-MM-DDTHH:MM:SSZ "
                                                       "(e.g. when the page was opened): count articles stored since")] = None) -> dict:
    from datetime import datetime, timezone

    from ..store.sources import SourceMemory

    if since is not None:
        try:
            datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            raise bad(f"since must be a UTC time YYYY-MM-DDTHH:MM:SSZ, not {since!r}") from None
    memory = SourceMemory(_store(request))
    items = [s.to_dict() for s in memory.sources()]
    if since is not None:
        new = memory.new_since(since)
        for it in items:
            it["new_since"] = new.get(it["url"], 0)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"items": items, "count": len(items), "now": now, "since": since,
            "new_since": sum(it.get("new_since", 0) for it in items) if since is not None else None}
