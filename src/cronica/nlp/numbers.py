"""Spanish figure normaliser: quantities worth counting in conflict news.

``find_figures(text, doc=None)`` returns :class:`~cronica.model.Figure` records for a number
(digits with Spanish or unambiguous English separators, or number words) with an optional scale
(``mil``, ``millones``, ``mil millones``, ``billones``: long scale) followed by a currency, a
measure unit or a counted noun from the lexicon (casualties, forces, weapons, places). A figure
is a number with such a head; bare numbers, dates, times of day, ordinals and vague quantities
without a numeral (``decenas de miles``, ``miles de millones``) are not figures.

A qualifier before the number sets ``bound`` (``más de`` -> min, ``hasta`` -> max) and
``approx`` (``unos``, ``cerca de``). Lexicons are data in ``cronica/resources/numbers_es.json``.
"""
from __future__ import annotations

import math
import re
from typing import Any, Optional

from ..model import Figure
from .numerals import (  # noqa: F401  (people_nouns, lemma_of, parse_number, ...: public here too)
    _COLLECTIVE,
    _CURR,
    _EL,
    _FLAGS,
    _MEAS,
    _NOUN_CLASS,
    _NOUNS,
    _QUAL_RX,
    _QUALS,
    _SCALES,
    RE_NUMBER,
    RE_UNIT,
    RE_WORD,
    _alt,
    _clean,
    _doc_lemma,
    _fold,
    people_nouns,
    counted_nouns,
    lemma_of,
    parse_number,
    parse_number_words,
)

# --------------------------------------------------------------------------- figures

def _head(text: str, pos: int, has_scale: bool, doc: Any) -> Optional[tuple[int, str]]:
    """(end, unit) of the currency, unit or counted noun right after position ``pos``."""
    m = RE_UNIT.match(text, pos)
    if m:
        u = _fold(m.group("u"))
        unit = _CURR.get(u) or _MEAS.get(u)
        # "de" is only natural after a scale word: "27.400 millones de dólares"
        if unit and (not m.group(0).lstrip().lower().startswith("de ") or has_scale):
            return m.end(), unit
    m = RE_WORD.match(text, pos)
    if not m:
        return None
    if m.group("de") and not has_scale:
        return None
    w = m.group("w")
    if not w[:1].islower():
        return None
    # two-word nouns first ("víctimas mortales", "carros de combate")
    two = re.match(r"\s+(?:de\s+)?[^\W\d_]+", text[m.end("w"):])
    if two:
        phrase = w + two.group(0)
        lem = lemma_of(phrase)
        if lem and " " in lem:
            return m.end("w") + two.end(), lem
    lem = _doc_lemma(doc, m.start("w"), m.end("w")) or lemma_of(w)
    if lem:
        return m.end("w"), lem
    return None


# --------------------------------------------------------------------------- elided nouns

_DETS = _alt(_EL["partitive_determiners"])
RE_PARTITIVE = re.compile(r"\s+de\s+" + _DETS + r"\s+", _FLAGS)
RE_REL_PART = re.compile(r"(?:^|(?<=\W))" + _alt(_EL["relative_partitives"]) + r"\s*,?\s+$", _FLAGS)
RE_OTHERS = re.compile(r"(?:^|(?<=\W))(?P<o>" + _alt(_EL["others"]) + r")\s+$", _FLAGS)
RE_COORD = re.compile(r"(?:(?:^|(?<=\W))" + _alt([c for c in _EL["coordinators"] if c != ","]) + r"|,)\s+$", _FLAGS)
_VERB_AFTER = {_fold(w) for w in _EL["verb_after"]}
RE_VERB_SUFFIX = re.compile(r"[^\W\d_]{2,}(?:" + "|".join(_EL["verb_suffixes"]) + r")$", re.UNICODE)
RE_NEXT = re.compile(r"\s*(?P<p>[.,;:)»\"”!?]|$)|\s+(?P<w>[^\W\d_]+)", _FLAGS)
RE_SENT_END = re.compile(r"[.!?;]\s|\n")


