"""Mentions the NER joins or cuts wrongly, and groups that name one thing in part:

* an agency's name before a person's ("a la agencia estatal rusa TASS Ígor Kimanovski"): two names;
* a single capital letter closing a name is not an abbreviation at a sentence end ("dijo al Canal N.");
* an institution's head alone ("el Comité", "sus Fuerzas Armadas", "el Gobierno") is the one institution
  of the article whose name it begins ("Comité de Investigación de Rusia");
* the end of a longer name ("Hotel Amarula" ... "Amarula", "Abdel Amir Rashid Yaralá" ... "Rashid Yaralá",
  "Al Shabab" ... "Shabab") is that name;
* an acronym whose full name (``acronyms_es.tsv``) ends with another name of the article ("ONU",
  "Organización de las Naciones Unidas" ... "Naciones Unidas") is that name.
"""
from __future__ import annotations

import re

from ... import resources
from ...namekeys import same_name
from ...names import fold
from .lexicon import _COORD, CONNECTORS, Mention, _Group

# Arabic particles inside a person's or a group's name ("Ahmad al Mismari", "Al Shabab")
ARABIC = {"al", "el", "bin", "ibn", "ben", "abu", "ould", "ag"}
ORIENTATION = frozenset(fold(w) for w in resources.words("es/words/places.tsv", "orientation"))
_NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*$")
# acronym nouns that say what a name is, never part of it ("la ONG Observatorio Sirio de los Derechos Humanos")
KIND_ACRONYMS = frozenset(w for kind, _, w in resources.table("name_cues_es.tsv") if kind == "before" and w.isupper())


def split_agency_prefix(ec, kept: list[Mention], text: str) -> list[Mention]:
    """"TASS Ígor Kimanovski": an agency's acronym opening a run of capitalised words is a name of its own."""
    out: list[Mention] = []
    for m in kept:
        words = m.text.split(" ")
        acr = words[0]
        if len(words) >= 3 and acr.isupper() and len(acr) >= 2 and ec.acronyms.get(acr, ("",))[0] == "ORG" \
                and all(_NAME_WORD.match(w) for w in words[1:]) and not ec.group_of(m.text):
            rest = m.start + len(acr) + 1
            out.append(Mention(m.start, m.start + len(acr), acr, "ORG", m.score))
            out.append(Mention(rest, m.end, text[rest:m.end], "PER", m.score))
            continue
        out.append(m)
    return out


def name_before_acronym(text: str, kept: list[Mention]) -> list[Mention]:
    """"la Oficina de la ONU para la Coordinación de Asuntos Humanitarios (OCHA)": the capitalised run an acronym in
    parentheses closes is one organisation, when every letter of the acronym opens one of its words."""
    out = list(kept)
    for m in kept:
        if not (m.text.isupper() and 2 <= len(m.text) <= 8 and text[m.start - 1:m.start] == "("
                and text[m.end:m.end + 1] == ")"):
            continue
        base = max(0, m.start - 160)
        words = list(re.finditer(r"[\w'’-]+|[^\w\s'’-]", text[base:m.start - 1]))
        run: list[re.Match] = []
        for w in reversed(words):
            # a list of names ("el Cártel de Sinaloa y el Cártel Jalisco Nueva Generación (CJNG)") or punctuation
            # ends the run
            if not (w.group()[:1].isupper() or w.group().lower() in CONNECTORS) or w.group().lower() in ("y", "e", "o"):
                break
            run.insert(0, w)
        # the name opens with the acronym's first letter ("Efectivos de las Fuerzas de Defensa de Israel (FDI)")
        while run and (not run[0].group()[:1].isupper() or run[0].group().lower() in ("el", "la", "los", "las")
                       or run[0].group() in KIND_ACRONYMS or run[0].group()[0] != m.text[0]):
            run.pop(0)
        caps = [w.group() for w in run if w.group()[:1].isupper()]
        if len(caps) < 3 or not set(m.text) <= {c[0] for c in caps}:
            continue
        a, b = base + run[0].start(), base + run[-1].end()
        if text[b:m.start].strip() != "(" or any((x.start, x.end) == (a, b) for x in out):
            continue  # (a name already found whole keeps its type: "República Popular de Donetsk (RPD)")
        out = [x for x in out if not (a <= x.start and x.end <= b)]
        out.append(Mention(a, b, text[a:b], "ORG", 1.0))
    return sorted(out, key=lambda x: x.start)


