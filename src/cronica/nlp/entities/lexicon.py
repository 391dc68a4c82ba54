"""What the entities stage knows as data and the shapes it works with: acronyms, countries, organisation
heads, titles; the regular expressions of name cues; a candidate :class:`Mention` and a :class:`_Group` of them."""
from __future__ import annotations

import re
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass, field

from ... import resources
from ...actors import state_names
from ...names import fold
from ..spanish import grammar

DETERMINERS = grammar("definite_articles") | grammar("indefinite_articles") | {"lo", "al", "del"}
LEADING_JUNK = DETERMINERS | {"de", "en", "a", "por", "para", "con", "sobre", "desde", "hasta",
                              "cerca", "según", "tras", "y", "e", "o", "que", "más", "menos", "también"}
CONNECTORS = {"de", "del", "la", "las", "los", "y", "e", "el", "para", "en",
              # particles of foreign names: Río Grande do Sul, Joao da Veiga, Bashar al Asad, Ursula von der Leyen
              "do", "da", "dos", "das", "di", "du", "des", "von", "van", "der", "den", "al", "bin", "ibn", "ben",
              "wa", "wal",  # (Arabic "and": Jama'a Nusrat al-Islam wa al-Muslimin)
    "the", "of", "for"}  # English names the press keeps: "Save the Children", "Institute for the Study of War"
# organisation heads that, alone, are common nouns written with a capital ("el Gobierno", "la Alianza")
GENERIC_HEADS = {"Estado", "Estados", "Ministerio", "Alianza", "Fuerzas", "Administración", "Defensa", "Civil",
                 "Oficina", "Servicio", "Agencia", "Organización", "Unión", "Coalición", "Grupo", "Mando",
                 "ONG",  # ("la ONG": the organisation named before, no name of its own)
                 "Consulado", "Embajada"}  # ("sobre el Consulado iraní en Damasco": a building, named by what follows)
# "la región de X", "la localidad de X", "la toma de X", "las afueras de X", "hacia X": X is a place
_PLACES = "es/words/places.tsv"
# a word that describes a town or region noun between it and its name: "la ciudad sitiada de El-Fasher", "el puerto
# ucraniano de Odesa", "la localidad fronteriza de Sudzha" (a participle, or an adjective of origin or kind by its ending;
# not "la ciudad natal de", nor "el departamento jurídico de")
_PLACE_ADJ = r" [a-záéíóúñ]+(?:ad[oa]s?|id[oa]s?|an[oa]s?|eñ[oa]s?|ari[oa]s?|iz[oa]s?|er[oa]s?|ense|enses)"
_PLACE_CUE = re.compile(
    r"\b(?:" + resources.pattern(_PLACES, "region_nouns", "city_nouns", "local_nouns", "district_nouns",
                                  "terrain_nouns", "compass", "place_cues", plural=True)
    + r") de(?: la| las| los| el)? $|\b(?:"
    + resources.pattern(_PLACES, "region_nouns", "city_nouns", "local_nouns", "district_nouns", plural=True)
    + r")" + _PLACE_ADJ + r" de(?: la| las| los| el)? $|\b(?:hacia|desde|en dirección a|rumbo a) $", re.I)
# a plural place noun opens a list whose every name is a place: "los barrios de Al Samah, Al Jadraa y Al Karama"
_PLURAL_PLACE_CUE = re.compile(
    r"\b" + resources.pattern(_PLACES, "region_nouns", "city_nouns", "local_nouns", "district_nouns", plural=True)
    + r" (?:de |como )(?:la |las |los |el )?$", re.I)
# Arabic name particles: "Ahmad al Mismari", "Osama bin Laden", "Abu Bakr al Bagdadi"
_ARABIC_LEFT = re.compile(r"(?:^|(?<=[\s(«\"“]))([A-ZÁÉÍÓÚ][\w'’]+[ ](?:(?:al|bin|ibn|ben|abu|ould|ag)[ -]|el-))$")
_COMPASS_RIGHT = re.compile(r"^ (?:del? )?(?:Norte|Sur|Este|Oeste|Occidental|Oriental|Central|Septentrional|Meridional)\b")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar|an|az|at)-[A-ZÁÉÍÓÚ]")
_FACILITY = re.compile(r"\b(?P<fac>(?:central|planta) (?:nuclear|atómica|hidroeléctrica|térmica)|presa|puente) de(?:l| la)? $")
# the same works named with capitals ("la Central Hidroeléctrica de Kajovka"): a place, not an organisation
FACILITY_NAME = re.compile(r"(?:(?:central|planta) (?:nuclear|atomica|hidroelectrica|termica)|presa|puente) del? ")
# capitals that stand for their state in the names of its institutions (not city bodies: "Administración
# militar de Kiev" keeps its city)
CAPITAL_COUNTRY = {"Moscú": "Rusia", "Kiev": "Ucrania", "Kyiv": "Ucrania", "Washington": "Estados Unidos",
                   "Pekín": "China", "Londres": "Reino Unido", "París": "Francia", "Berlín": "Alemania",
                   "Teherán": "Irán", "Minsk": "Bielorrusia", "Ankara": "Turquía", "Varsovia": "Polonia"}
