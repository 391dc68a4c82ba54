"""Entities (stage ``cronica_entities_v1``): :mod:`.component` cleans spaCy's NER output and groups mentions,
:mod:`.merging` splits joined names and joins partial ones, :mod:`.naming` names them, :mod:`.lexicon` holds what
it knows as data."""
from __future__ import annotations

from .component import EntityCleaner, make_entities
from .lexicon import CAPITAL_COUNTRY, Mention, dateline_mentions

__all__ = ["EntityCleaner", "make_entities", "Mention", "CAPITAL_COUNTRY", "dateline_mentions"]
