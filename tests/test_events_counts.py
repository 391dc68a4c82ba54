"""Events told with counts (real wire copy): the places a count is shared out over, counts with the noun left
out, and tolls of one person."""
from __future__ import annotations

from functools import lru_cache

from cronica.process import extract_text


@lru_cache(maxsize=None)  # (the same wire copy serves several tests: extracted once; the tests only read it)
def run(text: str, published: str):
    return extract_text(text, published=published, geocode=False)


def places(art, type_: str, trigger: str) -> list[str]:
    names = {e.id: e.name for e in art.entities}
    return [names.get(v.place) for v in art.events
            if v.type == type_ and art.text[v.trigger_span[0]:v.trigger_span[1]] == trigger]


# swissinfo.ch (EFE), 14 Aug 2025: the Russian ministry's count of drones downed, region by region
MOD_COUNT = ("Según el Ministerio de Defensa ruso, esta jornada derribaron hasta 44 drones ucranianos que se dirigían "
             "contra territorio controlado por Rusia.\n\nLa mayoría fueron abatidos sobrevolando el mar Negro (14), en la "
             "región de Volgogrado (9), la península ucraniana de Crimea (7), anexionada por Rusia en 2014, y la región "
             "de Rostov (7).\n\nOtros cuatro fueron interceptados en la región de Krasnodar, dos en Bélgorod y uno en el "
             "mar de Azov.")


def test_parenthesised_counts_make_one_interception_per_place():
    art = run(MOD_COUNT, "2025-08-14")
    # ("La mayoría": the drones of the sentence before, so "abatidos" is an interception)
    assert sorted(places(art, "interception", "abatidos")) == ["Crimea", "Rostov", "Volgogrado", "mar Negro"]


def test_a_participle_inside_the_list_belongs_to_its_own_member():
    art = run(MOD_COUNT, "2025-08-14")
    assert places(art, "territory_change", "anexionada") == ["Crimea"]


def test_counts_with_the_verb_left_out_are_more_places():
    art = run(MOD_COUNT, "2025-08-14")
    assert sorted(places(art, "interception", "interceptados")) == ["Bélgorod", "Krasnodar", "mar de Azov"]


def test_a_count_and_its_place_after_y():
    # spanish.news-pravda.com (Sputnik), 30 Nov 2024: one interception per place ("destruyeron e interceptaron" by the
    # air defences is one act, no strike)
    art = run("Los sistemas de defensa antiaérea rusos destruyeron e interceptaron la pasada noche ocho drones "
              "ucranianos sobre la región de Bélgorod y tres sobre el mar Negro, informó el Ministerio de Defensa ruso.",
              "2024-11-30")
    assert sorted(places(art, "interception", "destruyeron") + places(art, "interception", "interceptaron")) \
        == ["Bélgorod", "mar Negro"]
    assert {v.type for v in art.events} == {"interception"}


def test_an_indefinite_article_is_no_count():
    # France 24 (AFP), 30 Jun 2022: "una posición estratégica en el mar Negro" is the island described, not a
    # second place of the withdrawal
    art = run("El ejército de Rusia anunció este jueves su retirada de la isla de las Serpientes, una posición "
              "estratégica en el mar Negro conquistada por Moscú y que había sido objeto de contraataques ucranianos "
              "en las últimas semanas.", "2022-06-30")
    assert len(places(art, "territory_change", "retirada")) == 1


def test_one_person_killed_or_wounded_is_a_toll_of_one():
    # 1000noticias.com.py (Reuters wording), 29 Jul 2025
    art = run("Otra persona murió y varias resultaron heridas en un ataque en el distrito de Synelnykivsky de la "
              "región, afirmó.\nEn otro ataque en Velykomykhaylivska, el lunes por la noche, una mujer de 75 años "
              "murió. Un hombre de 68 años resultó herido. Una vivienda particular resultó dañada, publicó en Telegram.",
              "2025-07-29")
    tolls = [(v.fatalities, v.injured) for v in art.events]
    assert tolls == [(1, None), (1, 1)], tolls


def test_a_death_named_with_its_victim_is_a_toll():
    # noticias.madrid (20minutos wording): "la muerte de una mujer de 46 años" is one dead
    art = run("El gobernador de Moscú, Andrei Vorobiov, ha informado que un ataque con drones del Ejército de Ucrania ha "
              "resultado en la muerte de una mujer de 46 años y tres heridos en el óblast de Moscú.", "2024-09-10")
    assert [(v.fatalities, v.injured) for v in art.events] == [(1, 3)]


def test_a_victim_and_her_kin_are_counted_together():
    # lanacion.com.ar (AFP), 29 Sep 2025: a grandmother ("anciana", the feminine lemma) and her grandson are two dead
    art = run("Una anciana y su nieto murieron en una localidad a las afueras de Moscú en un incendio provocado por un "
              "ataque de drones ucranianos, informaron este lunes las autoridades rusas.", "2025-09-29")
    assert [v.fatalities for v in art.events] == [2]


def test_a_list_the_parser_split_with_an_apposition_is_counted_whole():
    # elmaleconexpress.com.mx (AP), 19 Aug 2024: "una mujer", hung on "dos hombres" as an apposition, is one more dead
    # person of the list (the parser's "appos"); "la hija de ella", definite, is not counted by this step
    from datetime import date

    from cronica.nlp import pipeline as P
    from cronica.nlp.events.casualties import joined_people
    nlp = P.load()
    doc = nlp(P.new_doc(nlp, "Un bombardeo más en la localidad norteña de Jabaliya impactó dos apartamentos en un edificio "
                             "residencial y mató a dos hombres, una mujer y la hija de ella, según el Ministerio de Salud "
                             "de Gaza.", date(2024, 8, 19)))
    men = next(t for t in doc if t.text == "hombres")
    assert joined_people(doc[men.i:men.i + 1]) == 1


