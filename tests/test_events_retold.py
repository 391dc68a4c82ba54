"""A strike first placed by a vague noun and told again where the next sentence names that place (real wire copy):
one event, at the place named; and acts told as a habit are no event."""
from __future__ import annotations

from functools import lru_cache

from cronica.process import extract_text


@lru_cache(maxsize=None)
def run(text: str, published: str):
    return extract_text(text, published=published, geocode=False)


def word(art, v) -> str:
    """The words that tell the event ``v``."""
    return art.text[v.trigger_span[0]:v.trigger_span[1]]


def triggers(art) -> list[str]:
    """The words that tell each event."""
    return [word(art, v) for v in art.events]


def strike_places(art) -> list[str]:
    """The places of the attacks and clashes, one per event."""
    names = {e.id: e.name for e in art.entities}
    return [names.get(v.place) for v in art.events if v.type in ("attack", "clash")]


def test_a_town_in_a_governorate_named_in_the_next_sentence_is_the_one_strike_there():
    # infobae.com (Europa Press wording), 8 Aug 2025: "la gobernación de Kordofán Norte" is a region, the town the
    # next sentence names with the same noun is where the attack was
    art = run("Al menos 16 personas han muerto y otras ocho han resultado heridas en un ataque achacado a las Fuerzas de "
              "Apoyo Rápido (RSF) en una localidad ubicada en la gobernación de Kordofán Norte, en el marco de la guerra "
              "desatada en abril de 2023 con el Ejército de Sudán.\n\nLa organización civil Red de Médicos de Sudán ha "
              "explicado que el ataque tuvo lugar en la noche del jueves en la localidad de Markaz al Ziyadiya y que seis "
              "personas están desaparecidas.", "2025-08-08")
    places = strike_places(art)
    assert len(places) == 1 and places[0].startswith("Markaz"), places
    assert [v.fatalities for v in art.events if v.type in ("attack", "clash")] == [16]


def test_a_base_near_the_capital_told_again_at_the_base_it_names_is_one_attack():
    # elpais.com, 21 Mar 2016: "una base militar próxima a Mogadiscio" is the base of Lanta-Bur, not the capital
    art = run("Al menos 35 soldados somalíes han muerto y otros 23 han resultado heridos en un ataque del grupo terrorista "
              "Al Shabab contra una base militar próxima a Mogadiscio, la capital del país, según han informado este "
              "lunes las autoridades regionales. El ataque ocurrió en la madrugada del domingo al lunes en la base de "
              "Lanta-Bur, a unos 45 kilómetros de la capital, cuando un grupo de terroristas tomó el control del "
              "campamento militar.", "2016-03-21")
    assert strike_places(art) == ["Lanta-Bur"]


def test_what_a_side_does_every_night_is_no_strike_told():
    # reduno.com.bo (EFE), 29 Jan 2026: "Rusia ataca prácticamente cada noche territorio ucraniano" is a habit
    art = run("Rusia ataca prácticamente cada noche territorio ucraniano con drones que en ocasiones van acompañados de "
              "misiles. Su principal objetivo en los últimos meses es el sistema energético ucraniano.", "2026-01-29")
    assert not [v for v in art.events if word(art, v) == "ataca"]


def test_the_talks_a_negotiator_is_in_charge_of_are_no_talks_told():
    # diariohoy.net (Argentina), 1 Dec 2025: "responsable de las negociaciones" is Umerov's charge; the meeting is the event
    art = run("Bajo este contexto, el secretario del Consejo para la Seguridad de Ucrania, Rustem Umérov, responsable de "
              "las negociaciones sobre el plan de paz, informó que ayer se dio inicio al encuentro en Estados Unidos entre "
              "los enviados de Kiev y los representantes estadounidenses.", "2025-12-01")
    assert triggers(art) == ["encuentro"]


