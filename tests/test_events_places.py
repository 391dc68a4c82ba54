"""Where events happened, on real wire copy: who leads a campaign is not where it is, forces heading toward towns
fight on the way, and a sentence that places the acts just told."""
from __future__ import annotations

from functools import lru_cache

import pytest

from cronica.process import extract_text


@lru_cache(maxsize=None)
def run(text: str, published: str):
    return extract_text(text, published=published, geocode=False)


def told(art) -> list[tuple[str, str, str | None]]:
    names = {e.id: e.name for e in art.entities}
    return [(v.type, art.text[v.trigger_span[0]:v.trigger_span[1]], names.get(v.place)) for v in art.events]


# teletica.com (AFP), 13 May 2024: the Russian offensive in the Kharkiv region
KHARKIV = ("Los combates proseguían este lunes en la región de Járkov, en el noreste de Ucrania, donde más de 30 localidades "
           "están bajo fuego ruso, según las autoridades, y cerca de 6.000 habitantes fueron evacuados a causa de la "
           "ofensiva de Moscú.\n\n\n\nLas fuerzas rusas cruzaron la frontera el viernes en una ofensiva hacia Lipsi y "
           "Vovchansk, dos localidades situadas respectivamente a unos veinte y unos cincuenta kilómetros al noreste de "
           "Járkov, segunda ciudad del país.\n\n\n\n\"El enemigo sigue avanzando hacia Vovchansk. Se encuentra en la "
           "perifería y busca penetrar en la ciudad, que sufre intensos bombardeos.\"")


def test_the_capital_whose_offensive_it_is_is_not_where_it_is_fought():
    art = run(KHARKIV, "2024-05-13")
    assert not any(place == "Moscú" for typ, _, place in told(art) if typ == "clash")


def test_forces_heading_toward_towns_fight_on_the_way_and_take_nothing_there():
    art = run(KHARKIV, "2024-05-13")
    assert not [e for e in told(art) if e[0] == "territory_change"]
    assert {place for typ, _, place in told(art) if typ == "clash"} >= {"Lipsi", "Vovchansk"}


def test_a_sentence_placing_both_acts_just_told_places_and_asserts_each_of_them():
    # abc.es (AFP), 2 Sep 2025: "Ambas acciones ocurrieron en Ciudad de Gaza"
    art = run("El portavoz de la Defensa Civil de Gaza afirmó el martes que 13 personas murieron en el territorio "
              "palestino en los bombardeos aéreos nocturnos israelíes.\n\nMahmud Basal indicó que un ataque israelí contra "
              "un edificio residencial mató a 10 personas, mientras otro bombardeo contra un edificio de apartamentos mató "
              "a otras tres. Ambas acciones ocurrieron en Ciudad de Gaza.\n\nLa guerra en Gaza fue desatada por el ataque "
              "del movimiento islamista Hamás en octubre de 2023 contra Israel, que dejó 1.219 muertos.", "2025-09-02")
    attacks = [(trig, place) for typ, trig, place in told(art) if typ == "attack"]
    assert attacks[:3] == [("bombardeos", "Ciudad de Gaza"), ("ataque", "Ciudad de Gaza"), ("bombardeo", "Ciudad de Gaza")]
    # and the outlet, saying where both happened, tells them in its own voice
    assert [v.status for v in art.events if v.type == "attack"][1:3] == ["asserted", "asserted"]


def test_the_act_told_in_a_region_is_the_one_its_next_sentence_tells_in_a_town_there():
    # elperiodicodearagon.com (EFE), 28 Sep 2021: the ambush "en el estado nigeriano de Sokoto" is the attack on the
    # base "en Burkusuma, en Sokoto" the colonel tells next; the "Operación Avanzada" of the base's name is no advance
    art = run("Una emboscada yihadista contra una base militar en el estado nigeriano de Sokoto, en el noroeste del país "
              "africano y fronterizo con el vecino Níger, causó la muerte al menos a 18 militares, según confirmaron hoy a "
              "EFE fuentes castrenses. \"Un gran número de terroristas de ISWAP (Estado Islámico de la Provincia de África "
              "Occidental) atacaron nuestra base en Burkusuma, en Sokoto, ayer muy pronto por la mañana, después de lo cual "
              "perdimos, lamentablemente, al menos a 18 de nuestros hombres\", reveló este lunes a EFE un coronel del "
              "Ejército nigeriano que quiso permanecer en el anonimato.\n\n\"Las tropas de la Operación Hadarin Daji, junto "
              "con otras agencias de seguridad, repelieron con éxito un ataque de presuntos terroristas y bandidos del ISWAP "
              "en la Base de la Operación Avanzada en Burkusuma\", dijo el portavoz.", "2021-09-28")
    assert [(v.type, art.text[v.trigger_span[0]:v.trigger_span[1]], v.fatalities) for v in art.events][:1] == [
        ("clash", "emboscada", 18)]
    assert told(art)[0][2] == "Burkusuma" and "territory_change" not in {typ for typ, _, _ in told(art)}
    assert "atacaron" not in {trig for _, trig, _ in told(art)}


def test_an_armed_attack_on_a_party_is_one_act_against_civilians_with_its_toll_and_its_shooting():
    # laprensa.hn (EFE), 25 Jun 2025: the prosecutor's count is the attack's (not split over the state in the
    # prosecutor's name); "El tiroteo" is that attack's shooting; "impactos de arma de fuego" are wounds, no strike
    art = run("La Fiscalía del estado mexicano de Guanajuato (centro del país) elevó este miércoles a 11 el número de "
              "personas muertas y 20 lesionadas tras el ataque armado en una fiesta religiosa en la ciudad de Irapuato."
              "\n\nEl tiroteo, registrado la noche del martes en un domicilio de la colonia Barrio Nuevo, ocurrió durante "
              "la celebración de una fiesta patronal por el Día de San Juan Bautista.\n\nAdemás, indicó que 20 personas "
              "se encuentran lesionadas por impactos de arma de fuego, quienes han sido trasladadas a distintos "
              "hospitales de la región.", "2025-06-25")
    assert [(v.type, v.fatalities, v.injured) for v in art.events] == [("violence_against_civilians", 11, 20)]
    assert {e.name: e.type for e in art.entities}.get("Barrio Nuevo") == "LOC"


def test_fighting_that_goes_on_on_a_day_is_that_days():
    # teletica.com (AFP), 13 May 2024: "Los combates proseguían este lunes en la región de Járkov" (and "desde el inicio
    # de los combates", two paragraphs on, is that fighting, with no day of its own)
    art = run(KHARKIV.split("\n\n\n\nLas fuerzas")[0] + "\n\n\n\n\"Más de 30 localidades de la región de Járkov son "
              "víctimas del fuego de artillería y mortero enemigo\", indicó el gobernador Oleg Sinegubov en las redes "
              "sociales.\n\n\n\nEl gobernador de esta región ucraniana precisó que 5.762 habitantes fueron evacuados desde el "
              "inicio de los combates.", "2024-05-13")
    assert [v.date.value for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "combates"] == [
        "2024-05-13"]


# cronica.com.gt (AFP), 2 Nov 2019: the attack on the Indelimane camp, told in the region first, then where it was
INDELIMANE = ("El ataque «terrorista» contra un campo militar en el noreste de Malí, cerca de la frontera con Níger, dejó 49 "
              "muertos, anunció el sábado el ejército maliense en un nuevo balance.\nUn anterior balance, facilitado en "
              "Twitter el viernes por la noche por el ministro de Comunicación y portavoz del gobierno, Yaya Sangara, daba "
              "cuenta de 53 soldados y un civil muertos.\nEl ataque se produjo contra un campo militar en Indelimane, en la "
              "localidad de Ansongo, en el sector de Menaka (noreste).")


def test_the_act_told_in_a_country_is_the_one_told_to_have_taken_place_in_a_camp_there():
    violent = [e for e in told(run(INDELIMANE, "2019-11-02")) if e[0] in ("attack", "clash")]
    assert [place for *_, place in violent] == ["Indelimane"]  # the camp's own place, not the sector it lies in