def test_no_toll_of_one_from_a_count():
    # the same article: "Dieciséis personas murieron" is sixteen, not one
    art = run("Rusia llevó a cabo ocho bombardeos en la región de Zaporizhia, impactando una prisión, según Ivan "
              "Fedorov, jefe de la administración militar.\n«Dieciséis personas murieron y 35 resultaron heridas», "
              "declaró en Telegram.", "2025-07-29")
    assert [(v.fatalities, v.injured) for v in art.events] == [(16, 35)]


# tynpanama.com (AFP wording), 10 Jun 2024
RYZHIVKA = ("(Kiev) El presidente ucraniano, Volodymyr Zelensky, negó el lunes la captura por parte de las fuerzas rusas "
            "de la aldea de Ryjivka en la región de Sumy, que anteriormente había sido reclamada por el líder checheno "
            "Ramzan Kadyrov.\nEl líder de la república rusa de Chechenia, Ramzan Kadyrov, un partidario de Vladimir "
            "Putin que envió combatientes a Ucrania, aseguró el domingo por la tarde en Telegram que las tropas rusas "
            "se habían apoderado de esta localidad situada en la frontera con Rusia.\nYoury Zarko, jefe del municipio "
            "de Bilopillia, al que pertenece Ryzhivka, también negó en televisión la caída de esta localidad, "
            "declarando que no había ningún soldado ruso allí.")


def test_the_place_taken_after_the_agent():
    # the parser hangs "de la aldea de Ryjivka" on "las fuerzas rusas"; it is what was captured
    art = run(RYZHIVKA, "2024-06-10")
    assert places(art, "territory_change", "captura") == ["Ryjivka"]


def test_this_town_is_the_village_named_before_not_the_republic():
    # "esta localidad" after "la república rusa de Chechenia": Ryjivka; the capture claimed and denied is one event
    art = run(RYZHIVKA, "2024-06-10")
    names = {e.id: e.name for e in art.entities}
    taken = [v for v in art.events if v.type == "territory_change"]
    assert [names.get(v.place) for v in taken] == ["Ryjivka"], [(art.text[v.trigger_span[0]:v.trigger_span[1]],
                                                                   names.get(v.place)) for v in taken]


# rpp.pe, 6 Dec 2024 (the Syrian Observatory's counts; a subheading between paragraphs)
HOMS = ("El Gobierno sirio perdió el viernes el control de la ciudad de Daraa, en el sur del país, y de la mayor parte de "
        "la provincia homónima, cuna del levantamiento de 2011, declaró una oenegé.\n"
        "Batalla por la ciudad siria de Homs\n"
        "Al menos 19 civiles murieron, entre ellos cinco niños, en ataques lanzados por Siria y su aliada Rusia contra la "
        "periferia de la ciudad de Homs, en el centro de Siria, donde se concentran los combates entre los insurgentes y "
        "el Ejército Sirio, informó el Observatorio Sirio de Derechos Humanos.")


def test_a_subheading_is_its_own_sentence_and_tells_no_event_of_its_own():
    art = run(HOMS, "2024-12-06")
    # (the paragraphs tell the news; the toll is of the attacks of the sentence below)
    assert not [v for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "Batalla"]


def test_civilians_killed_in_a_states_strikes_is_an_attack():
    art = run(HOMS, "2024-12-06")
    hit = [v for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "ataques"]
    assert [(v.type, v.fatalities) for v in hit] == [("attack", 19)]


def test_the_unnamed_town_taken_is_the_one_named_next():
    # lanacion.com.ar (AP), 10 Dec 2025: "una estratégica ciudad" ... "la estratégica ciudad de Uvira": one capture
    art = run("DAKAR, Senegal (AP) — El grupo rebelde M23, respaldado por Ruanda, afirmó que ha tomado el control de una "
              "estratégica ciudad en el este de la República Democrática del Congo el miércoles por la tarde, tras una "
              "rápida ofensiva desde el inicio del mes.\n\nEl anuncio, realizado en X por el portavoz de M23 Lawrence "
              "Kanyuka, dice que el grupo ha tomado la estratégica ciudad de Uvira y anima a los ciudadanos a regresar a "
              "sus hogares.", "2025-12-10")
    assert places(art, "territory_change", "tomado") == ["Uvira"]


def test_an_annexed_place_named_after_its_participle():
    # es.euronews.com, 30 Aug 2023: the parser takes "la anexionada" for the phrase and "Crimea" for an object
    art = run("Las autoridades rusas, instaladas en la anexionada Crimea, también informaron de que habían repelido un "
              "ataque.", "2023-08-30")
    assert places(art, "territory_change", "anexionada") == ["Crimea"]


def test_a_ceasefire_the_tagger_split_is_still_a_ceasefire():
    # a copy of an EFE story, 30 Nov 2024: the tagger reads "frágil alto" as two adjectives
    art = run("Los rebeldes emprendieron una ofensiva relámpago contra las fuerzas del régimen de Al Assad el miércoles, "
              "coincidiendo con la entrada en vigor de un frágil alto el fuego en Líbano.", "2024-11-30")
    assert [v.type for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "alto"] == ["diplomacy"]


def test_the_events_of_one_list_come_in_the_order_the_text_names_their_places():
    art = run(MOD_COUNT, "2025-08-14")
    assert places(art, "interception", "abatidos") == ["mar Negro", "Volgogrado", "Crimea", "Rostov"]


def test_prisoners_freed_are_no_ground_taken():
    # eltribuno.com (EFE), 6 Feb 2026
    art = run("El jefe de gabinete de Zelenski, Kirilo Budánov, explicó en su cuenta de X que 139 de los prisioneros "
              "ucranianos liberados estaban privados de libertad en Rusia desde el primer año de la guerra, 2022.",
              "2026-02-06")
    assert not [v for v in art.events if v.type == "territory_change"]


def test_fragments_falling_are_no_town_falling():
    # ondacero.es, 8 Jul 2024: "la caída de fragmentos" is what the strike scattered
    art = run("Según Popko, como consecuencia del impacto de un misil sobre Kiev, se registró la caída de fragmentos en "
              "siete distritos de la capital, en los que resultaron dañados varios edificios.", "2024-07-08")
    assert [v.type for v in art.events] == ["attack"]


