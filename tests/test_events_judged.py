"""A word that judges an act ("masacre", "matanza") told beside a strike in its own words is that strike, not a
second event; told as what a time is counted from, or on another day, it stays an act of its own (real wire copy)."""
from __future__ import annotations

from functools import lru_cache

from cronica.process import extract_text


@lru_cache(maxsize=None)
def run(text: str, published: str):
    return extract_text(text, published=published, geocode=False)


def word(art, v) -> str:
    return art.text[v.trigger_span[0]:v.trigger_span[1]]


def place(art, v):
    return next((e.name for e in art.entities if e.id == v.place), None)


def test_a_massacre_told_with_the_strike_that_made_it_is_that_strike():
    # Al Mayadeen (espanol.almayadeen.net), 19 Dec 2023: "la masacre" before and with "tras atacar una manzana
    # residencial" in Jabalia is the strike told again (the spec: killings as the side effect of a strike on a place
    # are the strike's event)
    art = run("El Ministerio de Salud palestino anunció este martes que el número de víctimas de la masacre del bloque 2 "
              "en el campamento de Jabalia ascendió a 13 mártires y 75 heridos, incluidos decenas en situaciones "
              "críticas.\nLas fuerzas de ocupación israelíes cometieron una nueva masacre este martes en el campamento "
              "de Jabalia, en la Franja de Gaza, tras atacar una manzana residencial.\nSegún el Ministerio de Salud "
              "palestino, el número de víctimas de la masacre del bloque 2 en el referido lugar ascendió a 13 muertos "
              "y 75 heridos, incluidos decenas en situaciones críticas.", "2023-12-19")
    assert [v.type for v in art.events] == ["attack"], [(v.type, word(art, v)) for v in art.events]
    strike = art.events[0]
    assert word(art, strike) == "atacar" and "Jabalia" in (place(art, strike) or "")
    assert (strike.fatalities, strike.injured) == (13, 75)


def test_a_massacre_a_time_is_counted_from_is_another_act():
    # Página/12, 16 Oct 2022: "11 días después de una masacre que dejó 20 personas muertas en San Miguel Totolapan"
    # is an earlier killing elsewhere, not the bar shooting in Irapuato
    art = run("Doce personas fueron asesinadas en un ataque a tiros en un bar de la ciudad de Irapuato, en el estado "
              "central mexicano de Guanajuato, el más violento del país y escenario de una guerra entre bandas "
              "criminales.\nLa agresión al bar ocurre a 11 días después de una masacre que dejó 20 personas muertas en "
              "San Miguel Totolapan, un pueblo del sureño estado de Guerrero, debido a disputas entre grupos del crimen "
              "organizado que operan en esa región del país.", "2022-10-16")
    told = {word(art, v): (place(art, v), v.fatalities) for v in art.events}
    assert told.get("masacre") == ("San Miguel Totolapan", 20), told
    assert any(p == "Irapuato" for w, (p, _) in told.items() if w != "masacre"), told


def test_a_massacre_of_another_day_is_not_the_strike_told_before():
    # es.investing.com (Reuters), 19 Oct 2023: "la matanza de 1.400 israelíes ... el 7 de octubre" is not the hospital
    # explosion of "el martes" told above it
    art = run("Según las autoridades palestinas, 471 personas murieron en la explosión en el hospital Al-Ahli al-Arabi a "
              "última hora del martes. El Ministerio de Sanidad de Gaza culpó a un ataque aéreo israelí, mientras que "
              "Israel dijo que la explosión fue causada por el lanzamiento fallido de un cohete por parte de "
              "militantes.\nIsrael ha respondido a la matanza de 1.400 israelíes perpetrada por hombres armados de Hamás "
              "el 7 de octubre prometiendo destruir al grupo.", "2023-10-19")
    killing = next((v for v in art.events if word(art, v) == "matanza"), None)
    assert killing is not None and killing.date is not None and killing.date.value == "2023-10-07"
    blast = next(v for v in art.events if word(art, v) == "explosión")
    assert blast.fatalities == 471 and blast.date is not None and blast.date.value == "2023-10-17"


def test_a_massacre_told_as_the_sentence_that_opens_with_the_strike_is_that_strike():
    # elpais.com, 10 Aug 2024 (headline): "Un bombardeo israelí causa una matanza en una escuela de Gaza": the strike
    art = run("Un bombardeo israelí causa una matanza en una escuela de Gaza que servía como refugio", "2024-08-10")
    assert [v.type for v in art.events] == ["attack"], [(v.type, word(art, v)) for v in art.events]



# hch.tv, 27 Oct 2024: the RSF attack on a village, then "la región donde presuntamente tuvo lugar la masacre"
SUDAN_HCH = ('Al menos 124 personas murieron el viernes en un ataque del grupo paramilitar sudanés Fuerzas de Apoy'
             'o Rápido (RSF, por sus siglas en inglés ) contra un pueblo al sur de Jartum, la capital de Sudán, se'
             'gún activistas y médicos. De confirmarse, supondría uno de los incidentes más mortíferos de una guer'
             'ra civil que no muestra signos de disminuir.\nDesde abril del año pasado, las Fuerzas Armadas Revoluc'
             'ionarias de Sudán luchan contra las Fuerzas Armadas Sudanesas (FAS) por el control del país. Ambas f'
             'uerzas han sido acusadas de matar a civiles.\nEl incidente se produce tras la deserción del comandant'
             'e de las RSF en Al-Jazirah, la región donde presuntamente tuvo lugar la masacre. Desde entonces se h'
             'an intensificado los ataques de las RSF, según los informes.')


def test_a_massacre_named_after_the_attack_is_the_attack_told_before():
    art = run(SUDAN_HCH, "2024-10-27")
    assert not [v for v in art.events if word(art, v) == "masacre"], [(v.type, word(art, v)) for v in art.events]
    assert any(v.type == "attack" and v.fatalities == 124 for v in art.events)
