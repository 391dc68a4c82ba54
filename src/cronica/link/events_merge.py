"""Cross-article event merging: reports of the same real event become one merged event."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article

if TYPE_CHECKING:  # the store calls us; we never import it at run time
    from ..store.base import Store


def merge_article_events(store: "Store", art: Article, gids: dict[str, int]) -> None:
    for v in art.events:
        place_gid = gids.get(v.place) if v.place else None
        date_value = v.date.value if v.date else art.meta.published
        row = None
        if place_gid is not None:
            row = store.one("SELECT id FROM merged_events WHERE type = ? AND place_entity_id = ? AND date_value IS ?"
                            if store.dialect.name == "sqlite" else
                            "SELECT id FROM merged_events WHERE type = ? AND place_entity_id = ? AND date_value IS NOT DISTINCT FROM ?",
                            (v.type, place_gid, date_value))
        ev = store.one("SELECT place_name, lat, lon FROM events WHERE article_id = ? AND local_id = ?", (art.id, v.id))
        if row is None:
            mid = store.insert_id(
                "INSERT INTO merged_events (type, status, place_entity_id, place_name, lat, lon, date_value, fatalities_min, fatalities_max, "
                "fatalities_latest, injured_min, injured_max, injured_latest, n_reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (v.type, v.status, place_gid, ev["place_name"], ev["lat"], ev["lon"], date_value,
                 v.fatalities, v.fatalities, v.fatalities, v.injured, v.injured, v.injured))
        else:
            mid = row["id"]
        store.execute("UPDATE events SET merged_id = ? WHERE article_id = ? AND local_id = ?", (mid, art.id, v.id))
        if row is not None:
            _refresh_merged(store, mid)


def _refresh_merged(store: "Store", mid: int) -> None:
    reps = store.rows("SELECT fatalities, injured, status, published FROM events WHERE merged_id = ? ORDER BY COALESCE(published, ''), article_id", (mid,))
    def rng(key):
        vals = [r[key] for r in reps if r[key] is not None]
        latest = [r[key] for r in reps if r[key] is not None]
        return (min(vals), max(vals), latest[-1]) if vals else (None, None, None)
    fmin, fmax, flat = rng("fatalities")
    imin, imax, ilat = rng("injured")
    statuses = {r["status"] for r in reps}
    status = "confirmed" if "confirmed" in statuses else "disputed" if ("denied" in statuses and len(statuses) > 1) else reps[-1]["status"]
    store.execute("UPDATE merged_events SET fatalities_min = ?, fatalities_max = ?, fatalities_latest = ?, injured_min = ?, injured_max = ?, "
                  "injured_latest = ?, n_reports = ?, status = ? WHERE id = ?",
                  (fmin, fmax, flat, imin, imax, ilat, len(reps), status, mid))
