"""What ingesting costs as the store grows, and the engines side by side (part of ``make bench``).

Three measurements, each run in fresh child processes, every figure a ratio to a baseline measured
in the same run:

- **flat**: 1,000 new articles (``corpus.news_mix``: distinct real-text articles, 20 a day)
  ingested end to end (extraction and linking) into an empty store, and into a store that already
  holds 5,000 articles of the preceding 250 days at the same density. Repeated, alternating.
- **levels**: the writer's part (storing and linking, extraction done beforehand as the workers
  do it) of those 1,000 articles, into stores holding 1,000, 10,000 and 50,000 earlier articles;
  plus the extraction per 1,000 measured once, so ingest per 1,000 = extraction + writing.
- **engines**: 400 articles, local engine with 1 worker against Dask with 2 workers, from a cold
  start (pipeline loading and cluster start-up included), into identical stores (canonical dumps
  compared). Repeated, alternating.

Stored articles beyond the ones extracted are synthetic variants of extracted records
(``benchmarks/scale.py``): same shape, other words and earlier dates.

    .venv/bin/python benchmarks/linking_cost.py [--new 1000] [--preload 5000] [--levels 1000,10000,50000]
        [--engines-n 400] [--repeat 2] [--skip flat,levels,engines] [--json FILE]
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import scale  # noqa: E402

PER_DAY = 20
START = date(2024, 1, 1)


def _copy_db(src: str, dst: str) -> None:
    for suf in ("", "-wal", "-shm"):
        if os.path.exists(src + suf):
            shutil.copy(src + suf, dst + suf)


def new_start(preload: int) -> str:
    """The new articles come after ``preload`` articles at PER_DAY a day."""
    return (START + timedelta(days=(preload + PER_DAY - 1) // PER_DAY)).isoformat()


# ------------------------------------------------------------------ children
def mix_file(work: str, n: int, start: str) -> str:
    """The new articles as one JSON Lines file (one path for every run: the path is stored as the source)."""
    path = Path(work) / f"new-{n}-{start}.jsonl"
    if not path.exists():
        corpus.write_mix(path, n, start=start, per_day=PER_DAY, seed=11, prefix="new")
    return str(path)


def child_ingest(n: int, start: str, engine: str, workers: int, db: str, base_db: str) -> dict:
    """Ingest ``n`` mix articles into ``db`` (a copy of ``base_db``, or empty), from a cold start."""
    if base_db != "-":
        _copy_db(base_db, db)
    path = mix_file(str(Path(db).parent), n, start)
    t0 = time.perf_counter()
    c0 = time.process_time()
    from cronica.batch import ingest
    from cronica.store import open_store

    st = open_store(db)
    before = st.stats()["articles"]
    if engine == "local":
        from cronica.nlp import pipeline as P
        from cronica.process import _geocoder

        P.load(P.DEFAULT_STAGES)
        _geocoder()
    t1 = time.perf_counter()
    s = ingest([str(path)], st, engine=engine, workers=workers)
    t2 = time.perf_counter()
    c2 = time.process_time()
    stats = st.stats()
    from cronica.store.dump import canonical_dump

    dump = canonical_dump(st) if stats["articles"] <= 2000 else None
    st.close()
    return {"n": n, "engine": engine, "workers": workers, "stored_before": before, "stored": s.stored,
            "failed": s.failed, "total_s": t2 - t0, "run_s": t2 - t1, "cpu_s": c2 - c0, "load_s": t1 - t0, "stats": stats,
            "dump": hashlib.sha256(json.dumps(dump, sort_keys=True, default=str).encode()).hexdigest() if dump else None}


def child_preload(records_db: str, dst_db: str, k: int, start: str, seed: int = 3) -> dict:
    """Grow ``dst_db`` to ``k`` synthetic variants of the records in ``records_db`` (dated from
    ``start`` at PER_DAY a day): variant ``j`` belongs to batch ``j // len(records)`` and batch ``b`` is
    moved ``b + 1`` record spans back in time, so the store fills the days before ``start`` at the same
    density, newest first, and a store can be grown further."""
    from cronica.batch import store_article
    from cronica.link.crossdoc import features
    from cronica.store import open_store

    src = open_store(records_db)
    recs = [a.to_dict() for a in src.iter_articles()]
    src.close()
    recs.sort(key=lambda r: (r["article"]["published"] or "", r["article"]["id"]))
    vocab = scale.vocabulary(recs)
    rng = random.Random(seed)
    span = max(1, (len(recs) + PER_DAY - 1) // PER_DAY)  # days the records cover
    st = open_store(dst_db)
    have = st.stats()["articles"]
    t = time.perf_counter()
    for j in range(have, k):
        art = scale.variant(recs[j % len(recs)], j, (j // len(recs) + 1) * span, rng, vocab)
        store_article(st, art, features(art))
    dt = time.perf_counter() - t
    out = {"k": k, "added": k - have, "s": dt, "stats": st.stats()}
    st.close()
    return out


def child_link(records_db: str, level_db: str, work_db: str) -> dict:
    """The writer's part for the records of ``records_db`` into a copy of ``level_db``."""
    from cronica.link.crossdoc import features
    from cronica.store import open_store

    src = open_store(records_db)
    arts = sorted(src.iter_articles(), key=lambda a: (a.meta.published or "", a.id))
    src.close()
    for a in arts:
        a.meta.duplicate_of = None
    feats = [features(a) for a in arts]  # computed by the workers in a real ingest
    if level_db != "-":
        _copy_db(level_db, work_db)
    from cronica.batch.write import Writer

    st = open_store(work_db)
    before = st.stats()["articles"]
    arts = [copy.deepcopy(a) for a in arts]
    t = time.perf_counter()
    c = time.process_time()
    with Writer(st) as w:
        for a, f in zip(arts, feats):
            w.add(a, f)
    dt = time.perf_counter() - t
    out = {"n": len(arts), "stored_before": before, "s": dt, "cpu_s": time.process_time() - c, "stats": st.stats()}
    st.close()
    return out


