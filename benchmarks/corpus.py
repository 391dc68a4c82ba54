"""A corpus of real article texts repeated with variations (names, numbers, dates).

The three sample articles in ``examples/`` are real news texts; copy ``k`` of each swaps
people's names for others from a fixed list, shifts every number and moves the publication
date, so every copy is a distinct article (its own text hash) that reads like news and
exercises the same stages. Deterministic: the same ``n`` gives the same corpus.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# names in the samples -> replacements (surnames carried along)
NAMES = [
    ("Jens Stoltenberg", "Stoltenberg"), ("Dmitri Peskov", "Peskov"), ("Vladimir Putin", "Putin"),
    ("Volodimir Zelensky", "Zelensky"), ("Hanna Malyar", "Malyar"), ("Lloyd Austin", "Austin"),
]
SUBSTITUTES = [
    ("Mark Rutte", "Rutte"), ("Serguéi Lavrov", "Lavrov"), ("Andrii Yermak", "Yermak"), ("Kaja Kallas", "Kallas"),
    ("Rustem Umerov", "Umerov"), ("Antony Blinken", "Blinken"), ("María Zajárova", "Zajárova"),
    ("Dmytro Kuleba", "Kuleba"), ("Olaf Scholz", "Scholz"), ("Emmanuel Macron", "Macron"),
]
PLACES = ["Járkov", "Odesa", "Zaporiyia", "Jersón", "Sumy", "Mykolaiv", "Dnipró", "Poltava"]


def originals() -> list[dict]:
    out = []
    for txt in sorted(EXAMPLES.glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append({"name": txt.stem, "text": txt.read_text(encoding="utf-8"), **meta})
    return out


def variant(doc: dict, k: int) -> dict:
    """Copy ``k`` of one article (``k == 0`` is the original)."""
    text = doc["text"]
    if k:
        for i, (full, last) in enumerate(NAMES):
            new_full, new_last = SUBSTITUTES[(i + k) % len(SUBSTITUTES)]
            text = text.replace(full, new_full).replace(last, new_last)
        text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + k), text)
        text = text.replace("Bakhmut", PLACES[k % len(PLACES)])
    pub = (date.fromisoformat(doc["published"]) + timedelta(days=k)).isoformat()
    title = doc.get("title", "") + (f" ({k})" if k else "")
    return {"id": f"{doc['name']}-{k:04d}", "text": text, "published": pub, "outlet": doc.get("outlet"), "title": title}


def corpus(n: int) -> list[dict]:
    """``n`` articles: the samples, then their variants, interleaved."""
    docs = originals()
    return [variant(docs[i % len(docs)], i // len(docs)) for i in range(n)]


def write_jsonl(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for d in corpus(n):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def write_folder(folder: Path, n: int) -> Path:
    """One ``.txt`` per article with its ``.json`` sidecar (what ``cronica ingest FOLDER`` reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in corpus(n):
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
        (folder / f"{d['id']}.json").write_text(json.dumps(
            {"published": d["published"], "outlet": d["outlet"], "title": d["title"]}, ensure_ascii=False), encoding="utf-8")
    return folder
