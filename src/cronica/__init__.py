"""cronica: Spanish conflict news -> source-attributed, cross-linked records.

Public entry points::

    from cronica import extract, read_inputs, open_store
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import CronicaError  # noqa: F401
from .model import Article, Entity, Event, Figure, Source, Statement, TimeExpr  # noqa: F401


def __getattr__(name):  # lazy: importing cronica must not load spaCy
    if name == "extract":
        from .process import extract
        return extract
    if name == "read_inputs":
        from .ingest import read_inputs
        return read_inputs
    if name == "open_store":
        from .store import open_store
        return open_store
    raise AttributeError(name)