def test_an_event_said_to_have_taken_place_in_a_town_is_placed_there():
    # rtve.es (27 Feb 2010): "ha tenido lugar", a verb and its object
    t = ("Al menos tres personas han muerto y decenas han resultado heridas en un atentado suicida perpetrado a las "
         "puertas de una comisaría del noroeste de Pakistán, según ha informado una fuente policial citada por el canal "
         "televisivo paquistaní Dawn.\n\nEl suceso ha tenido lugar en la ciudad de Karak, capital de un distrito "
         "homónimo situado en la Provincia de la Frontera Noroeste (NWFP), cuando un suicida a bordo de un coche se ha "
         "hecho estallar a las puertas de la comisaría de la ciudad, según la fuente.")
    assert [(typ, place) for typ, _, place in told(run(t, "2010-02-27"))] == [("attack", "Karak")]


# lanacion.com.ar (Reuters, 27 Jan 2026): Kharkiv described by its country, then Odesa's injured in a clause of their own
KHARKIV_ODESA = ("27 ene (Reuters) - Drones y misiles rusos atacaron la segunda ciudad más grande de Ucrania, Járkov, a "
                 "última hora del lunes y dejaron sin electricidad a la población durante un invierno gélido, mientras que "
                 "23 personas resultaron heridas en un ataque nocturno sobre la ciudad meridional de Odesa, según "
                 "informaron las autoridades.")


def test_a_city_described_by_its_country_is_struck_once_there_on_the_day_told_not_the_datelines():
    art = run(KHARKIV_ODESA, "2026-01-27")
    struck = [v for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "atacaron"]
    names = {e.id: e.name for e in art.entities}
    assert [names.get(v.place) for v in struck] == ["Járkov"]
    assert struck[0].date is not None and struck[0].date.value == "2026-01-26"


def test_the_injured_of_a_clause_that_names_its_own_attack_are_that_attacks():
    art = run(KHARKIV_ODESA, "2026-01-27")
    names = {e.id: e.name for e in art.entities}
    assert {names.get(v.place): v.injured for v in art.events} == {"Járkov": None, "Odesa": 23}


def test_a_town_taken_after_fighting_elsewhere_is_taken_there():
    # swissinfo.ch (EFE, 20 Mar 2025): Mubanda and Ngora are where the fighting before it was
    t = ("El M23 tomó el control de Walikale, el centro administrativo del territorio homónimo y una región rica en "
         "minerales, especialmente oro, durante la noche del miércoles, tras una jornada de intensos combates con el "
         "Ejército de la RDC y sus milicias aliadas en los alrededores de la ciudad, particularmente en las localidades "
         "de Mubanda y Ngora.")
    found = told(run(t, "2025-03-20"))
    assert [place for typ, _, place in found if typ == "territory_change"] == ["Walikale"]


def test_fighting_before_a_capture_hung_on_the_participle_that_locates_the_town_is_in_the_town():
    # infobae.com (Europa Press, 12 Sep 2025): "tras combates" hangs on "situada", whose "en" phrase locates Bara
    t = ("El Ejército de Sudán ha anunciado la toma de la ciudad de Bara, situada en el estado de Kordofán Norte "
         "(centro) tras combates con las paramilitares Fuerzas de Apoyo Rápido (RSF), que controlaban la localidad "
         "desde poco después del estallido de la guerra civil en 2023.")
    found = told(run(t, "2025-09-12"))
    assert [(typ, place) for typ, _, place in found] == [("territory_change", "Bara"), ("clash", "Bara")]


def test_the_centre_of_the_capital_a_demonym_names_is_that_city():
    # laverdaddemonagas.com (EFE, 17 Oct 2022): "la capital ucraniana" is Kiev, named later in the text
    t = ("Al menos tres personas han fallecido en los ataques rusos con drones suicidas este lunes en el centro de la "
         "capital ucraniana y otras tres han resultado heridas, informó la Presidencia ucraniana.\n"
         "«Las operaciones de búsqueda y rescate están en marcha» aún, recalcó a su vez el alcalde de Kiev, Vitaliy "
         "Klitschkó.")
    assert [(typ, place) for typ, _, place in told(run(t, "2022-10-17"))] == [("attack", "Kiev")]


def test_the_places_a_coordinated_place_noun_names_are_more_places_and_a_first_contact_is_no_capture():
    # elpais.com, 24 Jan 2026
    t = ("La ciudad de Járkov y otras localidades de las regiones de Sumy y Chernígov también han sido bombardeadas y "
         "hay al menos 19 heridos.")
    assert [(typ, place) for typ, _, place in told(run(t, "2026-01-24"))] == [
        ("attack", "Járkov"), ("attack", "Sumy"), ("attack", "Chernígov")]
    t = ("Todas las partes se habían congratulado el viernes de que esa primera toma de contacto en Abu Dabi había sido "
         "“productiva”, y se emplazaron a proseguir las conversaciones este mismo sábado.")
    assert not any(typ == "territory_change" for typ, _, _ in told(run(t, "2026-01-24")))


def test_a_missile_named_after_its_noun_is_no_place():
    # es.rssnews.media (Reuters), 23 Jul 2023: "Onyx" is the object of "lanzó" but names the missiles
    t = ("La Fuerza Aérea de Ucrania dijo en su aplicación de mensajería Telegram que Rusia lanzó misiles Onyx de alta "
         "precisión y misiles de crucero Kalibr de mar a tierra en Odesa después de la medianoche del domingo.")
    assert [(typ, place) for typ, _, place in told(run(t, "2023-07-23"))] == [("attack", "Odesa")]


def test_the_forces_of_a_capital_fought_against_do_not_place_the_fighting_there():
    # nacion.com (AFP, 12 Sep 2022): "contra las fuerzas de Moscú"
    t = ("Kramatorsk. Las fuerzas ucranianas aseguraron este lunes que recuperaron terreno en el este y el sur gracias a "
         "sus ofensivas contra las fuerzas de Moscú, que replicó bombardeando algunas de esas zonas.")
    assert not any(place == "Moscú" for typ, _, place in told(run(t, "2022-09-12")))


def test_a_platform_tagged_a_place_never_breaks_the_events_stage():
    # eldecano.es, 14 Jun 2025: "declaró la organización en X." once made the events stage fail for the article
    t = ("Al menos 100 personas han muerto en una ciudad nigeriana tras un ataque nocturno por parte de hombres armados, "
         "mientras que Amnistía Internacional exigió al gobierno que ponga fin al “derramamiento de sangre casi diario en "
         "el estado de Benue”.\nEl ataque, ocurrido desde el viernes hasta la madrugada del sábado, tuvo lugar en "
         "Yelwata, una localidad en Benue, según la ONG.\n“Amnistía Internacional ha documentado el preocupante "
         "incremento de ataques en todo el estado de Benue, donde grupos armados actúan con total impunidad. Estos "
         "ataques han provocado desplazamientos masivos y podrían afectar la seguridad alimentaria, ya que la mayoría de "
         "las víctimas son agricultores”, declaró la organización en X.\n“Las autoridades nigerianas no están "
         "deteniendo esta violencia, que está cobrando vidas y destruyendo medios de subsistencia. Sin medidas "
         "urgentes, habrá más muertes”, añadió, señalando que aún hay desaparecidos.")
    art = run(t, "2025-06-14")
    assert not any("stage failed" in w for w in art.warnings)
    assert ("Yelwata", 100) in [(p, v.fatalities) for (_, _, p), v in zip(told(art), art.events)]


def test_a_name_after_a_comma_with_no_y_is_where_the_first_place_is():
    # abc.com.py (EFE), 5 Oct 2025: Arauca is the department of Puerto Jordán, not a second attack
    t = ('"Hubo un atentado por parte del ELN a una de nuestras instalaciones en Puerto Jordán, Arauca. '
         'Desafortunadamente, hay siete soldados heridos —uno de ellos de gravedad— y otro falleció", dijo a EFE una '
         'fuente militar.')
    art = run(t, "2025-10-05")
    assert [(typ, place) for typ, _, place in told(art)] == [("attack", "Puerto Jordán")]
    assert art.events[0].injured == 7


# blodico.com, 18 Dec 2024: North Korean troops in the Kursk region
KURSK_TROOPS = ("Se estima que alrededor de 15,000 soldados norcoreanos fueron desplegados hace un mes en la región rusa de "
                "Kursk, cerca de la frontera ucraniana, en apoyo a las fuerzas rusas.")