def run_child(*args: str, timeout: int = 7200) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, timeout=timeout,
                       cwd=str(ROOT))
    if r.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ measurements
def spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} (min {min(xs):.2f}, max {max(xs):.2f}, n={len(xs)})"


def flat(work: str, n_new: int, n_pre: int, repeat: int, log=print) -> dict:
    start = new_start(n_pre)
    empty, full = [], []
    first = os.path.join(work, "first.db")
    pre = os.path.join(work, f"pre{n_pre}.db")
    for k in range(repeat):
        db = first if k == 0 else os.path.join(work, f"empty{k}.db")
        e = run_child("ingest", str(n_new), start, "local", "1", db, "-")
        log(f"  into empty: {e['total_s']:.1f} s, cpu {e['cpu_s']:.1f} s ({e['stats']['articles']} articles)")
        empty.append(e)
        if k == 0:
            p = run_child("preload", first, pre, str(n_pre), start)
            log(f"  built a store of {n_pre} earlier articles in {p['s']:.0f} s")
        f = run_child("ingest", str(n_new), start, "local", "1", os.path.join(work, f"full{k}.db"), pre)
        log(f"  into {n_pre}: {f['total_s']:.1f} s, cpu {f['cpu_s']:.1f} s")
        full.append(f)
    ratios = [b["total_s"] / a["total_s"] for a, b in zip(empty, full)]
    cpu_ratios = [b["cpu_s"] / a["cpu_s"] for a, b in zip(empty, full)]
    return {"n_new": n_new, "n_pre": n_pre, "empty_s": [x["total_s"] for x in empty], "full_s": [x["total_s"] for x in full],
            "empty_cpu_s": [x["cpu_s"] for x in empty], "full_cpu_s": [x["cpu_s"] for x in full],
            "ratios": ratios, "cpu_ratios": cpu_ratios, "records_db": first}


