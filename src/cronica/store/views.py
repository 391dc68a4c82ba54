"""Read methods for the web app's views (``cronica.server.views_api``): the claims board with
its filters and the sentence of every report, an entity's page (claims it made or answered,
events where it acts, its spellings by outlet), places' countries and the newest events.

A mixin of :class:`cronica.store.base.Store`; the SQL is plain (both SQLite and PostgreSQL) and
every value goes in as a parameter.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

CONTESTED = ("disputed", "denied", "unverified")
_SENTENCE_END = re.compile(r"[.!?…»”\"]\s+(?=[«“\"¿¡(\[A-ZÁÉÍÓÚÑ0-9])|\n")


@dataclass
class Report:
    """One statement in a claim's story (the claim itself or an answer), with the sentence it is in."""
    article_id: str
    statement_id: str
    entity_id: Optional[int]
    speaker: Optional[str]
    stance: str
    sentence: str = ""
    outlet: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None


@dataclass
class ClaimView:
    id: int
    article_id: str
    statement_id: str
    claimant_entity_id: Optional[int]
    claimant: Optional[str]
    text: str
    status: str
    event_merged_id: Optional[int]
    published: Optional[str]
    reports: list[Report] = field(default_factory=list)  # the claim's own report first, then the answers


@dataclass
class Party:
    """An entity on the claims board: how many claims it made and how many it answered."""
    id: int
    name: str
    made: int = 0
    answered: int = 0


@dataclass
class Spelling:
    text: str
    outlet: Optional[str]
    n: int


@dataclass
class ActorEvent:
    """A per-article event in which an entity acts (or is the target)."""
    article_id: str
    local_id: str
    merged_id: Optional[int]
    type: str
    status: str
    date: Optional[str]
    place_name: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    fatalities: Optional[int]
    sentence: Optional[str]
    role: str  # actor or target
    published: Optional[str]


def sentence_around(text: str, start: int, end: int, limit: int = 600) -> str:
    """The sentence(s) of ``text`` holding ``[start, end)``: from the end of the sentence before
    to the end of the last one the span touches (whitespace collapsed)."""
    a = 0
    for m in _SENTENCE_END.finditer(text, 0, max(0, start)):
        a = m.end()
    m = _SENTENCE_END.search(text, max(end, a))
    b = m.start() + 1 if m else len(text)
    out = re.sub(r"\s+", " ", text[a:b]).strip()
    return out if len(out) <= limit else out[:limit - 1].rstrip() + "…"