def test_a_city_recovered_is_a_change_of_hands_bodies_recovered_are_not():
    # tesaaworld.com (Spanish edition), 12 Aug 2025: "la recuperación del control de Jartum" by the army
    art = run("El aumento de la violencia se debe a que las fuerzas de apoyo rápido se están moviendo hacia el oeste tras "
              "la recuperación del control de Jartum por parte del ejército sudanés en marzo de 2025, para concentrar sus "
              "operaciones en Darfur y Kordofán.", "2025-08-12")
    assert [(v.type, art.entity(v.place).name) for v in art.events] == [("territory_change", "Jartum")]
    # diarioversionfinal.com, 19 Aug 2025: "la recuperación de cadáveres" takes no place
    art = run("Asimismo, Moscú propuso establecer pausas de 24 a 48 horas en las hostilidades con el objetivo de facilitar "
              "la evacuación de heridos y la recuperación de cadáveres en las zonas de combate.", "2025-08-19")
    assert not [v for v in art.events if v.type == "territory_change"]


def test_an_example_a_source_gives_after_como_is_its_claim_not_background():
    # lapagina.com.sv (El Salvador), 11 Dec 2024: "como la recuperación de Carrefour Peille" is one of the advances Saint-Louis tells
    art = run("Según Saint-Louis, se lograron avances significativos, como la recuperación de Carrefour Peille, "
              "anteriormente controlado por bandas, y la reactivación de la comisaría de Liancourt, que permaneció cerrada "
              "durante dos años.", "2024-12-11")
    assert [v.status for v in art.events if word(art, v) == "recuperación"] == ["claimed"]


def test_an_act_no_one_did_is_no_event_whoever_says_so():
    # hoydia.com.ar (Argentina), 10 Aug 2022: "no se debió a ningún tiroteo o bombardeo": no shelling told
    art = run("“Varias municiones destinadas a la aviación explotaron en un depósito situado en el territorio del aeródromo "
              "militar de Saki, cerca de la localidad de Novofiodorovka”, dijo el Ministerio de Defensa ruso en un "
              "comunicado donde aclaró que la detonación no se debió a ningún tiroteo o bombardeo, aunque no pudo "
              "especificar la causa de las explosiones.", "2022-08-10")
    assert not [v for v in art.events if word(art, v) in ("tiroteo", "bombardeo")]


# actualidad.rt.com (RT en español), 17 Sep 2024
BAMAKO = ('Momentos de caos se vivieron este martes en la capital de Mali, Bamako, luego de que insurgentes '
        'yihadistas atacaran una escuela de formación de la gendarmería y otras zonas estratégicas, incluido '
        'el aeropuerto internacional Modibo Keita.\nEn las redes sociales circulan varios videos en los que '
        'se ve a los insurgentes disparando ráfagas de ametralladora en lo que parecía ser una explanada del '
        'aeropuerto, e incluso uno de ellos prende fuego a una de las turbinas del avión presidencial.\nLa '
        "organización Jama'a Nusrat al-Islam wa al-Muslimin (Grupo de apoyo al Islam y a los Musulmanes), "
        'afiliada a Al Qaeda*, reivindicó la autoría de lo que se ha considerado como el mayor atentado '
        'yihadista en la capital maliense desde el golpe de Estado militar de 2020, recoge Le Monde.\nEl '
        'ataque comenzó cerca de las 5:30 de la mañana (hora local). Se oyeron disparos y detonaciones en '
        'los alrededores de la escuela de la gendarmería, en el barrio de Faladié, y a unos 10 kilómetros '
        'más al sur, en lo que parece ser la base aérea 101, adyacente al aeropuerto y utilizada por la '
        'Fuerza Aérea de Malí.\nEl grupo yihadista afirmó en un comunicado haber llevado a cabo una '
        '"operación específica" contra el "aeropuerto militar y una base de entrenamiento de la '
        'gendarmería", cuyo resultado ha dejado "enormes pérdidas humanas y materiales" y la "destrucción de '
        'varios aviones de combate".\nPosteriormente, el general Oumar Diarra, jefe del Ejército del país, '
        'declaró que las autoridades ya han retomado el control de la situación y que los combatientes '
        'infiltrados han sido "neutralizados". El Ejército detalló que el ataque causó "algunas muertes", '
        'incluidos cadetes de la academia de gendarmes, informa Reuters.')