def levels(work: str, records_db: str, levels_: list[int], n_new: int, log=print) -> dict:
    out = []
    pre = os.path.join(work, "levels.db")
    start = new_start(max(levels_))
    for lv in sorted(levels_):
        p = run_child("preload", records_db, pre, str(lv), start)
        log(f"  store grown to {lv} articles (+{p['added']} in {p['s']:.0f} s)")
        r = run_child("link", records_db, pre, os.path.join(work, f"level{lv}.db"))
        log(f"  writing {r['n']} articles into {lv}: {r['s']:.1f} s, cpu {r['cpu_s']:.1f} s")
        out.append({"level": lv, "s": r["s"], "cpu_s": r["cpu_s"], "n": r["n"], "grow_s": p["s"]})
        os.remove(os.path.join(work, f"level{lv}.db"))
    base = run_child("link", records_db, "-", os.path.join(work, "level0.db"))
    return {"levels": out, "empty_s": base["s"], "empty_cpu_s": base["cpu_s"], "n": base["n"]}


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def parallel_efficiency(n: int = 20_000_000) -> float:
    """How much of two cores this machine gives two processes right now (1.0: all of both; 0.5: one
    core's worth, as when other work holds the machine). A speed-up of 2 workers cannot exceed twice this."""
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [1000, 1000])  # start-up not measured
        t = time.perf_counter()
        _spin(n)
        one = time.perf_counter() - t
        t = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - t
    return one / two


def engines(work: str, n: int, repeat: int, log=print) -> dict:
    runs: dict[str, list[dict]] = {"local-1": [], "dask-2": []}
    eff = []
    start = START.isoformat()
    for k in range(repeat):
        eff.append(parallel_efficiency())
        log(f"  two cores give two processes {eff[-1]:.2f} of their time")
        for name, eng, w in (("local-1", "local", 1), ("dask-2", "dask", 2)):
            r = run_child("ingest", str(n), start, eng, str(w), os.path.join(work, f"eng-{name}-{k}.db"), "-")
            log(f"  {name}: {r['total_s']:.1f} s (load average {os.getloadavg()[0]:.1f})")
            runs[name].append(r)
    speed = [a["total_s"] / b["total_s"] for a, b in zip(runs["local-1"], runs["dask-2"])]
    same = len({r["dump"] for rs in runs.values() for r in rs}) == 1
    return {"n": n, "local_s": [r["total_s"] for r in runs["local-1"]], "dask_s": [r["total_s"] for r in runs["dask-2"]],
            "speedups": speed, "identical": same, "parallel_efficiency": eff}