def test_a_place_borrowed_from_before_a_subheading():
    # dev dv-wd-04 (EFE), 9 Aug 2021: "la ciudad" after the subheading is the town of the paragraph before it
    art = run("El avance de los talibanes en Afganistán continúa imparable, después de tomar hasta cinco capitales de "
              "provincia en una semana, su logro más importante en veinte años de guerra.\n\nMalik, que vive en Kanduz, "
              "asegura a Efe que la capital es un caos y que se están librando  \"fuertes combates\" y ha confirmado el "
              "incendio en un mercado textil.\n\nÉxito de los talibanes\n\nEn el 2015 los talibanes ya habían tomado la "
              "ciudad, que tiene un valor estratégico muy importante, ya que conecta varias provincias y hace frontera con "
              "Tayikistán.", "2021-08-09")
    assert places(art, "territory_change", "tomado") == ["Kanduz"]


def test_an_interception_of_last_nights_strike_is_of_that_night():
    # abc.com.py (EFE), 20 Jul 2023: "anoche" dates the missiles downed as well as the strike
    art = run("Las defensas aéreas ucranianas pudieron destruir dos de los misiles con que Rusia atacó anoche Odesa, pero "
              "no fueron capaces de interceptar los “misiles supersónicos Kh-22 y Onyx” que Rusia también utilizó en el "
              "ataque.", "2023-07-20")
    assert [(v.type, v.date.value) for v in art.events if v.type == "interception"] == [("interception", "2023-07-19")]


# swissinfo.ch (EFE), 12 Sep 2025: the ministry's count of drones downed over thirteen regions
REGIONS = ("Moscú, 12 sep (EFE).- Rusia derribó anoche sobre su territorio más de 220 drones de ala fija ucranianos, nueve "
           "de los cuales se dirigían a Moscú, según denunció hoy el alcalde de la capital rusa, Serguéi Sobianin.\n\n"
           "En la región de Smolensk las defensa antiaéreas derribaron 42 drones y en la de Leningrado, 28.\n\n"
           "Según el mando militar ruso, los demás drones fuero derribados en las regiones de Kaluga (18), Nóvgorod (14), "
           "Oriol (9), Moscú (9), Bélgorod (7), Rostov (3), Tver (3), Pskov (1), Tula (1) y Kursk (1).")


def test_every_region_of_a_counted_list_is_a_place_and_an_interception():
    art = run(REGIONS, "2025-09-12")
    assert len(places(art, "interception", "derribados")) == 10


def test_in_the_one_of_x_is_one_more_place():
    art = run(REGIONS, "2025-09-12")
    assert len(places(art, "interception", "derribaron")) == 2


def test_downed_over_its_own_territory_is_the_subjects_country():
    art = run(REGIONS, "2025-09-12")
    assert places(art, "interception", "derribó") == ["Rusia"]


def test_combat_aircraft_are_no_fighting_whichever_word_the_parser_hangs_them_on():
    # soynuevaprensadigital.com (EFE), 16 Oct 2025: "aviones de vigilancia y combate"
    art = run("Desde medianoche hasta las 05:00 horas, los tanques israelíes abrieron fuego en el barrio de Shujaiya, en la "
              "ciudad de Gaza, acompañado de bombardeos de artillería y presencia de aviones de vigilancia y combate.",
              "2025-10-16")
    assert not [v for v in art.events if v.type == "clash"]


def test_a_strike_against_a_town_the_parser_hung_on_the_verb():
    # latorrenews.com (EFE wording), 4 Sep 2024
    art = run("Al menos siete personas, incluidas tres niñas, fallecieron y otras 30 fueron heridas esta madrugada en un "
              "ataque de Moscú con misiles contra la localidad de Leópolis, en Ucrania occidental, a 70 kilómetros de la "
              "frontera con Polonia, informó el jefe de la Administración Militar de la región, Maxim Kozitski.",
              "2024-09-04")
    assert places(art, "attack", "ataque") == ["Leópolis"]


def test_soldiers_falling_into_an_ambush_are_no_ground_taken():
    # menorca.info (Europa Press wording), 16 Aug 2023
    art = run("El último domingo, una patrulla de la Guardia Nacional cayó en una emboscada cerca de una aldea en el "
              "departamento de Abalá, también en la región de Tillabéri, en la que murieron seis efectivos.", "2023-08-16")
    assert not [v for v in art.events if v.type == "territory_change"]


def test_the_targets_named_next_are_the_places_of_the_strike():
    # upday.com (Europa Press wording), 20 Sep 2025
    art = run("Las Fuerzas Armadas de Ucrania confirmaron este sábado ataques con drones contra tres instalaciones "
              "petroleras rusas en la zona del río Volga. Los objetivos incluyeron las refinerías de Saratov y "
              "Novokuibishev, además de una estación de mezcla de crudo.", "2025-09-20")
    assert places(art, "attack", "ataques") == ["Saratov", "Novokuibishev"]


def test_a_count_with_its_noun_left_out_wounded_in_the_strike_its_adjective_names():
    # latitud435.com (EFE wording), 24 Sep 2024: "cinco" are five more wounded in the attack "heridos en" names
    art = run("Un soldado murió y cinco resultaron heridos en un ataque con explosivos de la guerrilla del Ejército de "
              "Liberación Nacional (ELN) contra una patrulla del Ejército en la región del Catatumbo, informaron fuentes "
              "oficiales.", "2024-09-24")
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(1, 5)]


def test_people_coordinated_with_a_count_are_counted_with_it():
    # swissinfo.ch (EFE), 19 Nov 2025: seven police officers and a civilian are eight wounded
    art = run("Cali (Colombia), 19 nov (EFE).- Al menos siete policías colombianos y un civil resultaron heridos este "
              "miércoles en un ataque perpetrado por disidencias de las FARC contra la estación de Policía de Jambaló, en "
              "el convulso departamento del Cauca (suroeste), informaron las autoridades.", "2025-11-19")
    assert [v.injured for v in art.events if v.type == "attack"] == [8]


