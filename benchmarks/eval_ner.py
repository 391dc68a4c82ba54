"""Entity F1 of the pipeline's NER, as `cronica extract` sees text.

    python benchmarks/eval_ner.py                      # our model (models/cronica_ner_es) vs base
    python benchmarks/eval_ner.py --model base
    python benchmarks/eval_ner.py --model models/cronica_ner_es --split testa --errors 30

CoNLL-2002 (``esp.testb`` by default; research-only licence, evaluation only) is fed as *raw
text*: tokens joined by spaces, one sentence a line, 25 sentences an article, through the full
pipeline (``cronica.nlp.pipeline.load(stages=())``: es_core_news_sm tokenizer, tagger, parser and
the chosen ner). A predicted entity is right only if its character span is exactly a gold
entity's (i.e. it starts and ends on the gold token boundaries) and its type matches.

Also scored: the mentions of the gold record ``seed-000`` (war news; (span, type) P/R/F1 of the
raw model output, no post-processing), and speed in words a second (full pipeline and ner only).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from cronica.nlp.train import DATA, LABELS, evaluate_raw, read_tagged, score_sets  # noqa: E402

GOLD = REPO.parent / "shared" / "eval" / "gold"


def load_pipeline(model: str):
    import warnings

    from cronica.nlp import pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pipeline.load(stages=(), ner_model=model)


def seed_gold(name: str = "seed-000"):
    rec = json.loads((GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[0])
    gold = {(s, e, ent["type"]) for ent in rec["entities"] for s, e in ent["mentions"]
            if ent["type"] in LABELS}
    return rec["text"], gold


def eval_seed(nlp, name: str = "seed-000", show: bool = False) -> dict:
    text, gold = seed_gold(name)
    doc = nlp(text)
    pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
    res = score_sets(gold, pred)
    if show:
        print(f"  {name} missed: " + "; ".join(f"{text[s:e]}/{l}" for s, e, l in sorted(gold - pred)))
        print(f"  {name} spurious: " + "; ".join(f"{text[s:e]}/{l}" for s, e, l in sorted(pred - gold)))
    return res


def speed(nlp, texts: list[str], n_words: int, ner_only: bool) -> float:
    if ner_only:
        keep = [p for p in nlp.pipe_names if p in ("ner", "entity_ruler")]
        with nlp.select_pipes(enable=keep):
            t0 = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=64):
                pass
            return n_words / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return n_words / (time.perf_counter() - t0)


def errors(gold: set, pred: set, texts: list[str], top: int) -> None:
    """Most frequent error kinds: wrong type on the right span, wrong span, missed, spurious."""
    gspan = {(d, s, e): l for d, s, e, l in gold}
    pspan = {(d, s, e): l for d, s, e, l in pred}
    wrong_type = Counter()
    for k, l in pspan.items():
        if k in gspan and gspan[k] != l:
            wrong_type[f"{gspan[k]}->{l}"] += 1
    print("  wrong type on the exact span:", dict(wrong_type.most_common()))
    missed = Counter()
    spurious = Counter()
    for d, s, e, l in gold - pred:
        if (d, s, e) not in pspan:
            missed[(texts[d][s:e], l)] += 1
    for d, s, e, l in pred - gold:
        if (d, s, e) not in gspan:
            spurious[(texts[d][s:e], l)] += 1
    print(f"  missed spans (top {top}):", [f"{t}/{l}:{n}" for (t, l), n in missed.most_common(top)])
    print(f"  spurious spans (top {top}):", [f"{t}/{l}:{n}" for (t, l), n in spurious.most_common(top)])


def run(model: str, split: str, per_doc: int, n_errors: int, show_seed: bool, do_speed: bool) -> dict:
    nlp = load_pipeline(model)
    sents = read_tagged(DATA / "conll2002-es" / f"esp.{split}")
    res, gold, pred, texts = evaluate_raw(nlp, sents, per_doc=per_doc, return_sets=True)
    name = model
    if model != "base":
        try:
            name = str(Path(model).resolve().relative_to(REPO))
        except ValueError:
            name = Path(model).name
    out = {"model": name, "pipe": nlp.pipe_names, f"conll_{split}": res}
    out["seed-000"] = eval_seed(nlp, show=show_seed)
    if do_speed:
        n_words = sum(len(s) for s in sents)
        out["words_per_s_full"] = speed(nlp, texts, n_words, ner_only=False)
        out["words_per_s_ner"] = speed(nlp, texts, n_words, ner_only=True)
    if n_errors:
        print(f"[{model}] errors on esp.{split}:")
        errors(gold, pred, texts, n_errors)
    return out


def table(results: list[dict], split: str) -> None:
    print(f"\nCoNLL-2002 esp.{split}, raw text (exact span + type)")
    print(f"{'model':<28} {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for r in results:
        for k in ("all",) + LABELS:
            s = r[f"conll_{split}"][k]
            print(f"{r['model'][-28:]:<28} {k:<5} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} "
                  f"{s['n_gold']:6d} {s['n_pred']:6d}")
    print("\nseed-000 gold mentions (raw model output, exact span + type)")
    for r in results:
        s = r["seed-000"]
        per = " ".join(f"{k} {r['seed-000'][k]['f']:.2f}" for k in LABELS)
        print(f"{r['model'][-28:]:<28} P {s['all']['p']:.3f} R {s['all']['r']:.3f} F1 {s['all']['f']:.3f}  ({per})")
    if "words_per_s_full" in results[0]:
        print("\nspeed (1 process, nlp.pipe batch 64)")
        for r in results:
            print(f"{r['model'][-28:]:<28} full pipeline {r['words_per_s_full']:,.0f} words/s, "
                  f"ner only {r['words_per_s_ner']:,.0f} words/s")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", action="append",
                    help="'base' or a model directory; repeatable (default: base and models/cronica_ner_es)")
    ap.add_argument("--split", default="testb", choices=["testa", "testb"],
                    help="testb to report; testa only for (sparing) model selection")
    ap.add_argument("--per-doc", type=int, default=25)
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent errors")
    ap.add_argument("--show-seed", action="store_true", help="list seed-000 misses and spurious")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--record", action="store_true",
                    help="write the results into models/cronica_ner_es/TRAINING.md (section 'Evaluation')")
    args = ap.parse_args(argv)
    models = args.model or ["base", str(REPO / "models" / "cronica_ner_es")]
    results = [run(m, args.split, args.per_doc, args.errors, args.show_seed, not args.no_speed)
               for m in models]
    table(results, args.split)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.record:
        record(results, args.split, REPO / "models" / "cronica_ner_es" / "TRAINING.md")


def record(results: list[dict], split: str, path: Path) -> None:
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        table(results, split)
    head = "## Evaluation (benchmarks/eval_ner.py)"
    text = path.read_text(encoding="utf-8")
    text = text.split(head)[0].rstrip() + "\n\n" + head + "\n\n```" + buf.getvalue() + "```\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
