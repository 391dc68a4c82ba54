"""Exports of the store: JSON Lines (the extraction records), CSV (ACLED-like events),
GeoJSON (located events) and Parquet; plus the marked-up text of one article."""
from __future__ import annotations

import csv
import json
from datetime import date
from typing import IO, Optional

from ..errors import UsageError
from ..model import EVENT_TYPES, Article

# our event type -> (ACLED event_type, sub_event_type)
ACLED = {
    "attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clash": ("Battles", "Armed clash"),
    "interception": ("Strategic developments", "Disrupted weapons use"),
    "territory_change": ("Battles", "Government regains territory / Non-state actor overtakes territory"),
    "aid": ("Strategic developments", "Other"),
    "mobilization": ("Strategic developments", "Change to group/activity"),
    "diplomacy": ("Strategic developments", "Agreement"),
    "threat": ("Strategic developments", "Other"),
    "violence_against_civilians": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
}
CSV_COLUMNS = ["event_id", "event_date", "event_type", "sub_event_type", "cronica_type", "status", "actor1", "actor2",
               "location", "latitude", "longitude", "fatalities", "injured", "source", "source_articles", "notes",
               "fatalities_min", "fatalities_max", "sources", "duplicate_of"]


def validate_filters(type_: Optional[str], since: Optional[str], until: Optional[str]) -> None:
    if type_ and type_ not in EVENT_TYPES:
        raise UsageError(f"unknown event type {type_!r}; use one of {', '.join(EVENT_TYPES)}")
    for name, v in (("--since", since), ("--until", until)):
        if v:
            try:
                date.fromisoformat(v)
            except ValueError:
                raise UsageError(f"{name} must be a date YYYY-MM-DD, not {v!r}") from None


from ..geomath import haversine_km  # noqa: E402  (re-exported for the server)


def place_point(store, name: str) -> Optional[tuple[float, float]]:
    for eid in store.entity_ids_by_name(name):
        e = store.entity(eid)
        if e and e["geo"]:
            return e["geo"]["lat"], e["geo"]["lon"]
    try:
        from ..geo import default_geocoder

        hits = default_geocoder().lookup(name)
        if hits:
            return hits[0].lat, hits[0].lon
    except Exception:
        pass
    raise UsageError(f"place {name!r} is not known")


def filter_near(store, rows: list[dict], near: str, km: float) -> list[dict]:
    lat, lon = place_point(store, near)
    return [r for r in rows if r.get("lat") is not None and haversine_km(lat, lon, r["lat"], r["lon"]) <= km]


def _names(store, ids_json) -> str:
    ids = ids_json if isinstance(ids_json, list) else json.loads(ids_json or "[]")
    out = []
    for i in ids:
        e = store.entity(i) if i is not None else None
        if e:
            out.append(e["name"])
    return "; ".join(out)


def events_csv(store, rows: list[dict], out: IO[str], merged: bool = False) -> int:
    """ACLED-like CSV. A merged event lists its outlets and articles; ``sources`` counts independent
    sources (a wire copy republished by another outlet is not one); a report from a copy names its
    original in ``duplicate_of``."""
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    w.writeheader()
    arts = store.article_summaries([r["article_id"] for r in rows if "article_id" in r])
    for r in rows:
        et, sub = ACLED.get(r["type"], ("", ""))
        if merged:
            reps = store.merged_reports(r["id"])
            actors = _names(store, sorted({a for x in reps for a in x.actors}))
            targets = _names(store, sorted({a for x in reps for a in x.targets}))
            ids = sorted({x.article_id for x in reps})
            summ = store.article_summaries(ids)
            outlets = sorted({(summ.get(a) or {}).get("outlet") or "" for a in ids})
            notes = reps[0].sentence if reps else ""
            row = {"event_id": f"m{r['id']}", "event_date": r["date_value"], "fatalities": r["fatalities_latest"],
                   "injured": r["injured_latest"], "source": "; ".join(o for o in outlets if o), "source_articles": "; ".join(ids),
                   "fatalities_min": r["fatalities_min"], "fatalities_max": r["fatalities_max"],
                   "sources": r.get("n_sources"), "duplicate_of": ""}
        else:
            actors, targets = _names(store, r["actors"]), _names(store, r["targets"])
            art = arts.get(r["article_id"]) or {}
            notes = r["sentence"]
            row = {"event_id": f"{r['article_id']}:{r['local_id']}", "event_date": r["date_value"] or r.get("published"),
                   "fatalities": r["fatalities"],
                   "injured": r["injured"], "source": art.get("outlet") or "", "source_articles": r["article_id"],
                   "fatalities_min": r["fatalities"], "fatalities_max": r["fatalities"], "sources": 1,
                   "duplicate_of": art.get("duplicate_of") or ""}
        row.update({"event_type": et, "sub_event_type": sub, "cronica_type": r["type"], "status": r["status"],
                    "actor1": actors, "actor2": targets, "location": r["place_name"] or "", "latitude": r["lat"],
                    "longitude": r["lon"], "notes": notes})
        w.writerow(row)
    return len(rows)


