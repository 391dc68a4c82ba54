"""The store: one interface over SQLite (default) and PostgreSQL.

Every write of an article is one transaction; an article already stored (same id, same
text hash) is skipped, so a re-run, or a run after a crash, changes nothing. SQL is
written once with ``?`` placeholders; the dialect rewrites it for PostgreSQL. Every value
goes in as a parameter.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Optional

from ..namekeys import keys_for, same_name
from ..model import Article, Geo
from ..sentences import sentence_of
from .linkdata import LinkData
from .migrations import MIGRATIONS
from .reads import Reads
from .views import ViewQueries


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Dialect:
    name = "sqlite"
    serial = "INTEGER PRIMARY KEY AUTOINCREMENT"
    real = "REAL"

    def sql(self, q: str) -> str:
        return q

    def ddl(self, q: str) -> str:
        return q.format(serial=self.serial, real=self.real)


class Store(LinkData, Reads, ViewQueries):
    """Library API over the database. Use :func:`cronica.store.open_store` to get one."""

    dialect: Dialect

    def __init__(self, conn, dialect: Dialect, url: str):
        self.conn = conn
        self.dialect = dialect
        self.url = url
        self.migrate()

    # ------------------------------------------------------------ low level
    def execute(self, q: str, params: Iterable[Any] = ()):
        cur = self.conn.cursor()
        cur.execute(self.dialect.sql(q), tuple(params))
        return cur

    def rows(self, q: str, params: Iterable[Any] = ()) -> list[dict]:
        cur = self.execute(q, params)
        cols = [c[0] for c in cur.description] if cur.description else []
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def one(self, q: str, params: Iterable[Any] = ()) -> Optional[dict]:
        r = self.rows(q, params)
        return r[0] if r else None

    def scalar(self, q: str, params: Iterable[Any] = ()):
        cur = self.execute(q, params)
        r = cur.fetchone()
        return r[0] if r else None

    def insert_id(self, q: str, params: Iterable[Any]) -> int:
        cur = self.execute(q + " RETURNING id", params)
        return int(cur.fetchone()[0])

    def transaction(self):
        return self.conn.transaction() if hasattr(self.conn, "transaction") else _SqliteTx(self.conn)

    def savepoint(self):
        """A nested transaction inside the open one: rolled back alone on error (one article of a batch)."""
        return _SqliteSavepoint(self.conn)

    def close(self) -> None:
        self.conn.close()

    def read_only(self) -> None:
        """Make this connection refuse writes, where the back end can (SQLite); else nothing."""

    # ------------------------------------------------------------ schema
    def migrate(self) -> None:
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = {r["version"] for r in self.rows("SELECT version FROM migrations")}
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                for stmt in [s.strip() for s in self.dialect.ddl(sql).split(";") if s.strip()]:
                    self.execute(stmt)
                self._dialect_migration(version)
                self.execute("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)", (version, name, _now()))

    def _dialect_migration(self, version: int) -> None:  # full-text tables differ per back end
        pass

    def _fts_add(self, article_id: str, title: Optional[str], text: str) -> None:
        raise NotImplementedError

    def search(self, q: str, limit: int = 20, offset: int = 0) -> list[dict]:
        raise NotImplementedError

    # ------------------------------------------------------------ writing
    def has_article(self, article_id: str, text_sha256: Optional[str] = None) -> bool:
        r = self.one("SELECT text_sha256 FROM articles WHERE id = ?", (article_id,))
        return bool(r) and (text_sha256 is None or r["text_sha256"] == text_sha256)

    def add_failure(self, source: str, code: str, message: str, severity: str = "error",
                    content_sha256: Optional[str] = None) -> bool:
        """Record a failed input once (same source and code: no new row)."""
        with self.transaction():
            return self._insert_failure(source, code, message, severity, content_sha256)

    def _insert_failure(self, source: str, code: str, message: str, severity: str = "error",
                        content_sha256: Optional[str] = None) -> bool:
        cur = self.execute(
            "INSERT INTO failures (source, code, message, severity, content_sha256, first_seen) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source, code) DO NOTHING",
            (source, code, message, severity, content_sha256, _now()))
        return cur.rowcount > 0

    def insert_failure(self, source: str, code: str, message: str, severity: str = "error",
                       content_sha256: Optional[str] = None) -> bool:
        """Record a failure inside the caller's transaction (e.g. an article's E106 warning)."""
        return self._insert_failure(source, code, message, severity, content_sha256)

    def delete_article(self, article_id: str) -> None:
        """Remove an article and everything stored from it (its merged events are the linker's to tidy first)."""
        self.execute("UPDATE statements SET claim_id = NULL WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)",
                     (article_id,))
        self.execute("DELETE FROM claim_links WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)", (article_id,))
        for t in ("article_entities", "mentions", "statements", "events", "times", "figures", "claim_links",
                  "statement_terms", "article_bands", "article_fingerprints"):
            self.execute(f"DELETE FROM {t} WHERE article_id = ?", (article_id,))
        self.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        self.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self._fts_delete(article_id)

    def _fts_delete(self, article_id: str) -> None:
        pass

    def insert_article(self, art: Article, source_root: Optional[str] = None) -> None:
        """The article row (with ``duplicate_of`` as linking set it) and its full-text row."""
        m = art.meta
        self.execute(
            "INSERT INTO articles (id, text_sha256, source, outlet, title, url, published, published_basis, language, text, record, "
            "n_warnings, ingested_at, duplicate_of, source_root) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (m.id, m.text_sha256, m.source, m.outlet, m.title, m.url, m.published, m.published_basis, m.language,
             art.text, json.dumps(art.to_dict(with_text=False), ensure_ascii=False), len(art.warnings), _now(),
             m.duplicate_of, source_root or m.id))
        self._fts_add(m.id, m.title, art.text)

    def insert_facts(self, art: Article, gids: dict[str, int], source_root: Optional[str] = None) -> None:
        """Times, figures, statements and events of an article whose entities are linked (``gids``)."""
        ents = {e.id: e for e in art.entities}
        for t in art.times:
            self.execute("INSERT INTO times (article_id, start_char, end_char, text, value, precision) VALUES (?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (article_id, start_char) DO NOTHING", (art.id, t.span[0], t.span[1], t.text, t.value, t.precision))
        for f in art.figures:
            self.execute("INSERT INTO figures (article_id, start_char, end_char, text, value, unit, approx, bound) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (article_id, start_char) DO NOTHING",
                         (art.id, f.span[0], f.span[1], f.text, float(f.value), f.unit, int(bool(f.approx)), f.bound))
        for s in art.statements:
            src = ents.get(s.source)
            speaker = src.name if src else (art.text[s.source_span[0]:s.source_span[1]] if s.source_span else None)
            self.execute(
                "INSERT INTO statements (article_id, local_id, source_entity_id, speaker, stance, cue, channel, direct, content, content_start, content_end, target, about) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (art.id, s.id, gids.get(s.source) if s.source else None, speaker, s.stance, s.cue, s.channel, int(s.direct),
                 art.text[s.content_span[0]:s.content_span[1]], s.content_span[0], s.content_span[1], s.target,
                 json.dumps(s.about)))
        for v in art.events:
            place = ents.get(v.place)
            geo = Geo.from_dict(place.geo.to_dict()) if place and place.geo else None  # the record's precision
            self.execute(
                "INSERT INTO events (article_id, local_id, type, status, trigger, sentence, place_entity_id, place_name, lat, lon, "
                "place_admin1, place_country, place_feature, place_geonames_id, "
                "date_value, date_precision, date_basis, fatalities, injured, actors, targets, reported_by, published, source_root) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (art.id, v.id, v.type, v.status, art.text[v.trigger_span[0]:v.trigger_span[1]], sentence_of(art.text, v.trigger_span),
                 gids.get(v.place) if v.place else None, place.name if place else None,
                 geo.lat if geo else None, geo.lon if geo else None, geo.admin1 if geo else None, geo.country if geo else None,
                 geo.feature if geo else None, geo.geonames_id if geo else None,
                 v.date.value if v.date else None, v.date.precision if v.date else None, v.date.basis if v.date else None,
                 v.fatalities, v.injured,
                 json.dumps([gids.get(a) for a in v.actors if a in gids]), json.dumps([gids.get(a) for a in v.targets if a in gids]),
                 json.dumps(v.reported_by), art.meta.published, source_root or art.id))

    # ------------------------------------------------------------ reading
    def stats(self) -> dict[str, int]:
        return {
            "articles": self.scalar("SELECT COUNT(*) FROM articles"),
            "failures": self.scalar("SELECT COUNT(*) FROM failures"),
            "entities": self.scalar("SELECT COUNT(*) FROM entities"),
            "statements": self.scalar("SELECT COUNT(*) FROM statements"),
            "events": self.scalar("SELECT COUNT(*) FROM events"),
            "merged_events": self.scalar("SELECT COUNT(*) FROM merged_events"),
            "claims": self.scalar("SELECT COUNT(*) FROM claims"),
            "duplicates": self.scalar("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        }

    def article(self, article_id: str) -> Optional[Article]:
        r = self.one("SELECT text, record FROM articles WHERE id = ?", (article_id,))
        if not r:
            return None
        d = json.loads(r["record"])
        d["text"] = r["text"]
        return Article.from_dict(d)

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict]:
        return self.rows("SELECT id, title, outlet, published, language, source, n_warnings FROM articles "
                         "ORDER BY published DESC, id LIMIT ? OFFSET ?", (limit, offset))

    def iter_articles(self) -> Iterator[Article]:
        for r in self.rows("SELECT id FROM articles ORDER BY id"):
            a = self.article(r["id"])
            if a:
                yield a

    def failures(self) -> list[dict]:
        return self.rows("SELECT source, code, message, severity, first_seen FROM failures ORDER BY id")

    def entities(self, type_: Optional[str] = None, name: Optional[str] = None, limit: int = 1000,
                 offset: int = 0) -> list[dict]:
        where, params = [], []
        if type_:
            where.append("e.type = ?")
            params.append(type_)
        if name:
            where.append("e.id IN (SELECT entity_id FROM entity_aliases WHERE LOWER(alias) LIKE ?)")
            params.append("%" + name.lower() + "%")
        sql = "SELECT e.id, e.name, e.type, e.geo, e.n_mentions FROM entities e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.n_mentions DESC, e.id LIMIT ? OFFSET ?"
        out = []
        for r in self.rows(sql, params + [limit, offset]):
            out.append(self._entity_dict(r))
        return out

    def entity(self, entity_id: int) -> Optional[dict]:
        r = self.one("SELECT id, name, type, geo, n_mentions FROM entities WHERE id = ?", (entity_id,))
        return self._entity_dict(r) if r else None

    def _entity_dict(self, r: dict) -> dict:
        eid = r["id"]
        aliases = [a["alias"] for a in self.rows("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY n DESC, alias", (eid,))]
        arts = [a["article_id"] for a in self.rows("SELECT DISTINCT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_id", (eid,))]
        roles: list[str] = []
        for a in self.rows("SELECT roles FROM article_entities WHERE entity_id = ?", (eid,)):
            for role in json.loads(a["roles"] or "[]"):
                if role not in roles:
                    roles.append(role)
        return {"id": eid, "name": r["name"], "type": r["type"], "aliases": aliases, "articles": arts,
                "roles": roles, "mentions": r["n_mentions"], "geo": json.loads(r["geo"]) if r["geo"] else None}

    def entity_ids_by_name(self, name: str) -> list[int]:
        """Entities any of whose spellings matches ``name`` (alias table + transliteration keys)."""
        ids = {r["entity_id"] for r in self.rows("SELECT entity_id FROM entity_aliases WHERE LOWER(alias) = ?", (name.lower(),))}
        ids |= {r["id"] for r in self.rows("SELECT id FROM entities WHERE LOWER(name) = ?", (name.lower(),))}
        for t in ("PER", "ORG", "LOC", "MISC"):
            for cand in self.entity_candidates(keys_for(name, t)):
                if any(same_name(name, x, cand.type) for x in [cand.name, *cand.aliases]) or any(
                        a.split()[-1].lower() == name.lower() for a in cand.aliases if a.split()):
                    ids.add(cand.id)
        return sorted(ids)

    def statements(self, speaker: Optional[str] = None, stance: Optional[str] = None, channel: Optional[str] = None,
                   article_id: Optional[str] = None, entity_id: Optional[int] = None, limit: int = 100, offset: int = 0) -> list[dict]:
        where, params = [], []
        if speaker:
            ids = self.entity_ids_by_name(speaker)
            if not ids:
                return []
            where.append(f"source_entity_id IN ({','.join('?' * len(ids))})")
            params += ids
        if entity_id is not None:
            where.append("source_entity_id = ?")
            params.append(entity_id)
        if stance:
            where.append("stance = ?")
            params.append(stance)
        if channel:
            where.append("LOWER(channel) LIKE ?")
            params.append("%" + channel.lower() + "%")
        if article_id:
            where.append("article_id = ?")
            params.append(article_id)
        sql = "SELECT article_id, local_id, source_entity_id, speaker, stance, cue, channel, direct, content, target, about, claim_id FROM statements"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY article_id, content_start LIMIT ? OFFSET ?"
        out = self.rows(sql, params + [limit, offset])
        for r in out:
            r["direct"] = bool(r["direct"])
            r["about"] = json.loads(r["about"] or "[]")
        return out

    def events(self, merged: bool = False, type_: Optional[str] = None, status: Optional[str] = None,
               since: Optional[str] = None, until: Optional[str] = None, bbox: Optional[tuple[float, float, float, float]] = None,
               limit: int = 10000, offset: int = 0, after: Optional[tuple] = None) -> list[dict]:
        """Events (or merged events) in date order. ``after`` is a keyset cursor, the sort key of the
        last row of the previous page (:func:`event_sort_key`): a deep page then costs what the first costs."""
        table = "merged_events" if merged else "events"
        key = "COALESCE(date_value, ''), id" if merged else "COALESCE(date_value, ''), article_id, local_id"
        where, params = [], []
        if type_:
            where.append("type = ?")
            params.append(type_)
        if status:
            where.append("status = ?")
            params.append(status)
        # the date filters are written on the sort key, so they are ranges of the keyset index
        if since:
            where.append("COALESCE(date_value, '') >= ?")
            params.append(since)
        if until:
            where.append("date_value IS NOT NULL AND COALESCE(date_value, '') <= ? || '~'")
            params.append(until)
        if bbox:
            where.append("lon >= ? AND lat >= ? AND lon <= ? AND lat <= ?")
            params += list(bbox)
        if after is not None:  # written so the index range starts at the cursor (no scan of what came before)
            rest = "id" if merged else "article_id, local_id"
            where.append(f"COALESCE(date_value, '') >= ? AND (COALESCE(date_value, '') > ? OR ({rest}) > ({', '.join('?' * (len(after) - 1))}))")
            params += [after[0], after[0], *after[1:]]
        sql = f"SELECT * FROM {table}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {key} LIMIT ? OFFSET ?"
        rows = self.rows(sql, params + [limit, offset])
        for r in rows:
            r.pop("embedding", None)  # internal to event merging
            r.pop("context", None)
        if merged:
            for r in rows:
                r["articles"] = [a["article_id"] for a in self.rows(
                    "SELECT DISTINCT article_id FROM events WHERE merged_id = ? ORDER BY article_id", (r["id"],))]
        else:
            for r in rows:
                for k in ("actors", "targets", "reported_by"):
                    r[k] = json.loads(r[k] or "[]")
        return rows

    # read methods for the HTTP API and web pages (cronica.server, cronica.web)
    def article_summaries(self, article_ids: list[str]) -> dict[str, dict]:
        """id -> title, outlet, published, url of the stored articles among ``article_ids``."""
        ids = sorted(set(article_ids))
        out: dict[str, dict] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.rows(f"SELECT id, title, outlet, published, url, duplicate_of FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[r["id"]] = r
        return out

    def article_entity_ids(self, article_id: str) -> dict[str, int]:
        """An article's local entity ids (``e3``) -> cross-article entity ids."""
        return {r["local_id"]: r["entity_id"] for r in self.rows(
            "SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,))}

    def statements_about(self, entity_id: int, limit: int = 100, offset: int = 0) -> list[dict]:
        """Statements whose content names the entity (a mention inside the quoted or reported words)."""
        out = self.rows(
            "SELECT DISTINCT s.article_id, s.local_id, s.source_entity_id, s.speaker, s.stance, s.cue, s.channel, s.direct, "
            "s.content, s.target, s.about, s.claim_id, s.content_start FROM statements s JOIN mentions m ON m.article_id = s.article_id "
            "AND m.start_char >= s.content_start AND m.end_char <= s.content_end WHERE m.entity_id = ? "
            "ORDER BY s.article_id, s.content_start LIMIT ? OFFSET ?", (entity_id, limit, offset))
        for r in out:
            r.pop("content_start", None)
            r["direct"] = bool(r["direct"])
            r["about"] = json.loads(r["about"] or "[]")
        return out

    def search_statements(self, q: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Statements whose content or speaker contains ``q`` (case-insensitive substring)."""
        pattern = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        out = self.rows(
            "SELECT article_id, local_id, source_entity_id, speaker, stance, cue, channel, direct, content, target, about, claim_id "
            "FROM statements WHERE LOWER(content) LIKE ? ESCAPE '\\' OR LOWER(speaker) LIKE ? ESCAPE '\\' "
            "ORDER BY article_id, content_start LIMIT ? OFFSET ?", (pattern, pattern, limit, offset))
        for r in out:
            r["direct"] = bool(r["direct"])
            r["about"] = json.loads(r["about"] or "[]")
        return out

    def merged_event(self, merged_id: int) -> Optional[dict]:
        """One real event with ``articles`` and ``reports``: its per-article events, oldest first."""
        r = self.one("SELECT * FROM merged_events WHERE id = ?", (merged_id,))
        if r is None:
            return None
        r["reports"] = self.rows("SELECT * FROM events WHERE merged_id = ? ORDER BY published, article_id, local_id", (merged_id,))
        for e in r["reports"]:
            e.pop("embedding", None)
            e.pop("context", None)
            for k in ("actors", "targets", "reported_by"):
                e[k] = json.loads(e[k] or "[]")
        r["articles"] = sorted({e["article_id"] for e in r["reports"]})
        return r

    def claims(self, contested: bool = False, limit: int = 1000, offset: int = 0) -> list[dict]:
        sql = "SELECT id, article_id, statement_id, claimant_entity_id, claimant, text, event_merged_id, status, n_sources FROM claims"
        if contested:
            sql += " WHERE status IN ('disputed', 'denied', 'unverified')"
        sql += " ORDER BY id LIMIT ? OFFSET ?"
        out = []
        for r in self.rows(sql, (limit, offset)):
            links = self.rows("SELECT article_id, statement_id, entity_id, speaker, stance FROM claim_links WHERE claim_id = ? ORDER BY article_id, statement_id", (r["id"],))
            r["stance_by_source"] = [{"source": l["speaker"], "entity_id": l["entity_id"], "stance": l["stance"],
                                      "article": l["article_id"], "statement": l["statement_id"]} for l in links]
            r["articles"] = sorted({r["article_id"], *[l["article_id"] for l in links]})
            out.append(r)
        return out


def event_sort_key(row: dict, merged: bool) -> tuple:
    """The keyset cursor of an event row (what ``Store.events(after=...)`` continues from)."""
    d = row.get("date_value") or ""
    return (d, row["id"]) if merged else (d, row["article_id"], row["local_id"])


class _SqliteTx:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, et, e, tb):
        if et is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        return False


class _SqliteSavepoint:
    _n = 0

    def __init__(self, conn):
        self.conn = conn
        _SqliteSavepoint._n += 1
        self.name = f"sp{_SqliteSavepoint._n}"

    def __enter__(self):
        self.conn.execute(f"SAVEPOINT {self.name}")
        return self

    def __exit__(self, et, e, tb):
        if et is not None:
            self.conn.execute(f"ROLLBACK TO {self.name}")
        self.conn.execute(f"RELEASE {self.name}")
        return False
