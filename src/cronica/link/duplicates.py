"""Near-duplicate articles: a wire report republished by another outlet is a copy, not a second source.

Word 5-shingles of the folded text, a 128-value MinHash signature, and LSH bands (32 bands of 4
values) that the store indexes, so the candidates for a new article come from an indexed lookup
whatever the size of the store. A candidate is a copy when the estimated *containment* of the
smaller text in the larger (from the Jaccard estimate and both shingle counts) reaches
:data:`CONTAINMENT`: a new first line, a different sign-off, a cut paragraph or a few edited words
leave most shingles in place, while two outlets writing up the same event in their own words share
almost none. Thresholds and their precision on real coverage: ``docs/linking.md``.
"""
from __future__ import annotations

import hashlib
import re
from typing import Optional, Protocol

import numpy as np

from ..names import fold
from ..records import Fingerprint

SHINGLE = 5  # words per shingle
N_HASHES = 128
BANDS = 32  # x 4 rows: pairs with Jaccard ~0.4 and up meet in at least one band
ROWS = N_HASHES // BANDS
CONTAINMENT = 0.7  # share of the smaller text's shingles found in the other
MIN_SHINGLES = 30  # shorter texts are too short to call copies

_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(20240514)  # fixed: signatures must agree across runs and processes
_A = (_rng.integers(1, 2**63 - 1, N_HASHES, dtype=np.int64).astype(np.uint64) << np.uint64(1)) | np.uint64(1)
_B = _rng.integers(0, 2**63 - 1, N_HASHES, dtype=np.int64).astype(np.uint64)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(fold(text))
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _hash64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


def minhash(sh: set[str]) -> list[int]:
    """128 minima of multiply-shift hashes of the shingles (32-bit values)."""
    if not sh:
        return []
    x = np.fromiter((_hash64(s) for s in sorted(sh)), dtype=np.uint64, count=len(sh))
    with np.errstate(over="ignore"):
        h = (np.outer(_A, x) + _B[:, None]) >> np.uint64(32)
    return [int(v) for v in h.min(axis=1)]


def bands(sig: list[int]) -> list[str]:
    out = []
    for b in range(BANDS):
        chunk = ",".join(str(v) for v in sig[b * ROWS:(b + 1) * ROWS])
        out.append(f"{b}:{hashlib.blake2b(chunk.encode(), digest_size=6).hexdigest()}")
    return out


def fingerprint(article_id: str, text: str) -> Fingerprint:
    sh = shingles(text)
    sig = minhash(sh)
    return Fingerprint(article_id, sig, bands(sig) if len(sh) >= MIN_SHINGLES else [], len(sh))


def jaccard(a: list[int], b: list[int]) -> float:
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated share of the smaller text's shingles that the other holds."""
    j = jaccard(a.minhash, b.minhash)
    small = min(a.n_shingles, b.n_shingles)
    if not small:
        return 0.0
    inter = j * (a.n_shingles + b.n_shingles) / (1 + j)
    return min(1.0, inter / small)


class CopyStore(Protocol):
    def fingerprint_candidates(self, bands: list[str], exclude: str) -> list[Fingerprint]: ...
    def add_fingerprint(self, fp: Fingerprint) -> None: ...
    def source_root(self, article_id: str) -> Optional[str]: ...


def find_original(store: CopyStore, fp: Fingerprint) -> tuple[Optional[str], float]:
    """The stored article this one copies (the best-contained candidate), with its containment."""
    if fp.n_shingles < MIN_SHINGLES:
        return None, 0.0
    best, best_c = None, 0.0
    for cand in store.fingerprint_candidates(fp.bands, fp.article_id):
        if cand.n_shingles < MIN_SHINGLES:
            continue
        c = containment(fp, cand)
        if c > best_c or (c == best_c and best is not None and cand.article_id < best.article_id):
            best, best_c = cand, c
    if best is None or best_c < CONTAINMENT:
        return None, best_c
    return best.article_id, best_c
