"""Stage ``cronica_entities_v1``: clean spaCy's NER output and merge mentions into entities.

What it fixes on Spanish war news (see ``shared/notes/baselines.md``):
- single-token "entities" that are not names (``habían``, ``según``, ``También``, ``Sí``);
- leading determiners and prepositions (``El Ministerio``, ``Cerca de Bakhmut``);
- titles swallowed into a span (``El secretario general de la OTAN`` -> ``OTAN``);
- ALL-CAPS headlines (kept only when the word is a known name elsewhere or an acronym);
- types: countries and cities are LOC, ``Ministerio``/``Estado Mayor`` heads are ORG, a surname of a known person is PER;
then finds every further mention of each name (surnames, case variants, transliterations) and groups mentions into one
:class:`~cronica.model.Entity` per real thing, with the roles the article gives people (``el portavoz del Kremlin, Dmitri
Peskov``).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language

from ... import resources
from ...actors import ArmedGroup, armed_groups, group_by_form, state_names
from ...model import Entity
from ...names import fold, translit_key, whole_words
from ..doc import text_of
from ..stage import Stage
from .armies import merge_armies
from .lexicon import (
    FACILITY_NAME,
    _ARABIC_ARTICLE,
    _FACILITY,
    _ORG_JOIN,
    _PLACE_APPOS,
    _PLACE_BEFORE_APPOS,
    _MEDIUM_BEFORE,
    _PLACE_COLON_LIST,
    _PLACE_COPULA,
    _PLACE_CUE,
    _PLACE_PREP,
    GENERIC_HEADS,
    Mention,
    _Group,
    _is_cap,
    _lex,
    dateline_mentions,
    joined_org_names,
    written_forms,
)
from .merging import (KIND_ACRONYMS, coordinated_places, drop_closing_period, glossed_names, merge_acronyms,
                      merge_aliases, merge_glossed, merge_known_as, merge_named_as, merge_partial_names, merge_place_spellings,
                      name_before_acronym, split_agency_prefix)
from .chunks import name_chunks, split_outlet
from .naming import canonical, member_groups, names_of_the_wars, roles

WEAPON_SYSTEMS = frozenset(fold(w) for w in resources.words("es/names/weapon_systems.tsv", "weapon_systems"))


_NUMBERED_UNIT = re.compile(r"\b\d{1,3}\.?\s?[ªº]\s(?:Brigada|División|Batallón|Regimiento|Cuerpo|Flota)(?:\s[A-ZÁÉÍÓÚ][\wáéíóú]+)*")

class EntityCleaner(Stage):
    stage, output = "entities", "entities"

    def __init__(self):
        self.acronyms, self.countries, self.org_heads, self.demonyms, self.titles, self.places = _lex()
        self.portfolios = set(resources.lines("portfolios_es.txt"))
        self._group_acronyms = {a for g in armed_groups() for a in g.acronyms}
        names = sorted({f for g in armed_groups() for f in (g.name, *g.variants) if len(f) >= 5 and not f.isupper()},
                       key=len, reverse=True)
        self._group_rx = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")
        heads = [r["head"] for r in resources.records("es/names/feature_heads.tsv")]
        name = r"[A-ZÁÉÍÓÚÑ][\w'’]+(?:-[A-Za-zÁÉÍÓÚÑ][\w'’]*)*"
        self._feature_rx = re.compile(
            r"(?<![\w])(?:" + "|".join(f"[{h[0]}{h[0].upper()}]{re.escape(h[1:])}" for h in heads) + r")(?:\s+(?:de|del)(?:\s+la|\s+las|\s+los)?)?\s+"
            + name + r"(?:\s+(?:el|al|de(?!\s+(?i:" + "|".join(sorted(map(re.escape, self.countries), key=len, reverse=True))
            + r")\b))?\s*-?\s*" + name + r")?")  # (not "el mar Rojo de Yemen": that country is another name)
        self._place_heads = {f.strip() for r in resources.records("es/names/place_heads.tsv")
                             for f in r["forms"].split("|") if f.strip()}
        # "Yabal al Abayator", "Deir al Balah": a name a place head opens, with its Arabic article, is one place
        self._head_rx = re.compile(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, self._place_heads))) + r")\s+"
                                   r"(?:(?:al|el|as|ad|ar|an|az)[\s-]+)?" + name)
        cues = resources.table("name_cues_es.tsv")
        self.platforms = {w for kind, _, w in cues if kind == "platform"}
        self._cue_before = {w: t for kind, t, w in cues if kind == "before"}
        self._cue_after = re.compile(r"^,\s+(?:" + "|".join(
            f"(?P<{t}{i}>{re.escape(w)})" for i, (kind, t, w) in enumerate(cues) if kind == "after") + r")\b")
        self._country_rx = re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(c) for c in sorted(state_names(), key=len, reverse=True)) + r")(?!\w)")
        self._title_rx = re.compile(
            r"(?:^|[\s(])(?:el|la|El|La|del|al)\s+((?:ex\s+|ex|)(?:" + "|".join(
                re.escape(t) for t in self.titles) + r")\b[^,.;:\"«»“”()]{0,90}?),\s*$")
        self._title_after_rx = re.compile(
            r"^,\s*((?:el\s+|la\s+)?(?:ex\s+|ex|)(?:" + "|".join(re.escape(t) for t in self.titles)
            + r")\b[^,.;:\"«»“”()]{0,60}?)\s*,")

    @staticmethod
    def group_of(text: str) -> Optional[ArmedGroup]:
        """The armed group a surface form names; an all-capitals form only as one of its acronyms
        (``FAR`` is the Rapid Support Forces, ``far`` is nothing)."""
        g = group_by_form().get(fold(text))
        if g is None or (text.isupper() and text not in g.acronyms):
            return None
        return g

    def _context_type(self, text: str, span) -> Optional[str]:
        """The type the words around a name give it: a platform, "el diario X", "X, un pueblo ..."."""
        if span.text in self.platforms:
            return "MISC"
        prev = span.doc[span.start - 1] if span.start > 0 else None
        cue = prev if prev is not None and prev.text in self._cue_before else span.doc[span.start - 2] if (
            prev is not None and span.start > 1 and prev.pos_ == "ADJ") else None  # "el diario independiente X"
        if cue is not None and cue.text in self._cue_before and not (  # not "la defensora del pueblo ucraniano X"
                cue.i > 1 and cue.doc[cue.i - 1].lower_ in ("de", "del") and cue.doc[cue.i - 2].lower_ in self.titles):
            return self._cue_before[cue.text]
        m = self._cue_after.match(text[span.end_char:span.end_char + 40])
        return next(k for k, v in m.groupdict().items() if v)[:3] if m else None

    def _keep_single(self, tok, doc) -> bool:
        t = tok.text
        if t in self.platforms:
            return True
        if t in GENERIC_HEADS:
            return False
        if len(t) < 2 or not (t[0].isupper() or t[0].isdigit()):
            return False
        if t in self.acronyms or fold(t) in self.countries:
            return True
        if t.isupper() and len(t) <= 6:
            return True
        if tok.pos_ in ("VERB", "AUX", "ADV", "SCONJ", "CCONJ", "ADP", "PRON", "DET", "INTJ", "NUM"):
            return False
        if tok.is_sent_start and tok.pos_ not in ("PROPN",):
            return False
        return tok.pos_ in ("PROPN", "NOUN", "ADJ", "X") or tok.is_oov

    def _type_of(self, text: str, label: str) -> str:
        f = fold(text)
        if self.group_of(text):
            return "ORG"  # an armed group, never a person or a place ("ISIS", "Daesh", "Fuerzas de Apoyo Rápido")
        if text in self.acronyms:
            return self.acronyms[text][0]
        words = text.split()
        if len(words) > 1 and words[0] in self._place_heads:
            return "LOC"  # "Beit Lahia", "Deir al Balah", "Jan Yunis"
        if FACILITY_NAME.match(f):
            return "LOC"  # "Central Hidroeléctrica de Kajovka": the works, where things happen
        if len(words) > 1 and self._cue_before.get(words[0].lower()) == "ORG" and (
                words[1][:1].isupper() or words[1][:1].isdigit()):  # not "canal de Suez"
            return "ORG"  # "Canal N", "Radio Free Europe": the noun that says what it is opens the name
        if f in self.countries or f in self.places and label in ("PER", "MISC"):
            return "LOC"
        for head in self.org_heads:
            if text.startswith(head + " ") or text == head:
                return "ORG"
        return label if label in ("PER", "ORG", "LOC", "MISC") else "MISC"

    def candidate_mentions(self, doc) -> list[Mention]:
        lay = doc._.layout
        out: list[Mention] = []
        text = text_of(doc)
        for ent in doc.ents:
            if ent.label_ not in ("PER", "ORG", "LOC", "MISC"):
                continue
            headline = lay is not None and lay.in_headline(ent[0].idx)
            if ent.start > 1 and doc[ent.start - 1].text in ("La", "El", "Los", "Las") and not doc[ent.start - 1].is_sent_start \
                    and not doc[ent.start - 2].is_punct and not doc[ent.start - 2].is_space:
                ent = doc[ent.start - 1:ent.end]  # "a La Haya", "según El País": the article is part of the name
            for a, b, said in split_outlet(doc, name_chunks(doc, ent, self.org_heads, self.portfolios, self.platforms)):
                if b - a > 1 and doc[a].text in KIND_ACRONYMS and doc[a + 1].text[:1].isupper():
                    # "la ONG Observatorio Sirio de los Derechos Humanos": the acronym saying what it is, no part of
                    # the name
                    a, said = a + 1, said or self._cue_before[doc[a].text]
                span = doc[a:b]
                if b - a == 1 and not self._keep_single(span[0], doc):
                    continue
                surface = span.text
                if headline and not (surface in self.acronyms):
                    out.append(Mention(span.start_char, span.end_char, surface, ent.label_, 0.3))
                    continue
                if any(t.pos_ in ("VERB", "AUX") and not _is_cap(t) and not _ARABIC_ARTICLE.match(t.text) for t in span):
                    # (not "Mohamed al-Mughair", whose "al-Mughair" the tagger calls a verb)
                    continue
                label = said or self._type_of(surface, ent.label_)
                cue = self._context_type(text, span)
                score = 1.0
                if cue:
                    label = cue
                elif self.group_of(surface):
                    pass  # an armed group stays one whatever stands before it ("el control de Hezbolá")
                elif _PLACE_CUE.search(text[max(0, span.start_char - 40):span.start_char]) \
                        and not any(surface.startswith(h + " ") for h in self.org_heads):
                    label, score = "LOC", 1.2  # "la región de Kharkiv", "la ciudad de Pokrovsk" (not "bajo control de
                    # las Fuerzas de Defensa de Ucrania": a body's name)
                elif (label in ("LOC", "MISC") or label == "ORG" and b - a in (2, 3) and all(
                        t.pos_ == "PROPN" for t in doc[a:b])) and b - a > 1 \
                        and fold(surface) not in self.countries | self.places \
                        and self._title_rx.search(text[max(0, span.start_char - 120):span.start_char]):
                    label, score = "PER", 1.2  # "el gobernador militar de la región de Luhansk, Serhi Haidai": the
                    # holder a title names before the comma (the tagger took the name for a place after "Luhansk,", or
                    # for a body: "el alcalde en funciones de Sumi, Artem Kobzar")
                elif label == "PER" and b - a == 1 and _PLACE_PREP.search(text[max(0, span.start_char - 30):span.start_char]):
                    label, score = "LOC", 1.2  # "en Kidal", "desde Bamako": a lone name after these is a place
                elif label == "PER" and b - a == 1 and _PLACE_COPULA.search(text[max(0, span.start_char - 70):span.start_char]):
                    label, score = "LOC", 1.2  # "la siguiente localidad en su punto de mira será Zherebianki"
                elif label in ("PER", "MISC") and (_PLACE_APPOS.match(text[span.end_char:span.end_char + 90]) or (
                        b - a == 1 and _PLACE_BEFORE_APPOS.search(text[max(0, span.start_char - 40):span.start_char])
                        and not (b < len(doc) and doc[b].pos_ in ("VERB", "AUX")))):  # (not "de la capital
                    # ucraniana, Zelenski habla de la guerra": the subject of the next clause)
                    label, score = "LOC", 1.2  # "tomó Kleban-Byk y Serednie, dos localidades situadas al norte ...",
                    # "en la capital somalí, Mogadiscio"
                elif label == "PER" and b - a == 1 and _MEDIUM_BEFORE.search(text[max(0, span.start_char - 60):span.start_char]):
                    label, score = "ORG", 1.2  # "en un comentario concedido a Ukrinform": the medium, no person
                elif label in ("PER", "MISC") and _PLACE_COLON_LIST.search(text[max(0, span.start_char - 160):span.start_char]):
                    label, score = "LOC", 1.2  # "tomaron otras dos localidades en Zaporiyia: Zelenni Gai y Dobropilia"
                # (a place its words show outweighs a person the tagger guessed elsewhere: "entre Boni y Torodi" ...
                # "a 52 kilómetros al suroeste de Torodi")
                out.append(Mention(span.start_char, span.end_char, surface, label, score))
        # acronyms and country names the NER missed
        for tok in doc:
            if tok.text == "X" and tok.i > 0 and doc[tok.i - 1].lower_ in ("en", "red", "social", "plataforma", "cuenta"):
                out.append(Mention(tok.idx, tok.idx + 1, "X", "MISC", 0.9))  # the social network, "escribió en X"
            if tok.text in self.acronyms and not tok.text.islower():
                out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, self.acronyms[tok.text][0], 0.9))
            elif len(tok.text) >= 3 and tok.text in self._group_acronyms:
                out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "ORG", 0.9))
        out.extend(Mention(m.start(), m.end(), m.group(), "LOC", 0.9) for m in self._country_rx.finditer(text))
        out.extend(dateline_mentions(lay))
        # armed groups by their written names, whatever the NER saw ("Los 400 Mawozo", “La Mayiza”)
        out.extend(Mention(m.start(), m.end(), m.group(), "ORG", 1.1) for m in self._group_rx.finditer(text))
        # "la 110ª Brigada", "la 93.ª Brigada Mecanizada": a numbered unit, whatever the NER made of the number
        out.extend(Mention(m.start(), m.end(), m.group(), "ORG", 1.1) for m in _NUMBERED_UNIT.finditer(text))
        # "el mar Rojo", "el golfo de Adén", "el estrecho de Bab el-Mandeb": the head noun is part of the name
        out.extend(Mention(m.start(), m.end(), m.group(), "LOC", 1.2) for m in self._feature_rx.finditer(text))
        out.extend(Mention(m.start(), m.end(), m.group(), "LOC", 1.1) for m in self._head_rx.finditer(text))
        out.extend(written_forms(text))
        out.extend(joined_org_names(text, self.org_heads, [(e.start_char, e.end_char, e.label_) for e in doc.ents]))
        return out

    def process(self, doc) -> None:
        text = text_of(doc)
        ms = self.candidate_mentions(doc)
        # drop duplicates / overlaps: keep the longest, most confident
        ms.sort(key=lambda m: (m.start, -(m.end - m.start), -m.score))
        kept: list[Mention] = []
        for m in ms:
            if kept and m.start < kept[-1].end:
                continue
            prev = kept[-1] if kept else None
            # "Estado Mayor" + "de las" + "Fuerzas Armadas de Ucrania" -> one organisation
            if (prev and prev.label == "ORG" and m.label in ("ORG", "LOC") and prev.score >= 0.9 and m.score >= 0.9
                    and _ORG_JOIN.match(text[prev.end:m.start])
                    and any(prev.text.startswith(h) for h in self.org_heads)):
                kept[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "ORG", 1.0)
                continue
            kept.append(m)
        for i, m in enumerate(kept):  # "Un portavoz de las Fuerzas Aéreas de Ucrania, Yurii Ignat, ...": a person
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.label == "LOC" and " " in m.text else None
            if span is not None and span.root.dep_ == "appos" and span.root.head.lower_ in self.titles:
                kept[i] = Mention(m.start, m.end, m.text, "PER", m.score)
        kept = name_before_acronym(text, split_agency_prefix(self, names_of_the_wars(self, text, kept), text))
        kept, glossed = glossed_names(text, kept)
        drop_closing_period(text, kept)
        # facilities named after a place are places of their own: "la central nuclear de Zaporiyia"
        for i, m in enumerate(kept):
            if m.label == "LOC" and not FACILITY_NAME.match(fold(m.text)):  # (not "presa de la Central ...")
                base = max(0, m.start - 40)
                f = _FACILITY.search(text[base:m.start])
                if f:
                    s0 = base + f.start("fac")
                    kept[i] = Mention(s0, m.end, text[s0:m.end], "LOC", m.score)
        coordinated_places(text, kept)
        # group by transliteration key
        groups: dict[str, _Group] = {}
        for m in kept:
            if m.score < 0.5:
                continue
            key = translit_key(m.text)
            g = groups.setdefault(key, _Group())
            g.mentions.append(m)
            g.label_votes[m.label] += m.score
        # one armed group under several names: "Estado Islámico (EI, ISIS o Daesh)"
        by_group: dict[str, str] = {}
        for key in list(groups):
            g = groups[key]
            ag = next((x for x in (self.group_of(m.text) for m in g.mentions) if x), None)
            if ag is None:
                continue
            if ag.id in by_group:
                first = groups[by_group[ag.id]]
                first.mentions.extend(g.mentions)
                for lab, v in g.label_votes.items():
                    first.label_votes[lab] += v
                del groups[key]
            else:
                by_group[ag.id] = key
                g.name = ag.name
        merge_armies(self, groups, text)  # "el Ejército ruso" is not "el Ejército ucraniano"
        # surnames and first tokens of known multi-word persons
        persons = [g for g in groups.values() if g.label == "PER" and any(len(m.text.split()) > 1 for m in g.mentions)]
        for key in list(groups):
            g = groups[key]
            if len(key.split()) != 1 or g.label == "LOC":  # a place is nobody's surname (España, Córdoba)
                continue
            for p in persons:
                if p is g:
                    continue
                full = max((m.text for m in p.mentions), key=len)
                if translit_key(full.split()[-1]) == key:
                    p.mentions.extend(g.mentions)
                    p.label_votes["PER"] += 1
                    del groups[key]
                    break
        merge_acronyms(self, groups, text)
        merge_partial_names(self, groups)
        merge_place_spellings(self, groups)
        merge_named_as(groups, text)
        merge_known_as(groups, text)
        merge_aliases(groups, text)
        merge_glossed(groups, glossed)
        # propagate every name to its other occurrences (incl. headline capitals)
        covered = [(m.start, m.end) for g in groups.values() for m in g.mentions]
        forms: dict[str, _Group] = {}
        for g in groups.values():
            for m in g.mentions:
                forms.setdefault(m.text, g)
                if g.label == "PER" and len(m.text.split()) > 1:
                    forms.setdefault(m.text.split()[-1], g)
        for m in kept:  # headline words that name something known
            if m.score < 0.5:
                for sub in re.finditer(r"\w+", m.text):
                    for form, g in forms.items():
                        if fold(form) == fold(sub.group()):
                            s = m.start + sub.start()
                            covered.append((s, s + len(sub.group())))
                            g.mentions.append(Mention(s, s + len(sub.group()), sub.group(), g.label, 0.5))
                            break
        for form, g in sorted(forms.items(), key=lambda kv: -len(kv[0])):
            if len(form) < 3:
                continue
            if form.lower() == form:
                continue
            variants = [form] + ([form.upper()] if form.upper() != form else [])  # headlines in capitals
            for s, e in whole_words(text, variants):
                if any(s < ce and cs < e for cs, ce in covered):
                    continue
                covered.append((s, e))
                g.mentions.append(Mention(s, e, form, g.label, 0.5))
        # entities
        ents: list[Entity] = []
        by_name: dict[tuple[str, str], Entity] = {}
        for g in groups.values():
            g.mentions.sort(key=lambda m: m.start)
            label = g.label
            name = canonical(self, g, text, label)
            if label in ("PER", "LOC") and (fold(name) in WEAPON_SYSTEMS or fold(name.split()[0]) in WEAPON_SYSTEMS):
                continue  # "misiles Iskander", "lanzacohetes Uragan": a weapon, no one and nowhere
            same = by_name.get((label, name))
            if same is not None:  # "Ministerio de Defensa" + "ruso" and "Ministerio de Defensa de Rusia": one
                same.mentions = sorted(same.mentions + [(m.start, m.end) for m in g.mentions])
                same.aliases = sorted(set(same.aliases) | {m.text for m in g.mentions})
                if label == "PER":
                    same.roles += [r for r in roles(self, text, g.mentions) if r not in same.roles]
                continue
            ent = by_name[(label, name)] = Entity(id="", type=label, name=name, mentions=[(m.start, m.end) for m in g.mentions],
                         aliases=sorted({m.text for m in g.mentions}))
            if label == "PER":
                ent.roles = roles(self, text, g.mentions)
            ents.append(ent)
        ents.sort(key=lambda e: e.mentions[0])
        ents += member_groups(doc, {e.name for e in ents})  # "los hutíes": the group, with no mention of its name
        for i, e in enumerate(ents, 1):
            e.id = f"e{i}"
        doc._.entities = ents


@Language.factory("cronica_entities_v1", requires=["doc._.layout", "doc.ents", "token.pos", "token.dep"],
                  assigns=["doc._.entities"])
def make_entities(nlp, name):
    return EntityCleaner()
