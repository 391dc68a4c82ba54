"""Read queries for the command line and the exports (all SQL stays in ``store/``)."""
from __future__ import annotations

from typing import Any, Iterable, Optional


class Reads:
    """Mixin of :class:`cronica.store.base.Store`."""

    def rows(self, q: str, params: Iterable[Any] = ()) -> list[dict]: ...  # pragma: no cover

    def most_quoted_people(self, limit: int = 8) -> list[tuple[str, int]]:
        """People by how many statements they made."""
        return [(r["name"], r["n"]) for r in self.rows(
            "SELECT e.name AS name, COUNT(*) AS n FROM statements s JOIN entities e ON e.id = s.source_entity_id "
            "WHERE e.type = 'PER' GROUP BY e.name ORDER BY n DESC, e.name LIMIT ?", (limit,))]

    def most_mentioned_places(self, limit: int = 12) -> list[tuple[str, int]]:
        return [(r["name"], r["n"]) for r in self.rows(
            "SELECT e.name AS name, COUNT(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE e.type = 'LOC' GROUP BY e.name ORDER BY n DESC, e.name LIMIT ?", (limit,))]

    def most_mentioned_people(self, limit: int = 8) -> list[tuple[str, int]]:
        return [(r["name"], r["n_mentions"]) for r in self.rows(
            "SELECT name, n_mentions FROM entities WHERE type = 'PER' ORDER BY n_mentions DESC, name LIMIT ?", (limit,))]

    def event_type_counts(self) -> list[tuple[str, int]]:
        return [(r["type"], r["n"]) for r in self.rows("SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")]

    def duplicates(self) -> list[dict]:
        """Articles stored as copies of an earlier one: ``{"id", "duplicate_of", "outlet", "published"}``."""
        return self.rows("SELECT id, duplicate_of, outlet, published FROM articles WHERE duplicate_of IS NOT NULL ORDER BY id")

    def duplicate_of(self, article_id: str) -> Optional[str]:
        r = self.rows("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,))
        return r[0]["duplicate_of"] if r else None
