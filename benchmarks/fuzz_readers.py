"""Fuzz target: the ingest readers, the time normaliser and the figure parser.

With atheris (``pip install atheris==2.3.0``; coverage-guided, libFuzzer options)::

    .venv/bin/python benchmarks/fuzz_readers.py -atheris_runs=100000

Without it (or with ``--iterations N``) the same target runs as a plain random-input loop
(mutations of real Spanish news snippets plus random bytes), so it works on any Python::

    .venv/bin/python benchmarks/fuzz_readers.py --iterations 20000 [--seed 1]

A finding is an exception escaping a reader (they must return ``Source`` or ``Failed``), a
tagger, or a span that does not index the text.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

SEEDS = [p.read_bytes() for p in sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))]
SNIPPETS = [b"el martes 14 de febrero", b"al menos 12 muertos", b"unos 300.000 soldados", b"hace dos semanas",
            b"<html><body><p>", b"<?xml version='1.0'?><rss>", b'{"text": "', b"\xef\xbb\xbf", b"\x00", b"\xff",
            b"2,5 millones de euros", b"a las 10.00 horas", b"el pasado 24-F", b"1.000 km", b"(EFE)"]


def check(data: bytes) -> None:
    from cronica.ingest import Failed, read_text_input
    from cronica.model import Source
    from cronica.nlp.numbers import find_figures
    from cronica.nlp.timex import find_times

    res = read_text_input(data, "fuzz")
    if not isinstance(res, (Source, Failed)):
        raise AssertionError(f"reader returned {type(res)}")
    text = res.text if isinstance(res, Source) else data.decode("utf-8", "replace")
    pub = dt.date(2000 + data[0] % 30, 1 + data[-1] % 12, 1) if data else None
    for t in find_times(text[:4000], pub):
        if text[t.span[0]:t.span[1]] != t.text:
            raise AssertionError(f"time span {t.span} does not index the text")
    for f in find_figures(text[:4000]):
        if text[f.span[0]:f.span[1]] != f.text:
            raise AssertionError(f"figure span {f.span} does not index the text")


def mutate(rng: random.Random) -> bytes:
    base = bytearray(rng.choice(SEEDS)[:rng.randint(0, 1500)] if rng.random() < 0.7 else b"")
    for _ in range(rng.randint(0, 8)):
        op = rng.random()
        pos = rng.randint(0, len(base))
        if op < 0.4:
            base[pos:pos] = rng.choice(SNIPPETS)
        elif op < 0.7 and base:
            base[min(pos, len(base) - 1)] = rng.randrange(256)
        elif op < 0.85:
            base[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        else:
            del base[pos:pos + rng.randint(1, 50)]
    return bytes(base)


def random_loop(iterations: int, seed: int) -> int:
    rng = random.Random(seed)
    for i in range(iterations):
        data = mutate(rng)
        try:
            check(data)
        except Exception:
            Path("fuzz-crash.bin").write_bytes(data)
            print(f"crash at iteration {i}; input written to fuzz-crash.bin", file=sys.stderr)
            raise
    print(f"{iterations} inputs, no crash")
    return 0


def main(argv: list[str]) -> int:
    if "--iterations" in argv or "--random" in argv:
        n = int(argv[argv.index("--iterations") + 1]) if "--iterations" in argv else 10000
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 0
        return random_loop(n, seed)
    try:
        import atheris
    except ImportError:
        print("atheris not installed: running the plain random loop (10000 inputs)", file=sys.stderr)
        return random_loop(10000, 0)
    with atheris.instrument_imports():
        import cronica.ingest.readers  # noqa: F401
        import cronica.nlp.numbers  # noqa: F401
        import cronica.nlp.timex  # noqa: F401
    atheris.Setup(argv, check)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
