"""A strike told with no one hurt ("fue bombardeada ... sin causar víctimas", "ha dejado daños leves, sin víctimas"):
its toll is zero dead and zero wounded, not unknown. The phrases are the ``no_victims`` list of events/words.tsv."""
from __future__ import annotations

import re

from ... import resources
from ...names import fold
from .context import Mention

NO_VICTIMS = re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in resources.words(
    "es/events/words.tsv", "no_victims")) + r")\b")
STRUCK = ("attack", "interception")


def no_victims(ctx, mentions: list[Mention]) -> None:
    """Give the strike told last before such a phrase, in its sentence and with no toll of its own, a toll of zero."""
    for si, sent in enumerate(ctx.sents):
        folded = fold(sent.text)
        for hit in NO_VICTIMS.finditer(folded):
            at = sent.start_char + hit.start()
            told = [m for m in mentions if m.sent == si and m.trigger.type in STRUCK and m.span[0] < at]
            m = max(told, key=lambda m: m.span[0], default=None)
            if m is not None and m.fatalities is None and m.injured is None:
                m.fatalities, m.injured = 0, 0
