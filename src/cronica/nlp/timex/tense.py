"""Helpers of resolution: calendar arithmetic, the tense of the clause around an expression (past by
default, future near a future or conditional verb), reporting frames."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from .grammar import (
    _COND_EXC,
    _OWN_OBJECT_CUES,
    _DAY_NUMBERS,
    _FLAGS,
    _FUT_MOD,
    _NOT_PARTICIPLE,
    _NOT_PAST,
    _PAST_MOD,
    _REPORTING,
    _YEAR_REL,
    RE_COND_VERB,
    RE_CUE_WORDS,
    RE_FUT_LEAD,
    RE_FUT_VERB,
    RE_PARTICIPLE,
    RE_PAST_VERB,
    RE_SENT_BREAK,
    _fold,
)

# --------------------------------------------------------------------------- helpers

def _num_word(s: str) -> Optional[int]:
    s = _fold(s.strip())
    s = re.sub(r"\s+", " ", s)
    if s.isdigit():
        return int(s)
    if s in ("un", "una", "uno"):
        return 1
    if s in ("un par de", "par de"):
        return 2
    from ..numbers import parse_number_words

    v = parse_number_words(s)
    return int(v) if v is not None and float(v).is_integer() else None


def _day_num(s: str) -> Optional[int]:
    s = _fold(s.strip())
    s = re.sub(r"(º|°|o\.)$", "", s)
    if s.isdigit():
        return int(s)
    return _DAY_NUMBERS.get(re.sub(r"\s+", " ", s))


def _mk(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _iso(d: _dt.date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _year_of(yrel: str, pub: Optional[_dt.date]) -> Optional[int]:
    off = _YEAR_REL.get(_fold(re.sub(r"\s+", " ", yrel)))
    if off is None or pub is None:
        return None
    return pub.year + off


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 160)
    s0 = lo
    for mm in RE_SENT_BREAK.finditer(text, lo, start):
        s0 = mm.end()
    mm = RE_SENT_BREAK.search(text, end, min(len(text), end + 160))
    s1 = mm.start() + 1 if mm else min(len(text), end + 160)
    return s0, s1


_TENSE_REACH = 60  # cues further than this from the expression do not decide its direction


def _tense(text: str, start: int, end: int) -> Optional[str]:
    """'past', 'future' or None: the tense cue closest to text[start:end] in its sentence."""
    s0, s1 = _sentence_bounds(text, start, end)
    s0, s1 = max(s0, start - _TENSE_REACH), min(s1, end + _TENSE_REACH)
    best: tuple[int, str] | None = None

    def consider(pos0: int, pos1: int, kind: str, weight: float = 1.0) -> None:
        nonlocal best
        if pos1 <= start:
            dist = start - pos1
        elif pos0 >= end:
            dist = pos0 - end
        else:
            return
        dist = int(dist * weight)
        if best is None or dist < best[0]:
            best = (dist, kind)

    ahead = False  # a verb of the future or a conditional near the expression
    for mm in RE_FUT_VERB.finditer(text, s0, s1):
        if mm.group(0)[0].isupper() and not _starts_sentence(text, mm.start()):
            continue  # a name in the middle of a sentence ("Irán", "Teherán"), no verb of the future
        consider(mm.start(), mm.end(), "future")
        ahead = True
    for mm in RE_COND_VERB.finditer(text, s0, s1):
        if _fold(mm.group(0)) not in _COND_EXC:
            consider(mm.start(), mm.end(), "future", 1.5)
            ahead = True
    for mm in RE_PAST_VERB.finditer(text, s0, s1):
        w = _fold(mm.group(0))
        if w in _NOT_PAST or not mm.group(0)[0].islower():
            continue
        if _reporting_frame(text, mm.start(), mm.end(), start, end):
            continue
        consider(mm.start(), mm.end(), "past")
    for mm in RE_PARTICIPLE.finditer(text, s0, s1):
        if _fold(mm.group(0)) not in _NOT_PARTICIPLE:
            # a participle right before the expression takes it as its own time ("la ofensiva rusa lanzada en febrero
            # continuará": launched in the February before)
            consider(mm.start(), mm.end(), "past", 0.5 if not text[mm.end():start].strip() else 1.2)
    lead = RE_FUT_LEAD.search(text, max(0, start - 14), start)
    if lead and not (_fold(lead.group(0)).startswith("hasta") and best is not None and best[1] == "past" and not ahead):
        # ("Hasta el domingo por la mañana, ningún grupo se había atribuido la responsabilidad": up to now; but "Los
        # mercados rusos permanecerán cerrados hasta el viernes": ahead)
        consider(lead.start(), lead.end(), "future", 0.5)
    for mm in RE_CUE_WORDS.finditer(text, s0, s1):
        if mm.group("f"):
            if _fold(mm.group(0)) in _OWN_OBJECT_CUES and text[mm.end():start].strip():
                continue  # "a partir de la invasión rusa del 24 de febrero": from the invasion, dated by its own verb
            consider(mm.start(), mm.end(), "future", 0.8)
        else:
            # "desde" right before the expression is decisive
            consider(mm.start(), mm.end(), "past", 0.5 if _fold(mm.group(0)) == "desde" else 1.0)
    return best[1] if best else None


def _starts_sentence(text: str, i: int) -> bool:
    """Nothing but a sentence's end, a line break, a bracket, a dash or quotation marks before position ``i``."""
    return re.search(r"(?:^|[.!?:\n«“\"¿¡…(—])[\s«“”»\"¿¡(—]*$", text[max(0, i - 8):i]) is not None


RE_FRAME_GAP = re.compile(r"[,;:«»\"“”]|(?<![\w])que(?![\w])", _FLAGS)


def _reporting_frame(text: str, v0: int, v1: int, start: int, end: int) -> bool:
    """A reporting verb set off from the expression (``…el jueves, dijo``; ``dijo que … el jueves``):
    its tense is that of the reporting, not of what is reported."""
    if re.sub(r"\s+", " ", _fold(text[v0:v1])) not in _REPORTING:
        return False
    gap = text[v1:start] if v1 <= start else text[end:v0]
    return bool(RE_FRAME_GAP.search(gap))


def _direction(pmod: Optional[str], tmod: Optional[str]) -> Optional[str]:
    for md in (pmod, tmod):
        if md:
            f = _fold(re.sub(r"\s+", " ", md))
            if f in _PAST_MOD:
                return "past"
            if f in _FUT_MOD:
                return "future"
    return None


def _pick(cands: list[_dt.date] | list[tuple[int, int]], pub_key, key, tense: Optional[str],
          same_ok: bool = True):
    """Choose among candidate occurrences: forced by tense, else nearest with a past bias."""
    past = [c for c in cands if key(c) < pub_key or (same_ok and key(c) == pub_key)]
    fut = [c for c in cands if key(c) > pub_key or (same_ok and key(c) == pub_key)]
    if tense == "past" and past:
        return max(past, key=key)
    if tense == "future" and fut:
        return min(fut, key=key)
    best, bc = None, None
    for c in cands:
        d = key(c) - pub_key
        if isinstance(d, _dt.timedelta):
            d = d.days
        cost = -d if d <= 0 else 3 * d
        if bc is None or cost < bc:
            best, bc = c, cost
    return best


