"""The web app's view API (``/api/view/...``): each view's rows as JSON, CSV or GeoJSON
(``format=``) with the same filters as the page, so "download" gives exactly what is on
screen; the histogram, the newest events (for "new since you opened the page"), an entity's
page, the claims board and the first-level boundaries of a country. Labels and dates follow
the request's language (``lang``, cookie, Accept-Language)."""
from __future__ import annotations

import csv
import io
from dataclasses import asdict
from typing import Annotated, Any, Iterable, Literal, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from ..model import STATUSES
from ..web import i18n, labels, views
from ..web.boundaries import Boundaries
from .api import check_date

router = APIRouter(prefix="/api/view", tags=["views"])

Format = Literal["json", "csv", "geojson"]
DateParam = Annotated[Optional[str], Query(max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY")]
Lang = Annotated[Optional[str], Query(max_length=5, description="es or en (default: cookie, Accept-Language, es)")]
EventType = Literal[labels.SPEC_EVENT_TYPES]  # type: ignore[valid-type]
EventStatus = Literal[STATUSES]  # type: ignore[valid-type]
ClaimStatus = Literal[labels.CLAIM_STATUS_CHOICES]  # type: ignore[valid-type]
EntityId = Annotated[int, Path(ge=1, le=2**62)]
Text = Annotated[Optional[str], Query(max_length=200)]

EVENT_COLUMNS = ["id", "date", "date_label", "type", "type_label", "status", "status_label", "place", "place_id", "country",
                 "lat", "lon", "fatalities", "injured", "reports", "articles", "summary"]


def _store(request: Request):
    return request.app.state.stores.get()


def _dates(since: Optional[str], until: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    since, until = check_date("since", since), check_date("until", until)
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return since, until


# ------------------------------------------------------------------ output formats
def csv_response(rows: Iterable[dict], columns: list[str], name: str) -> Response:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in columns})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def feature(props: dict, lat: Any = None, lon: Any = None, points: Optional[list] = None, fid: Any = None) -> dict:
    """A GeoJSON Feature: a Point, a MultiPoint, or no geometry (null) for what has no place."""
    geom = None
    if points:
        geom = {"type": "MultiPoint", "coordinates": [[x, y] for y, x in points]} if len(points) > 1 \
            else {"type": "Point", "coordinates": [points[0][1], points[0][0]]}
    elif lat is not None and lon is not None:
        geom = {"type": "Point", "coordinates": [lon, lat]}
    out = {"type": "Feature", "geometry": geom, "properties": props}
    if fid is not None:
        out["id"] = fid
    return out


def geojson_response(features: list[dict], name: str) -> JSONResponse:
    return JSONResponse({"type": "FeatureCollection", "features": features}, media_type="application/geo+json",
                        headers={"Content-Disposition": f'attachment; filename="{name}.geojson"'})


# ------------------------------------------------------------------ events: the map and the list
def event_filters(type: Optional[str], status: Optional[str], since: Optional[str], until: Optional[str],
                  q: Optional[str]) -> views.EventFilters:
    since, until = _dates(since, until)
    return views.EventFilters(type=type, status=status, since=since, until=until, q=(q or "").strip() or None)


@router.get("/events", summary="The events of the map view (merged), with labels; format=csv|geojson to download")
def view_events(request: Request, type: Optional[EventType] = None, status: Optional[EventStatus] = None,
                since: DateParam = None, until: DateParam = None, q: Text = None, format: Format = "json",
                lang: Lang = None):
    i18n.use_request(request, lang)
    items = views.event_items(_store(request), event_filters(type, status, since, until, q))
    if format == "csv":
        return csv_response((views.event_row(e) for e in items), EVENT_COLUMNS, "cronica-eventos")
    if format == "geojson":
        return geojson_response([feature(views.event_row(e), e.lat, e.lon, fid=e.id) for e in items], "cronica-eventos")
    return {"items": [asdict(e) for e in items], "count": len(items), "located": sum(e.located for e in items),
            "latest_id": _store(request).latest_merged_event_id()}


@router.get("/histogram", summary="Events per day (or week) stacked by type, with fatalities; same filters as /api/view/events")
def view_histogram(request: Request, type: Optional[EventType] = None, status: Optional[EventStatus] = None,
                   since: DateParam = None, until: DateParam = None, q: Text = None,
                   bin: Literal["day", "week"] = "day", lang: Lang = None) -> dict:
    i18n.use_request(request, lang)
    items = views.event_items(_store(request), event_filters(type, status, since, until, q))
    h = views.histogram(items, bin)
    out = asdict(h)
    out["type_labels"] = {t: labels.event_type(t) for t in h.types}
    return out


@router.get("/new", summary="Events stored after `after` (a merged event id): what is new since a page was opened")
def view_new(request: Request, after: Annotated[int, Query(ge=0, le=2**62)] = 0, lang: Lang = None) -> dict:
    i18n.use_request(request, lang)
    store = _store(request)
    rows = store.merged_events_after(after, limit=200) if after else []
    return {"latest_id": store.latest_merged_event_id(), "count": len(rows),
            "items": [{"id": f"m{r['id']}", "type": r["type"], "type_label": labels.event_type(r["type"]),
                       "place": r["place_name"], "date": r["date_value"], "date_label": i18n.format_day(r["date_value"])}
                      for r in rows]}


@router.get("/admin1/{country}", summary="First-level administrative boundaries of a country (GeoJSON, offline data)")
def view_admin1(request: Request, country: Annotated[str, Path(min_length=2, max_length=2, pattern="^[A-Z]{2}$")],
                lang: Lang = None) -> JSONResponse:
    loc = i18n.use_request(request, lang)
    b: Boundaries = request.app.state.boundaries
    return JSONResponse(b.collection(country, loc), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})


