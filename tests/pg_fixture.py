"""A real, throwaway PostgreSQL server for the tests (and the benchmarks).

``initdb`` into a temporary directory, ``pg_ctl start`` on a free port with the unix socket in
that directory (no TCP), and a fresh database per test. As root, the server runs as the
``postgres`` system user (created by the Debian package) or ``nobody``, via ``runuser``.
Without PostgreSQL server binaries the tests that need it are skipped with the reason.

Import it from ``tests/conftest.py``::

    from pg_fixture import pg_server, pg_url  # noqa: F401
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Optional

import pytest


def find_pg_bin() -> Optional[Path]:
    """The directory holding initdb and pg_ctl: $PG_BIN, the PATH, or the newest Debian install."""
    cands = []
    if os.environ.get("PG_BIN"):
        cands.append(Path(os.environ["PG_BIN"]))
    w = shutil.which("pg_ctl")
    if w:
        cands.append(Path(w).resolve().parent)
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
                    reverse=True)
    cands += [Path(p) for p in debian]
    for c in cands:
        if (c / "initdb").exists() and (c / "pg_ctl").exists():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> Optional[str]:
    if os.geteuid() != 0:
        return None
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
            return user
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a `postgres` nor a `nobody` user exists to run PostgreSQL")


class PgServer:
    """One PostgreSQL cluster in a temporary directory, reachable over a unix socket."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.user = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="cronica-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.log = self.root / "server.log"
        self.started = False

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        return ["runuser", "-u", self.user, "--", *cmd] if self.user else cmd

    def start(self) -> "PgServer":
        if self.user:
            os.chmod(self.root, 0o700)
            shutil.chown(self.root, self.user)
        subprocess.run(self._cmd("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                                 "--encoding=UTF8", "--locale=C", "--no-sync"),
                       check=True, capture_output=True, timeout=120)
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses='' -c fsync=off "
                f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        subprocess.run(self._cmd("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.log), "-w", "-t", "60", "start"),
                       check=True, capture_output=True, timeout=90)
        self.started = True
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@/{dbname}?host={self.root}&port={self.port}"

    def create_database(self, name: Optional[str] = None) -> str:
        import psycopg

        name = name or "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' LC_COLLATE \'C\' LC_CTYPE \'C\'')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.split("/")[-1].split("?")[0]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.started:
            subprocess.run(self._cmd("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                           capture_output=True, timeout=60)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    """A running throwaway PostgreSQL server (skips when none can be started)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[postgres]')")
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found; install the `postgresql` package or set PG_BIN")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root but `runuser` is not available to start PostgreSQL as another user")
    server = PgServer(bindir)
    try:
        server.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, RuntimeError) as e:
        detail = getattr(e, "stderr", b"") or b""
        log = server.log.read_text(errors="replace")[-2000:] if server.log.exists() else ""
        server.stop()
        pytest.skip(f"could not start PostgreSQL from {bindir}: {e} {detail.decode(errors='replace')[-500:]} {log}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh empty database on the throwaway server, dropped afterwards."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)