def test_the_attack_told_again_by_its_noun_is_the_fighting_its_verb_told():
    # actualidad.rt.com (RT en español), 17 Sep 2024: "insurgentes yihadistas atacaran una escuela" (a battle: armed men
    # on the ground) ... "El ataque comenzó cerca de las 5:30": one event, the noun of that verb
    art = run(BAMAKO[:BAMAKO.index("(hora local).") + len("(hora local).")], "2024-09-17")
    assert [(v.type, word(art, v)) for v in art.events] == [("clash", "atacaran")]


def test_what_an_attack_was_carried_out_with_is_that_attack():
    # news360.es (Europa Press wording), 17 Jan 2023: the car bombs are what the attack was made with, no second strike
    art = run("El atentado ha sido ejecutado con al menos tres coches bomba que han estallado en la base, que acoge a "
              "tropas somalíes y a milicianos locales aliados con el Gobierno central.", "2023-01-17")
    assert [word(art, v) for v in art.events if v.type == "attack"] == ["atentado"]



def test_the_attack_told_again_paragraphs_on_and_placed_nowhere_is_the_one_attack():
    # "El Ejército detalló que el ataque causó «algunas muertes»", after "El ataque comenzó cerca de las 5:30"
    art = run(BAMAKO, "2024-09-17")
    assert "ataque" not in triggers(art)


def test_what_an_act_told_was_for_is_no_act_told():
    # noticias.foxnews.com (AP wording), 29 Jul 2024: the villages the troops pushed to capture are no capture told
    # (a plan with its date, "la fecha límite ... para invadir Rafah", stays expected: see triggers.tsv purpose.para)
    art = run('"Presionaron sin parar" para capturar Vovche y Prohres, declaró a Radio Svaboda el sargento jefe de la '
              '47ª Brigada Mecanizada Separada de Ucrania, Oleh Chaus.', "2024-07-29")
    assert not [v for v in art.events if v.type == "territory_change"]


def test_a_purpose_clause_with_its_own_subject_still_tells_the_fighting_it_looks_to():
    # diariolibre.com (Dominican Rep.), 20 Nov 2025: "para que las bandas puedan enfrentarse a la Policía"
    art = run("Un día antes del referido ataque, el líder de banda y portavoz de la coalición armada Viv Ansanm (Vivir "
              "Juntos), Jimmy Cherisier, alias 'Barbecue', pidió a la población no salir de casa, para que las bandas "
              "puedan enfrentarse a la Policía y \"evitar que sean víctimas\".", "2025-11-20")
    assert "enfrentarse" in triggers(art)


def test_the_fighting_told_again_is_the_fighting_told_first_not_an_attack_told_since():
    # ultimocable.com (Anadolu), Apr 2023: "los enfrentamientos han dejado cerca de 330 muertos" are the clashes the
    # article opened with, not the attack on the RSF base the paramilitaries accused the army of
    art = run("JARTUM.— Desde hace seis días, continúan los enfrentamientos entre el Ejército sudanés y el grupo militante "
              "Fuerzas de Apoyo Rápido (RSF) en la capital sudanesa, Jartum.\nEsto provocó enfrentamientos el 15 de abril "
              "entre el Ejército y RSF. Los paramilitares acusaron al Ejército de atacar su base en Jartum y anunciaron la "
              "toma de instalaciones estratégicas.\nSegún la Organización Mundial de la Salud (OMS), los enfrentamientos "
              "han dejado cerca de 330 muertos y más de 3.200 heridos.", "2023-04-21")
    tolls = {art.text[v.trigger_span[0]:v.trigger_span[1]]: (v.fatalities, v.injured) for v in art.events if v.type == "clash"}
    assert tolls.get("atacar", (None, None)) == (None, None) and (330, 3200) in tolls.values()


def test_an_act_told_with_al_and_an_infinitive_and_what_it_destroyed_are_that_act():
    # laprensaaustral.cl, 2 Jun 2025: "al bombardear" tells how the attack was made; the aircraft it destroyed on the
    # ground were no air defence
    art = run("Ucrania ejecutó ayer un ataque sin precedentes contra la aviación rusa al bombardear tres bases aéreas "
              "con drones en las regiones de Irkutsk y Murmansk, destruyendo más de 40 aviones, incluidos bombarderos "
              "estratégicos Tu-95 y Tu-22.", "2025-06-02")
    assert [v.type for v in art.events] == ["attack", "attack"]
    assert sorted(strike_places(art)) == ["Irkutsk", "Murmansk"]


