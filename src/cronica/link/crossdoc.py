"""After an article is stored: link its events to the merged events and its statements to claims.

First level (issue 2): an event joins a merged event of the same type, same place entity and
same date (or both undated in articles published the same day); every attributed assertion
about an event is a claim, and denials/confirmations/"could not verify" in the same article
are linked to the claim they answer.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article

if TYPE_CHECKING:  # the store calls us; we never import it at run time
    from ..store.base import Store


def link_article(store: "Store", art: Article, gids: dict[str, int]) -> None:
    _merge_events(store, art, gids)
    _link_claims(store, art, gids)


def _merge_events(store: "Store", art: Article, gids: dict[str, int]) -> None:
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
    reps = store.rows("SELECT fatalities, injured, status, published FROM events WHERE merged_id = ? ORDER BY published, article_id", (mid,))
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


def _link_claims(store: "Store", art: Article, gids: dict[str, int]) -> None:
    ents = {e.id: e for e in art.entities}
    claim_of: dict[str, int] = {}
    for s in art.statements:
        if s.stance != "assert" or not s.about:
            continue
        src = ents.get(s.source)
        text = art.text[s.content_span[0]:s.content_span[1]]
        cid = store.insert_id(
            "INSERT INTO claims (article_id, statement_id, claimant_entity_id, claimant, text, status) VALUES (?, ?, ?, ?, ?, 'claimed')",
            (art.id, s.id, gids.get(s.source) if s.source else None, src.name if src else None, text))
        claim_of[s.id] = cid
        store.execute("UPDATE statements SET claim_id = ? WHERE article_id = ? AND local_id = ?", (cid, art.id, s.id))
    for s in art.statements:
        if s.stance not in ("deny", "confirm", "unverified") or not s.target:
            continue
        cid = claim_of.get(s.target)
        if cid is None:
            for other in art.statements:  # a target that is an event: the claim about that event
                if s.target in other.about and other.id in claim_of:
                    cid = claim_of[other.id]
                    break
        if cid is None:
            continue
        src = ents.get(s.source)
        store.execute("INSERT INTO claim_links (claim_id, article_id, statement_id, entity_id, speaker, stance) VALUES (?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (claim_id, article_id, statement_id) DO NOTHING",
                      (cid, art.id, s.id, gids.get(s.source) if s.source else None, src.name if src else None, s.stance))
        stances = {r["stance"] for r in store.rows("SELECT stance FROM claim_links WHERE claim_id = ?", (cid,))}
        status = "disputed" if "deny" in stances and "confirm" in stances else "denied" if "deny" in stances else \
            "confirmed" if "confirm" in stances else "unverified"
        store.execute("UPDATE claims SET status = ? WHERE id = ?", (status, cid))
