"""The sentence around a span, as the store keeps it for an event and linking compares it."""
from __future__ import annotations

import re


def sentence_of(text: str, span: tuple[int, int], limit: int = 400) -> str:
    """The words from the previous sentence end (``. `` or a line break) to the next, spaces collapsed."""
    a = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]))
    ends = [i for i in (text.find(". ", span[1]), text.find("\n", span[1])) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return re.sub(r"\s+", " ", text[a + 1:b]).strip()[:limit]


def lead(text: str, limit: int = 300) -> str:
    """The opening words of an article, up to ``limit`` characters, cut at a word boundary."""
    t = re.sub(r"\s+", " ", text).strip()
    if len(t) <= limit:
        return t
    cut = t.rfind(" ", 0, limit)
    return t[:cut if cut > 0 else limit]
