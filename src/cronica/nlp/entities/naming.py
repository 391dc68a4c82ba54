"""Names of entities: the canonical name of a group of mentions, the roles the article gives a person, and
the names of the wars outside Europe the statistical NER cuts or mistypes."""
from __future__ import annotations

import re
from collections import defaultdict

from ...actors import group_of_fighters
from ...model import Entity
from .lexicon import (
    _ARABIC_LEFT,
    _COMPASS_RIGHT,
    _GOV_OF_CAPITAL,
    _PLURAL_PLACE_CUE,
    CAPITAL_COUNTRY,
    Mention,
    _Group,
)


_COUNT = r"\s*(?:\(\s*[\d.,]+\s*\)\s*)?"


def names_of_the_wars(ec, text: str, kept: list[Mention]) -> list[Mention]:
    """Names the statistical NER cuts or mistypes outside Europe:

    * Arabic particles to the left: "Ahmad al Mismari" (NER: "Mismari", ORG) is one person;
    * two person chunks side by side: "Abdel Amir" + "Rashid Yaralá";
    * a group's branch named with its place and acronym: "Estado Islámico en África Central (ISCA)";
    * a republic named after its place is that place: "la República Popular de Donetsk";
    * every name of a list opened by a plural place noun is a place: "los barrios de Al Samah,
      Al Jadraa, Al Qudis y Al Karama" (NER: a place, a person, an organisation, a person).
    """
    out: list[Mention] = []
    for m in kept:
        cp = _COMPASS_RIGHT.match(text[m.end:m.end + 20]) if m.label == "LOC" else None
        if cp:  # "Darfur del Norte", "Kivu del Sur", "Kordofán Occidental"
            m = Mention(m.start, m.end + cp.end(), text[m.start:m.end + cp.end()], "LOC", m.score)
        mm = _ARABIC_LEFT.search(text[max(0, m.start - 40):m.start])
        if (mm and m.label != "LOC" and not ec.group_of(m.text)
                and not any(m.text.startswith(h) for h in ec.org_heads)):
            start = m.start - len(mm.group(1))
            while out and out[-1].end > start:
                out.pop()
            m = Mention(start, m.end, text[start:m.end], "PER", max(m.score, 0.9))
        prev = out[-1] if out else None
        if (prev and prev.label == "PER" and m.label == "PER" and text[prev.end:m.start] == " "
                and prev.score >= 0.9 and m.score >= 0.9):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "PER", 1.0)
            continue
        if prev and m.label == "LOC" and re.fullmatch(r"Rep[uú]blica(?: [A-ZÁÉÍÓÚ]\w+)*", prev.text) and re.fullmatch(
                r" de(?:l| la)? ", text[prev.end:m.start]):
            # "la República Popular de Donetsk", "la República Federal de Alemania": one place
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "LOC", 1.0)
            continue
        if prev and m.label == "LOC" and ec.group_of(prev.text) and re.fullmatch(r" en (?:el |la )?", text[prev.end:m.start]):
            acr = re.match(r" \(([A-Z][A-Z0-9-]{1,7})\)", text[m.end:m.end + 12])
            if acr:  # the branch's own name: its acronym follows
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "ORG", 1.0)
                continue
        out.append(m)
    # lists of places after a plural place noun
    i = 0
    while i < len(out):
        m = out[i]
        if not _PLURAL_PLACE_CUE.search(text[max(0, m.start - 40):m.start]):
            i += 1
            continue
        j = i
        # (each name may carry its count: "en las regiones de Kaluga (18), Nóvgorod (14), ... y Kursk (1)")
        while j + 1 < len(out) and re.fullmatch(_COUNT + r"(?:,|y|e)\s*", text[out[j].end:out[j + 1].start]):
            j += 1
        if j > i and re.search(r"\b[ye]\s*$", text[out[j - 1].end:out[j].start]):
            for k in range(i, j + 1):
                if not ec.group_of(out[k].text) and len(out[k].text.split()) <= 4:
                    out[k].label = "LOC"
        i = j + 1
    return out

def canonical(ec, g: _Group, text: str, label: str) -> str:
    if g.name:
        return g.name  # an armed group of the table: its Spanish name everywhere
    forms = defaultdict(int)
    for m in g.mentions:
        if not m.text.isupper() or len(m.text) <= 6:
            forms[m.text] += 1
    if not forms:
        forms[g.mentions[0].text.title()] += 1
    best = max(forms, key=lambda f: (len(f.split()), forms[f], -text.find(f)))
    if best in ec.acronyms and ec.acronyms[best][1] != best and label == "LOC":
        best = ec.acronyms[best][1]
    if label == "ORG":  # "Ministerio de Defensa de Moscú": a government named by its capital is its country's
        m = _GOV_OF_CAPITAL.match(best)
        if m and m.group(2) in CAPITAL_COUNTRY:
            return f"{m.group(1)} de {CAPITAL_COUNTRY[m.group(2)]}"
    if label == "ORG":  # "Ministerio de Defensa" + "ruso" -> "Ministerio de Defensa de Rusia"
        for m in g.mentions:
            nxt = re.match(r"\s+(\w+)", text[m.end:m.end + 30])
            if nxt and nxt.group(1) in ec.demonyms and m.text == best:
                return f"{best} de {ec.demonyms[nxt.group(1)]}"
    return best

def roles(ec, text: str, mentions: list[Mention]) -> list[str]:
    roles: list[str] = []
    for m in mentions:
        before = text[max(0, m.start - 120):m.start]
        mm = ec._title_rx.search(before)
        if mm:
            roles.append(mm.group(1).strip())
        after = text[m.end:m.end + 120]
        mm = ec._title_after_rx.match(after)
        if mm and len(mm.group(1).split()) <= 8:
            r = re.sub(r"^(el|la)\s+", "", mm.group(1).strip())
            roles.append(r)
    seen, out = set(), []
    for r in roles:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def member_groups(doc, named: set[str]) -> list[Entity]:
    """The armed groups the text names only by the lower-case noun for their fighters ("Los hutíes, respaldados por
    Irán, acusan ..."): entities without mentions, for who acts and speaks (the spec: "los talibanes" is no mention)."""
    out: list[Entity] = []
    for tok in doc:
        g = group_of_fighters(tok.text)
        if g is not None and g.name not in named:
            named.add(g.name)
            out.append(Entity(id="", type="ORG", name=g.name, mentions=[], aliases=[]))
    return out