def test_troops_deployed_in_a_region_are_a_build_up_there_not_a_change_of_hands():
    # the spec's mobilization is "call-ups, reservists, troop build-ups"; a deployment takes no ground
    assert told(run(KURSK_TROOPS, "2024-12-18")) == [("mobilization", "desplegados", "Kursk")]


# eltiempomx.com (AFP) and contrapuntonews.com, 21 Oct 2023: the first aid convoy into Gaza
CONVOY = ("Un primer convoy de ayuda humanitaria entró este sábado en la Franja de Gaza, donde cientos de miles de personas "
          "la necesitan desesperadamente, antes de que la ONU pidiera un \"alto el fuego humanitario\" del conflicto "
          "desatado hace dos semanas por el sangriento ataque del movimiento palestino islamista Hamas contra Israel.")
AID_BEGINS = ("La ayuda humanitaria comenzó a entrar este sábado en la Franja de Gaza, donde cientos de miles de personas la "
              "necesitan desesperadamente, al día siguiente de la liberación de dos mujeres estadounidenses secuestradas "
              "por el movimiento palestino Hamás durante su sangriento ataque contra Israel el 7 de octubre.")

def test_an_army_convoy_entering_a_town_is_no_delivery():
    # lagazzettadf.com, 19 Jan 2025: the convoy is the army's, its vehicles carry troops
    art = run("La Agencia Nacional de Noticias indicó que un convoy de las Fuerzas Armadas, que incluye vehículos blindados "
              "de transporte de tropas M113, entró en Bent Jbeil.", "2025-01-19")
    assert [(typ, place) for typ, trig, place in told(art)] == [("territory_change", "Bent Jbeil")]


@pytest.mark.parametrize("text,verb", [(CONVOY, "entró"), (AID_BEGINS, "entrar")])
def test_aid_entering_a_territory_is_a_delivery_not_ground_taken(text, verb):
    kinds = [(typ, trig) for typ, trig, _ in told(run(text, "2023-10-21"))]
    assert ("aid", verb) in kinds and not any(typ == "territory_change" for typ, _ in kinds)


def test_the_release_of_captives_is_no_liberated_town():
    assert not any(typ == "territory_change" for typ, _, _ in told(run(AID_BEGINS, "2023-10-21")))


@pytest.mark.parametrize("text,place", [
    # vntv.net: advances made are ground gained, in the region named
    ("Las tropas rusas continúan avanzando en el este de Ucrania, logrando avances significativos en la región "
     "occidental de Donetsk.", "Donetsk"),
    # democrata.es: the country whose advances they are is the one advancing, not where
    ("Los avances territoriales de Rusia en Ucrania se han intensificado en los últimos meses, especialmente en "
     "Donetsk.", "Ucrania"),
])
def test_advances_made_are_ground_gained_where_they_were_made(text, place):
    assert [(typ, p) for typ, trig, p in told(run(text, "2025-11-21")) if trig == "avances"] == [("territory_change", place)]


def test_armed_men_raiding_a_home_take_no_ground():
    # farodiroma.it: a raid by gunmen is violence against the people inside, no town changing hands
    art = run("Un comando de hombres armados irrumpió en una residencia de la ciudad de Tizayuca, en el centro de México, "
              "mientras se estaba realizando una fiesta para niños, y asesinaron a 11 personas, según informan las "
              "autoridades del estado de Hidalgo y los medios locales.", "2023-05-10")
    kinds = {(typ, trig) for typ, trig, _ in told(art)}
    assert ("violence_against_civilians", "irrumpió") in kinds and not any(t == "territory_change" for t, _ in kinds)


def test_the_country_whose_troops_helped_is_not_where():
    # lahora.gt (AP), 10 Aug 2021
    art = run("Mozambique, con ayuda de tropas de Ruanda, recuperó el control de un puerto estratégico que había sido "
              "tomado durante un año por extremistas islámicos, confirmaron el lunes los ministerios de defensa de "
              "Mozambique y Ruanda.", "2021-08-10")
    assert not [e for e in told(art) if e[2] == "Ruanda"]


def test_advancing_in_the_direction_of_a_town_takes_nothing_there():
    # abc.com.py (EFE), 24 Nov 2025: "en dirección a" is "hacia" (the parser hangs "dirección a" on the "en")
    art = run("Una fuente de Defensa dijo a la agencia TASS que tras la conquista de Zatyshshya el ejército ruso tiene vía "
              "libre para avanzar en dirección a Huliaipole, donde el año pasado vivían unas 2.000 personas.", "2025-11-24")
    assert [(typ, place) for typ, trig, place in told(art) if trig == "avanzar"] == [("clash", "Huliaipole")]


def test_armed_men_raiding_a_military_base_are_no_violence_against_civilians():
    # enlacenoticias.com.mx (Balkh, 2017): the raid on a base is an assault on soldiers
    art = run("La mayoría de los soldados estaban desarmados y comían el almuerzo luego de salir de una plegaria, cuando "
              "hombres armados con uniforme militar irrumpieron en la base y comenzaron a disparar, mientras otro "
              "atacante detonó explosivos en el punto de revisión.", "2017-04-22")
    assert not [e for e in told(art) if e[0] == "violence_against_civilians"]


def test_a_projectile_launched_at_places_is_a_strike_on_each_beside_its_interception():
    # visavis.com.ar/2017/12/08/el-sistema-de-defensa-antimisiles-de-israel-intercepto-un-cohete-lanzado-desde-gaza/
    art = run("El sofisticado sistema de defensa antimisiles israelí, conocido como la Cúpula de Hierro, interceptó un "
              "cohete lanzado desde Gaza hacia las ciudades Ashkelon y Sderot.", "2017-12-08")
    got = told(art)
    assert {("attack", "lanzado", "Ashkelon"), ("attack", "lanzado", "Sderot")} <= set(got)
    assert any(typ == "interception" for typ, _, _ in got)
    # menorca.info/actualidad/internacional/2023/04/19/1920561/guerra-ucrania-rusia-ataca-odesa-doce-drones-kamikaze-iranies.html
    art = run("Las autoridades ucranianas también informaron anoche del derribo, por parte de las defensas aéreas del "
              "ejército ucraniano, de seis drones lanzados por Rusia contra la provincia de Zaporiyia, en el sureste de "
              "Ucrania.", "2023-04-19")
    assert ("attack", "lanzados", "Zaporiyia") in told(art)


def test_a_missile_launched_from_a_place_at_nothing_is_no_strike_there():
    # tunoticia.com.ar/?p=94571: a North Korean missile test; where it was launched from is no place struck
    art = run("La agencia de noticias sudcoreana Yonhap había anunciado antes que un misil balístico había sido lanzado "
              "desde una zona al norte de Pyongyang y que el lanzamiento había fracasado segundos después.", "2017-04-29")
    assert not [v for v in art.events if v.type == "attack"]


def test_a_capital_acting_in_a_clause_below_the_trigger_is_not_where():
    # z0r.online, 19 Apr 2022: "Moscú" centres its efforts (the government), the battle is for the Donbas
    t = ("La resistencia ucraniana continúa en el la región del este del país. Rusia lanzó decenas de ataques la noche "
         "del lunes al martes, horas después de que Kiev anunciara el inicio de la gran “batalla por el Donbás”, región "
         "en la que Moscú centra sus esfuerzos tras casi dos meses de guerra.")
    battle = [v for v in told(run(t, "2022-04-19")) if v[1] == "batalla"]
    assert battle and all(place != "Moscú" for _, _, place in battle)


def test_delegations_arriving_to_hold_a_round_of_talks_is_a_meeting_there():
    # espanol.cgtn.com, 29 Mar 2022: the round of talks the delegations came for (to be held: expected)
    t = ("Las delegaciones de Rusia y Ucrania llegaron el 28 de marzo a la ciudad turca de Estambul para realizar una nueva "
         "ronda de conversaciones de paz con el objetivo de lograr avances sustanciales para poner fin a la crisis.")
    assert any(typ == "diplomacy" and place == "Estambul" for typ, _, place in told(run(t, "2022-03-29")))


