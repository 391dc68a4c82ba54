"""What each view of the web app shows, built once from the store: the page renders it and
``/api/view/...`` sends the same rows as JSON, CSV or GeoJSON, so a download holds exactly
what is on screen. Labels and dates are in the request's language (:mod:`cronica.web.i18n`).
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, Optional

from ..errors import UsageError
from ..store.views import CONTESTED, ActorEvent, ClaimView, Report
from . import labels
from .i18n import format_day

MAX_VIEW_EVENTS = 20_000  # events one map view holds
MAX_TEXT_ARTICLES = 500  # articles a text filter looks through


# ------------------------------------------------------------------ events (the map, the list, the histogram)
@dataclass
class EventFilters:
    type: Optional[str] = None
    status: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    q: Optional[str] = None


@dataclass
class EventItem:
    id: str
    type: str
    type_label: str
    status: Optional[str]
    status_label: str
    date: Optional[str]
    date_label: str
    place: Optional[str]
    place_id: Optional[int]
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    fatalities: Optional[int]
    injured: Optional[int]
    reports: int
    articles: list[str]
    summary: Optional[str]

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


def _words_match(ev: EventItem, words: list[str]) -> bool:
    hay = " ".join(str(x or "") for x in (ev.type, ev.type_label, ev.status, ev.status_label, ev.date, ev.date_label,
                                             ev.place, ev.summary)).lower()
    return all(w in hay for w in words)


def text_articles(store, q: str) -> set[str]:
    """Articles whose text or statements contain the words (full-text search of the store)."""
    ids = {a["id"] for a in store.search(q, limit=MAX_TEXT_ARTICLES)}
    ids |= {s["article_id"] for s in store.search_statements(q, limit=MAX_TEXT_ARTICLES)}
    return ids


def event_items(store, f: EventFilters) -> list[EventItem]:
    """The merged events of the view, by date: the list, the map and the downloads."""
    if f.type and f.type not in labels.SPEC_EVENT_TYPES:
        raise UsageError(f"unknown event type {f.type!r}")
    rows = store.events(merged=True, type_=f.type or None, status=f.status or None, since=f.since or None,
                        until=f.until or None, limit=MAX_VIEW_EVENTS)
    countries = store.place_countries(r.get("place_entity_id") for r in rows)
    items = [EventItem(
        id=f"m{r['id']}", type=r["type"], type_label=labels.event_type(r["type"]), status=r["status"],
        status_label=labels.status(r["status"]), date=r["date_value"], date_label=format_day(r["date_value"]),
        place=r["place_name"], place_id=r.get("place_entity_id"), country=countries.get(r.get("place_entity_id")),
        lat=r["lat"], lon=r["lon"], fatalities=r["fatalities_latest"], injured=r["injured_latest"],
        reports=int(r["n_reports"] or 1), articles=list(r.get("articles") or []), summary=r.get("summary"))
        for r in rows]
    q = (f.q or "").strip().lower()
    if q:
        words = q.split()
        arts = text_articles(store, q)
        items = [e for e in items if _words_match(e, words) or any(a in arts for a in e.articles)]
    return items


@dataclass
class Bin:
    start: str
    end: str
    label: str
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    fatalities: int = 0


@dataclass
class Histogram:
    bin: str
    bins: list[Bin]
    types: list[str]
    undated: int  # events without a date
    imprecise: int  # dated to the month or year only: not in a day's bar
    max_total: int
    max_fatalities: int


def histogram(items: list[EventItem], bin_: str = "day") -> Histogram:
    """Events per day (or ISO week, from Monday) stacked by type, with the fatalities of each bin;
    only bins holding events (the page spaces them on a time axis)."""
    if bin_ not in ("day", "week"):
        raise UsageError(f"bin must be day or week, not {bin_!r}")
    bins: dict[str, Bin] = {}
    undated = imprecise = 0
    for ev in items:
        if not ev.date:
            undated += 1
            continue
        try:
            d = date.fromisoformat(ev.date)
        except ValueError:
            imprecise += 1
            continue
        start = d if bin_ == "day" else d - timedelta(days=d.weekday())
        end = start if bin_ == "day" else start + timedelta(days=6)
        b = bins.get(start.isoformat())
        if b is None:
            b = bins[start.isoformat()] = Bin(start.isoformat(), end.isoformat(), format_day(start.isoformat()))
        b.counts[ev.type] = b.counts.get(ev.type, 0) + 1
        b.total += 1
        b.fatalities += ev.fatalities or 0
    out = [bins[k] for k in sorted(bins)]
    types = [t for t in labels.SPEC_EVENT_TYPES if any(t in b.counts for b in out)]
    return Histogram(bin_, out, types, undated, imprecise, max((b.total for b in out), default=0),
                     max((b.fatalities for b in out), default=0))


# ------------------------------------------------------------------ claims
@dataclass
class ClaimFilters:
    claimant: Optional[int] = None
    entity: Optional[int] = None
    status: Optional[str] = None  # a status, or "contested"
    since: Optional[str] = None
    until: Optional[str] = None


def claim_statuses(choice: Optional[str]) -> Optional[tuple[str, ...]]:
    if not choice:
        return None
    if choice == "contested":
        return CONTESTED
    if choice not in labels.CLAIM_STATUS_CHOICES:
        raise UsageError(f"status must be one of {', '.join(labels.CLAIM_STATUS_CHOICES)}, not {choice!r}")
    return (choice,)


def claim_items(store, f: ClaimFilters, limit: int = 200, offset: int = 0) -> list[ClaimView]:
    claims = store.claims_view(claimant_id=f.claimant, entity_id=f.entity, statuses=claim_statuses(f.status),
                               since=f.since, until=f.until, limit=limit, offset=offset)
    # answered claims first (stable: by date within each group), as the board reads best
    claims.sort(key=lambda c: len(c.reports) == 1)
    return claims


def answers(c: ClaimView) -> dict[str, list[Report]]:
    out: dict[str, list[Report]] = {"confirm": [], "deny": [], "unverified": [], "other": []}
    for r in c.reports[1:]:
        out.get(r.stance, out["other"]).append(r)
    return out


# ------------------------------------------------------------------ an entity's page
@dataclass
class EntityPage:
    entity: dict
    statements: list[dict]  # by the entity, oldest first
    claims_made: list[ClaimView]
    claims_answered: list[tuple[ClaimView, Report]]  # (the claim, the entity's answer: deny, confirm, ...)
    events: list[ActorEvent]
    spellings: list[dict]  # {"text", "outlets": [(outlet, n)], "n"}
    about: list[dict]  # statements by others naming the entity
    articles: dict[str, dict]


def entity_page(store, entity_id: int) -> Optional[EntityPage]:
    e = store.entity(entity_id) if 0 < entity_id < 2**62 else None
    if e is None:
        return None
    by = store.statements(entity_id=entity_id, limit=1000)
    about = [s for s in store.statements_about(entity_id, limit=500) if s["source_entity_id"] != entity_id]
    arts = store.article_summaries(e["articles"] + [s["article_id"] for s in by + about])
    for s in by + about:
        a = arts.get(s["article_id"], {})
        s["published"] = a.get("published")
        s["date_label"] = format_day(a.get("published"))
        s["outlet"] = a.get("outlet")
        s["title"] = a.get("title")
        s["stance_label"] = labels.stance(s["stance"])
    by.sort(key=lambda s: (s["published"] or "9999", s["article_id"]))
    about.sort(key=lambda s: (s["published"] or "9999", s["article_id"]))
    claims = store.claims_view(entity_id=entity_id, limit=1000)
    made = [c for c in claims if c.claimant_entity_id == entity_id]
    answered = [(c, r) for c in claims for r in c.reports[1:] if r.entity_id == entity_id and c.claimant_entity_id != entity_id]
    spell: dict[str, dict] = {}
    for s in store.entity_spellings(entity_id):
        d = spell.setdefault(s.text, {"text": s.text, "outlets": [], "n": 0})
        d["outlets"].append((s.outlet, s.n))
        d["n"] += s.n
    return EntityPage(e, by, made, answered, store.entity_events(entity_id), sorted(spell.values(), key=lambda d: -d["n"]),
                      about, arts)


# ------------------------------------------------------------------ rows for the downloads
def _num(v):
    return None if v is None or (isinstance(v, float) and not math.isfinite(v)) else v


def event_row(ev: EventItem) -> dict[str, Any]:
    d = asdict(ev)
    d["articles"] = ";".join(ev.articles)
    return d


def claim_rows(claims: list[ClaimView]) -> list[dict[str, Any]]:
    """One row per report of each claim (the claim itself first, then each answer)."""
    rows = []
    for c in claims:
        for r in c.reports:
            rows.append({"claim_id": c.id, "claim_status": c.status, "claim_status_label": labels.status(c.status),
                         "claimant": c.claimant, "claimant_entity_id": c.claimant_entity_id, "claim": c.text,
                         "event_id": f"m{c.event_merged_id}" if c.event_merged_id else None,
                         "role": "claim" if r is c.reports[0] else "answer", "speaker": r.speaker,
                         "speaker_entity_id": r.entity_id, "stance": r.stance, "stance_label": labels.stance(r.stance),
                         "sentence": r.sentence, "article_id": r.article_id, "statement_id": r.statement_id,
                         "outlet": r.outlet, "published": r.published,
                         "link": f"/articles/{r.article_id}#stmt-{r.statement_id}"})
    return rows


def entity_rows(p: EntityPage) -> list[dict[str, Any]]:
    """Everything on an entity's page, one row per item, ``section`` saying where it is shown."""
    rows: list[dict[str, Any]] = []

    def add(section, **kw):
        base = {"section": section, "entity_id": p.entity["id"], "entity": p.entity["name"], "date": None, "type": None,
                "status": None, "text": None, "speaker": None, "outlet": None, "article_id": None, "ref": None,
                "place": None, "lat": None, "lon": None, "n": None}
        base.update(kw)
        rows.append(base)

    for s in p.statements:
        add("statement", date=s["published"], type=s["stance"], text=s["content"], speaker=s["speaker"], outlet=s["outlet"],
            article_id=s["article_id"], ref=s["local_id"])
    for c in p.claims_made:
        add("claim_made", date=c.published, status=c.status, text=c.text, speaker=c.claimant, article_id=c.article_id,
            ref=c.statement_id)
    for c, r in p.claims_answered:
        add("claim_answered", date=r.published, type=r.stance, status=c.status, text=c.text, speaker=c.claimant,
            outlet=r.outlet, article_id=r.article_id, ref=r.statement_id)
    for v in p.events:
        add("event_" + v.role, date=v.date, type=v.type, status=v.status, text=v.sentence, article_id=v.article_id,
            ref=v.local_id, place=v.place_name, lat=_num(v.lat), lon=_num(v.lon), n=v.fatalities)
    for sp in p.spellings:
        for outlet, n in sp["outlets"]:
            add("spelling", text=sp["text"], outlet=outlet, n=n)
    return rows