def test_explosives_bursting_are_a_strike_and_an_accented_person_noun_counts_with_its_conjunct():
    # prensa.com (AP), Afghanistan: "al estallar explosivos" is the blast; two children and a policeman are three dead
    art = run("Dos niños y un policía murieron y al menos tres soldados estadounidenses fueron heridos, el miércoles, al "
              "estallar explosivos en medio de un grupo de civiles y extranjeros en el este de Afganistán, señalaron "
              "funcionarios.", "2010-06-10")
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(3, 3)]


def test_the_dead_a_sentence_places_elsewhere_are_not_the_strikes():
    # europapress.es, 17 Jun 2023: four brothers died where the shell struck; the eight others died in other districts
    art = run("De ellos, cuatro hermanos han muerto después de que un proyectil impactara en su casa en el barrio de Al "
              "Qadisiyah (en el este de Jartum), y al menos otras ocho personas han perdido la vida en el barrio de "
              "Omdurman (oeste) y en Al Lamab (sur), según ha publicado la cadena Sky News Arabia.", "2023-06-17")
    assert [v.fatalities for v in art.events if v.type == "attack"] == [4]


def test_a_campaign_whose_toll_a_report_gives_is_a_given_the_toll_is_the_report():
    # lagaceta.com.ar, Nov 2023: the Israeli offensive is told in the outlet's voice; the ministry's figures are its toll
    art = run("De acuerdo a las últimas cifras del ministerio de Salud de Gaza, la ofensiva israelí hasta ahora causó la "
              "muerte de 11.100 personas, entre ellas 4.506 niños; otros 1.500 chicos siguen desaparecidos debajo de los "
              "escombros.", "2023-11-12")
    assert [(v.type, v.status, v.fatalities) for v in art.events] == [("clash", "asserted", 11100)]


def test_children_among_the_wounded_are_not_the_count_and_a_truce_reached_is_a_truce():
    # latercera.com (Europa Press), 4 Sep 2025: "otras 10, incluidos tres menores" are ten wounded; "pese al alto el
    # fuego alcanzado en noviembre de 2024" tells the truce (the participle hangs on "fuego")
    art = run("Al menos una persona murió y otras 10, incluidos tres menores, resultaron heridas luego del ataque "
              "perpetrado este miércoles por el Ejército israelí en distintas localidades del sur de Líbano, pese al alto "
              "el fuego alcanzado en noviembre de 2024.", "2025-09-04")
    assert [(v.type, v.fatalities, v.injured) for v in art.events] == [("attack", 1, 10), ("diplomacy", None, None)]


def test_the_strike_a_report_counts_the_dead_of_is_claimed_the_war_a_report_names_is_a_given():
    # peru21.pe, 6 Oct 2022: the strikes whose toll "fuentes ucranianas" give are their claim, not the outlet's
    art = run("El número de muertos en los ataques este jueves con misiles rusos en la ciudad de Zaporiyia se ha elevado a "
              "siete, mientras que otras cinco personas han sido dadas por desaparecidas, según fuentes ucranianas.",
              "2022-10-06")
    assert [(v.status, v.fatalities) for v in art.events if v.type == "attack"] == [("claimed", 7)]
    # lanacion.com.ar (Reuters), 23 Nov 2025: the invasion the envoys came to discuss the end of is told as a given
    art = run("Un funcionario estadounidense dijo que el enviado especial de Estados Unidos, Steve Witkoff, y el secretario "
              "de Estado, Marco Rubio, llegaron el domingo para discutir el fin de la invasión a gran escala por parte de "
              "Rusia.", "2025-11-23")
    assert [v.status for v in art.events if v.type == "clash"] == ["asserted"]


def test_a_toll_sentence_far_from_the_one_strike_is_its_toll_whatever_war_the_lead_names():
    # cuartopoder.mx (AP), 20 Nov 2025: "la invasión rusa" is the war, not a second deadly event
    t = ("Un gran ataque con drones y misiles rusos golpeó la ciudad ucraniana de Ternopil y mató al menos a 25 "
         "personas, entre ellas tres menores, dijeron las autoridades el miércoles, mientras el presidente del país, "
         "Volodimir Zelensky, llegó a Turquía en busca de apoyo diplomático para su lucha contra la invasión rusa.\n\n"
         "El operativo nocturno alcanzó dos bloques de apartamentos de nueve pisos en Ternopil, a unos 200 kilómetros "
         "(120 millas) de la frontera con Polonia, explicó el ministro del Interior, Ihor Klymenko. Los equipos de "
         "emergencias revisaban los escombros a la luz del día para dar con posibles sobrevivientes, agregó. Al menos 73 "
         "personas más resultaron heridas, incluyendo 15 niños, indicaron los servicios de emergencia.")
    art = run(t, "2025-11-20")
    strike = next(v for v in art.events if v.type == "attack")
    assert (strike.fatalities, strike.injured) == (25, 73)


def test_a_bomb_the_parser_made_the_object_of_exploding_still_exploded():
    # dirigentesdigital.com (Reuters), 3 Jul 2016: "otro artefacto" comes after the verb
    art = run("También explotó otro artefacto alrededor de la medianoche en un mercado de Al-Shaab, un popular distrito "
              "chiíta en el norte de la capital, dejando al menos otros dos muertos, según fuentes médicas.", "2016-07-03")
    assert [(v.type, v.fatalities) for v in art.events] == [("attack", 2)]


# aa.com.tr, 8 Apr 2022: the railways' count of the hurt, after "aparte de los fallecidos"; a strike recalled from
# weeks before (14 March) lends its day to nothing told after it
KRAMATORSK = ("MOSCÚ, Rusia\nEl Ministerio de Defensa de Rusia este viernes 8 de abril negó haber perpetrado los ataques "
              "aéreos que destruyeron una estación de tren en la ciudad de Kramatorsk, ubicada al este de Ucrania en el "
              "oblast de Donetsk, en los que fallecieron al menos 50 personas.\nEl Ministerio mencionó, además, que el 14 "
              "de marzo pasado el Ejército de Ucrania atacó el centro de la ciudad oriental de Donetsk, lo que causó la "
              "muerte de 17 civiles y heridas a 36 más.\nLa empresa estatal de ferrocarriles de Ucrania denunció, más "
              "temprano en el día, que aparte de los fallecidos más de 100 personas resultaron heridas por el impacto de "
              "dos misiles en la estación en donde un gran número de personas aguardaba para ser evacuadas a zonas más "
              "seguras.")


