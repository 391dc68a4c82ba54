"""The web pages: the events map, histogram and list (``/``), the articles (``/articles``), an
article with its marks (``/articles/{id}``), the entities (``/entities``), an entity
(``/entities/{id}``) and the claims board (``/claims``).

Pages are Jinja2 templates with autoescaping and gettext (:mod:`cronica.web.i18n`); each
page's rows come from :mod:`cronica.web.views`, the same functions the downloads of
``/api/view/...`` use. The map page fills itself from that API with ``static/app.js`` (DOM
built with ``textContent`` only)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..model import STATUSES
from . import i18n, labels, views
from .markup import marked_html

HERE = Path(__file__).resolve().parent
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                          extensions=["jinja2.ext.i18n"])
_env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
_env.filters["fdate"] = i18n.format_day
_env.globals.update(type_label=labels.event_type, status_label=labels.status, stance_label=labels.stance,
                    entity_type_label=labels.entity_type, type_css=labels.type_css())
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)

DateParam = Annotated[Optional[str], Query(max_length=10)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def _store(request: Request):
    return request.app.state.stores.get()


def _lang_url(request: Request, lang: str) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", lang)]
    return request.url.path + "?" + urlencode(params)


def _render(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
    asked = request.query_params.get("lang")
    lang = i18n.use_request(request)
    ctx.setdefault("title", "crónica")
    ctx.update(lang=lang, lang_urls={code: _lang_url(request, code) for code in i18n.LOCALES})
    response = templates.TemplateResponse(request, template, ctx, status_code=status)
    if asked in i18n.LOCALES:  # the switch: remembered for the next pages
        response.set_cookie(i18n.COOKIE, asked, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


def _downloads(path: str, **params) -> dict[str, str]:
    """The page's "download CSV / GeoJSON" links: the view API with the page's own filters."""
    lang = i18n.current()
    q = [(k, str(v)) for k, v in params.items() if v not in (None, "")]
    return {fmt: f"{path}?{urlencode(q + [('format', fmt), ('lang', lang)])}" for fmt in ("csv", "geojson")}


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, title=f"{status} · crónica", status_code=status, message=message)


def _check_dates(since: Optional[str], until: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    from ..server.api import check_date

    return check_date("since", since), check_date("until", until)


# ------------------------------------------------------------------ pages
@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    lang_probe = i18n.use_request(request)
    config = {
        "lang": lang_probe, "i18n": i18n.js_catalog(lang_probe), "dates": i18n.date_data(lang_probe),
        "colors": labels.EVENT_COLORS, "poll": request.app.state.poll_seconds,
        "boundaries": request.app.state.boundaries.available,
    }
    return _render(request, "index.html", title="crónica", section="events", event_types=labels.SPEC_EVENT_TYPES,
                   statuses=STATUSES, has_vendor=request.app.state.has_vendor, stats=_store(request).stats(),
                   config=config)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, offset: Offset = 0):
    i18n.use_request(request)
    rows = views.article_rows(_store(request), offset)
    return _render(request, "articles.html", title=i18n.gettext("Articles") + " · crónica", section="articles", rows=rows,
                   offset=offset, next_offset=offset + 100 if len(rows) == 100 else None,
                   downloads=_downloads("/api/view/articles", offset=offset or None))


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
    i18n.use_request(request)
    return _render(request, "article.html", title=f"{art.meta.title or art.id} · crónica", section="articles", art=art,
                   meta=art.meta, safe_url=safe_url, body=marked_html(art, gids), statements=statements, events=events,
                   entities=entities, times=art.times, figures=art.figures,
                   downloads=_downloads(f"/api/view/articles/{article_id}"))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, name: Annotated[Optional[str], Query(max_length=200)] = None,
             type: Annotated[Optional[str], Query(max_length=4)] = None, offset: Offset = 0):
    i18n.use_request(request)
    type_ = type if type in labels.ENTITY_TYPE_LABELS else None
    rows = views.entity_list(_store(request), name, type_, offset)
    return _render(request, "entities.html", title=i18n.gettext("Entities") + " · crónica", section="entities", rows=rows,
                   name=name or "", type_=type_, types=list(labels.ENTITY_TYPE_LABELS), offset=offset,
                   next_offset=offset + 100 if len(rows) == 100 else None,
                   downloads=_downloads("/api/view/entities", name=(name or "").strip(), type=type_, offset=offset or None))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int):
    i18n.use_request(request)
    p = views.entity_page(_store(request), entity_id)
    if p is None:
        raise HTTPException(404, f"no entity {entity_id}")
    denied = [(c, r) for c, r in p.claims_answered if r.stance == "deny"]
    other_answers = [(c, r) for c, r in p.claims_answered if r.stance != "deny"]
    return _render(request, "entity.html", title=f"{p.entity['name']} · crónica", section="entities", p=p, e=p.entity,
                   denied=denied, other_answers=other_answers, answers=views.answers,
                   downloads=_downloads(f"/api/view/entities/{entity_id}"))


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, claimant: Annotated[Optional[str], Query(max_length=20)] = None,
           entity: Annotated[Optional[str], Query(max_length=20)] = None,
           status: Annotated[Optional[str], Query(max_length=20)] = None,
           contested: bool = False, since: DateParam = None, until: DateParam = None, offset: Offset = 0):
    i18n.use_request(request)
    since, until = _check_dates(since, until)
    status = "contested" if contested and not status else (status if status in labels.CLAIM_STATUS_CHOICES else None)
    f = views.ClaimFilters(claimant=_int(claimant), entity=_int(entity), status=status, since=since, until=until)
    store = _store(request)
    rows = views.claim_items(store, f, limit=200, offset=offset)
    return _render(request, "claims.html", title=i18n.gettext("Claims") + " · crónica", section="claims", rows=rows,
                   f=f, parties=store.claim_parties(), statuses=labels.CLAIM_STATUS_CHOICES, answers=views.answers,
                   offset=offset, next_offset=offset + 200 if len(rows) == 200 else None,
                   downloads=_downloads("/api/view/claims", claimant=f.claimant, entity=f.entity, status=f.status,
                                        since=f.since, until=f.until, offset=offset or None),
                   more_query=urlencode([(k, v) for k, v in (("claimant", f.claimant), ("entity", f.entity),
                                                              ("status", f.status), ("since", f.since), ("until", f.until))
                                         if v not in (None, "")]))


def _int(v: Optional[str]) -> Optional[int]:
    """A select's value: an entity id, or nothing for "all"."""
    return int(v) if v and v.isdigit() and 0 < int(v) < 2**62 else None