def _verbish_next(text: str, pos: int) -> bool:
    """The number is followed by punctuation or a verb: its noun was left out."""
    m = RE_NEXT.match(text, pos)
    if not m:
        return False
    if m.group("w") is None:
        return True
    w = m.group("w")
    if not w[:1].islower():
        return False
    f = _fold(w)
    return f in _VERB_AFTER or bool(RE_VERB_SUFFIX.match(f))


def _same_sentence(text: str, a: int, b: int) -> bool:
    return RE_SENT_END.search(text, a, b) is None


def _elided_unit(text: str, start: int, end: int, doc: Any, figs: list[Figure],
                 qstart: int) -> Optional[tuple[int, str]]:
    """(span start, unit) for a number with no head of its own, when the noun it counts was left out.

    ``start``/``end`` delimit the number, ``qstart`` its qualifier (or ``start``); ``figs`` are the
    figures found so far (earlier in the text).
    """
    # partitive: "30 de los 35 drones", "dos de los cinco misiles", "tres de los heridos"
    m = RE_PARTITIVE.match(text, end)
    if m:
        pos = m.end()
        n = RE_NUMBER.match(text, pos)
        if n and not n.group("cur"):
            pos = n.end()
        h = _head(text, pos, False, doc)
        if h and h[1] in _NOUNS.values():
            return qstart, h[1]
    risen = _risen_to(text, qstart, start, doc)
    if risen is not None:
        return qstart, risen
    prev = figs[-1] if figs else None
    if prev is not None and len(figs) > 1 and _ASIDE.search(text[max(0, prev.span[0] - 25):prev.span[0]]) \
            and _same_sentence(text, figs[-2].span[1], qstart):
        prev = figs[-2]  # "siete personas, incluidas tres niñas, fallecieron y otras 30": the count the aside is of
    if prev is None or prev.span[1] > qstart or qstart - prev.span[1] > int(_EL["max_gap"]) \
            or not _same_sentence(text, prev.span[1], qstart):
        return None
    before = text[max(0, qstart - 30):qstart]
    # "de los que 73", "de las cuales dos"
    if RE_REL_PART.search(before):
        return qstart, prev.unit
    # "hirió a otras nueve"
    o = RE_OTHERS.search(before)
    if o and _verbish_next(text, end):
        return qstart - (len(before) - o.start("o")), prev.unit
    # "siete personas murieron y más de 40 resultaron heridas"
    if RE_COORD.search(before) and _verbish_next(text, end):
        return qstart, prev.unit
    return None


# "Las víctimas mortales ... aumentaron a 35", "los heridos ascienden a 75", "la cifra de muertos se eleva a 12"
RE_RISEN = re.compile(r"\b(?:aument|ascend|asciend|elev|sub|increment)\w*\s+(?:hasta\s+)?a\s+$", re.I)
TALLY_NOUNS = ("cifra", "numero", "balance", "total", "recuento")


def _risen_to(text: str, qstart: int, start: int, doc: Any) -> Optional[str]:
    """The unit of a count its subject rose to ("Las víctimas mortales ... aumentaron a 35": víctima), or None."""
    if doc is None or not RE_RISEN.search(text[max(0, qstart - 30):qstart]):
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    verb = span[0].head if span is not None and len(span) else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None) if verb is not None else None
    if subj is not None and _fold(subj.lemma_) in TALLY_NOUNS:  # "la cifra de muertos": the dead
        subj = next((c for c in subj.children if c.dep_ == "nmod"), None)
    return lemma_of(subj.text) if subj is not None else None


_ASIDE = re.compile(r"(?:incluid[oa]s|entre (?:ell|l)[oa]s|de (?:ell|l)[oa]s)\s+$", re.I)
RE_PERCENT_BEFORE = re.compile(r"(?:^|(?<=\W))por\s+$", _FLAGS)
RE_PERCENT_AFTER = re.compile(r"\s*(?:%|por\s+ciento(?![\w]))", _FLAGS)


def _is_percent(text: str, start: int, end: int) -> bool:
    """``80 por ciento``, ``20 %``: a share, not a count (neither ``80`` nor ``ciento``)."""
    return bool(RE_PERCENT_AFTER.match(text, end) or RE_PERCENT_BEFORE.search(text, max(0, start - 6), start))


def _is_year(m: re.Match) -> bool:
    d = m.group("dig")
    return bool(d and re.fullmatch(r"(?:1[89]|20)\d\d", d))