def test_the_thing_struck_named_again_where_it_stood_places_the_strike():
    # infobae.com (Europa Press), 19 Sep 2025
    art = run("En un primer ataque ocurrido durante la mañana, un vehículo fue bombardeado por un dron israelí y, tras "
              "quedar incendiado, una persona ha perdido la vida y otras tres han resultado heridas. El vehículo se "
              "encontraba a las afueras de un hospital en la localidad de Tebnine, en el sur de Líbano.", "2025-09-19")
    assert strike_places(art) == ["Tebnine"]


def test_acts_of_before_and_gatherings_attacked_are_no_events_and_a_tally_until_a_day_does_not_date_the_act():
    # ucodigital.com.ar (AP), 30 Jun 2024
    art = run("Las explosiones se parecen a ataques anteriores llevados a cabo por Boko Haram. Han obligado a muchos a "
              "llevar a cabo ataques suicidas contra escuelas, mercados, edificios religiosos y grandes reuniones.",
              "2024-06-30")
    assert not any(v.type == "diplomacy" for v in art.events)
    assert not any(art.text.startswith("ataques anteriores", v.trigger_span[0]) for v in art.events)
    # diariosigloxxi.com (Europa Press), Sunday 20 Apr 2025: the 35 dead were counted until Saturday; the attacks
    # began on Thursday
    art = run("Al menos 42 personas han muerto en los últimos ataques efectuados desde el jueves por las paramilitares "
              "Fuerzas de Apoyo Rápido de Sudán (RSF) contra la ciudad de El Fasher. Fuentes médicas del Hospital "
              "Militar de la ciudad también han confirmado al portal Darfur24 que los ataques de las RSF dejaron al "
              "menos 35 muertos hasta el sábado.", "2025-04-20")
    assert not any(v.date is not None and v.date.value == "2025-04-19" for v in art.events)


def test_leaving_an_agreement_is_no_withdrawal_and_an_air_attack_repelled_is_air_defence():
    # es.rssnews.media (Reuters), 23 Jul 2023
    art = run("Rusia ha estado atacando a Odesa y otras instalaciones de exportación de alimentos de Ucrania casi a "
              "diario durante la última semana después de que Moscú se retirara de un acuerdo de corredor marítimo "
              "negociado por las Naciones Unidas que permitía el envío seguro de grano ucraniano.", "2023-07-23")
    assert not any(v.type == "territory_change" for v in art.events)
    # corrillos.com.co (AFP), 17 Apr 2024
    art = run("La reticencia de sus aliados frustra especialmente a Kiev después de que el fin de semana se repeliera "
              "con éxito un ataque aéreo masivo iraní contra Israel, gracias en gran medida al apoyo militar "
              "occidental.", "2024-04-17")
    assert [v.type for v in art.events] == ["interception"]


def test_aid_that_would_have_come_and_a_hit_received_are_no_aid():
    # corrillos.com.co (AFP), 17 Apr 2024: a counterfactual tells what did not happen
    art = run("«Esto no habría ocurrido si Ucrania hubiera recibido suficientes equipos de defensa antiaérea y si el "
              "mundo hubiera estado suficientemente unido», escribió Zelenski.", "2024-04-17")
    assert not any(v.type == "aid" for v in art.events)
    # diariolasamericas.com (Reuters), 22 Sep 2023: a headquarters that "received a hit" was struck
    art = run("No estaba claro si el cuartel recibió un impacto directo o de los escombros de un misil interceptado.",
              "2023-09-22")
    assert not any(v.type == "aid" for v in art.events)


def test_a_drone_entering_airspace_is_no_ground_taken_and_scrambled_jets_no_call_up():
    # cuartopoder.mx (AP), 20 Nov 2025
    art = run("Rumanía movilizó dos aviones Eurofighter Typhoon y otros dos F-16 luego de la entrada de un dron en su "
              "espacio aéreo durante los ataques rusos, explicó el Ministerio de Defensa Nacional del país.", "2025-11-20")
    assert not any(v.type in ("territory_change", "mobilization") for v in art.events)


