"""Cross-article linking on real multi-outlet coverage (``../shared/eval/devclusters``).

Extraction runs once (records cached next to the output); linking then runs on a fresh store for
each setting, in input order and in shuffled orders, and is scored like
``../shared/eval/cluster_check.py`` (pairs of articles linked by a merged event of the cluster's
type: precision over all labelled articles, recall over same-cluster pairs; fatality ranges).

    .venv/bin/python benchmarks/link_eval.py                 # the shipped weights, 5 orders
    .venv/bin/python benchmarks/link_eval.py --curve         # precision/recall as the threshold moves
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CRONICA_SHARED", ROOT.parent / "shared"))
DC = SHARED / "eval" / "devclusters"


def records(path: Path, cache: Path) -> list[dict]:
    if not cache.exists():
        subprocess.run([sys.executable, "-m", "cronica.cli.main", "extract", str(path), "-o", str(cache)], check=True, cwd=str(ROOT))
    return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(recs: list[dict], db: str, weights=None):
    from cronica.batch import store_article
    from cronica.link import events_merge
    from cronica.link.crossdoc import features
    from cronica.model import Article
    from cronica.store import open_store

    old = events_merge.WEIGHTS
    if weights is not None:
        events_merge.WEIGHTS = weights
        events_merge.merge_reports.__defaults__ = (weights,)
        events_merge.pair_score.__defaults__ = (weights,)
    try:
        st = open_store(db)
        for d in recs:
            art = Article.from_dict(d)
            store_article(st, art, features(art))
        return st
    finally:
        events_merge.WEIGHTS = old
        events_merge.merge_reports.__defaults__ = (old,)
        events_merge.pair_score.__defaults__ = (old,)


def merged_jsonl(st) -> list[dict]:
    from cronica.cli.main import merged_event_dict

    return [merged_event_dict(r) for r in st.events(merged=True)]


def score(spec: dict, merged: list[dict]) -> dict:
    """The numbers ``cluster_check.py`` prints, computed the same way."""
    label = {}
    for name, c in spec["clusters"].items():
        for a in c["articles"]:
            label[a] = name
    for a in spec["traps"]:
        label[a] = "trap:" + a
    types = {name: c["type"] for name, c in spec["clusters"].items()}
    linked = set()
    for ev in merged:
        arts = sorted({a for a in ev.get("articles") or [] if a in label})
        for a, b in itertools.combinations(arts, 2):
            linked.add((a, b, ev.get("type")))
    pairs = {(a, b) for a, b, _ in linked}
    gold = {tuple(sorted(p)) for c in spec["clusters"].values() for p in itertools.combinations(c["articles"], 2)}
    hit = {p for p in gold if (p[0], p[1], types[label[p[0]]]) in linked}
    wrong = {p for p in pairs if label[p[0]] != label[p[1]]}
    ranges = 0
    n_ranges = 0
    range_misses = []
    for name, c in spec["clusters"].items():
        if "fatalities_min" not in c:
            continue
        n_ranges += 1
        best = max(merged, key=lambda ev: len(set(ev.get("articles") or []) & set(c["articles"])), default=None)
        if best is None or len(set(best.get("articles") or []) & set(c["articles"])) < 2:
            range_misses.append((name, None))
            continue
        f = best.get("fatalities") or {}
        if f.get("min") is not None and f.get("max") is not None and f["min"] <= c["fatalities_min"] + 2 \
                and f["max"] >= c["fatalities_max"] - 2:
            ranges += 1
        else:
            range_misses.append((name, (f.get("min"), f.get("max"))))
    return {"precision": (len(pairs) - len(wrong)) / len(pairs) if pairs else 0.0, "recall": len(hit) / len(gold),
            "pairs": len(pairs), "wrong": sorted(wrong), "missed": sorted(gold - hit), "ranges": ranges, "n_ranges": n_ranges,
            "range_misses": range_misses}


def run(recs, spec, weights=None, orders=1, seed=0) -> list[dict]:
    out = []
    for k in range(orders):
        rs = list(recs)
        if k:
            random.Random(seed + k).shuffle(rs)
        with tempfile.TemporaryDirectory() as d:
            st = build(rs, os.path.join(d, "l.db"), weights)
            out.append(score(spec, merged_jsonl(st)))
            st.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", default=str(DC / "input.jsonl"))
    ap.add_argument("--clusters", default=str(DC / "clusters.json"))
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "cronica-devclusters.records.jsonl"))
    ap.add_argument("--orders", type=int, default=5, help="input order plus this many - 1 shuffles")
    ap.add_argument("--curve", action="store_true", help="precision/recall for a range of thresholds")
    ap.add_argument("--set", nargs="*", default=[], help="weights to override, e.g. threshold=0.6 lex=0.5")
    ap.add_argument("--out", help="write the merged events of the input order here (for cluster_check.py)")
    a = ap.parse_args(argv)
    from cronica.link.events_merge import WEIGHTS

    spec = json.loads(Path(a.clusters).read_text(encoding="utf-8"))
    recs = records(Path(a.input), Path(a.cache))
    w = dataclasses.replace(WEIGHTS, **{k: float(v) for k, v in (x.split("=") for x in a.set)})
    if a.curve:
        print("| threshold | precision (mean of orders) | recall | precision min | recall min |")
        print("|---:|---:|---:|---:|---:|")
        for t in [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 1.0]:
            res = run(recs, spec, dataclasses.replace(w, threshold=t), a.orders)
            p = [r["precision"] for r in res]
            r_ = [r["recall"] for r in res]
            print(f"| {t:.2f} | {sum(p) / len(p):.2f} | {sum(r_) / len(r_):.2f} | {min(p):.2f} | {min(r_):.2f} |", flush=True)
        return 0
    res = run(recs, spec, w, a.orders)
    for k, r in enumerate(res):
        print(f"order {k}: precision {r['precision']:.2f} recall {r['recall']:.2f} pairs {r['pairs']} "
              f"ranges {r['ranges']}/{r['n_ranges']} {r['range_misses']} wrong {r['wrong'][:6]} missed {r['missed']}")
    if a.out:
        with tempfile.TemporaryDirectory() as d:
            st = build(recs, os.path.join(d, "l.db"), w)
            with open(a.out, "w", encoding="utf-8") as f:
                for m in merged_jsonl(st):
                    f.write(json.dumps(m, ensure_ascii=False) + "\n")
            st.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