_GOV_OF_CAPITAL = re.compile(r"^((?:Ministerio|Gobierno|Ejército|Fuerzas Armadas|Estado Mayor|Presidencia|Cancillería)\b.*?) de (\w+)$")
_COORD = re.compile(r"^\s*(?:y|e|o|u|ni|,)\s*$")
# a ministry written in lower case: "dijo el ministerio de Defensa", "el ministerio de Defensa ruso" (an organisation)
_MINISTRY = re.compile(r"(?<![\w])ministerio (?:de|del|de la) [A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:(?: y| e| de| del)? [A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)*")
# a fleet named by its sea: "la Flota del mar Negro" is one organisation, its sea no place of the news (like
# "Azerbaiyán" in "Ministerio de Defensa de Azerbaiyán")
_FLEET = re.compile(r"(?<![\w])Flota (?:del|de la) (?:(?:mar|océano) )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+")
# a person with a nickname in quotes between first name and surname: 'Ismael "El Mayo" Zambada' (one person)
_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
_ALIAS_NAME = re.compile(rf"(?<![\w\"“«])({_NAME_WORD}(?: {_NAME_WORD})?) [\"“«'‘]((?:[A-ZÁÉÍÓÚÑ][\w.]*)(?: [\w.]+){{0,2}})"
                         rf"[\"”»'’] ({_NAME_WORD}(?: {_NAME_WORD})?)")
# a lone "person" after these is a place: "en Kidal", "desde Bamako", "Los cuarteles de Mondoro y Boulkessy"
_PLACE_PREP = re.compile(r"\b(?:en|desde|hacia|hasta)\s+$|\b(?:" + resources.pattern(_PLACES, "sites", plural=True)
                         + r")(?:\s+militar(?:es)?)?\s+de\s+$", re.I)
# a name a place noun is said to be: "la siguiente localidad en su punto de mira será Zherebianki"
_PLACE_COPULA = re.compile(
    r"\b(?:" + resources.pattern(_PLACES, "city_nouns", "local_nouns", plural=False)
    + r")\b[^.;:,]{0,40}\b(?:será|es|era|fue|sería|serán|son)\s+$", re.I)
# names told as towns by an apposition after them: "tomó Kleban-Byk y Serednie, dos localidades situadas al norte"
_PLACE_APPOS = re.compile(
    r"^(?:(?:,| y| e) [A-ZÁÉÍÓÚ][\w’'-]+(?: [A-ZÁÉÍÓÚ][\w’'-]+)?)*, (?:(?:un|una|el|la|los|las|ambos|ambas|dos|tres|cuatro|cinco|seis|\d+) )?(?:"
    + resources.pattern(_PLACES, "city_nouns", "local_nouns", plural=True) + r")\b", re.I)
# a name set off after a town noun: "en la capital somalí, Mogadiscio", "en la capital, Kiev"
_PLACE_BEFORE_APPOS = re.compile(
    r"\b(?:la|el|esta|este) (?:" + resources.pattern(_PLACES, "city_nouns", "local_nouns", plural=False)
    + r")(?: [a-záéíóúñ]+)?, $", re.I)
# names a colon lists after a count of towns: "tomaron otras dos localidades en Zaporiyia: Zelenni Gai y Dobropilia"
_PLACE_COLON_LIST = re.compile(
    r"\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+) (?:" + resources.pattern(_PLACES, "city_nouns", "local_nouns", plural=True)
    + r")\b[^.;:!?]{0,60}: (?:[A-ZÁÉÍÓÚ][\w’'-]+(?: [A-ZÁÉÍÓÚ][\w’'-]+)*(?:, | y | e ))*$", re.I)
# a lone name words are addressed to is a medium: "en un comentario concedido a Ukrinform", "en declaraciones a Efe"
_MEDIUM_BEFORE = re.compile(r"\b(?:declaraciones|comentarios?|entrevista)(?: (?:concedid|ofrecid|brindad)[oa]s?)?"
                            r" (?:a|al)\s+$", re.I)  # (not "con": "en una conversación con Macron" is a person)
_ORG_JOIN = re.compile(r"^ (?:de|del|de la|de las|de los) $")
NAME_POS = {"PROPN", "NOUN", "ADJ", "NUM", "X"}


def _lex():
    acr = {row[0]: (row[1], row[2]) for row in resources.table("acronyms_es.tsv")}
    countries = {fold(x) for x in state_names()}
    # every country under its CLDR Spanish name (the gazetteer's exonym table): for typing only
    countries |= {fold(row[0]) for row in resources.table("exonyms_es.tsv") if len(row) > 1 and row[1] == "country"}
    org_heads = sorted(resources.lines("org_heads_es.txt"), key=len, reverse=True)
    demonyms = {row[0]: row[1] for row in resources.table("demonyms_es.tsv")}
    titles = sorted(resources.lines("titles_es.txt"), key=len, reverse=True)
    # the press spellings of cities and regions the gazetteer's exonym table lists ("Krivói Rog", "Bélgorod"): a place,
    # whatever person the NER took the name for
    places = {fold(row[0]) for row in resources.table("exonyms_es.tsv") if len(row) > 1 and row[1] in ("city", "variant", "region")}
    return acr, countries, org_heads, demonyms, titles, places


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    score: float = 1.0  # 1 from NER, lower from propagation


