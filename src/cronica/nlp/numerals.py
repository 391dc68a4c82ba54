"""Spanish numerals as data and code: number words and digits (``27.400``, ``dos mil``, ``una veintena``),
scales, currencies, units and counted nouns from ``resources/numbers_es.json``, and the lemma of a counted noun."""
from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import Any, Optional

from ..names import fold  # noqa: E402


def _es_records(name: str) -> tuple[dict[str, str], ...]:
    from .. import resources as cronica_resources

    return cronica_resources.records(name)


def _load() -> dict[str, Any]:
    with resources.files("cronica.resources").joinpath("numbers_es.json").open(encoding="utf-8") as f:
        return json.load(f)


_R = _load()


_fold = fold  # the one accent folding (cronica.names.fold)


_WORDS: dict[str, int] = {}
for _v, _forms in _R["units"].items():
    for _f in _forms:
        _WORDS[_fold(_f)] = int(_v)
_SCALES = {_fold(k): v for k, v in _R["scales"].items()}
_CURR = {_fold(k): v for k, v in _R["currencies"].items()}
_MEAS = {_fold(k): v for k, v in _R["measure_units"].items()}
_NOUN_CLASS: dict[str, str] = {}
for _cls, _ws in _R["counted_nouns"].items():
    if _cls.startswith("_"):
        continue
    for _w in _ws:
        _NOUN_CLASS[_fold(_w)] = _cls
for _w in _R["demonyms"]["words"]:
    _NOUN_CLASS.setdefault(_fold(_w), "demonym")
# regional counted nouns (cuerpos, cadáveres, pistoleros...): resources/es/figures/counted_nouns.tsv
for _row in _es_records("es/figures/counted_nouns.tsv"):
    _R["counted_nouns"].setdefault(_row["class"], []).append(_row["noun"])
    _NOUN_CLASS.setdefault(_fold(_row["noun"]), _row["class"])
_NOUNS = {_fold(n): n for cls, ws in _R["counted_nouns"].items() if not cls.startswith("_") for n in ws}


def counted_nouns(*classes: str) -> frozenset[str]:
    """The counted nouns (lemmas as written) of the given classes ("people", "forces", ...)."""
    return frozenset(n for cls in classes for n in _R["counted_nouns"].get(cls, ()))


def people_nouns() -> frozenset[str]:
    """Nouns that count people (lemmas as written): the figures' people and forces ("Treinta y cuatro oficiales ...
    murieron"), and the other words that are casualties by a dying or wounding word (``es/events/words.tsv`` people:
    "víctima", "sicario")."""
    from .. import resources as cronica_resources

    return counted_nouns("people") | counted_nouns("forces") | frozenset(
        cronica_resources.words("es/events/words.tsv", "people"))


# collective numerals: "una veintena de cuerpos" (about 20), "medio centenar" (about 50)
_COLLECTIVE = {_fold(k): int(v) for _row in _es_records("es/figures/collectives.tsv")
               for k, v in (x.split("=") for x in _row["forms"].split("|"))}
for _w in _R["demonyms"]["words"]:
    _NOUNS.setdefault(_fold(_w), _w)
_EL = _R["elision"]
_IRREG = {_fold(k): v for k, v in _R["irregular_plurals"].items()}
_QUALS = {_fold(k): (v[0], bool(v[1])) for k, v in _R["qualifiers"].items()}

_FLAGS = re.IGNORECASE | re.UNICODE


def _accent_pat(w: str) -> str:
    m = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]"}
    out = []
    for ch in _fold(w):
        out.append(m.get(ch, r"\s+" if ch == " " else re.escape(ch)))
    return "".join(out)


