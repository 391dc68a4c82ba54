"""What every events step reads: one article's index (entities, sentences, times, quotations) and the
lexicon, with the lookups over them; and :class:`Mention`, one trigger occurrence as the steps fill it in.

An :class:`EventContext` is built per article and passed to every step: nothing per article is kept on
the component.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from ...actors import country_forms, country_names, demonym_countries
from ...model import Entity, EventDate, TimeExpr
from ...names import fold
from ..doc import DocIndex, outputs
from ..layout import Layout
from ..syntax import NOMINAL_POS, case_of
from .lexicon import Lexicon, Trigger, lexicon
from .words import (
    ANAPHORIC,
    CAMPAIGN,
    CAPITALS,
    CITY_OF,
    COMPASS,
    ESCALATE,
    LOCATIVE_CASES,
    NATIONS,
    OWNED_NOUNS,
    PLACE_NOUNS,
    PLACE_OF,
    PLACE_WORDS,
    POINTABLE_TOWNS,
    QUANTITY_NOUNS,
    REFERENCE,
    REGIONAL,
    REMOTE_WEAPONS,
    UNIT_HEADS,
)


def campaign_word(tok) -> bool:
    """A campaign-level noun ("la ofensiva", "la operación militar", "la guerra"), by lemma or form, or the attacks
    a campaign steps up ("ha intensificado los ataques contra la infraestructura")."""
    return fold(tok.lemma_) in CAMPAIGN or fold(tok.text) in CAMPAIGN or \
        tok.dep_ == "obj" and tok.pos_ == "NOUN" and fold(tok.head.lemma_) in ESCALATE


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
    night: Optional[EventDate] = None  # "durante la noche" in a same-day report: the day the night began
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
    place_vague: bool = False  # its unnamed places are quantified, not counted ("varias localidades")
    place_count: Optional[int] = None  # "en cuatro barrios": how many places the unnamed place noun counts
    bare: bool = True  # a noun without modifiers of its own ("la ofensiva"): may refer back
    ref_only: bool = False  # only a reference to an event already reported ("la localidad haya caído")
    placed_by_outlet: bool = False  # the outlet's own sentence says where ("Ambas acciones ocurrieron en X")
    heard: bool = False  # told as a sound ("se escucharon explosiones"): the strike or clash told near it
    presupposed: bool = False  # a realized background event inside someone's words
    purpose: bool = False  # under "para": what something is for ("para golpear la retaguardia")
    background: bool = False  # told as a reference point ("después del inicio de la invasión"), not as news
    place_def: bool = False  # its unnamed place argument is definite ("la localidad"): points back
    scene: bool = False  # its place is pointed at ("En ese sitio, ...", "Allí, ..."): the place just named
    vow: bool = False  # a violent act the speaker announces or promises: the threat is made, whatever its tense
    unmarked: bool = False  # an attack noun with no word of weapon, target or fighter: a battle or a strike alike
    rejected: Optional[str] = None  # the constraint it failed (for diagnostics and tests)
    report_cues: list = field(default_factory=list)  # the reporting words whose content holds it
    phrase: list = field(default_factory=list)  # the tokens of its trigger phrase
    others: list = field(default_factory=list)  # other rows of the same words, tried when this one fails ("enviar":
    # weapons are aid, troops a deployment)


def bare_definite(noun) -> bool:
    """"un mercado abarrotado en la ciudad": a singular town noun with only its definite article, which names the
    town just told (not "la ciudad de X", "la ciudad siria", "una ciudad"; a relative clause after it names nothing)."""
    kids = [c for c in noun.children if c.dep_ not in ("case", "punct", "acl:relcl")]  # (", que ...": no name)
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in ("la", "el") and kids[0].i == noun.i - 1


@dataclass
class EventContext:
    """One article as the events steps see it."""

    ix: DocIndex
    lex: Lexicon
    published: Optional[date]
    times: list[TimeExpr]
    quoted: list[tuple[int, int]]  # the words of quotations longer than a name
    countries: set[str]
    demonyms: dict[str, str]
    by_name: dict[str, Entity] = field(default_factory=dict)
    phrase_of: dict[int, set[int]] = field(default_factory=dict)  # trigger head -> the tokens of its phrase
    towns_told: dict[int, Optional[Entity]] = field(default_factory=dict)  # a bare "la ciudad" -> its town (memo)
    layout: Optional[Layout] = None

    @classmethod
    def build(cls, doc) -> "EventContext":
        ix = DocIndex.of(doc)
        lay = doc._.layout
        quoted = [(a + 1, b) for a, b in (lay.quotes if lay else []) if b - a - 1 > 25]
        ctx = cls(ix, lexicon(), doc._.published, sorted(outputs(doc, "times"), key=lambda t: t.span), quoted,
                  country_forms(), _demonyms(), layout=lay)
        for e in ix.entities:
            ctx.by_name.setdefault(fold(e.name), e)
        for e in ix.entities:
            for a in e.aliases:
                ctx.by_name.setdefault(fold(a), e)
        return ctx

    # shorthands for the index
    @property
    def doc(self):
        return self.ix.doc

    @property
    def text(self) -> str:
        return self.ix.text

    @property
    def ents(self) -> dict[str, Entity]:
        return self.ix.ents

    @property
    def ent_of_char(self) -> dict[int, Entity]:
        return self.ix.ent_of_char

    @property
    def sents(self):
        return self.ix.sents

    @property
    def sent_of(self) -> dict[int, int]:
        return self.ix.sent_of

    def entity_at(self, tok) -> Optional[Entity]:
        return self.ent_of_char.get(tok.idx)

    def named_in(self, si: int) -> set[str]:
        """The ids of the entities sentence ``si`` names."""
        return {e.id for t in self.sents[si] if (e := self.entity_at(t)) is not None}


    def demonym_country(self, word: str) -> Optional[str]:
        """The country a demonym names ("rusas" -> Rusia), whether or not the article names it."""
        w = fold(word)
        return self.demonyms.get(w) or self.demonyms.get(w[:-1] if w.endswith("s") else w) \
            or self.demonyms.get(w[:-2] if w.endswith("es") else w)

    def demonym(self, word: str) -> Optional[Entity]:
        country = self.demonym_country(word)
        return self.by_name.get(fold(country)) if country else None


    def np_entity(self, tok) -> Optional[str]:
        """Entity id a noun phrase names: the entity itself, else a demonym (``fuerzas rusas``), else ``de X``."""
        e = self.entity_at(tok)
        if e:
            return e.id
        for c in tok.children:
            if c.dep_ == "amod" and self.demonym(c.text):
                return self.demonym(c.text).id
        for c in tok.children:  # not "el tiro del misil contra Kremenchuk": the target, not the owner
            if c.dep_ in ("nmod", "appos", "flat") and not any(k.dep_ == "case" and k.lower_ not in ("de", "del")
                                                                for k in c.children):
                e = self.entity_at(c)
                if e and e.type in ("LOC", "ORG", "PER"):
                    return e.id
        return None


    def is_country(self, eid: str) -> bool:
        e = self.ents.get(eid)
        return bool(e and fold(e.name) in self.countries)

    def place_entity(self, tok) -> Optional[Entity]:
        """The place a token names: a LOC entity, or any name after "la ciudad de" / "la región de", or the
        capital named elsewhere in the article for "la capital" ("la capital somalí")."""
        e = self.entity_at(tok)
        if e is None and tok.pos_ != "NOUN":
            return None  # (most tokens: nothing named, no place noun)
        noun = tok if e is None else tok.head if tok.dep_ == "nmod" and e.type == "LOC" and self.is_country(e.id) else None
        if noun is not None and noun.pos_ == "NOUN" and fold(noun.text) in POINTABLE_TOWNS and any(
                d.dep_ == "det" and fold(d.text) in ANAPHORIC for d in noun.children):
            # "dos ataques con misiles en esta ciudad del sur de Ucrania": the town named last, not the country
            town = self.town_before(noun.idx)
            if town is not None:
                return town
        if e is None and tok.pos_ == "NOUN" and fold(tok.text) in POINTABLE_TOWNS and bare_definite(tok):
            return self.town_told(tok)
        if e is None and fold(tok.lemma_) == "capital" and tok.pos_ == "NOUN":
            return self.capital(tok)
        if e is None or fold(e.name) in self.lex.notplace:
            return None
        if tok.dep_ in ("appos", "flat", "nmod") and not case_of(tok) and fold(tok.head.lemma_) in UNIT_HEADS:
            return None  # "el frente Carlos Patiño", "la columna Dagoberto Ramos": an armed unit's name
        if e.type == "LOC":
            if tok.dep_ == "nmod" and fold(tok.head.lemma_) == "capital" and self.is_country(e.id):
                # "en la capital de Haití": Puerto Príncipe, when the article names it
                return next(iter(self.capital_entities(e.name)), e)
            return e
        if e.type in ("PER", "MISC") and len(e.name.split()) == 1 and tok.pos_ == "PROPN" \
                and not (tok.i > 0 and fold(tok.doc[tok.i - 1].text) in REMOTE_WEAPONS) and (  # ("misiles Onyx": a weapon)
                tok.dep_ == "obj" or case_of(tok).startswith(("en", "contra", "sobre", "hacia", "cerca"))
                or case_of(tok).startswith("de") and tok.head.pos_ == "NOUN" and tok.head.i < tok.i
                and (not self.trigger_noun(tok.head) or fold(tok.head.lemma_) in PLACE_OF)
                and fold(tok.head.lemma_) not in QUANTITY_NOUNS | OWNED_NOUNS):  # (not "el ataque de Putin", "el número de UAV";
            # but "su retirada de Vugledar", "la toma de X": whatever the NER made of the name)
            return e  # an unknown one-word name in a place slot ("contra Járkov") is a place the NER mistyped
        h = tok.head
        if e.type == "ORG" and fold(h.lemma_) in OWNED_NOUNS:
            return None  # "la sede del Departamento de Investigación Criminal", "bases militares de AMISOM": the owner
        if tok.dep_ in ("nmod", "appos", "flat") and (fold(h.lemma_) in PLACE_NOUNS or fold(h.text) in PLACE_WORDS) \
                and self.entity_at(h) is not e:  # not the name's own first word ("Estado Islámico")
            return e
        return None

    def town_before(self, pos: int) -> Optional[Entity]:
        """The place mentioned last before ``pos``: no country, unless told as a town ("la ciudad de Gaza")."""
        found = [(m[0], e) for e in self.ents.values() if e.type == "LOC"
                 for m in e.mentions if m[0] < pos and (not self.is_country(e.id) or self.told_as_town(m[0]))]
        # a town, not a region: "la república rusa de Chechenia ... se habían apoderado de esta localidad" is the
        # village named before
        towns = [(a, e) for a, e in found if not self.region_named(a) and not self.reference_named(a)]
        best = max(towns or found, key=lambda x: x[0], default=None)
        return best[1] if best is not None else None

    def told_as_town(self, start: int) -> bool:
        """Is the name at ``start`` told as a town though it is also a country's or a territory's ("En la ciudad de
        Gaza la situación es desconocida")?"""
        t = self.ix.tok_at(start)
        return t is not None and (t.dep_ == "nmod" and case_of(t) == "de" or t.dep_ == "appos") \
            and fold(t.head.lemma_) in CITY_OF and "Plur" not in t.head.morph.get("Number")
        # (not "una ciudad fronteriza con Egipto", "el pueblo de Ucrania", "los puertos de Ucrania")

    def town_told(self, noun) -> Optional[Entity]:
        """The town a bare "la ciudad" / "el puerto" names: the last one told with that very noun ("la ciudad de
        Kupiansk ... intentan tomar el control de la ciudad"; "el puerto de Odesa ... contra el puerto"), else the
        last town told before it ("alcalde de Donetsk ... un mercado en la ciudad"; not a reference point), or None."""
        from .placekinds import is_water  # (placekinds reads this module's word lists)

        if noun.i in self.towns_told:
            return self.towns_told[noun.i]  # (asked again on every walk over the words around it)
        word = fold(noun.lemma_)
        same, recent = [], []
        for e in self.ents.values():
            if e.type != "LOC" or fold(e.name) in NATIONS:
                continue
            for a, _ in e.mentions:
                if a >= noun.idx:
                    continue
                t = self.ix.tok_at(a)
                if t is None or is_water(t) or self.is_country(e.id) and not case_of(t).startswith(LOCATIVE_CASES):
                    continue  # (a capital where something happened is a town: "un atentado en Bamako ... cercana al
                    # aeropuerto de la ciudad"; not "Kiev" the government; nor "el río Mokri Yaly")
                if t.dep_ in ("nmod", "appos", "flat") and fold(t.head.lemma_) == word:
                    same.append((a, e))  # (also a reference point: "a unos 30 kilómetros de la ciudad de Kupiansk")
                elif not self.region_named(a) and not self.reference_named(a):
                    recent.append((a, e))
        best = max(same or recent, key=lambda x: x[0], default=None)
        self.towns_told[noun.i] = best[1] if best is not None else None
        return self.towns_told[noun.i]

    def reference_named(self, start: int) -> bool:
        """Is the name at ``start`` only a reference point ("La ciudad, situada a unos cincuenta kilómetros de
        Járkov"; "a 30 km al norte de X"): a word of distance or direction after "a" on its way up?"""
        y = self.ix.tok_at(start)
        if y is None:
            return False
        for _ in range(3):
            y = y.head
            if fold(y.text) in COMPASS | REFERENCE and case_of(y).split()[:1] in (["a"], ["al"]):
                return True
            if y.head.i == y.i:
                break
        return False

    def region_named(self, start: int) -> bool:
        """Is the name at ``start`` told as a region ("la región de Sumy", "la república rusa de Chechenia")?"""
        t = self.ix.tok_at(start)
        if t is None:
            return False
        from .placekinds import is_region  # (placekinds reads this module's word lists)

        return is_region(t) or fold(t.head.lemma_) == "republica" and t.head.text.islower()

    def name_root(self, tok, e: Entity) -> bool:
        """Is ``tok`` the syntactic head of its name ("Samah" in "Al Samah", not the particle "Al")?"""
        span = next(((a, b) for a, b in e.mentions if a <= tok.idx < b), None)
        if span is None:
            return True
        return not (span[0] <= tok.head.idx < span[1]) or tok.head == tok

    def capital(self, tok) -> Optional[Entity]:
        """"la capital" (with no name of its own): the capital of the country its demonym or the article names,
        when the article also names that city."""
        if any(c.dep_ in ("nmod", "appos", "flat") and self.entity_at(c) for c in tok.children):
            return None  # "la capital, Kiev" / "la capital de Ucrania" name it themselves
        countries = [self.demonyms.get(fold(c.text)) for c in tok.children if c.dep_ == "amod"]
        regional = any(c.dep_ == "amod" and fold(c.text) in REGIONAL for c in tok.children)
        last = None if any(countries) else next((x for x in reversed(tok.sent[:tok.i - tok.sent.start])
                                                 if (e := self.entity_at(x)) is not None and e.type == "LOC"
                                                 and fold(e.name) not in NATIONS), None)
        if last is not None and last.dep_ in ("nmod", "appos", "flat") and fold(last.head.lemma_) in PLACE_WORDS:
            return self.entity_at(last)  # "la región de Jersón, ... ya han entrado en la capital": the region's capital
        if regional:  # "la ciudad de Jerson ... la única capital provincial": the town named before, if any
            return self.entity_at(last) if last is not None else None
        countries = [c for c in countries if c] or [e.name for e in self.ents.values() if self.is_country(e.id)]
        found = []
        for country in countries:
            found += [e for e in self.capital_entities(country) if e not in found]
        if len(found) <= 1:
            return found[0] if found else None
        # several capitals named: the one named last before (the capital the text is talking about)
        before = [(max((a for a, _ in e.mentions if a < tok.idx), default=-1), e) for e in found]
        pos, e = max(before, key=lambda t: t[0])
        return e if pos >= 0 else None

    def capital_entities(self, country: str) -> list[Entity]:
        """The article's entities for the capital of ``country`` (empty when it names none)."""
        forms = CAPITALS.get(fold(country), set())
        return [e for e in self.ents.values() if e.type == "LOC" and fold(e.name) in forms]

    def trigger_noun(self, tok) -> bool:
        return tok.pos_ in NOMINAL_POS and (fold(tok.text) in self.lex.noun_index or fold(tok.lemma_) in self.lex.noun_index)


def _demonyms() -> dict[str, str]:
    """Folded demonym (both genders, plurals) -> the Spanish name of its country."""
    names = country_names()
    return {d: names[cc] for d, cc in demonym_countries().items() if cc in names}
