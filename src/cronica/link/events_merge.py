"""Cross-article event merging: the reports of one real event become one merged event.

Run inside the article's transaction, after its facts are stored. For each event of the article:

1. **Frame.** Its place (the event's own, else the article's main place, marked *inferred*), the
   days it may have happened (its own date +-1 day; an undated report: up to :data:`LATE_DAYS`
   before publication, never after), the targets it names (``hospital``, ``teatro``, ``puente``:
   ``resources/attack_targets_es.tsv``) and its distinctive words (those of its sentence, and
   those of its article's title and lead).
2. **Candidates** from an indexed blocking key: merged events of the same type indexed under one of
   those days (``event_blocks``). Never a scan of all events; the cost per article does not grow
   with the store.
3. **Decision.** A candidate is out when any of its reports is incompatible: another day
   (two reports with their own dates more than a day apart), another place (different gazetteer
   places further apart than :data:`LOCAL_KM`, another region, another country) or another target
   (a school is not a hospital). Otherwise it scores place agreement (the same place, a village
   inside the region another report names, a town nearby), date agreement, shared actors and
   targets, and the distinctive words the two reports share (sentence to sentence, or lead to lead;
   words every war report uses do not count, ``resources/common_news_words_es.txt``); the best candidate above
   :data:`THRESHOLD` takes the report. Weights and thresholds were chosen on real multi-outlet
   coverage (``../shared/eval/devclusters``); precision/recall curves are in ``docs/linking.md``.

A merged event keeps every report: fatalities and injured as a range (min, max) with the latest
figure by publication date; a status from its reports (claimed by one side and denied by the other
is ``disputed``); ``n_sources`` counts independent sources, so a wire copy republished by a second
outlet is not a second source.
"""
from __future__ import annotations

import math
import weakref
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional, Protocol

from .. import resources
from ..geomath import haversine_km
from ..model import Article
from ..names import fold
from ..records import EventReport, MergedDigest, MergedEvent, PlaceRef

LATE_DAYS = 10  # an undated report may come this many days after its event
DAY_SLACK = 1  # two dated reports one day apart may still be one event (overnight attacks, time zones)
NEAR_KM = 25.0  # two points this close are one place
LOCAL_KM = 60.0  # ... within the same region and this close: a place and the town next to it
AREA_FEATURES = {"region", "country", "continent", "admin", "district"}


@dataclass
class Weights:
    """The decision rule's parameters (``docs/linking.md`` gives the curves they were read from)."""

    threshold: float = 0.35
    lex: float = 1.2  # shared distinctive words (of the two sentences, or of the two articles' leads)
    place_same: float = 0.25
    place_inside: float = 0.15
    place_near: float = 0.15
    place_local: float = 0.05
    place_unknown: float = -0.15
    inferred_factor: float = 0.5
    same_day: float = 0.1
    day_apart: float = -0.15
    actors: float = 0.05
    target_same: float = 0.15
    copy: float = 1.0  # the same wire text
    sibling: float = 0.1  # a second mention from one article joins a little less readily


WEIGHTS = Weights()


class MergeStore(Protocol):
    def article_reports(self, article_id: str) -> list[EventReport]: ...
    def set_report_frame(self, rep: EventReport) -> None: ...
    def merged_candidates(self, type_: str, days: list[str], regions: Optional[list[str]] = None) -> list[int]: ...
    def merged_reports_of(self, merged_ids: list[int], per_event: int = 20) -> dict[int, list[EventReport]]: ...
    def merged_digest(self, merged_id: int) -> Optional[MergedDigest]: ...
    def move_reports(self, from_merged: int, to_merged: int) -> None: ...
    def merged_reports(self, merged_id: int) -> list[EventReport]: ...
    def create_merged(self, type_: str) -> int: ...
    def save_merged(self, m: MergedEvent) -> None: ...
    def assign_report(self, article_id: str, local_id: str, merged_id: Optional[int]) -> None: ...
    def delete_merged(self, merged_id: int) -> None: ...
    def article_merged_ids(self, article_id: str) -> dict[str, int]: ...


# --------------------------------------------------------------------------- words

_WORD = re.compile(r"[^\W\d_]{4,}")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """Words that tell no two events apart: spaCy's Spanish stop list and the words nearly every war
    report uses (``resources/common_news_words_es.txt``), as six-letter stems."""
    from spacy.lang.es.stop_words import STOP_WORDS

    words = [fold(w) for w in resources.lines("common_news_words_es.txt")] + [fold(w) for w in STOP_WORDS]
    return frozenset(stem(w) for w in words)


@lru_cache(maxsize=1)
def _targets() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for row in resources.table("attack_targets_es.tsv"):
        cls, pattern = row[1], row[2]
        out.append((cls, re.compile(r"\b(?:" + pattern + r")\b")))
    return tuple(out)