def _alt(words) -> str:
    return "(?:" + "|".join(_accent_pat(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


_NUMWORD = _alt(list(_WORDS) + list(_SCALES))
# digits: Spanish thousands (27.400, 1.500.000,5), English thousands (27,400), decimals (1,5 / 1.5), plain
_DIGITS = (r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)")
RE_NUMBER = re.compile(
    r"(?<![\w.,])(?:(?P<cur>US\$|\$|€|£)\s?)?"
    r"(?:(?P<dig>" + _DIGITS + r")(?![\d])(?:\s+(?P<dscale>" + _alt(["mil millones", "millones", "millón", "mil", "millardos",
                                                                  "millardo", "billones", "billón"]) + r"))?"
    r"|(?P<words>" + _NUMWORD + r"(?:\s+(?:y\s+)?" + _NUMWORD + r")*))"
    r"(?:(?<=mil)\s+(?P<rest>\d{1,3})(?![\d.,]\d)(?!\s+(?:mil|mill|bill)))?"  # "4 mil 239 personas", "mil 356": the thousands written in
    r"(?P<half>\s+y\s+medio)?(?![\w])", _FLAGS)  # a word and the rest in digits (Mexican and Central American press)

_QUAL_RX = re.compile(r"(?:^|(?<=\W))(?P<q>" + _alt(_QUALS) + r")\s+$", _FLAGS)
_UNIT_KEYS = sorted(set(_CURR) | set(_MEAS), key=len, reverse=True)
RE_UNIT = re.compile(r"\s*(?:de\s+)?(?P<u>" + "|".join(
    _accent_pat(k) if k not in ("$", "€", "£") else re.escape(k) for k in _UNIT_KEYS) + r")(?![\w])", _FLAGS)
# an adjective between the number and its noun ("12 presuntos sicarios", "tres nuevos ataques")
RE_WORD = re.compile(r"\s*(?P<de>de\s+)?(?:(?P<adj>" + "|".join(map(re.escape, _R["prenominal_adjectives"]))
                     + r")\s+)?(?P<w>[^\W\d_]+)", _FLAGS)


# --------------------------------------------------------------------------- number parsing

def parse_number_words(s: str) -> Optional[float]:
    """``"doscientos cincuenta"`` -> 250, ``"un millón"`` -> 1e6, ``"tres mil millones"`` -> 3e9."""
    toks = [t for t in _fold(s).split() if t != "y"]
    if not toks:
        return None
    total, current, seen = 0, 0, False
    for t in toks:
        if t in _WORDS:
            current += _WORDS[t]
            seen = True
        elif t == "mil":
            current = (current or 1) * 1000
            seen = True
        elif t in _SCALES:
            total += (current or 1) * _SCALES[t]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(s: str) -> Optional[float]:
    """Digits with Spanish separators (``27.400``, ``1,5``) or English ones when unambiguous
    (``27,400``, ``1.5``), or number words."""
    s = s.strip()
    if not s:
        return None
    if not s[0].isdigit():
        return parse_number_words(s)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+\.\d+", s):
        return float(s)
    if s.isdigit():
        return float(s)
    return None


def _clean(v: float) -> float | int:
    if math.isfinite(v) and float(v).is_integer() and abs(v) < 1e18:
        return int(v)
    return round(v, 6)


# --------------------------------------------------------------------------- lemmas

def lemma_of(word: str) -> Optional[str]:
    """The counted-noun lemma of a (plural) Spanish noun, when the lexicon knows it.

    ``muertos`` -> ``muerto``, ``aldeas`` -> ``aldea``, ``civiles`` -> ``civil``,
    ``aviones`` -> ``avión``; ``None`` for words outside the lexicon.
    """
    f = _fold(word)
    if f in _IRREG:
        return _IRREG[f]
    for cand in (f, f[:-1] if f.endswith("s") else None, f[:-2] if f.endswith("es") else None,
                 (f[:-1] + "o") if f.endswith("a") else None, (f[:-2] + "o") if f.endswith("as") else None):
        if cand and cand in _NOUNS:
            return _NOUNS[cand]
    return None


def _doc_lemma(doc: Any, start: int, end: int) -> Optional[str]:
    if doc is None:
        return None
    try:
        span = doc.char_span(start, end, alignment_mode="expand")
    except Exception:  # noqa: BLE001 - any doc-like object without char_span
        return None
    if span is None or len(span) == 0:
        return None
    lem = getattr(span[0], "lemma_", "") or ""
    f = _fold(lem)
    return _NOUNS.get(f)


