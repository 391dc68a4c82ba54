"""What one article says an event's death toll is: the lowest and the highest death count it gives for it.

An event's record carries one toll (``fatalities``: the extraction's figure for it, the highest when
the article gives several). A merged event's range must span what the reports said, a range stated
in one report included (``de 100 a 300``: 100 and 300), so every report also gets the lowest and
highest death count its article attributes to the event (:func:`toll_range`), read in the event's
*passages*: its own sentence, and the content of the statements that report it (``about``,
``reported_by``). There a death count is

- a figure of the dead (the ``fatal_units`` of ``resources/es/events/words.tsv``: ``al menos 200
  muertos``), or of people with a dying word right after or right before it (``471 personas
  murieron``, ``la muerte de 500 palestinos``; ``unas 60 personas, de las que 51 murieron`` counts the
  people there, not the dead);
- an interval (``de 100 a 300``, ``entre 100 y 300``: ``resources/es/figures/tolls.tsv``) of the dead
  (``entre 100 y 300 muertos``) or given as the value of a count of the dead (``el número de víctimas
  mortales ... se situaba ... de 100 a 300``).

Precision comes first; a count is left out when it may be another fact's:

- a passage that also names another deadly event of the article (its trigger, or a statement about
  both) gives nothing: the count may be that one's;
- a sentence that speaks of the whole war (a campaign noun, ``la guerra``, ``la ofensiva``, or
  ``desde``: ``más de 3.000 muertos desde el 7 de octubre``) gives nothing;
- the injured are never the dead, and a count of ``muertos y heridos`` is neither.

Pure computation on one article: no store, no parse (the record's spans, figures and statements).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import resources
from ..actors import demonym_countries
from ..model import Article, Event, Figure
from ..names import fold
from ..nlp.numerals import parse_number, people_nouns

EVENT_WORDS, TOLL_WORDS = "es/events/words.tsv", "es/figures/tolls.tsv"
DEADLY = ("attack", "clash", "violence_against_civilians", "abduction")  # the events a toll can belong to (as in nlp)
TELLING = ("assert", "confirm", "unverified")  # statements that give a count as a fact (not denied, feared or asked)

_SENT_END = re.compile(r"[.!?;]\s|\n")
_NUM = r"\d{1,3}(?:[.,]\d{3})+|\d+"


def _word_rx(word: str) -> str:
    """A word as it may be written: accents optional, singular or plural."""
    stem = "".join(resources._ACCENT.get(c, re.escape(c)) for c in word.lower())
    return stem + (r"(?:es)?" if word[-1] not in "aeiouáéíóú" else r"s?")


def _alt(words) -> str:
    return "(?:" + "|".join(r"\s+".join(_word_rx(w) for w in p.split()) for p in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _lex() -> dict:
    w = lambda path, name: resources.words(path, name)  # noqa: E731
    fatal, injured = w(EVENT_WORDS, "fatal_units"), w(EVENT_WORDS, "injured_units")
    die = "(?:" + "|".join(sorted((re.escape(fold(s)) for s in w(EVENT_WORDS, "die_stems")), key=len, reverse=True)) + r")\w*"
    aux = "|".join(sorted(fold(x) for x in w(TOLL_WORDS, "auxiliaries")))
    dead = _alt(fatal)
    return {
        "fatal": frozenset(fatal), "injured": frozenset(injured),
        "people": frozenset(fold(x) for x in people_nouns()),
        "campaign": frozenset(fold(x) for x in w(EVENT_WORDS, "campaign")) | {fold(x) for x in w(TOLL_WORDS, "since")},
        # on folded text: "murieron", "han fallecido", "ucranianos murieron" (one word between at most)
        "die_after": re.compile(r"\s+(?:(?!(?:que|no|de|del|y|e|o|a|al|en|se)\b)[a-z]+\s+)?(?:(?:" + aux + r")\s+)?" + die + r"\b"),
        "die_before": re.compile(die + r"\s+(?:de|a)\s+$"),
        "dead": re.compile(r"\b" + dead + r"\b", re.I),
        "hurt": re.compile(r"\b" + _alt(injured) + r"\b", re.I),
        # "el número de víctimas mortales", "la cifra de muertos" (and not "de muertos y heridos")
        "count": re.compile(r"\b" + _alt(w(TOLL_WORDS, "count_nouns")) + r"\s+de\s+" + dead + r"\b(?!\s+(?:y|e)\s+" + _alt(injured) + ")",
                            re.I),
        "range": re.compile(r"\b(?P<open>" + _alt(w(TOLL_WORDS, "range_openers")) + r")\s+(?P<a>" + _NUM + r")\s*(?P<join>"
                            + "|".join(re.escape(j) for j in sorted(w(TOLL_WORDS, "range_joiners"), key=len, reverse=True))
                            + r")\s*(?P<b>" + _NUM + r")\b(?![.,]?\d)", re.I),
    }


def sentence_bounds(text: str, pos: int, lo: int = 0, hi: Optional[int] = None) -> tuple[int, int]:
    """The sentence around ``pos`` (between ``lo`` and ``hi``)."""
    hi = len(text) if hi is None else hi
    a = lo
    for m in _SENT_END.finditer(text, lo, pos):
        a = m.end()
    m = _SENT_END.search(text, pos, hi)
    return a, (m.start() + 1 if m else hi)


def passages(art: Article, ev: Event) -> list[tuple[int, int]]:
    """Where the article speaks of ``ev`` alone: its trigger's sentence and the content of the statements
    that tell it as a fact, without those that also name another deadly event of the article."""
    others = [v for v in art.events if v.id != ev.id and v.type in DEADLY]
    out = [sentence_bounds(art.text, ev.trigger_span[0])]
    for s in art.statements:
        if ev.id not in s.about and s.id not in ev.reported_by or s.stance not in TELLING:
            continue
        if any(v.id in s.about for v in others):
            continue
        out.append(tuple(s.content_span))
    return [p for p in dict.fromkeys(out)
            if not any(p[0] <= v.trigger_span[0] and v.trigger_span[1] <= p[1] for v in others)]


def _whole_war(text: str, pos: int) -> bool:
    """Does the whole sentence around ``pos`` (beyond what a statement says) speak of the war?"""
    a, b = sentence_bounds(text, pos)
    return bool(set(re.findall(r"\w+", fold(text[a:b]))) & _lex()["campaign"])


def _people(word: str) -> bool:
    """A noun counting people (``persona``, ``civiles``, ``palestinos``), singular or plural."""
    w, people = fold(word), _lex()["people"]
    return w in people or w in demonym_countries() or (w[-1:] == "s" and w[:-1] in people) or (w[-2:] == "es" and w[:-2] in people)


def figure_dead(text: str, f: Figure) -> bool:
    """Does the figure count the dead (``200 muertos``, ``471 personas murieron``, ``la muerte de 500
    palestinos``)?"""
    lex = _lex()
    unit = f.unit or ""
    if unit in lex["injured"]:
        return False
    if unit in lex["fatal"]:
        return True
    if not _people(unit):
        return False
    after = " " + fold(text[f.span[1]:f.span[1] + 60])
    before = fold(text[max(0, f.span[0] - 40):f.span[0]]) + " "
    return bool(lex["die_after"].match(after) or lex["die_before"].search(before))


def _number(s: str) -> Optional[int]:
    v = parse_number(s)
    return int(v) if v is not None and v >= 1 and float(v).is_integer() else None


def ranges_dead(text: str, a: int, b: int) -> list[tuple[int, int, int]]:
    """Intervals of the dead stated in ``text[a:b]``: ``entre 100 y 300 muertos``, or the value of a count
    of the dead before it in its sentence (``el número de víctimas mortales ... de 100 a 300``); each as
    (low, high, where it starts)."""
    lex = _lex()
    out = []
    for m in lex["range"].finditer(text, a, b):
        if fold(m.group("open")) == "de" and fold(m.group("join")) == "y":
            continue  # "de 100 y ..." is no interval
        lo, hi = _number(m.group("a")), _number(m.group("b"))
        if lo is None or hi is None or not lo < hi:
            continue
        s0, s1 = sentence_bounds(text, m.start(), a, b)
        after = text[m.end():min(s1, m.end() + 60)]
        noun = re.match(r"[\s\"'”“»«]*(?:de\s+)?", after)
        rest = after[noun.end():]
        if lex["hurt"].match(rest):
            continue
        counted = bool(lex["dead"].match(rest))
        if not counted:
            people = re.match(r"[^\W\d_]+", rest)
            counted = bool(people and _people(people.group(0))
                           and lex["die_after"].match(" " + fold(rest[people.end():people.end() + 60])))
        if not counted:
            heads = list(lex["count"].finditer(text, s0, m.start()))
            # the count's value: no other number, and no count of the injured, between the count noun and the interval
            counted = bool(heads) and not re.search(r"\d", text[heads[-1].end():m.start()]) \
                and not lex["hurt"].search(text, heads[-1].end(), m.start())
        if counted:
            out.append((lo, hi, m.start()))
    return out


def toll_range(art: Article, ev: Event) -> tuple[Optional[int], Optional[int]]:
    """(lowest, highest) death count the article gives for ``ev``, its ``fatalities`` included; (None,
    None) when it gives none."""
    values = [ev.fatalities] if ev.fatalities is not None else []
    if ev.type in DEADLY and ev.status not in ("expected", "hypothetical"):
        text = art.text
        for a, b in passages(art, ev):
            for f in art.figures:
                if a <= f.span[0] and f.span[1] <= b and f.value >= 1 and figure_dead(text, f) and not _whole_war(text, f.span[0]):
                    values.append(int(f.value))
            for lo, hi, at in ranges_dead(text, a, b):
                if not _whole_war(text, at):
                    values += [lo, hi]
    return (min(values), max(values)) if values else (None, None)