def stem(w: str) -> str:
    return w[:6]


@lru_cache(maxsize=50000)
def content_words(text: str) -> frozenset[str]:
    """Distinctive words (folded, cut to six letters), without the words every war report uses."""
    common = _common()
    return frozenset(stem(w) for w in _WORD.findall(fold(text)) if stem(w) not in common)


@lru_cache(maxsize=50000)
def targets(text: str) -> frozenset[str]:
    """Classes of the places attacked that a sentence names (hospital, school, bridge ...)."""
    t = fold(text)
    return frozenset(cls for cls, rx in _targets() if rx.search(t))


def overlap(a: frozenset, b: frozenset) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


# --------------------------------------------------------------------------- frames

def _day(s: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(s) if s and len(s) == 10 else None
    except ValueError:
        return None


@dataclass
class Frame:
    rep: EventReport
    lo: Optional[date]  # first day the event may have happened
    hi: Optional[date]  # last day
    day: Optional[date]  # its own date, when the report gives a day
    words: frozenset = frozenset()
    context_words: frozenset = frozenset()
    targets: frozenset = frozenset()
    actors: frozenset = frozenset()


def window(value: Optional[str], dated: bool, published: Optional[str]) -> tuple[Optional[date], Optional[date], Optional[date]]:
    """(first day, last day, the day itself) an event may have happened: its own date +-1 day; a month
    or a year, its first and last day; undated, the LATE_DAYS up to its publication."""
    day = _day(value) if dated else None
    if day is not None:
        return day - timedelta(days=DAY_SLACK), day + timedelta(days=DAY_SLACK), day
    if dated and value:
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y, m, 1), date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1), None
        return date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31), None
    pub = _day(published)
    if pub is not None:
        return pub - timedelta(days=LATE_DAYS), pub, None
    return None, None, None


def frame(rep: EventReport) -> Frame:
    lo, hi, day = window(rep.date_value, rep.dated, rep.published)
    return Frame(rep, lo, hi, day, content_words(rep.sentence), content_words(rep.context), targets(rep.sentence),
                 frozenset(rep.actors) | frozenset(rep.targets))


def region_key(p: PlaceRef) -> str:
    """The region a report is indexed under: its place's first-level region, else its country for a
    town with no region known, else ``""`` (no place, or only a country: it may be anywhere)."""
    if _kind(p) is None or p.feature == "country":
        return ""
    if p.admin1:
        return p.admin1
    return "c:" + p.country if p.country else ""


def query_regions(p: PlaceRef) -> Optional[list[str]]:
    """The regions to look in for a report's candidates; None: everywhere (the report's place is
    unknown, a whole country, or a town whose region is unknown)."""
    key = region_key(p)
    if not key or key.startswith("c:"):
        return None
    return [key, ""]


def block_days(f: Frame) -> list[str]:
    return _days(f.lo, f.hi)


def _days(lo: Optional[date], hi: Optional[date]) -> list[str]:
    if lo is None or hi is None:
        return []
    n = (hi - lo).days
    if n > 40:  # a year: too vague to index day by day
        return []
    return [(lo + timedelta(days=i)).isoformat() for i in range(n + 1)]


def _kind(p: PlaceRef) -> Optional[str]:
    if p.entity_id is None and p.name is None:
        return None
    return "area" if (p.feature in AREA_FEATURES) else "point"


def place_relation(a: PlaceRef, b: PlaceRef) -> Optional[str]:
    """``same``, ``inside`` (a place within the region the other names), ``near``, ``local``,
    ``unknown`` (one side names no place, or nothing can be said), or None: different places."""
    ka, kb = _kind(a), _kind(b)
    if ka is None or kb is None:
        return "unknown"
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return "same"
    if a.geonames_id and a.geonames_id == b.geonames_id:
        return "same"
    if a.country and b.country and a.country != b.country:
        return None
    if ka == "point" and kb == "point":
        if None in (a.lat, a.lon, b.lat, b.lon):
            return "same" if a.name and b.name and fold(a.name) == fold(b.name) else "unknown"
        d = haversine_km(a.lat, a.lon, b.lat, b.lon)
        if d <= NEAR_KM:
            return "near"
        if d <= LOCAL_KM and a.admin1 and a.admin1 == b.admin1:
            return "local"
        return None
    if ka == "area" and kb == "area":
        if a.feature == "country" or b.feature == "country":
            return "unknown"  # a whole country says nothing about where
        if a.admin1 and a.admin1 == b.admin1:
            return "same"
        if a.name and b.name and fold(a.name) == fold(b.name):
            return "same"
        return None if (a.admin1 and b.admin1) else "unknown"
    area, point = (a, b) if ka == "area" else (b, a)
    if area.feature == "country":
        return "unknown"
    if area.admin1 and point.admin1:
        return "inside" if area.admin1 == point.admin1 else None
    return "unknown"