def test_the_hurt_after_aparte_de_los_fallecidos_and_no_day_lent_by_a_strike_weeks_before():
    art = run(KRAMATORSK, "2022-04-08")
    hits = [v for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "impacto"]
    assert hits, [art.text[v.trigger_span[0]:v.trigger_span[1]] for v in art.events]
    assert all(v.fatalities != 100 for v in art.events)
    assert hits[0].injured == 100 and hits[0].date is not None and hits[0].date.value == "2022-04-08"


def test_missiles_that_hit_strike_the_one_town_their_sentence_names_and_carry_its_toll():
    # ecodelnortecuu.com, 14 Apr 2025: Sumi is the object of the main clause; the strike is told in "luego de que"
    t = ("Una tragedia sacudió a la ciudad ucraniana de Sumi este Domingo de Ramos, luego de que misiles balísticos "
         "lanzados por Rusia impactaran en pleno centro urbano, dejando al menos 34 muertos —entre ellos dos niños— y "
         "117 personas heridas, incluidos 15 menores.\nEl ataque ocurrió por la mañana, cuando las calles estaban "
         "llenas de familias y fieles religiosos.")
    art = run(t, "2025-04-14")
    names = {e.id: e.name for e in art.entities}
    strikes = [v for v in art.events if v.type == "attack"]
    assert len(strikes) == 1 and names.get(strikes[0].place) == "Sumi"
    assert (strikes[0].fatalities, strikes[0].injured) == (34, 117)


def test_where_missiles_were_launched_from_is_not_where_they_hit():
    # lne.es, 14 Apr 2022: the Moskva, hit by missiles "lanzados desde Odessa"
    t = ("Ucrania insiste en su triunfo y detalla que sus drones entretuvieron al buque mientras dos misiles Neptuno, "
         "lanzados desde Odessa, lo alcanzaron.")
    art = run(t, "2022-04-14")
    names = {e.id: e.name for e in art.entities}
    assert all(names.get(v.place) != "Odesa" for v in art.events)


def test_a_strike_recalled_lends_its_day_to_the_same_place_told_again():
    # adndigital.com.py, 2 Nov 2023: "los ataques de Hamás" are those of 7 October, told again
    t = ("Israel ha bombardeado objetivos en el territorio desde que declaró la guerra al grupo islamista Hamás tras "
         "lanzar ataques terroristas contra el sur de Israel el 7 de octubre.\nSegún las autoridades israelíes, más de "
         "1.400 personas, en su mayoría civiles, murieron en los ataques de Hamás.")
    art = run(t, "2023-11-02")
    told = [v for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]].startswith("ataques")]
    assert told and all(v.date is not None and v.date.value == "2023-10-07" for v in told)


# diariotextual.com, 25 Sep 2023: officers and "ocupantes" counted by the special forces, the same source going on
SEBASTOPOL = ("El Ejército ucraniano afirmó este lunes que mató al comandante de la flota rusa en el mar Negro en su ataque "
              "del viernes contra el cuartel general de ese cuerpo en Sebastopol, en la península de Crimea anexada por "
              "Moscú.\n“Treinta y cuatro oficiales, entre ellos el comandante de la flota rusa del mar Negro, murieron” "
              "como consecuencia del ataque, afirmaron las fuerzas especiales ucranianas en Telegram. “Otros 105 "
              "ocupantes resultaron heridos. El edificio del cuartel general no puede ser reparado”, agregó la misma "
              "fuente.\nSin embargo, estas afirmaciones no se han verificado, indicó la agencia de noticias AFP.")


def test_officers_killed_and_occupiers_wounded_are_the_strikes_toll():
    art = run(SEBASTOPOL, "2023-09-25")
    hit = [v for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "ataque"]
    assert hit and (hit[0].fatalities, hit[0].injured) == (34, 105)


def test_the_same_source_keeps_the_channel_and_unverified_claims_are_unverified():
    art = run(SEBASTOPOL, "2023-09-25")
    by_words = {art.text[s.content_span[0]:s.content_span[0] + 20]: s for s in art.statements}
    assert by_words["Otros 105 ocupantes "].channel == "Telegram"
    assert by_words["estas afirmaciones n"].stance == "unverified"


def test_attackers_dying_as_they_set_off_their_bombs_are_no_toll_of_the_bombing():
    # lasexta.com, 31 Jul 2016 (dev set, dv-wd-06): the six civilians are the toll; the two bombers died in the blast
    t = ("Un doble atentado con coche bomba perpetrado en la sede central del Departamento de Investigación Criminal en "
         "la capital somalí, ha dejado al menos seis civiles muertos, según han informado las fuerzas de seguridad.\n"
         "Según las primeras informaciones, dos milicianos del grupo terrorista Al Shabab han fallecido al detonar dos "
         "coches bombas en la puerta del edificio y otros tres han muerto abatidos por la Policía cuando intentaban "
         "acceder al recinto en Mogadiscio.")
    art = run(t, "2016-07-31")
    assert all(v.fatalities != 2 for v in art.events)
    assert any(v.fatalities == 6 for v in art.events)


def test_what_a_denial_sets_right_or_holds_against_is_told_not_denied():
    # andaluciainformacion.es, 28 Jun 2022: the strike is told (on a warehouse), only its target denied
    t = ("Rusia afirmó hoy que no atacó con misiles el centro comercial de Kremenchuk, en el centro de Ucrania, sino un "
         "almacén con armas y municiones de EEUU y de países europeos, que detonaron y provocaron \"un incendio\" en ese "
         "edificio anexo.")
    art = run(t, "2022-06-28")
    assert [v.status for v in art.events if v.type == "attack"] == ["claimed"]
    # starmetro.ca (AFP), 26 Apr 2025: the fighting the army says goes on is its claim, the capture what it denies
    t = ("El ejército ucraniano desmiente a Rusia y dice que sigue luchando en Kursk\n\nEl ejército ucraniano desmintió "
         "el sábado las afirmaciones del Estado Mayor ruso, según las cuales Moscú recuperó el control de la región "
         "rusa de Kursk, y aseguró que sus tropas siguen luchando en esta zona fronteriza.")
    art = run(t, "2025-04-26")
    assert all(v.status != "disputed" for v in art.events if v.type == "clash")


