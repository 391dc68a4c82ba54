"""Geocoding benchmark: accuracy on the seed articles and places resolved per second.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_geocode.py [--db PATH] [--shared ../shared] [--json]

* seed-000: every gold entity with a ``geo`` is given to the geocoder as a LOC entity with the gold
  mentions (what NER would hand over); a place counts as right under the scorer's tolerance rules
  (countries by ISO code, regions 150 km, anything else 25 km).
* seeds 001/002 (no gold record): the place names are found in the text and checked against
  expectations written here by hand.
* speed: whole articles (entities built afresh each time, name cache warm) and cold look-ups of
  distinct village names.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cronica import geo  # noqa: E402
from cronica.geomath import haversine_km  # noqa: E402
from cronica.model import Article, ArticleMeta, Entity  # noqa: E402
from cronica.store.gazetteer import GazetteerIndex  # noqa: E402

TOL = {"country": None, "region": 150}


def km(a, b):
    return haversine_km(a[0], a[1], b[0], b[1])


def geo_ok(gold: dict, geo) -> bool:
    if geo is None:
        return False
    tol = TOL.get(gold.get("feature"), 25)
    if tol is None:
        return (geo.country or "").upper() == (gold.get("country") or "").upper()
    return km((gold["lat"], gold["lon"]), (geo.lat, geo.lon)) <= tol


# seeds without gold: name -> (feature, country, lat, lon) expected; lat None = country check only
EXPECT = {
    "001": {
        "Ucrania": ("country", "UA", None, None), "Moscú": ("city", "RU", 55.7522, 37.6156),
        "Rostov": ("region", "RU", 47.7, 40.7), "Rusia": ("country", "RU", None, None),
        "Estados Unidos": ("country", "US", None, None), "Indonesia": ("country", "ID", None, None),
        "Bruselas": ("city", "BE", 50.8505, 4.3488), "Alemania": ("country", "DE", None, None),
        "Kiev": ("city", "UA", 50.4547, 30.5238),
    },
    "002": {
        "Kiev": ("city", "UA", 50.4547, 30.5238), "Moscú": ("city", "RU", 55.7522, 37.6156),
        "Ucrania": ("country", "UA", None, None), "Rusia": ("country", "RU", None, None),
        "Estados Unidos": ("country", "US", None, None), "Dnipropetrovsk": ("region", "UA", 48.4, 35.1),
        "Zaporizke": ("village", "UA", 48.2723, 36.7316), "Novoheorhiivka": ("village", "UA", 47.869, 36.5699),
    },
}


def article_from_names(aid: str, text: str, names: list[str]) -> Article:
    ents = []
    for i, n in enumerate(names):
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
        if spans:
            ents.append(Entity(id=f"e{i}", type="LOC", name=n, mentions=spans))
    return Article(meta=ArticleMeta(id=aid), text=text, entities=ents)


def gold_article(rec: dict) -> tuple[Article, dict]:
    ents, gold = [], {}
    for e in rec["entities"]:
        if e.get("geo") and e.get("mentions"):
            ents.append(Entity(id=e["id"], type="LOC", name=e["name"], mentions=[tuple(m) for m in e["mentions"]]))
            gold[e["id"]] = e
    return Article(meta=ArticleMeta(id=rec["article"]["id"]), text=rec["text"], entities=ents), gold


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rounds", type=int, default=200)
    a = ap.parse_args()
    db = a.db or geo.default_path()
    if not db.is_file():
        db = Path(tempfile.mkdtemp()) / "gazetteer.sqlite"
        geo.build(db)
    g = geo.geocoder(db)
    out: dict = {"db": str(db), "db_mb": round(db.stat().st_size / 1e6, 1)}

    # seed-000 against gold
    rec = json.loads((a.shared / "eval/gold/seed-000.jsonl").read_text(encoding="utf-8").splitlines()[0])
    art, gold = gold_article(rec)
    t0 = time.perf_counter()
    g.geocode_article(art)
    cold_ms = (time.perf_counter() - t0) * 1000
    ok = 0
    for e in art.entities:
        gd = gold[e.id]["geo"]
        good = geo_ok(gd, e.geo)
        ok += good
        if not a.json:
            where = f"{e.geo.lat:.4f},{e.geo.lon:.4f} {e.geo.country} {e.geo.feature} {e.geo.admin1}" if e.geo else None
            print(f"  {'ok ' if good else 'BAD'} {gold[e.id]['name']:16} -> {e.name:16} {where}")
    out["seed000_geo_acc"] = round(ok / len(art.entities), 3)
    out["seed000_places"] = len(art.entities)
    out["seed000_first_article_ms"] = round(cold_ms, 1)

    # seeds 001/002 by hand-written expectations
    arts = [art]
    for sid, exp in EXPECT.items():
        path = next((a.shared / "seeds").glob(f"{sid}_*.txt"))
        text = path.read_text(encoding="utf-8")
        sart = article_from_names(sid, text, list(exp))
        g.geocode_article(sart)
        arts.append(sart)
        good = 0
        for e in sart.entities:
            feat, cc, lat, lon = exp[e.id and list(exp)[int(e.id[1:])]]
            ok_ = bool(e.geo) and e.geo.country == cc and (
                lat is None or km((lat, lon), (e.geo.lat, e.geo.lon)) <= (150 if feat == "region" else 25))
            good += ok_
            if not a.json:
                where = f"{e.geo.lat:.4f},{e.geo.lon:.4f} {e.geo.country} {e.geo.feature} {e.geo.admin1}" if e.geo else None
                print(f"  {'ok ' if ok_ else 'BAD'} seed {sid} {list(exp)[int(e.id[1:])]:16} -> {e.name:16} {where}")
        out[f"seed{sid}_ok"] = f"{good}/{len(sart.entities)}"

    # speed: whole articles, warm name cache
    n_places = 0
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        for src in arts:
            fresh = Article(meta=src.meta, text=src.text, entities=[
                Entity(id=e.id, type="LOC", name=e.name, mentions=list(e.mentions)) for e in src.entities])
            g.geocode_article(fresh)
            n_places += len(fresh.entities)
    dt = time.perf_counter() - t0
    out["warm_places_per_s"] = round(n_places / dt)
    out["warm_ms_per_article"] = round(dt * 1000 / (a.rounds * len(arts)), 2)

    # speed: cold look-ups of distinct names (villages from the index)
    names = GazetteerIndex(db).place_names("UA", "village", 2000)
    g2 = geo.geocoder(db)
    t0 = time.perf_counter()
    for n in names:
        g2.resolve(n)
    dt = time.perf_counter() - t0
    out["cold_lookups_per_s"] = round(len(names) / dt)
    misspelt = [n[:-2] + n[-1] + n[-2] for n in names[:200] if len(n) > 6]
    t0 = time.perf_counter()
    hit = sum(1 for n in misspelt if any(c.name_score < 0.88 for c in g2.resolve(n)[:1]))
    dt = time.perf_counter() - t0
    out["fuzzy_lookups_per_s"] = round(len(misspelt) / dt)
    out["fuzzy_hit_rate"] = round(hit / max(1, len(misspelt)), 3)
    if a.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:26} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