# ------------------------------------------------------------------ claims board
CLAIM_COLUMNS = ["claim_id", "claim_status", "claim_status_label", "claimant", "claimant_entity_id", "claim", "event_id",
                 "role", "speaker", "speaker_entity_id", "stance", "stance_label", "sentence", "article_id",
                 "statement_id", "outlet", "published", "link"]


def claim_json(c) -> dict:
    d = asdict(c)
    d["status_label"] = labels.status(c.status)
    d["published_label"] = i18n.format_day(c.published)
    for r in d["reports"]:
        r["stance_label"] = labels.stance(r["stance"])
        r["published_label"] = i18n.format_day(r["published"])
        r["link"] = f"/articles/{r['article_id']}#stmt-{r['statement_id']}"
    return d


@router.get("/claims", summary="The claims board: filter by claimant, entity, status, period; format=csv|geojson to download")
def view_claims(request: Request, claimant: Annotated[Optional[int], Query(ge=1, le=2**62)] = None,
                entity: Annotated[Optional[int], Query(ge=1, le=2**62)] = None, status: Optional[ClaimStatus] = None,
                since: DateParam = None, until: DateParam = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 200, offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
                format: Format = "json", lang: Lang = None):
    i18n.use_request(request, lang)
    since, until = _dates(since, until)
    store = _store(request)
    claims = views.claim_items(store, views.ClaimFilters(claimant, entity, status, since, until), limit, offset)
    if format == "csv":
        return csv_response(views.claim_rows(claims), CLAIM_COLUMNS, "cronica-afirmaciones")
    if format == "geojson":
        places = {r["id"]: r for r in store.events(merged=True, limit=views.MAX_VIEW_EVENTS)} if claims else {}
        feats = []
        for row in views.claim_rows(claims):
            ev = places.get(int(row["event_id"][1:])) if row["event_id"] else None
            feats.append(feature(row, ev["lat"] if ev else None, ev["lon"] if ev else None))
        return geojson_response(feats, "cronica-afirmaciones")
    return {"items": [claim_json(c) for c in claims], "count": len(claims), "limit": limit, "offset": offset}


# ------------------------------------------------------------------ an entity
ENTITY_COLUMNS = ["section", "entity_id", "entity", "date", "type", "status", "text", "speaker", "outlet", "article_id",
                  "ref", "place", "lat", "lon", "n"]


