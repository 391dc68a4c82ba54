"""Every command of cli.md, run as a user runs it, on the sample articles."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLES, GOLD_INPUT, ROOT, load_jsonl, run_cli


def test_extract_validates_against_the_spec(tmp_path, shared_dir):
    out = tmp_path / "out.jsonl"
    r = run_cli("extract", str(GOLD_INPUT), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    v = subprocess.run([sys.executable, str(shared_dir / "eval" / "validate.py"), str(out), "--input", str(GOLD_INPUT)],
                       capture_output=True, text=True)
    assert v.returncode == 0, v.stdout
    (rec,) = load_jsonl(out)
    assert rec["article"]["id"] == "seed-000" and rec["article"]["language"] == "es"


def test_extract_stdin_and_options():
    text = (EXAMPLES / "ansa-2025-08-27.txt").read_bytes()
    r = run_cli("extract", "-", "--published", "2025-08-27", input=text)
    assert r.returncode == 0, r.stderr.decode()
    rec = json.loads(r.stdout)
    assert rec["article"]["published"] == "2025-08-27" and rec["article"]["published_basis"] == "given"
    assert rec["article"]["outlet"] == "ANSA"  # from the sign-off
    for e in rec["entities"]:
        for s, t in e["mentions"]:
            assert rec["text"][s:t].strip() == rec["text"][s:t] and rec["text"][s:t]


def test_extract_bad_option_is_one_line():
    r = run_cli("extract", str(EXAMPLES), "--published", "ayer")
    assert r.returncode != 0
    err = r.stderr.decode().strip()
    assert err.count("\n") == 0 and "published" in err and "Traceback" not in err


def _bad_folder(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_bytes((EXAMPLES / "ansa-2025-08-27.txt").read_bytes())
    (d / "good.json").write_text(json.dumps({"published": "2025-08-27"}))
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (d / "latin.txt").write_bytes("La artillería rusa bombardeó Jersón el martes, según informó el gobernador "
                                  "regional, que habló de dos muertos y cinco heridos.".encode("latin-1"))
    (d / "broken.html").write_text("<html><body><p>x</div></span>", encoding="utf-8")
    (d / "broken.jsonl").write_text('{"id": "ok1", "text": "Rusia lanzó misiles contra Odesa el lunes, según el ejército ucraniano."}\n{"id": \n', encoding="utf-8")
    (d / "huge.txt").write_bytes(b"Texto enorme de prueba. " * 520_000)
    return d


def test_ingest_bad_folder_records_failures_and_is_idempotent(tmp_path):
    d = _bad_folder(tmp_path)
    db = str(tmp_path / "t.db")
    r1 = run_cli("ingest", str(d), "--db", db)
    assert r1.returncode == 3, r1.stderr.decode()
    s1 = json.loads(run_cli("stats", "--db", db, "--json").stdout)
    assert s1["articles"] == 3  # good.txt, latin.txt (with a warning), ok1 from the JSON Lines
    assert s1["failures"] == 5  # empty, binary, broken html, broken JSON line, huge
    errs = r1.stderr.decode().strip().splitlines()
    assert len(errs) == 5 and all(e.startswith("error: ") for e in errs)
    fails = run_cli("failures", "--db", db).stdout.decode()
    for name in ("empty.txt", "binary.bin", "broken.html", "broken.jsonl:2", "huge.txt"):
        assert name in fails
    r2 = run_cli("ingest", str(d), "--db", db)
    assert r2.returncode == 3
    assert json.loads(run_cli("stats", "--db", db, "--json").stdout) == s1
    assert "0 stored" in r2.stdout.decode()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "c.db")
    r = run_cli("ingest", str(EXAMPLES), "--db", path)
    assert r.returncode == 0, r.stderr.decode()
    return path


def test_stats_digest(db):
    s = json.loads(run_cli("stats", "--db", db, "--json").stdout)
    assert set(s) == {"articles", "failures", "entities", "statements", "events", "claims"}
    assert s["articles"] == 3 and s["entities"] > 30
    text = run_cli("stats", "--db", db).stdout.decode()
    assert "places mentioned:" in text and "Ucrania" in text


def test_entities_jsonl(db):
    rows = [json.loads(l) for l in run_cli("entities", "--db", db, "--format", "jsonl").stdout.decode().splitlines()]
    assert rows and all(set(r) >= {"id", "name", "type", "aliases", "articles", "geo"} for r in rows)
    by_name = {r["name"]: r for r in rows}
    assert "Jens Stoltenberg" in by_name and len(by_name["Jens Stoltenberg"]["articles"]) == 2
    per = run_cli("entities", "--db", db, "--format", "jsonl", "--type", "PER", "--name", "peskov").stdout.decode().splitlines()
    assert len(per) == 1 and json.loads(per[0])["type"] == "PER"
    bad = run_cli("entities", "--db", db, "--type", "PERSON")
    assert bad.returncode != 0 and "PER" in bad.stderr.decode()


def test_events_formats(db, tmp_path):
    for fmt in ("jsonl", "table", "csv", "geojson"):
        r = run_cli("events", "--db", db, "--format", fmt)
        assert r.returncode == 0, (fmt, r.stderr.decode())
    r = run_cli("events", "--db", db, "--merged", "--format", "csv")
    header = next(csv.reader(io.StringIO(r.stdout.decode())))
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude", "fatalities", "source", "notes"):
        assert col in header
    gj = json.loads(run_cli("events", "--db", db, "--format", "geojson").stdout)
    assert gj["type"] == "FeatureCollection"
    assert run_cli("events", "--db", db, "--since", "15-02-2023").returncode != 0


def test_claims_show_export(db, tmp_path):
    assert run_cli("claims", "--db", db, "--format", "jsonl").returncode == 0
    assert run_cli("claims", "--db", db, "--contested").returncode == 0
    arts = json.loads(run_cli("stats", "--db", db, "--json").stdout)["articles"]
    out = tmp_path / "all.jsonl"
    r = run_cli("export", "--db", db, "--format", "jsonl", "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    recs = load_jsonl(out)
    assert len(recs) == arts
    shown = run_cli("show", recs[0]["article"]["id"], "--db", db)
    assert shown.returncode == 0 and "[" in shown.stdout.decode()
    assert run_cli("show", "no-such-article", "--db", db).returncode != 0
    for fmt in ("csv", "geojson", "parquet"):
        r = run_cli("export", "--db", db, "--format", fmt, "-o", str(tmp_path / f"x.{fmt}"))
        assert r.returncode == 0, (fmt, r.stderr.decode())


def test_every_command_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    help_text = run_cli("--help").stdout.decode()
    for cmd in ("extract", "ingest", "stats", "entities", "events", "claims", "show", "export", "serve", "watch",
                "sources"):
        assert cmd in help_text
        assert f"cronica {cmd}" in readme, f"README does not show `cronica {cmd}`"
