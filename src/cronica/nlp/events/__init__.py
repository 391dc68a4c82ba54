"""Conflict events from triggers and the dependency parse (stage ``cronica_events_v1``).

Rules only, on the parse already made: no model of its own, so it costs a few milliseconds per article.
The steps, each a module of functions over an :class:`~cronica.nlp.events.context.EventContext`:
:mod:`.triggers` → :mod:`.arguments` → :mod:`.status` → :mod:`.dates` → :mod:`.casualties` →
:mod:`.corefer` → :mod:`.build`; :mod:`.component` runs them in order.
"""
from __future__ import annotations

from ..spanish import conjugate, verb_tag
from .component import EventsStage, extract, make_events
from .lexicon import lexicon

__all__ = ["EventsStage", "extract", "make_events", "lexicon", "conjugate", "verb_tag"]
