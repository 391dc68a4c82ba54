"""Candidates: which families of expressions to try where (cheap trigger words first), and the filters that
keep a match (a year is not a quantity, a month name is not a person ...)."""
from __future__ import annotations

import re

from ..spanish import grammar
from .grammar import (
    _FLAGS,
    _R,
    RE_AGO,
    RE_ANCHOR,
    RE_CLOCK,
    RE_DATE,
    RE_DAY_AFTER,
    RE_DAY_BEFORE,
    RE_DAYOF,
    RE_DAYWORD,
    RE_MONTH,
    RE_NUMDATE,
    RE_RELYM,
    RE_SEASON,
    RE_DAY_NAMED,
    RE_NIGHTPOD,
    RE_THISPOD,
    RE_VAGUE,
    RE_WEEKDAY,
    RE_YEAR,
    _Cand,
    _fold,
)

# --------------------------------------------------------------------------- candidate filters

# every gold set keeps "desde" and "durante" inside the expression ("desde el jueves", "durante la madrugada de
# este viernes") and leaves "hasta" and "para" out
RE_STRIP_LEAD = re.compile(r"^(?:(?:hasta|para|antes|después|despues|tras)\s+(?:de\s+)?)", _FLAGS)


def _year_ok(text: str, m: re.Match) -> bool:
    """A bare four-digit number is a year unless it counts something ("2000 soldados")."""
    if m.group("art") or m.group("part") or re.match(r"año", m.group(0)[len(m.group("art") or ""):].strip(), re.I):
        return True
    after = text[m.end():m.end() + 30]
    nxt = re.match(r"\s+(?:de\s+)?([a-záéíóúñ]+)", after)
    if nxt:
        w = nxt.group(1)
        if w.endswith("s") and w not in ("las", "los", "más", "tras", "pues", "entonces", "después", "antes", "mientras"):
            return False
        if w in ("millones", "mil", "personas", "euros", "dólares", "km", "kilómetros", "metros", "toneladas", "horas"):
            return False
    before = text[max(0, m.start() - 12):m.start()]
    if re.search(r"(?:\$|€|nº|n\.º|número|núm\.|calibre|artículo|art\.|ley|resolución)\s*$", before, re.I):
        return False
    return True


def _month_ok(text: str, m: re.Match) -> bool:
    g = m.groupdict()
    if g.get("y") or g.get("y2") or g.get("yrel") or g.get("part") or g.get("art") or g.get("pmod") or g.get("tmod"):
        return True
    word = g["m"]
    # "Julio Iglesias", "Abril Martínez": a capitalised month followed by a capitalised word is a name
    if word[0].isupper():
        after = text[m.end():m.end() + 3]
        if re.match(r"\s+[A-ZÁÉÍÓÚÑ]", after):
            return False
        before = text[max(0, m.start() - 3):m.start()]
        if m.start() > 0 and not re.search(r"[.!?¿¡\"«:\n]\s*$", text[max(0, m.start() - 3):m.start()]) \
                and _fold(word) in ("julio", "abril", "mayo", "marzo", "enero"):
            # mid-sentence capitalised month: keep only after a preposition
            if not re.search(r"(?:\b(?:en|de|desde|hasta|para|a)\s+)$", text[max(0, m.start() - 8):m.start()], re.I):
                return False
    # "mayo" as common noun is rare; "marzo" fine. Require at least a preposition before a bare month.
    before = text[max(0, m.start() - 12):m.start()]
    return bool(re.search(r"(?:\b(?:en|de|desde|hasta|para|a|entre|y|durante|o|hacia|del|al|antes|tras)\s+)$|^$|[,(]\s*$", before, re.I))


def _mañana_ok(text: str, m: re.Match) -> bool:
    w = _fold(m.group("w"))
    if w != "manana" or m.group(0).lower() != m.group("w").lower():
        return True
    before = text[max(0, m.start() - 14):m.start()]
    return not re.search(r"(?:\b(?:la|esta|una|cada|toda|las|por|media|pasado|misma|aquella|esa)\s+)$", before, re.I)


def _trigger_table() -> dict[str, tuple[str, ...]]:
    """Trigger word -> the rule families that can match around it (the grammar runs only there)."""
    table: dict[str, set[str]] = {}

    def add(words, *kinds):
        for w in words:
            for f in {w.lower(), _fold(w)}:
                table.setdefault(f, set()).update(kinds)

    add(_R["months"], "date", "month")
    add(_R["month_abbreviations"], "date")
    add(_R["weekdays"], "weekday", "date")
    add([w.split()[-1] for w in _R["day_words"]], "dayword")  # "la noche pasada": its last word
    add(_R["parts_of_day"], "thispod")
    add(["noche", "madrugada"], "nightpod")
    add(["año", "años", "mes", "meses"], "relym", "ago", "vague")
    add(["semana", "semanas", "día", "días", "horas", "jornadas", "décadas", "década"], "vague", "ago", "anchor", "dayof")
    add(["hace", "dentro"], "ago")
    add(["horas", "hora", "h", "mañana", "madrugada", "tarde", "noche"], "clock")
    add(["víspera"], "anchor")
    return {k: tuple(sorted(v)) for k, v in table.items()}


