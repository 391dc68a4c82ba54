"""Stage ``cronica_events_v1``: conflict events from triggers and the dependency parse.

Reads the parse, ``entities``, ``times``, ``figures`` and ``statements`` of a ``DocState``;
writes ``events`` (and sets ``about`` on the statements that report them). Rules only, on
the parse already made: no model of its own, so it costs a few milliseconds per article.

Steps, per article:

1. **Triggers** — words and phrases from ``resources/event_triggers_es.tsv`` (verbs are matched
   in every conjugated form, generated here, so spaCy's lemmatiser errors on rare verb forms do
   not matter), each checked against its constraints (an arms object for ``enviar``, a place
   for ``tomar``, an anchor for plural ``ataques`` ...).
2. **Arguments** — actors and targets (entity ids, demonyms such as ``tropas rusas`` -> Rusia),
   the place where it happened (the closest place argument of the trigger, not every place of
   the sentence; the subject of ``sufrir``; ``incluida la ciudad de X`` adds a place; a place inside
   another event's relative clause is that event's), the governing time expression (through the
   trigger's own relative clause, an infinitive's governor, a coordinated verb; never a ``desde X``
   comparison), casualty figures. A strike or clash left without a place takes it from its context
   (another event of the sentence, a leading ``en X``, the one place of the sentence before); strikes
   and interceptions of one wave share its date.
3. **Status** — from the verb form and governing words (conditional, future, subjunctive,
   ``se prevé``; an infinitive takes its governor's tense), then from the statements that report the
   trigger (their stance). Background the outlet appends (``X, una aldea que las fuerzas recuperaron``,
   ``después del inicio de la contraofensiva``) is asserted; a confirmation naming a claimed capture's
   place confirms it.
4. **One event per real event** — repeated mentions of one event in the article are merged
   (a definite ``la ofensiva`` after ``las operaciones rusas``; the same verb again nearby; the
   same type at the same place; one strike told twice in a sentence; ``los misiles lanzados`` after
   the wave; ``la movilización`` again after the decree; ``el «ataque masivo»`` as the lead strike);
   a report covering several named places becomes one event per place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

from spacy.language import Language

from .. import resources
from ..model import Entity, Event, EventDate, Statement, TimeExpr
from ..names import fold
from .doc import outputs, warnings_of

LEXICON = "event_triggers_es.tsv"

# --------------------------------------------------------------------------- verb forms

_AR = {
    "pres": ["o", "as", "a", "amos", "áis", "an"], "past": ["é", "aste", "ó", "amos", "asteis", "aron"],
    "impf": ["aba", "abas", "ábamos", "abais", "aban"], "fut": ["aré", "arás", "ará", "aremos", "aréis", "arán"],
    "cond": ["aría", "arías", "aríamos", "aríais", "arían"], "subj": ["e", "es", "emos", "éis", "en"],
    "subj_past": ["ara", "aras", "áramos", "arais", "aran", "ase", "ases", "asen"],
    "part": ["ado", "ada", "ados", "adas"], "ger": ["ando"], "inf": ["ar"],
}
_ER = {
    "pres": ["o", "es", "e", "emos", "éis", "en"], "past": ["í", "iste", "ió", "imos", "isteis", "ieron"],
    "impf": ["ía", "ías", "íamos", "íais", "ían"], "fut": ["eré", "erás", "erá", "eremos", "eréis", "erán"],
    "cond": ["ería", "erías", "eríamos", "eríais", "erían"], "subj": ["a", "as", "amos", "áis", "an"],
    "subj_past": ["iera", "ieras", "iéramos", "ierais", "ieran", "iese", "iesen"],
    "part": ["ido", "ida", "idos", "idas"], "ger": ["iendo"], "inf": ["er"],
}
_IR = dict(_ER, pres=["o", "es", "e", "imos", "ís", "en"], fut=["iré", "irás", "irá", "iremos", "iréis", "irán"],
           cond=["iría", "irías", "iríamos", "iríais", "irían"], inf=["ir"])
_SOFT = {"c": "qu", "g": "gu", "z": "c"}  # -ar stems before e: atacar -> ataqué, entregar -> entregue


def conjugate(lemma: str) -> dict[str, str]:
    """Every simple form of a regular Spanish verb -> its tense/mood tag (``part``, ``cond`` ...)."""
    base = lemma[:-2] if lemma.endswith("se") else lemma
    stem, conj = base[:-2], base[-2:]
    table = {"ar": _AR, "er": _ER, "ir": _IR}.get(conj)
    out: dict[str, str] = {}
    if table is None:
        return out
    for tag, ends in table.items():
        for end in ends:
            s = stem
            if conj == "ar" and end[:1] in ("e", "é") and stem[-1:] in _SOFT:
                s = stem[:-1] + _SOFT[stem[-1]]
            if conj != "ar" and stem[-1:] in "aeiou" and stem and end.startswith("i") and end not in ("í", "imos") \
                    and len(end) > 1 and end[1] in "eoó":  # destruyó, cayeron
                end = "y" + end[1:]
            if conj == "ir" and stem.endswith("u") and tag in ("pres", "subj") and end[:1] in "oaee" and end not in ("imos", "ís"):
                s = stem + "y"  # destruye, destruyan
            out.setdefault(s + end, tag)
    for clitic in ("se", "lo", "la", "los", "las"):  # retirarse, retirándose
        out.setdefault(base + clitic, "inf")
    ger = stem + ("ando" if conj == "ar" else "iendo")
    accented = ger.replace("ando", "ándo").replace("iendo", "iéndo")
    out.setdefault(accented + "se", "ger")
    return out


_IRREG_STEMS = ("tendr", "podr", "habr", "har", "dir", "sabr", "pondr", "saldr", "vendr", "querr", "cabr", "valdr")


def verb_tag(word: str) -> Optional[str]:
    """``cond`` / ``fut`` / ``subj`` / ``subj_past`` for any finite verb (auxiliaries and modals too)."""
    w = word.lower()
    for end, tag in (("íamos", "cond"), ("íais", "cond"), ("ían", "cond"), ("ías", "cond"), ("ía", "cond"),
                     ("emos", "fut"), ("éis", "fut"), ("án", "fut"), ("ás", "fut"), ("á", "fut"), ("é", "fut")):
        if w.endswith(end):
            st = w[: -len(end)]
            if st.endswith(("ar", "er", "ir")) and len(st) >= 3 or st.endswith(_IRREG_STEMS):
                return tag
    if w in ("haya", "hayan", "sea", "sean", "vaya", "vayan", "pueda", "puedan", "esté", "estén"):
        return "subj"
    if w in ("hubiera", "hubieran", "hubiese", "hubiesen", "fuera", "fueran", "fuese", "fuesen", "pudiera", "pudieran"):
        return "subj_past"
    return None


def _noun_forms(lemma: str) -> set[str]:
    f = fold(lemma)
    out = {f, f + "s", f + "es"}
    if f.endswith("z"):
        out.add(f[:-1] + "ces")
    return out


# --------------------------------------------------------------------------- lexicon

@dataclass
class Trigger:
    words: list[str]  # lemma words; "..." = gap
    head: int  # index of the word whose span is the trigger, or -1 for the whole phrase
    type: str
    pos: str  # V / N
    cons: dict[str, str]
    forms: dict[str, str] = field(default_factory=dict)  # verb form -> tag


@dataclass
class Lexicon:
    triggers: list[Trigger]
    classes: dict[str, set[str]]
    report: dict[str, str]
    expect: set[str]
    hypo: set[str]
    block: set[str]
    light: set[str]
    result: set[str]
    new: set[str]
    verb_index: dict[str, list[tuple[Trigger, str]]]
    noun_index: dict[str, list[Trigger]]
    report_forms: dict[str, str]  # folded verb form -> reporting lemma
    expect_for: dict[str, set[str]] = field(default_factory=dict)  # governing word -> the event types it makes expected
    frame: set[str] = field(default_factory=set)
    notplace: set[str] = field(default_factory=set)
    attempt: set[str] = field(default_factory=set)
    undergo: set[str] = field(default_factory=set)
    placed: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    trig: list[Trigger] = []
    classes: dict[str, set[str]] = {}
    report: dict[str, str] = {}
    sets: dict[str, set[str]] = {k: set() for k in ("expect", "hypo", "block", "light", "result", "new", "frame", "notplace",
                                                          "attempt", "undergo", "placed")}
    expect_for: dict[str, set[str]] = {}
    report_irregular: dict[str, str] = {}
    for row in resources.table(LEXICON):
        kind, phrase = row[0], row[1]
        value = row[2] if len(row) > 2 else ""
        cons_s = row[3] if len(row) > 3 else ""
        if kind == "trigger":
            raw = phrase.split()
            head = next((i for i, w in enumerate(x for x in raw if x != "...") if w.endswith("*")), -1)  # among matched words
            words = [w.rstrip("*") for w in raw]
            cons: dict[str, str] = {}
            for c in filter(None, (x.strip() for x in cons_s.split(","))):
                k, _, v = c.partition("=")
                cons[k] = v
            t = Trigger(words, head, value, cons.get("pos", "N"), cons)
            if t.pos == "V":
                t.forms = conjugate(words[0])
                for extra in filter(None, cons.get("forms", "").split("|")):
                    t.forms.setdefault(extra, "part" if extra.endswith(("ído", "ída", "ídos", "ídas", "echo")) else "past")
            trig.append(t)
        elif kind == "class":
            classes[phrase] = {fold(w) for w in value.split("|") if w}
        elif kind == "report":
            report[phrase] = value
            for c in filter(None, (x.strip() for x in cons_s.split(","))):
                if c.startswith("forms="):
                    report_irregular.update((fold(f), phrase) for f in c[6:].split("|") if f)
        elif kind == "expect" and value.strip():
            expect_for[fold(phrase)] = {v for v in value.split("|") if v}
        elif kind in sets:
            sets[kind].add(fold(phrase))
    verb_index: dict[str, list[tuple[Trigger, str]]] = {}
    noun_index: dict[str, list[Trigger]] = {}
    for t in trig:
        if t.pos == "V":
            for form, tag in t.forms.items():
                verb_index.setdefault(fold(form), []).append((t, tag))
        else:
            for form in _noun_forms(t.words[0]):
                noun_index.setdefault(form, []).append(t)
    report_forms: dict[str, str] = {}
    for lem in report:
        if lem.endswith(("ar", "er", "ir")):
            for form in conjugate(lem):
                report_forms.setdefault(fold(form), lem)
        else:
            report_forms[fold(lem)] = lem
    for form, lem in report_irregular.items():
        report_forms.setdefault(form, lem)
    return Lexicon(trig, classes, report, sets["expect"], sets["hypo"], sets["block"], sets["light"], sets["result"], sets["new"],
                   verb_index, noun_index, report_forms, expect_for, sets["frame"], sets["notplace"],
                   sets["attempt"], sets["undergo"], sets["placed"])


# --------------------------------------------------------------------------- mentions

@dataclass
class Mention:
    """One trigger occurrence with what the parse says around it."""

    trigger: Trigger
    tok: object  # head token
    span: tuple[int, int]
    sent: int
    tag: Optional[str]  # verb form tag
    headline: bool = False
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # one event per place
    place_depth: int = 99
    region_place: bool = False
    date: Optional[EventDate] = None
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    status: str = "asserted"
    mood: Optional[str] = None  # expected / hypothetical from grammar
    reported_by: list[str] = field(default_factory=list)
    stances: list[tuple[str, Optional[str]]] = field(default_factory=list)  # (stance, source)
    definite: bool = False
    indefinite: bool = False
    is_new: bool = False
    place_noun: Optional[str] = None  # an unnamed place argument ("en una región", "dos aldeas")
    place_plural: bool = False
    bare: bool = True  # a noun without modifiers of its own ("la ofensiva"): may refer back
    ref_only: bool = False  # only a reference to an event already reported ("la localidad haya caído")
    presupposed: bool = False  # a realized background event inside someone's words
    place_def: bool = False  # its unnamed place argument is definite ("la localidad"): points back


VERBAL_POS = {"VERB", "AUX", "ADJ"}
NON_VERB_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PRON", "NUM", "PUNCT"}
NOMINAL_POS = {"NOUN", "PROPN"}
CLAUSE_DEPS = {"ccomp", "advcl", "acl", "xcomp", "csubj", "parataxis", "conj"}
LOC_CASES = {"en", "sobre", "contra", "cerca", "hacia", "a", "de", "junto", "entre", "desde"}
PLACE_NOUNS = {"ciudad", "region", "provincia", "localidad", "capital", "pueblo", "aldea", "oblast", "zona", "area",
               "sede", "distrito", "municipio", "villa", "puerto", "base", "aeropuerto", "frente", "comunidad",
               "asentamiento", "barrio", "sector", "alrededores", "inmediaciones", "afueras", "cercanias", "central",
               "planta"}
WATER = {"rio", "mar", "lago", "embalse", "canal"}  # a river crossed is a reference line, not the place itself
FIELD_TYPES = {"attack", "clash", "interception", "territory_change"}  # occurrences a monitor can confirm
COMPARISON = {"similar", "parecido", "parecida", "semejante", "comparable", "analogo", "analoga", "igual"}
ONGOING = {"continuar", "seguir", "proseguir", "persistir", "recrudecer", "intensificar", "arreciar", "estallar"}
INCLUDING = {"incluida", "incluido", "incluidas", "incluidos", "incluyendo", "incluso"}
PLACE_WORDS = {"region", "provincia", "oblast", "estado", "departamento", "distrito", "zona"}


class EventsStage:
    def __init__(self):
        self.lex = lexicon()
        self.countries = {fold(x) for x in resources.lines("countries_es.txt")}
        self.demonyms = {fold(r[0]): r[1] for r in resources.table("demonyms_es.tsv")}

    # ------------------------------------------------------------------ entry
    def __call__(self, doc):
        from types import SimpleNamespace

        st = SimpleNamespace(published=doc._.published, entities=outputs(doc, "entities"), times=outputs(doc, "times"),
                             figures=outputs(doc, "figures"), statements=outputs(doc, "statements"))
        try:
            doc._.events = self.extract(doc, st)
        except Exception as e:  # one odd parse must not sink the article
            doc._.events = []
            warnings_of(doc).append(f"event extraction failed: {type(e).__name__}: {e}")
        return doc

    def extract(self, doc, st) -> list[Event]:
        self._prepare(doc, st)
        mentions = []
        for m in self._find(doc):
            if self._accept(m):
                t = m.trigger
                if t.type == "territory_change" and t.pos == "V" and m.tok.dep_ == "xcomp" and \
                        fold(m.tok.head.lemma_) in self.lex.attempt:
                    m.trigger = replace(t, type="clash")  # "intentan cruzar el río": fighting, not a change of hands
                elif t.type == "mobilization" and fold(t.words[0]) in self.lex.placed and any(
                        not self._is_country(p) for p in self._places(m, own_only=True)[0]):
                    m.trigger = replace(t, type="territory_change")  # "el despliegue de tropas en la zona de X"
                if t.type == "attack" and t.pos == "V" and fold(t.words[0]) == "lanzar" and len(t.words) > 1 and \
                        self._launch_count(m):
                    continue  # "lanzado 133 drones contra infraestructuras de varias regiones": no strike on a place
                mentions.append(m)
        # what a threat threatens ("advirtió de que Rusia tomará represalias") is the threat, not another event
        warns = [m.tok for m in mentions if m.trigger.type == "threat" and m.trigger.pos == "V"]
        mentions = [m for m in mentions if m.trigger.type == "threat" or not any(
            m.tok != w and m.tok in w.subtree and m.sent == self.sent_of.get(w.i) for w in warns)]
        for m in mentions:
            self._arguments(m)
            self._grammar_status(m)
            self._date(m, st)
            self._report_status(m, st.statements)
        if not mentions:
            return []
        body = [m for m in mentions if not m.headline]
        mentions = body or mentions  # headlines restate the body
        self._figures(mentions, st)
        groups = self._merge(mentions)
        events = self._to_events(groups)
        self._link_statements(events, groups, st.statements)
        return events

    # ------------------------------------------------------------------ setup
    def _prepare(self, doc, st) -> None:
        self.doc = doc
        self.published: Optional[date] = st.published
        self.ent_of_char: dict[int, Entity] = {}
        self.ents = {e.id: e for e in st.entities}
        for e in st.entities:
            for s, t in e.mentions:
                for c in range(s, t):
                    self.ent_of_char[c] = e
        self.by_name = {fold(e.name): e for e in st.entities}
        for e in st.entities:
            for a in e.aliases:
                self.by_name.setdefault(fold(a), e)
        self.sent_of: dict[int, int] = {}
        self.sents = list(doc.sents)
        for i, s in enumerate(self.sents):
            for t in s:
                self.sent_of[t.i] = i
        self.times = sorted(st.times, key=lambda t: t.span)
        # quotation zones: characters inside "..." or «...» (the words of someone quoted)
        self.text = doc.text  # doc.text is rebuilt from the tokens on every access
        self.quoted = _quote_zones(self.text)
        self._cur_cons: dict[str, str] = {}
        self.phrase_of: dict[int, set[int]] = {}  # trigger head -> the tokens of its phrase ("rechazaron ... ataques")

    # ------------------------------------------------------------------ triggers
    def _find(self, doc) -> Iterable[Mention]:
        lex = self.lex
        used: set[int] = set()
        for tok in doc:
            if tok.i in used or tok.is_punct or tok.is_space:
                continue
            low = tok.text.lower()
            f = fold(low)
            cands: list[tuple[Trigger, Optional[str]]] = []
            nominal = tok.pos_ in NOMINAL_POS or any(c.dep_ == "det" for c in tok.children)
            if not nominal and tok.pos_ == "ADJ" and tok.i > 0 and doc[tok.i - 1].pos_ in ("DET", "ADP") \
                    and not lex.verb_index.get(f):
                nominal = True  # "en una contraofensiva relámpago": a noun the tagger took for an adjective
            for t in lex.noun_index.get(f, []) + lex.noun_index.get(fold(tok.lemma_), []):
                if nominal or tok.pos_ not in VERBAL_POS:
                    cands.append((t, None))
            for t, tag in ([] if tok.pos_ in NON_VERB_POS else lex.verb_index.get(f, [])):
                exact = t.forms.get(low) or tag
                if exact == "part" and tok.pos_ == "NOUN" and tok.i > 0 and doc[tok.i - 1].pos_ == "ADP" and \
                        not any(c.dep_ in ("aux", "aux:pass") for c in tok.children):
                    continue  # "a mediados de agosto"
                if nominal and (lex.noun_index.get(f) or exact != "part"):
                    continue  # "de corto alcance" is a noun, not alcanzar
                cands.append((t, exact))
            best = None
            for t, tag in cands:
                toks = self._phrase(doc, tok, t)
                if toks is None:
                    continue
                if best is None or len(toks) > len(best[1]):
                    best = (t, toks, tag)
            if best is None:
                continue
            t, toks, tag = best
            head = toks[t.head] if t.head >= 0 else toks[0]
            if t.head >= 0:
                span = (head.idx, head.idx + len(head.text))
            else:
                span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
            used.update(x.i for x in toks)
            self.phrase_of[head.i] = {x.i for x in toks}
            m = Mention(t, head, span, self.sent_of.get(head.i, 0), tag)
            m.headline = _headline(self.text, head.idx)
            yield m

    def _phrase(self, doc, tok, t: Trigger):
        toks = [tok]
        i = tok.i
        sent_end = tok.sent.end
        gap = 5
        for w in t.words[1:]:
            if w == "...":
                gap = 7
                continue
            hit = None
            for j in range(i + 1, min(sent_end, i + 1 + gap)):
                x = doc[j]
                if fold(x.text) == fold(w) or fold(x.lemma_) == fold(w) or fold(x.text) in _noun_forms(w):
                    hit = x
                    break
            if hit is None:
                return None
            toks.append(hit)
            i = hit.i
            gap = 5
        return toks

    def _accept(self, m: Mention) -> bool:
        t, tok = m.trigger, m.tok
        cons = t.cons
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if "not" in cons and nxt is not None:
            words = {fold(w) for w in cons["not"].split("|")}
            after = {fold(x.text) for x in tok.doc[tok.i + 1: tok.i + 4]}
            if words & after:
                return False
        if t.pos == "V" and t.words[0].endswith("se"):  # retirarse: needs the clitic
            if not (any(c.lower_ == "se" for c in tok.children) or tok.text.lower().endswith("se")
                    or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "se") or (tok.i > 1 and tok.doc[tok.i - 2].lower_ == "se")):
                return False
        if self._blocked(tok):
            return False
        if "active" in cons and (any(c.dep_ == "aux:pass" or c.lower_ == "se" for c in tok.children)
                                 or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "se"):
            return False  # "los fondos se destinarán a munición": the aid already told, not a new transfer
        if "notown" in cons and not any(self._case(c).startswith(("con", "entre")) for c in tok.children) and any(
                c.dep_ == "nmod" and self._case(c).startswith("de") and self._entity_at(c) is not None
                and any(d.dep_ == "det" and d.lower_ in ("su", "sus") for d in c.children) for c in tok.children):
            return False  # "en una reunión de su Consejo de Seguridad": a government's own body, no talks
        if "notcase" in cons and self._case(tok).split()[:1] and \
                self._case(tok).split()[0] in {fold(w) for w in cons["notcase"].split("|")}:
            return False  # "siguió la cumbre por videoconferencia": the means, not an event
        if self._negated(tok) and not self._reported(tok):
            return False
        self._determiner(m)
        ok = True
        if "obj" in cons and not self._has_class(tok, self.lex.classes.get(cons["obj"], set())):
            ok = False
        if ok and "comp" in cons and not self._governs_class(tok, self.lex.classes.get(cons["comp"], set())):
            ok = False
        if ok and "gov" in cons:
            words = self.lex.classes.get(cons["gov"], set())
            govs = [tok.head, tok.head.head] if tok.head != tok else []
            if not any(fold(h.lemma_) in words or fold(h.text) in words or _participle_lemma(h) & words for h in govs):
                ok = False  # "terminó sin un alto el fuego", "reclamó un alto el fuego": asked for, not agreed
        if "subj_not" in cons:
            words = self.lex.classes.get(cons["subj_not"], set())
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubj:pass") and any(fold(x.lemma_) in words or fold(x.text).rstrip("s") in words
                                                              for x in c.subtree):
                    return False  # "uno de los proyectiles cayó junto a un parque": a fall, not a capture
        if ok and "place" in cons:
            places, _, _ = self._places(m)
            if not places and not any(fold(x.lemma_) in PLACE_NOUNS and any(
                    fold(d.text) in ("ambos", "ambas", "dichos", "dichas", "estos", "estas") for d in x.children)
                    for x, _ in _walk(m.tok, 2)):
                ok = False
        if not ok:
            if "ref" in cons and self._refers_back(m):
                m.ref_only = True
                return True
            return False
        if "actor" in cons:
            if not self._noun_actors(tok):
                return False
        if "anchor" in cons and (tok.morph.get("Number") == ["Plur"] or not m.definite and not m.indefinite):
            if not self._anchored(m):
                return False
        return True

    def _ongoing_places(self, verb) -> list[str]:
        out: list[str] = []
        for c in verb.children:
            if c.dep_ != "obl" or not self._case(c).startswith(("en", "cerca", "junto")):
                continue
            for x in (c, *[d for d in c.children if d.dep_ in ("nmod", "appos", "flat")]):
                e = self._place_entity(x)
                if e is not None and not self._is_country(e.id) and e.id not in out:
                    out.append(e.id)
                    break
        return out

    def _launch_count(self, m: Mention) -> bool:
        """Weapons launched with no target place named ("contra infraestructuras de varias regiones"), or
        against a whole country over a period ("en la última semana ... contra Ucrania más de 1.200 drones")."""
        own = self._places(m, own_only=True)[0]
        if not own:
            return True
        if any(not self._is_country(p) for p in own):
            return False
        sent = self.sents[m.sent]
        lo, hi = sent[0].idx, sent[-1].idx + len(sent[-1])
        return any(t.value is None and lo <= t.span[0] < hi for t in self.times)

    def _determiner(self, m: Mention) -> None:
        for c in m.tok.children:
            if c.dep_ == "det":
                low = c.lower_
                if low in ("el", "la", "los", "las", "este", "esta", "estos", "estas", "dicho", "dicha", "ese", "esa",
                           "su", "sus", "aquel", "aquella", "ambos", "ambas"):
                    m.definite = True
                elif low in ("un", "una", "unos", "unas", "otro", "otra", "varios", "varias", "nuevo", "nueva"):
                    m.indefinite = True
            if c.dep_ == "case" and c.lower_ in ("del", "al"):
                m.definite = True
        for c in m.tok.children:
            if c.dep_ in ("nmod", "acl", "amod") and not self._demonym(c.text) and not (
                    self._entity_at(c) and self._entity_at(c).type == "LOC"):
                m.bare = False
            if c.dep_ in ("amod", "det") and (fold(c.text) in self.lex.new or fold(c.lemma_) in self.lex.new):
                m.is_new = True

    def _refers_back(self, m: Mention) -> bool:
        """A definite mention ("las maniobras") or one whose place is a definite place noun ("la localidad")."""
        if m.trigger.pos == "N":
            return m.definite
        for c in m.tok.children:
            if c.dep_ in ("nsubj", "obj", "obl", "nsubj:pass") and fold(c.lemma_) in PLACE_NOUNS and any(
                    d.dep_ == "det" and d.lower_ in ("el", "la", "los", "las", "esta", "este", "dicha", "dicho")
                    for d in c.children):
                return True
        return False

    def _governs_class(self, tok, words: set[str]) -> bool:
        """A word of the class anywhere in what the trigger governs, embedded clauses included."""
        for x, d in _walk(tok, 5):
            if fold(x.lemma_) in words or fold(x.text) in words:
                return True
        return False

    def _anchored(self, m: Mention) -> bool:
        tok = m.tok
        places, _, _ = self._places(m, own_only=True)
        if any(not self._is_country(p) for p in places):
            return True
        for t in self.times:
            if t.value and t.precision == "day" and self._governs_time(tok, t):
                return True
        for x in tok.subtree:
            if x.lower_ == "contra":
                return True
        if any(c.dep_ == "nummod" for c in tok.children):
            return True  # "42 combates en el sector de X": a counted report is specific
        if tok.dep_ == "nsubj" and fold(tok.head.lemma_) in ONGOING:
            for c in tok.head.children:  # "los combates continúan en las afueras de X" / "en sus alrededores"
                if c.dep_ == "obl" and self._case(c).startswith(("en", "cerca", "junto")) and (
                        fold(c.lemma_) in PLACE_NOUNS or fold(c.text) in PLACE_NOUNS or (self._place_entity(c) and not self._is_country(self._place_entity(c).id))):
                    return True
        frame = self._frame_places(tok)
        if any(d <= 20 and not self._is_country(self._place_entity(x).id) for d, _, x in frame if self._place_entity(x)):
            return True  # "En Járkov, el alcalde informó de que los bombardeos ..."
        for x in tok.sent:
            if fold(x.lemma_) in ("muerto", "herido", "fallecido", "víctima") or fold(x.text) in ("muertos", "heridos", "fallecidos"):
                return True
        return False

    def _has_class(self, tok, words: set[str]) -> bool:
        if not words:
            return True
        args = self._arg_tokens(tok, depth=3)
        if tok.dep_ == "acl" and any(c.dep_ in ("obj", "nsubj") and "Rel" in str(c.morph)
                                     for c in tok.children):
            args.append(tok.head)  # "cada nuevo sistema que la OTAN proporcione"
        for x in args:
            if fold(x.lemma_) in words or fold(x.text) in words or fold(x.text).rstrip("s") in words:
                return True
        # a money figure or an arms noun in the same clause (ha comprometido ... en ayuda)
        return False

    def _arg_tokens(self, tok, depth=3):
        """Tokens of the trigger's arguments: its subtree without embedded clauses, a few levels down."""
        out = []
        stack = [(c, 1) for c in tok.children]
        while stack:
            x, d = stack.pop()
            if d > depth:
                continue
            if x.dep_ in ("ccomp", "advcl", "parataxis", "csubj") or (x.dep_ == "conj" and x.pos_ == "VERB"):
                continue
            out.append(x)
            stack.extend((c, d + 1) for c in x.children)
        return out

    def _blocked(self, tok) -> bool:
        """Under a governing word that says it did not or will not happen (refrain, purpose)."""
        x, steps = tok, 0
        while x.head != x and steps < 4:
            for c in x.children:
                if c.dep_ == "mark" and fold(c.text) in self.lex.block:
                    return True
            h = x.head
            if fold(h.lemma_) in self.lex.block or fold(h.text) in self.lex.block:
                return True
            if x.dep_ in ("ccomp", "parataxis", "ROOT"):
                break
            x, steps = h, steps + 1
        return False

    def _negated(self, tok) -> bool:
        for x in (tok, tok.head if tok.dep_ in ("obj", "nsubj", "xcomp") else None):
            if x is None:
                continue
            if any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in x.children):
                return True
        return False

    # ------------------------------------------------------------------ arguments
    def _entity_at(self, tok) -> Optional[Entity]:
        return self.ent_of_char.get(tok.idx)

    def _demonym(self, word: str) -> Optional[Entity]:
        w = fold(word)
        country = self.demonyms.get(w) or self.demonyms.get(w[:-1] if w.endswith("s") else w) \
            or self.demonyms.get(w[:-2] if w.endswith("es") else w)
        return self.by_name.get(fold(country)) if country else None

    def _np_entity(self, tok) -> Optional[str]:
        """Entity id a noun phrase names: the entity itself, else a demonym (``fuerzas rusas``), else ``de X``."""
        e = self._entity_at(tok)
        if e:
            return e.id
        for c in tok.children:
            if c.dep_ == "amod" and self._demonym(c.text):
                return self._demonym(c.text).id
        for c in tok.children:
            if c.dep_ in ("nmod", "appos", "flat"):
                e = self._entity_at(c)
                if e and e.type in ("LOC", "ORG", "PER"):
                    return e.id
        return None

    def _is_country(self, eid: str) -> bool:
        e = self.ents.get(eid)
        return bool(e and fold(e.name) in self.countries)

    def _case(self, tok) -> str:
        cs = [c for c in tok.children if c.dep_ in ("case", "fixed") or (c.dep_ == "advmod" and c.i < tok.i)]
        if tok.dep_ == "obl" and tok.head.lower_ == "cerca":
            return "cerca"
        if tok.head.dep_ in ("advmod",) and tok.head.lower_ == "cerca":
            return "cerca"
        return " ".join(c.lower_ for c in sorted(cs, key=lambda c: c.i))

    def _places(self, m: Mention, own_only: bool = False) -> tuple[list[str], int, bool]:
        """The place entities where it happened (conjoined places: several), their depth, region flag."""
        tok = m.tok
        typ = m.trigger.type
        self._cur_cons = m.trigger.cons
        cands: list[tuple[int, int, object]] = []  # (depth, position, token)
        for x, d in _walk(tok, 5):
            e = self._place_entity(x)
            if not e or self.ent_of_char.get(x.idx - 1) is e:
                continue
            if not self._locative(tok, x, typ):
                continue
            cands.append((d, x.i, x))
        if not cands and tok.dep_ == "acl":  # relative clause: the antecedent ("dos aldeas, A y B, que cayeron")
            ante = tok.head
            near = [(ante, 1)] + [(c, 2) for c in ante.children if c.dep_ in ("appos", "nmod", "conj")]
            if ante.dep_ == "appos":  # "Urozhaine, una aldea que las fuerzas recuperaron"
                near.append((ante.head, 2))
                near += [(c, 3) for c in ante.head.children if c.dep_ in ("nmod", "appos", "flat") and c.i < ante.i]
            for x, d in near:
                e = self._place_entity(x)
                if e:
                    cands.append((d, x.i, x))
        if not cands and tok.dep_ == "obj" and fold(tok.head.lemma_) in self.lex.undergo:
            for c in tok.head.children:  # "la central nuclear de Zaporiyia sufrió tres impactos"
                if c.dep_ in ("nsubj", "nsubj:pass"):
                    for x in [c] + [cc for cc in c.children if cc.dep_ in ("nmod", "appos", "flat")]:
                        if self._place_entity(x):
                            cands.append((2, x.i, x))
                            break
        if not cands and not own_only:
            cands = self._frame_places(tok)
        if not cands:
            return [], 99, False
        # "buena parte de la provincia de Járkov, incluida la ciudad de Kúpiansk": one event per place
        for _, _, x in cands:
            y = x
            while y != tok and y.head != y:
                if fold(y.text) in INCLUDING and y.dep_ in ("acl", "amod", "advmod", "advcl"):
                    h = y.head
                    outer = self._place_entity(h) or next((self._place_entity(c) for c in h.children
                                                          if c.dep_ in ("nmod", "appos", "flat") and self._place_entity(c)), None)
                    inner = self._place_entity(x)
                    if outer and inner and outer.id != inner.id:
                        return [outer.id, inner.id], min(c[0] for c in cands), False
                    break
                y = y.head
        # the most specific place: a village before its region, a region before its country
        cands.sort(key=lambda c: (self._is_country(self._place_entity(c[2]).id), self._water(c[2]), self._region(c[2]),
                                  c[0], c[1]))
        d0, _, best = cands[0]
        eid = self._place_entity(best).id
        region = self._region(best)
        places = [eid]
        if not region:  # "dos aldeas, Zaporizke y Novoheorhiivka": one event per place
            for c in best.children:
                if c.dep_ == "conj":
                    e = self._entity_at(c)
                    if e is None and fold(c.lemma_) in PLACE_NOUNS:  # "y de la aldea de Lyptsi"
                        for cc in c.children:
                            if cc.dep_ in ("nmod", "appos", "flat"):
                                e = self._place_entity(cc)
                                if e:
                                    break
                    if e and (e.type == "LOC" or e is self._place_entity(c)) and e.id not in places:
                        places.append(e.id)
            if best.dep_ == "appos" or any(c.dep_ == "conj" for c in best.children):
                pass
        return places, d0, region

    def _place_entity(self, tok) -> Optional[Entity]:
        """The place a token names: a LOC entity, or any name after "la ciudad de" / "la región de"."""
        e = self._entity_at(tok)
        if e is None or fold(e.name) in self.lex.notplace:
            return None
        if e.type == "LOC":
            return e
        if e.type in ("PER", "MISC") and len(e.name.split()) == 1 and tok.pos_ == "PROPN" and (
                tok.dep_ == "obj" or self._case(tok).startswith(("en", "contra", "sobre", "hacia", "cerca"))
                or self._case(tok).startswith("de") and tok.head.pos_ == "NOUN" and tok.head.i < tok.i):
            return e  # an unknown one-word name in a place slot ("contra Járkov") is a place the NER mistyped
        h = tok.head
        if tok.dep_ in ("nmod", "appos", "flat") and (fold(h.lemma_) in PLACE_NOUNS or fold(h.text) in PLACE_WORDS):
            return e
        return None

    def _water(self, tok) -> bool:
        return fold(tok.head.lemma_) in WATER or (tok.i > 0 and fold(tok.doc[tok.i - 1].lemma_) in WATER)

    def _trigger_noun(self, tok) -> bool:
        return tok.pos_ in NOMINAL_POS and (fold(tok.text) in self.lex.noun_index or fold(tok.lemma_) in self.lex.noun_index)

    def _region(self, tok) -> bool:
        h = tok.head
        return fold(h.text) in PLACE_WORDS or fold(h.lemma_) in PLACE_WORDS

    def _locative(self, trig, x, typ: str) -> bool:
        """Is place token ``x`` (in the trigger's subtree) where the event happened?"""
        # climb from x to the trigger: the relation of the first step below the trigger decides
        path = []
        y = x
        while y != trig and y.head != y:
            path.append(y)
            y = y.head
        if y != trig:
            return False
        top = path[-1] if path else x
        case = self._case(top)
        if self._case(x).split()[:1] == ["con"]:
            return False  # "cerca de la frontera con Ucrania", "con misiles": not where it happened
        if any(p.dep_ in ("ccomp", "advcl", "parataxis", "csubj") for p in path):
            return False
        if any(p.dep_ == "acl" and p.pos_ in ("VERB", "AUX") and p.head != trig and (
                self._trigger_noun(p.head) or p.head.pos_ == "NOUN" and p.head.lemma_ in _PEOPLE | _GROUPS) for p in path):
            return False  # "la explosión que dañó el puente de Crimea", "militares, que serán trasladados a Moscú"
        # reference points, not locations: "al suroeste de Bajmut" (when below another place)
        for p in path[:-1]:
            if fold(p.text) in ("norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste",
                                "sudeste", "sudoeste", "km", "kilometros", "frontera", "fronteras") and p != top:
                if len(path) > 2:
                    return True  # still a candidate; depth ranks it below the real place
        if typ in ("aid", "diplomacy", "mobilization", "threat"):
            if any(fold(p.lemma_) not in PLACE_NOUNS and not self._held(p) for p in path[1:]):
                return False  # "ayuda a la seguridad de Ucrania": not where it happened
            # recipients and parties are not places: only "en X" / "de X" for a meeting place
            if top.dep_ in ("obj", "iobj", "nsubj") or case.startswith("a") and not (
                    "dest" in self._cur_cons and case.split()[0] in ("a", "al", "hasta")):
                return False
            if typ != "diplomacy" and case.startswith("de"):
                return False
            if case.startswith("de") and self._is_country(self._entity_at(x).id):
                return False
            if case.startswith(("contra", "hacia", "desde", "entre")):
                return False
            return True
        if top.dep_ in ("nsubj",) and typ != "territory_change":
            return False
        if top.dep_ == "nsubj" and typ == "territory_change":
            # "Bajmut cayó": the place; "Rusia tomó X": the actor
            return trig.lemma_ in ("caer",) or trig.lower_.startswith("ca")
        if case.startswith("de") and self._is_country(self._entity_at(x).id) and typ in ("attack", "clash"):
            return False  # "ataque de Rusia": the actor
        if case.startswith(("desde", "por", "según")) or any(self._case(p).startswith(("por", "según")) for p in path):
            return False  # "lanzados por Rusia": the agent
        return True

    def _held(self, p) -> bool:
        """A participle saying where the event took place: "la reunión celebrada en Bruselas"."""
        if p.dep_ not in ("acl", "amod") or "Part" not in p.morph.get("VerbForm"):
            return False
        return _participle_lemma(p) & (self.lex.light | self.lex.result) != set()

    def _frame_places(self, tok) -> list[tuple[int, int, object]]:
        """No place among its own arguments: a locative of the clause frame ("En Kiev, ... dijo que ...")."""
        out = []
        x, steps = tok, 0
        while steps < 4:
            h = x.head
            if h == x:
                break
            for c in h.children:
                if c == x or c.dep_ not in ("obl", "nmod", "advmod"):
                    continue
                case = self._case(c)
                if not case.startswith(("en", "cerca", "sobre")):
                    continue
                e = self._entity_at(c)
                if e is None and fold(c.lemma_) in PLACE_NOUNS:  # "en la región de Luhansk"
                    for cc in c.children:
                        if cc.dep_ in ("nmod", "appos", "flat") and self._entity_at(cc):
                            e, c = self._entity_at(cc), cc
                            break
                if e and e.type == "LOC":
                    out.append((10 + steps, c.i, c))
            x, steps = h, steps + 1
        if out:
            return out
        # a sentence-initial locative frame: "En Kiev, ..." / "Cerca de Bakhmut, ..."
        sent = tok.sent
        words = [t for t in sent if not t.is_space]
        if len(words) > 3 and words[0].lower_ not in ("en", "cerca", "sobre", "desde"):
            comma = next((k for k, t in enumerate(words[:4]) if t.text == ","), None)
            if comma is not None and words[0].pos_ in ("ADV", "CCONJ", "SCONJ", "ADP"):
                words = words[comma + 1:]  # "Mientras, en la ciudad de Sumy, ...": a connective first
        if words and words[0].lower_ in ("en", "cerca", "sobre", "desde"):
            for t in words[:8]:
                if t.text == ",":
                    break
                e = self._entity_at(t)
                if e and e.type == "LOC" and t.i < tok.i:
                    out.append((20, t.i, t))
                    break
        return out

    def _noun_actors(self, tok) -> list[str]:
        out = []
        for c in tok.children:
            if c.dep_ == "amod" and self._demonym(c.text):
                out.append(self._demonym(c.text).id)
            if c.dep_ in ("nmod", "det") and (self._case(c).startswith(("de", "del", "por")) or c.dep_ == "det"):
                e = self._entity_at(c)
                if e and (e.type in ("ORG", "PER") or self._is_country(e.id)):
                    out.append(e.id)
        return out

    def _arguments(self, m: Mention) -> None:
        tok, typ = m.tok, m.trigger.type
        places, depth, region = self._places(m)
        if not places and m.trigger.pos == "N" and tok.dep_ == "nsubj" and fold(tok.head.lemma_) in ONGOING:
            places = self._ongoing_places(tok.head)  # "los combates continúan en las afueras de X": X
        m.places, m.place_depth, m.region_place = places, depth, region
        if not places:
            for x, d in _walk(tok, 2):
                if fold(x.lemma_) in PLACE_NOUNS and x.pos_ == "NOUN" and x.dep_ in ("obj", "obl", "nmod", "nsubj"):
                    m.place_noun = fold(x.lemma_)
                    m.place_plural = x.morph.get("Number") == ["Plur"] or fold(x.text).endswith("s")
                    m.place_def = (d == 1 or d == 2 and m.trigger.pos == "N" and fold(x.head.lemma_) in
                                   self.lex.classes.get("forces", set())) and any(c.dep_ == "det" and c.lower_ in ("el", "la", "los", "las", "esta", "este",
                                                                                   "dicha", "dicho") for c in x.children)
                    break
            h = tok.head
            if m.place_noun is None and tok.dep_ == "acl" and fold(h.lemma_) in PLACE_NOUNS and typ == "territory_change" \
                    and any(c.dep_ == "det" and c.lower_ in ("el", "la", "los", "las", "esta", "este") for c in h.children):
                m.place_noun, m.place_def = fold(h.lemma_), True  # "se trata de la mayor ciudad que cae en manos de X"
        actors: list[str] = []
        targets: list[str] = []
        passive = any(c.dep_ in ("aux:pass",) or (c.dep_ == "aux" and c.lemma_ == "ser") for c in tok.children) \
            or (m.tag == "part" and tok.dep_ in ("acl", "amod"))
        if m.trigger.pos == "V":
            for c in tok.children:
                eid = self._np_entity(c) if c.pos_ in ("NOUN", "PROPN", "PRON") else None
                case = self._case(c)
                if c.dep_ in ("nsubj", "nsubj:pass"):
                    if eid:
                        (targets if passive else actors).append(eid)
                elif c.dep_ in ("obl:agent",) or (c.dep_ == "obl" and case == "por" and passive):
                    if eid:
                        actors.append(eid)
                elif c.dep_ in ("obj", "iobj") or case in ("a", "contra"):
                    if eid and eid not in places:
                        targets.append(eid)
            if typ == "aid" and fold(tok.lemma_).startswith("recib"):
                actors, targets = [], actors + targets
            if tok.dep_ in ("acl", "amod") and not actors and not targets:
                # "globos rusos ... derribados", "reservistas reclutados en diciembre"
                eid = self._np_entity(tok.head)
                if eid and typ == "interception":
                    targets.append(eid)
        else:
            actors += self._noun_actors(tok)
            for c in tok.children:
                case = self._case(c)
                eid = self._np_entity(c) if c.pos_ in ("NOUN", "PROPN") else None
                if eid and case.startswith(("contra", "a")) and eid not in places:
                    targets.append(eid)
            if not actors:  # the subject of a light verb: "Rusia está llevando a cabo un ataque"
                h = tok.head
                if tok.dep_ in ("obj", "nsubj", "obl") and (fold(h.lemma_) in self.lex.light or h.lemma_ in ("haber",)):
                    for c in h.children:
                        if c.dep_ == "nsubj":
                            eid = self._np_entity(c)
                            if eid:
                                actors.append(eid)
        if not actors and tok.dep_ in ("acl", "amod") and typ == "mobilization":
            root = tok.sent.root
            for c in root.children:
                if c.dep_ == "nsubj":
                    eid = self._np_entity(c)
                    if eid:
                        actors.append(eid)
        m.actors = _uniq(a for a in actors if a not in places or typ in ("aid", "diplomacy"))
        m.targets = _uniq(t for t in targets if t not in m.actors)

    # ------------------------------------------------------------------ status and date
    def _grammar_status(self, m: Mention) -> None:
        tok = m.tok
        lex = self.lex
        tags = []
        if m.tag:
            tags.append(m.tag)
        if m.trigger.pos == "V":
            for c in tok.children:
                if c.dep_ in ("aux", "aux:pass", "cop"):
                    tg = verb_tag(c.text)
                    if tg:
                        tags.append(tg)
                    if fold(c.lemma_) in lex.expect or fold(c.text).startswith(("va", "van", "iba")):
                        if fold(c.lemma_) == "ir":
                            tags.append("fut")
                    if fold(c.text) in ("podria", "podrian", "podra", "podran"):
                        tags.append("cond" if "ia" in fold(c.text) else "fut")
        gov = tok.head if tok.head != tok else None
        # a noun trigger takes the form of the verb it is an argument of ("se prevé una ofensiva")
        realized = m.trigger.pos == "N" and self._realized(tok)
        background_pp = any(c.dep_ in ("case", "mark") and fold(c.text) in BACKGROUND_CASES for c in tok.children)
        if m.trigger.pos == "N" and gov is not None and tok.dep_ in ("nsubj", "obj", "nsubj:pass", "obl") and not realized \
                and not background_pp:  # "reanudará la ayuda tras la reunión": the meeting is behind
            tg = verb_tag(gov.text)
            if tg:
                tags.append(tg)
            if fold(gov.lemma_) in lex.expect or fold(gov.text) in lex.expect:
                tags.append("fut")
            for c in gov.children:
                if c.dep_ in ("aux", "cop"):
                    tg = verb_tag(c.text)
                    if tg:
                        tags.append(tg)
        if gov is not None and tok.dep_ in ("obj", "nsubj:pass") and m.trigger.type in lex.expect_for.get(fold(gov.lemma_), ()):
            tags.append("fut")  # "anunció el envío de ...": announced, still to come
        attempt = gov is not None and fold(gov.lemma_) in lex.attempt and m.trigger.type == "clash"
        if gov is not None and tok.dep_ in ("xcomp",) and (fold(gov.lemma_) in lex.expect) and not attempt:
            tags.append("fut")
        if gov is not None and tok.dep_ == "xcomp" and m.trigger.pos == "V" and m.tag == "inf":
            tg = verb_tag(gov.text)  # "volverán a reunirse": the infinitive takes its governor's tense
            if tg:
                tags.append(tg)
        for c in tok.children:
            if c.dep_ == "amod" and (fold(c.lemma_) in lex.expect or fold(c.text) in lex.expect):
                tags.append("fut")
        for c, _ in _walk(tok, 2):  # "las entregas de armamento prometidas"
            if c.dep_ in ("amod", "acl") and (fold(c.lemma_) in lex.expect_for or fold(c.text) in lex.expect_for) and \
                    m.trigger.type in lex.expect_for.get(fold(c.lemma_), lex.expect_for.get(fold(c.text), ())):
                tags.append("fut")
            if c.dep_ == "mark" and fold(c.text) in lex.hypo:
                tags.append("hypo")
            if c.dep_ == "amod" and fold(c.text) in lex.hypo:
                tags.append("hypo")
        complement = tok.dep_ in ("ccomp",) or (tok.head != tok and tok.head.dep_ == "ccomp" and m.trigger.pos == "N")
        under_report = complement or self._reported(tok)
        mood = None
        if m.trigger.type == "threat" and m.trigger.pos == "V":
            tags = [t for t in tags if t not in ("hypo", "cond")] if m.tag not in ("cond", "fut") else tags
        if "hypo" in tags:
            mood = "hypothetical"
        elif "cond" in tags:
            mood = "expected" if under_report else "hypothetical"
        elif "fut" in tags:
            mood = "expected"
        elif "subj" in tags and m.tag == "subj":
            mood = "expected"
        m.mood = mood

    def _realized(self, tok) -> bool:
        """A noun with a past participle of its own ("el paquete de ayuda aprobado por el Congreso"): it happened."""
        for c, d in _walk(tok, 2):
            if c.dep_ in ("amod", "acl") and "Part" in c.morph.get("VerbForm") and c.i > tok.i and \
                    not (_participle_lemma(c) & (self.lex.expect | self.lex.hypo | set(self.lex.expect_for))) and \
                    fold(c.text) not in self.lex.expect_for and c.morph.get("Tense") != ["Pres"]:
                return True
        return False

    def _reported(self, tok) -> Optional[tuple[str, object]]:
        """A reporting verb (fallback lexicon) whose content holds the trigger: (stance, verb token)."""
        lex = self.lex
        x = tok
        for _ in range(5):
            for c in x.children:  # postposed "..., dijo X" / "según X"
                if c.dep_ in ("parataxis", "advcl") and fold(c.text) in lex.report_forms and c.i > tok.i \
                        and not any(k.dep_ == "mark" and k.lower_ in ("para", "sin") for k in c.children):  # "para sostener a Ucrania"
                    return lex.report[lex.report_forms[fold(c.text)]], c
                if c.dep_ in ("obl", "nmod") and any(k.lower_ == "según" for k in c.children):
                    return "assert", c
            h = x.head
            if h == x:
                break
            if fold(h.text) in lex.report_forms and x.dep_ in ("ccomp", "obj", "parataxis", "xcomp", "csubj", "nsubj"):
                lem = lex.report_forms[fold(h.text)]
                if x.dep_ == "nsubj" and lem != "según":
                    break
                stance = lex.report[lem]
                if stance == "confirm" and any(k.dep_ == "advmod" and k.lower_ == "no" for y in (h, h.head) for k in y.children):
                    stance = "unverified"  # "no ha podido confirmar la captura de X"
                return stance, h
            if x.dep_ in ("ccomp", "parataxis") or h.pos_ in ("VERB",) and x.dep_ not in ("conj", "xcomp", "acl", "amod", "obj", "nsubj", "obl", "nmod"):
                break
            x = h
        # "según dijo" anywhere in the trigger's clause
        for y in tok.sent:
            if y.lower_ == "según" and (y.head == tok or y.head.head == tok or y.i > tok.i - 12 and y.i < tok.i):
                return "assert", y
        return None

    def _date(self, m: Mention, st) -> None:
        tok = m.tok
        best, best_d = None, 99
        compared = [c for c in tok.children if fold(c.lemma_) in COMPARISON or fold(c.text) in COMPARISON]
        for t in self.times:
            if not t.value:
                continue
            if any(c.idx <= t.span[0] < c.idx + sum(len(x.text_with_ws) for x in c.subtree) + 200 and
                   any(x.idx == t.span[0] for x in c.subtree) for c in compared):
                continue  # "una nueva movilización similar a la de septiembre de 2022": 2022 dates the other one
            d = self._time_distance(tok, t)
            if d is not None and d < best_d:
                best, best_d = t, d
        if best is None and self.published and m.trigger.type in ("attack", "interception") and self._overnight(tok):
            # "durante la noche" in a same-day report: the night before publication
            m.date = EventDate(self.published.isoformat(), "day", "publication")
        if best is not None:
            m.date = EventDate(best.value, best.precision, getattr(best, "basis", None) or "relative")
        elif self.published and m.trigger.type == "diplomacy" and tok.dep_ in ("obl", "nmod"):
            # "dijo tras la reunión": the meeting the speaker comes from is of the reporting day
            h = tok.head if tok.head.pos_ in ("VERB",) else tok.head.head
            case = self._case(tok)
            if fold(h.text) in self.lex.report_forms and (case in ("tras", "de", "a") or tok.head.lower_ in ("después", "antes", "llegada")):
                rep_time = next((t for t in self.times if t.value and self._governs_time(h, t)), None)
                if rep_time is not None:
                    m.date = EventDate(rep_time.value, rep_time.precision, getattr(rep_time, "basis", None) or "relative")
                else:
                    m.date = EventDate(self.published.isoformat(), "day", "publication")
        if m.date and self.published and m.mood is None and m.date.value > self.published.isoformat()[:len(m.date.value)]:
            m.mood = "expected"

    def _governs_time(self, tok, t: TimeExpr) -> bool:
        """Is the time expression an argument of the trigger (or of its light verb)?"""
        return self._time_distance(tok, t) is not None

    @staticmethod
    def _between(top, x) -> set[int]:
        out, y = set(), x
        while y != top and y.head != y:
            out.add(y.i)
            y = y.head
        return out

    def _time_heads(self, tok) -> dict[int, int]:
        """Tokens whose time is the trigger's time -> extra distance: the trigger, its light verb, the verb
        a noun trigger is the occasion of ("murieron en un ataque ..."), through frame nouns ("su campaña de")."""
        heads = {tok.i: 0}
        x, extra = tok, 0
        if x.dep_ == "nmod" and fold(x.head.lemma_) in self.lex.frame and x.head.pos_ == "NOUN":
            x, extra = x.head, 1
            heads[x.i] = extra
        h = x.head
        if h.i in self.phrase_of.get(tok.i, ()):  # "rechazaron la víspera cinco ataques": the phrase's own verb
            heads.setdefault(h.i, 1)
            return heads
        if tok.dep_ == "xcomp" and tok.pos_ in ("VERB", "AUX") and h != tok:
            heads.setdefault(h.i, 1)  # "volverán a reunirse el próximo lunes"
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and h.pos_ == "VERB" and h != tok:
            heads.setdefault(h.i, 2)  # "decretó ayer una movilización ... y advirtió": one time for both
        if h == x or fold(h.text) in self.lex.report_forms:  # "reivindicó este jueves la toma": the claim's day
            return heads
        case = self._case(x)
        if (fold(h.lemma_) in self.lex.light or x.dep_ == "obj"
                or x.dep_ == "nsubj" and m_is_noun(x) and fold(h.lemma_) in self.lex.result):
            heads.setdefault(h.i, extra + 1)
        elif m_is_noun(tok) and x.dep_ == "obl" and h.pos_ == "VERB" and case.startswith(("en", "durante", "gracias", "mediante")):
            heads.setdefault(h.i, extra + 2)
        return heads

    def _time_distance(self, tok, t: TimeExpr) -> Optional[int]:
        heads = self._time_heads(tok)
        doc = tok.doc
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is None:
            return None
        # the time's syntactic head must hang from the trigger without crossing a clause
        x = span.root
        for steps in range(6):
            if x.i in heads:
                return steps + heads[x.i]
            if x.dep_ == "nmod" and self._case(x).startswith(("desde", "hasta")) and x.head.pos_ in NOMINAL_POS:
                return None  # "el primer ataque desde noviembre de 2022": a comparison, not the event's time
            if x.dep_ == "acl" and x.head.i == tok.i:
                x = x.head  # "la explosión que dañó el puente el pasado sábado": the trigger's own relative clause
                continue
            if x.dep_ in ("ccomp", "advcl", "parataxis", "acl", "xcomp", "csubj") and x.pos_ in ("VERB", "AUX"):
                deadline = x.dep_ == "advcl" and (x.head.lower_ in ("antes", "hasta") or any(
                    c.dep_ == "mark" and c.lower_ in ("antes", "hasta") for c in x.children))
                if not deadline:  # "antes de que termine 2024" dates what must happen by then
                    return None
            if x.head == x:
                break
            x = x.head
        return None

    def _overnight(self, tok) -> bool:
        near = [x for x in tok.subtree if self.sent_of.get(x.i) == self.sent_of.get(tok.i)
                and not any(a.dep_ in ("ccomp", "parataxis") for a in x.ancestors if a.i in self._between(tok, x))]
        if m_is_noun(tok) and tok.head != tok:
            near += [c for c in tok.head.children if c.dep_ in ("obl", "advmod")]
        return any(fold(x.text) in ("noche", "madrugada", "anoche") for x in near)

    def _background(self, tok) -> bool:
        """Told by the outlet as background inside someone's words: a description appended to a place
        ("Urozhaine, una aldea que las fuerzas recuperaron en agosto") or a reference point of time or
        cause ("después del inicio de la contraofensiva", "como respuesta a la explosión")."""
        x = tok
        for _ in range(6):
            h = x.head
            if h == x:
                return False
            if x.dep_ == "acl" and x.pos_ in ("VERB", "AUX") and h.dep_ == "appos":
                return True
            if x.pos_ in NOMINAL_POS and x.dep_ in ("nmod", "obl"):
                if any(c.dep_ in ("case", "mark") and fold(c.text) in BACKGROUND_CASES for c in x.children):
                    return True
                if x.dep_ == "nmod" and fold(h.lemma_) in BACKGROUND_NOUNS:
                    return True
            if x.pos_ in ("VERB", "AUX") and x.dep_ in ("ROOT", "ccomp", "parataxis"):
                return False
            x = h
        return False

    def _report_status(self, m: Mention, statements: list[Statement]) -> None:
        s0, _ = m.span
        if m.trigger.pos == "N" and self._background(m.tok) or m.trigger.pos == "V" and m.tok.dep_ == "acl" \
                and m.tok.head.dep_ == "appos":
            m.presupposed = True
            m.status = self._combine([], m.mood)
            return
        for s in statements:
            a, b = s.content_span
            inside = a <= s0 < b
            if not inside and s.cue_span and s.stance in ("deny", "confirm") and s.target is None:
                inside = False
            if inside and s.stance == "deny" and self._compared(m.tok, s.content_span):
                m.presupposed = True  # "negó que planee una nueva movilización similar a la de 2022": 2022 is not denied
                m.reported_by, m.stances = [], []
                m.status = self._combine([], m.mood)
                return
            if inside and s.stance in ("deny", "confirm") and not self._core(m.tok, s.content_span):
                continue
            if inside and m.trigger.pos == "N" and m.tok.dep_ in ("nsubj", "nsubj:pass") and self._realized(m.tok) \
                    and not (_participle_lemma(m.tok.head) & (self.lex.result | self.lex.light)):
                m.presupposed = True
                continue  # "... que el paquete de ayuda aprobado por el Congreso no cambiará nada": presupposed  # "... fecha de inicio de la ofensiva": background inside a denial is not denied
            if inside:
                m.reported_by.append(s.id)
                m.stances.append((s.stance, s.source))
        if len(m.reported_by) > 1:  # "afirmó que ... y ha negado que X": the inner report speaks for X, not the outer
            by_id = {s.id: s for s in statements}
            inner = [i for i, sid in enumerate(m.reported_by) if not any(
                o != sid and by_id[o].cue_span and by_id[sid].content_span[0] <= by_id[o].cue_span[0] < by_id[sid].content_span[1]
                for o in m.reported_by)]
            if inner and len(inner) < len(m.reported_by):
                m.reported_by = [m.reported_by[i] for i in inner]
                m.stances = [m.stances[i] for i in inner]
        if not m.reported_by and not m.presupposed:
            rep = self._reported(m.tok)
            if rep:
                m.stances.append((rep[0], None))
            elif any(a <= s0 < b for a, b in self.quoted):
                m.stances.append(("assert", None))
        m.status = self._combine(m.stances, m.mood)

    def _compared(self, tok, span: tuple[int, int]) -> bool:
        """Is the trigger only the term of a comparison ("similar a la movilización de 2022") in a content span?"""
        x = tok
        for _ in range(6):
            h = x.head
            if h == x or not (span[0] <= h.idx < span[1]):
                return False
            if x.dep_ in ("advcl", "acl", "acl:relcl") and any(c.lower_ == "cuando" for c in x.children) and any(
                    y.morph.get("Tense") == ["Past"] and y.morph.get("VerbForm") == ["Fin"] for y in [x, *x.children]):
                return True  # "..., cuando unos 300.000 reservistas fueron llamados a filas": a past occasion told as background
            if fold(h.lemma_) in COMPARISON or any(c.dep_ == "case" and fold(c.lower_) in COMPARISON for c in x.children) \
                    and x.dep_ in ("nmod", "obl"):
                return True
            x = h
        return False

    def _core(self, tok, span: tuple[int, int]) -> bool:
        """Is the trigger the main predicate of a content span (or one of its direct arguments)?"""
        x = tok
        for _ in range(12):
            h = x.head
            if h == x or not (span[0] <= h.idx < span[1]):
                return True
            if x.dep_ in ("appos", "acl", "advcl", "parataxis") or x.dep_ == "nmod" and h.dep_ == "appos":
                return False
            x = h
        return False

    @staticmethod
    def _combine(stances: list[tuple[str, Optional[str]]], mood: Optional[str]) -> str:
        if mood:
            return mood
        kinds = [s for s, _ in stances if s in ("assert", "deny", "confirm", "unverified")]
        if not kinds:
            return "asserted"
        deny_src = {src for s, src in stances if s == "deny"}
        assert_src = {src for s, src in stances if s in ("assert", "unverified")}
        if "confirm" in kinds:
            return "confirmed"
        if "deny" in kinds:
            if assert_src and (assert_src != deny_src or None in assert_src):
                return "disputed"
            return "denied"
        return "claimed"

    # ------------------------------------------------------------------ figures
    def _figures(self, mentions: list[Mention], st) -> None:
        by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sent.setdefault(m.sent, []).append(m)
        for f in st.figures:
            kind = _casualty_kind(f, self.doc)
            if kind is None:
                continue
            span = self.doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
            if span is None:
                continue
            si = self.sent_of.get(span.start, -1)
            cands = [m for m in by_sent.get(si, []) if m.trigger.type in ("attack", "clash", "interception")]
            if not cands:
                # "El ataque ... " before; a toll sentence right after a strike sentence
                prev = [m for m in by_sent.get(si - 1, []) if m.trigger.type in ("attack", "clash")]
                if prev and not by_sent.get(si):
                    cands = prev
            if not cands:
                continue
            # the trigger that governs the figure, else the nearest one before it
            target = None
            anc = {a.i for a in span.root.ancestors}
            for m in cands:
                if m.tok.i in anc:
                    target = m
            if target is None:
                before = [m for m in cands if m.span[0] <= f.span[0]]
                target = before[-1] if before else cands[0]
            val = int(f.value)
            if kind == "fatalities":
                target.fatalities = max(target.fatalities or 0, val)
            else:
                target.injured = max(target.injured or 0, val)
        # "la cifra de muertos ... se elevó a 20": a toll whose number has no counted noun
        from .numbers import parse_number

        for mm in _TOLL.finditer(self.text):
            val = parse_number(mm.group("n"))
            span = self.doc.char_span(mm.start(), mm.end(), alignment_mode="expand")
            if val is None or span is None:
                continue
            si = self.sent_of.get(span.start, -1)
            cands = [m for m in by_sent.get(si, []) + by_sent.get(si - 1, []) if m.trigger.type in ("attack", "clash")]
            if not cands:
                continue
            target = min(cands, key=lambda m: abs(m.span[0] - mm.start()))
            if fold(mm.group("k")).startswith(("muert", "fallec", "victimas mortales")):
                target.fatalities = max(target.fatalities or 0, int(val))
            else:
                target.injured = max(target.injured or 0, int(val))

    # ------------------------------------------------------------------ merging
    def _merge(self, mentions: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in sorted(mentions, key=lambda m: m.span):
            target = None
            for g in reversed(groups):
                if self._same(g, m):
                    target = g
                    break
            if target is None and m.trigger.pos == "N" and m.definite and not m.is_new and not m.places and not m.date \
                    and m.fatalities is None and m.injured is None and m.trigger.type in ("attack", "clash") \
                    and not any(c.dep_ in ("acl", "appos") or c.dep_ == "nmod" and self._case(c).startswith(("de", "del", "contra", "sobre"))
                                for c in m.tok.children):  # "el bombardeo de nuestras ciudades" is told for itself
                # "el «ataque masivo»" with nothing of its own, after a strike was told: the lead strike again
                target = next((g for g in groups if g[0].trigger.type == m.trigger.type and 0 < m.sent - g[-1].sent <= 10
                               and m.sent - g[0].sent <= 12 and {x.mood for x in g} == {m.mood}), None)
            if target is None:
                if not m.ref_only:
                    groups.append([m])
            else:
                target.append(m)
        return groups

    def _same(self, g: list[Mention], m: Mention) -> bool:
        first = g[0]
        if first.trigger.type != m.trigger.type:
            return False
        if any(x.sent == m.sent and self._new_vs_old(x, m) for x in g):
            return False  # "una nueva movilización similar a la movilización parcial de 2022": two call-ups
        gp0 = _group_places(g)
        gd0 = next((x.date for x in g if x.date), None)
        date_ok = not (gd0 and m.date and gd0.value[:len(m.date.value)] != m.date.value[:len(gd0.value)])
        if m.trigger.type in ("attack", "interception", "clash") and any(x.sent == m.sent for x in g) and not m.is_new \
                and not m.ref_only and date_ok and (not m.places or set(m.places) == set(gp0)) \
                and {x.mood for x in g} == {m.mood}:
            return True  # "lanzó una oleada de ataques ... en la mayor ofensiva aérea": one strike told twice in a sentence
        if m.trigger.pos == "V" and m.tag == "part" and m.tok.dep_ in ("acl", "amod") and not m.places and not m.date \
                and m.trigger.type in ("attack", "interception") and 0 < m.sent - g[-1].sent <= 10:
            return True  # "los misiles lanzados por Rusia", "el número de misiles interceptados": the weapons of a told wave
        if m.trigger.type in ("mobilization", "threat") and all(self._is_country(p) for p in m.places) and not m.date \
                and not m.is_new \
                and not m.indefinite and 0 < m.sent - g[-1].sent <= 10:
            ga0 = {a for x in g for a in x.actors}
            if not m.actors or ga0 & set(m.actors):  # "las amenazas veladas de Rusia" after an actorless warning: new
                if m.trigger.pos == "N" and m.definite or \
                        m.trigger.type == "mobilization" and m.trigger.pos == "V" and m.sent - g[-1].sent <= 3:
                    return True  # "decretó una movilización" ... "serán llamados a filas" ... "la movilización demuestra"
        if any(x.sent == m.sent and x.trigger.pos == m.trigger.pos and x.places == m.places for x in g) and \
                all(x.tok.i != m.tok.i for x in g):
            # two mentions of one type in one clause ("comprometido ... ayuda") are one event
            if any((m.tok in x.tok.subtree or x.tok in m.tok.subtree) and not self._new_vs_old(x, m) for x in g):
                return True
        for x in g:  # "repelieron 14 asaltos", "su campaña de reclutamiento, en la que prevé llamar a filas"
            if x.sent == m.sent and x.tok.i != m.tok.i and not self._new_vs_old(x, m) and (not x.places or not m.places or x.places == m.places) \
                    and not (m.date and not x.date and x.trigger.pos == "N") \
                    and not (x.actors and m.actors and not set(x.actors) & set(m.actors)) \
                    and (_dominates(self._np_top(x.tok), m.tok, self.lex) or _dominates(self._np_top(m.tok), x.tok, self.lex)):
                return True
        if m.ref_only:
            return m.sent - g[-1].sent <= 4 and (m.trigger.pos == "V" or any(
                "ref" in x.trigger.cons and x.trigger.pos == "N" for x in g))
        if m.trigger.type == "diplomacy" and not m.is_new and 0 < m.sent - g[-1].sent <= 6 and _group_places(g):
            gp_ents = {id(self.ents.get(p)) for p in _group_places(g)}
            named = set(m.places) or {p for t in m.tok.subtree if (e := self.ent_of_char.get(t.idx)) is not None
                                      and id(e) in gp_ents for p in [e.id]}
            if named and named == set(_group_places(g)):
                return True  # "una reunión ... en Bruselas" ... "tras las conversaciones de Bruselas": one meeting
        if m.is_new or (m.indefinite and m.trigger.pos == "N" and not m.places):
            return False
        if m.trigger.type in ("aid", "mobilization", "threat") and m.sent != g[-1].sent:
            return False  # transfers, call-ups and threats are told once each; repeats are rare
        gp = _group_places(g)
        if m.places and gp and set(m.places) != set(gp):
            return False
        if len(m.places) > 1 and not gp and m.sent - g[-1].sent <= 2 and any(x.place_plural for x in g):
            return True  # "entraron en dos aldeas" ... "dos aldeas, A y B, que cayeron": one report
        if len(gp) > 1 and not m.places and m.place_plural and m.sent - g[-1].sent <= 2:
            return True  # "la captura de ambas aldeas"
        if m.place_def and not m.places and gp and m.sent - g[-1].sent <= 3 and m.trigger.type == "territory_change":
            return True  # "se han retirado de la localidad": the place just named
        if ({x.mood for x in g} != {m.mood}) and not (m.mood is None and all(x.mood is None for x in g)):
            return False
        gd = next((x.date for x in g if x.date), None)
        if gd and m.date and gd.value[:len(m.date.value)] != m.date.value[:len(gd.value)]:
            return False
        ga = {a for x in g for a in x.actors}
        if ga and m.actors and not (ga & set(m.actors)):
            return False
        last = g[-1]
        distance = m.sent - last.sent
        same_place = bool(m.places and gp and set(m.places) == set(gp))
        if same_place and distance <= 3 and m.trigger.type == "territory_change" and \
                not (m.date and not gd) and m.mood == last.mood:
            return True  # "la toma de X" ... "han liberado por completo X": a place changes hands once (strikes recur)
        headline = any(x.headline for x in g) or m.headline
        if m.trigger.pos == "N" and m.definite and (m.bare or same_place):
            return distance <= 4 or same_place or headline
        if m.trigger.pos == "N" and m.definite and any(x.trigger.words == m.trigger.words for x in g):
            return distance <= 8  # "una reunión ..." then "la reunión de ministros"
        no_figs = all(x.fatalities is None and x.injured is None for x in g)
        if (m.trigger.pos == "V" and not m.places and not m.date and (m.fatalities is None and m.injured is None or no_figs)
                and distance <= 3 and m.trigger.type in ("attack", "interception") and not m.place_plural):
            return True  # "Un ataque contra Járkov ... Los misiles alcanzaron un edificio": the same strike
        lp = next((x.place_noun for x in g if x.place_noun), None)
        if lp and m.place_noun and lp != m.place_noun:
            return False  # "en una región" and "en dos aldeas" are two entries
        if same_place and (any(x.trigger.words == m.trigger.words for x in g) or headline):
            return True
        if same_place and m.trigger.type == "attack" and m.fatalities is None and m.injured is None and not m.is_new:
            g_src = {src for x in g for _, src in x.stances if src}
            m_src = {src for _, src in m.stances if src}
            if g_src and m_src and not g_src & m_src:
                return True  # "sus fuerzas atacaron ... instalaciones" in Dnipró: the other side's version of that strike
        if m.trigger.words == last.trigger.words and distance <= 2:
            return True
        return False

    @staticmethod
    def _new_vs_old(x: Mention, m: Mention) -> bool:
        """The same noun twice, once marked new: "una nueva movilización similar a la movilización de 2022"."""
        return x.trigger.words == m.trigger.words and x.trigger.pos == m.trigger.pos == "N" and x.is_new != m.is_new

    def _both_sides(self, stances, actors: list[str]) -> bool:
        srcs = {src for st_, src in stances if st_ in ("assert", "confirm") and src}
        if len(srcs) < 2:
            return False
        own = {s for s in srcs if any(self._affiliated(s, a) for a in actors)}
        return bool(own) and bool(srcs - own)

    def _affiliated(self, src: str, actor: str) -> bool:
        if src == actor:
            return True
        se, ae = self.ents.get(src), self.ents.get(actor)
        if se is None or ae is None or se.type == "PER":
            return False
        name = fold(ae.name)
        return bool(re.search(r"\b" + re.escape(name) + r"\b", fold(se.name)))

    def _np_top(self, tok):
        """A trigger noun inside a frame noun ("su campaña de reclutamiento") stands for the whole phrase."""
        if tok.dep_ == "nmod" and fold(tok.head.lemma_) in self.lex.frame:
            return tok.head
        return tok

    def _context_places(self, groups: list[list[Mention]]) -> dict[int, str]:
        """A strike or a clash told without a place takes it from its context: another event of the same
        sentence, a locative "en X" of the sentence, else the one place named in the sentence before."""
        out: dict[int, str] = {}
        for i, g in enumerate(groups):
            if g[0].trigger.type not in ("attack", "clash") or _group_places(g):
                continue
            si = g[0].sent
            other = next((_group_places(h)[0] for h in groups if h is not g and any(x.sent == si for x in h)
                          and h[0].trigger.type in ("attack", "clash", "territory_change") and _group_places(h)), None)
            if other:
                out[i] = other
                continue
            here = self._sentence_places(si, locative=True, before=g[0].tok.i)  # "Mientras, en la ciudad de Sumy, un ataque"
            if len(here) == 1:
                out[i] = here[0]
                continue
            if not here and si > 0:
                prev = self._sentence_places(si - 1, locative=False)
                if len(prev) == 1:
                    out[i] = prev[0]
        return out

    def _sentence_places(self, si: int, locative: bool, before: Optional[int] = None) -> list[str]:
        found: list[str] = []
        for t in self.sents[si]:
            if before is not None and t.i >= before:
                break
            e = self._entity_at(t)
            if e is None or e.type != "LOC" or self._is_country(e.id) or fold(e.name) in self.lex.notplace:
                continue
            if self.ent_of_char.get(t.idx - 1) is e:
                continue
            if locative:
                hosts = [t, t.head] if t.dep_ in ("nmod", "flat", "appos") and fold(t.head.lemma_) in PLACE_NOUNS else [t]
                if not any(self._case(h).startswith(("en", "cerca", "sobre")) for h in hosts):
                    continue
            if e.id not in found:
                found.append(e.id)
        return found

    def _context_dates(self, groups: list[list[Mention]]) -> dict[int, EventDate]:
        """Strikes and interceptions of one wave share its time: "derribó 43 de los 84 misiles", "también se
        registraron impactos en X" after "Rusia lanzó este lunes una oleada de ataques"."""
        out: dict[int, EventDate] = {}
        last: Optional[tuple[list[int], EventDate]] = None
        for i, g in enumerate(groups):
            if g[0].trigger.type not in ("attack", "interception") or any(x.mood for x in g):
                continue
            d = next((x.date for x in g if x.date), None)
            if d is None and last is not None and any(0 <= g[0].sent - k <= 5 for k in last[0]):
                out[i] = d = last[1]
            if d is not None:
                last = ([x.sent for x in g], d)
        return out

    def _to_events(self, groups: list[list[Mention]]) -> list[Event]:
        events: list[Event] = []
        ctx_place = self._context_places(groups)
        ctx_date = self._context_dates(groups)
        for gi, g in enumerate(groups):
            body = [x for x in g if not x.headline] or g
            rep = body[0]
            if rep.trigger.pos == "V":  # "repelieron 14 asaltos": the noun names the event
                rep = next((x for x in body if x.trigger.pos == "N" and x.sent == rep.sent
                            and _dominates(rep.tok, x.tok, self.lex, 1)), rep)
            places = _group_places(g) or ([ctx_place[gi]] if gi in ctx_place else [])
            stances = [s for x in g for s in x.stances]
            moods = {x.mood for x in g}
            mood = rep.mood if len(moods) == 1 else None
            status = self._combine(stances, mood)
            if all(x.status == "asserted" for x in g) and not mood:
                status = "asserted"
            elif rep.status == "asserted" and not rep.stances and not mood and (
                    status == "claimed" or status == "confirmed" and rep.trigger.type not in FIELD_TYPES):
                # the outlet tells it in its own voice first; later quotes add nothing (a monitor confirming a strike does)
                status = "asserted"
            elif any(x.status == "asserted" for x in g) and status == "claimed":
                status = "asserted" if not any(x.reported_by for x in g) else "claimed"
            date_ = next((x.date for x in body if x.date), None) or next((x.date for x in g if x.date), None) \
                or ctx_date.get(gi)
            fat = max((x.fatalities for x in g if x.fatalities is not None), default=None)
            inj = max((x.injured for x in g if x.injured is not None), default=None)
            actors = _uniq(a for x in g for a in x.actors)
            targets = _uniq(t for x in g for t in x.targets if t not in actors)
            if status == "claimed" and actors and self._both_sides(stances, actors):
                status = "confirmed"  # told by the side it hit and owned by the side that did it
            reported = _uniq(s for x in g for s in x.reported_by)
            for p in places or [None]:
                events.append(Event(
                    id="", type=rep.trigger.type, trigger_span=rep.span, status=status,
                    actors=list(actors), targets=[t for t in targets if t != p], place=p, date=date_,
                    fatalities=fat if len(places) <= 1 else None, injured=inj if len(places) <= 1 else None,
                    reported_by=list(reported)))
        events.sort(key=lambda v: (v.trigger_span, v.place or ""))
        for i, v in enumerate(events, 1):
            v.id = f"v{i}"
        return events

    def _link_statements(self, events: list[Event], groups, statements: list[Statement]) -> None:
        sid = {s.id: s for s in statements}
        for v in events:
            for s in v.reported_by:
                st_ = sid.get(s)
                if st_ is not None and v.id not in st_.about:
                    st_.about.append(v.id)
        # denials, confirmations and "could not verify" answering a statement that reports an event
        for s in statements:
            if s.stance in ("deny", "confirm", "unverified") and s.target in sid:
                named = self._content_places(s)
                for v in events:
                    if named and v.place not in named and len(self.text[s.content_span[0]:s.content_span[1]].split()) > 3:
                        continue  # "confirmó que las tropas controlan el centro de Robotine" answers Robotine only
                    if s.target in v.reported_by and s.id not in v.reported_by:
                        v.reported_by.append(s.id)
                        if v.id not in s.about:
                            s.about.append(v.id)
                        stances = [(sid[r].stance, sid[r].source) for r in v.reported_by if r in sid]
                        if v.status not in ("expected", "hypothetical"):
                            v.status = self._combine(stances, None)
        # a confirmation naming the place of a claimed capture ("el ISW ha confirmado ... que las tropas
        # controlan el centro de Robotine") confirms that claim even when it points at another statement
        for s in statements:
            if s.stance != "confirm":
                continue
            named = self._content_places(s)
            for v in events:
                if v.type != "territory_change" or v.place not in named or s.id in v.reported_by or not v.reported_by:
                    continue
                srcs = {sid[r].source for r in v.reported_by if r in sid}
                if s.source in srcs or v.status in ("expected", "hypothetical", "disputed", "denied"):
                    continue
                v.reported_by.append(s.id)
                if v.id not in s.about:
                    s.about.append(v.id)
                v.status = "confirmed"

    def _content_places(self, s: Statement) -> set[str]:
        a, b = s.content_span
        return {e.id for e in self.ents.values() if e.type == "LOC" and not self._is_country(e.id)
                and any(a <= x < b for x, _ in e.mentions)}


# --------------------------------------------------------------------------- helpers

def m_is_noun(tok) -> bool:
    return tok.pos_ in NOMINAL_POS

def _walk(tok, depth: int):
    stack = [(c, 1) for c in tok.children]
    while stack:
        x, d = stack.pop()
        if d > depth:
            continue
        yield x, d
        stack.extend((c, d + 1) for c in x.children)


def _uniq(items: Iterable) -> list:
    out = []
    for x in items:
        if x is not None and x not in out:
            out.append(x)
    return out


def _group_places(g: list[Mention]) -> list[str]:
    best = min(g, key=lambda x: (x.place_depth if x.places else 999, x.span))
    return list(best.places)


def _headline(text: str, pos: int) -> bool:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”"}


def _quote_zones(text: str) -> list[tuple[int, int]]:
    zones = []
    for para in re.finditer(r"[^\n]+", text):
        s, chunk = para.start(), para.group()
        i = 0
        while i < len(chunk):
            ch = chunk[i]
            if ch in _QUOTE_PAIRS:
                j = chunk.find(_QUOTE_PAIRS[ch], i + 1)
                if j < 0:  # a quotation running to the paragraph end
                    j = len(chunk)
                if j - i > 25:  # quoted words, not a quoted name
                    zones.append((s + i + 1, s + j))
                i = j + 1
            else:
                i += 1
    return zones


_TOLL = re.compile(
    r"(?:cifra|n[uú]mero|balance|saldo)\s+de\s+(?P<k>muertos|fallecidos|v[ií]ctimas mortales|heridos)\b[^.;]{0,80}?"
    r"\b(?:se\s+elev[óa]|ascendi[óo]|asciende|aument[óa]|subi[óo]|sube|lleg[óa]|es\s+de|era\s+de)\s+(?:a\s+)?"
    r"(?:al\s+menos\s+|m[aá]s\s+de\s+)?(?P<n>\d[\d.,]*|[a-záéíóúñ]+(?:\s+y\s+[a-záéíóúñ]+)?)\b", re.I)

_FATAL_UNITS = {"muerto", "fallecido", "víctima mortal", "cadáver"}
_INJ_UNITS = {"herido", "lesionado"}
_PEOPLE = {"persona", "civil", "niño", "menor", "mujer", "soldado", "militar", "habitante", "residente", "policía",
           "agente", "combatiente", "efectivo", "víctima"}
BACKGROUND_CASES = {"desde", "despues", "antes", "tras", "como"}
BACKGROUND_NOUNS = {"inicio", "comienzo", "respuesta", "represalia", "aniversario"}
_GROUPS = {"prisionero", "rehén", "preso", "reservista", "refugiado", "desplazado", "militar", "soldado", "recluta"}
_DIE = ("morir", "muri", "muert", "fallec", "matar", "mató", "mataron", "perecer", "perec", "asesin")
_HURT = ("herir", "herid", "hiri", "lesion")


def _casualty_kind(f, doc) -> Optional[str]:
    if f.unit in _FATAL_UNITS:
        return "fatalities"
    if f.unit in _INJ_UNITS:
        return "injured"
    if f.unit in _PEOPLE:
        span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
        if span is None:
            return None
        near = [span.root.head] + list(span.root.children) + [t for t in doc[span.end: span.end + 3]]
        for t in near:
            w = fold(t.text)
            if w.startswith(_DIE) or fold(t.lemma_) in ("morir", "matar", "fallecer"):
                return "fatalities"
            if w.startswith(_HURT) or fold(t.lemma_) in ("herir",):
                return "injured"
    return None


@Language.factory("cronica_events_v1", requires=["doc._.layout", "doc._.entities", "doc._.times", "doc._.figures",
                                              "doc._.statements", "token.dep", "token.morph"],
                  assigns=["doc._.events", "doc._.statements"])
def make_events(nlp, name):
    return EventsStage()


__all__ = ["EventsStage", "lexicon", "conjugate", "verb_tag"]


def _participle_lemma(tok) -> set[str]:
    """Infinitives a participle may come from (spaCy lemmatises "celebrada" as the adjective "celebrado")."""
    w = fold(tok.text)
    out = {fold(tok.lemma_)}
    for end, infs in (("ados", ("ar",)), ("adas", ("ar",)), ("ado", ("ar",)), ("ada", ("ar",)),
                      ("idos", ("er", "ir")), ("idas", ("er", "ir")), ("ido", ("er", "ir")), ("ida", ("er", "ir"))):
        if w.endswith(end):
            out.update(w[: -len(end)] + i for i in infs)
            break
    return out


def _dominates(top, tok, lex, depth: int = 3) -> bool:
    """Is ``tok`` within ``depth`` steps below ``top``, crossing no reported clause or new sentence-level clause?"""
    x = tok
    for _ in range(depth):
        if x.head == x:
            return False
        if x.dep_ in ("ccomp", "parataxis", "csubj", "advcl") or x.dep_ == "conj" and x.pos_ == "VERB":
            return False
        x = x.head
        if x == top:
            return True
        if x.pos_ == "NOUN" and fold(x.lemma_) not in lex.frame and fold(x.text) not in lex.noun_index \
                and fold(x.lemma_) not in lex.noun_index:
            return False  # "el ataque como respuesta a la explosión": another noun between, another event
    return False