def report(R: dict) -> list[str]:
    L = ["## Linking cost as the store grows (`benchmarks/linking_cost.py`)", ""]
    if "flat" in R:
        f = R["flat"]
        L += [f"{f['n_new']:,} new articles (20 a day) ingested end to end, local engine, 1 process, into an empty "
              f"store and into one holding {f['n_pre']:,} articles of the preceding days (same run, alternating):", "",
              "| run | into empty s | into the full store s | ratio (wall) | CPU s empty / full | ratio (CPU) |",
              "|---:|---:|---:|---:|---:|---:|"]
        for i, (a, b, r, ca, cb, cr) in enumerate(zip(f["empty_s"], f["full_s"], f["ratios"], f["empty_cpu_s"],
                                                      f["full_cpu_s"], f["cpu_ratios"])):
            L.append(f"| {i + 1} | {a:.1f} | {b:.1f} | {r:.2f}x | {ca:.1f} / {cb:.1f} | {cr:.2f}x |")
        L += ["", f"**Ratio full / empty: wall {spread(f['ratios'])}; CPU {spread(f['cpu_ratios'])}** (target <= 1.15x; "
              "the CPU time of the one ingest process is what other work on a shared machine disturbs least).", ""]
    if "levels" in R:
        g = R["levels"]
        ex = R.get("extract_per_1000_s")
        L += [f"The writer's part (storing and linking; extraction done beforehand, as the workers do) of {g['n']:,} "
              "articles, by the size of the store:", "",
              "| stored articles | writing s | per 1,000 articles s | vs empty | CPU per 1,000 s | vs empty (CPU) | "
              "ingest per 1,000 (extraction + writing) s |",
              "|---:|---:|---:|---:|---:|---:|---:|",
              f"| 0 | {g['empty_s']:.1f} | {1000 * g['empty_s'] / g['n']:.1f} | 1.00x | {1000 * g['empty_cpu_s'] / g['n']:.1f} | "
              f"1.00x | {(ex + 1000 * g['empty_s'] / g['n']) if ex else float('nan'):.1f} |"]
        for lv in g["levels"]:
            per = 1000 * lv["s"] / lv["n"]
            L.append(f"| {lv['level']:,} | {lv['s']:.1f} | {per:.1f} | {lv['s'] / g['empty_s']:.2f}x | "
                     f"{1000 * lv['cpu_s'] / lv['n']:.1f} | {lv['cpu_s'] / g['empty_cpu_s']:.2f}x | "
                     f"{(ex + per) if ex else float('nan'):.1f} |")
        if ex:
            L.append(f"\nExtraction per 1,000 articles (the into-empty runs above, less their writing): {ex:.1f} s.")
        L.append("")
    if "engines" in R:
        e = R["engines"]
        L += [f"{e['n']} articles from a cold start (pipeline loading and cluster start-up included), same input, "
              "alternating runs. *Two cores' worth* is what two busy processes got of the two cores just before the "
              "run (1.00 = both cores free; other work on a shared machine lowers it, and a 2-worker speed-up cannot "
              "exceed twice it):", "",
              "| run | two cores' worth | local, 1 worker s | Dask, 2 workers s | speed-up |", "|---:|---:|---:|---:|---:|"]
        for i, (a, b, r, pe) in enumerate(zip(e["local_s"], e["dask_s"], e["speedups"], e["parallel_efficiency"])):
            L.append(f"| {i + 1} | {pe:.2f} | {a:.1f} | {b:.1f} | {r:.2f}x |")
        L += ["", f"**Dask 2 workers vs local 1 worker: {spread(e['speedups'])}** (target >= 1.4x); "
              f"identical stores (canonical dumps): {'yes' if e['identical'] else 'NO'}.", ""]
    return L


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--new", type=int, default=1000)
    ap.add_argument("--preload", type=int, default=5000)
    ap.add_argument("--levels", default="1000,10000,50000")
    ap.add_argument("--engines-n", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--skip", default="")
    ap.add_argument("--json")
    ap.add_argument("--child", nargs="+")
    a = ap.parse_args(argv)
    if a.child:
        kind, *r = a.child
        if kind == "ingest":
            res = child_ingest(int(r[0]), r[1], r[2], int(r[3]), r[4], r[5])
        elif kind == "preload":
            res = child_preload(r[0], r[1], int(r[2]), r[3])
        else:
            res = child_link(r[0], r[1], r[2])
        print(json.dumps(res))
        return 0
    R = measure(a.new, a.preload, [int(x) for x in a.levels.split(",") if x], a.engines_n, a.repeat,
                set(x for x in a.skip.split(",") if x))
    print("\n".join(report(R)))
    if a.json:
        Path(a.json).write_text(json.dumps(R, indent=1), encoding="utf-8")
    return 0


def measure(n_new: int, n_pre: int, levels_: list[int], engines_n: int, repeat: int, skip: set[str], log=print) -> dict:
    R: dict = {}
    with tempfile.TemporaryDirectory() as work:
        if "flat" not in skip or "levels" not in skip:
            log("linking cost: 1,000 into empty vs into a full store ...")
            R["flat"] = flat(work, n_new, n_pre, repeat, log)
        if "levels" not in skip:
            log("linking cost by store size ...")
            R["levels"] = levels(work, R["flat"]["records_db"], levels_, n_new, log)
            R["extract_per_1000_s"] = 1000 * (statistics.median(R["flat"]["empty_s"]) - R["levels"]["empty_s"]) / n_new
        if "engines" not in skip:
            log("engines ...")
            R["engines"] = engines(work, engines_n, repeat, log)
    if "flat" in skip:
        R.pop("flat", None)
    return R


if __name__ == "__main__":
    sys.exit(main())