def test_a_strike_told_again_a_little_further_in_someones_words_is_the_same_strike():
    # lanacion.cl, 8 Apr 2022
    art = run("Con al menos 30 muertos y más de cien heridos terminó un ataque con misiles contra la estación de tren de "
              "Kramatorsk, según informó la entidad gestora de los ferrocarriles ucranianos.\n“Este es un golpe "
              "deliberado a la infraestructura de pasajeros del ferrocarril y los residentes de Kramatorsk”, comunicaron "
              "los ferrocarriles ucranianos en Facebook.\nEl jefe de la administración militar regional de Donetsk, "
              "Pavlo Kirilenko, declaró en su cuenta de Telegram: “Los fascistas rusos atacaron la estación de tren de "
              "Kramatorsk con un Iskander. Policías y guardias sobre el terreno informan de decenas de muertos y "
              "heridos”.", "2022-04-08")
    assert [(v.type, v.fatalities) for v in art.events] == [("attack", 30)]


def test_an_ambush_named_again_as_an_attack_in_its_own_clause_is_one_event():
    # tn8.tv, 30 Sep 2016: "en un ataque" hung on the ambush's gerund names the ambush again (its toll too)
    art = run("Un grupo de criminales emboscó a un convoy militar en Culiacán, la capital del estado mexicano de Sinaloa "
              "(norte) la madrugada del viernes, matando a cuatro militares, en un ataque cuyo objetivo era rescatar a "
              "un delincuente herido, según las autoridades.", "2016-09-30")
    assert [(v.type, word(art, v), v.fatalities) for v in art.events] == [("clash", "emboscó", 4)]


def test_people_killed_in_a_massacre_named_in_the_same_sentence_are_one_massacre():
    # codigosanluis.com (AP), 12 Sep 2025: "fueron asesinadas ... en una masacre atribuida a las pandillas"
    art = run("Al menos 42 personas, entre ellas un niño de cuatro años y su familia, fueron asesinadas en Labodrie, un "
              "pueblo pesquero al norte de Puerto Príncipe, Haití, en una masacre atribuida a las pandillas, informó este "
              "viernes el funcionario local Joseph Louis Baptiste.", "2025-09-12")
    assert [(v.type, v.fatalities) for v in art.events] == [("violence_against_civilians", 42)]


def test_the_strike_told_again_in_the_region_named_around_its_town_is_that_strike():
    # laopiniondemurcia.es (Europa Press), 22 Aug 2025: "El ataque en Jarkov" is the strike on Kurjane, "situada en la
    # región ucraniana de Jarkov", not the other strike told in between (in the region of Jerson)
    art = run("Un ataque ruso con drones en la localidad de Kurjane, situada en la región ucraniana de Jarkov, causó la "
              "muerte de una persona y tres heridos, informó la fiscalía de la zona.\n\nOtra persona también murió en "
              "otro ataque perpetrado en la región de Jerson.\n\nEl ataque en Jarkov, según la misma fuente, se produjo "
              "hacia las cuatro de la madrugada de este viernes y afectó a una zona residencial.", "2025-08-22")
    assert sorted(strike_places(art)) == ["Jerson", "Kurjane"]


def test_the_one_strike_told_again_with_its_place_is_that_strike_there():
    # ondavasca.com (EFE), 25 Sep 2023: "el ataque con misiles que Ucrania lanzó el pasado viernes contra la sede del
    # Estado Mayor de la Flota del Mar Negro" ... "el ataque contra este edificio histórico del puerto de Sebastopol":
    # one strike, in Sebastopol, with the dead the first sentence counts
    t = ("Un total de 34 militares rusos habrían muerto como consecuencia del ataque con misiles que Ucrania lanzó el "
         "pasado viernes contra la sede del Estado Mayor de la Flota del Mar Negro rusa, según aseguraron hoy las Fuerzas "
         "de Operaciones Especiales ucranianas en su cuenta de Telegram.\nEntre los muertos estaría el comandante de la "
         "Flota del Mar Negro, el almirante Víktor Sokolov.\nAdemás, 105 \"ocupantes\" resultaron heridos en el ataque "
         "contra este edificio histórico del puerto de Sebastopol, en la península ucraniana de Crimea que Rusia se "
         "anexionó en 2014 y en la que tiene su base la Flota del Mar Negro rusa.")
    art = run(t, "2023-09-25")
    names = {e.id: e.name for e in art.entities}
    attacks = [(names.get(v.place), v.fatalities) for v in art.events if v.type == "attack"]
    assert attacks == [("Sebastopol", 34)]


