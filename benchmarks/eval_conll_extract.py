"""CoNLL-2002 Spanish NER through `cronica extract`, as a user would feed it.

The test text becomes plain articles (tokens joined by spaces, one sentence a line, 25
sentences an article); each article goes through the whole extraction (NER, our entity
stage, geocoding); predicted mentions are compared with the gold entities by exact
character span and type. CoNLL-2002 is research-only: evaluation only, read from
../shared, never copied.

    .venv/bin/python benchmarks/eval_conll_extract.py [--split testb] [--per-article 25]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CRONICA_SHARED", ROOT.parent / "shared"))


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, tag = line.split()[0], line.split()[-1]
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def articles(sents, per: int):
    """(text, gold set of (start, end, type)) per article."""
    for i in range(0, len(sents), per):
        lines, gold, pos = [], set(), 0
        for sent in sents[i:i + per]:
            offs, parts = [], []
            for tok, _ in sent:
                offs.append(pos + sum(len(p) + 1 for p in parts))
                parts.append(tok)
            line = " ".join(parts)
            start = typ = None
            for j, (tok, tag) in enumerate(sent + [("", "O")]):
                if start is not None and not tag.startswith("I-"):
                    end = offs[j - 1] + len(sent[j - 1][0])
                    gold.add((start, end, typ))
                    start = None
                if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                    start, typ = offs[j], tag[2:]
            lines.append(line)
            pos += len(line) + 1
        yield "\n".join(lines), gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="testb")
    ap.add_argument("--per-article", type=int, default=25)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sents = read_conll(SHARED / "data" / "conll2002-es" / f"esp.{a.split}")
    arts = list(articles(sents, a.per_article))
    with tempfile.TemporaryDirectory() as d:
        inp, out = Path(d) / "in.jsonl", Path(d) / "out.jsonl"
        with open(inp, "w", encoding="utf-8") as f:
            for n, (text, _) in enumerate(arts):
                f.write(json.dumps({"id": f"conll-{n}", "text": text, "published": "2000-05-01"}, ensure_ascii=False) + "\n")
        t0 = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "cronica"), "extract", str(inp), "-o", str(out)], check=True)
        secs = time.perf_counter() - t0
        preds = {json.loads(l)["article"]["id"]: json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()}
    tp, fp, fn = Counter(), Counter(), Counter()
    for n, (text, gold) in enumerate(arts):
        rec = preds[f"conll-{n}"]
        pred = {(s, e, ent["type"]) for ent in rec["entities"] for s, e in ent["mentions"]}
        for x in pred & gold:
            tp[x[2]] += 1
        for x in pred - gold:
            fp[x[2]] += 1
        for x in gold - pred:
            fn[x[2]] += 1
    res = {}
    for t in ("PER", "ORG", "LOC", "MISC", "ALL"):
        T = sum(tp.values()) if t == "ALL" else tp[t]
        P = T + (sum(fp.values()) if t == "ALL" else fp[t])
        G = T + (sum(fn.values()) if t == "ALL" else fn[t])
        p, r = (T / P if P else 0.0), (T / G if G else 0.0)
        res[t] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}
    words = sum(len(s) for s in sents)
    res["words_per_second"] = round(words / secs)
    if a.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:18} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
