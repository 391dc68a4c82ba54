"""Resolution: each matched expression to a calendar value against the publication date."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from .grammar import (
    _DAY_WORDS,
    _MONTH_ABBR,
    _MONTH_REL,
    _MONTHS,
    _UNITS,
    _WEEK_REL,
    _WEEKDAYS,
    _Cand,
    _fold,
)
from .tense import (
    _add_months,
    _day_num,
    _direction,
    _iso,
    _mk,
    _num_word,
    _pick,
    _tense,
    _year_of,
    _ym,
)

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
        if self.pub is not None and c.m.groupdict().get("pod") and _fold(c.m.group("pod")) == "noche" \
                and self.tense(c) == "past":
            return _iso(self.pub - _dt.timedelta(days=1)), "day", "relative"  # "Un dron ha atacado esta noche": last night
        return (_iso(self.pub) if self.pub else None), "day", "relative"

    def r_nightpod(self, c: _Cand):
        """The night before the report ("fueron heridas durante la noche": the day it began) or its small hours
        ("Rusia bombardeó de madrugada": the report's day), unless told in the future (past by default, as every
        tense here)."""
        g = c.m.groupdict()
        if self.pub is None:
            return None, "day", "relative"
        night = g.get("pod") and _fold(g["pod"]) == "noche"
        if night and g.get("rel"):  # "la noche anterior": before the day last told ("informó el lunes que la noche
            return _iso((self.anchor or self.pub) - _dt.timedelta(days=1)), "day", "relative"  # anterior ...")
        if self.tense(c) == "future":
            return None, "day", "relative"
        return _iso(self.pub - _dt.timedelta(days=1) if night else self.pub), "day", "relative"

    r_clock = r_thispod  # a clock time with no day of its own ("a las 9.30 horas"): the day of the report, like "esta mañana"

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
            if _fold(g["u"]) in ("dia", "semana", "mes", "ano", "jornada", "decada"):
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