def _dates(a: Frame, b: Frame, w: Weights) -> Optional[float]:
    if a.lo is None or b.lo is None:
        return 0.0
    if a.hi < b.lo or b.hi < a.lo:
        return None
    if a.day is not None and b.day is not None:
        gap = abs((a.day - b.day).days)
        return w.same_day if gap == 0 else w.day_apart
    return 0.0


def pair_score(a: Frame, b: Frame, w: Weights = WEIGHTS) -> Optional[float]:
    """How much the two reports look like one event; None when they cannot be."""
    copy = bool(a.rep.source_root and a.rep.source_root == b.rep.source_root)
    d = _dates(a, b, w)
    if d is None:
        return None
    rel = place_relation(a.rep.place, b.rep.place)
    if rel is None:
        return None
    if a.targets and b.targets and not (a.targets & b.targets):
        return None
    place_w = {"same": w.place_same, "inside": w.place_inside, "near": w.place_near, "local": w.place_local,
               "unknown": w.place_unknown}[rel]
    if rel != "unknown" and (a.rep.place.inferred or b.rep.place.inferred):
        place_w *= w.inferred_factor
    lex = max(overlap(a.words, b.words), overlap(a.context_words, b.context_words))
    s = w.lex * lex + place_w + d
    if a.actors & b.actors:
        s += w.actors
    if a.targets & b.targets:
        s += w.target_same
    if copy:
        s += w.copy
    return s


# --------------------------------------------------------------------------- merging

def _toll_fits(f: Frame, others: list[Frame]) -> bool:
    """A second mention in one article joins its event only with a toll of the same order as the
    others' (a war-wide total in the same paragraph is another fact)."""
    if f.rep.fatalities is None:
        return True
    tolls = [q.rep.fatalities for q in others if q.rep.fatalities]
    return not tolls or (min(tolls) / SIBLING_TOLL_FACTOR <= f.rep.fatalities <= max(tolls) * SIBLING_TOLL_FACTOR)


SIBLING_TOLL_FACTOR = 3.0


class FrameCache:
    """The framed reports of merged events, kept between articles by the one writer (the next article
    of the same days and region meets mostly the same candidates). Entries are dropped whenever their
    merged event changes, and all of them when a transaction rolls back (:func:`forget_cache`)."""

    def __init__(self, limit: int = 20000):
        self.limit = limit
        self.frames: dict[int, list[Frame]] = {}

    def get_many(self, store: "MergeStore", ids: list[int]) -> dict[int, list[Frame]]:
        missing = [m for m in ids if m not in self.frames]
        if missing:
            if len(self.frames) + len(missing) > self.limit:
                self.frames.clear()
            for m, reps in store.merged_reports_of(missing).items():
                self.frames[m] = [frame(q) for q in reps]
        return {m: self.frames.get(m, []) for m in ids}

    def drop(self, mid: int) -> None:
        self.frames.pop(mid, None)


_CACHES: "weakref.WeakKeyDictionary" = None  # store -> FrameCache


def _cache(store) -> FrameCache:
    global _CACHES

    if _CACHES is None:
        _CACHES = weakref.WeakKeyDictionary()
    try:
        c = _CACHES.get(store)
        if c is None:
            c = _CACHES[store] = FrameCache()
        return c
    except TypeError:  # a store that cannot be weakly referenced: no cache between articles
        return FrameCache()


def forget_cache(store) -> None:
    """After a rollback: what the cache holds may never have been committed."""
    if _CACHES is not None and store in _CACHES:
        del _CACHES[store]


def merge_reports(store: MergeStore, art: Article, reports: list[EventReport], w: Weights = WEIGHTS) -> None:
    """Give each report of ``art`` (framed and stored) a merged event, new or existing.

    An article names one event once in principle; when extraction gives it twice (two mentions of
    one strike), the second mention may join the merged event the first one took, if that is its
    best candidate, it agrees with every report there and its toll is of the same order."""
    frames = [frame(r) for r in reports]
    cache = _cache(store)
    taken: dict[str, list[int]] = {}
    for f in frames:
        best, best_s = None, w.threshold
        ids = store.merged_candidates(f.rep.type, block_days(f), query_regions(f.rep.place))
        groups = cache.get_many(store, ids)
        for mid_ in ids:
            reps = groups.get(mid_) or []
            others = [q for q in reps if q.rep.article_id != art.id]
            if not others:
                continue
            mine = [q for q in reps if q.rep.article_id == art.id]
            if any(pair_score(f, q, w) is None for q in mine) or (mine and not _toll_fits(f, others)):
                continue
            scores = [pair_score(f, q, w) for q in others]
            if any(x is None for x in scores):
                continue
            s = max(scores) - (w.sibling if mine else 0.0)
            if s > best_s or (s == best_s and best is not None and mid_ < best):
                best, best_s = mid_, s
        mid = best if best is not None else store.create_merged(f.rep.type)
        store.assign_report(f.rep.article_id, f.rep.local_id, mid)
        cache.drop(mid)
        refresh_merged(store, mid)
        taken.setdefault(f.rep.type, []).append(mid)
    for type_, mids in sorted(taken.items()):
        _consolidate(store, sorted(set(mids)), w)