_TRIGGERS = _trigger_table()
_DIGIT_FAMILIES = {1: ("date", "numdate", "dayof", "ago", "clock"), 2: ("date", "numdate", "dayof", "ago", "clock"),
                   4: ("year", "numdate")}
RE_TOKEN = re.compile(r"\w+")
_MARGIN = 50


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per rule family, merged text windows around its trigger words."""
    wins: dict[str, list[list[int]]] = {}
    trig = _TRIGGERS
    n = len(text)
    for m in RE_TOKEN.finditer(text):
        w = m.group(0)
        if w[0].isdigit():
            kinds = _DIGIT_FAMILIES.get(len(w)) or (("ago",) if w.isdigit() and len(w) == 3 else ())
        else:
            kinds = trig.get(w.lower(), ())
        if not kinds:
            continue
        s, e = max(0, m.start() - _MARGIN), min(n, m.end() + _MARGIN)
        for k in kinds:
            lst = wins.setdefault(k, [])
            if lst and s <= lst[-1][1]:
                lst[-1][1] = e
            else:
                lst.append([s, e])
    return {k: [(s, e) for s, e in v] for k, v in wins.items()}


_FAMILIES = (("date", RE_DATE), ("numdate", RE_NUMDATE), ("month", RE_MONTH), ("year", RE_YEAR),
             ("relym", RE_RELYM), ("dayword", RE_DAYWORD), ("thispod", RE_THISPOD), ("nightpod", RE_NIGHTPOD),
             ("weekday", RE_WEEKDAY), ("dayof", RE_DAYOF), ("ago", RE_AGO), ("anchor", RE_ANCHOR),
             ("vague", RE_VAGUE), ("clock", RE_CLOCK))


# "bombardear durante el día 22 asentamientos": "durante el día" is the daytime, the number counts the noun after it
_DAYTIME_COUNT = re.compile(r"\bdurante\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\s+([a-záéíóúñ]{5,}s)\b")  # a plural word in lower case (not "el día 7 Hamás")
_NOT_COUNTED = grammar("demonstratives") | grammar("indefinite_quantifiers") | grammar("both") \
    | grammar("indefinite_articles")


def _dayof_ok(text: str, m: re.Match) -> bool:
    nxt = _COUNTED_AFTER.match(text, m.end())
    return not (nxt and _DAYTIME_COUNT.search(text[max(0, m.start() - 10):m.start()])
                and nxt.group(1) not in _NOT_COUNTED)  # (not "durante el día 15 estas tropas")


def _keep(kind: str, text: str, m: re.Match) -> bool:
    if kind == "year":
        return _year_ok(text, m)
    if kind == "month":
        return _month_ok(text, m)
    if kind == "dayword":
        return _mañana_ok(text, m)
    if kind == "dayof":
        return _dayof_ok(text, m)
    if kind == "date" and m.group("ma"):
        return m.group("d")[0].isdigit()
    if kind == "relym" and m.group("bare"):
        return bool(m.group("part"))
    if kind == "clock":  # not "el jueves a las 14:50" (the clock of the day just named), nor "a las 23.00 horas" in
        # the next morning's report (an evening may be the day before)
        hour = re.match(r"\d{1,2}", m.group("hm") or m.group("hh") or m.group("hw") or "")
        return not RE_DAY_BEFORE.search(text[max(0, m.start() - 40):m.start()]) \
            and not RE_DAY_AFTER.match(text, m.end()) \
            and not re.search(r"tarde|noche", m.group(0), re.I) and not (hour and int(hour.group(0)) >= 15)
    if kind == "nightpod":  # not the part of a day just named ("el martes de madrugada", "El martes en la noche",
        # "los viernes en la noche": the weekday's own)
        return not RE_DAY_NAMED.search(text[max(0, m.start() - 30):m.start()])
    if kind == "weekday":  # "los lunes" is a habit, not a date
        return not re.match(r"(?:los|las)\s", text[max(0, m.start() - 4):m.start()], re.I)
    return True


def _candidates(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    seen: set[tuple[int, int, str]] = set()
    windows = _windows(text)
    for kind, rx in _FAMILIES:
        for ws, we in windows.get(kind, ()):
            for m in rx.finditer(text, ws, we):
                key = (m.start(), m.end(), kind)
                if key not in seen and _keep(kind, text, m):
                    seen.add(key)
                    out.append(_Cand(m.start(), m.end(), kind, m))
    if _R.get("emit_seasons"):
        for m in RE_SEASON.finditer(text):
            out.append(_Cand(m.start(), m.end(), "season", m))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest non-overlapping candidates."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[_Cand] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


RE_SINCE = re.compile(r"(?<![\w])desde\s+$", _FLAGS)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading prepositions the gold leaves out (desde, hasta, para, antes de ...)."""
    seg = text[start:end]
    m = RE_STRIP_LEAD.match(seg)
    if m and m.end() < len(seg):
        start += m.end()
    return start, end