def test_the_fall_of_a_town_taken_sentences_before_is_that_taking():
    # robertocavada.com (EFE), 7 Feb 2025: "La caída de Toretsk", five sentences after "tomó este viernes el bastión
    # ucraniano de Toretsk", is that taking told again (a noun of a verb's row: "caer")
    t = ("El Ejército ruso tomó este viernes el bastión ucraniano de Toretsk, uno de los principales objetivos de la "
         "actual ofensiva rusa en Donetsk, informó el Ministerio de Defensa de Rusia.\nSegún el mando ruso, “gracias a las "
         "intensas acciones ofensivas” de tres brigadas motorizadas y unidades de voluntarios fue “liberada la ciudad de "
         "Dzerzhinsk (nombre ruso de Toretsk) de la república popular de Donetsk”, anexionada por Moscú en 2022.\nLas "
         "fuerzas rusas lograron conquistar definitivamente esta estratégica ciudad -más de 30.000 habitantes antes de la "
         "guerra- tras varios meses de intensos combates.\nSegún fuentes ucranianas, Rusia empleó unos 10.000 efectivos "
         "en la ofensiva contra la ciudad, que comenzó el julio de 2024, aunque los rusos no entraron en la urbe hasta "
         "principios de septiembre.\nLa víspera, según el estadounidense Instituto de Estudios para la Guerra (ISW), solo "
         "quedaban por ocupar los vertederos de tres minas al norte de la ciudad.\nLa caída de Toretsk allana el camino "
         "para el avance ruso hacia Kostiantinivka, unas de las plazas ucranianas más importantes en esta región "
         "oriental con casi 70.000 habitantes en febrero de 2022.")
    art = run(t, "2025-02-07")
    taken = [word(art, v) for v in art.events if v.type == "territory_change"]
    assert "tomó" in taken and "caída" not in taken


def test_what_a_strike_did_told_by_a_second_verb_is_that_strike():
    # oncenoticias.digital/?p=226809 (2023-02-19): "destruyó" shares the subject "Un bombardeo israelí" of "dejó"
    art = run("Un bombardeo israelí dejó al menos 15 muertos y destruyó un edificio residencial en Damasco, capital de "
              "Siria, informó el domingo un organismo de monitoreo de la guerra.", "2023-02-19")
    names = {e.id: e.name for e in art.entities}
    strikes = [(word(art, v), names.get(v.place), v.fatalities) for v in art.events if v.type == "attack"]
    assert strikes == [("bombardeo", "Damasco", 15)], strikes


def test_a_toll_update_names_the_strike_told_before_with_an_indefinite():
    # fosterinstantnews.com, 5 Apr 2025 (un-nuevo-ataque-ruso-contra-ucrania-deja-18-muertos...): "el número de
    # muertos por un ataque con misiles rusos contra la ciudad de Krivói Rog aumentó a 18" is the toll of "Rusia ha
    # atacado una vez más Krivói Rog"
    text = ("Rusia ha atacado una vez más Krivói Rog, la ciudad natal del presidente ucraniano Volodymyr Zelensky, en el "
            "centro del país. Al menos un misil balístico impactó una zona residencial de esta ciudad industrial y "
            "minera, dañando alrededor de 20 edificios de apartamentos, más de 30 vehículos, un edificio educativo y un "
            "restaurante.\n\nEl gobernador regional, Sergiy Lysak, informó el sábado que el número de muertos por un "
            "ataque con misiles rusos contra la ciudad de Krivói Rog, en el centro de Ucrania, aumentó a 18, incluidos "
            "nueve menores. El incidente del viernes también dejó más de 70 personas heridas, entre ellas un bebé de "
            "tres meses y personas mayores.")
    art = run(text, "2025-04-05")
    names = {e.id: e.name for e in art.entities}
    strikes = [(word(art, v), v.fatalities) for v in art.events if v.type == "attack" and names.get(v.place) == "Krivói Rog"]
    assert ("atacado", 18) in strikes and not any(t == "ataque" for t, _ in strikes), strikes