def test_a_town_measured_from_another_is_where_the_act_is_not_the_other():
    # swissinfo.ch (EFE), 20 Aug 2025: Dobropilia and Pokrovsk only say how far the two villages are
    t = ("Según el parte castrense, las fuerzas de Moscú se hicieron con el control de Sujetske y Pankivski, a escasos "
         "kilómetros de la carretera entre las ciudades de Dobropilia y Pokrovsk, que defienden las tropas ucranianas.")
    assert {place for typ, _, place in told(run(t, "2025-08-20")) if typ == "territory_change"} == {"Sujetske", "Pankivski"}
    # swissinfo.ch (EFE), 22 Aug 2025: the settlements taken, which the parser read as a second subject of "tomó"
    t = ("Esta misma semana, la misma agrupación tomó también los asentamientos de Sujétskoye y Pankovka, a 11 y 21 "
         "kilómetros al noreste de Pokrovsk.")
    assert {place for typ, _, place in told(run(t, "2025-08-22")) if typ == "territory_change"} == {"Sujétskoye", "Pankovka"}


def test_a_list_of_places_the_parser_broke_up_is_one_event_each():
    # europapress.es, 27 Sep 2025: each town's region between commas, the third town after ", y de"
    t = ("El Ministerio de Defensa ruso ha indicado en un comunicado que las tropas han logrado tomar las localidades de "
         "Derilovo y Maiskoe, en Donetsk, y de Stepovoe, en Dnipropetrovsk.")
    assert [place for typ, _, place in told(run(t, "2025-09-27")) if typ == "territory_change"] == \
        ["Derilovo", "Maiskoe", "Stepovoe"]
    # swissinfo.ch (EFE), 22 Aug 2025: a bracket after the first town, then "y A y B"
    t = ("Esta semana también fueron tomadas las localidades de Kolodezi (a 30 kilómetros al noreste de Sloviansk), y "
         "Voronoye y Novoheorhiivka en la región de Dnipropetrovsk.")
    assert [place for typ, _, place in told(run(t, "2025-08-22")) if typ == "territory_change"] == \
        ["Kolodezi", "Voronoye", "Novoheorhiivka"]


def test_what_was_downed_over_regions_in_a_se_passive_is_downed_over_each():
    # ansa.it, 30 Dec 2024: "se derribaron drones" (the drones are what was downed; the regions where)
    t = "Se derribaron drones sobre las regiones de Jarkov, Poltava, Chernihiv, Odesa, Donetsk y Dnipropetrovsk."
    assert len([v for v in told(run(t, "2024-12-30")) if v[0] == "interception" and v[2]]) == 6


def test_a_toll_told_later_of_one_place_of_a_list_is_that_place_s():
    # andaluciainforma.com, Mar 2025 (El País): the six dead of Jan Yunis are Jan Yunis's, not Rafah's
    t = ("Los recientes ataques israelíes en el sur de Gaza han causado la muerte de al menos 30 personas, según "
         "información del Ministerio de Sanidad gazatí. Bombardeos en Rafah y Jan Yunis, ciudades del sur de la franja, "
         "han dejado a varias personas muertas, incluidos ocho en una casa en el barrio de Al Jenena. En Jan Yunis, ataques "
         "aéreos han resultado en la muerte de seis palestinos, entre ellos una mujer y una niña.")
    art = run(t, "2025-03-23")
    names = {e.id: e.name for e in art.entities}
    tolls = {names.get(v.place): v.fatalities for v in art.events if v.type == "attack"}
    assert tolls.get("Jan Yunis") == 6 and tolls.get("Rafah") is None


def test_joining_an_alliance_is_no_ground_taken():
    # es.news-front.su, Oct 2021: "la posible entrada de Ucrania en la OTAN" is no territory entered
    t = ("La posible entrada de Ucrania en la OTAN sería un paso extremadamente peligroso, que obligaría a Moscú a "
         "reaccionar, se advirtió a la alianza sobre las posibles consecuencias, dijo el jueves el viceministro de "
         "Relaciones Exteriores de Rusia, Andrey Rudenko.")
    assert not [v for v in told(run(t, "2021-10-21")) if v[0] == "territory_change"]
    # elpais.bo, 12 Jul 2024 and itongadol.com, 10 Mar 2012: entering a war or into shock is no ground entered either
    t = ("Lo que es seguro es que Ucrania no entrará en la Alianza mientras dure el conflicto, ya que su membresía "
         "forzaría a los aliados a entrar en guerra directa con Rusia.")
    assert not [v for v in told(run(t, "2024-07-12")) if v[0] == "territory_change"]
    t = ("Por la mañana, terroristas desde Gaza lanzaron diez Kassam a Sderot. A causa de todos los ataques, siete "
         "personas entraron en shock, y varias casas y autos fueron dañados.")
    assert not [v for v in told(run(t, "2012-03-10")) if v[0] == "territory_change"]


def test_interceptions_counted_over_regions_are_one_event_per_region():
    # actualidad.rt.com: a place the parser hung on "por los sistemas de defensa aérea", one more "así como 15 sobre
    # ...", and two provinces sharing one count
    t = ("La mayor cantidad de aparatos, 18, fue abatida por los sistemas de defensa aérea rusos sobre la provincia de "
         "Briansk, así como 15 sobre la región de Krasnodar. Asimismo, fueron neutralizados 9 drones sobre la provincia "
         "de Rostov, 4 sobre la de Oriol, y 3 sobre los territorios de las provincias de Bélgorod y Astracán "
         "respectivamente.")
    places = {place for typ, _, place in told(run(t, "2025-12-20")) if typ == "interception"}
    assert {"Briansk", "Krasnodar", "Rostov", "Bélgorod", "Astracán"} <= places
    # localnews8.com (CNN), 27 Dec 2025: what a number counts is not where
    t = ("El mayor número de UAV —73— fueron derribados sobre la región de Bryansk, mientras que 20 fueron destruidos "
         "sobre la región de Kaluga y ocho sobre la región de Moscú.")
    assert [place for typ, _, place in told(run(t, "2025-12-27")) if typ == "interception"] == ["Bryansk"]
    # mdzol.com, 12 Sep 2025: the last count's places are a list of their own
    t = ("Además, han sido destruidos nueve drones en la región de Oriol, siete en Bélgorod, tres en Rostov y Tver, y uno "
         "en Peskov, Tula y Kursk, respectivamente.")
    places = [place for typ, _, place in told(run(t, "2025-09-12")) if typ == "interception"]
    assert {"Tula", "Kursk"} <= set(places)


def test_a_strike_that_caused_harm_somewhere_happened_there():
    # diariocritico.com, 8 Apr 2022 and infobae.com (EFE), 12 May 2024: the subject of "provocar"/"desatar" happened
    # where what it caused was
    t = ("Un supuesto ataque ruso con misiles ha provocado decenas de muertos en la estación de tren de Kramatorsk, en "
         "el este de Ucrania.")
    assert [v[:3] for v in told(run(t, "2022-04-08"))] == [("attack", "ataque", "Kramatorsk")]
    t = ("El impacto de un dron ha desatado en la madrugada de este domingo un incendio en una refinería de petróleo "
         "ubicada en la ciudad rusa de Volgogrado, han informado las autoridades locales.")
    assert [v[:3] for v in told(run(t, "2024-05-12"))] == [("attack", "impacto", "Volgogrado")]
    # dc-31 (devclusters): not who condemned it ("en un ataque condenado por Naciones Unidas y Occidente")
    t = ("Bomberos y soldados buscaban este martes supervivientes entre los escombros de un centro comercial en el "
         "centro de Ucrania después de que un ataque con misiles rusos matara al menos a 18 personas en un ataque "
         "condenado por Naciones Unidas y Occidente.")
    assert "Occidente" not in {v[2] for v in told(run(t, "2022-06-28"))}


def test_a_city_named_after_its_country_is_the_place():
    # lanacion.com.ar (Reuters), 11 Jun 2025: "la segunda ciudad más grande de Ucrania, Járkov" (the parser joins the
    # two names as a list)
    t = ("Un ataque concentrado con drones rusos de nueve minutos de duración contra la segunda ciudad más grande de "
         "Ucrania, Járkov, en plena noche mató al menos a dos personas e hirió a 57, entre ellas siete niños, "
         "informaron el miércoles las autoridades regionales.")
    assert [v[2] for v in told(run(t, "2025-06-11"))] == ["Járkov"]


