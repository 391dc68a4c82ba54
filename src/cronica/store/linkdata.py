"""What cross-article linking asks of the store, and what it writes back.

Every query here is an indexed lookup whose cost does not grow with the size of the store:
entities by blocking key (``entity_keys``), articles by MinHash band (``article_bands``),
merged events by (type, day) (``event_blocks``), claims by claimant and date
(``claims_claimant``) or by merged event (``claims_event``), statements by content term and
day (``statement_terms``). The decisions are made in :mod:`cronica.link`, which never sees SQL.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from ..model import Article, Entity, Geo
from ..records import (ClaimLink, ClaimRecord, EventReport, Fingerprint, KnownEntity, MergedDigest, MergedEvent, PlaceRef,
                      StatementRecord)

MAX_ENTITY_CANDIDATES = 50


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _geo_json(geo: Optional[Geo]) -> Optional[str]:
    return json.dumps(geo.to_dict()) if geo else None


class LinkData:
    """Mixin of :class:`cronica.store.base.Store`: the linker's side of the store."""

    # provided by Store
    def rows(self, q: str, params: Iterable[Any] = ()) -> list[dict]: ...  # pragma: no cover
    def one(self, q: str, params: Iterable[Any] = ()) -> Optional[dict]: ...  # pragma: no cover
    def scalar(self, q: str, params: Iterable[Any] = ()): ...  # pragma: no cover
    def execute(self, q: str, params: Iterable[Any] = ()): ...  # pragma: no cover
    def insert_id(self, q: str, params: Iterable[Any]) -> int: ...  # pragma: no cover

    # ------------------------------------------------------------ entities
    def entity_candidates(self, keys: set[str]) -> list[KnownEntity]:
        """Entities indexed under any of ``keys`` (at most 50, oldest first), with their spellings."""
        if not keys:
            return []
        ids = [r["entity_id"] for r in self.rows(
            f"SELECT DISTINCT entity_id FROM entity_keys WHERE key IN ({_marks(len(keys))}) ORDER BY entity_id",
            sorted(keys))][:MAX_ENTITY_CANDIDATES]
        if not ids:
            return []
        ents = {r["id"]: r for r in self.rows(
            f"SELECT id, type, name, geo, geonames_id, n_mentions, lat, lon FROM entities WHERE id IN ({_marks(len(ids))})", ids)}
        aliases: dict[int, list[str]] = {}
        for r in self.rows(f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({_marks(len(ids))}) "
                           "ORDER BY entity_id, alias", ids):
            aliases.setdefault(r["entity_id"], []).append(r["alias"])
        out = []
        for eid in ids:
            e = ents.get(eid)
            if e is None:
                continue
            geo = json.loads(e["geo"]) if e["geo"] else {}
            out.append(KnownEntity(e["id"], e["type"], e["name"], aliases.get(eid, []), e["geonames_id"],
                                   int(e["n_mentions"] or 0), e["lat"], e["lon"], geo.get("admin1"), geo.get("feature")))
        return out

    def create_entity(self, ent: Entity) -> int:
        g = ent.geo.to_dict() if ent.geo else {}  # the record's precision, whatever process extracted it
        return self.insert_id(
            "INSERT INTO entities (type, name, geo, geonames_id, lat, lon, n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ent.type, ent.name, _geo_json(ent.geo), g.get("geonames_id"), g.get("lat"), g.get("lon"), len(ent.mentions)))

    def add_entity_mentions(self, entity_id: int, n: int, geo: Optional[Geo]) -> None:
        """Count more mentions; a place without coordinates takes the first ones seen."""
        self.execute("UPDATE entities SET n_mentions = n_mentions + ? WHERE id = ?", (n, entity_id))
        if geo is not None:
            g = geo.to_dict()
            self.execute("UPDATE entities SET geo = ?, geonames_id = ?, lat = ?, lon = ? WHERE id = ? AND geo IS NULL",
                         (_geo_json(geo), g["geonames_id"], g["lat"], g["lon"], entity_id))

    def add_entity_names(self, entity_id: int, aliases: Iterable[str], keys: Iterable[str]) -> None:
        for a in aliases:
            self.execute("INSERT INTO entity_aliases (entity_id, alias, n) VALUES (?, ?, 1) "
                         "ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + 1", (entity_id, a))
        for k in keys:
            self.execute("INSERT INTO entity_keys (key, entity_id) VALUES (?, ?) ON CONFLICT (key, entity_id) DO NOTHING",
                         (k, entity_id))

    def entity_alias_counts(self, entity_id: int) -> dict[str, int]:
        return {r["alias"]: int(r["n"]) for r in self.rows("SELECT alias, n FROM entity_aliases WHERE entity_id = ?", (entity_id,))}

    def entity_has_geo(self, entity_id: int) -> bool:
        return bool(self.scalar("SELECT geo IS NOT NULL FROM entities WHERE id = ?", (entity_id,)))

    def set_entity_name(self, entity_id: int, name: str) -> None:
        self.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))

    def insert_article_entity(self, art: Article, ent: Entity, entity_id: int) -> None:
        self.execute("INSERT INTO article_entities (article_id, local_id, entity_id, name, type, roles) VALUES (?, ?, ?, ?, ?, ?)",
                     (art.id, ent.id, entity_id, ent.name, ent.type, json.dumps(ent.roles, ensure_ascii=False)))
        for s, e in ent.mentions:
            self.execute("INSERT INTO mentions (article_id, start_char, end_char, entity_id, text) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (article_id, start_char) DO NOTHING", (art.id, s, e, entity_id, art.text[s:e]))

    # ------------------------------------------------------------ near-duplicate articles
    def fingerprint_candidates(self, bands: list[str], exclude: str) -> list[Fingerprint]:
        """Stored articles sharing at least one MinHash band with ``bands``."""
        if not bands:
            return []
        ids = [r["article_id"] for r in self.rows(
            f"SELECT DISTINCT article_id FROM article_bands WHERE band IN ({_marks(len(bands))}) AND article_id <> ? "
            "ORDER BY article_id", [*bands, exclude])]
        out = []
        for i in range(0, len(ids), 200):
            chunk = ids[i:i + 200]
            for r in self.rows(
                    "SELECT f.article_id, f.minhash, f.n_shingles, a.published, a.outlet, a.duplicate_of FROM article_fingerprints f "
                    f"JOIN articles a ON a.id = f.article_id WHERE f.article_id IN ({_marks(len(chunk))})", chunk):
                out.append(Fingerprint(r["article_id"], [int(x, 16) for x in r["minhash"].split()], [], int(r["n_shingles"]),
                                       r["published"], r["outlet"], r["duplicate_of"]))
        return out

    def add_fingerprint(self, fp: Fingerprint) -> None:
        self.execute("INSERT INTO article_fingerprints (article_id, minhash, n_shingles) VALUES (?, ?, ?)",
                     (fp.article_id, " ".join(format(x, "x") for x in fp.minhash), fp.n_shingles))
        for b in sorted(set(fp.bands)):
            self.execute("INSERT INTO article_bands (band, article_id) VALUES (?, ?) ON CONFLICT (band, article_id) DO NOTHING",
                         (b, fp.article_id))

    def source_root(self, article_id: str) -> Optional[str]:
        r = self.one("SELECT COALESCE(source_root, id) AS root FROM articles WHERE id = ?", (article_id,))
        return r["root"] if r else None

    # ------------------------------------------------------------ event reports
    def article_reports(self, article_id: str) -> list[EventReport]:
        return [self._report(r) for r in self.rows(
            "SELECT * FROM events WHERE article_id = ? ORDER BY local_id", (article_id,))]

    def merged_reports(self, merged_id: int) -> list[EventReport]:
        return [self._report(r) for r in self.rows(
            "SELECT * FROM events WHERE merged_id = ? ORDER BY COALESCE(published, ''), article_id, local_id", (merged_id,))]

    @staticmethod
    def _report(r: dict) -> EventReport:
        return EventReport(
            article_id=r["article_id"], local_id=r["local_id"], type=r["type"], status=r["status"], published=r["published"],
            date_value=r["date_value"], date_basis=r["date_basis"],
            place=PlaceRef(r["place_entity_id"], r["place_name"], r["lat"], r["lon"], r.get("place_admin1"),
                           r.get("place_country"), r.get("place_feature"), r.get("place_geonames_id"),
                           bool(r.get("place_inferred"))),
            fatalities=r["fatalities"], injured=r["injured"], fatalities_low=r.get("fatalities_low"),
            fatalities_high=r.get("fatalities_high"), actors=[a for a in json.loads(r["actors"] or "[]") if a is not None],
            targets=[a for a in json.loads(r["targets"] or "[]") if a is not None], sentence=r["sentence"] or "",
            context=r.get("context") or "", merged_id=r["merged_id"], source_root=r.get("source_root") or r["article_id"], outlet=r.get("outlet"))

    def set_report_frame(self, rep: EventReport) -> None:
        """What linking decided about a report: its place (perhaps the article's), date basis, words and the
        range of death counts its article gives."""
        p = rep.place
        self.execute(
            "UPDATE events SET place_entity_id = ?, place_name = ?, lat = ?, lon = ?, place_admin1 = ?, place_country = ?, "
            "place_feature = ?, place_geonames_id = ?, place_inferred = ?, date_basis = ?, context = ?, fatalities_low = ?, "
            "fatalities_high = ? WHERE article_id = ? AND local_id = ?",
            (p.entity_id, p.name, p.lat, p.lon, p.admin1, p.country, p.feature, p.geonames_id, int(p.inferred), rep.date_basis,
             rep.context, rep.fatalities_low, rep.fatalities_high, rep.article_id, rep.local_id))

    def assign_report(self, article_id: str, local_id: str, merged_id: Optional[int]) -> None:
        self.execute("UPDATE events SET merged_id = ? WHERE article_id = ? AND local_id = ?", (merged_id, article_id, local_id))

    # ------------------------------------------------------------ merged events
    def merged_candidates(self, type_: str, days: list[str], regions: Optional[list[str]] = None) -> list[int]:
        """Ids of merged events of ``type_`` indexed under one of ``days`` (and one of ``regions``,
        when given) in ``event_blocks``."""
        if not days:
            return []
        q = f"SELECT DISTINCT merged_id FROM event_blocks WHERE type = ? AND day IN ({_marks(len(set(days)))})"
        params: list[Any] = [type_, *sorted(set(days))]
        if regions is not None:
            q += f" AND region IN ({_marks(len(set(regions)))})"
            params += sorted(set(regions))
        return [r["merged_id"] for r in self.rows(q + " ORDER BY merged_id", params)]

    def merged_reports_of(self, merged_ids: list[int], per_event: int = 20) -> dict[int, list[EventReport]]:
        """The most recent ``per_event`` reports of each of several merged events (index
        ``events_merged_recent``): what a new report is compared with."""
        out: dict[int, list[EventReport]] = {}
        for m in sorted(set(merged_ids)):
            out[m] = [self._report(r) for r in self.rows(
                "SELECT * FROM events WHERE merged_id = ? ORDER BY COALESCE(published, '') DESC, article_id DESC, "
                "local_id DESC LIMIT ?", (m, per_event))]
        return out

    def merged_digest(self, merged_id: int) -> Optional[MergedDigest]:
        """A merged event's reports added up (aggregates over the ``events_merged_*`` indexes). Its fatalities
        span every death count of every report (a report's own range, else its one toll)."""
        head = self.one(
            "SELECT MIN(type) AS type, COUNT(*) AS n, COUNT(DISTINCT source_root) AS roots, "
            "MIN(COALESCE(fatalities_low, fatalities)) AS fmin, MAX(COALESCE(fatalities_high, fatalities)) AS fmax, "
            "MIN(injured) AS imin, MAX(injured) AS imax FROM events WHERE merged_id = ?", (merged_id,))
        if not head or not head["n"]:
            return None

        def latest(col: str):  # a column, or an expression over the columns of a report
            r = self.one(f"SELECT {col} AS v FROM events WHERE merged_id = ? AND {col} IS NOT NULL "
                         "ORDER BY COALESCE(published, '') DESC, article_id DESC, local_id DESC LIMIT 1", (merged_id,))
            return r["v"] if r else None

        dated_sql = "date_value IS NOT NULL AND date_basis IS NOT NULL AND date_basis NOT IN ('publication', 'said')"
        places = []
        for r in self.rows(
                "SELECT DISTINCT place_entity_id, place_name, lat, lon, place_admin1, place_country, place_feature, "
                "place_geonames_id, place_inferred FROM events WHERE merged_id = ? ORDER BY place_entity_id, place_name",
                (merged_id,)):
            places.append(PlaceRef(r["place_entity_id"], r["place_name"], r["lat"], r["lon"], r["place_admin1"],
                                   r["place_country"], r["place_feature"], r["place_geonames_id"], bool(r["place_inferred"])))
        return MergedDigest(
            type=head["type"], n_reports=int(head["n"]), n_sources=int(head["roots"] or 0),
            fatalities=(head["fmin"], head["fmax"], latest("COALESCE(fatalities, fatalities_high)")),
            injured=(head["imin"], head["imax"], latest("injured")),
            statuses=[r["status"] for r in self.rows("SELECT DISTINCT status FROM events WHERE merged_id = ? ORDER BY status",
                                                       (merged_id,))],
            dated=[(r["date_value"], int(r["n"])) for r in self.rows(
                f"SELECT date_value, COUNT(*) AS n FROM events WHERE merged_id = ? AND {dated_sql} GROUP BY date_value "
                "ORDER BY date_value", (merged_id,))],
            undated_published=[r["published"] for r in self.rows(
                f"SELECT DISTINCT published FROM events WHERE merged_id = ? AND NOT ({dated_sql}) AND published IS NOT NULL "
                "ORDER BY published", (merged_id,))],
            places=places)

    def move_reports(self, from_merged: int, to_merged: int) -> None:
        self.execute("UPDATE events SET merged_id = ? WHERE merged_id = ?", (to_merged, from_merged))

    def merged(self, merged_id: int) -> Optional[MergedEvent]:
        r = self.one("SELECT * FROM merged_events WHERE id = ?", (merged_id,))
        if r is None:
            return None
        return MergedEvent(
            r["id"], r["type"], r["status"],
            PlaceRef(r["place_entity_id"], r["place_name"], r["lat"], r["lon"], r.get("place_admin1"), r.get("place_country"),
                     r.get("place_feature"), r.get("place_geonames_id")),
            r["date_value"], r["date_min"], r["date_max"], r["fatalities_min"], r["fatalities_max"], r["fatalities_latest"],
            r["injured_min"], r["injured_max"], r["injured_latest"], int(r["n_reports"] or 0), int(r.get("n_sources") or 0))

    def create_merged(self, type_: str) -> int:
        return self.insert_id("INSERT INTO merged_events (type, n_reports) VALUES (?, 0)", (type_,))

    def save_merged(self, m: MergedEvent) -> None:
        p = m.place
        self.execute(
            "UPDATE merged_events SET status = ?, place_entity_id = ?, place_name = ?, lat = ?, lon = ?, place_admin1 = ?, "
            "place_country = ?, place_feature = ?, place_geonames_id = ?, date_value = ?, date_min = ?, date_max = ?, "
            "fatalities_min = ?, fatalities_max = ?, fatalities_latest = ?, injured_min = ?, injured_max = ?, injured_latest = ?, "
            "n_reports = ?, n_sources = ? WHERE id = ?",
            (m.status, p.entity_id, p.name, p.lat, p.lon, p.admin1, p.country, p.feature, p.geonames_id, m.date_value,
             m.date_min, m.date_max, m.fatalities_min, m.fatalities_max, m.fatalities_latest, m.injured_min, m.injured_max,
             m.injured_latest, m.n_reports, m.n_sources, m.id))
        self.execute("DELETE FROM event_blocks WHERE merged_id = ?", (m.id,))
        for d, region in sorted(set(m.blocks)):
            self.execute("INSERT INTO event_blocks (type, day, region, merged_id) VALUES (?, ?, ?, ?)", (m.type, d, region, m.id))

    def delete_merged(self, merged_id: int) -> None:
        self.execute("DELETE FROM event_blocks WHERE merged_id = ?", (merged_id,))
        self.execute("UPDATE claims SET event_merged_id = NULL WHERE event_merged_id = ?", (merged_id,))
        self.execute("DELETE FROM merged_events WHERE id = ?", (merged_id,))

    def article_merged_ids(self, article_id: str) -> dict[str, int]:
        """An article's event ids -> their merged events."""
        return {r["local_id"]: r["merged_id"] for r in self.rows(
            "SELECT local_id, merged_id FROM events WHERE article_id = ? AND merged_id IS NOT NULL", (article_id,))}

    def clear_merging(self) -> None:
        """Every report unassigned and every merged event gone (before merging everything again)."""
        self.execute("UPDATE events SET merged_id = NULL")
        self.execute("UPDATE claims SET event_merged_id = NULL")
        self.execute("DELETE FROM event_blocks")
        self.execute("DELETE FROM merged_events")

    def article_ids_in_order(self) -> list[str]:
        return [r["id"] for r in self.rows("SELECT id FROM articles ORDER BY COALESCE(published, ''), id")]

    # ------------------------------------------------------------ claims
    def _claims(self, where: str, params: Iterable[Any]) -> list[ClaimRecord]:
        return [ClaimRecord(r["id"], r["article_id"], r["statement_id"], r["text"], r["claimant_entity_id"], r["claimant"],
                            r["claimant_key"], r["event_merged_id"], r["status"], r["published"])
                for r in self.rows("SELECT id, article_id, statement_id, text, claimant_entity_id, claimant, claimant_key, "
                                   f"event_merged_id, status, published FROM claims WHERE {where} ORDER BY id", params)]

    def insert_claim(self, c: ClaimRecord) -> int:
        return self.insert_id(
            "INSERT INTO claims (article_id, statement_id, claimant_entity_id, claimant, claimant_key, text, event_merged_id, "
            "status, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (c.article_id, c.statement_id, c.claimant_entity_id, c.claimant, c.claimant_key, c.text, c.event_merged_id,
             c.status, c.published))

    def set_statement_claim(self, article_id: str, local_id: str, claim_id: Optional[int]) -> None:
        self.execute("UPDATE statements SET claim_id = ? WHERE article_id = ? AND local_id = ?", (claim_id, article_id, local_id))

    def claims_by_claimant(self, claimant_key: str, lo: Optional[str], hi: Optional[str]) -> list[ClaimRecord]:
        if lo is None or hi is None:
            return self._claims("claimant_key = ? AND published IS NULL", (claimant_key,))
        return self._claims("claimant_key = ? AND published >= ? AND published <= ?", (claimant_key, lo, hi))

    def claims_about(self, merged_ids: Iterable[int], lo: Optional[str] = None, hi: Optional[str] = None) -> list[ClaimRecord]:
        """Claims about these merged events, published between ``lo`` and ``hi`` when given
        (index ``claims_event``: an event every later article mentions does not bring them all)."""
        ids = sorted(set(merged_ids))
        if not ids:
            return []
        if lo is None or hi is None:
            return self._claims(f"event_merged_id IN ({_marks(len(ids))})", ids)
        return self._claims(f"event_merged_id IN ({_marks(len(ids))}) AND published >= ? AND published <= ?", [*ids, lo, hi])

    def claims_of_statements(self, keys: Iterable[tuple[str, str]]) -> list[ClaimRecord]:
        out = []
        for aid, lid in sorted(set(keys)):
            out += self._claims("article_id = ? AND statement_id = ?", (aid, lid))
        return out

    def add_statement_terms(self, article_id: str, local_id: str, day: str, terms: Iterable[str]) -> None:
        for t in sorted(set(terms)):
            self.execute("INSERT INTO statement_terms (term, day, article_id, local_id) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (term, day, article_id, local_id) DO NOTHING", (t, day, article_id, local_id))

    def statements_sharing_terms(self, terms: Iterable[str], lo: str, hi: str, min_shared: int,
                                 exclude_article: str) -> list[StatementRecord]:
        """Statements of other articles dated ``lo``..``hi`` whose content shares ``min_shared`` indexed terms."""
        ts = sorted(set(terms))
        if not ts:
            return []
        hits = self.rows(
            f"SELECT article_id, local_id, COUNT(*) AS n FROM statement_terms WHERE term IN ({_marks(len(ts))}) "
            "AND day >= ? AND day <= ? AND article_id <> ? GROUP BY article_id, local_id HAVING COUNT(*) >= ? "
            "ORDER BY article_id, local_id", [*ts, lo, hi, exclude_article, min_shared])
        return self.statement_records([(h["article_id"], h["local_id"]) for h in hits])

    def statement_records(self, keys: list[tuple[str, str]]) -> list[StatementRecord]:
        by_article: dict[str, list[str]] = {}
        for aid, lid in keys:
            by_article.setdefault(aid, []).append(lid)
        out = []
        for aid in sorted(by_article):
            lids = sorted(set(by_article[aid]))
            for r in self.rows(
                    "SELECT s.article_id, s.local_id, s.stance, s.content, s.source_entity_id, s.speaker, s.about, s.claim_id, "
                    f"a.published FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ? "
                    f"AND s.local_id IN ({_marks(len(lids))}) ORDER BY s.local_id", [aid, *lids]):
                out.append(StatementRecord(r["article_id"], r["local_id"], r["stance"], r["content"], r["source_entity_id"],
                                           r["speaker"], json.loads(r["about"] or "[]"), r["claim_id"], r["published"]))
        return out

    def statements_about_merged(self, merged_ids: Iterable[int], exclude_article: str, lo: Optional[str] = None,
                                hi: Optional[str] = None) -> list[StatementRecord]:
        """Other articles' statements about any report of these merged events (reports published
        between ``lo`` and ``hi`` when given: index ``events_merged_recent``)."""
        ids = sorted(set(merged_ids))
        if not ids:
            return []
        q = f"SELECT article_id, local_id FROM events WHERE merged_id IN ({_marks(len(ids))}) AND article_id <> ?"
        params: list[Any] = [*ids, exclude_article]
        if lo is not None and hi is not None:
            q += " AND published >= ? AND published <= ?"
            params += [lo, hi]
        reports: dict[str, set[str]] = {}
        for r in self.rows(q, params):
            reports.setdefault(r["article_id"], set()).add(r["local_id"])
        keys = []
        for aid, lids in sorted(reports.items()):
            for r in self.rows("SELECT local_id, about FROM statements WHERE article_id = ?", (aid,)):
                if set(json.loads(r["about"] or "[]")) & lids:
                    keys.append((aid, r["local_id"]))
        return self.statement_records(keys)

    def add_claim_link(self, link: ClaimLink) -> None:
        self.execute("INSERT INTO claim_links (claim_id, article_id, statement_id, entity_id, speaker, stance) "
                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id, article_id, statement_id) DO NOTHING",
                     (link.claim_id, link.article_id, link.statement_id, link.entity_id, link.speaker, link.stance))

    def claim_tally(self, claim_id: int) -> tuple[list[str], int]:
        """A claim's answer stances, and how many independent sources carry it (its own article and the
        articles that repeat it, copies counted once): aggregates over ``claim_links``."""
        stances = [r["stance"] for r in self.rows(
            "SELECT DISTINCT stance FROM claim_links WHERE claim_id = ? ORDER BY stance", (claim_id,))]
        n = self.scalar(
            "SELECT COUNT(DISTINCT COALESCE(a.source_root, a.id)) FROM articles a WHERE a.id IN ("
            "SELECT article_id FROM claims WHERE id = ? UNION SELECT article_id FROM claim_links WHERE claim_id = ? "
            "AND stance = 'repeat')", (claim_id, claim_id))
        return stances, int(n or 0)

    def set_claim_status(self, claim_id: int, status: str, n_sources: int) -> None:
        self.execute("UPDATE claims SET status = ?, n_sources = ? WHERE id = ?", (status, n_sources, claim_id))
