"""Evaluate cronica.nlp.timex on the Spanish TimeBank (TempEval-3) and MEANTIME-es test sets.

    .venv/bin/python benchmarks/eval_timex.py [--split test|train] [--detail N]

Each document of ``token<TAB>BIO-type<TAB>value`` is rebuilt as plain text (tokens joined by
spaces) and tagged with its creation date as the publication date. Reported: the share of gold
DATE expressions with a calendar value (YYYY, YYYY-MM, YYYY-MM-DD) that a predicted expression
overlaps with the same value (the task target), plus span recall/precision against all gold
timexes and the precision of predicted calendar values. The data is research-only and read from
``../shared/data`` in place; nothing is copied.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cronica.nlp.timex import find_times  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "timex-es"
CAL = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
DCT = re.compile(r'\*!-DCTVALUE="(\d{4}-\d{2}-\d{2})"-!\*')


def read_docs(path: Path):
    """Yield (dct, text, gold) per document; gold = [(start, end, type, value)]."""
    docs, cur = [], None

    def flush():
        if cur is not None:
            docs.append(cur)

    for line in path.read_text(encoding="utf-8").splitlines():
        m = DCT.search(line)
        if m:
            if cur is not None and cur["open"]:
                cur["gold"].append(cur["open"])
                cur["open"] = None
            flush()
            cur = {"dct": dt.date.fromisoformat(m.group(1)), "parts": [], "len": 0, "gold": [], "open": None}
            continue
        if cur is None:
            continue
        if not line.strip():
            if cur["open"]:
                cur["gold"].append(cur["open"])
                cur["open"] = None
            # sentence break
            if cur["parts"] and cur["parts"][-1] != "\n":
                cur["parts"].append("\n")
                cur["len"] += 1
            continue
        cols = line.split("\t")
        tok, tag, val = cols[0], cols[1] if len(cols) > 1 else "O", cols[2] if len(cols) > 2 else "-"
        if cur["parts"] and cur["parts"][-1] != "\n":
            cur["parts"].append(" ")
            cur["len"] += 1
        start = cur["len"]
        cur["parts"].append(tok)
        cur["len"] += len(tok)
        if tag.startswith("B-"):
            if cur["open"]:
                cur["gold"].append(cur["open"])
            cur["open"] = [start, cur["len"], tag[2:], val]
        elif tag.startswith("I-") and cur["open"]:
            cur["open"][1] = cur["len"]
        else:
            if cur["open"]:
                cur["gold"].append(cur["open"])
                cur["open"] = None
    if cur is not None:
        if cur["open"]:
            cur["gold"].append(cur["open"])
        flush()
    for d in docs:
        yield d["dct"], "".join(d["parts"]), [tuple(g) for g in d["gold"]]


def evaluate(path: Path, detail: int = 0) -> dict:
    n_cal = ok_cal = 0
    n_gold = n_pred = span_tp_g = span_tp_p = 0
    n_pred_val = ok_pred_val = 0
    misses = []
    t_total, chars = 0.0, 0
    for dct, text, gold in read_docs(path):
        t0 = time.perf_counter()
        pred = find_times(text, dct)
        t_total += time.perf_counter() - t0
        chars += len(text)
        n_gold += len(gold)
        n_pred += len(pred)

        def ov(a, b):
            return a[0] < b[1] and b[0] < a[1]

        span_tp_g += sum(any(ov(g, p.span) for p in pred) for g in gold)
        span_tp_p += sum(any(ov(g, p.span) for g in gold) for p in pred)
        for g in gold:
            if g[2] == "DATE" and CAL.match(g[3]):
                n_cal += 1
                hit = any(ov(g, p.span) and p.value == g[3] for p in pred)
                ok_cal += hit
                if not hit:
                    got = [(p.text, p.value) for p in pred if ov(g, p.span)]
                    misses.append((dct, text[g[0]:g[1]], g[3], got))
        for p in pred:
            if p.value is None:
                continue
            over = [g for g in gold if ov(g, p.span)]
            if over:  # value precision where the gold annotates something
                n_pred_val += 1
                ok_pred_val += any(g[3] == p.value for g in over)
    if detail:
        for mi in misses[:detail]:
            print("  miss", mi)
    return {
        "calendar_date_value_recall": round(ok_cal / n_cal, 3) if n_cal else None,
        "calendar_dates": n_cal,
        "span_recall_all": round(span_tp_g / n_gold, 3) if n_gold else None,
        "span_precision_all": round(span_tp_p / n_pred, 3) if n_pred else None,
        "value_precision_on_overlaps": round(ok_pred_val / n_pred_val, 3) if n_pred_val else None,
        "ms_per_5kB": round(1000 * t_total / max(1, chars) * 5000, 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("test", "train"))
    ap.add_argument("--detail", type=int, default=0, help="print up to N missed gold dates")
    a = ap.parse_args()
    sets = [("TimeBank-es " + a.split, DATA / "timebank_es" / f"{a.split}.tsv")]
    if a.split == "test":
        sets.append(("MEANTIME-es test", DATA / "meantime_es" / "test.tsv"))
    for name, path in sets:
        if not path.exists():
            print(f"{name}: {path} not found; skipped")
            continue
        r = evaluate(path, a.detail)
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in r.items()))


if __name__ == "__main__":
    main()