def test_who_made_the_strikes_in_their_relative_clause_is_no_place():
    # elcentineladelafrontera.com, 18 May 2023: "que Rusia ha llevado a cabo" tells who made them; the toll's "en la
    # ciudad de Odesa" tells where
    t = ("Al menos una persona ha muerto y dos han resultado heridas en la ciudad de Odesa tras los ataques nocturnos "
         "que Rusia ha llevado a cabo contra todo el territorio ucraniano.")
    assert [v[2] for v in told(run(t, "2023-05-18"))] == ["Odesa"]


def test_a_place_phrase_added_with_asi_como_is_one_more_place_of_the_act():
    # abc.com.py (EFE, 23 Sep 2025): the regions listed, "así como en la anexionada penísula de Crimea": one
    # interception per region and one in Crimea (not Crimea alone, the most specific place)
    t = ("Defensa indicó que los drones fueron derribados en las regiones de Moscú, Bélgorod, Briansk, Kaluga, Kursk, "
         "Rostov, Riazán, Samara y Sarátov, así como en la anexionada penísula de Crimea.")
    art = run(t, "2025-09-23")
    places = {p for typ, _, p in told(art) if typ == "interception"}
    assert {"Moscú", "Kursk", "Sarátov", "Crimea"} <= places and len(places) == 10


def test_places_added_with_ademas_de_are_more_places_of_the_act():
    # rtve.es, 13 Mar 2025: "sus tropas han recuperado ... Sudzha, ..., además de las localidades de Melovoi y Podol":
    # three towns retaken (the parser hangs the last two on the relative clause about Sudzha)
    t = ("Según el Ministerio de Defensa ruso, sus tropas han recuperado en las últimas horas Sudzha, la mayor localidad "
         "en manos ucranianas, que alberga una central de medición de un gasoducto que lleva gas a Europa, además de las "
         "localidades de Melovoi y Podol.")
    art = run(t, "2025-03-13")
    assert [p for typ, _, p in told(art) if typ == "territory_change"] == ["Sudzha", "Melovoi", "Podol"]


def test_this_town_is_the_one_told_not_the_city_it_lies_near():
    # rtve.es, 18 May 2024: "la toma de este municipio" is Vovchansk, named before; Járkov is only how far it lies
    # ("a unos cincuenta kilómetros de Járkov") and names no town this points at
    t = ("Moscú ha atacado varias localidades, incluida Vovchansk. La ciudad, situada a unos cincuenta kilómetros de "
         "Járkov, la capital regional, tenía antes de la guerra unos 18.000 habitantes. El ejército ruso ha anunciado la "
         "toma de este municipio.")
    assert [p for typ, _, p in told(run(t, "2024-05-18")) if typ == "territory_change"] == ["Vovchansk"]


def test_a_bare_definite_city_is_the_town_just_told():
    # vietnam.vn, 22 Jan 2024: "un mercado abarrotado en la ciudad" after "alcalde de Donetsk" is Donetsk; "el control de
    # la ciudad" is the one told as "la ciudad de Kupiansk", not the village the paragraph is about
    t = ("Ese mismo día, Denis Pushilin, alcalde de Donetsk designado por Rusia, acusó a Ucrania de bombardear un mercado "
         "abarrotado en la ciudad, causando la muerte de 25 personas y heridas a otras 20.")
    assert [p for _, trig, p in told(run(t, "2024-01-22")) if trig == "bombardear"] == ["Donetsk"]
    t = ("En Krakhmalnoye vivían unas 45 personas antes del estallido del conflicto entre Rusia y Ucrania en febrero de "
         "2022. El pueblo se encuentra a unos 30 kilómetros al sureste de la ciudad de Kupiansk, capital de la región de "
         "Járkov. Las fuerzas rusas intentan tomar el control de la ciudad, que antes del conflicto contaba con una "
         "población de aproximadamente 30.000 habitantes y alberga una importante línea ferroviaria.")
    assert [p for _, trig, p in told(run(t, "2024-01-22")) if trig == "tomar"] == ["Kupiansk"]


def test_the_village_bombed_is_the_one_named_before():
    # AFP (Myanmar), 28 Jun 2023: "vinieron a bombardear el pueblo" is the village of Nyaung Kone told two sentences
    # before
    t = ("Un avión militar lanzó tres bombas en la aldea de Nyaung Kone en la región norteña de Sagaing el martes por la "
         "tarde, según Ko Zaw Tun, un combatiente antigolpista de la aldea.\nDiez personas murieron y ocho resultaron "
         "heridas, dijo.\n«No hubo enfrentamientos, pero vinieron a bombardear el pueblo», dijo a la AFP, y agregó que 11 "
         "casas habían sido destruidas en el ataque.")
    assert [p for _, trig, p in told(run(t, "2023-06-28")) if trig == "bombardear"] == ["Nyaung Kone"]


def test_towns_after_an_active_capture_verb_are_what_was_taken_not_who_took_them():
    # teletica.com, 25 Aug 2025: the parser reads the towns after the verb as its subject; with a subject before the
    # first of two verbs ("Nuestras tropas contraatacaron ... y liberaron ... los pueblos de A, B y C") or none at all
    # and the names told as towns ("tomó Kleban-Byk y Serednie, dos localidades situadas al norte ..."), they are the
    # places taken, one event each (not actors, and not the reference point "al noreste de Pokrovsk")
    t = ("\"Nuestras tropas contraatacaron con éxito y liberaron del enemigo los pueblos de Mijailivka, Zelenyi Gai y "
         "Volodimirivka, en la región de Donetsk\", declaró Sirski en las redes sociales.")
    art = run(t, "2025-08-25")
    assert [p for typ, _, p in told(art) if typ == "territory_change"] == ["Mijailivka", "Zelenyi Gai", "Volodimirivka"]
    assert all(not v.actors for v in art.events if v.type == "territory_change")
    t = ("En tanto, Ministerio de Defensa ruso anunció el sábado que tomó Kleban-Byk y Serednie, dos localidades situadas "
         "al norte y al sur de Konstantínivka, un importante nudo logístico al noreste de Pokrovsk.")
    art = run(t, "2025-08-25")
    assert [p for typ, _, p in told(art) if typ == "territory_change"] == ["Kleban-Byk", "Serednie"]
    assert {e.name: e.type for e in art.entities}["Serednie"] == "LOC"


def test_an_invasion_told_in_a_sentence_naming_both_sides_entered_the_invaded_country():
    # lanacion.com.ar (Europa Press), 11 Dec 2025: "entre Ucrania y Rusia ... en el marco de la invasión desatada en
    # febrero de 2022": the invader of ``invasions.tsv`` named in the sentence, not its first country, entered Ukraine
    t = ("Al menos tres personas han muerto este jueves en un nuevo intercambio de ataques entre Ucrania y Rusia en la "
         "provincia de Jersón (sur), parcialmente ocupada por las tropas rusas en el marco de la invasión desatada en "
         "febrero de 2022, según han denunciado las respectivas autoridades.")
    assert [p for _, trig, p in told(run(t, "2025-12-11")) if trig == "invasión"] == ["Ucrania"]


def test_a_name_set_off_after_the_capital_is_the_town():
    # tynpanama.com (AFP), 14 Mar 2024: "en la capital somalí, Mogadiscio": the tagger's person is the capital, where the
    # hotel was attacked; not infobae.com (EFE), 13 Dec 2022, "de la capital ucraniana, Zelenski habla de ...": the next
    # clause's subject
    t = ("Los islamistas shebab atacaron un hotel cerca del palacio presidencial en la capital somalí, Mogadiscio, el "
         "jueves 14 de marzo, según supimos por fuentes de seguridad y testigos.")
    art = run(t, "2024-03-14")
    assert [p for _, trig, p in told(art) if trig == "atacaron"] == ["Mogadiscio"]
    t = ("En una entrevista en Kiev con el periodista estadounidense David Letterman, grabada en una estación de metro de "
         "la capital ucraniana, Zelenski habla de la guerra que vive su país y del sufrimiento de los ciudadanos desde que "
         "se inició la invasión rusa, el pasado 24 de febrero.")
    assert {e.name: e.type for e in run(t, "2022-12-13").entities}.get("Zelenski") == "PER"


