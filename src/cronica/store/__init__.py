"""Storage: SQLite by default, PostgreSQL for a URL ``postgresql://...``; one interface (:class:`Store`)."""
from __future__ import annotations


from ..errors import MissingExtra
from .base import Store  # noqa: F401

DEFAULT_DB = "cronica.db"


def resolve_url(db: str | None = None) -> str:
    """``--db`` if given, else the settings (``$CRONICA_DB``, ``cronica.toml``), else cronica.db."""
    if db:
        return db
    from ..config import load_settings

    return load_settings().db or DEFAULT_DB


def open_store(db: str | None = None) -> Store:
    url = resolve_url(db)
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore
        except ImportError as e:
            raise MissingExtra("the PostgreSQL store", "postgres") from e
        return PostgresStore(url)
    from .sqlite import SqliteStore

    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SqliteStore(url)