# avimexnews.com, 14 Jul 2022: the missile strike on Vinnytsia told first by its noun, then by its verb
VINNYTSIA = ("Al menos 21 personas murieron, 40 han desaparecido y más de un centernar han resultado heridas en el ataque "
             "con misiles rusos contra la ciudad ucraniana de Vinnytsia. Entre las víctimas hay tres niños.\n"
             "El presidente de Ucrania calificó el ataque de “acto abiertamente terrorista” contra la población civil del "
             "país en áreas sin valor militar.\n"
             "“Rusia destruye a la población civil todos los días, mata a niños ucranianos, dirige misiles contra "
             "objetivos civiles. Donde no hay (objetivos) militares. ¿Qué es esto sino un acto de terrorismo?», escribió "
             "Volodímir Zelenski en la aplicación de mensajería Telegram.\n"
             "Según datos preliminares tres misiles rusos impactaron en un edifcio de oficinas. Las explosiones afectaron a "
             "complejos oficiales y residenciales cercanos.")


def test_the_one_strike_told_again_by_its_verb_with_nothing_of_its_own_is_that_strike():
    # "tres misiles rusos impactaron en un edifcio de oficinas", with no place, day or toll of its own, four sentences
    # after the only strike told, is that strike
    art = run(VINNYTSIA, "2022-07-14")
    assert [word(art, v) for v in art.events if v.type == "attack"] == ["ataque"]


def test_another_attack_reported_weeks_ago_is_neither_todays_wave_nor_the_biggest_one():
    # 24horas.cl (Deutsche Welle), 2022-12-08 (buque-ruso-derriba-un-dron-ucraniano-junto-la-base-naval-de-sebastopol):
    # the attack the governor denounced on 22 November is of that day; "El mayor ataque ... el 29 de octubre" is
    # another one
    t = ("Un buque ruso derribó un dron ucraniano que volaba sobre las aguas del mar Negro junto a la base naval de "
         "Sebastopol, según informó el gobernador ruso de ese puerto en la península de Crimea, Mijaíl Razvozháev.\n"
         "\"Esta mañana, un buque de guardia de la Flota del mar Negro derribó un dron\", escribió el gobernador en su "
         "canal de Telegram.\nSegún Razvozháev, los militares rusos, \"como siempre hicieron eficazmente su trabajo\".\n"
         "El pasado 22 de noviembre, el gobernador del principal puerto de la península de Crimea denunció otro ataque "
         "ucraniano con drones, dos de los cuales fueron abatidos.\nEl mayor ataque contra Sebastopol se produjo el 29 "
         "de octubre pasado, cuando según Moscú fueron utilizados nueve drones aéreos y siete marinos, todos los cuales "
         "fueron destruidos por los sistemas de defensa.")
    art = run(t, "2022-12-08")
    assert sorted(v.date.value for v in art.events if v.type == "attack") == ["2022-10-29", "2022-11-22"]


def test_the_strike_answered_or_followed_is_not_the_launch_told_beside_it():
    # tucumandigital.com.ar, 2024-09-23 (ataques-israelies-en-el-libano-bombardeos-en-areas-bajo-control-de-hezbollah...):
    # Hezbollah's launch is its own strike, neither the Israeli bombing it followed nor the attacks it answered
    t = ("Horas después del bombardeo, Hezbollah lanzó al menos siete proyectiles contra objetivos militares en el norte "
         "de Israel como represalia a los ataques contra el sur y la Bekaa, incluyendo el cuartel general de Ein Zeitim "
         "y la base de Zvulun.")
    words = triggers(run(t, "2024-09-23"))
    assert "lanzó" in words and "bombardeo" in words, words
