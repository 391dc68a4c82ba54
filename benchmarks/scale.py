"""Stores of any size from a few real extractions: what ``make bench`` uses to measure how the cost
of linking grows with the store.

A stored article is a *synthetic variant* of an extracted record: a new id, its dates moved
back by whole batches (so the store covers earlier days at the same density as the new articles),
and about a third of its words outside the entity mentions replaced by other words of the same
length (so no two variants are near-duplicates, and every span still indexes the text). Entities,
statements, events and figures keep their shape, which is what linking pays for.
"""
from __future__ import annotations

import random
import re
from datetime import date, timedelta

from cronica.model import Article, sha256_text

_WORD = re.compile(r"[^\W\d_]{4,}")


def _shift(value, days: int):
    if not value:
        return value
    try:
        if len(value) == 10:
            return (date.fromisoformat(value) - timedelta(days=days)).isoformat()
    except ValueError:
        return value
    return value


def variant(rec: dict, k: int, days_back: int, rng: random.Random, vocabulary: list[str]) -> Article:
    art = Article.from_dict(rec)
    protected = [sp for e in art.entities for sp in e.mentions]
    chars = list(art.text)
    by_len: dict[int, list[str]] = {}
    for w in vocabulary:
        by_len.setdefault(len(w), []).append(w)
    for m in _WORD.finditer(art.text):
        if rng.random() > 0.35 or any(a < m.end() and m.start() < b for a, b in protected):
            continue
        repl = rng.choice(by_len.get(len(m.group(0)), [m.group(0)]))
        chars[m.start():m.end()] = list(repl)
    art.text = "".join(chars)
    art.meta.id = f"{art.meta.id}-v{k:05d}"
    art.meta.text_sha256 = sha256_text(art.text)
    art.meta.published = _shift(art.meta.published, days_back)
    art.meta.duplicate_of = None
    for v in art.events:
        if v.date is not None:
            v.date.value = _shift(v.date.value, days_back)
    for t in art.times:
        t.value = _shift(t.value, days_back)
    return art


def vocabulary(recs: list[dict]) -> list[str]:
    words = set()
    for r in recs:
        words.update(w for w in _WORD.findall(r.get("text") or "") if w.islower())
    return sorted(words)