# "Jama'a Nusrat al-Islam wa al-Muslimin (Grupo de apoyo al Islam y a los Musulmanes)": a name glossed in brackets
# right after it by a name of two capitalised words or more, with no comma, figure or clause inside
_GLOSS = re.compile(r"\s?\((?P<g>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[\w'’-]+){1,11})\)")


_NOT_GLOSS = {"nombre", "antes", "antigua", "hoy", "actual", "ucraniano", "ruso", "árabe", "hebreo", "inglés", "francés"}


def glossed_names(text: str, kept: list[Mention]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """An organisation's name followed by its translation in brackets: the translation is one mention (not the
    person "Islam" and the organisation "Musulmanes" the NER found inside it), and the pairs (name start,
    translation start) that are one organisation."""
    out, pairs = list(kept), []
    for m in kept:
        g = _GLOSS.match(text, m.end)
        if m.label != "ORG" or g is None:
            continue
        a, b = g.start("g"), g.end("g")
        words = g.group("g").split()
        inside = [x for x in out if a <= x.start and x.end <= b]
        if sum(w[:1].isupper() for w in words) < 2 or any(w.lower() in _NOT_GLOSS for w in words) \
                or any((x.start, x.end) == (a, b) and x.label != "ORG" for x in inside) \
                or any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in out):
            continue  # (a place, a person, or the other name of a place: "Chásov Yar (Chásiv Yar, en ucraniano)")
        out = [x for x in out if x not in inside] + [Mention(a, b, text[a:b], "ORG", max(m.score, 1.0))]
        pairs.append((m.start, a))
    return sorted(out, key=lambda x: x.start), pairs


def merge_glossed(groups: dict[str, _Group], pairs: list[tuple[int, int]]) -> None:
    """The name and its bracketed translation (:func:`glossed_names`) are one organisation."""
    for a, b in pairs:
        ka = _key_where(groups, lambda x: x.start == a)
        kb = _key_where(groups, lambda x: x.start == b)
        if ka and kb and ka != kb:
            _merge(groups, kb, groups[ka])


def coordinated_places(text: str, kept: list[Mention]) -> None:
    """Coordinated names share a type: "hacia Estambul o Ereván" (the NER called Ereván a person)."""
    for a, b in zip(kept, kept[1:]):
        if _COORD.match(text[a.end:b.start]) and {a.label, b.label} == {"LOC", "PER"}:
            lone = a if a.label == "PER" else b
            other = b if lone is a else a
            if len(lone.text.split()) == 1 and other.score >= 0.9:
                lone.label = "LOC"


def drop_closing_period(text: str, kept: list[Mention]) -> None:
    """"dijo al Canal N.\\n": the full stop after a closing initial ends the sentence."""
    for m in kept:
        if re.search(r"(?:^|\s)[A-Z]\.$", m.text) and (m.end >= len(text) or text[m.end] in "\n\r"
                                                       or text[m.end:m.end + 2].strip()[:1].isupper()):
            m.end -= 1
            m.text = m.text[:-1]


def _name(g: _Group) -> str:
    return max((m.text for m in g.mentions), key=lambda t: len(t.split()))


def _key_where(groups: dict[str, _Group], test) -> str | None:
    """The key of the first group with a mention that passes ``test``."""
    return next((k for k, g in groups.items() if any(test(x) for x in g.mentions)), None)


def _first(g: _Group) -> int:
    return min(m.start for m in g.mentions)


def _merge(groups: dict[str, _Group], key: str, into: _Group) -> None:
    g = groups.pop(key)
    into.mentions.extend(g.mentions)
    for lab, v in g.label_votes.items():
        into.label_votes[lab] += v * 0.5


def _nearest(cands: list[_Group], g: _Group) -> _Group | None:
    """The candidate named last before ``g``, else the only one."""
    before = [c for c in cands if _first(c) < _first(g)]
    if before:
        return max(before, key=_first)
    return cands[0] if len(cands) == 1 else None


