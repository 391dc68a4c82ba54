"""SQLite back end: WAL mode (readers go on while an ingest writes), FTS5 over article text."""
from __future__ import annotations

import re
import sqlite3

from ..errors import StoreError
from .base import Dialect, Store


CACHE_KB = 131072
MMAP_BYTES = 1 << 30


class SqliteStore(Store):
    def __init__(self, path: str):
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=60, check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open SQLite database {path}: {e}") from e
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=60000")
        # a store of tens of thousands of articles is gigabytes: keep its hot index pages in memory
        # (a 128 MB page cache, the file memory-mapped) rather than read back one pread at a time
        conn.execute(f"PRAGMA cache_size=-{CACHE_KB}")
        conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        super().__init__(conn, Dialect(), path)

    def read_only(self) -> None:
        """This connection can never write (the web server's readers)."""
        self.execute("PRAGMA query_only = ON")

    def _dialect_migration(self, version: int) -> None:
        if version == 1:
            self.execute("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                         "id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')")

    def _fts_add(self, article_id, title, text) -> None:
        self.execute("INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)", (article_id, title or "", text))

    def _fts_delete(self, article_id) -> None:
        self.execute("DELETE FROM articles_fts WHERE id = ?", (article_id,))

    def search(self, q: str, limit: int = 20, offset: int = 0) -> list[dict]:
        words = re.findall(r"\w+", q)
        if not words:
            return []
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        return self.rows(
            "SELECT id, title, snippet(articles_fts, 2, '[', ']', ' … ', 12) AS snippet FROM articles_fts "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?", (match, limit, offset))