def test_this_new_strike_is_the_one_just_told():
    # news24horas.com, 8 Jan 2025: "este nuevo bombardeo" is the attack of the sentence before
    t = ("Al menos 13 personas han muerto por un ataque masivo lanzado este miércoles por la tarde por las Fuerzas "
         "Armadas de Rusia sobre la ciudad ucraniana de Zaporiyia, situada en el este de Ucrania, según un balance "
         "preliminar de víctimas difundido por las autoridades locales.\nEl gobernador, Ivan Fedorov, ha acusado en su "
         "cuenta de Telegram a Rusia de ser «un Estado terrorista» por este nuevo bombardeo, que habría alcanzado una "
         "zona industrial de Zaporiyia.")
    art = run(t, "2025-01-08")
    assert len([v for v in art.events if v.type == "attack"]) == 1


def test_drones_launched_against_a_countrys_territory_are_a_strike_on_that_country():
    # lavisionatl.com (DW), 20 Jun 2024: "contra territorio ucraniano", all of them shot down
    t = ("Rusia lanzó 27 drones kamikaze Shahed contra territorio ucraniano que fueron derribados en su totalidad por las "
         "defensas aéreas y 9 misiles de distinto tipo, de los cuales 5 fueron interceptados, informó jueves "
         "(20.06.2024) la Fuerza Aérea de Ucrania. Se trata de un nuevo ataque masivo que tuvo como objetivo el sistema "
         "eléctrico ucraniano.\nDesde el 22 de marzo ha lanzado sucesivos ataques masivos contra el sector eléctrico "
         "ucraniano que han destruido alrededor de la mitad de la capacidad de generación que tenía Ucrania.")
    art = run(t, "2024-06-20")
    names = {e.id: e.name for e in art.entities}
    launched = [v for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "lanzó"]
    assert len(launched) == 1 and names.get(launched[0].place) == "Ucrania"


def test_helicopters_destroyed_on_the_ground_are_a_strike_not_air_defence():
    # eldecano.es, 28 Jun 2025: destroyed at the Kirovske airfield; "un sistema de misiles antiaéreos" is no missile
    t = ("Mientras tanto, en la península de Crimea, ocupada por Rusia, fueron destruidos tres helicópteros de ataque y "
         "un sistema de misiles antiaéreos.")
    art = run(t, "2025-06-28")
    assert [v.type for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "destruidos"] == ["attack"]


def test_drones_that_entered_a_country_in_a_relative_clause_take_no_ground():
    # eldecano.es, 28 Jun 2025: "que" stands for the drones
    t = ("A principios de junio, casi un tercio de la flota de bombarderos estratégicos de Moscú fue destruida o dañada "
         "en una operación encubierta usando drones baratos que entraron en territorio ruso.")
    assert not [v for v in run(t, "2025-06-28").events if v.type == "territory_change"]


def test_a_hit_right_after_a_strike_tells_where_it_hit_and_the_strike_told_again_takes_its_toll():
    # abc.com.py, 25 Oct 2025: one strike on Kiev, told by Zelenski and by the mayor
    t = ("\"La pasada noche, Rusia atacó de nuevo, esta vez con docenas de drones y nueve misiles balísticos. Hubo un "
         "impacto de misil en Kiev. Desafortunadamente hay gente muerta y herida\", escribió Zelenski en su cuenta de "
         "X.\n\nSegún informó en Telegram el alcalde de Kiev, Vitali Klitschko, en el ataque de la noche del viernes a "
         "este sábado, dos personas perdieron la vida y otras diez resultaron heridas en la capital ucraniana.")
    art = run(t, "2025-10-25")
    names = {e.id: e.name for e in art.entities}
    strikes = [v for v in art.events if v.type == "attack"]
    assert len(strikes) == 1 and names.get(strikes[0].place) == "Kiev"
    assert (strikes[0].fatalities, strikes[0].injured) == (2, 10)


def test_the_country_that_suffered_a_barrage_is_where_its_strikes_fell():
    # sinembargo.mx (AP), 27 Aug 2024: "sufriera" (read "sufrierar" by the lemmatiser) and the attacks of the barrage;
    # not the city of the comparison before ("el tamaño de Los Ángeles")
    t = ("El territorio capturado tiene aproximadamente el tamaño de Los Ángeles.\n\nSu afirmación, que no pudo ser "
         "confirmada de manera independiente, se produjo horas después de que Ucrania sufriera una segunda andanada "
         "nocturna de ataques aéreos y con misiles por parte de Rusia.")
    art = run(t, "2024-08-27")
    names = {e.id: e.name for e in art.entities}
    assert [names.get(v.place) for v in art.events if v.type == "attack"] == ["Ucrania"]


def test_targets_told_each_with_its_own_town_are_one_strike_per_town():
    # swissinfo.ch (EFE), 19 Aug 2025: a refinery in Kremenchug and a gas pumping station in Lubny
    t = ("Los medios ucranianos informaron este lunes de intensos ataques rusos contra una refinería en la ciudad de "
         "Kremenchug, de la región de Poltava, y una estación de bombeo de gas en Lubny.")
    art = run(t, "2025-08-18")
    names = {e.id: e.name for e in art.entities}
    assert sorted(names.get(v.place) for v in art.events if v.type == "attack") == ["Kremenchug", "Lubny"]