# "un muerto", "una persona herida": a single casualty is a count worth keeping
_CASUALTY_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:muerto|fallecido|herido|víctima mortal)\b", re.I)
# "seis civiles muertos", "un ciudadano portugués herido": the participle belongs to the figure
_PARTICIPLE_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:muert|herid|fallecid|asesinad|secuestrad|desaparecid)[oa]s?(?![\w])",
                               re.I)
RE_COLLECTIVE = re.compile(
    r"(?<![\w])(?P<n>una|un|unas|unos|media|medio|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+"
    r"(?P<c>" + _alt(_COLLECTIVE) + r")(?:s|es)?(?![\w])(?P<de>\s+de)?", _FLAGS)


def find_figures(text: str, doc: Any = None) -> list[Figure]:
    """Every figure in ``text``: a number with a currency, a measure unit or a counted noun.

    ``doc`` (optional spaCy ``Doc`` over the same text) supplies noun lemmas; without it a small
    plural-to-singular lemmatiser over the lexicon is used.
    """
    out: list[Figure] = []
    if not text:
        return out
    for m in RE_NUMBER.finditer(text):
        words = m.group("words")
        if words:
            toks = _fold(words).split()
            # a lone "un/una/uno" is an article or pronoun, not a count
            if all(t in ("un", "una", "uno", "y") for t in toks) and not _CASUALTY_AFTER.match(text, m.end()):
                continue
            # "millones de dólares" after "miles de" has no numeral: a vague quantity
            if toks[0] in _SCALES and toks[0] != "mil":
                continue
            val = parse_number_words(words)
            has_scale = any(t in _SCALES for t in toks)
        else:
            val = parse_number(m.group("dig"))
            if val is None:
                continue
            sc = m.group("dscale")
            has_scale = bool(sc)
            if sc:
                for t in _fold(sc).split():
                    val *= _SCALES[t]
        if val is None or not math.isfinite(val):
            continue
        if m.group("rest"):
            val += int(m.group("rest"))
        if m.group("half"):
            if not has_scale:
                continue
            toks_all = _fold(m.group(0)).split()
            scale_vals = [_SCALES[t] for t in toks_all if t in _SCALES]
            val += (scale_vals[-1] / 2) if scale_vals else 0.5
        start, end = m.start(), m.end()
        if m.group("cur"):
            unit = _CURR.get(_fold(m.group("cur")))
            # "$ 5 millones de dólares" is rare; a prefixed symbol is the head
            h = _head(text, end, has_scale, doc)
            if h and h[1] == unit:
                end = h[0]
        else:
            # figures glued to a date or a time are not figures: "24 de febrero", "10.00 horas"
            h = _head(text, end, has_scale, doc) or _copular_head(text, start, end, doc)
            elided = None
            if not h:
                if has_scale or m.group("half") or _is_year(m) or _is_percent(text, start, end):
                    continue
                q = _QUAL_RX.search(text, max(0, start - 24), start)
                elided = _elided_unit(text, start, end, doc, out, q.start("q") if q else start)
                if not elided:
                    continue
                h = (end, elided[1])
            end, unit = h
        # qualifier before the number
        bound, approx = None, False
        q = _QUAL_RX.search(text, max(0, start - 24), start)
        if q:
            bound, approx = _QUALS[_fold(q.group("q"))]
            start = q.start("q")
        if not m.group("cur") and elided:
            start = min(start, elided[0])
        v = _clean(val)
        if not math.isfinite(float(v)):
            continue
        end = _with_participle(text, end, unit)
        out.append(Figure(span=(start, end), text=text[start:end], value=v, unit=unit, approx=approx, bound=bound))
    out.extend(_collective_figures(text, doc, out))
    return out


# "son al menos 40 los muertos tras la caída de un misil": the count as the predicate of the counted noun
_COPULA_BEFORE = re.compile(r"(?:^|(?<=\W))(?:son|eran|fueron|ser[ií]an|ya\s+son)\s+(?:(?:" + _alt(_QUALS)
                            + r")\s+)?$", _FLAGS)
