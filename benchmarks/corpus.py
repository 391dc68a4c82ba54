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


# ------------------------------------------------------------------ a larger corpus of distinct articles

SHARED = Path(__file__).resolve().parents[2] / "shared"
MIX_PEOPLE = [
    "Volodímir Zelenski", "Dmitri Peskov", "Serguéi Lavrov", "Andrii Yermak", "Rustem Umerov", "Oleh Synehubov",
    "Vitali Klitschko", "Kaja Kallas", "Mark Rutte", "Antony Blinken", "María Zajárova", "Dmytro Kuleba",
    "Oleksandr Syrski", "Valeri Guerásimov", "Ihor Klymenko", "Vadym Filashkin", "Serhiy Lysak", "Ivan Fedorov",
    "Vitali Kim", "Oleg Grigórov", "Benjamín Netanyahu", "Ismail Haniye", "Abdelfatah al Burhan", "Mohamed Hamdan Dagalo",
]
MIX_PLACES = [
    "Járkov", "Odesa", "Zaporiyia", "Jersón", "Sumy", "Mykolaiv", "Dnipró", "Poltava", "Kramatorsk", "Sloviansk",
    "Pokrovsk", "Kupiansk", "Izium", "Chernígov", "Lviv", "Kiev", "Bajmut", "Avdiivka", "Toretsk", "Kurájove",
    "Belgorod", "Kursk", "Bryansk", "Jan Yunis", "Rafah", "Gaza", "Yenín", "Jartum", "El Fasher", "Nyala",
]


def _real_texts() -> list[str]:
    texts = [d["text"] for d in originals()]
    for f in (SHARED / "eval" / "devclusters" / "input.jsonl", SHARED / "eval" / "dev" / "dev.input.jsonl"):
        if f.exists():
            texts += [json.loads(x)["text"] for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    return texts


def _sentences(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        for s in re.split(r"(?<=[.!?»”\"])\s+(?=[A-ZÁÉÍÓÚÑ«“\"])", t):
            s = s.strip()
            if 40 <= len(s) <= 400:
                out.append(s)
    return out


def news_mix(n: int, start: str = "2024-01-01", per_day: int = 20, seed: int = 0, prefix: str = "mix") -> list[dict]:
    """``n`` distinct articles (no two are near-duplicates): 6-10 sentences of real articles (the
    shared dev sets' real texts when ``../shared`` is there, else the samples), people and places
    swapped for others, numbers changed; ``per_day`` articles a day from ``start``, so a later batch covers later days at the
    same density. Deterministic for the same arguments."""
    import random

    texts = _real_texts()
    pool = _sentences(texts)
    rng = random.Random(seed)
    day0 = date.fromisoformat(start)
    out = []
    for i in range(n):
        body = rng.sample(pool, rng.randint(6, 10))
        lead = body[:1]
        text = "\n\n".join(body)
        for name in set(re.findall(r"\b[A-ZÁÉÍÓÚ][a-záéíóúñ]+ [A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ov|ko|ski|sky|yi|enko|uk|ak|in)\b", text)):
            text = text.replace(name, rng.choice(MIX_PEOPLE))
        for place in ("Bajmut", "Járkov", "Kremenchuk", "Mariúpol", "Kerch", "Gaza", "Kiev", "Chernígov", "Lysychansk", "Hroza"):
            if place in text:
                text = text.replace(place, rng.choice(MIX_PLACES))
        text = re.sub(r"\b\d{1,4}\b", lambda m: str(rng.randint(1, 9 * 10 ** (len(m.group(0)) - 1) + 9)), text)
        pub = (day0 + timedelta(days=i // per_day)).isoformat()
        out.append({"id": f"{prefix}-{i:06d}", "text": text, "published": pub, "outlet": rng.choice(
            ["EFE", "Europa Press", "Reuters", "AFP", "ANSA", "El País", "Infobae", "La Nación", "El Tiempo"]),
            "title": lead[0][:80] if lead else ""})
    return out


def write_mix(path: Path, n: int, **kw) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for d in news_mix(n, **kw):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path
