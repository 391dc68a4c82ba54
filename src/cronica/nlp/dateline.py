"""The wire dateline that opens a text: ``KIEV, 31 jul (EFE).-``, ``KIEV, Ucrania (AP) —``,
``MADRID, 28 Mar. (EUROPA PRESS) -``, ``JÁRKOV.``: its places, its agency and its date, as spans of the text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

Span = tuple[int, int]


@dataclass(frozen=True)
class Dateline:
    span: Span  # the whole dateline, separator included
    places: tuple[Span, ...]  # "Kiev/Moscú" -> two spans
    agency: Optional[Span]  # "(EFE)" -> the span of "EFE"
    date: Optional[Span]  # "31 jul"


# a place's further words never open with a digit: "MADRID 27 Sep. (EUROPA PRESS) -" is a place and a date
_NAME = r"[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñü'.-]*(?:[ ](?!\d)[\wÁÉÍÓÚÑáéíóúñü'.-]+){0,3}"
_DATELINE = re.compile(
    r"^[ \t]*(?P<places>" + _NAME + r"(?:[ ]?/[ ]?" + _NAME + r")*)"
    r"(?:[ ]\((?P<country>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ ][A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)\))?"  # "Leópolis (Ucrania), 12 agosto.-"
    r"(?:,[ ](?P<region>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:[ ][A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?))?"
    r"(?:,?[ ](?P<date>(?:[A-Za-záéíóú]+[ ])?\d{1,2}[ ](?:de[ ])?[A-Za-zé]{3,10}\.?(?:[ ](?:de[ ])?\d{4})?))?"
    r"[ ]*(?:\((?P<agency>[A-Za-zÁÉÍÓÚÑ][\w .&/-]{1,30}?)\))?"
    r"[ ]*(?P<sep>\.?[ ]*[-–—]{1,2}|\.(?=[ \n]))")


_DATE_ONLY = re.compile(r"^[ \t]*(?P<date>\d{1,2}[ ]de[ ][a-záéíóú]{4,10}[ ]de[ ]\d{4})[ ]*\.?[ ]*[-–—]{1,2}[ ]*")
# "1 abr (Reuters) - Rusia y Ucrania intercambiaron ...": a date and the agency, no place (a wire feed that cut it)
_DATE_AGENCY = re.compile(r"^[ \t]*(?P<date>\d{1,2}[ ](?:de[ ])?[a-záéíóú]{3,10}\.?)[ ]+\((?P<agency>[A-ZÁÉÍÓÚÑ][\w .&/-]{1,30}?)\)"
                          r"[ ]*\.?[ ]*[-–—]{1,2}[ ]*")


def find_dateline(text: str) -> Optional[Dateline]:
    """A wire dateline opening the text: ``Kiev/Moscú, 31 jul (EFE).-``, ``KIEV, Ucrania (AP) —``,
    ``MADRID, 28 Mar. (EUROPA PRESS) -``, ``JÁRKOV.`` (a place in capitals and a full stop)."""
    m = _DATELINE.match(text[:250])
    if not m:
        d = _DATE_ONLY.match(text[:60])  # "7 de agosto de 2024.-Rusia ha acusado ...": a date and the dash, no place
        if d is None and (a := _DATE_AGENCY.match(text[:80])) is not None:
            return Dateline((a.start("date"), a.end()), (), a.span("agency"), a.span("date"))
        return Dateline((d.start("date"), d.end()), (), None, d.span("date")) if d else None
    places = m.group("places")
    if not (m.group("date") or m.group("agency")):
        # no date and no agency: only a name in capitals followed by a stop or a dash
        letters = [c for c in places if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters) or len(letters) < 3:
            return None
    if m.group("agency") and not m.group("date") and not m.group("region") and m.group("sep").strip(". ") == "":
        return None
    spans = []
    base = m.start("places")
    for part in re.finditer(r"[^/]+", places):
        raw = part.group()
        s = base + part.start() + (len(raw) - len(raw.lstrip()))
        e = base + part.end() - (len(raw) - len(raw.rstrip()))
        if e - s > 1 and text[e - 1] == "." and "." not in text[s:e - 1]:
            e -= 1  # "KIEV.- Un misil ...": the stop belongs to the separator ("EE.UU." keeps its own)
        if e > s:
            spans.append((s, e))
    if m.group("country"):
        spans.append(m.span("country"))
    if m.group("region"):
        spans.append(m.span("region"))
    agency = m.span("agency") if m.group("agency") else None
    date = m.span("date") if m.group("date") else None
    end = m.end()
    return Dateline((m.start("places"), end), tuple(spans), agency, date)