def test_a_second_list_after_an_article_standing_for_the_place_noun_is_more_places():
    # pagina12.com.ar, 25 Feb 2025: "sobre las regiones de A, B ... y sobre las de Sumi (nordeste), Cherníguiv y Kiev
    # (norte) y Mikoláyiv (sur)": "las de" stands for "las regiones de"; one interception per region
    art = run("El ejército ruso lanzó 213 drones de diverso tipo y siete misiles X-101 desde bombarderos estratégicos "
              "Tu-95, precisó la fuerza aérea en su reporte de guerra diario. La mayoría de estos aparatos fueron "
              "derribados sobre las regiones de Poltava, Cherkasi, Kirovograd, Zhitómir y Dnipropetrovsk (en el centro "
              "del país) y sobre las de Sumi (nordeste), Cherníguiv y Kiev (norte) y Mikoláyiv (sur).", "2025-02-25")
    shot = [p for t, w, p in told(art) if t == "interception"]
    assert {"Poltava", "Dnipropetrovsk", "Sumi", "Cherníguiv", "Kiev", "Mikoláyiv"} <= set(shot), told(art)


def test_where_a_vehicle_struck_was_heading_is_not_where_and_the_vehicle_hit_again_is_that_strike():
    # efe.diariosergipano.net (EFE), 17 May 2025: the bus "se dirigía a la ciudad ucraniana de Sumi" (its destination);
    # "un dron enemigo alcanzó un autobús cerca de Bilopillia" is the same strike, placed, with its wounded
    art = run("Kiev (EFE).- Al menos nueve personas fallecieron en un ataque ruso con drones contra un autobús que se "
              "dirigía a la ciudad ucraniana de Sumi, en el noreste del país, informó este sábado el alcalde en funciones "
              "de Sumi, Artem Kobzar.\n«Desgraciadamente, el número de muertos ha aumentado a nueve», señaló en su "
              "cuenta de Telegram.\n\nDe acuerdo con Kobzar, un dron enemigo alcanzó un autobús cerca de Bilopillia, "
              "hiriendo además a siete personas. Tres de estos civiles se encuentran en estado grave.", "2025-05-17")
    strikes = [v for v in art.events if v.type == "attack"]
    assert [p for t, w, p in told(art) if t == "attack"] == ["Bilopillia"], told(art)
    assert (strikes[0].fatalities, strikes[0].injured) == (9, 7)


# es-us.noticias.yahoo.com (AP), 28 Jun 2024: a ship fired at on Friday, then the Houthis' campaign
SHIPS_AP = ('Cinco misiles caen cerca de un buque en el mar Rojo en posible último ataque de los rebeldes hutíes\n'
            '\nDUBÁI, Emiratos Árabes Unidos (AP) — Un barco que navegaba por el Mar Rojo fue objeto de repetidos '
            'disparos de misiles el viernes en un posible ataque de los rebeldes hutíes de Yemen, dijeron las aut'
            'oridades, el último incidente en la crucial ruta marítima.\n\nCinco misiles cayeron cerca del buque cu'
            'ando pasaba ante la costa de la ciudad portuaria de Hodeida, controlada por los rebeldes, explicó la'
            ' agencia de Operaciones de Comercio Marítimo (UKMTO, por sus siglas en inglés), que depende del ejér'
            'cito británico.\n\nLos proyectiles no causaron daños en la embarcación, agregó la UKTMO.\n\nLos hutíes n'
            'o reclamaron de inmediato la autoría del ataque, pero normalmente pueden tardar horas, o incluso día'
            's, en hacerlo.\n\nLos rebeldes han atacado más de 60 buques con misiles y aviones no tripulados en una'
            ' campaña que comenzó en noviembre y que se ha cobrado la vida de cuatro marinos. Además, incautaron '
            'un navío y hundieron otros dos. Estados Unidos encabeza desde enero una campaña aérea que tiene como'
            ' objetivo a los hutíes, con una serie de ataques el 30 de mayo que dejaron al menos 16 muertos y 42 '
            'heridos, de acuerdo con los rebeldes.\n\nLos hutíes sostienen que atacan a buques ligados a Israel, Es'
            'tados Unidos o Reino Unido. Sin embargo, muchas de las embarcaciones alcanzadas tienen poca o ningun'
            'a relación con la guerra entre Israel y Hamás en Gaza, y algunas de ellas se dirigían a Irán.\n\nEl ma'
            'rtes en la noche, el vocero militar de los hutíes, el general de brigada Yahya Saree, afirmó que el '
            'grupo era responsable del ataque de la víspera contra el portacontenedores MSC Sarah V, con bandera '
            'de Libia y gestionado por Grecia. El miércoles, el grupo afirmó que utilizó un nuevo misil balístico'
            ' hipersónico en el incidente, cuyo objetivo era un buque que estaba más lejos que todas sus acciones'
            ' previas en el golfo de Adén.')


def test_ships_attacked_in_general_are_not_the_ship_struck_that_day():
    # "Los hutíes sostienen que atacan a buques ligados a Israel ..." is what they say of their campaign (ships in
    # general), not the ship fired at on Friday: that strike stays an event of its own
    art = run(SHIPS_AP, "2024-06-28")
    assert any(t == "attack" and w == "ataque" for t, w, p in told(art)), told(art)


def test_the_capital_named_after_the_region_it_is_the_capital_of_is_the_place():
    # notimerica.com (Europa Press), 17 Feb 2025: "el control de la capital de Kivu Sur, Bukavu": the parser hangs
    # "Bukavu" on "control", not on "capital"; the city taken is Bukavu, not the province
    t = ("El Gobierno de República Democrática del Congo (RDC) ha confirmado este domingo que el grupo rebelde "
         "Movimiento 23 de Marzo (M23), respaldado por Ruanda, ha tomado el control de la capital de Kivu Sur, Bukavu, "
         "después de que en las últimas horas afirmara que el Ejército congoleño controlaba el territorio tras una "
         "\"breve invasión\".")
    assert ("territory_change", "tomado", "Bukavu") in told(run(t, "2025-02-17"))


def test_this_city_is_the_city_named_before_though_its_name_is_also_a_territorys():
    # swissinfo.ch (EFE), 23 Aug 2025: "ataques contra esta urbe" are on the city of Gaza told in the sentence before,
    # not on the Strip named earlier ("Gaza" is also the territory's name)
    t = ("Además, esta madrugada, un dron israelí bombardeó una casa en el campamento de refugiados de Maghazi, en el "
         "centro de la Franja, matando a dos personas, según fuentes del Hospital Al Awda citadas por la agencia oficial "
         "de noticias palestina, Wafa.\n\nEn la ciudad de Gaza la situación es desconocida debido a los continuos "
         "bombardeos. Ayer, según fuentes médicas, al menos 36 personas murieron en ataques contra esta urbe, que Israel "
         "ha asegurado va a invadir militarmente.")
    assert ("attack", "ataques", "Gaza") in told(run(t, "2025-08-23"))


@pytest.mark.parametrize("text,published", [
    # rtve.es, 2025-04-13 (guerra-ucrania-rusia-sumi-bombardeo-victimas): the invader named after "de" is who invaded
    ("La guerra en Ucrania cumple este domingo 1.145 días desde el inicio de la invasión de Rusia. Estados Unidos y Rusia "
     "continúan sus contactos para un alto el fuego, que de momento no han dado resultados.", "2025-04-13"),
    # eldestapeweb.com, 2025-12-13 (ciudad-ucraniana-de-odesa-sufre-amplios-apagones-tras-ataque-ruso): "su invasión"
    # with the country it entered named in its sentence
    ("Moscú ha bombardeado regularmente el sistema energético de Ucrania desde su invasión en 2022, provocando apagones "
     "diarios durante horas en todo el país.", "2025-12-13"),
])
def test_an_invasion_is_where_the_invader_entered(text, published):
    assert [place for typ, w, place in told(run(text, published)) if w.startswith("invasión")] == ["Ucrania"]