def test_a_time_zone_is_no_place_and_a_woman_left_wounded_is_a_toll_of_one():
    # notiespartano.com, 13 May 2024
    t = "Según la entidad castrense, el ataque ucraniano fue repelido alrededor de las 17.00 hora de Moscú (14.00 GMT)."
    art = run(t, "2024-05-13")
    names = {e.id: e.name for e in art.entities}
    assert all(names.get(v.place) != "Moscú" for v in art.events)
    # theobjective.com, 25 Sep 2023
    t = ("Un nuevo ataque ruso con 19 drones y 14 misiles impactó la región ucraniana de Odesa (sur), lo que dejó una "
         "mujer herida y daños en una infraestructura portuaria, informó el lunes el ejército.")
    assert [v.injured for v in run(t, "2023-09-25").events if v.type == "attack"] == [1]


def test_a_count_the_dead_rose_to_is_a_figure_and_the_strikes_toll():
    # esnoticia.sv, 16 Jan 2023 (Dnipro)
    t = ("Las víctimas mortales por el lanzamiento de un misil ruso contra un edificio residencial en la localidad de "
         "Dnipro aumentaron a 35, entre ellos dos niños, mientras que los heridos ascienden a 75, informaron las "
         "autoridades.")
    art = run(t, "2023-01-16")
    assert {(f.text, f.unit) for f in art.figures} >= {("35", "víctima"), ("75", "herido")}
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(35, 75)]


def test_what_a_side_does_every_day_or_only_does_is_no_act_told():
    # noticiasdegipuzkoa.eus, 4 May 2023: "es bombardeada a diario"
    t = ("La ciudad de Jersón fue liberada por las fuerzas ucranianas en noviembre tras ser ocupada por Rusia al "
         "principio de la guerra y es bombardeada a diario por Rusia desde el otro lado del río Dnipro.")
    assert not [v for v in run(t, "2023-05-04").events if v.type == "attack"]
    # noticiaslatam.lat, 30 Dec 2023: "atacan únicamente instalaciones militares"
    t = ("Las FFAA de Rusia atacan únicamente instalaciones militares e infraestructura directamente relacionada, y "
         "seguirán haciéndolo.")
    assert not [v for v in run(t, "2023-12-30").events if v.type == "attack"]


def test_gangs_that_launch_an_attack_where_gunmen_fought_the_police_fight_a_battle():
    # diariolibre.com (AP), 19 Nov 2024
    t = ("Pandillas lanzaron un nuevo ataque en la capital de Haití la madrugada del martes, apuntando a una comunidad de "
         "alto nivel en Puerto Príncipe donde hombres armados se enfrentaron con la policía y los residentes.")
    assert [v.type for v in run(t, "2024-11-19").events] == ["clash"]


def test_the_wounded_dealt_with_a_after_a_death_toll_are_wounded():
    # soylagunanoticias.com, 31 Jul 2023: "la muerte de dos civiles y heridas a otros diez": two dead, ten wounded (the
    # ten were read as dead, the death told before them)
    art = run("La fiscalía regional de Jersón, en el sur de Ucrania, también reportó que los ataques rusos en la ciudad "
              "han causado la muerte de dos civiles y heridas a otros diez, incluyendo un menor de edad.", "2023-07-31")
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(2, 10)]


def test_who_reported_a_toll_is_no_first_place_of_a_list_of_counts():
    # ellitoral.com, 27 Sep 2025: "una muerte y 12 heridos en la región de Jersón" is no list of counts shared over
    # places; Ukraine, which reported it, is not where it was (it split the strike in two and lost its toll)
    art = run("Mientras tanto, Ucrania reportó ataques rusos que causaron una muerte y 12 heridos en la región de Jersón y "
              "daños a las vías ferroviarias en la región vecina de Odesa.", "2025-09-27")
    assert places(art, "attack", "ataques") == ["Jersón"]
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(1, 12)]


def test_a_count_joined_to_a_death_is_of_the_harm_its_own_verb_tells():
    # forodiplomatico.com, 10 Sep 2024: the parser joins "seis civiles" to "ha muerto"; their own verb says they were
    # wounded (they were counted as six dead)
    art = run("Una mujer de 46 años ha muerto y seis civiles han resultado heridos en la región de Moscú, en Rusia, tras "
              "un ataque masivo con drones ucranianos, uno de los más grandes registrados hasta la fecha desde el inicio "
              "del conflicto entre Ucrania y Rusia hace más de dos años.", "2024-09-10")
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(1, 6)]


def test_the_dead_and_wounded_counted_together_are_no_death_toll():
    # infobae.com (Europa Press), 21 Apr 2024: "diez muertos y heridos" is one count of both, the claim of the group
    # that set the bomb; the dead are the one the authorities confirmed
    art = run("Al menos una persona ha muerto y otras tres han resultado heridas a causa de un atentado con bomba "
              "ejecutado por el grupo yihadista Estado Islámico en la capital de Afganistán, Kabul, según han confirmado "
              "las autoridades instauradas por los talibán tras hacerse con el control del país en agosto de 2021. Por su "
              "parte, Estado Islámico ha reclamado la autoría a través de un comunicado difundido a través de sus canales "
              "de propaganda y ha recalcado que el atentado se ha saldado con \"diez muertos y heridos entre los chiíes y "
              "los apóstatas miembros de los talibán\".", "2024-04-21")
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(1, 3)]


def test_drones_told_downed_by_a_participle_are_an_interception_per_place():
    # swissinfo.ch (EFE), 5 Sep 2025: "drones abatidos en Vorónezh, Kursk, ..." tells what air defence downed, one
    # interception per region (the participle's noun, not an argument of its own, holds the drones)
    art = run("«Durante la pasada noche, los sistemas de defensa antiaérea destruyeron 92 drones ucranianos de ala fija», "
              "reza la nota castrense.\n\nTambién se registraron drones abatidos en Vorónezh, Kursk, Oriol, Lípetsk, "
              "Bélgorod y Smolensk.", "2025-09-05")
    assert places(art, "interception", "abatidos") == ["Vorónezh", "Kursk", "Oriol", "Lípetsk", "Bélgorod", "Smolensk"]