def events_geojson(rows: list[dict], merged: bool = False) -> dict:
    feats = []
    for r in rows:
        if r.get("lat") is None:
            continue
        props = {k: v for k, v in r.items() if k not in ("lat", "lon")}
        props["id"] = f"m{r['id']}" if merged else f"{r['article_id']}:{r['local_id']}"
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]}, "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def export_store(store, fmt: str, path: str) -> int:
    if fmt == "jsonl":
        n = 0
        with open(path, "w", encoding="utf-8") as f:
            for art in store.iter_articles():
                f.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            return events_csv(store, store.events(), f)
    if fmt == "geojson":
        rows = store.events()
        with open(path, "w", encoding="utf-8") as f:
            gj = events_geojson(rows)
            json.dump(gj, f, ensure_ascii=False)
        return len(gj["features"])
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as e:
            from ..errors import MissingExtra

            raise MissingExtra("parquet export", "export") from e
        rows = store.events()
        dup = store.article_summaries([r["article_id"] for r in rows])
        for r in rows:
            r["duplicate_of"] = (dup.get(r["article_id"]) or {}).get("duplicate_of")
        cols = ["article_id", "local_id", "type", "status", "date_value", "place_name", "lat", "lon", "fatalities", "injured",
                "trigger", "sentence", "merged_id", "duplicate_of"]
        table = pa.table({c: [r.get(c) for r in rows] for c in cols})
        pq.write_table(table, path)
        return len(rows)
    raise UsageError(f"--format must be jsonl, csv, geojson or parquet, not {fmt!r}")


def render_marked(art: Article) -> str:
    """The text with [entities], «statements» and <events> marked, then a legend."""
    marks: list[tuple[int, int, str]] = []  # (pos, order, text)
    for e in art.entities:
        for s, t in e.mentions:
            marks.append((s, 1, "["))
            marks.append((t, 0, f"]{e.type}:{e.id}"))
    for v in art.events:
        s, t = v.trigger_span
        marks.append((s, 2, "<"))
        marks.append((t, 0, f">{v.id}"))
    for st in art.statements:
        s, t = st.content_span
        marks.append((s, 0, "⟦"))
        marks.append((t, 0, f"⟧{st.id}"))
    marks.sort(key=lambda m: (m[0], m[1]))
    out, pos = [], 0
    for p, _, txt in marks:
        out.append(art.text[pos:p])
        out.append(txt)
        pos = p
    out.append(art.text[pos:])
    lines = [f"# {art.id}  {art.meta.outlet or ''}  {art.meta.published or ''}", "".join(out), ""]
    ents = {e.id: e for e in art.entities}
    for st in art.statements:
        who = ents[st.source].name if st.source in ents else (art.text[slice(*st.source_span)] if st.source_span else "?")
        lines.append(f"{st.id} {who} —{st.stance}/{st.cue or ''}{' via ' + st.channel if st.channel else ''}: "
                     f"{art.text[slice(*st.content_span)][:100]}")
    for v in art.events:
        place = ents[v.place].name if v.place in ents else "-"
        lines.append(f"{v.id} {v.type} [{v.status}] at {place} on {v.date.value if v.date else '-'}"
                     f" fatalities={v.fatalities} injured={v.injured}")
    for w in art.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines)
