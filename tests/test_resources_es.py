"""Every row of the data under ``resources/es/`` is checked on its own example sentence (real news,
quoted with its address): the file says where it came from, and what a row claims happens on its
example when the example runs through the extraction."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from cronica import resources
from cronica.actors import actor_countries, armed_groups, demonym_countries, plurals
from cronica.geomath import haversine_km
from cronica.names import fold

ES = Path(resources.__file__).resolve().parent / "es"
FILES = sorted(str(p.relative_to(ES.parent)) for p in ES.rglob("*.tsv"))


def _rows(name):
    return [pytest.param(r, id=r["id"]) for r in resources.records(name)]


@pytest.fixture(scope="module")
def extract():
    from cronica.process import extract_text

    return extract_text


@pytest.mark.parametrize("name", FILES)
def test_every_file_says_where_it_came_from(name):
    head = resources.header(name)
    assert head.get("source") and head.get("licence"), name
    rows = resources.records(name)
    assert rows, name
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
    if "list" in head.get("kind", ""):
        return  # a word list or a reference table (capitals): data with a source, no rule to run
    assert {"id", "example"} <= set(rows[0]), name
    for r in rows:
        if r.get("kind") == "class":
            continue  # a named word class inside a rule table
        assert len(r["example"].split()) >= 6, (name, r["id"])  # a sentence (or a headline) as published


@pytest.mark.parametrize("row", _rows("es/actors/armed_groups.tsv"))
def test_armed_group_on_its_example(row, extract):
    group = next(g for g in armed_groups() if g.id == row["id"])
    text = row["example"]
    named = [f for f in group.forms if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text)]
    members = [m for m in group.members if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", text)]
    assert named or members, "the example names the group"
    if members:
        assert actor_countries()[fold(members[0])] == group.countries[0]
    if named:
        rec = extract(text)
        orgs = {e.name for e in rec.entities if e.type == "ORG"}
        assert group.name in orgs, f"{group.name} not among {orgs}"


@pytest.mark.parametrize("row", _rows("es/actors/invasions.tsv"))
def test_invasion_on_its_example(row, extract):
    # the invasion named by its invader alone is placed in the country it entered
    rec = extract(row["example"])
    names = {e.id: e.name for e in rec.entities}
    hits = [v for v in rec.events if "invasi" in row["example"][v.trigger_span[0]:v.trigger_span[1]].lower()]
    assert hits and {names.get(v.place) for v in hits} == {row["invaded"]}


@pytest.mark.parametrize("row", _rows("es/actors/demonyms.tsv"))
def test_demonym_on_its_example(row):
    forms = [f for x in row["forms"].split("|") for f in (x, *plurals(x))]
    words = {fold(w) for w in re.findall(r"\w+", row["example"])}
    hit = [f for f in forms if fold(f) in words]
    assert hit, "the example uses the demonym"
    assert demonym_countries()[fold(hit[0])] == row["country"]


def _near(rec, names, lat, lon, km, country):
    keys = {fold(n) for n in names}
    for e in rec.entities:
        if e.geo is None:
            continue
        forms = {fold(e.name), *(fold(rec.text[s:t]) for s, t in e.mentions)}
        if forms & keys or any(k in f for f in forms for k in keys):
            ok = haversine_km(e.geo.lat, e.geo.lon, lat, lon) <= km
            if ok and (not country or e.geo.country == country):
                return e
    return None


@pytest.mark.parametrize("row", _rows("es/places/features.tsv"))
def test_named_feature_on_its_example(row, extract):
    names = [row["name"], *filter(None, row["variants"].split("|"))]
    rec = extract(row["example"])
    km = 25 if row["feature"] in ("camp", "neighbourhood") else 400
    assert _near(rec, names, float(row["lat"]), float(row["lon"]), km, row["country"]), \
        [(e.name, e.geo) for e in rec.entities if e.type == "LOC"]


@pytest.mark.parametrize("row", _rows("es/places/regions.tsv"))
def test_region_on_its_example(row, extract):
    rec = extract(row["example"])
    names = [row["name"], *filter(None, row["variants"].split("|"))]
    hit = [e for e in rec.entities if e.geo and fold(e.name) in {fold(n) for n in names}]
    assert hit and hit[0].geo.country == row["country"] and hit[0].geo.feature == "region", \
        [(e.name, e.geo) for e in rec.entities if e.type == "LOC"]


@pytest.mark.parametrize("row", _rows("es/names/place_heads.tsv"))
def test_place_head_on_its_example(row, extract):
    rec = extract(row["example"])
    heads = row["forms"].split("|")
    locs = [e for e in rec.entities if e.type == "LOC" and e.name.split()[0] in heads]
    assert locs, [(e.name, e.type) for e in rec.entities]


@pytest.mark.parametrize("row", _rows("es/names/feature_heads.tsv"))
def test_feature_head_on_its_example(row, extract):
    rec = extract(row["example"])
    assert any(e.type == "LOC" and e.name.lower().startswith(row["head"] + " ") for e in rec.entities), \
        [(e.name, e.type) for e in rec.entities]


@pytest.mark.parametrize("row", _rows("es/figures/counted_nouns.tsv"))
def test_counted_noun_on_its_example(row):
    from cronica.nlp.numbers import find_figures

    figs = find_figures(row["example"])
    assert any(f.unit == row["noun"] and f.value == int(row["value"]) for f in figs), \
        [(f.text, f.value, f.unit) for f in figs]


@pytest.mark.parametrize("row", _rows("es/figures/collectives.tsv"))
def test_collective_on_its_example(row):
    from cronica.nlp.numbers import find_figures

    figs = find_figures(row["example"])
    assert any(f.approx and f.value == int(row["value"]) for f in figs), [(f.text, f.value, f.unit) for f in figs]


@pytest.mark.parametrize("row", _rows("es/times/day_parts.tsv"))
def test_day_part_on_its_example(row):
    from cronica.nlp.timex import find_times

    got = [t.text for t in find_times(row["example"], "2024-12-20")]
    assert row["expression"] in got, got
