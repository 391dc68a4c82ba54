"""Examples for spaCy and scoring on raw text."""
from __future__ import annotations

import random
import time
from typing import Sequence

from .data import LABELS, Sentence, chunk, to_raw


# --------------------------------------------------------------------------- examples
def make_examples(nlp, sents: list[Sentence], spans: list[list], rng: random.Random,
                  min_chunk: int, max_chunk: int):
    """Group sentences into raw-text documents, tokenise them with the pipeline tokenizer,
    carry entities over as char offsets (misaligned ones become missing, not O)."""
    from spacy.training import Example

    idx = list(range(len(sents)))
    examples, i = [], 0
    bad = 0
    while i < len(idx):
        k = rng.randint(min_chunk, max_chunk)
        group = idx[i:i + k]
        i += k
        text, ents, _ = to_raw([sents[g] for g in group], [spans[g] for g in group])
        doc = nlp.make_doc(text)
        for s, e, _ in ents:
            if doc.char_span(s, e) is None:
                bad += 1
        examples.append(Example.from_dict(doc, {"entities": ents}))
    return examples, bad


# --------------------------------------------------------------------------- scoring
def score_sets(gold: set, pred: set, labels: Sequence[str] = LABELS) -> dict:
    def prf(g, p):
        tp = len(g & p)
        P = tp / len(p) if p else 0.0
        R = tp / len(g) if g else 0.0
        return {"p": P, "r": R, "f": 2 * P * R / (P + R) if P + R else 0.0, "n_gold": len(g), "n_pred": len(p)}

    out = {"all": prf(gold, pred)}
    for lab in labels:
        out[lab] = prf({x for x in gold if x[-1] == lab}, {x for x in pred if x[-1] == lab})
    return out


def evaluate_raw(nlp, sents: list[Sentence], per_doc: int = 25, batch_size: int = 32,
                 return_sets: bool = False):
    """Entity P/R/F1 with raw text input: tokens joined by spaces, one sentence a line,
    ``per_doc`` sentences a document; an entity counts only with the exact gold character span
    (i.e. gold token boundaries) and type."""
    gold, pred = set(), set()
    docs = chunk(sents, per_doc)
    texts = []
    for d, group in enumerate(docs):
        text, ents, _ = to_raw(group)
        texts.append(text)
        gold |= {(d, s, e, lab) for s, e, lab in ents}
    n_words = sum(len(s) for s in sents)
    t0 = time.perf_counter()
    for d, doc in enumerate(nlp.pipe(texts, batch_size=batch_size)):
        pred |= {(d, ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in LABELS}
    secs = time.perf_counter() - t0
    res = score_sets(gold, pred)
    res["words_per_s"] = n_words / secs if secs else 0.0
    if return_sets:
        return res, gold, pred, texts
    return res


