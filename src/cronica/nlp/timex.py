"""A rule-based Spanish temporal tagger (HeidelTime-like), resolving against the publication date.

``find_times(text, published)`` returns every time expression of ``text`` as a
:class:`~cronica.model.TimeExpr` with a calendar value (``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY``) or ``None`` when the expression names no calendar point (``en las últimas semanas``).

Lexical rules (month and weekday names, day-relative words, modifiers, tense cues) are data in
``cronica/resources/timex_es.json``; this module holds the grammar (compiled once at import) and
the resolution logic. Spans follow the gold convention of ``shared/eval/gold``: a leading
``en``/article/demonstrative belongs to the expression (``en diciembre``, ``el miércoles``,
``este año``), other prepositions (``desde``, ``hasta``, ``antes del``) do not.

Year-less and weekday expressions are resolved to the nearest occurrence consistent with the
tense of the surrounding clause: past by default (news reports the past), future when a future
or conditional verb, ``próximo`` or a similar cue is closest to the expression.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Optional

from ..model import TimeExpr

__all__ = ["find_times", "infer_published", "dateline_date"]


# --------------------------------------------------------------------------- resources

def _load() -> dict[str, Any]:
    with resources.files("cronica.resources").joinpath("timex_es.json").open(encoding="utf-8") as f:
        return json.load(f)


_R = _load()

_ACCENTS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]",
            "á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]"}


def _fold(s: str) -> str:
    return s.lower().translate(str.maketrans("áéíóúü", "aeiouu"))


def _pat(phrase: str) -> str:
    """A regex for a lexicon phrase: accents optional, any whitespace between words."""
    out = []
    for ch in phrase.lower():
        if ch in _ACCENTS:
            out.append(_ACCENTS[ch])
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(phrases) -> str:
    return "(?:" + "|".join(_pat(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


_MONTHS = {_fold(k): v for k, v in _R["months"].items()}
_MONTH_ABBR = {_fold(k): v for k, v in _R["month_abbreviations"].items()}
_WEEKDAYS = {_fold(k): v for k, v in _R["weekdays"].items()}
_DAY_WORDS = {_fold(k): v for k, v in _R["day_words"].items()}
_DAY_NUMBERS = {_fold(k): v for k, v in _R["day_numbers"].items()}
_YEAR_REL = {_fold(k): v for k, v in _R["year_relative"].items()}
_MONTH_REL = {_fold(k): v for k, v in _R["month_relative"].items()}
_PAST_MOD = {_fold(k) for k in _R["past_modifiers"]}
_FUT_MOD = {_fold(k) for k in _R["future_modifiers"]}
_UNITS = {_fold(k): v for k, v in _R["duration_units"].items()}
_COND_EXC = {_fold(k) for k in _R["conditional_noun_exceptions"]}
_WEEK_REL = {_fold(k): v for k, v in _R["week_relative"].items()}
_REPORTING = {_fold(k) for k in _R["reporting_verbs"]}

B = r"(?<![\w])"  # word start
E = r"(?![\w])"  # word end

MONTH = _alt(_R["months"])
MONTH_ABBR = _alt(_R["month_abbreviations"])
WD = _alt(_R["weekdays"])
DAYW = _alt(_R["day_numbers"])
DAYNUM = r"(?:(?:0?[1-9]|[12]\d|3[01])(?:º|°|o\.)?(?!\d)|" + DAYW + ")"
YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?![\d])"
YEAR_REL = _alt(_R["year_relative"])
MONTH_REL = _alt(_R["month_relative"])
POD = _alt(_R["parts_of_day"])
PART = _alt(_R["part_of_period"])
PASTM = _alt(_R["past_modifiers"])
FUTM = _alt(_R["future_modifiers"])
MOD = "(?:" + PASTM + "|" + FUTM + ")"
WEEK_REL = _alt(_R["week_relative"])
UNIT = _alt(_R["duration_units"])
HEDGE = _alt(_R["quantity_hedges"])
NUMW = (r"(?:\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
        r"quince|dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
        r"cien|ciento|un\s+par\s+de|par\s+de|media|medio)")

# A year written after a month or a day: "de 2022", "del 2001", "de este año", "del año pasado"
YEAR_TAIL = r"(?:\s*,?\s+(?:de|del)\s+(?:(?P<y>" + YEAR + r")|(?:el\s+)?(?P<yrel>" + YEAR_REL + r")))"
MOD_TAIL = r"(?:\s+(?P<tmod>" + MOD + r"))"

_FLAGS = re.IGNORECASE | re.UNICODE

# -- full and partial dates: "el pasado 24 de febrero de 2022", "el lunes 3 de marzo", "8 abr"
RE_DATE = re.compile(
    B + r"(?:(?:(?:en|durante)\s+)?(?:la|el)\s+" + POD + r"\s+(?:de\s+este|del|de)\s+)?"  # "la madrugada de este 18 de diciembre"
    r"(?:(?P<art>en\s+el|el|del|al|la)\s+)?(?:(?P<pmod>" + MOD + r")\s+)?"
    r"(?:(?P<wd>" + WD + r")\s*,?\s+)?(?:(?:el\s+)?d[ií]a\s+)?(?P<d>" + DAYNUM + r")\s+(?:de\s+)?"
    r"(?:(?P<m>" + MONTH + r")|(?P<ma>" + MONTH_ABBR + r")\.?(?=[\s,.;:)(]|$))"
    r"(?:" + YEAR_TAIL + r"|\s*,?\s+(?P<y2>" + YEAR + r")|" + MOD_TAIL + r")?" + E, _FLAGS)

# -- numeric dates: 24/02/2022, 15.01.2023, 2022-02-24
RE_NUMDATE = re.compile(
    B + r"(?:(?:el|del|al)\s+)?(?<![\d.,/-])(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?![\d]|[.,/-]\d)", _FLAGS)

# -- months: "en febrero del año pasado", "a mediados de noviembre", "el pasado mes de mayo", "junio pasado"
RE_MONTH = re.compile(
    B + r"(?:(?P<part>(?:(?:a|en|hasta|desde|para)\s+)?(?:(?:los|las|el|la)\s+)?" + PART + r")\s+(?:de|del)\s+)?"
    r"(?:(?P<art>en\s+el|en|el|del|este|al)\s+)?(?:(?P<pmod>" + MOD + r")\s+)?(?:mes\s+de\s+)?"
    r"(?P<m>" + MONTH + r")(?:" + YEAR_TAIL + r"|\s+(?P<y2>" + YEAR + r")|" + MOD_TAIL + r")?" + E, _FLAGS)

# -- years: "en 2022", "el año 2006", "a principios de 2009", "del 2002"
RE_YEAR = re.compile(
    B + r"(?:(?P<part>(?:(?:a|en|hasta|desde|para)\s+)?(?:(?:los|las|el|la)\s+)?" + PART + r")\s+(?:de|del)\s+)?"
    r"(?:(?P<art>en\s+el|en|el|del|al)\s+)?(?:año\s+)?(?<![\d.,])(?P<y>" + YEAR + r")(?![.,]\d)", _FLAGS)

# -- relative years and months: "el año pasado", "este año", "el mes pasado", "a principios de año"
RE_RELYM = re.compile(
    B + r"(?:(?P<part>(?:(?:a|en|hasta|desde|para)\s+)?(?:(?:los|las|el|la)\s+)?" + PART + r")\s+(?:de|del)\s+)?"
    r"(?:(?P<art>en\s+el|el|del|al|en)\s+)?(?:(?P<yrel>" + YEAR_REL + r")|(?P<mrel>" + MONTH_REL + r")"
    r"|(?<=de\s)(?P<bare>año|mes))" + E, _FLAGS)

# -- day-relative words: "hoy", "ayer, miércoles", "la noche de ayer", "el día de hoy", "anoche"
RE_DAYWORD = re.compile(
    B + r"(?:(?:(?:en\s+)?(?:la|el)\s+)?(?:" + POD + r"|d[ií]a)\s+de\s+)?"
    r"(?P<w>" + _alt(_R["day_words"]) + r")"
    r"(?:\s*,?\s+(?P<wd>" + WD + r")(?:\s+(?P<d>\d{1,2})(?!\d))?)?" + E, _FLAGS)

# "esta mañana", "esta noche": today
RE_THISPOD = re.compile(B + r"(?:(?:en|durante)\s+)?esta\s+(?P<pod>" + POD + r")" + E, _FLAGS)

# -- weekdays: "el miércoles", "este jueves", "en la madrugada de este jueves", "el pasado lunes", "del sábado"
RE_WEEKDAY = re.compile(
    B + r"(?:(?P<pod>(?:(?:en|durante)\s+)?(?:la|el)\s+" + POD + r")\s+(?:de|del)\s+)?"
    r"(?:(?P<art>en\s+el|el|del|al|este|esta|ese|aquel)\s+)?(?:(?P<pmod>" + MOD + r")\s+)?"
    r"(?P<wd>" + WD + r")(?:\s+(?P<d>\d{1,2})(?!\d|[.,:]\d)(?!\s+(?!de\b|por\s+la\b)[^\W\d_]))?(?:\s+(?P<tmod>" + MOD + r"))?"
    r"(?:\s+por\s+la\s+" + POD + r")?"  # "el lunes por la mañana"
    r"(?:\s+de\s+(?:la\s+)?(?P<wk>" + WEEK_REL + r"))?" + E, _FLAGS)

# -- "el día 8", "el pasado día 3", "el próximo día 9"
RE_DAYOF = re.compile(
    B + r"(?:(?P<art>el|del|al|los)\s+)(?:(?P<pmod>" + MOD + r")\s+)?d[ií]as?\s+(?P<d>\d{1,2})(?!\d|[.,:]\d)" + E, _FLAGS)

# -- "hace tres semanas", "hace más de 30 años", "dentro de dos meses", "hace un par de meses"
RE_AGO = re.compile(
    B + r"(?P<dir>(?:desde\s+)?hace|dentro\s+de)\s+(?:(?P<hedge>" + HEDGE + r")\s+)?(?:(?P<n>" + NUMW + r")\s+)?"
    r"(?P<u>" + UNIT + r")" + E, _FLAGS)

# -- anchored: "la víspera", "el día anterior", "al día siguiente", "ese mismo día"
RE_ANCHOR = re.compile(
    B + r"(?:(?:en\s+)?la\s+v[ií]spera(?!\s+de)|(?:el|al)\s+d[ií]a\s+(?P<rel>anterior|siguiente)"
    r"|(?:ese|el|aquel)\s+mismo\s+d[ií]a|ese\s+d[ií]a)" + E, _FLAGS)

# -- expressions with no calendar value
RE_VAGUE = re.compile(B + _alt(_R["vague_periods"]) + E, _FLAGS)

RE_SEASON = re.compile(
    B + r"(?:(?:en\s+)?(?:esta|este|la|el)\s+)?(?P<s>" + _alt(_R["seasons"]) + r")(?:\s+(?:de|del)\s+(?P<y>" + YEAR + r"))?" + E,
    _FLAGS)

# ---- tense cues
RE_FUT_VERB = re.compile(r"(?<![\w])\w{2,}(?:rá|rán|ré|remos|réis)(?![\w])", _FLAGS)
RE_COND_VERB = re.compile(r"(?<![\w])[a-záéíóúñ]{2,}rían?(?![\w])", re.UNICODE)
RE_PAST_VERB = re.compile(
    r"(?<![\w])(?:\w{2,}(?:ó|aron|ieron|yeron|aba|aban|ió)|(?:ha|han|había|habían|hemos|has|habría|hubo)\s+\w+(?:ado|ido|to|cho|so)"
    r"|fue|fueron|dijo|hizo|hubo|tuvo|estuvo|era|eran|estaba|estaban)(?![\w])", _FLAGS)
RE_CUE_WORDS = re.compile(
    B + r"(?P<f>" + _alt(_R["future_cues"]) + r")" + E + r"|" + B + r"(?P<p>" + _alt(_R["past_cues"]) + r")" + E, _FLAGS)
_NOT_PAST = {"no", "yo", "como", "solo", "sólo", "año", "otro", "todo", "nuevo", "pueblo", "mando", "cuando",
             "donde", "eso", "esto", "ello", "algo", "pero", "lado", "modo", "dato", "estado", "grado"}

RE_PARTICIPLE = re.compile(r"(?<![\w])[a-záéíóúñ]{3,}(?:ado|ada|ido|ida|ados|adas|idos|idas)(?![\w])", re.UNICODE)
_NOT_PARTICIPLE = {"pasado", "pasada", "pasados", "pasadas", "todo", "lado", "estado", "estados", "unidos", "unidas",
                   "partido", "partidos", "sentido", "senado", "mercado", "mercados", "soldado", "soldados",
                   "ejercito", "enviado", "enviada", "vida", "medida", "medidas", "salida", "llegada", "comida",
                   "cuidado", "resultado", "resultados", "acuerdo", "grado", "dado", "cerrado", "periodo",
                   "mandado", "aliado", "aliados", "abogado", "abogados", "diputado", "diputados", "jornada",
                   "temporada", "entrada", "embajada", "prevista", "previsto", "esperado", "esperada", "herido",
                   "heridos", "herida", "heridas", "mando", "militares", "delegado", "delegada", "delegados"}
# "hasta el jueves", "para el domingo", "a partir del viernes": the end or start of something ahead
RE_FUT_LEAD = re.compile(r"(?<![\w])(?:hasta|para|a\s+partir\s+de)\s+(?:el\s+|la\s+|las\s+|los\s+)?(?:\w+\s+)?$",
                         _FLAGS)

RE_SENT_BREAK = re.compile(r"[.!?;\n]\s|[\n]")


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    m: re.Match


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
    from .numbers import parse_number_words

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

    for mm in RE_FUT_VERB.finditer(text, s0, s1):
        consider(mm.start(), mm.end(), "future")
    for mm in RE_COND_VERB.finditer(text, s0, s1):
        if _fold(mm.group(0)) not in _COND_EXC:
            consider(mm.start(), mm.end(), "future", 1.5)
    for mm in RE_PAST_VERB.finditer(text, s0, s1):
        w = _fold(mm.group(0))
        if w in _NOT_PAST or not mm.group(0)[0].islower():
            continue
        if _reporting_frame(text, mm.start(), mm.end(), start, end):
            continue
        consider(mm.start(), mm.end(), "past")
    for mm in RE_PARTICIPLE.finditer(text, s0, s1):
        if _fold(mm.group(0)) not in _NOT_PARTICIPLE:
            consider(mm.start(), mm.end(), "past", 1.2)
    lead = RE_FUT_LEAD.search(text, max(0, start - 14), start)
    if lead:
        consider(lead.start(), lead.end(), "future", 0.5)
    for mm in RE_CUE_WORDS.finditer(text, s0, s1):
        if mm.group("f"):
            consider(mm.start(), mm.end(), "future", 0.8)
        else:
            # "desde" right before the expression is decisive
            consider(mm.start(), mm.end(), "past", 0.5 if _fold(mm.group(0)) == "desde" else 1.0)
    return best[1] if best else None


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


# --------------------------------------------------------------------------- resolution

class _Resolver:
    def __init__(self, text: str, pub: Optional[_dt.date]):
        self.text = text
        self.pub = pub
        self.anchor: Optional[_dt.date] = pub

    def tense(self, c: _Cand) -> Optional[str]:
        return _tense(self.text, c.start, c.end)

    def resolve(self, c: _Cand) -> tuple[Optional[str], str, str]:
        """(value, precision, basis) for one candidate."""
        return getattr(self, "r_" + c.kind)(c)

    # full and partial dates
    def r_date(self, c: _Cand):
        g = c.m.groupdict()
        d = _day_num(g["d"])
        mon = _MONTHS.get(_fold(g["m"])) if g["m"] else _MONTH_ABBR.get(_fold(g["ma"]))
        year = None
        if g.get("y") or g.get("y2"):
            year = int(g.get("y") or g.get("y2"))
        elif g.get("yrel"):
            year = _year_of(g["yrel"], self.pub)
            if year is None:
                return None, "day", "relative"
        if year is not None:
            dd = _mk(year, mon, d)
            return (_iso(dd) if dd else None), "day", ("explicit" if g.get("y") or g.get("y2") else "relative")
        if self.pub is None:
            return None, "day", "relative"
        tense = _direction(g.get("pmod"), g.get("tmod")) or self.tense(c)
        cands = [x for x in (_mk(self.pub.year + k, mon, d) for k in (-1, 0, 1)) if x]
        if g.get("wd"):  # a weekday pins the year when the day-month alone cannot
            wd = _WEEKDAYS.get(_fold(g["wd"]))
            match = [x for x in cands if x.weekday() == wd]
            if match:
                cands = match
        if not cands:
            return None, "day", "relative"
        best = _pick(cands, self.pub, lambda x: x, tense)
        return _iso(best), "day", "relative"

    def r_numdate(self, c: _Cand):
        g = c.m.groupdict()
        if g["iy"]:
            dd = _mk(int(g["iy"]), int(g["im"]), int(g["id"]))
            return (_iso(dd) if dd else None), "day", "explicit"
        d, mo, y = int(g["d"]), int(g["m"]), int(g["y"])
        if y < 100:
            y += 2000 if y < 70 else 1900
        dd = _mk(y, mo, d) or _mk(y, d, mo)
        return (_iso(dd) if dd else None), "day", "explicit"

    def r_month(self, c: _Cand):
        g = c.m.groupdict()
        mon = _MONTHS[_fold(g["m"])]
        if g.get("y") or g.get("y2"):
            return _ym(int(g.get("y") or g.get("y2")), mon), "month", "explicit"
        if g.get("yrel"):
            y = _year_of(g["yrel"], self.pub)
            return (_ym(y, mon) if y else None), "month", "relative"
        if self.pub is None:
            return None, "month", "relative"
        tense = _direction(g.get("pmod"), g.get("tmod")) or self.tense(c)
        explicit_dir = _direction(g.get("pmod"), g.get("tmod"))
        cands = [(self.pub.year + k, mon) for k in (-1, 0, 1)]
        y, m = self._pick_month(cands, tense, explicit_dir)
        return _ym(y, m), "month", "relative"

    def _pick_month(self, cands, tense, explicit_dir):
        p = self.pub.year * 12 + self.pub.month
        keyed = [(y * 12 + m, (y, m)) for y, m in cands]
        same_ok = explicit_dir is None
        past = [kv for kv in keyed if kv[0] < p or (same_ok and kv[0] == p)]
        fut = [kv for kv in keyed if kv[0] > p or (same_ok and kv[0] == p)]
        if tense == "past" and past:
            return max(past)[1]
        if tense == "future" and fut:
            return min(fut)[1]
        best = min(keyed, key=lambda kv: (p - kv[0]) if kv[0] <= p else 3 * (kv[0] - p))
        return best[1]

    def r_year(self, c: _Cand):
        return c.m.group("y"), "year", "explicit"

    def r_relym(self, c: _Cand):
        g = c.m.groupdict()
        if self.pub is None:
            return None, ("month" if g.get("mrel") else "year"), "relative"
        if g.get("yrel"):
            y = _year_of(g["yrel"], self.pub)
            return (str(y) if y else None), "year", "relative"
        if g.get("bare"):  # "a principios de año", "a finales de mes": the current one
            if _fold(g["bare"]) == "mes":
                return _ym(self.pub.year, self.pub.month), "month", "relative"
            return str(self.pub.year), "year", "relative"
        off = _MONTH_REL.get(_fold(re.sub(r"\s+", " ", g["mrel"])))
        y, m = _add_months(self.pub.year, self.pub.month, off or 0)
        return _ym(y, m), "month", "relative"

    def r_dayword(self, c: _Cand):
        g = c.m.groupdict()
        if self.pub is None:
            return None, "day", "relative"
        off = _DAY_WORDS.get(_fold(re.sub(r"\s+", " ", g["w"])), 0)
        d = self.pub + _dt.timedelta(days=off)
        return _iso(d), "day", "relative"

    def r_thispod(self, c: _Cand):
        return (_iso(self.pub) if self.pub else None), "day", "relative"

    def r_weekday(self, c: _Cand):
        g = c.m.groupdict()
        if self.pub is None:
            return None, "day", "relative"
        wd = _WEEKDAYS[_fold(g["wd"])]
        art = _fold(g.get("art") or "")
        direction = _direction(g.get("pmod"), g.get("tmod"))
        pw = self.pub.weekday()
        if g.get("wk"):  # "el miércoles de la semana pasada": that weekday of the week named
            off = _WEEK_REL.get(_fold(re.sub(r"\s+", " ", g["wk"])), 0)
            return _iso(self.pub + _dt.timedelta(days=wd - pw + 7 * off)), "day", "relative"
        if g.get("d"):  # "el sábado 12": the day of month nearest the publication with that weekday
            day = int(g["d"])
            cands = []
            for k in (-1, 0, 1):
                y, m = _add_months(self.pub.year, self.pub.month, k)
                x = _mk(y, m, day)
                if x:
                    cands.append(x)
            match = [x for x in cands if x.weekday() == wd] or cands
            if match:
                return _iso(min(match, key=lambda x: abs((x - self.pub).days))), "day", "relative"
        if art in ("este", "esta") and not direction:
            tense = self.tense(c)
            if tense == "future":
                return _iso(self.pub + _dt.timedelta(days=(wd - pw) % 7)), "day", "relative"
            if tense == "past":
                return _iso(self.pub - _dt.timedelta(days=(pw - wd) % 7)), "day", "relative"
            d = self.pub + _dt.timedelta(days=wd - pw)  # same Monday-Sunday week
            return _iso(d), "day", "relative"
        if direction == "past":
            back = (pw - wd) % 7 or 7
            return _iso(self.pub - _dt.timedelta(days=back)), "day", "relative"
        if direction == "future":
            ahead = (wd - pw) % 7 or 7
            return _iso(self.pub + _dt.timedelta(days=ahead)), "day", "relative"
        tense = self.tense(c)
        if tense == "future":
            ahead = (wd - pw) % 7 or 7
            return _iso(self.pub + _dt.timedelta(days=ahead)), "day", "relative"
        back = (pw - wd) % 7
        return _iso(self.pub - _dt.timedelta(days=back)), "day", "relative"

    def r_dayof(self, c: _Cand):
        g = c.m.groupdict()
        if self.pub is None:
            return None, "day", "relative"
        day = int(g["d"])
        cands = []
        for k in (-1, 0, 1):
            y, m = _add_months(self.pub.year, self.pub.month, k)
            x = _mk(y, m, day)
            if x:
                cands.append(x)
        if not cands:
            return None, "day", "relative"
        tense = _direction(g.get("pmod"), None) or self.tense(c)
        return _iso(_pick(cands, self.pub, lambda x: x, tense)), "day", "relative"

    def r_ago(self, c: _Cand):
        g = c.m.groupdict()
        unit = _UNITS[_fold(g["u"])]
        prec = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}[unit]
        if g.get("n") is None:
            if _fold(g["u"]) in ("dia", "semana", "mes", "año", "jornada", "decada"):
                n = 1
            else:
                return None, prec, "relative"
        else:
            n = _num_word(g["n"])
        if n is None or self.pub is None or n > 5000:
            return None, prec, "relative"
        sign = 1 if _fold(g["dir"]).startswith("dentro") else -1
        try:
            if unit == "day":
                return _iso(self.pub + _dt.timedelta(days=sign * n)), "day", "relative"
            if unit == "week":
                return _iso(self.pub + _dt.timedelta(days=sign * 7 * n)), "day", "relative"
            if unit == "month":
                y, m = _add_months(self.pub.year, self.pub.month, sign * n)
                return (_ym(y, m) if 1 <= y <= 9999 else None), "month", "relative"
            years = n * (10 if unit == "decade" else 1)
            y = self.pub.year + sign * years
            return (f"{y:04d}" if 1 <= y <= 9999 else None), "year", "relative"
        except (OverflowError, ValueError):
            return None, prec, "relative"

    def r_anchor(self, c: _Cand):
        if self.anchor is None:
            return None, "day", "relative"
        s = _fold(c.m.group(0))
        if "vispera" in s or (c.m.group("rel") and _fold(c.m.group("rel")) == "anterior"):
            return _iso(self.anchor - _dt.timedelta(days=1)), "day", "relative"
        if c.m.group("rel"):
            return _iso(self.anchor + _dt.timedelta(days=1)), "day", "relative"
        return _iso(self.anchor), "day", "relative"

    def r_vague(self, c: _Cand):
        s = _fold(c.m.group(0))
        if "mes" in s:
            return None, "month", "relative"
        if re.search(r"\baños\b|decadas", s):
            return None, "year", "relative"
        return None, "day", "relative"

    def r_season(self, c: _Cand):
        return None, "month", "relative"


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
    if w != "mañana" or m.group(0).lower() != m.group("w").lower():
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
    add([w for w in _R["day_words"] if " " not in w] + ["ayer"], "dayword")
    add(_R["parts_of_day"], "thispod")
    add(["año", "años", "mes", "meses"], "relym", "ago", "vague")
    add(["semana", "semanas", "día", "días", "horas", "jornadas", "décadas", "década"], "vague", "ago", "anchor", "dayof")
    add(["hace", "dentro"], "ago")
    add(["víspera"], "anchor")
    return {k: tuple(sorted(v)) for k, v in table.items()}


_TRIGGERS = _trigger_table()
_DIGIT_FAMILIES = {1: ("date", "numdate", "dayof", "ago"), 2: ("date", "numdate", "dayof", "ago"),
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
             ("relym", RE_RELYM), ("dayword", RE_DAYWORD), ("thispod", RE_THISPOD),
             ("weekday", RE_WEEKDAY), ("dayof", RE_DAYOF), ("ago", RE_AGO), ("anchor", RE_ANCHOR),
             ("vague", RE_VAGUE))


def _keep(kind: str, text: str, m: re.Match) -> bool:
    if kind == "year":
        return _year_ok(text, m)
    if kind == "month":
        return _month_ok(text, m)
    if kind == "dayword":
        return _mañana_ok(text, m)
    if kind == "date" and m.group("ma"):
        return m.group("d")[0].isdigit()
    if kind == "relym" and m.group("bare"):
        return bool(m.group("part"))
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
    return out


RE_QUOTE = re.compile(r"«([^»]*)»|“([^”]*)”|\"([^\"\n]*)\"")
RE_REPORTING = re.compile(B + _alt(_R["reporting_verbs"]) + E, _FLAGS)
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


# --------------------------------------------------------------------------- publication date

RE_DATELINE = re.compile(
    r"^\s*(?:[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ'\- ]{1,40}(?:\s*\([^)]{1,40}\))?\s*,\s*)"
    r"(?:(?P<wd>" + WD + r")\s*,?\s+)?(?P<d>\d{1,2})\s+(?:de\s+)?(?:(?P<m>" + MONTH + r")|(?P<ma>" + MONTH_ABBR + r"))\.?"
    r"(?:\s+(?:de\s+)?(?P<y>" + YEAR + r"))?\s*(?:\(|[.\-–—]|$)", _FLAGS)

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
    m = RE_DATELINE.match(text[:200])
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
