"""The gazetteer index: a compact SQLite file of places, written once at setup time and read-only
afterwards. Every line of SQL the gazetteer needs lives here.

:func:`build_index` writes the rows :func:`cronica.ingest.gazetteer.assemble` makes;
:class:`GazetteerIndex` answers the geocoder's typed queries (it satisfies
:class:`cronica.link.geocode.PlaceIndex`, without either module importing the other);
``python -m cronica.geo build`` runs the two. Tables::

    place(id, name, name_es, lat, lon, country, admin1, feature, population, geonames_id, source)
    name(key, skel, place_id, kind)      -- key: accent-folded name; skel: transliteration skeleton
                                         -- (cronica.placekeys); kind: cronica.placekeys.KIND_*
    admin1(country, code, name, place_id, lat, lon, n)  -- every admin1 code of every country, with the
                                                         -- centroid of its n places (name NULL if unknown)
    fuzzy (FTS5 trigram over distinct skeletons, for approximate matching)
    meta(k, v)                           -- version, built, countries, places, data (a hash of the sources)

:data:`SCHEMA_VERSION` is the ``meta`` version: raise it whenever the schema, the keys or the rows
change, so that ``build`` without ``--force`` replaces an index built by an older cronica.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Optional

from ..records import Admin1Point, PlaceName

if TYPE_CHECKING:  # the rows come from the ingest layer; only their shape is needed here
    from ..ingest.gazetteer import Admin1Row, NameRow, PlaceRow

SCHEMA_VERSION = "4"
BUILD_COMMAND = "python -m cronica.geo build"

SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE place(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_es TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
    country TEXT, admin1 TEXT, feature TEXT, population INTEGER, geonames_id INTEGER, source TEXT);
CREATE TABLE name(key TEXT NOT NULL, skel TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL);
CREATE TABLE admin1(country TEXT, code TEXT, name TEXT, place_id INTEGER, lat REAL, lon REAL, n INTEGER,
    PRIMARY KEY(country, code));
"""


def default_path() -> Path:
    """``$CRONICA_GAZETTEER``, else ``<venv>/share/cronica/gazetteer.sqlite``."""
    env = os.environ.get("CRONICA_GAZETTEER")
    if env:
        return Path(env)
    return Path(sys.prefix) / "share" / "cronica" / "gazetteer.sqlite"


# --------------------------------------------------------------------------- writing

def build_index(path: Path, places: Iterable[PlaceRow], names: Iterable[NameRow], admin1: Iterable[Admin1Row],
                meta: dict[str, str]) -> Path:
    """Write a new index at ``path`` (through a temporary file, so a reader never sees half of one):
    the rows, the name indexes, the trigram table and ``meta`` (``version`` and ``built`` first, then
    ``meta`` in its order)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO name VALUES (?,?,?,?)", names)
    con.executemany("INSERT INTO admin1 VALUES (?,?,?,?,?,?,?)", admin1)
    con.execute("CREATE INDEX name_key ON name(key)")
    con.execute("CREATE INDEX name_skel ON name(skel)")
    con.execute("CREATE VIRTUAL TABLE fuzzy USING fts5(skel, tokenize='trigram', detail='none')")
    con.execute("INSERT INTO fuzzy(skel) SELECT DISTINCT skel FROM name WHERE length(skel) >= 4")
    con.executemany("INSERT INTO meta VALUES (?,?)", [
        ("version", SCHEMA_VERSION), ("built", time.strftime("%Y-%m-%dT%H:%M:%S")), *meta.items()])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    return path


def read_meta(path: Path) -> dict[str, str]:
    """The ``meta`` table of the index at ``path``; empty when there is no readable index there."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(con.execute("SELECT k, v FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return {}


# --------------------------------------------------------------------------- reading

class Coverage(NamedTuple):
    """What the index holds for one country."""

    places: int  # populated places (city, town, village)
    postal: int  # of them from a postal file
    admin1_named: int  # admin1 codes with places that have a name
    admin1_all: int  # admin1 codes with places
    districts: int
    regions_es: int  # regions with a Spanish name
    features: int  # named features of es/places/features.tsv


_PLACE_NAME = ("SELECT p.id, p.name, p.name_es, p.lat, p.lon, p.country, p.admin1, p.feature, p.population, "
               "p.geonames_id, n.kind FROM name n JOIN place p ON p.id = n.place_id WHERE ")


