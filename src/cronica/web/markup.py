"""An article's text as HTML with its entities, statements, times, figures and event triggers
highlighted. Every piece of text and every attribute value goes through ``escape``: a news
text holding ``<script>`` shows it as text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from markupsafe import Markup, escape

from ..model import Article

_WORD = re.compile(r"[^a-z_]")


def _token(v: Optional[str]) -> str:
    """A class-name fragment from a stored value (type, stance): letters and _ only."""
    return _WORD.sub("", (v or "").lower())[:30] or "x"


@dataclass
class Mark:
    start: int
    end: int
    kind: str  # ent, quote, speaker, time, figure, trigger
    cls: str
    title: str = ""
    href: Optional[str] = None
    anchor: Optional[str] = None


def article_marks(art: Article, gids: dict[str, int]) -> list[Mark]:
    """Every span worth highlighting, clipped to the text."""
    ents = {e.id: e for e in art.entities}
    marks: list[Mark] = []
    for e in art.entities:
        gid = gids.get(e.id)
        for s, t in e.mentions:
            marks.append(Mark(s, t, "ent", f"ent ent-{_token(e.type)}", f"{e.type}: {e.name}",
                              href=f"/entities/{gid}" if gid else None))
    for st in art.statements:
        who = ents[st.source].name if st.source in ents else (
            art.text[st.source_span[0]:st.source_span[1]] if st.source_span else "?")
        how = st.stance + (f", {st.cue}" if st.cue else "") + (f", {st.channel}" if st.channel else "")
        marks.append(Mark(*st.content_span, "quote", f"quote stance-{_token(st.stance)}", f"{who} ({how})",
                          anchor=f"stmt-{st.id}"))
        if st.source_span:
            marks.append(Mark(*st.source_span, "speaker", "speaker", f"speaker of {st.id}"))
    for tx in art.times:
        marks.append(Mark(*tx.span, "time", "time", f"time: {tx.value or 'unresolved'} ({tx.precision})"))
    for f in art.figures:
        unit = f" {f.unit}" if f.unit else ""
        marks.append(Mark(*f.span, "figure", "figure", f"figure: {f.value:g}{unit}" if isinstance(f.value, (int, float))
                          else f"figure: {f.value}{unit}"))
    for v in art.events:
        marks.append(Mark(*v.trigger_span, "trigger", f"trigger ev-{_token(v.type)}", f"event {v.id}: {v.type} ({v.status})",
                          anchor=f"event-{v.id}"))
    n = len(art.text)
    return [m for m in marks if 0 <= m.start < m.end <= n]


def marked_html(art: Article, gids: dict[str, int]) -> Markup:
    """The text cut at every mark boundary; each piece a <span> (an <a> inside an entity
    mention) carrying the classes of every mark covering it. Newlines stay (CSS pre-wrap)."""
    marks = article_marks(art, gids)
    text = art.text
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        piece = escape(text[a:b])
        if not active:
            out.append(str(piece))
            continue
        cls = " ".join(dict.fromkeys(c for m in active for c in m.cls.split()))
        title = " · ".join(dict.fromkeys(m.title for m in active if m.title))
        anchors = [m.anchor for m in active if m.anchor and m.start == a]
        attrs = f' class="{escape(cls)}" title="{escape(title)}"'
        if anchors:
            attrs += f' id="{escape(anchors[0])}"'
        href = next((m.href for m in active if m.href), None)
        if href:
            out.append(f'<a href="{escape(href)}"{attrs}>{piece}</a>')
        else:
            out.append(f"<span{attrs}>{piece}</span>")
    return Markup("".join(out))