def merge_partial_names(ec, groups: dict[str, _Group]) -> None:
    """Heads alone, ends of longer names and acronyms of longer names join the group of the full name."""
    for key in list(groups):
        g = groups.get(key)
        if g is None or g.name:
            continue
        forms = {m.text for m in g.mentions}
        if len(forms) != 1:
            continue
        form = forms.pop()
        words = form.split()
        if not words or fold(form) in ec.countries or len(form) < 3:
            continue
        full = [o for o in groups.values() if o is not g and len(_name(o).split()) > len(words)]
        target = None
        if g.label in ("ORG", "MISC") and all(w[:1].isupper() for w in words) and not form.isupper():
            # "el Comité" ... "Comité de Investigación de Rusia"; not "el Ejército" for an armed group's name
            heads = [o for o in full if o.label in ("ORG", "MISC") and _name(o).startswith(form + " ")
                     and not ec.group_of(_name(o)) and not o.name]
            target = _nearest(heads, g)
        if target is None and not form.isupper():
            ends = []
            for o in full:
                name = _name(o)
                if not name.endswith(" " + form):
                    continue
                prefix = name[:-len(form)].split()
                if all(w[:1].isupper() or w.lower() in ARABIC for w in prefix) and \
                        not any(w.lower() in CONNECTORS - ARABIC for w in prefix):
                    ends.append(o)
            target = _nearest(ends, g) if len(ends) == 1 or g.label == "PER" else None
        if target is not None:
            _merge(groups, key, target)


def full_acronym(ec, acr: str, other: _Group) -> bool:
    """"ONU" for "Naciones Unidas": the acronym's full name (``acronyms_es.tsv``) ends with the other name."""
    full = ec.acronyms.get(acr, (None, None))[1]
    name = _name(other)
    return bool(full) and full != acr and len(name.split()) > 1 and fold(full).endswith(fold(name))


def merge_place_spellings(ec, groups: dict[str, _Group]) -> None:
    """One place under two spellings in one article (the Ukrainian and the Russian form, "Chásiv Yar" ... "Chásov
    Yar"; "Kiev" ... "Kyiv"): the later group joins the first. Countries and short names stay apart."""
    places = sorted((g for g in groups.values() if g.label == "LOC" and not g.name), key=_first)
    # a one-word name the NER took for a person, spelt like a place of the article ("Bilopillia, al que pertenece
    # Ryzhivka", after "la aldea de Ryjivka"): that place
    for k, g in [(k, g) for k, g in groups.items() if g.label == "PER" and not g.name and len(_name(g).split()) == 1
                 and len(fold(_name(g))) >= 5]:
        first = next((p for p in places if p.mentions and fold(_name(p)) not in ec.countries
                      and same_name(_name(p), _name(g), "LOC")), None)
        if first is not None:
            _merge(groups, k, first)
    for i, g in enumerate(places):
        name = _name(g)
        if fold(name) in ec.countries or len(fold(name).replace(" ", "")) < 5:
            continue
        for first in places[:i]:
            if not first.mentions:
                continue  # merged into an earlier one already
            other = _name(first)
            parts = set(fold(other).split()) ^ set(fold(name).split())
            if parts & ORIENTATION:
                continue  # "Darfur Oeste" ... "Darfur Este": two parts of a region
            if fold(other) not in ec.countries and same_name(other, name, "LOC"):
                key = next(k for k, v in groups.items() if v is g)
                _merge(groups, key, first)
                g.mentions = []
                break


# "Artiómovsk (nombre ruso de Bajmut)", "Chásov Yar (Chásiv Yar, en ucraniano)": the text says two names are one place
_NAMED_AS = re.compile(r"\(\s*(?:(?:el\s+)?nombre\s+(?:ruso|ucraniano|soviético|árabe|hebreo|oficial|anterior)\s+de|"
                       r"(?:la\s+)?antigua|antes|hoy|actual)\s+(?P<a>[A-ZÁÉÍÓÚÑ][^,()]{1,40}?)\s*\)"
                       r"|\(\s*(?P<b>[A-ZÁÉÍÓÚÑ][^,()]{1,40}?)\s*,?\s+en\s+(?:ucraniano|ruso|árabe|hebreo)\s*\)")


def merge_named_as(groups: dict[str, _Group], text: str) -> None:
    """A place glossed with its other name in brackets right after it: one entity."""
    for m in _NAMED_AS.finditer(text):
        inner = m.group("a") or m.group("b")
        ia = m.start("a") if m.group("a") else m.start("b")
        before = text[:m.start()].rstrip()
        outer = _key_where(groups, lambda x: x.end == len(before))
        ib = ia + len(inner)  # (the group whose mention holds the other name, or starts inside it)
        other = _key_where(groups, lambda x: x.start <= ia and ib <= x.end or ia <= x.start < ib)
        if outer and other and outer != other and groups[outer].label == "LOC" and groups[other].label == "LOC":
            first, second = sorted((outer, other), key=lambda k: _first(groups[k]))
            _merge(groups, second, groups[first])


