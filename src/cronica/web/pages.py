"""The web pages: the events map and timeline (``/``), an article with its marks
(``/articles/{id}``), an entity (``/entities/{id}``) and the claims (``/claims``).

Pages are Jinja2 templates with autoescaping; the map page fills itself from the JSON API
with ``static/app.js`` (DOM built with ``textContent`` only)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..model import ENTITY_TYPES, EVENT_TYPES, STANCES, STATUSES
from .markup import marked_html

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)

STANCE_LABELS = {"assert": "asserts", "deny": "denies", "confirm": "confirms", "unverified": "could not verify",
                 "warn": "warns", "urge": "urges", "ask": "asks"}


def _store(request: Request):
    return request.app.state.stores.get()


def _render(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
    ctx.setdefault("title", "cronica")
    ctx["stance_labels"] = STANCE_LABELS
    return templates.TemplateResponse(request, template, ctx, status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, title=f"{status} · cronica", status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return _render(request, "index.html", title="cronica · events", event_types=EVENT_TYPES, statuses=STATUSES,
                   has_vendor=request.app.state.has_vendor, stats=_store(request).stats())


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
    store = _store(request)
    rows = store.articles(limit=100, offset=offset)
    return _render(request, "articles.html", title="cronica · articles", rows=rows, offset=offset,
                   next_offset=offset + 100 if len(rows) == 100 else None)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    if len(article_id) > 200:
        raise HTTPException(404, "no such article")
    store = _store(request)
    art = store.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    gids = store.article_entity_ids(article_id)
    ents = {e.id: e for e in art.entities}
    statements = []
    for st in art.statements:
        who = ents.get(st.source)
        statements.append({
            "id": st.id, "speaker": who.name if who else (art.text[st.source_span[0]:st.source_span[1]] if st.source_span else None),
            "speaker_id": gids.get(st.source) if st.source else None, "stance": st.stance, "cue": st.cue,
            "channel": st.channel, "direct": st.direct, "content": art.text[st.content_span[0]:st.content_span[1]],
            "target": st.target})
    events = []
    for v in art.events:
        place = ents.get(v.place)
        events.append({
            "id": v.id, "type": v.type, "status": v.status, "trigger": art.text[v.trigger_span[0]:v.trigger_span[1]],
            "place": place.name if place else None, "place_id": gids.get(v.place) if v.place else None,
            "date": v.date.value if v.date else None, "fatalities": v.fatalities, "injured": v.injured,
            "actors": [ents[a].name for a in v.actors if a in ents], "targets": [ents[a].name for a in v.targets if a in ents],
            "reported_by": v.reported_by})
    entities = sorted(({"name": e.name, "type": e.type, "id": gids.get(e.id), "n": len(e.mentions), "roles": e.roles}
                       for e in art.entities), key=lambda e: (-e["n"], e["name"]))
    url = art.meta.url or ""
    safe_url = url if url.lower().startswith(("http://", "https://")) else None  # never a javascript: link
    return _render(request, "article.html", title=f"{art.meta.title or art.id} · cronica", art=art, meta=art.meta,
                   safe_url=safe_url,
                   body=marked_html(art, gids), statements=statements, events=events, entities=entities,
                   times=art.times, figures=art.figures)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, name: Annotated[Optional[str], Query(max_length=200)] = None,
             type: Annotated[Optional[str], Query(max_length=4)] = None,
             offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
    type_ = type if type in ENTITY_TYPES else None
    rows = _store(request).entities(type_=type_, name=(name or "").strip() or None, limit=100, offset=offset)
    return _render(request, "entities.html", title="cronica · entities", rows=rows, name=name or "", type_=type_,
                   types=ENTITY_TYPES, offset=offset, next_offset=offset + 100 if len(rows) == 100 else None)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int):
    store = _store(request)
    e = store.entity(entity_id) if 0 < entity_id < 2**62 else None
    if e is None:
        raise HTTPException(404, f"no entity {entity_id}")
    by = store.statements(entity_id=entity_id, limit=500)
    about = store.statements_about(entity_id, limit=500)
    arts = store.article_summaries(e["articles"] + [s["article_id"] for s in by + about])
    claims = [c for c in store.claims(limit=5000) if c["claimant_entity_id"] == entity_id
              or any(s["entity_id"] == entity_id for s in c["stance_by_source"])]
    return _render(request, "entity.html", title=f"{e['name']} · cronica", e=e, by=by, about=about, arts=arts,
                   claims=claims, stances=STANCES)


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, contested: bool = False, offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
    store = _store(request)
    rows = store.claims(contested=contested, limit=200, offset=offset)
    for c in rows:
        c["answers"] = {k: [s for s in c["stance_by_source"] if s["stance"] == k] for k in ("confirm", "deny", "unverified")}
        c["others"] = [s for s in c["stance_by_source"] if s["stance"] not in c["answers"]]
    rows.sort(key=lambda c: not any(c["answers"].values()))  # answered claims first (stable: by id within each group)
    arts = store.article_summaries([a for c in rows for a in c["articles"]])
    return _render(request, "claims.html", title="cronica · claims", rows=rows, arts=arts, contested=contested,
                   offset=offset, next_offset=offset + 200 if len(rows) == 200 else None)