def test_a_list_of_counts_after_its_total_is_every_place_it_names():
    # eldiario.es (EFE), 24 Aug 2024: "siete drones, cinco sobre Voronezh y uno sobre Bélgorod y Briansk": the total
    # first, then each count with its places (no place before the first count: the list was dropped)
    art = run("Además, durante la madrugada fueron derribados un total de siete drones, cinco sobre Voronezh y uno sobre "
              "Bélgorod y Briansk, donde las tropas ucranianas también intentaron esta semana penetrar, según Moscú.",
              "2024-08-24")
    assert places(art, "interception", "derribados") == ["Voronezh", "Bélgorod", "Briansk"]


def test_people_taken_to_hospital_are_wounded():
    # es.rssnews.media (Reuters), 23 Jul 2023: "14 personas fueron hospitalizadas" is the strike's wounded (the only
    # count of them the report gives)
    art = run("«Odesa: otra noche ataque de los monstruos», dijo Oleh Kiper, gobernador de la región de Odesa en el sur "
              "de Ucrania, de la cual la ciudad de Odesa es un centro administrativo, en la aplicación de mensajería "
              "Telegram.\n«Desafortunadamente, tenemos un civil que murió».\nKiper dijo anteriormente que, según "
              "información preliminar, 14 personas fueron hospitalizadas, incluidos tres niños.", "2023-07-23")
    assert [v.injured for v in art.events if v.type == "attack"] == [14]


def test_a_toll_told_after_a_strike_measured_against_the_war_is_the_strikes():
    # revistalacolumna.com.ar, 2023-07-06 (el-ataque-con-diez-misiles-de-crucero-contra-leopolis...): the next
    # sentence's four dead are the strike's, not the invasion's it is compared with
    text = ("El ataque con diez misiles de crucero Kalibr, siete de los cuales fueron interceptados, contra Leópolis "
            "(oeste de Ucrania) la pasada noche ha sido “el más destructivo” de los lanzados desde el comienzo de la "
            "invasión rusa, dijo este jueves su alcalde, Andriy Sadovyi.\n\n"
            "Sadovyi confirmó la muerte de cuatro civiles aunque dijo que se continúa buscando supervivientes.")
    art = run(text, "2023-07-06")
    tolls = {art.text[v.trigger_span[0]:v.trigger_span[1]]: v.fatalities for v in art.events}
    assert tolls.get("ataque") == 4, tolls
    assert not tolls.get("invasión"), tolls


def test_people_executed_are_the_dead():
    # elpais.com.uy (AFP), 2025-07-15 (israel-bombardea-la-ciudad-de-mayoria-drusa-en-siria...): "ejecutaron a 12
    # civiles" counts twelve dead, as "fueron ejecutadas" does
    art = run("El Observatorio Sirio de Derechos Humanos (OSDH) afirmó el martes que fuerzas de \"los ministerios de "
              "Defensa e Interior ejecutaron a 12 civiles tras asaltar la casa de huéspedes de la familia Radwan en la "
              "ciudad de Sweida\".", "2025-07-15")
    assert [v.fatalities for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "ejecutaron"] == [12]


def test_gunmen_shot_down_are_the_dead():
    # es.theepochtimes.com, 19 Feb 2024: "abatió a 12 presuntos sicarios" counts twelve dead in the clash
    art = run("El Ejército mexicano abatió a 12 presuntos sicarios en un enfrentamiento en el municipio de Miguel Alemán, "
              "en el estado de Tamaulipas, fronterizo con Estados Unidos, según informó este lunes el Gobierno estatal.",
              "2024-02-19")
    assert [(v.type, v.fatalities) for v in art.events] == [("clash", 12)]


def test_a_strike_that_hurt_no_one_has_a_toll_of_zero():
    # elintransigente.com, 29 Dec 2023: "fue bombardeada ... sin causar víctimas"; lanacionpy, 15 Sep 2024: "un misil
    # cayó en una zona donde no causó heridos" after the launch it tells again
    art = run("Una caravana humanitaria fue bombardeada en la Franja de Gaza por el ejército de Israel sin causar "
              "víctimas, denunció el director de la agencia de la ONU para los Refugiados Palestinos (Unrwa) en el "
              "enclave.", "2023-12-29")
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(0, 0)]
    art = run("Los rebeldes hutíes de Yemen reivindicaron este domingo el lanzamiento de un misil en el centro de Israel, "
              "horas después de que el ejército israelí dijera que un misil cayó en una zona donde no causó heridos.",
              "2024-09-15")
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [(0, 0)]


# telediario.mx, 16 Apr 2023: a strike's toll, then the toll of years of violence
SINCE_2015 = ("La semana pasada, 44 civiles murieron en un ataque contra dos aldeas en el noreste del país, cerca de la frontera "
              "con Níger.\nDesde 2015, la violencia yihadista ha dejado más de 10 mil muertos entre civiles y militares y "
              "unos dos millones de desplazados, según oenegés.")


def test_the_dead_of_years_of_violence_are_no_toll_of_the_strike_told_before():
    art = run(SINCE_2015, "2023-04-16")
    assert [v.fatalities for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "ataque"] == [44]


# paraguaynoticias.info, 23 Jun 2024: a governor lowers the toll of a strike; the count reported before is told after
LOWERED = ("El gobernador de Sebastopol, Mijaíl Razvozháev, redujo este domingo a cuatro el número de víctimas mortales del "
           "ataque ucraniano con misiles contra Sebastopol, en la anexionada península de Crimea, pero elevó a 151 la cifra "
           "de heridos.\n“Murieron cuatro personas, incluyendo dos menores de edad, 151 personas solicitaron atención "
           "médica, 82 fueron hospitalizados”, escribió en Telegram.\nAnteriormente se había informado de la muerte de "
           "cinco personas y de 124 heridos.")


def test_a_toll_lowered_stays_lowered_whatever_count_was_reported_before():
    art = run(LOWERED, "2024-06-23")
    assert [(v.fatalities, v.injured) for v in art.events if art.text[v.trigger_span[0]:v.trigger_span[1]] == "ataque"] \
        == [(4, 151)]
