#!/usr/bin/env python3
"""Quality gate on real text: seed-000 and the real dev set (../shared/eval/dev), scored against pinned floors.

    .venv/bin/python benchmarks/quality_gate.py            # exit 1 if any score is below its floor
    .venv/bin/python benchmarks/quality_gate.py --update   # rewrite floors to current scores - 0.02

Parts: ``seed-000`` (the shared worked example), and of the dev set ``ukraine``, ``other`` (other wars), ``held``
(the third kept out of tuning, see dev_eval.py), ``wrapped`` (the same articles hard-wrapped at 72 columns) and
``fresh`` (19 devclusters articles annotated blind, events and statements only).
Floors live in benchmarks/quality_floors.json. The synthetic sets we once wrote ourselves are not quality
evidence any more: only real articles nobody here wrote are scored. Scores are what ../shared/eval/score.py prints.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CRONICA_SHARED", ROOT.parent / "shared")).resolve()
FLOORS = ROOT / "benchmarks" / "quality_floors.json"
SCORER = SHARED / "eval" / "score.py"
SEED = (SHARED / "eval" / "gold" / "seed-000.input.jsonl", SHARED / "eval" / "gold" / "seed-000.jsonl")
PARTS = ("seed-000", "ukraine", "other", "held", "wrapped", "fresh")

# gate name -> how to read it from score.py --json
METRICS = {
    "entities": ("entities", "f1"),
    "geo": ("geo_acc_25km", None),
    "statements": ("statements", "f1"),
    "attribution": ("attribution", "f1"),
    "stance": ("stance_acc", None),
    "channel": ("channel_acc", None),
    "events": ("events", "f1"),
    "event_place": ("event_place_acc", None),
    "event_date": ("event_date_acc", None),
    "event_status": ("event_status_acc", None),
    "event_tolls": ("event_count_acc", None),
    "times": ("times", "f1"),
    "figures": ("figures", "f1"),
}


def metric(summary: dict, name: str) -> float:
    key, sub = METRICS[name]
    v = summary.get(key)
    if v is None:  # nothing matched (e.g. no statements predicted): counts as 0
        return 0.0
    return float(v[sub] if sub else v)


def seed_scores(work: Path) -> dict:
    inp, gold = SEED
    pred = work / "seed-000.pred.jsonl"
    r = subprocess.run([sys.executable, "-m", "cronica.cli.main", "extract", str(inp), "-o", str(pred)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"cronica extract failed on {inp}:\n{r.stderr[-2000:]}")
    r = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"score.py failed on seed-000:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout)


def dev_scores(work: Path) -> dict:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dev_eval.py"), "--json", "--keep", str(work)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"dev_eval.py failed:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout)["parts"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="rewrite floors to current scores minus 0.02")
    ap.add_argument("--keep", metavar="DIR", help="keep predictions in DIR")
    a = ap.parse_args()

    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="cronica-gate-"))
    work.mkdir(parents=True, exist_ok=True)
    scores = {"seed-000": seed_scores(work), **dev_scores(work)}

    if a.update:
        FLOORS.write_text(json.dumps({p: {m: round(max(0.0, metric(scores[p], m) - 0.02), 3) for m in METRICS}
                                      for p in PARTS}, indent=2) + "\n")
        print(f"floors rewritten: {FLOORS}")
        return 0

    failed = []
    print(f"{'metric':<13}" + "".join(f"{n:>20}" for n in PARTS))
    for m in METRICS:
        row = f"{m:<13}"
        for p in PARTS:
            v = metric(scores[p], m)
            fl = floors.get(p, {}).get(m)
            if fl is None:
                cell = f"{v:.3f}       (-)"
            else:
                ok = v >= fl
                cell = f"{v:.3f} >= {fl:.2f} {'ok ' if ok else 'LOW'}"
                if not ok:
                    failed.append(f"{p}:{m} {v:.3f} < {fl:.2f}")
            row += f"{cell:>20}"
        print(row)
    if failed:
        print("BELOW FLOOR: " + "; ".join(failed))
        return 1
    print("all scores at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