@dataclass
class _Group:
    mentions: list[Mention] = field(default_factory=list)
    label_votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    name: str = ""

    @property
    def label(self) -> str:
        return max(self.label_votes.items(), key=lambda kv: kv[1])[0]


# the names of organisations (the alias and acronym tables): a dateline that names one ("NACIONES UNIDAS, 24 ene
# (Xinhua) --", the UN's seat) names that organisation, which no gazetteer place stands for
_ORG_NAMES = {fold(n) for row in resources.table("entity_aliases_es.tsv") if row[2:3] == ("ORG",) for n in row[:2]} | {
    fold(row[2]) for row in resources.table("acronyms_es.tsv") if row[1:2] == ("ORG",) and len(row) > 2}


def dateline_mentions(lay) -> list[Mention]:
    """The places and the agency of an opening dateline (found by the layout stage), which NER misses in
    capitals: "Kiev/Moscú, 31 jul (EFE).-", "ABUYA, 14 may (Xinhua) --", "JÁRKOV."."""
    d = lay.dateline if lay is not None else None
    if d is None:
        return []
    text_of = lay.text_of
    out = [Mention(a, b, text_of(a, b), "ORG" if fold(text_of(a, b)) in _ORG_NAMES else "LOC", 1.5) for a, b in d.places]
    if d.agency:
        out.append(Mention(d.agency[0], d.agency[1], text_of(*d.agency), "ORG", 1.5))
    return out


def _is_cap(tok) -> bool:
    t = tok.text
    return t[:1].isupper() or t[:1].isdigit()


# the heads of organisations the NER cuts off their names: a bare "Organización" (GENERIC_HEADS, never a name of its
# own) before "de las Naciones Unidas"; any organisation head before a "para"/"por" part of the same name
_LONE_HEADS = ("Organización", "Oficina", "Agencia", "Alianza", "Servicio", "Coalición", "Mando")
_CAPS = r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?: [A-ZÁÉÍÓÚÑ][\w'’-]*)*"
_LINK = r" (?:de(?: la| las| los| el)?|del|(?:para|por) (?:la|las|los|el)) "  # ("por Telegram": a channel, no name)
_CUT = re.compile(r"^ (?:y|e|contra)\b")  # the name goes on: "... para la Alimentación y la Agricultura"


def joined_org_names(text: str, org_heads, ents) -> list[Mention]:
    """Organisations named by a head and a "para"/"por" part the NER splits in two ("el Observatorio Sirio por los
    Derechos Humanos", "La Oficina de la ONU para la Coordinación de Asuntos Humanitarios"), or whose bare head it
    drops ("La Organización de las Naciones Unidas": up to the end of the name the NER found after it). ``ents``: the
    NER's (start, end, label); a run that takes in a person or cuts a name is none ("la Oficina del Presidente de
    Ucrania Mykhailo Podolyak"), nor one the name goes on after ("... para la Alimentación y la Agricultura")."""
    out = []
    for m in _org_runs(tuple(org_heads)).finditer(text):
        a, b = m.start(), m.end()
        words = m.group().split(" ")
        lone = words[0] in _LONE_HEADS and words[1] in ("de", "del")
        if lone:  # (not a title-case headline run on after it: "... Naciones Unidas Condena Nuevo Ataque")
            end = next((e for s, e, label in ents if label == "ORG" and a < s < e < b), b)
            b = b if re.match(_LINK, text[end:]) else end
        if _CUT.match(text[b:]) or any(s < b and a < e and (label == "PER" or s < a or e > b) for s, e, label in ents):
            continue
        if lone or re.search(r" (?:para|por) ", text[a:b]):
            out.append(Mention(a, b, text[a:b], "ORG", 1.0))
    return out


@lru_cache(maxsize=4)
def _org_runs(heads: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(re.escape(h) for h in heads if h[:1].isupper())
    return re.compile(rf"(?<![\w])(?:{alts})(?: {_CAPS})?(?:{_LINK}{_CAPS})+")


def written_forms(text: str) -> list[Mention]:
    """Names the NER splits or misses, found by how they are written: a nickname in quotes inside a person's name
    ('Ismael "El Mayo" Zambada' is Ismael Zambada), a ministry in lower case ("el ministerio de Defensa") and a fleet
    named by its sea ("la Flota del mar Negro")."""
    return [Mention(m.start(), m.end(), f"{m[1]} {m[3]}", "PER", 1.2) for m in _ALIAS_NAME.finditer(text)] + [
        Mention(m.start(), m.end(), "M" + m.group()[1:], "ORG", 1.0) for m in _MINISTRY.finditer(text)] + [
        Mention(m.start(), m.end(), m.group(), "ORG", 1.0) for m in _FLEET.finditer(text)]