def _tolls_fit(a: list[Frame], b: list[Frame]) -> bool:
    ta = [q.rep.fatalities for q in a if q.rep.fatalities]
    tb = [q.rep.fatalities for q in b if q.rep.fatalities]
    if not ta or not tb:
        return True
    return max(tb) <= max(ta) * SIBLING_TOLL_FACTOR and max(ta) <= max(tb) * SIBLING_TOLL_FACTOR


def _consolidate(store: MergeStore, mids: list[int], w: Weights) -> None:
    """Two merged events that both took a mention from this article, that agree report by report,
    look alike and carry tolls of the same order, are one event told twice in several articles:
    fold the later one into the earlier (the order the articles came in matters less). Each side is
    judged on its most recent reports, so a large merged event costs what a small one does."""
    groups = {m: [frame(q) for q in reps] for m, reps in store.merged_reports_of(mids).items()}
    alive = [m for m in mids if groups.get(m)]
    for i, a in enumerate(alive):
        for b in alive[i + 1:]:
            ga, gb = groups.get(a), groups.get(b)
            if not ga or not gb:
                continue
            cross = [(x, y) for x in ga for y in gb if x.rep.article_id != y.rep.article_id]
            if not cross or not _tolls_fit(ga, gb):
                continue
            scores = [pair_score(x, y, w) for x, y in cross]
            if any(sc is None for sc in scores) or max(scores) < w.threshold:
                continue
            store.move_reports(b, a)
            store.delete_merged(b)
            _cache(store).drop(b)
            groups[a] = ga + gb
            groups[b] = []
            refresh_merged(store, a)


def merged_status(statuses: list[str]) -> str:
    s = set(statuses)
    if "denied" in s and s & {"claimed", "asserted", "confirmed", "disputed"}:
        return "disputed"
    if "disputed" in s:
        return "disputed"
    for st in ("confirmed", "asserted", "claimed", "denied", "expected", "hypothetical"):
        if st in s:
            return st
    return statuses[-1] if statuses else "asserted"


def _specificity(p: PlaceRef) -> tuple:
    kind = _kind(p)
    return (kind is not None, not p.inferred, kind == "point", p.feature != "country", p.lat is not None)


def summarise(mid: int, d: MergedDigest) -> MergedEvent:
    """A merged event from what its reports add up to (:class:`MergedDigest`)."""
    if d.dated:
        date_value = sorted(d.dated, key=lambda x: (-x[1], x[0]))[0][0]  # the date most reports give
        spans = [window(v, True, None) for v, _ in d.dated]
    else:
        date_value = d.undated_published[0] if d.undated_published else None
        spans = [window(None, False, p) for p in d.undated_published]
    days = sorted({x for lo, hi, _ in spans for x in (lo, hi) if x is not None})
    place = max(d.places, key=_specificity, default=PlaceRef())
    regions = {region_key(p) for p in d.places} or {""}
    blocks = {(day, reg) for lo, hi, _ in spans for day in _days(lo, hi) for reg in regions}
    fmin, fmax, flat = d.fatalities
    imin, imax, ilat = d.injured
    return MergedEvent(
        id=mid, type=d.type, status=merged_status(d.statuses),
        place=PlaceRef(place.entity_id, place.name, place.lat, place.lon, place.admin1, place.country, place.feature,
                       place.geonames_id),
        date_value=date_value, date_min=days[0].isoformat() if days else None, date_max=days[-1].isoformat() if days else None,
        fatalities_min=fmin, fatalities_max=fmax, fatalities_latest=flat, injured_min=imin, injured_max=imax,
        injured_latest=ilat, n_reports=d.n_reports, n_sources=d.n_sources, blocks=sorted(blocks))


def refresh_merged(store: MergeStore, mid: int) -> None:
    _cache(store).drop(mid)
    d = store.merged_digest(mid)
    if d is None:
        store.delete_merged(mid)
        return
    store.save_merged(summarise(mid, d))


def forget_article(store: MergeStore, article_id: str) -> None:
    """Before an article's events are deleted: drop it from its merged events (and empty ones)."""
    mids = store.article_merged_ids(article_id)
    for lid in sorted(mids):
        store.assign_report(article_id, lid, None)
    for mid in sorted(set(mids.values())):
        refresh_merged(store, mid)
