"""Hand-built extraction records with every kind of fact (entities, statements, events, times,
figures, claims), for store tests that must not depend on what the NLP stages find today."""
from __future__ import annotations

from cronica.model import (Article, ArticleMeta, Entity, Event, EventDate, Figure, Geo, Statement, TimeExpr,
                           sha256_text)

PLACES = [("Járkov", 49.99, 36.23, 706483), ("Odesa", 46.48, 30.73, 698740), ("Kiev", 50.45, 30.52, 703448)]
SPEAKERS = ["Dmitri Peskov", "Volodimir Zelenski", "Hanna Malyar"]


def article(i: int, published: str | None = "2023-02-15") -> Article:
    """Article ``i``: a drone attack in one of three places reported, denied and confirmed by
    speakers; articles ``i`` and ``i + 3`` report the same event (same place and date)."""
    place, lat, lon, gid = PLACES[i % 3]
    speaker = SPEAKERS[i % 3]
    other = SPEAKERS[(i + 1) % 3]
    s1 = f"Al menos {3 + i} personas murieron en un ataque con drones en {place} el martes, dijo {speaker}."
    s2 = f" {other} negó que el ataque hubiera ocurrido."
    s3 = f" La agencia Reuters informó de {10 + i} heridos (nota {i})."
    text = s1 + s2 + s3

    def span(sub: str, start: int = 0) -> tuple[int, int]:
        a = text.index(sub, start)
        return a, a + len(sub)

    e_place = Entity("e1", "LOC", place, [span(place)], ["place"], Geo(lat, lon, "UA", None, gid, "city", 0.9))
    e_sp = Entity("e2", "PER", speaker, [span(speaker)], ["speaker"])
    e_ot = Entity("e3", "PER", other, [span(other)], ["speaker"])
    e_org = Entity("e4", "ORG", "Reuters", [span("Reuters")], [])
    date = EventDate("2023-02-14", "day", "relative") if i % 2 == 0 else None
    ev = Event("v1", "attack", span("ataque"), "claimed", actors=["e4"], targets=["e1"], place="e1", date=date,
               fatalities=3 + i, injured=10 + i, reported_by=["e2"])
    st1 = Statement("s1", span(s1[:s1.index(", dijo")]), "assert", "e2", span(speaker), "dijo", span("dijo"),
                    False, None, ["v1"], None)
    st2 = Statement("s2", span("que el ataque hubiera ocurrido"), "deny", "e3", span(other), "negó", span("negó"),
                    False, None, ["v1"], "s1")
    times = [TimeExpr(span("el martes"), "el martes", "2023-02-14", "day")]
    figs = [Figure(span(str(3 + i)), str(3 + i), 3 + i, "personas", True, "min"),
            Figure(span(f"{10 + i} heridos"), f"{10 + i} heridos", 10 + i, "heridos")]
    meta = ArticleMeta(id=f"syn{i:03d}", source=f"synthetic/{i}.txt", outlet="Reuters", title=f"Ataque en {place}",
                       published=published, published_basis="given" if published else None, language="es",
                       text_sha256=sha256_text(text))
    return Article(meta, text, [e_place, e_sp, e_ot, e_org], [st1, st2], [ev], times, figs, ["synthetic"])
