"""The publication date of an article that does not give one: a wire dateline, ``hoy, jueves 2 de marzo``, a
weekday with its day and month."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ..layout import find_dateline
from .grammar import (
    _FLAGS,
    _MONTH_ABBR,
    _MONTHS,
    _WEEKDAYS,
    MONTH,
    MONTH_ABBR,
    WD,
    YEAR,
    B,
    E,
    _fold,
)
from .tense import _mk

# --------------------------------------------------------------------------- publication date

# the date of a dateline (found by :func:`cronica.nlp.layout.find_dateline`): "31 jul", "lunes 8 abr 2024"
RE_DATELINE_DATE = re.compile(
    r"^(?:(?P<wd>" + WD + r")\s*,?\s+)?(?P<d>\d{1,2})\s+(?:de\s+)?(?:(?P<m>" + MONTH + r")|(?P<ma>" + MONTH_ABBR + r"))\.?"
    r"(?:\s+(?:de\s+)?(?P<y>" + YEAR + r"))?\s*$", _FLAGS)

RE_TODAY_DATE = re.compile(
    B + r"(?:hoy|este|esta)\s*,?\s+(?:(?P<wd>" + WD + r")\s*,?\s+)?(?P<d>\d{1,2})\s+de\s+(?P<m>" + MONTH + r")"
    r"(?:\s+de(?:l)?\s+(?P<y>" + YEAR + r"))?" + E, _FLAGS)

RE_WD_DATE = re.compile(
    B + r"(?P<wd>" + WD + r")\s*,?\s+(?P<d>\d{1,2})\s+de\s+(?P<m>" + MONTH + r")(?:\s+de(?:l)?\s+(?P<y>" + YEAR + r"))?" + E,
    _FLAGS)


def dateline_date(text: str, year_hint: Optional[int] = None) -> Optional[_dt.date]:
    """The date of a news-agency dateline at the start of ``text`` (``Kiev, 8 abr (EFE).-``).

    A dateline without a year takes ``year_hint``; without a hint, the latest year in which the
    date is not in the future (or whose weekday matches, when the dateline names one).
    """
    d = find_dateline(text)
    m = RE_DATELINE_DATE.match(text[d.date[0]:d.date[1]]) if d is not None and d.date else None
    if not m:
        return None
    d = int(m.group("d"))
    mon = _MONTHS.get(_fold(m.group("m"))) if m.group("m") else _MONTH_ABBR.get(_fold(m.group("ma")))
    if not mon:
        return None
    if m.group("y"):
        return _mk(int(m.group("y")), mon, d)
    wd = _WEEKDAYS.get(_fold(m.group("wd"))) if m.group("wd") else None
    return _year_for(d, mon, wd, year_hint)


def _year_for(d: int, mon: int, wd: Optional[int], year_hint: Optional[int]) -> Optional[_dt.date]:
    today = _dt.date.today()
    if year_hint is not None and wd is None:
        return _mk(year_hint, mon, d)
    base = year_hint or today.year
    years = [base] + [base - k for k in range(1, 12)] + ([base + 1] if year_hint else [])
    for y in years:
        x = _mk(y, mon, d)
        if x is None:
            continue
        if year_hint is None and x > today:
            continue
        if wd is None or x.weekday() == wd:
            return x
    return _mk(base, mon, d)


def infer_published(text: str) -> Optional[_dt.date]:
    """Estimate the publication date from the text itself, or ``None``.

    In order: a dateline (``MADRID, 9 Jun. (EUROPA PRESS)``), then ``hoy, jueves 2 de marzo``-style
    self-references, then a weekday plus day-month (``el miércoles 15 de febrero``) whose weekday
    fixes the year. Years missing from a dateline are taken from the latest explicit year in the
    text not after today.
    """
    if not text:
        return None
    years = [int(y) for y in re.findall(r"(?<![\d.,])(?:19[5-9]\d|20\d\d)(?!\d|[.,]\d)", text)]
    today = _dt.date.today()
    years = [y for y in years if y <= today.year]
    hint = max(years) if years else None
    d = dateline_date(text, hint)
    if d:
        return d
    for rx in (RE_TODAY_DATE, RE_WD_DATE):
        for m in rx.finditer(text):
            mon = _MONTHS.get(_fold(m.group("m")))
            day = int(m.group("d"))
            if m.group("y"):
                x = _mk(int(m.group("y")), mon, day)
                if x:
                    return x
                continue
            wd = _WEEKDAYS.get(_fold(m.group("wd"))) if m.group("wd") else None
            if wd is None and hint is None:
                continue
            x = _year_for(day, mon, wd, hint if wd is None else None)
            if x:
                return x
    return None
