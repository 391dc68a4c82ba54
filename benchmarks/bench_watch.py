"""Speed of ``cronica watch`` against ``cronica ingest`` of the same articles, measured in the same
run on the same machine (ratios, never wall-clock limits).

A local news site (``tests/newsite.py``: real article texts from ``examples/`` and their variants,
wrapped in a news site's chrome) serves ``--n`` pages behind one RSS feed whose items hold only a
summary. Measured, each in a fresh process and a fresh store:

- ``ingest``: ``cronica ingest FOLDER`` of the same texts as ``.txt`` files (the baseline);
- ``watch``: ``cronica watch SOURCES --once --delay 0`` (fetch, robots.txt, trafilatura, store);
- ``again``: a second ``--once`` pass (the feed answers 304; no page is fetched);
- ``polite``: a pass with ``--delay 0.2``: the shortest gap between two requests the site saw.

    .venv/bin/python benchmarks/bench_watch.py [--n 24] [--out benchmarks/results/watch.json]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
import corpus  # noqa: E402
from newsite import NewsSite, article_page, first_sentence, rss  # noqa: E402
from run import machine  # noqa: E402

CLI = [sys.executable, "-m", "cronica.cli.main"]


def timed(args: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    r = subprocess.run(CLI + args, cwd=str(ROOT), capture_output=True, text=True, timeout=3600)
    if r.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args[:2])} failed: {r.stderr.strip()[-400:]}")
    return time.perf_counter() - t, r.stdout.strip()


def serve(site: NewsSite, docs: list[dict]) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /privado/\n", content_type="text/plain")
    items = []
    for d in docs:
        path = f"/n/{d['id']}.html"
        site.put(path, article_page(d["text"], d["title"], d["outlet"] or "El Observador", d["published"]))
        items.append({"title": d["title"], "link": site.url(path), "summary": first_sentence(d["text"]),
                      "published": d["published"]})
    site.put("/rss.xml", rss("El Observador", items), content_type="application/rss+xml")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--out", default=None)
    a = ap.parse_args(argv)
    docs = corpus.corpus(a.n)
    R: dict = {"n": a.n, "machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus.write_folder(tmp / "folder", a.n)
        R["ingest_s"], R["ingest_line"] = timed(["ingest", str(tmp / "folder"), "--db", str(tmp / "ingest.db")])
        site = NewsSite()
        try:
            serve(site, docs)
            src = tmp / "sources.txt"
            src.write_text(site.url("/rss.xml") + " outlet=El Observador\n", encoding="utf-8")
            db = str(tmp / "watch.db")
            R["watch_s"], R["watch_line"] = timed(["watch", str(src), "--db", db, "--once", "--delay", "0"])
            R["requests_first_pass"] = len(site.hits)
            site.clear()
            R["again_s"], R["again_line"] = timed(["watch", str(src), "--db", db, "--once", "--delay", "0"])
            R["requests_second_pass"] = len(site.hits)
            site.clear()
            _, R["polite_line"] = timed(["watch", str(src), "--db", str(tmp / "polite.db"), "--once", "--delay", "0.2"])
            times = [h.at for h in site.hits]
            R["polite_min_gap_s"] = round(min(b - x for x, b in zip(times, times[1:])), 3)
        finally:
            site.close()
    R["watch_vs_ingest"] = round(R["watch_s"] / R["ingest_s"], 2)
    R["again_vs_watch"] = round(R["again_s"] / R["watch_s"], 2)
    for k in ("ingest_s", "watch_s", "again_s"):
        R[k] = round(R[k], 2)
    print(f"n={a.n}  ingest {R['ingest_s']} s  watch {R['watch_s']} s  (watch/ingest {R['watch_vs_ingest']}x)  "
          f"second pass {R['again_s']} s ({R['again_vs_watch']}x of the first; {R['requests_second_pass']} requests)  "
          f"shortest gap at --delay 0.2: {R['polite_min_gap_s']} s")
    out = Path(a.out) if a.out else HERE / "results" / f"watch-{R['machine']['git'].split()[0]}.json"
    out.write_text(json.dumps(R, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