class ViewQueries:
    """Mixed into :class:`Store` (needs ``rows``, ``one``, ``scalar``)."""

    # ------------------------------------------------------------ claims board
    def claims_view(self, claimant_id: Optional[int] = None, entity_id: Optional[int] = None,
                    statuses: Optional[Iterable[str]] = None, since: Optional[str] = None,
                    until: Optional[str] = None, limit: int = 200, offset: int = 0) -> list[ClaimView]:
        """Claims, oldest first, filtered by who made them, by an entity that made or answered
        them, by status and by the publication date of the claim's article."""
        where, params = [], []
        if claimant_id is not None:
            where.append("c.claimant_entity_id = ?")
            params.append(claimant_id)
        if entity_id is not None:
            where.append("(c.claimant_entity_id = ? OR c.id IN (SELECT claim_id FROM claim_links WHERE entity_id = ?))")
            params += [entity_id, entity_id]
        sts = sorted(set(statuses or ()))
        if sts:
            where.append(f"c.status IN ({','.join('?' * len(sts))})")
            params += sts
        if since:
            where.append("a.published >= ?")
            params.append(since)
        if until:
            where.append("a.published <= ? || '~'")
            params.append(until)
        sql = ("SELECT c.id, c.article_id, c.statement_id, c.claimant_entity_id, c.claimant, c.text, c.status, "
               "c.event_merged_id, a.published FROM claims c JOIN articles a ON a.id = c.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published, c.id LIMIT ? OFFSET ?"
        claims = [ClaimView(**r) for r in self.rows(sql, params + [limit, offset])]
        for c in claims:
            c.reports.append(Report(c.article_id, c.statement_id, c.claimant_entity_id, c.claimant, "claim"))
            for r in self.rows("SELECT article_id, statement_id, entity_id, speaker, stance FROM claim_links "
                               "WHERE claim_id = ? ORDER BY article_id, statement_id", (c.id,)):
                c.reports.append(Report(r["article_id"], r["statement_id"], r["entity_id"], r["speaker"], r["stance"]))
        self._fill_sentences([r for c in claims for r in c.reports])
        return claims

    def claim_parties(self) -> list[Party]:
        """Entities that made or answered a claim, by name."""
        out: dict[int, Party] = {}
        for r in self.rows("SELECT e.id, e.name, COUNT(*) AS n FROM claims c JOIN entities e ON e.id = c.claimant_entity_id "
                           "GROUP BY e.id, e.name"):
            out[r["id"]] = Party(r["id"], r["name"], made=int(r["n"]))
        for r in self.rows("SELECT e.id, e.name, COUNT(DISTINCT l.claim_id) AS n FROM claim_links l "
                           "JOIN entities e ON e.id = l.entity_id GROUP BY e.id, e.name"):
            out.setdefault(r["id"], Party(r["id"], r["name"])).answered = int(r["n"])
        return sorted(out.values(), key=lambda p: (p.name.lower(), p.id))

    def _fill_sentences(self, reports: list[Report]) -> None:
        by_article: dict[str, list[Report]] = {}
        for r in reports:
            by_article.setdefault(r.article_id, []).append(r)
        for aid, reps in by_article.items():
            art = self.one("SELECT text, outlet, published, title FROM articles WHERE id = ?", (aid,))
            if not art:
                continue
            ids = sorted({r.statement_id for r in reps})
            spans = {s["local_id"]: s for s in self.rows(
                f"SELECT local_id, content_start, content_end FROM statements WHERE article_id = ? "
                f"AND local_id IN ({','.join('?' * len(ids))})", [aid] + ids)}
            for r in reps:
                r.outlet, r.published, r.title = art["outlet"], art["published"], art["title"]
                s = spans.get(r.statement_id)
                if s:
                    r.sentence = sentence_around(art["text"], s["content_start"], s["content_end"])

    # ------------------------------------------------------------ an entity's page
    def entity_spellings(self, entity_id: int) -> list[Spelling]:
        """How each outlet wrote the entity's name: mention text x outlet, most frequent first."""
        rows = self.rows("SELECT m.text AS text, a.outlet AS outlet, COUNT(*) AS n FROM mentions m "
                         "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? "
                         "GROUP BY m.text, a.outlet ORDER BY n DESC, m.text, a.outlet", (entity_id,))
        return [Spelling(r["text"], r["outlet"], int(r["n"])) for r in rows]

    def entity_events(self, entity_id: int, limit: int = 500) -> list[ActorEvent]:
        """Per-article events whose actors (or targets) include the entity, by date."""
        rows = self.rows(
            "SELECT e.article_id, e.local_id, e.merged_id, e.type, e.status, e.date_value, e.place_name, e.lat, e.lon, "
            "e.fatalities, e.sentence, e.actors, e.targets, e.published FROM events e WHERE e.article_id IN "
            "(SELECT DISTINCT article_id FROM article_entities WHERE entity_id = ?) "
            "ORDER BY e.date_value, e.article_id, e.local_id", (entity_id,))
        out = []
        for r in rows:
            actors, targets = json.loads(r["actors"] or "[]"), json.loads(r["targets"] or "[]")
            role = "actor" if entity_id in actors else "target" if entity_id in targets else None
            if role:
                out.append(ActorEvent(r["article_id"], r["local_id"], r["merged_id"], r["type"], r["status"], r["date_value"],
                                      r["place_name"], r["lat"], r["lon"], r["fatalities"], r["sentence"], role, r["published"]))
        return out[:limit]

    # ------------------------------------------------------------ events
    def place_countries(self, entity_ids: Iterable[Optional[int]]) -> dict[int, str]:
        """Place entity id -> ISO country code of its geocoding (places without one left out)."""
        ids = sorted({i for i in entity_ids if i is not None})
        out: dict[int, str] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            for r in self.rows(f"SELECT id, geo FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                country = (json.loads(r["geo"]) if r["geo"] else {}).get("country")
                if country:
                    out[r["id"]] = country
        return out

    def article_event_points(self, article_ids: list[str]) -> dict[str, tuple[list[tuple[float, float]], int]]:
        """Article id -> ((lat, lon) of its located events, number of its events without a place)."""
        out: dict[str, tuple[list[tuple[float, float]], int]] = {a: ([], 0) for a in article_ids}
        ids = sorted(set(article_ids))
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            for r in self.rows(f"SELECT article_id, lat, lon FROM events WHERE article_id IN ({','.join('?' * len(chunk))}) "
                               "ORDER BY article_id, local_id", chunk):
                pts, n = out[r["article_id"]]
                if r["lat"] is not None and r["lon"] is not None:
                    pts.append((r["lat"], r["lon"]))
                else:
                    out[r["article_id"]] = (pts, n + 1)
        return out

    def latest_merged_event_id(self) -> int:
        return int(self.scalar("SELECT MAX(id) FROM merged_events") or 0)

    def merged_events_after(self, after_id: int, limit: int = 500) -> list[dict]:
        """Merged events created after ``after_id`` (ids only grow), oldest first."""
        return self.rows("SELECT id, type, status, place_name, date_value FROM merged_events WHERE id > ? "
                         "ORDER BY id LIMIT ?", (after_id, limit))

