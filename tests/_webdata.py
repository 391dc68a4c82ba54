"""Stores for the server and web tests: the three example articles ingested through the real
pipeline, plus (when asked) a hostile text and one hand-made extraction record whose events,
statements and claims are known, so the pages have something certain to show."""
from __future__ import annotations

import json
from pathlib import Path

from cronica.batch import ingest, store_article
from cronica.model import (Article, ArticleMeta, Entity, Event, EventDate, Geo, Statement, sha256_text)
from cronica.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

HOSTILE_ID = "hostil-xss"
HOSTILE_TEXT = (
    "El ministerio publicó un comunicado en Kiev el martes. <script>window.__pwned = 1</script> "
    "Un portavoz dijo que la imagen <img src=x onerror=\"window.__pwned = 2\"> era falsa y que "
    "\"</span><b onmouseover=window.__pwned=3>nada</b>\" había ocurrido en Odesa.\n"
)

DEMO_ID = "demo-jarkov"
_DEMO_TEXT = (
    "Un ataque con misiles rusos contra Járkov mató a tres civiles el jueves, según el gobernador regional, "
    "Oleh Synehubov. \"Los misiles impactaron en un edificio residencial\", escribió Synehubov en Telegram. "
    "El Ministerio de Defensa de Rusia negó que sus fuerzas atacaran objetivos civiles. "
    "Reuters no pudo verificar de forma independiente la información. "
    "En Bajmut continúan los combates entre las fuerzas rusas y ucranianas."
)


def _span(text: str, words: str, start: int = 0) -> tuple[int, int]:
    i = text.index(words, start)
    return i, i + len(words)


def demo_article() -> Article:
    """One record with two located events, four statements and a denied claim."""
    t = _DEMO_TEXT
    ents = [
        Entity("e1", "LOC", "Járkov", [_span(t, "Járkov")], geo=Geo(49.98081, 36.25272, "UA", "Járkov", 706483, "city")),
        Entity("e2", "PER", "Oleh Synehubov", [_span(t, "Oleh Synehubov"), _span(t, "Synehubov", t.index("escribió"))],
               roles=["gobernador regional"]),
        Entity("e3", "ORG", "Ministerio de Defensa de Rusia", [_span(t, "Ministerio de Defensa de Rusia")]),
        Entity("e4", "ORG", "Reuters", [_span(t, "Reuters")]),
        Entity("e5", "LOC", "Bajmut", [_span(t, "Bajmut")], geo=Geo(48.59559, 37.99987, "UA", "Donetsk", 712451, "city")),
    ]
    sts = [
        Statement("s1", _span(t, "Un ataque con misiles rusos contra Járkov mató a tres civiles el jueves"), "assert", "e2",
                  _span(t, "el gobernador regional, Oleh Synehubov"), "según", _span(t, "según"), about=["v1"]),
        Statement("s2", _span(t, "Los misiles impactaron en un edificio residencial"), "assert", "e2",
                  _span(t, "Synehubov", t.index("escribió")), "escribir", _span(t, "escribió"), direct=True,
                  channel="Telegram", about=["v1"]),
        Statement("s3", _span(t, "que sus fuerzas atacaran objetivos civiles"), "deny", "e3",
                  _span(t, "El Ministerio de Defensa de Rusia"), "negar", _span(t, "negó"), target="s1"),
        Statement("s4", _span(t, "de forma independiente la información"), "unverified", "e4", _span(t, "Reuters"),
                  "verificar", _span(t, "no pudo verificar"), target="s1"),
    ]
    evs = [
        Event("v1", "attack", _span(t, "ataque"), "disputed", targets=["e1"], place="e1",
              date=EventDate("2023-03-02", "day", "relative"), fatalities=3, reported_by=["s1", "s2"]),
        Event("v2", "clash", _span(t, "combates"), "asserted", place="e5", date=EventDate("2023-03-03", "day", "publication")),
    ]
    meta = ArticleMeta(DEMO_ID, source="tests/_webdata.py", outlet="Reuters", title="Misiles contra Járkov",
                       url="javascript:alert(1)", published="2023-03-03", published_basis="given", language="es",
                       text_sha256=sha256_text(t))
    return Article(meta, t, ents, sts, evs)


def build_store(path: Path, hostile: bool = False, demo: bool = False):
    """A SQLite store at ``path`` with the example articles (and the extras asked for); closed."""
    store = open_store(str(path))
    try:
        summary = ingest([str(EXAMPLES)], store)
        assert summary.stored == 3, summary.line()
        if hostile:
            d = path.parent / "hostile"
            d.mkdir(exist_ok=True)
            (d / f"{HOSTILE_ID}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
            (d / f"{HOSTILE_ID}.json").write_text(json.dumps({
                "id": HOSTILE_ID, "outlet": "<b>Diario</b>", "published": "2024-05-07",
                "title": "<script>window.__pwned = 4</script>Comunicado"}), encoding="utf-8")
            s = ingest([str(d / f"{HOSTILE_ID}.txt")], store)
            assert s.stored == 1, s.line()
        if demo:
            assert store_article(store, demo_article())
    finally:
        store.close()
    return path
