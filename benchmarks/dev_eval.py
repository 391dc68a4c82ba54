#!/usr/bin/env python3
"""Score cronica on the real dev set (../shared/eval/dev), split the way DEVELOPERS.md asks.

    .venv/bin/python benchmarks/dev_eval.py              # table: tune / held / ukraine / other wars / wrapped
    .venv/bin/python benchmarks/dev_eval.py --detail held # the scorer's misses on one part
    .venv/bin/python benchmarks/dev_eval.py --json       # one JSON object (what the quality gate reads)

The held-out third was chosen before any tuning, by a rule that looks at nothing but the ids: the
7 of 20 articles whose SHA-1 of the id sorts first (``HELD``). Errors are studied on the other 13
(``tune``); the held part is only scored.

``extra``: 12 real articles of ../shared/eval/devclusters annotated blind for events and statements
(``benchmarks/gold/``; only those parts are meaningful there), studied for error classes. ``fresh``: 19 more
annotated blind later (``devclusters19``), scored untouched first; ``fresh-held`` is a third of them chosen by the
same hash rule and never studied, ``fresh-tune`` the rest.

``wrapped``: the same articles hard-wrapped at about 72 characters by turning spaces into
newlines, so every gold offset stays valid (what text copied from wire feeds, e-mail or PDFs
looks like). Issues 12 and 13 ask for events and statements within 0.03 of the unwrapped text.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CRONICA_SHARED", ROOT.parent / "shared")).resolve()
DEV = SHARED / "eval" / "dev"
SCORER = SHARED / "eval" / "score.py"


def held_ids(ids: list[str], k: int | None = None) -> set[str]:
    """A third of the ids, chosen by hash alone (fixed before tuning)."""
    k = k if k is not None else round(len(ids) / 3)
    return set(sorted(ids, key=lambda x: hashlib.sha1(x.encode()).hexdigest())[:k])


def hard_wrap(text: str, width: int = 72) -> str:
    """Turn the first space after ``width`` characters on a line into a newline (offsets kept)."""
    out, col = [], 0
    for ch in text:
        if ch == "\n":
            col = 0
        elif ch == " " and col >= width:
            ch, col = "\n", 0
        else:
            col += 1
        out.append(ch)
    return "".join(out)


def fill_wrap(text: str, width: int = 72) -> str:
    """Wrap each paragraph within ``width`` characters, as a mail client or ``fold -s`` does: a space becomes a
    newline where the next word would not fit (offsets kept; a word longer than the width stays whole)."""
    out = list(text)
    start = 0  # where the current line starts
    last_space = -1
    for i, ch in enumerate(text):
        if ch == "\n":
            start, last_space = i + 1, -1
            continue
        if ch == " ":
            last_space = i
        if i - start >= width and last_space > start:
            out[last_space] = "\n"
            start, last_space = last_space + 1, -1
    return "".join(out)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def extract(inp: Path, out: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "cronica.cli.main", "extract", str(inp), "-o", str(out)],
                       capture_output=True, text=True)
    if r.returncode not in (0, 3):
        sys.exit(f"cronica extract failed on {inp}:\n{r.stderr[-2000:]}")


def score(gold: Path, pred: Path, detail: bool = False) -> dict | str:
    args = [sys.executable, str(SCORER), str(gold), str(pred)] + (["--detail"] if detail else ["--json"])
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"score.py failed:\n{r.stderr[-2000:]}")
    return r.stdout if detail else json.loads(r.stdout)


ROWS = [("entities", "entities", "f1"), ("geo", "geo_acc_25km", None), ("canonical", "canonical_name_acc", None),
        ("statements", "statements", "f1"), ("attribution", "attribution", "f1"), ("stance", "stance_acc", None),
        ("channel", "channel_acc", None), ("events", "events", "f1"), ("event place", "event_place_acc", None),
        ("event date", "event_date_acc", None), ("event tolls", "event_count_acc", None),
        ("event status", "event_status_acc", None), ("times", "times", "f1"), ("figures", "figures", "f1")]


def value(summary: dict, key: str, sub: str | None):
    v = summary.get(key)
    if v is None:
        return None
    return v[sub] if sub else v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--detail", metavar="PART", help="print the scorer's misses for one part "
                    "(all, tune, held, ukraine, other, tune-ua, tune-other, wrapped)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--keep", metavar="DIR", help="keep predictions in DIR")
    a = ap.parse_args()

    gold_all = load(DEV / "dev-gold.jsonl")
    inputs = load(DEV / "dev.input.jsonl")
    ids = [r["id"] for r in inputs]
    held = held_ids(ids)
    parts = {
        "all": set(ids),
        "tune": set(ids) - held,
        "held": held,
        "ukraine": {i for i in ids if i.startswith("dv-ua")},
        "other": {i for i in ids if i.startswith("dv-wd")},
    }
    # the bars per war, on the part errors may be studied on
    parts["tune-ua"] = parts["tune"] & parts["ukraine"]
    parts["tune-other"] = parts["tune"] & parts["other"]
    work = Path(a.keep or tempfile.mkdtemp(prefix="cronica-dev-"))
    work.mkdir(parents=True, exist_ok=True)
    pred = work / "dev.pred.jsonl"
    extract(DEV / "dev.input.jsonl", pred)
    # the wrapped copy: input and gold text wrapped alike, spans unchanged
    wrapped_in = work / "wrapped.input.jsonl"
    write(wrapped_in, [{**r, "text": hard_wrap(r["text"])} for r in inputs])
    wrapped_gold = work / "wrapped.gold.jsonl"
    write(wrapped_gold, [{**g, "text": hard_wrap(g["text"])} if g.get("text") else g for g in gold_all])
    wrapped_pred = work / "wrapped.pred.jsonl"
    extract(wrapped_in, wrapped_pred)

    results = {}
    for name, keep in parts.items():
        g = work / f"{name}.gold.jsonl"
        write(g, [r for r in gold_all if r["article"]["id"] in keep])
        if a.detail == name:
            print(score(g, pred, detail=True))
            return 0
        results[name] = score(g, pred)
    if a.detail == "wrapped":
        print(score(wrapped_gold, wrapped_pred, detail=True))
        return 0
    results["wrapped"] = score(wrapped_gold, wrapped_pred)

    # extra: 12 real devclusters articles annotated blind for events and statements (benchmarks/gold/), studied for
    # error classes; fresh: 19 more annotated blind later, scored untouched first, with a held third by the same rule
    clusters = SHARED / "eval" / "devclusters" / "input.jsonl"
    sets = {"extra": ROOT / "benchmarks" / "gold" / "devclusters12.gold.jsonl",
            "fresh": ROOT / "benchmarks" / "gold" / "devclusters19.gold.jsonl"}
    if clusters.exists() and all(f.exists() for f in sets.values()):
        texts = {r["id"]: r for r in load(clusters)}
        golds = {k: [{**g, "text": texts[g["article"]["id"]]["text"]} for g in load(f) if g["article"]["id"] in texts]
                 for k, f in sets.items()}
        fresh_held = held_ids([g["article"]["id"] for g in golds["fresh"]])
        golds["fresh-tune"] = [g for g in golds["fresh"] if g["article"]["id"] not in fresh_held]
        golds["fresh-held"] = [g for g in golds["fresh"] if g["article"]["id"] in fresh_held]
        write(work / "clusters.input.jsonl", [texts[g["article"]["id"]] for k in sets for g in golds[k]])
        extract(work / "clusters.input.jsonl", work / "clusters.pred.jsonl")
        for name, gold_x in golds.items():
            write(work / f"{name}.gold.jsonl", gold_x)
            if a.detail == name:
                print(score(work / f"{name}.gold.jsonl", work / "clusters.pred.jsonl", detail=True))
                return 0
            results[name] = score(work / f"{name}.gold.jsonl", work / "clusters.pred.jsonl")

    if a.json:
        print(json.dumps({"held_ids": sorted(held), "parts": results}))
        return 0
    cols = list(results)
    print(f"held out (never tuned on): {', '.join(sorted(held))}")
    print(f"{'':14}" + "".join(f"{c:>11}" for c in cols))
    for label, key, sub in ROWS:
        cells = []
        for c in cols:
            v = value(results[c], key, sub)
            cells.append(f"{v:>11.3f}" if v is not None else f"{'-':>11}")
        print(f"{label:14}" + "".join(cells))
    print(f"predictions in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
