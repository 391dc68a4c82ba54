"""Crash safety: ``cronica ingest`` killed with SIGKILL at any moment, run again, gives exactly the
store of an uninterrupted run (nothing lost, nothing twice); readers go on while it writes."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cronica.store import open_store
from cronica.store.dump import canonical_dump

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "cronica.cli.main"]
N_ARTICLES = 20


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    f = corpus.write_folder(tmp_path_factory.mktemp("crash") / "articles", N_ARTICLES)
    (f / "broken.txt").write_bytes(b"\x00\x01\x02 binario")  # a failure must be recorded once, too
    return f


def _ingest(folder: Path, db: str) -> subprocess.Popen:
    return subprocess.Popen(CLI + ["ingest", str(folder), "--db", db], cwd=str(ROOT),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _count(db: str) -> int:
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db) as conn:
            try:
                return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except psycopg.errors.UndefinedTable:
                return 0
    if not os.path.exists(db):
        return 0
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0
    finally:
        con.close()


def _kill_after(folder: Path, db: str, n: int) -> int:
    """Start an ingest, SIGKILL it once at least ``n`` articles are stored; the count it reached."""
    proc = _ingest(folder, db)
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if _count(db) >= n:
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    return _count(db)


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory) -> dict:
    db = str(tmp_path_factory.mktemp("ref") / "ref.db")
    r = subprocess.run(CLI + ["ingest", str(folder), "--db", db], cwd=str(ROOT), capture_output=True, timeout=900)
    assert r.returncode == 3, r.stderr.decode()  # the broken file fails, the rest is stored
    st = open_store(db)
    try:
        dump = canonical_dump(st)
    finally:
        st.close()
    assert dump["stats"]["articles"] == N_ARTICLES and dump["stats"]["failures"] >= 1
    return dump


def _crash_and_resume(folder: Path, db: str, reference: dict) -> None:
    reached = [_kill_after(folder, db, 1), _kill_after(folder, db, 8)]
    assert reached[0] >= 1
    r = subprocess.run(CLI + ["ingest", str(folder), "--db", db], cwd=str(ROOT), capture_output=True, timeout=900)
    assert r.returncode == 3, r.stderr.decode()
    st = open_store(db)
    try:
        got = canonical_dump(st)
    finally:
        st.close()
    assert got["stats"] == reference["stats"]
    for table in reference:
        assert got[table] == reference[table], table
    if reached[0] == N_ARTICLES:  # the machine was so fast the kill came after the end
        pytest.skip("ingest finished before SIGKILL could interrupt it; equality still checked")


def test_sigkill_then_rerun_sqlite(folder, reference, tmp_path):
    db = str(tmp_path / "crash.db")
    _crash_and_resume(folder, db, reference)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


@pytest.mark.postgres
def test_sigkill_then_rerun_postgres(folder, reference, pg_url):
    _crash_and_resume(folder, pg_url, reference)


def test_readers_go_on_while_an_ingest_writes(folder, tmp_path):
    db = str(tmp_path / "live.db")
    st = open_store(db)  # schema first, so the reader can start at once
    proc = _ingest(folder, db)
    seen = []
    try:
        while proc.poll() is None:
            s = st.stats()
            seen.append(s["articles"])
            # one statement is one snapshot: an article is there with its full-text row, or not at all
            assert st.scalar("SELECT (SELECT COUNT(*) FROM articles) - (SELECT COUNT(*) FROM articles_fts)") == 0
            time.sleep(0.005)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    seen.append(st.stats()["articles"])
    st.close()
    assert proc.returncode == 3
    assert seen == sorted(seen) and seen[-1] == N_ARTICLES
    assert len(seen) > 2
