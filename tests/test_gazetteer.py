"""The gazetteer index on its own: rows written by the store come back out of its queries, and the
geocoder works on any index that answers its protocol (no SQLite needed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronica import geo
from cronica.ingest.divisions import admin_variants
from cronica.ingest.gazetteer import Admin1Row, Gazetteer, NameRow, PlaceRow
from cronica.ingest.geonames import City, Country, PostalRow
from cronica.link.geocode import Geocoder, PlaceIndex
from cronica.model import Article, ArticleMeta, Entity
from cronica.placekeys import KIND_ALT, KIND_ES, KIND_NAME, fold, skeleton
from cronica.records import Admin1Point, PlaceName
from cronica.store.gazetteer import SCHEMA_VERSION, GazetteerIndex, build_index, read_meta

PLACES = [
    PlaceRow(0, "Ukraine", "Ucrania", 49.0, 32.0, "UA", None, "country", 41_000_000, 690791, "countries"),
    PlaceRow(1, "Kharkiv", "Járkov", 49.98081, 36.25272, "UA", "07", "city", 1_430_885, 706483, "cities500"),
    PlaceRow(2, "Kharkivs'ka Oblast'", "Járkov", 49.5, 36.5, "UA", "07", "region", 0, None, "regions"),
    PlaceRow(3, "Bakhmut", "Bajmut", 48.59441, 38.00015, "UA", "05", "city", 72_310, 712165, "cities500"),
]
NAMES = [
    ("Ucrania", 0, KIND_ES), ("Ukraine", 0, KIND_NAME), ("Járkov", 1, KIND_ES), ("Kharkiv", 1, KIND_NAME),
    ("Jarkov", 2, KIND_ES), ("Kharkivs'ka Oblast'", 2, KIND_NAME), ("Bajmut", 3, KIND_ES),
    ("Artemivsk", 3, KIND_ALT),
]
ADMIN1 = [Admin1Row("UA", "05", None, None, 48.0, 37.8, 1), Admin1Row("UA", "07", "Kharkiv", 2, 49.5, 36.5, 1),
          Admin1Row("UA", "99", None, None, None, None, 0)]


def _index(tmp_path: Path) -> GazetteerIndex:
    names = [NameRow(fold(n), skeleton(n), pid, kind) for n, pid, kind in NAMES]
    path = build_index(tmp_path / "g.sqlite", PLACES, names, ADMIN1, meta={"countries": "UA", "places": "4"})
    return GazetteerIndex(path)


def test_what_goes_into_the_index_comes_back_out(tmp_path):
    index = _index(tmp_path)
    assert index.available
    hits = index.by_key("jarkov")
    assert {h.place_id for h in hits} == {1, 2} and all(isinstance(h, PlaceName) for h in hits)
    city = next(h for h in hits if h.place_id == 1)
    assert (city.name, city.name_es, city.lat, city.admin1, city.kind) == ("Kharkiv", "Járkov", 49.98081, "07", KIND_ES)
    assert [h.place_id for h in index.by_skeleton(skeleton("Bakhmut"))] == [3]  # Bajmut's skeleton
    assert skeleton("Bajmut") in index.similar_skeletons(skeleton("Bajmutt"), limit=10)
    assert index.admin1() == [Admin1Point("UA", "05", None, 48.0, 37.8), Admin1Point("UA", "07", "Kharkiv", 49.5, 36.5),
                              Admin1Point("UA", "99", None, None, None)]
    assert index.country_points() == [("UA", 49.0, 32.0)]
    meta = read_meta(index.path)
    assert meta["version"] == SCHEMA_VERSION and meta["countries"] == "UA" and list(meta)[:2] == ["version", "built"]
    cov = index.coverage("UA")
    assert (cov.places, cov.admin1_all, cov.admin1_named, cov.regions_es) == (2, 2, 1, 1)
    assert index.place_names("UA", "city", 5) == ["Kharkiv", "Bakhmut"]


def test_no_index_no_meta_and_a_clear_error(tmp_path):
    assert read_meta(tmp_path / "none.sqlite") == {}
    assert not geo.is_current(tmp_path / "none.sqlite")
    index = GazetteerIndex(tmp_path / "none.sqlite")
    assert not index.available
    try:
        index.by_key("kiev")
    except FileNotFoundError as e:
        assert "python -m cronica.geo build" in str(e)
    else:
        raise AssertionError("a missing index must say how to build it")


class DictIndex:
    """A gazetteer index in memory: the geocoder needs nothing more than :class:`PlaceIndex`."""

    def __init__(self, rows: list[PlaceName]):
        self.path = Path("memory")
        self.rows = rows
        self.available = True

    def by_key(self, key):
        return [r for r in self.rows if fold(r.name_es or r.name) == key or fold(r.name) == key]

    def by_skeleton(self, skel):
        return [r for r in self.rows if skel in (skeleton(r.name), skeleton(r.name_es or r.name))]

    def similar_skeletons(self, skel, limit, slack=2):
        return []

    def admin1(self):
        return [Admin1Point("UA", "05", "Donetsk", 48.0, 37.8)]

    def country_points(self):
        return [("UA", 49.0, 32.0)]


def test_the_geocoder_takes_any_index_that_answers_the_protocol():
    rows = [PlaceName(3, "Bakhmut", "Bajmut", 48.59441, 38.00015, "UA", "05", "city", 72_310, 712165, KIND_ES)]
    index: PlaceIndex = DictIndex(rows)
    text = "Los combates siguen en Bakhmut."
    s = text.index("Bakhmut")
    a = Article(meta=ArticleMeta(id="t"), text=text,
                entities=[Entity(id="e0", type="LOC", name="Bakhmut", mentions=[(s, s + 7)])])
    Geocoder(index).geocode_article(a)
    g = a.entities[0].geo
    assert g is not None and g.geonames_id == 712165 and g.admin1 == "Donetsk"
    assert a.entities[0].name == "Bajmut"


# ----------------------------------------------------------------------------- assembling the rows (ingest)

@pytest.mark.parametrize("name,form", [
    ("Muhafazat Kirkuk", "Kirkuk"), ("Basra Governorate", "Basra"), ("Northern Darfur", "Darfur del Norte"),
    ("Northern Darfur", "Norte de Darfur"), ("Nord Kivu", "Kivu del Norte"), ("Lower Juba", "Bajo Juba"),
])
def test_division_names_in_the_forms_of_the_press(name, form):
    assert form in admin_variants(name)


def test_postal_villages_merge_into_the_city_of_the_same_name():
    g = Gazetteer({"UA"}, log=lambda *a: None)
    g.load_cities([City(706483, "Kharkiv", 49.98081, 36.25272, "UA", "07", 1_430_885, ("Харків", "Kharkov"))],
                  {"UA": Country("UA", "UKR", "Ukraine", "Kyiv", 41_000_000, 690791)})
    g.load_postal([PostalRow("UA", "Харків", "Харківська", "07", "", 49.99, 36.23, None),
                   PostalRow("UA", "Вільхівка", "Харківська", "07", "", 49.99, 36.47, None)], {}, "test")
    assert [(p.name, p.feature, p.source) for p in g.places] == [
        ("Kharkiv", "city", "cities500"), ("Vilkhivka", "village", "postal")]
    names = list(g.name_rows())
    assert len({(n.key, n.place_id) for n in names}) == len(names)  # one row per key and place
    kinds = {(n.key, n.place_id): n.kind for n in names}
    assert kinds[("kharkiv", 0)] == KIND_NAME and kinds[("kharkov", 0)] == KIND_ALT  # the strongest kind wins
    # the village under its KMU 2010 romanization; the Cyrillic form folds to no key and makes no row
    assert [k for k, pid in kinds if pid == 1] == ["vilkhivka"] and kinds[("vilkhivka", 1)] == KIND_NAME
    assert all(n.skel == skeleton(n.key) for n in names)
    assert [r.id for r in g.place_rows()] == [0, 1]
    assert list(g.admin1_rows()) == [Admin1Row("UA", "07", None, None, (49.98081 + 49.99) / 2,
                                               (36.25272 + 36.47) / 2, 2)]
