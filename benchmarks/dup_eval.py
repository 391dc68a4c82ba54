"""Near-duplicate detection measured on real texts: precision on real multi-outlet coverage
(``../shared/eval/devclusters``: 31 reports, many of the same events, none a copy of another) and
on the real dev set (``../shared/eval/dev``), recall on wire copies made from those real texts the
way outlets republish them (a new first line, a different sign-off, a few words edited, a paragraph
cut, and all of these at once).

    .venv/bin/python benchmarks/dup_eval.py            # the table for docs/linking.md

Candidates go through the same LSH bands the store indexes; a copy is called when the estimated
containment reaches the threshold. Nothing is written to the repository.
"""
from __future__ import annotations

import itertools
import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CRONICA_SHARED", ROOT.parent / "shared"))

LEADS = ["ÚLTIMA HORA", "Actualizado a las 14:32", "Guerra en Ucrania", "Internacional | Europa", "Noticia en desarrollo",
         "KIEV, 12 oct (EFE).-", "Redacción Internacional", "Por la agencia AFP"]
SIGNOFFS = ["EFE", "(Con información de Reuters)", "Europa Press", "AFP", "Fuente: agencias", "ANSA",
            "Lea también: las claves de la guerra"]


def real_texts() -> dict[str, str]:
    out = {}
    for f in (SHARED / "eval" / "devclusters" / "input.jsonl", SHARED / "eval" / "dev" / "dev.input.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["id"]] = d["text"]
    return out


def _edit_words(text: str, rng: random.Random, n: int) -> str:
    words = text.split(" ")
    for _ in range(n):
        i = rng.randrange(len(words))
        if len(words[i]) > 3 and words[i].isalpha():
            words[i] = rng.choice(["este", "dicho", "aquel", "dicha", "nuevo", "otro"])
    return " ".join(words)


def _cut_paragraph(text: str, rng: random.Random) -> str:
    paras = [p for p in re.split(r"\n+", text) if p.strip()]
    if len(paras) > 2:
        del paras[rng.randrange(1, len(paras))]
    return "\n".join(paras)


def copies(text: str, rng: random.Random) -> dict[str, str]:
    lead = rng.choice(LEADS)
    sign = rng.choice(SIGNOFFS)
    return {
        "new_first_line": lead + "\n" + text,
        "signoff": re.sub(r"\s*\S+\s*$", "", text) + "\n" + sign,
        "edits": _edit_words(text, rng, 6),
        "cut_paragraph": _cut_paragraph(text, rng),
        "all": lead + "\n" + _edit_words(_cut_paragraph(text, rng), rng, 6) + "\n" + sign,
    }


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from cronica.link import duplicates as D

    texts = real_texts()
    rng = random.Random(7)
    fps = {k: D.fingerprint(k, t) for k, t in texts.items()}
    made = {}
    for k, t in sorted(texts.items()):
        for kind, c in copies(t, rng).items():
            made[(k, kind)] = D.fingerprint(f"{k}~{kind}", c)

    def candidate(a, b) -> bool:
        return bool(set(a.bands) & set(b.bands))

    real_pairs = [(fps[a], fps[b]) for a, b in itertools.combinations(sorted(fps), 2)]
    copy_pairs = [(fps[k], fp) for (k, _), fp in made.items()]
    # copies of different originals: must not be called copies either
    cross = [(made[(a, "all")], made[(b, "all")]) for a, b in itertools.combinations(sorted(texts), 2)]
    top = sorted(((D.containment(a, b), a.article_id, b.article_id) for a, b in real_pairs), reverse=True)[:5]
    print("highest containment between two different real articles:", [(round(c, 2), a, b) for c, a, b in top])
    print()
    print("| containment threshold | copies found (of %d) | by kind: first line / sign-off / edits / cut / all | "
          "false copies among %d real pairs | among %d pairs of copies of different texts |" % (
              len(copy_pairs), len(real_pairs), len(cross)))
    print("|---:|---:|---|---:|---:|")
    for th in (0.5, 0.6, 0.7, 0.8, 0.9):
        def called(a, b):
            return candidate(a, b) and min(a.n_shingles, b.n_shingles) >= D.MIN_SHINGLES and D.containment(a, b) >= th

        found = {kind: 0 for kind in ("new_first_line", "signoff", "edits", "cut_paragraph", "all")}
        for (k, kind), fp in made.items():
            found[kind] += called(fps[k], fp)
        fp_real = sum(called(a, b) for a, b in real_pairs)
        fp_cross = sum(called(a, b) for a, b in cross)
        n = len(texts)
        print(f"| {th:.1f} | {sum(found.values())} ({sum(found.values()) / len(copy_pairs):.0%}) | "
              + " / ".join(f"{v}/{n}" for v in found.values()) + f" | {fp_real} | {fp_cross} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