def test_the_places_of_the_strikes_answered_are_not_where_the_answer_struck():
    # tucumandigital.com.ar, 2024-09-23 (ataques-israelies-en-el-libano-bombardeos-en-areas-bajo-control-de-hezbollah...):
    # the south and the Bekaa were hit by the attacks Hezbollah's launch answered
    t = ("Horas después del bombardeo, Hezbollah lanzó al menos siete proyectiles contra objetivos militares en el norte "
         "de Israel como represalia a los ataques contra el sur y la Bekaa, incluyendo el cuartel general de Ein Zeitim "
         "y la base de Zvulun.")
    places = [place for _, trig, place in told(run(t, "2024-09-23")) if trig == "lanzó"]
    assert places and "Bekaa" not in places, places


def test_a_strike_on_a_countrys_refinery_is_in_the_town_the_next_sentence_names_it_by():
    # independentespanol.com (AP), 2025-09-14 (drones-ucranianos-provocan-un-incendio-en-una-de-las-principales-
    # refinerias-de-petroleo-de-rusia): "El ataque a la refinería de Kirishi" is the strike just told, there
    t = ("Drones ucranianos atacaron durante la noche una de las refinerías de petróleo más grandes de Rusia y provocaron "
         "un incendio, según funcionarios rusos y el ejército de Ucrania.\n\nEl ataque a la refinería de Kirishi, en la "
         "región noroccidental rusa de Leningrado, se produjo tras semanas de ataques ucranianos a la infraestructura "
         "petrolera rusa que, según Kiev, alimenta el esfuerzo bélico de Moscú.")
    assert [place for _, trig, place in told(run(t, "2025-09-14")) if trig == "atacaron"] == ["Kirishi"]


# enfoquenews.com.bo, 22 Mar 2023: a strike told after the interceptions, in a village south of Kiev
RZHYSHCHIV = ("Las defensas antiaéreas ucranianas interceptaron 16 de los 21 drones Shahed-136 de fabricación iraníque que "
              "Rusia lanzó en las primeras horas de este miércoles contra Kiev y las regiones de Zhytomyr y Khmelnytsky, al "
              "oeste de la capital.\nLa agresión dejó, hasta ahora, siete personas muertas, según un balance preliminar "
              "publicado por la Administración Militar de la Ciudad de Kiev.\nEl ataque, que tuvo lugar cerca de las tres "
              "de la madrugada, destruyó dos pisos de un edificio residencial de tres plantas y un liceo en la localidad de "
              "Rzhyshchiv, al sur de la ciudad de la capital ucraniana, según informaron los servicios de rescate "
              "ucranianos, que buscan a otras cuatro personas entre los escombros.")


def test_a_strike_that_destroyed_buildings_in_a_village_is_placed_in_the_village_however_deep_the_parser_hung_it():
    art = run(RZHYSHCHIV, "2023-03-22")
    assert ("attack", "ataque", "Rzhyshchiv") in told(art)


# es.news-front.su, 21 Dec 2024: the toll of a strike on a Russian town, told in a relative clause
RYLSK = ("El gobernador de la provincia de Kursk en funciones, Alexánder Jinshtéin, actualizó este sábado el balance de "
         "víctimas mortales que este viernes dejó el ataque masivo con misiles lanzado por las Fuerzas Armadas de Ucrania "
         "contra la ciudad de Rylsk.\nSegún el alto funcionario, el bombardeo ha costado la vida a 5 personas, y no 6, como "
         "se había informado anteriormente.")


def strikes(art) -> list[tuple[str | None, int | None, int | None]]:
    """Each attack's place, dead and wounded."""
    names = {e.id: e.name for e in art.entities}
    return [(names.get(v.place), v.fatalities, v.injured) for v in art.events if v.type == "attack"]


def test_a_strike_against_a_town_named_far_after_its_noun_is_there_and_costs_the_lives_it_cost():
    assert strikes(run(RYLSK, "2024-12-21")) == [("Rylsk", 5, None)]


# mdzol.com, 21 Nov 2025: a headline, then a lead that opens with the country and names the city after the toll
ZAPORIYA = ("Un nuevo ataque de Rusia en Ucrania deja varios civiles muertos y heridos\nEn Ucrania, un nuevo ataque de Rusia "
            "deja al menos cinco muertos y ocho heridos en Zaporiya. Hubo incendios y edificios afectados por el bombardeo.")


def test_a_lead_opening_with_the_country_tells_one_strike_in_the_city_it_names_not_one_more_in_the_country():
    # (the headline's strike is the lead's: one strike, in the city)
    assert strikes(run(ZAPORIYA, "2025-11-21")) == [("Zaporiya", 5, 8)]


# swissinfo.ch (EFE), 2 Dec 2025: two villages a colon lists after the count of them
TWO_VILLAGES = ("Además, Defensa informó de que unidades de asalto rusas tomaron otras dos localidades en Zaporiyia: Zelenni "
                "Gai y Dobropilia.")


def test_the_towns_a_colon_lists_after_their_count_are_one_capture_each():
    art = run(TWO_VILLAGES, "2025-12-02")
    assert [place for typ, _, place in told(art) if typ == "territory_change"] == ["Zelenni Gai", "Dobropilia"]


# latalachanoreste.com (RFI), 8 Sep 2023: a town "objeto de" a strike the day after a double attack
GAO = ("Bamako, Malí (RFI) | Un doble atentado terrorista perpetrado en Malí el 7 de septiembre de 2023 causó la muerte de "
       "al menos 64 personas, 49 civiles y 15 militares.\nEl número de víctimas mortales de este doble atentado podría ser "
       "mucho mayor. En la mañana del 8 de septiembre, la ciudad de Gao fue objeto de un ataque kamikaze.")


def test_a_town_object_of_a_strike_is_where_it_was_on_the_day_told_before_the_town():
    art = run(GAO, "2023-09-08")
    names = {e.id: e.name for e in art.entities}
    assert [(names.get(v.place), v.date and v.date.value) for v in art.events
            if art.text[v.trigger_span[0]:v.trigger_span[1]] == "ataque"] == [("Gao", "2023-09-08")]


# zuerchernachrichten.ch, 10 Dec 2024: a title, its lead in a region, and the town the strike hit told later
KABKABIYA = ("Más de 100 muertos en un bombardeo del ejército en un mercado de Sudán\nMás de 100 personas murieron en un "
             "bombardeo del ejército sudanés el lunes en un mercado de Darfur del Norte, en el oeste de Sudán, informó el "
             "martes un grupo de abogados prodemocracia de este país azotado por una guerra desde hace casi dos años.\n"
             "Sudán está sumido en una cruenta guerra civil desde abril de 2023, un conflicto que ya ha dejado decenas de "
             "miles de muertos, según la ONU.\nEl bombardeo del lunes se produjo en Kabkabiya, a unos 180 km al oeste de "
             "El Fasher, la capital del estado de Darfur del Norte, sitiado por las FAR desde mayo.")


def test_the_titles_strike_its_lead_and_the_town_told_later_are_one_strike_in_that_town():
    assert strikes(run(KABKABIYA, "2024-12-10")) == [("Kabkabiya", 100, None)]


# infobae.com (Europa Press), 6 Oct 2025: a battalion "objeto de ataques" told in the army's words of "hoy"
BATTALION = ("Al menos un soldado del Ejército de Colombia ha muerto y otros siete han resultado heridos como consecuencia de "
             "un ataque con explosivos ejecutado este domingo contra una base militar situada en el Departamento de "
             "Arauca, en la frontera con Venezuela, según han confirmado las autoridades, que lo han atribuido a la "
             "guerrilla del Ejército de Liberación Nacional (ELN).\n\nEl organismo militar ha denunciado en un comunicado "
             "difundido en su cuenta de la red social X que \"en la tarde de hoy (este domingo), el Batallón de Infantería "
             "Mecanizado nº 59, ubicado en el centro poblado de Puerto Jordán, del municipio de Arauquita, Arauca, fue "
             "objeto de ataques con morteros, perpetrado por narcoterroristas del Grupo Armado Organizado ELN\".")


