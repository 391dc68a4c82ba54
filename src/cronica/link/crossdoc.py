"""Linking one article to everything stored: copies, entities, events and claims.

Two halves, so the writer stays cheap:

- :func:`features` is pure computation on one article (its MinHash fingerprint). The batch
  engines run it in the extraction workers, next to the NLP.
- :func:`link_article` runs in the writer, inside the article's transaction, and only asks the
  store indexed questions (:mod:`cronica.store.linkdata`). It never writes SQL.

    with store.transaction():
        link_article(store, art, features(art))
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from ..model import Article, Event
from ..sentences import lead
from ..records import EventReport, Fingerprint, PlaceRef
from .claims import link_claims
from .duplicates import find_original, fingerprint
from .entities import resolve_entities
from .events_merge import forget_article, forget_cache, merge_reports, refresh_merged
from .tolls import sentence_bounds, toll_range

log = logging.getLogger("cronica")

POINT_FEATURES = {"city", "village", "facility", "town", "place"}


@dataclass
class LinkFeatures:
    """What linking needs that costs CPU, computed where the article was extracted (the MinHash
    fingerprint of its text; what merging reads of each event in the article: its range of death counts
    and its date basis), so that the one writer does not."""

    fingerprint: Fingerprint
    reads: Optional[dict] = None  # event local id -> (fatalities_low, fatalities_high, date_basis)

    def to_dict(self) -> dict:
        fp = self.fingerprint
        return {"fingerprint": {"article_id": fp.article_id, "minhash": fp.minhash, "bands": fp.bands,
                                "n_shingles": fp.n_shingles},
                "reads": {k: list(v) for k, v in self.reads.items()} if self.reads is not None else None}

    @classmethod
    def from_dict(cls, d: dict) -> "LinkFeatures":
        f = d["fingerprint"]
        reads = d.get("reads")
        return cls(Fingerprint(f["article_id"], list(f["minhash"]), list(f["bands"]), int(f["n_shingles"])),
                   {k: tuple(v) for k, v in reads.items()} if reads is not None else None)


def features(art: Article) -> LinkFeatures:
    return LinkFeatures(fingerprint(art.id, art.text), {v.id: event_reads(art, v) for v in art.events})


def event_reads(art: Article, v) -> tuple[Optional[int], Optional[int], Optional[str]]:
    """(lowest and highest death count the article gives for ``v``, its date basis)."""
    low, high = toll_range(art, v)
    return low, high, "said" if dated_by_saying(art, v) else (v.date.basis if v.date else None)


# --------------------------------------------------------------------------- the article's main place

SPECIFIC = {"facility": 3, "village": 2}  # more specific than a town or a city


def main_place(art: Article, gids: dict[str, int]) -> Optional[PlaceRef]:
    """Where the article's story happens, for events that name no place (or only a country or a
    region): the geocoded town, village or facility mentioned most, in the country the article's
    places are mostly in (so an agency dateline, ``MADRID, 8 oct``, does not count), early mentions
    counting double; else the region."""
    by_country: dict[str, int] = {}
    for e in art.entities:
        if e.type == "LOC" and e.geo is not None and e.geo.country:
            by_country[e.geo.country] = by_country.get(e.geo.country, 0) + len(e.mentions)
    home = max(sorted(by_country), key=lambda c: by_country[c]) if by_country else None
    best, best_score = None, 0.0
    for e in art.entities:
        if e.type != "LOC" or e.geo is None or not e.mentions:
            continue
        if home is not None and e.geo.country != home:
            continue
        point = (e.geo.feature or "") in POINT_FEATURES
        if not point and e.geo.feature != "region":
            continue
        early = sum(1 for s, _ in e.mentions if s < 300)
        score = len(e.mentions) + early + (10 if point else 0) + SPECIFIC.get(e.geo.feature or "", 0)
        if score > best_score:
            best, best_score = e, score
    if best is None:
        return None
    g = best.geo.to_dict()  # the record's precision, whatever process extracted it
    return PlaceRef(gids.get(best.id), best.name, g["lat"], g["lon"], g["admin1"], g["country"], g["feature"],
                    g["geonames_id"], inferred=True)


def _within(point: PlaceRef, area: PlaceRef) -> bool:
    if area.feature == "country":
        return bool(area.country) and point.country == area.country
    return bool(area.admin1) and point.admin1 == area.admin1


def dated_by_saying(art: Article, ev: Event) -> bool:
    """Is the event's date only the day something was said about it, not a day the text gives the event?

    ``Unas 300 personas fallecieron a causa de un ataque ... la semana pasada, dijo el Gobierno municipal
    este viernes``: every time expression of the event's date lies in the attribution of a statement (the
    sentence of its reporting word, outside what any statement says) and no event is named in that
    attribution (``dijo tras el ataque del viernes`` dates the attack). The date is the saying's, or was
    lent by it to an event told without a day of its own; the event happened before the article, not
    necessarily on that day."""
    if ev.date is None or ev.date.basis == "publication" or not ev.date.value:
        return False
    times = [t for t in art.times if t.value == ev.date.value]
    said = [s.content_span for s in art.statements]

    def told(pos: int) -> bool:
        return any(a <= pos < b for a, b in said)

    def attribution(t) -> bool:
        if told(t.span[0]):
            return False
        for s in art.statements:
            if not s.cue_span:
                continue
            a, b = sentence_bounds(art.text, s.cue_span[0])
            if a <= t.span[0] and t.span[1] <= b:
                return not any(a <= v.trigger_span[0] < b and not told(v.trigger_span[0]) for v in art.events)
        return False

    return bool(times) and all(attribution(t) for t in times)


def read_reports(art: Article, reports: list[EventReport], reads: Optional[dict] = None) -> list[EventReport]:
    """What merging reads of the article itself for each report: the lowest and highest death count the
    article gives for the event (:func:`cronica.link.tolls.toll_range`), and its date basis ``said`` when
    its date is only the day something was said (:func:`dated_by_saying`); ``reads``: the same computed
    where the article was extracted (:func:`features`)."""
    events = {v.id: v for v in art.events}
    for r in reports:
        v = events.get(r.local_id)
        if v is None:
            continue
        got = reads.get(r.local_id) if reads is not None else None
        r.fatalities_low, r.fatalities_high, r.date_basis = got if got is not None else event_reads(art, v)
    return reports


def frame_reports(art: Article, reports: list[EventReport], feats: LinkFeatures,
                  gids: dict[str, int]) -> list[EventReport]:
    """Fill in what merging compares: an event that names no place, or only the country or region,
    takes the article's main place (marked inferred) when it lies there; and what :func:`read_reports`
    reads (the report's range of death counts, a date that is only a saying's)."""
    ctx = ((art.meta.title or "") + " " + lead(art.text, 500)).strip()
    fallback = main_place(art, gids)
    for r in read_reports(art, reports, feats.reads if feats is not None else None):
        p = r.place
        if fallback is not None:
            if p.entity_id is None and p.name is None:
                r.place = fallback
            elif p.feature in ("country", "region") and fallback.feature not in ("country", "region") and _within(fallback, p):
                r.place = fallback
        r.context = ctx
    return reports


# --------------------------------------------------------------------------- the writer's side

def link_article(store, art: Article, feats: Optional[LinkFeatures] = None) -> dict[str, int]:
    """Store ``art`` and link it to everything stored (inside the caller's transaction)."""
    feats = feats or features(art)
    fp = feats.fingerprint
    original, _ = find_original(store, fp)
    root = store.source_root(original) if original else None
    art.meta.duplicate_of = root
    store.insert_article(art, source_root=root or art.id)
    store.add_fingerprint(fp)
    gids = resolve_entities(store, art)
    store.insert_facts(art, gids, root or art.id)
    reports = frame_reports(art, store.article_reports(art.id), feats, gids)
    for r in reports:
        store.set_report_frame(r)
    reports = store.article_reports(art.id)
    merge_reports(store, art, reports)
    link_claims(store, art, gids)
    return gids


def forget(store, article_id: str) -> None:
    """Before an article is replaced: take its reports out of their merged events."""
    forget_article(store, article_id)


def rebuild(store) -> int:
    """Merge every stored article's events again (after a change of rules, the reading of tolls and dates
    included); returns merged events."""
    forget_cache(store)
    with store.transaction():
        store.clear_merging()
        for aid in store.article_ids_in_order():
            art = store.article(aid)
            if art is None or not art.events:
                continue
            for r in read_reports(art, store.article_reports(aid)):
                store.set_report_frame(r)
            merge_reports(store, art, store.article_reports(aid))
    return int(store.stats()["merged_events"])


__all__ = ["LinkFeatures", "features", "link_article", "forget", "rebuild", "main_place", "refresh_merged"]
