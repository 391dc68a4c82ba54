"""Property tests: the readers never crash on arbitrary bytes, the taggers never crash on arbitrary
text, and what goes into the store comes back out unchanged."""
from __future__ import annotations

import datetime as dt
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cronica.batch import store_article
from cronica.ingest import Failed, read_inputs, read_text_input
from cronica.model import (ENTITY_TYPES, EVENT_TYPES, STANCES, STATUSES, Article, ArticleMeta, Entity, Event,
                           EventDate, Figure, Geo, Source, Statement, TimeExpr, sha256_text)
from cronica.nlp.numbers import find_figures
from cronica.nlp.timex import find_times
from cronica.store.sqlite import SqliteStore

PREFIXES = [b"", b"<!DOCTYPE html><html><body><p>", b"<?xml version='1.0'?><rss><channel><item><description>",
            b'{"text": "', b"\xef\xbb\xbf", b"\xff\xfe"]
SPANISH = st.sampled_from(["el martes", "3 de marzo de 2022", "hace dos semanas", "al menos 12 muertos",
                           "unos 300.000 soldados", "2,5 millones de euros", "el pasado 24 de febrero",
                           "Kiev", "dijo", "ayer", "a las 10.00", "decenas de heridos", "1.000 km", "¿?", "\n"])


@settings(max_examples=200, deadline=None)
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=2000))
def test_read_text_input_never_raises(prefix, body):
    res = read_text_input(prefix + body, "fuzz")
    assert isinstance(res, (Source, Failed))
    if isinstance(res, Source):
        assert res.text.strip()
    else:
        assert res.error.code.startswith("E1")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".txt", ".html", ".jsonl", ".xml", ".rss", ".json", ".bin"]),
       body=st.one_of(st.binary(max_size=1500),
                      st.lists(st.one_of(st.binary(max_size=200), st.just(b'{"text": "Hola, dijo el ministro."}'),
                                         st.just(b'{"text": 3}'), st.just(b"[1, 2]")), max_size=6)
                      .map(lambda xs: b"\n".join(xs))))
def test_read_inputs_never_raises_on_files(suffix, body):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "input" + suffix)
        with open(path, "wb") as f:
            f.write(body)
        for res in read_inputs([path, d]):
            assert isinstance(res, (Source, Failed))


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=400), st.lists(st.one_of(SPANISH, st.text(max_size=8)), max_size=30).map(" ".join)),
       published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_time_and_figure_taggers_never_raise_and_spans_index_the_text(text, published):
    for t in find_times(text, published):
        assert text[t.span[0]:t.span[1]] == t.text
    for f in find_figures(text):
        assert text[f.span[0]:f.span[1]] == f.text


# ---------------------------------------------------------------- store round trip

WORDS = st.sampled_from(["Kiev", "Járkov", "Peskov", "OTAN", "misiles", "ataque", "dijo", "el", "de", "ñandú", "«no»",
                         "12", "O'Neill", "50%", "?", "'", '"', "drones", "Zelenski", "ministerio"])


@st.composite
def articles(draw):
    words = draw(st.lists(WORDS, min_size=8, max_size=40))
    text = " ".join(words)
    starts, pos = [], 0
    for w in words:
        starts.append((pos, pos + len(w)))
        pos += len(w) + 1
    spans = draw(st.lists(st.sampled_from(starts), min_size=1, max_size=6, unique=True))
    ents = []
    for i, sp in enumerate(spans):
        geo = draw(st.one_of(st.none(), st.builds(
            Geo, lat=st.floats(-90, 90, allow_nan=False), lon=st.floats(-180, 180, allow_nan=False),
            country=st.sampled_from(["UA", "RU", None]), geonames_id=st.one_of(st.none(), st.integers(1, 10**7)))))
        if geo:
            geo.lat, geo.lon = round(geo.lat, 5), round(geo.lon, 5)
        ents.append(Entity(f"e{i + 1}", draw(st.sampled_from(ENTITY_TYPES)), text[sp[0]:sp[1]], [sp],
                           draw(st.lists(st.sampled_from(["speaker", "place", "actor"]), max_size=2, unique=True)), geo))
    eids = [e.id for e in ents]
    stmts = [Statement(f"s{i + 1}", sp, draw(st.sampled_from(STANCES)), draw(st.sampled_from(eids + [None])),
                       None, "dijo", None, draw(st.booleans()), None, [], None)
             for i, sp in enumerate(draw(st.lists(st.sampled_from(starts), max_size=3, unique=True)))]
    evs = [Event(f"v{i + 1}", draw(st.sampled_from(EVENT_TYPES)), sp, draw(st.sampled_from(STATUSES)),
                 actors=draw(st.lists(st.sampled_from(eids), max_size=2, unique=True)), place=draw(st.sampled_from(eids + [None])),
                 date=draw(st.one_of(st.none(), st.just(EventDate("2023-02-14", "day", "explicit")))),
                 fatalities=draw(st.one_of(st.none(), st.integers(0, 10**6))), injured=draw(st.one_of(st.none(), st.integers(0, 999))))
           for i, sp in enumerate(draw(st.lists(st.sampled_from(starts), max_size=3, unique=True)))]
    if stmts and evs:
        stmts[0].about = [evs[0].id]
    times = [TimeExpr(sp, text[sp[0]:sp[1]], draw(st.sampled_from(["2023-02-14", "2023-02", None])), "day")
             for sp in draw(st.lists(st.sampled_from(starts), max_size=2, unique=True))]
    figs = [Figure(sp, text[sp[0]:sp[1]], draw(st.one_of(st.integers(-10**9, 10**9), st.floats(-1e9, 1e9, allow_nan=False))),
                   draw(st.sampled_from([None, "personas", "%"])), draw(st.booleans()), draw(st.sampled_from([None, "min", "max"])))
            for sp in draw(st.lists(st.sampled_from(starts), max_size=2, unique=True))]
    meta = ArticleMeta(id="a" + sha256_text(text)[:16], source=draw(st.sampled_from(["x.txt", None])), outlet="EFE",
                       title=draw(st.one_of(st.none(), st.text(max_size=30))), published=draw(st.sampled_from(["2023-02-15", None])),
                       language=draw(st.sampled_from(["es", "en"])), text_sha256=sha256_text(text))
    return Article(meta, text, ents, stmts, evs, times, figs, draw(st.lists(st.text(max_size=20), max_size=2)))


@settings(max_examples=60, deadline=None)
@given(arts=st.lists(articles(), min_size=1, max_size=3))
def test_what_goes_into_the_store_comes_back_out(arts):
    store = SqliteStore(":memory:")
    try:
        stored = {}
        for a in arts:
            if a.id in stored:
                continue
            assert store_article(store, a)
            assert not store_article(store, a)  # idempotent
            stored[a.id] = a
        for aid, a in stored.items():
            assert store.article(aid).to_dict() == a.to_dict()
        assert store.stats()["articles"] == len(stored)
    finally:
        store.close()