def test_a_unit_object_of_attacks_on_the_communiques_today_is_the_strike_of_sunday_told_before():
    art = run(BATTALION, "2025-10-06")
    assert [(v.type, v.date and v.date.value) for v in art.events if v.type == "attack"] == [("attack", "2025-10-05")]


def test_a_town_and_a_count_of_villages_taken_are_what_was_taken_not_the_region_named_after():
    # swissinfo.ch (EFE), 2 Dec 2025: the parser reads the town after "ha conquistado" as the subject
    text = ("Rusia insiste en que ha conquistado Pokrovsk y dos localidades más en Zaporiyia\n\nMoscú, 2 dic (EFE).- El "
            "ejército ruso dio este martes por terminada la operación para la toma del bastión de Pokrovsk, según afirma "
            "en el parte de la mañana del Ministerio de Defensa, que de confirmarse sería el mayor éxito militar ruso "
            "desde 2023.\n\n(Desde Kiev, el grupo operativo del Ejército ucraniano responsable de la zona este del frente "
            "negó este martes que las fuerzas rusas hayan consumado la toma de la ciudad de Pokrovsk)")
    art = run(text, "2025-12-02")
    assert ("territory_change", "conquistado", "Pokrovsk") in told(art)


@pytest.mark.parametrize("text, published, trigger, day", [
    # lanacion.com.ar (agencies), 16 Jun 2025: after the strike of the day
    ("El ejército israelí atacó este lunes el edificio de la televisión estatal iraní en Teherán, que tuvo que "
     "interrumpir brevemente su transmisión, y periodistas de AFP oyeron explosiones en varios sectores de la capital "
     "iraní, en el cuarto día de enfrentamientos entre estos dos países enemigos.\n\nEl conflicto empezó el viernes "
     "cuando el ejército israelí lanzó un ataque sin precedentes contra Irán con el objetivo declarado de evitar que se "
     "dote de armas nucleares.", "2025-06-16", "lanzó", "2025-06-13"),
    # infobae.com (agencies), 24 Jan 2025
    ("Las alertas comenzaron a sonar el pasado martes, cuando el M23 tomó la estratégica ciudad de Minova, primer núcleo "
     "urbano importante que conquista en la provincia vecina de Kivu del Sur.", "2025-01-24", "tomó", "2025-01-21"),
    # espanatimes.com, 26 Mar 2024: the day the dead and wounded fell "tras" the strike is the strike's
    ("Al menos 9 civiles han muerto y otros 14 han resultado heridos este lunes tras un bombardeo del Ejército de Sudán "
     "contra la ciudad de El Fasher, capital de la región de Darfur Norte, en el marco de los enfrentamientos entre las "
     "Fuerzas Armadas y las Fuerzas de Apoyo Rápido (RSF).", "2024-03-26", "bombardeo", "2024-03-25"),
])
def test_an_act_told_in_a_cuando_clause_or_after_which_people_fell_is_of_that_time(text, published, trigger, day):
    art = run(text, published)
    assert [v.date and v.date.value for v in art.events if text[v.trigger_span[0]:v.trigger_span[1]] == trigger] == [day]


def test_the_strike_told_again_after_a_quotation_mark_is_placed_in_its_village():
    # elcomercio.pe (AFP), 17 Sep 2024 (the president's quotation between the first two paragraphs left out): "El
    # “ataque terrorista”" is definite though the parser hangs the article on the quotation mark
    text = ("Al menos dos soldados murieron y 26 resultaron heridos este martes en un ataque con explosivos contra una base "
            "militar en el este de Colombia atribuido al Ejército de Liberación Nacional (ELN), informaron autoridades, en "
            "medio de una profunda crisis en las negociaciones de paz con esa guerrilla.\nLos embates de la guerrilla "
            "contra objetivos militares se han intensificado desde inicios de agosto cuando decidió no retomar el cese al "
            "fuego, que regía desde 2023, entre turbulencias en los diálogos de paz que se llevan a cabo desde finales de "
            "2022.\nEl “ataque terrorista” fue registrado en el poblado de Puerto Jordán del departamento de Arauca, "
            "fronterizo con Venezuela.")
    art = run(text, "2024-09-17")
    strikes = [e for e in told(art) if e[0] == "attack"]
    assert strikes == [("attack", "ataque", "Puerto Jordán")]


def test_the_incident_placed_a_paragraph_later_is_the_strike_told_at_length_before():
    # 7segundos.com.do, 13 Dec 2023: "El incidente tuvo lugar en Dera Ismail Khan, una ciudad en la provincia de ...":
    # the strike and the shoot-out it set off were there (the town, not the province that locates it)
    text = ("Un ataque suicida sacudió una comisaría de policía en el noroeste de Pakistán, cobrando la vida de al menos 23 "
            "policías y dejando a otros 32 heridos. Un vehículo cargado de explosivos fue detonado en la entrada principal "
            "del edificio, causando también el derrumbe de parte de la estructura.\nEl ejército paquistaní informó que "
            "seis insurgentes participaron en el ataque, desencadenando un enfrentamiento con las fuerzas de seguridad que "
            "duró varias horas. Todos los atacantes fueron abatidos durante el tiroteo. Simultáneamente, el comunicado "
            "militar destacó que en operaciones adicionales en la misma región, se logró eliminar a 27 insurgentes.\nEl "
            "incidente tuvo lugar en Dera Ismail Khan, una ciudad en la provincia de Khyber Pakhtunkhwa, en la frontera "
            "con Afganistán, históricamente vinculada al Talibán de Pakistán.")
    art = run(text, "2023-12-13")
    assert ("attack", "ataque", "Dera Ismail Khan") in told(art)
    assert ("clash", "enfrentamiento", "Dera Ismail Khan") in told(art)
    assert [v.fatalities for v in art.events if v.type == "attack"] == [23]


def test_the_ship_struck_is_placed_where_it_was_when_struck_and_its_fleets_sea_is_no_place():
    # larazon.es (EFE), 11 Sep 2025: "la Flota del mar Negro" is an organisation; "El buque ... fue atacado mientras
    # realizaba labores de reconocimiento junto al puerto de Novorosisk" is the strike told, where the ship was; the
    # "aumento de los ataques rusos a Ucrania" is a trend, not that strike
    text = ("Las fuerzas de la inteligencia militar ucraniana (GUR) alcanzaron con un dron de ataque este miércoles un buque "
            "de guerra ruso MPSV07 de la Flota del mar Negro, informa la agencia Efe.\nEl buque está valorado en unos 60 "
            "millones de dólares y fue atacado mientras realizaba labores de reconocimiento junto al puerto de Novorosisk "
            "de la Federación Rusa, según informó el GUR en un comunicado emitido hoy jueves.\nLa acción se produce en un "
            "momento de creciente aumento de los ataques rusos a Ucrania, y tras la polémica agresión del espacio aéreo "
            "de Polonia.")
    art = run(text, "2025-09-11")
    assert ("ORG", "Flota del mar Negro") in {(e.type, e.name) for e in art.entities}
    assert ("attack", "alcanzaron", "Novorosisk") in told(art)
    assert ("attack", "ataques", "Ucrania") in told(art)
    assert len([e for e in told(art) if e[0] == "attack"]) == 2


def test_attacks_told_to_have_taken_place_in_towns_listed_after_their_noun_are_one_per_town():
    # caracol.com.co, 13 Nov 2025: "se presentaron en las poblaciones A, B ..." places the attacks (one each); the
    # "frente Carlos Patiño" is a unit of the dissidents, no place
    text = ("Las disidencias de ‘Iván Mordisco’ atacaron al Ejército y a la Policía en cinco municipios del Cauca. Las "
            "acciones dejaron tres soldados, un policía y tres civiles heridos.\nLos ataques con explosivos y ráfagas de "
            "fusil de la columna Dagoberto Ramos y el frente Carlos Patiño se presentaron en las poblaciones Caloto, "
            "Corinto, Padilla, Patía e Inzá.")
    art = run(text, "2025-11-13")
    places = [place for typ, trig, place in told(art) if trig == "ataques"]
    assert {"Caloto", "Corinto", "Padilla", "Patía"} <= set(places) and "Carlos Patiño" not in places
