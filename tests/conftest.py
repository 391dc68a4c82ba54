"""Shared fixtures: the sample articles, one ingested store per test session."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("CRONICA_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "eval" / "gold" / "seed-000.jsonl"
GOLD_INPUT = SHARED / "eval" / "gold" / "seed-000.input.jsonl"
CLI = [sys.executable, "-m", "cronica.cli.main"]


def example_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def example_store_path(tmp_path_factory) -> str:
    from cronica.batch import ingest
    from cronica.store import open_store

    path = str(tmp_path_factory.mktemp("store") / "examples.db")
    store = open_store(path)
    summary = ingest([str(EXAMPLES)], store)
    store.close()
    assert summary.stored == 3, summary.line()
    return path


@pytest.fixture()
def example_store(example_store_path):
    from cronica.store import open_store

    store = open_store(example_store_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def seed_records(tmp_path_factory) -> dict[str, dict]:
    """Extraction records of the three sample articles, keyed by file stem."""
    from cronica.ingest import read_inputs
    from cronica.process import extract

    out = {}
    for res in extract(read_inputs([str(EXAMPLES)])):
        out[Path(res.meta.source).stem] = res.to_dict()
    return out


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(CLI + list(args), input=input, capture_output=True, env=e, cwd=str(ROOT), timeout=600)


def load_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]

# a throwaway PostgreSQL server for the `postgres` tests (skips cleanly without the binaries)
from pg_fixture import pg_server, pg_url  # noqa: E402,F401