_ARTICLE_AFTER = re.compile(r"\s+(?:los|las)(?=\s)", _FLAGS)
_COPULAR_UNITS = counted_nouns("casualties", "people")


def _copular_head(text: str, start: int, end: int, doc: Any) -> Optional[tuple[int, str]]:
    """(end, unit) of the counted noun a count is said of with "ser" ("son al menos 40 los muertos"), or None."""
    if not _COPULA_BEFORE.search(text, max(0, start - 30), start):
        return None
    a = _ARTICLE_AFTER.match(text, end)
    h = _head(text, a.end(), False, doc) if a else None
    return h if h and h[1] in _COPULAR_UNITS else None


_BOMB_AFTER = re.compile(r"(?:\s+|-)bombas?(?![\w])", re.I)


def _with_participle(text: str, end: int, unit: Optional[str]) -> int:
    """Extend a count of people over the participle that says what happened to them, and a vehicle
    over "bomba" ("dos coches bomba")."""
    b = _BOMB_AFTER.match(text, end)
    if b and _NOUN_CLASS.get(_fold(unit or "")) == "weapons":
        return b.end()
    cls = _NOUN_CLASS.get(_fold(unit or ""))
    if cls not in ("people", "forces", "demonym", "casualties") or cls == "casualties" and unit in (
            "muerto", "herido", "fallecido", "desaparecido", "secuestrado"):
        return end
    m = _PARTICIPLE_AFTER.match(text, end)
    if m and (not m.group(0).split()[0:1] or len(m.group(0).split()) == 1
              or _fold(m.group(0).split()[0]) in _NOUN_CLASS or _is_adjective(m.group(0).split()[0])):
        return m.end()
    return end


def _is_adjective(word: str) -> bool:
    """A nationality after the noun ("un ciudadano portugués herido")."""
    from ..actors import demonym_countries

    return _fold(word) in demonym_countries() or _fold(word) in _NOUN_CLASS


def _collective_figures(text: str, doc: Any, found: list[Figure]) -> list[Figure]:
    """"una veintena de cuerpos" (20, approx), "medio centenar [de heridos]" (50, approx)."""
    out: list[Figure] = []
    for m in RE_COLLECTIVE.finditer(text):
        if any(f.span[0] < m.end() and m.start() < f.span[1] for f in found):
            continue
        n = _fold(m.group("n"))
        k = 0.5 if n in ("media", "medio") else (1 if n in ("un", "una", "unos", "unas") else parse_number_words(n))
        if not k:
            continue
        value = _clean(k * _COLLECTIVE[_fold(m.group("c"))])
        h = _head(text, m.end("de"), False, doc) if m.group("de") else None
        if h:
            end, unit = h
        else:  # "medio centenar resultaron heridas": the unit is the participle that follows
            p = re.match(r"(?:\s+[^\W\d_]+){0,2}?\s+(?P<p>(?:muert|herid|fallecid|desaparecid)[oa]s?)(?![\w])",
                         text[m.end():m.end() + 40], re.I)
            if not p:
                continue
            end, unit = m.end() - len(m.group("de") or ""), lemma_of(p.group("p"))
        start = m.start()
        bound, approx = None, True
        q = _QUAL_RX.search(text, max(0, start - 24), start)
        if q and _QUALS[_fold(q.group("q"))][0]:  # "al menos una decena"; "en torno a una veintena" adds nothing
            bound = _QUALS[_fold(q.group("q"))][0]
            start = q.start("q")
        end = _with_participle(text, end, unit)
        out.append(Figure(span=(start, end), text=text[start:end], value=value, unit=unit, approx=approx, bound=bound))
    return out


__all__ = ["find_figures", "parse_number", "parse_number_words", "lemma_of"]


def parse_count(word: str):
    """A small count of things (2 to 49) a number word gives, else None."""
    n = parse_number(word)
    return int(n) if n is not None and 1 < n < 50 else None


def count_of(noun):
    """The small count a noun's number words give: "cuatro barrios", "más de 15 pueblos", "otras tres" (the parser
    hangs the number on "más" or "otras"), else None."""
    return next((n for c in noun.children for y in (c, *c.children)
                 if c.dep_ in ("nummod", "advmod", "det") and y.dep_ == "nummod" and (n := parse_count(y.text))), None)
