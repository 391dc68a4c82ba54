"""A canonical dump of a store: everything stored, with database ids replaced by stable keys.

Two stores built from the same input must give equal dumps whatever the back end (SQLite or
PostgreSQL), the engine (local, pool, Dask, Ray) or the history (a run killed half way and
run again). Ids are not compared because they are not stable: a PostgreSQL sequence skips
the values of a rolled-back transaction. An entity is named by its first
``(article_id, local_id)``; a merged event by the reports it groups; a claim by its
``(article_id, statement_id)``.
"""
from __future__ import annotations

import json
from typing import Any


def _num(v: Any) -> Any:
    return round(v, 6) if isinstance(v, float) else v


def canonical_dump(store) -> dict[str, Any]:
    ekey: dict[int, Any] = {}
    for r in store.rows("SELECT entity_id, article_id, local_id FROM article_entities ORDER BY entity_id"):
        k = [r["article_id"], r["local_id"]]
        if r["entity_id"] not in ekey or k < ekey[r["entity_id"]]:
            ekey[r["entity_id"]] = k
    ents = store.rows("SELECT id, type, name, geo, geonames_id, lat, lon, n_mentions FROM entities")
    for e in ents:
        ekey.setdefault(e["id"], ["entity", e["type"], e["name"]])

    def ek(gid):
        return ekey.get(gid) if gid is not None else None

    members: dict[int, list] = {}
    for r in store.rows("SELECT merged_id, article_id, local_id FROM events WHERE merged_id IS NOT NULL"):
        members.setdefault(r["merged_id"], []).append([r["article_id"], r["local_id"]])
    mkey = {mid: sorted(v) for mid, v in members.items()}
    ckey = {r["id"]: [r["article_id"], r["statement_id"]] for r in store.rows("SELECT id, article_id, statement_id FROM claims")}

    out: dict[str, Any] = {"stats": store.stats()}
    arts = []
    for r in store.rows("SELECT id, text_sha256, source, outlet, title, url, published, published_basis, language, "
                        "text, record, n_warnings FROM articles ORDER BY id"):
        r["record"] = json.loads(r["record"])
        arts.append(r)
    out["articles"] = arts

    aliases: dict[int, list] = {}
    for r in store.rows("SELECT entity_id, alias, n FROM entity_aliases"):
        aliases.setdefault(r["entity_id"], []).append([r["alias"], r["n"]])
    keys: dict[int, list] = {}
    for r in store.rows("SELECT entity_id, key FROM entity_keys"):
        keys.setdefault(r["entity_id"], []).append(r["key"])
    out["entities"] = sorted(
        ({"key": ek(e["id"]), "type": e["type"], "name": e["name"], "geo": json.loads(e["geo"]) if e["geo"] else None,
          "geonames_id": e["geonames_id"], "lat": _num(e["lat"]), "lon": _num(e["lon"]), "n_mentions": e["n_mentions"],
          "aliases": sorted(aliases.get(e["id"], [])), "keys": sorted(keys.get(e["id"], []))} for e in ents),
        key=lambda d: json.dumps(d["key"]))

    def table(sql: str, fix) -> list:
        rows = [fix(dict(r)) for r in store.rows(sql)]
        return sorted(rows, key=lambda d: json.dumps(d, sort_keys=True, default=str))

    def fix_ae(r):
        r["entity_id"] = ek(r["entity_id"])
        r["roles"] = json.loads(r["roles"] or "[]")
        return r

    out["article_entities"] = table("SELECT * FROM article_entities", fix_ae)
    out["mentions"] = table("SELECT * FROM mentions", lambda r: {**r, "entity_id": ek(r["entity_id"])})

    def fix_st(r):
        r["source_entity_id"] = ek(r["source_entity_id"])
        r["claim_id"] = ckey.get(r["claim_id"]) if r["claim_id"] is not None else None
        return r

    out["statements"] = table("SELECT * FROM statements", fix_st)

    def fix_ev(r):
        r["place_entity_id"] = ek(r["place_entity_id"])
        r["merged_id"] = mkey.get(r["merged_id"]) if r["merged_id"] is not None else None
        for k in ("actors", "targets"):
            r[k] = [ek(g) for g in json.loads(r[k] or "[]")]
        r["reported_by"] = json.loads(r["reported_by"] or "[]")
        r["lat"], r["lon"] = _num(r["lat"]), _num(r["lon"])
        return r

    out["events"] = table("SELECT * FROM events", fix_ev)

    def fix_me(r):
        r["key"] = mkey.get(r.pop("id"))
        r["place_entity_id"] = ek(r["place_entity_id"])
        r["lat"], r["lon"] = _num(r["lat"]), _num(r["lon"])
        return r

    out["merged_events"] = table("SELECT * FROM merged_events", fix_me)
    out["times"] = table("SELECT * FROM times", lambda r: r)
    out["figures"] = table("SELECT * FROM figures", lambda r: {**r, "value": _num(r["value"])})

    def fix_cl(r):
        r.pop("id")
        r["claimant_entity_id"] = ek(r["claimant_entity_id"])
        r["event_merged_id"] = mkey.get(r["event_merged_id"]) if r["event_merged_id"] is not None else None
        return r

    out["claims"] = table("SELECT * FROM claims", fix_cl)
    out["claim_links"] = table("SELECT * FROM claim_links",
                               lambda r: {**r, "claim_id": ckey.get(r["claim_id"]), "entity_id": ek(r["entity_id"])})
    out["failures"] = table("SELECT source, code, message, severity, content_sha256 FROM failures", lambda r: r)
    return out