class GazetteerIndex:
    """A read-only gazetteer index (one connection per thread, opened on first use)."""

    def __init__(self, path: Optional[Path | str] = None):
        self.path = Path(path) if path else default_path()
        self._local = threading.local()

    @property
    def available(self) -> bool:
        return self.path.is_file()

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            if not self.path.is_file():
                raise FileNotFoundError(f"gazetteer index {self.path} not found: build it with `{BUILD_COMMAND}`")
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            con.execute("PRAGMA query_only=1")
            self._local.con = con
        return con

    # ---- what the geocoder asks
    def by_key(self, key: str) -> list[PlaceName]:
        """The places with a name of this :func:`cronica.placekeys.fold` key."""
        return [PlaceName._make(r) for r in self._con().execute(_PLACE_NAME + "n.key = ?", (key,))]

    def by_skeleton(self, skel: str) -> list[PlaceName]:
        """The places with a name of this :func:`cronica.placekeys.skeleton`."""
        return [PlaceName._make(r) for r in self._con().execute(_PLACE_NAME + "n.skel = ?", (skel,))]

    def similar_skeletons(self, skel: str, limit: int, slack: int = 2) -> list[str]:
        """Skeletons of the index that share a four-letter window with ``skel`` (FTS5 trigram hits, at
        most ``limit``) and are at most ``slack`` letters longer or shorter; empty when the index
        cannot answer (no trigram table)."""
        # two overlapping trigrams per 4-letter window: any one trigram alone matches tens of thousands of names,
        # and a spelling close enough to pass the caller's cutoff keeps at least one window of four letters
        windows = sorted({skel[i:i + 4] for i in range(len(skel) - 3)})
        match = " OR ".join(f'("{w[:3]}" AND "{w[1:]}")' for w in windows)
        try:  # the length filter in SQL: the trigram index answers tens of thousands of skeletons for a common one
            return [r[0] for r in self._con().execute(
                "SELECT skel FROM fuzzy WHERE fuzzy MATCH ? AND length(skel) BETWEEN ? AND ? LIMIT ?",
                (match, len(skel) - slack, len(skel) + slack, limit))]
        except sqlite3.Error:
            return []

    def admin1(self) -> list[Admin1Point]:
        """Every first-level division: its name when known, its centroid when it has places."""
        return [Admin1Point._make(r) for r in self._con().execute("SELECT country, code, name, lat, lon FROM admin1")]

    def country_points(self) -> list[tuple[str, float, float]]:
        """(country, lat, lon) of every country's own point."""
        return self._con().execute("SELECT country, lat, lon FROM place WHERE feature = 'country'").fetchall()

    # ---- what a person asks (python -m cronica.geo info / coverage), and the benchmarks
    def meta(self) -> dict[str, str]:
        return dict(self._con().execute("SELECT k, v FROM meta").fetchall())

    def feature_counts(self) -> list[tuple[str, int]]:
        return self._con().execute("SELECT feature, count(*) FROM place GROUP BY feature").fetchall()

    def name_count(self) -> int:
        return self._con().execute("SELECT count(*) FROM name").fetchone()[0]

    def coverage(self, cc: str) -> Coverage:
        """What the index holds for country ``cc`` (read by ``docs/geocoding.md``)."""
        def q(sql: str) -> int:
            return self._con().execute(sql, (cc,)).fetchone()[0]

        return Coverage(
            places=q("SELECT count(*) FROM place WHERE country=? AND feature IN ('city','town','village')"),
            postal=q("SELECT count(*) FROM place WHERE country=? AND source='postal'"),
            admin1_named=q("SELECT count(*) FROM admin1 WHERE country=? AND n > 0 AND name IS NOT NULL"),
            admin1_all=q("SELECT count(*) FROM admin1 WHERE country=? AND n > 0"),
            districts=q("SELECT count(*) FROM place WHERE country=? AND feature='district'"),
            regions_es=q("SELECT count(*) FROM place WHERE country=? AND feature='region' AND name_es IS NOT NULL"),
            features=q("SELECT count(*) FROM place WHERE country=? AND source='features'"),
        )

    def place_names(self, country: str, feature: str, limit: int) -> list[str]:
        """The names of the first ``limit`` places of a feature class in a country (by id)."""
        return [r[0] for r in self._con().execute(
            "SELECT name FROM place WHERE country=? AND feature=? ORDER BY id LIMIT ?", (country, feature, limit))]

    def close(self) -> None:
        """Close this thread's connection (others close when their thread ends)."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None