def article_rows(store, offset: int, page: int = 100) -> list[dict[str, Any]]:
    """A page of the article list, newest first, with where each article's events lie."""
    rows = store.articles(limit=page, offset=offset)
    points = store.article_event_points([a["id"] for a in rows])
    for a in rows:
        pts, unlocated = points.get(a["id"], ([], 0))
        a["published_label"] = format_day(a.get("published"))
        a["points"] = [list(p) for p in pts]
        a["unlocated"] = unlocated
    return rows


def entity_list(store, name: Optional[str], type_: Optional[str], offset: int, page: int = 100) -> list[dict[str, Any]]:
    type_ = type_ if type_ in labels.ENTITY_TYPE_LABELS else None
    rows = store.entities(type_=type_, name=(name or "").strip() or None, limit=page, offset=offset)
    for e in rows:
        geo = e.get("geo") or {}
        e["type_label"] = labels.entity_type(e["type"])
        e["lat"], e["lon"], e["country"] = geo.get("lat"), geo.get("lon"), geo.get("country")
    return rows


ARTICLE_FACT_COLUMNS = ["kind", "id", "type", "type_label", "status", "text", "speaker", "place", "lat", "lon", "date",
                        "fatalities", "injured", "start", "end"]


def article_fact_rows(store, article_id: str) -> Optional[list[dict[str, Any]]]:
    """An article page's lists: its events, statements and entities, one row each."""
    art = store.article(article_id) if len(article_id) <= 200 else None
    if art is None:
        return None
    ents = {e.id: e for e in art.entities}
    rows: list[dict[str, Any]] = []
    blank = dict.fromkeys(ARTICLE_FACT_COLUMNS)
    for v in art.events:
        place = ents.get(v.place)
        geo = place.geo if place else None
        rows.append({**blank, "kind": "event", "id": v.id, "type": v.type, "type_label": labels.event_type(v.type),
                     "status": v.status, "text": art.text[v.trigger_span[0]:v.trigger_span[1]],
                     "place": place.name if place else None, "lat": geo.lat if geo else None, "lon": geo.lon if geo else None,
                     "date": v.date.value if v.date else None, "fatalities": v.fatalities, "injured": v.injured,
                     "start": v.trigger_span[0], "end": v.trigger_span[1]})
    for s in art.statements:
        who = ents.get(s.source)
        rows.append({**blank, "kind": "statement", "id": s.id, "type": s.stance, "type_label": labels.stance(s.stance),
                     "text": art.text[s.content_span[0]:s.content_span[1]],
                     "speaker": who.name if who else (art.text[s.source_span[0]:s.source_span[1]] if s.source_span else None),
                     "start": s.content_span[0], "end": s.content_span[1]})
    for e in art.entities:
        rows.append({**blank, "kind": "entity", "id": e.id, "type": e.type, "type_label": labels.entity_type(e.type),
                     "text": e.name, "lat": e.geo.lat if e.geo else None, "lon": e.geo.lon if e.geo else None,
                     "start": e.mentions[0][0] if e.mentions else None, "end": e.mentions[0][1] if e.mentions else None})
    return rows