def entity_json(p: views.EntityPage) -> dict:
    return {"entity": {**p.entity, "type_label": labels.entity_type(p.entity["type"])},
            "statements": p.statements, "about": p.about,
            "claims_made": [claim_json(c) for c in p.claims_made],
            "claims_answered": [{"claim": claim_json(c), "answer": {**asdict(r), "stance_label": labels.stance(r.stance)}}
                                for c, r in p.claims_answered],
            "events": [{**asdict(v), "type_label": labels.event_type(v.type), "status_label": labels.status(v.status),
                        "date_label": i18n.format_day(v.date)} for v in p.events],
            "spellings": p.spellings}


@router.get("/entities/{entity_id}", summary="An entity's page: statements over time, claims made and answered, "
                                             "events where it acts, spellings by outlet; format=csv|geojson to download")
def view_entity(request: Request, entity_id: EntityId, format: Format = "json", lang: Lang = None):
    i18n.use_request(request, lang)
    p = views.entity_page(_store(request), entity_id)
    if p is None:
        raise HTTPException(404, f"no entity {entity_id}")
    name = f"cronica-entidad-{entity_id}"
    if format == "csv":
        return csv_response(views.entity_rows(p), ENTITY_COLUMNS, name)
    if format == "geojson":
        return geojson_response([feature(r, r["lat"], r["lon"]) for r in views.entity_rows(p)], name)
    return entity_json(p)


# ------------------------------------------------------------------ the lists
ARTICLE_COLUMNS = ["id", "published", "outlet", "title", "url", "language", "events", "located_events"]
ENTITY_LIST_COLUMNS = ["id", "name", "type", "type_label", "aliases", "articles", "mentions", "lat", "lon", "country"]


@router.get("/articles", summary="The list of articles (100 a page); format=csv|geojson (each article's located events) to download")
def view_articles(request: Request, offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0, format: Format = "json",
                  lang: Lang = None):
    i18n.use_request(request, lang)
    store = _store(request)
    rows = views.article_rows(store, offset)
    if format == "csv":
        return csv_response(({**r, "events": len(r["points"]) + r["unlocated"], "located_events": len(r["points"])}
                             for r in rows), ARTICLE_COLUMNS, "cronica-articulos")
    if format == "geojson":
        return geojson_response([feature({k: v for k, v in r.items() if k not in ("points",)}, points=r["points"], fid=r["id"])
                                 for r in rows], "cronica-articulos")
    return {"items": rows, "count": len(rows), "offset": offset}


@router.get("/entities", summary="The list of entities (100 a page, `name` any spelling, `type`); format=csv|geojson to download")
def view_entities(request: Request, name: Text = None, type: Annotated[Optional[str], Query(max_length=4)] = None,
                  offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0, format: Format = "json", lang: Lang = None):
    i18n.use_request(request, lang)
    rows = views.entity_list(_store(request), name, type, offset)
    if format == "csv":
        return csv_response(({**r, "aliases": "; ".join(r["aliases"]), "articles": len(r["articles"])} for r in rows),
                            ENTITY_LIST_COLUMNS, "cronica-entidades")
    if format == "geojson":
        return geojson_response([feature(r, r["lat"], r["lon"], fid=r["id"]) for r in rows], "cronica-entidades")
    return {"items": rows, "count": len(rows), "offset": offset}


@router.get("/articles/{article_id}", summary="One article's events and statements (what its page lists); "
                                              "format=csv|geojson to download")
def view_article(request: Request, article_id: Annotated[str, Path(min_length=1, max_length=200)],
                 format: Format = "json", lang: Lang = None):
    i18n.use_request(request, lang)
    rows = views.article_fact_rows(_store(request), article_id)
    if rows is None:
        raise HTTPException(404, f"no article {article_id!r}")
    name = "cronica-articulo"
    if format == "csv":
        return csv_response(rows, views.ARTICLE_FACT_COLUMNS, name)
    if format == "geojson":
        return geojson_response([feature(r, r["lat"], r["lon"]) for r in rows], name)
    return {"items": rows, "count": len(rows)}