# "la disputada isla, conocida por los ucranianos como isla Zmiinyi": the other name of the place the noun points back to
_KNOWN_AS = re.compile(r"\b(?:la|el)\s+(?:\w+\s+)?(?P<head>isla|ciudad|localidad|aldea|pueblo|península|región|provincia)"
                       r"\s*,\s*conocid[oa]\s+(?:por\s+[^,]{1,40}?\s+)?como\s+")


def merge_known_as(groups: dict[str, _Group], text: str) -> None:
    """A place noun pointing back, glossed with the name some know it by: that name is the place named last before with
    that noun ("la isla de las Serpientes" ... "la disputada isla, conocida por los ucranianos como isla Zmiinyi")."""
    for m in _KNOWN_AS.finditer(text):
        other = _key_where(groups, lambda x: x.start == m.end())
        head = m.group("head").lower()
        before = [k for k, g in groups.items() if k != other and g.label == "LOC" and _first(g) < m.start()
                  and any(x.text.lower().startswith(head + " ")
                          or text[max(0, x.start - len(head) - 4):x.start].lower().endswith(head + " de ")
                          for x in g.mentions)]  # ("la isla de las Serpientes", "la ciudad de Pokrovsk")
        if other and before and groups[other].label == "LOC":
            target = max(before, key=lambda k: max(x.start for x in groups[k].mentions if x.start < m.start()))
            _merge(groups, other, groups[target])


# "Jimmy Cherisier, alias 'Barbecue'", "Ismael Zambada, alias El Mayo": the nickname is the person
_ALIAS = re.compile(r",?\s+(?:alias|apodado|conocido como)\s+[\"'“‘«]?(?P<a>[A-ZÁÉÍÓÚÑ][^,.;:()\"'“”‘’«»]{1,30}?)[\"'”’»]?(?=[\s,.;:)])")


def merge_aliases(groups: dict[str, _Group], text: str) -> None:
    """A person and the nickname the text gives right after the name: one entity (the name's)."""
    for m in _ALIAS.finditer(text):
        person = _key_where(groups, lambda x: x.end == m.start())
        nick = _key_where(groups, lambda x: m.start("a") <= x.start < m.end("a"))
        if person and nick and person != nick and groups[person].label == "PER":
            _merge(groups, nick, groups[person])


def merge_acronyms(ec, groups: dict[str, _Group], text: str) -> None:
    """An acronym and the name it stands for are one: "Instituto para el Estudio de la Guerra (ISW)" ... "el ISW",
    "UE" = "Unión Europea", "el Mando Central ... (Centcom)"."""
    for key in list(groups):
        g = groups[key]
        acr = g.mentions[0].text
        if not (2 <= len(acr) <= 8 and " " not in acr and all(m.text == acr for m in g.mentions)):
            continue
        upper = acr.isupper() and len(acr) <= 6
        found = []
        for other in groups.values():
            if other is g or other.label not in ("ORG", "MISC", "LOC"):
                continue
            full = max((m.text for m in other.mentions), key=len)
            ini = "".join(w[0] for w in full.split() if w[:1].isupper() and w.lower() not in CONNECTORS)
            paren = any(text[m.end:m.end + len(acr) + 3].strip().startswith("(" + acr + ")") for m in other.mentions)
            if not upper:  # "el Mando Central del Ejército de Estados Unidos (Centcom)": a short form of its words
                if not (paren and other.label == "ORG" and acr[:1].isupper() and any(
                        w.lower().startswith(acr[:3].lower()) for w in full.split()[1:])):
                    continue
            if len(full.split()) > 1 and (ini.upper() == acr or paren or full_acronym(ec, acr, other)):
                found.append((not paren, len(found), other))
        if found:  # the name the acronym follows in brackets first ("La Organización de las Naciones Unidas (ONU)",
            # not the dateline "NACIONES UNIDAS" before it)
            min(found, key=lambda x: x[:2])[2].mentions.extend(g.mentions)
            del groups[key]
