"""The grammar of Spanish time expressions: the lexicon (``resources/timex_es.json``) compiled into
regular expressions once at import."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ...names import fold  # noqa: E402

# --------------------------------------------------------------------------- resources

def _load() -> dict[str, Any]:
    with resources.files("cronica.resources").joinpath("timex_es.json").open(encoding="utf-8") as f:
        return json.load(f)


_R = _load()

_ACCENTS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]",
            "á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]"}


_fold = fold  # the one accent folding (cronica.names.fold)


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
_OWN_OBJECT_CUES = {_fold(k) for k in _R["own_object_cues"]}
_WEEK_REL = {_fold(k): v for k, v in _R["week_relative"].items()}


def reporting_forms() -> list[str]:
    """The forms of the reporting verbs of the one reporting lexicon (``resources/es/reporting/``): the simple
    past and present of every lemma, its irregular forms, and the perfect (``ha dicho``)."""
    from ..spanish import conjugate
    from ..statements.lexicon import lexicon

    lex = lexicon()
    forms: set[str] = set()
    for lemma in lex.verbs:
        table = conjugate(lemma)
        forms |= {f for f, tag in table.items() if tag in ("past", "pres")}
        forms |= {f"{aux} {f}" for f, tag in table.items() if tag == "part" and f.endswith("o") for aux in ("ha", "han")}
    forms |= {f for f, lemma in lex.forms.items() if lemma in lex.verbs}
    return sorted(forms)


_REPORTING = {_fold(k) for k in reporting_forms()}

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

# a day named right before ("el martes ", "el 13 de mayo, ", "ayer "): a part of the day after it is that day's
RE_DAY_NAMED = re.compile(r"(?:\b(?:" + WD + r"|hoy|ayer|anoche|\d{1,2}(?:\s+de\s+[a-záéíóú]+)?)|\b" + MONTH + r")\s*,?\s*$",
                          _FLAGS)

# "durante la noche", "durante toda la noche", "a lo largo de la noche", "en la noche previa", "la noche anterior" (with
# no preposition only so: "pasaron la noche en refugios" is no time), "la pasada madrugada", "de madrugada": the night
# or the small hours the report tells of, with no day of their own (not "en la noche del 13 de septiembre")
RE_NIGHTPOD = re.compile(
    B + r"(?:(?:(?:durante|por|a\s+lo\s+largo\s+de|en)\s+(?:toda\s+)?|(?=la\s+(?:noche|madrugada)\s+(?:previa|anterior)\b))"
    r"la\s+(?P<pod>noche|madrugada)(?:\s+(?P<rel>previa|anterior))?"
    r"|la\s+pasada\s+(?P<last>madrugada)|de\s+(?P<bare>madrugada))(?!\s+(?:de|del)\s)(?!\s+(?:de\s+)?(?:hoy|ayer))" + E, _FLAGS)

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

# -- a clock time with no day of its own: "sobre las cuatro de la mañana", "A las 9.30 horas", "a las 14:50 horas"
# (the day of the report; a clock word is required: "a las dos" alone may be anything)
_HOUR_WORD = r"(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
RE_CLOCK = re.compile(
    B + r"(?:(?:a|sobre|hacia|hasta|desde|alrededor\s+de|en\s+torno\s+a)\s+)?las?\s+"
    r"(?:(?P<hm>\d{1,2}[:.]\d{2})(?:\s+(?:horas|hora\s+local|h)\b)?"
    r"|(?P<hh>\d{1,2})\s+(?:horas|hora\s+local|h)\b"
    r"|(?P<hw>" + _HOUR_WORD + r"|\d{1,2})(?:\s+y\s+(?:media|cuarto))?\s+de\s+la\s+(?:mañana|madrugada|tarde|noche))" + E,
    _FLAGS)
# a day named just before a clock time ("el jueves a las 14:50"): the clock is that day's
RE_DAY_BEFORE = re.compile(B + r"(?:" + WD + r"|ayer|anoche|\d{1,2}\s+de\s+[a-záéíóú]+)" + r"\b", _FLAGS)
# ... or just after it ("hacia las 5.30 de la mañana hora local (4.30 GMT) del domingo"): that day's too
RE_DAY_AFTER = re.compile(r"(?:\s+(?:de\s+la\s+(?:mañana|madrugada|tarde|noche)|hora\s+local|\([^()]{0,20}\)))*\s*,?\s+"
                          r"(?:del|el)\s+" + WD + r"\b", _FLAGS)

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


