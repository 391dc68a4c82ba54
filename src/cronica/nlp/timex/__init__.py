"""A rule-based Spanish temporal tagger (HeidelTime-like), resolving against the publication date.

``find_times(text, published)`` returns every time expression of ``text`` as a
:class:`~cronica.model.TimeExpr` with a calendar value (``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY``) or ``None`` when the expression names no calendar point (``en las últimas semanas``).

Lexical rules (month and weekday names, day-relative words, modifiers, tense cues) are data in
``cronica/resources/timex_es.json``; :mod:`.grammar` compiles them, :mod:`.candidates` finds
matches, :mod:`.resolve` resolves them, :mod:`.published` infers a missing publication date.
Spans follow the gold convention of ``shared/eval/gold``: a leading
``en``/article/demonstrative belongs to the expression (``en diciembre``, ``el miércoles``,
``este año``), other prepositions (``desde``, ``hasta``, ``antes del``) do not.

Year-less and weekday expressions are resolved to the nearest occurrence consistent with the
tense of the surrounding clause: past by default (news reports the past), future when a future
or conditional verb, ``próximo`` or a similar cue is closest to the expression.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Optional

from ...model import TimeExpr
from .candidates import RE_SINCE, _candidates, _select, _trim
from .grammar import (
    _DAY_WORDS,
    _FLAGS,
    _R,
    RE_SENT_BREAK,
    B,
    E,
    _alt,
    _fold,
    reporting_forms,
)
from .published import dateline_date, infer_published
from .resolve import _Resolver
from .tense import _iso, _sentence_bounds

__all__ = ["find_times", "infer_published", "dateline_date"]

# --------------------------------------------------------------------------- public API

def find_times(text: str, published: Optional[_dt.date | str] = None, doc: Any = None) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved against ``published``.

    ``published`` may be a ``datetime.date`` or a ``YYYY-MM-DD`` string; without it only
    expressions that carry their own year get a value. ``doc`` is accepted for interface
    symmetry with :func:`cronica.nlp.numbers.find_figures` and is not needed.
    """
    if not text:
        return []
    pub = _as_date(published)
    res = _Resolver(text, pub)
    out: list[TimeExpr] = []
    kinds: list[str] = []
    for c in _select(_candidates(text)):
        try:
            value, precision, basis = res.resolve(c)
        except (ValueError, OverflowError, KeyError, TypeError):
            value, precision, basis = None, "day", "relative"
        if value is not None and not _valid(value):
            value = None
        if value is not None and precision == "day" and c.kind not in ("anchor", "vague"):
            res.anchor = _dt.date.fromisoformat(value)
        s, e = (c.start, c.end) if c.kind == "vague" else _trim(text, c.start, c.end)
        lead = RE_SINCE.search(text, max(0, s - 8), s)
        if lead and c.kind != "vague":
            s = lead.start()  # "desde el jueves", "desde junio de 2014": the gold keeps "desde"
        out.append(TimeExpr(span=(s, e), text=text[s:e], value=value, precision=precision, basis=basis))
        kinds.append(c.kind)
    if pub is not None:
        _anchor_quoted_days(text, out, kinds)
    _share_year(text, out)
    return out


RE_YEAR = re.compile(r"\b\d{4}\b")
RE_JOINED = re.compile(r"\s*(?:y|e|o|a|al|hasta|-|–)\s*$", _FLAGS)


def _share_year(text: str, out: list[TimeExpr]) -> None:
    """``entre marzo y abril de 2012``, ``de marzo a mayo de 2021``: a month told without its year takes the year of
    the month joined to it (the year before when it comes later in the calendar: ``de noviembre a enero de 2023``)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.precision != "month" or not a.value or not b.value or RE_YEAR.search(a.text) \
                or not RE_YEAR.search(b.text) or not RE_JOINED.fullmatch(text[a.span[1]:b.span[0]]):
            continue
        year, month, other = int(b.value[:4]), int(a.value[5:7]), int(b.value[5:7])
        value = f"{year - 1 if month > other else year:04d}-{month:02d}"
        out[i] = TimeExpr(span=a.span, text=a.text, value=value, precision="month", basis=a.basis)


RE_QUOTE = re.compile(r"«([^»]*)»|“([^”]*)”|\"([^\"\n]*)\"")
RE_REPORTING = re.compile(B + _alt(reporting_forms()) + E, _FLAGS)
_FRAME_REACH = 40


def _anchor_quoted_days(text: str, out: list[TimeExpr], kinds: list[str]) -> None:
    """``"Hoy hemos tomado Kidal", dijo el martes`` -> ``hoy`` is that Tuesday, the day it was said.

    A day word (``hoy``, ``ayer``, ``mañana``, ``esta mañana``) inside a quotation is re-anchored on
    a day-precision date of the quotation's reporting frame (the rest of its sentence, outside the
    quotes) that stands next to a reporting verb."""
    quotes = [(m.start() + 1, m.end() - 1) for m in RE_QUOTE.finditer(text)]
    if not quotes:
        return

    def quoted(a: int, b: int):
        return next(((qs, qe) for qs, qe in quotes if qs <= a and b <= qe), None)

    for i, t in enumerate(out):
        if kinds[i] not in ("dayword", "thispod") or t.value is None:
            continue
        q = quoted(*t.span)
        if q is None:
            continue
        qs, qe = q
        s0, _ = _sentence_bounds(text, qs - 1, qs - 1) if qs > 1 else (0, 0)
        mm = RE_SENT_BREAK.search(text, qe + 1)
        s1 = mm.start() + 1 if mm else len(text)
        frame = None
        for j, u in enumerate(out):
            if j == i or u.value is None or u.precision != "day" or quoted(*u.span):
                continue
            if not (s0 <= u.span[0] < qs - 1 or qe < u.span[0] < s1):
                continue
            lo, hi = max(0, u.span[0] - _FRAME_REACH), min(len(text), u.span[1] + _FRAME_REACH)
            if any(not quoted(r.start(), r.end()) for r in RE_REPORTING.finditer(text, lo, hi)):
                frame = u
                break
        if frame is None:
            continue
        if kinds[i] == "dayword":
            w = re.search(_alt(_R["day_words"]), t.text, _FLAGS)
            off = _DAY_WORDS.get(_fold(re.sub(r"\s+", " ", w.group(0))), 0) if w else 0
        else:
            off = 0
        base = _dt.date.fromisoformat(frame.value)
        out[i] = TimeExpr(span=t.span, text=t.text, value=_iso(base + _dt.timedelta(days=off)),
                          precision="day", basis="relative")


def _valid(value: str) -> bool:
    try:
        if len(value) == 10:
            _dt.date.fromisoformat(value)
        elif len(value) == 7:
            y, m = value.split("-")
            return len(y) == 4 and 1 <= int(m) <= 12
        elif len(value) == 4:
            return value.isdigit()
        else:
            return False
    except ValueError:
        return False
    return True


def _as_date(published) -> Optional[_dt.date]:
    if published is None or isinstance(published, _dt.date):
        return published if not isinstance(published, _dt.datetime) else published.date()
    try:
        return _dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


