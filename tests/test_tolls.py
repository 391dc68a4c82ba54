"""Merged tolls (issue 14): a merged event's fatality range spans every death count its reports give,
a range stated in one report included, and nothing else (the whole war's toll, another strike's, the
injured). The records are written by hand over real sentences of ``../shared/eval/devclusters`` (so
these tests hold whatever extraction does to them); the sentences are quoted with their article."""
from __future__ import annotations

import pytest

from cronica.batch import store_article
from cronica.link.crossdoc import dated_by_saying, features
from cronica.link.tolls import ranges_dead, toll_range
from cronica.model import Article, ArticleMeta, Entity, Event, EventDate, Figure, Geo, Statement, TimeExpr
from cronica.process import extract_text
from cronica.store import open_store

GAZA = Geo(31.50161, 34.46672, "PS", "Gaza Strip", 281133, "city")
MARIUPOL = Geo(47.09514, 37.54131, "UA", "Donetsk Oblast", 701822, "city")


def at(text: str, phrase: str, after: str = "") -> tuple[int, int]:
    """The span of ``phrase`` (its first occurrence after ``after``)."""
    s = text.index(phrase, text.index(after) if after else 0)
    return s, s + len(phrase)


def article(aid: str, published: str, text: str, **parts) -> Article:
    return Article(ArticleMeta(aid, outlet=aid, published=published, published_basis="given", language="es"), text, **parts)


def place(text: str, name: str, geo: Geo, eid: str = "e1") -> Entity:
    return Entity(eid, "LOC", name, [at(text, name)], geo=geo)


def figure(text: str, phrase: str, value: int, unit: str, after: str = "", **kw) -> Figure:
    return Figure(at(text, phrase, after), phrase, value, unit, **kw)


def statement(sid: str, text: str, cue: str, content: str, about: list[str]) -> Statement:
    return Statement(sid, at(text, content), cue=cue, cue_span=at(text, cue), about=about)


# dc-10 (es.investing.com, Reuters, 19 Oct 2023): a US estimate given as a range, and the Palestinian toll
DC10 = ('WASHINGTON, 19 oct (Reuters) -Un informe no clasificado de los servicios de inteligencia estadounidenses, al '
        'que accedió Reuters el jueves, estimó que el número de víctimas mortales de una explosión en un hospital de Gaza '
        'se situaba "probablemente en el extremo inferior del espectro de 100 a 300" personas, pero añadía que la '
        'evaluación podría evolucionar.\nSegún las autoridades palestinas, 471 personas murieron en la explosión en el '
        'hospital Al-Ahli al-Arabi a última hora del martes.')


def dc10() -> Article:
    t = DC10
    return article(
        "dc-10", "2023-10-19", t, entities=[place(t, "Gaza", GAZA)],
        events=[Event("v1", "attack", at(t, "explosión"), status="confirmed", place="e1",
                      date=EventDate("2023-10-17", "day", "relative"), fatalities=471, reported_by=["s1", "s3"])],
        statements=[statement("s1", t, "estimó", 'el número de víctimas mortales de una explosión en un hospital de Gaza se '
                                               'situaba "probablemente en el extremo inferior del espectro de 100 a 300" personas', ["v1"]),
                    statement("s3", t, "Según", "471 personas murieron en la explosión en el hospital Al-Ahli al-Arabi a "
                                                "última hora del martes", ["v1"])],
        times=[TimeExpr(at(t, "el jueves"), "el jueves", "2023-10-19", "day")],
        figures=[figure(t, "471 personas", 471, "persona")])


def test_a_range_stated_in_a_statement_about_the_event_is_its_low_and_high():
    assert toll_range(dc10(), dc10().events[0]) == (100, 471)


def test_ranges_of_the_dead_and_not_of_the_injured():
    def r(s):
        return [(lo, hi) for lo, hi, _ in ranges_dead(s, 0, len(s))]

    # dc-10's second wording of the same estimate, and the same with the dead counted after the range
    assert r("Estimamos que el número de muertos está probablemente en el extremo inferior del espectro de 100 a 300.") == [(100, 300)]
    assert r("dejó entre 100 y 300 muertos") == [(100, 300)]
    assert r("Entre 100 y 300 personas murieron en la explosión en el hospital") == [(100, 300)]
    assert r("dejó entre 100 y 300 heridos") == []
    assert r("el número de muertos y heridos está en el extremo inferior del espectro de 100 a 300") == []
    assert r("el número de muertos asciende a 30, mientras que de 100 a 300 personas resultaron heridas") == []


def test_people_present_and_the_injured_are_not_the_dead():
    # dc-03 (libertaddigital.com): 60 people were there, 51 died, seven were hurt
    t = ("El misil impactó contra un café y una tienda situados en la pequeña localidad de Groza, donde se encontraban unas "
         "60 personas, de las que 51 murieron y otros siete han resultado heridos de gravedad, según información ofrecida "
         "por el ministro del Interior ucraniano, Ígor Klimenko.")
    art = article("dc-03", "2023-10-05", t,
                  events=[Event("v1", "attack", at(t, "impactó"), fatalities=51, injured=7)],
                  figures=[figure(t, "unas 60 personas", 60, "persona", approx=True), figure(t, "51", 51, "persona"),
                           figure(t, "otros siete", 7, "persona")])
    assert toll_range(art, art.events[0]) == (51, 51)


def test_the_whole_wars_toll_does_not_widen_the_strikes():
    # dc-23 (vanguardia.com): the strike's sentence goes on to the war's toll since 7 October
    t = ("Se trata del ataque con mayor número de víctimas mortales cometido hasta ahora, desde que el pasado 7 de octubre "
         "estalló la guerra entre las milicias palestinas de Gaza e Israel, que se ha saldado con más de 3.000 muertos en "
         "Gaza y 1.400 fallecidos en territorio israelí.")
    art = article("dc-23", "2023-10-17", t, events=[Event("v1", "attack", at(t, "ataque"), fatalities=200)],
                  figures=[figure(t, "más de 3.000 muertos", 3000, "muerto", bound="min"),
                           figure(t, "1.400 fallecidos", 1400, "fallecido")])
    assert toll_range(art, art.events[0]) == (200, 200)
    # dc-22 (970universal.com): the war's dead, even inside a statement about the strike
    t = ("Un ataque alcanzó el patio de un hospital en Gaza y dejó al menos 500 muertos.\n\nHasta el momento, más de tres mil "
         "palestinos han muerto en la operación de represalia del Ejército de Israel, según cifras del Ministerio de Salud "
         "de Gaza.")
    art = article("dc-22", "2023-10-17", t,
                  events=[Event("v1", "attack", at(t, "ataque"), fatalities=500, reported_by=["s7"])],
                  statements=[statement("s7", t, "según", "Hasta el momento, más de tres mil palestinos han muerto en la "
                                                         "operación de represalia del Ejército de Israel", ["v1"])],
                  figures=[figure(t, "al menos 500 muertos", 500, "muerto", bound="min"),
                           figure(t, "más de tres mil palestinos", 3000, "palestino", bound="min")])
    assert toll_range(art, art.events[0]) == (500, 500)


def test_a_passage_naming_another_strike_gives_this_one_nothing():
    # dc-04 (europapress.es): Podoliak's tweet on the Zaporizhzhia strike, in a report on the Kerch bridge
    t = ('"¿Putin acusa a Ucrania de terrorismo? Es demasiado cínico incluso para Rusia. Hace menos de 24 horas aviones '
         'rusos atacaron una zona residencial de Zaporiyia con doce misiles y mataron a trece personas e hirieron a más de '
         '50. Aquí solo hay un estado terrorista y el mundo entero sabe cuál es", ha publicado Podoliak en Twitter.\n'
         'Al menos tres personas murieron en la explosión de un camión en el puente de Kerch, que comunica territorio ruso '
         'con la península de Crimea, bajo ocupación rusa.')
    quote = t[1:t.index('", ha publicado')]
    for about in (["v1"], ["v1", "v3"]):  # the tweet taken as answering the Kerch attack, or as telling both
        art = article("dc-04", "2022-10-09", t,
                      events=[Event("v1", "attack", at(t, "explosión"), fatalities=3, reported_by=["s6"]),
                              Event("v3", "attack", at(t, "atacaron"), fatalities=13)],
                      statements=[statement("s6", t, "publicado", quote, about)],
                      figures=[figure(t, "trece personas", 13, "persona"), figure(t, "Al menos tres personas", 3, "persona")])
        assert toll_range(art, art.events[0]) == (3, 3), about
        assert toll_range(art, art.events[1]) == (13, 13), about


# dc-12 (laprensadecoahuila.com.mx, 25 Mar 2022): the toll told a week later, "este viernes" dating the saying
DC12 = ("Unas 300 personas fallecieron a causa de un ataque aéreo ruso contra un teatro que se empleaba como refugio "
        "antibombas en la asediada ciudad ucraniana de Mariúpol la semana pasada, dijo el Gobierno municipal este viernes "
        "citando a testigos presenciales.\nEn el momento del ataque, el 16 de marzo, en el exterior del edificio había una "
        "enorme inscripción con la palabra «NIÑOS» en ruso, a un tamaño visible desde el cielo.")


def dc12(date: str = "2022-03-25") -> Article:
    t = DC12
    content = t[:t.index(", dijo")]
    return article(
        "dc-12", "2022-03-25", t, entities=[place(t, "Mariúpol", MARIUPOL)],
        events=[Event("v1", "attack", at(t, "ataque"), status="claimed", place="e1", date=EventDate(date, "day", "relative"),
                      fatalities=300, reported_by=["s1"])],
        statements=[statement("s1", t, "dijo", content, ["v1"])],
        times=[TimeExpr(at(t, "la semana pasada"), "la semana pasada", None, "day"),
               TimeExpr(at(t, "este viernes"), "este viernes", "2022-03-25", "day"),
               TimeExpr(at(t, "el 16 de marzo"), "el 16 de marzo", "2022-03-16", "day")],
        figures=[figure(t, "Unas 300 personas", 300, "persona", approx=True)])


def test_a_date_only_the_saying_gives_is_not_the_events():
    art = dc12()
    assert dated_by_saying(art, art.events[0])
    art = dc12("2022-03-16")  # the day the text gives the strike
    assert not dated_by_saying(art, art.events[0])
    # dc-14 (mundour.com): the day is the strike's, inside what is said
    t = ("Al menos tres personas han fallecido en la explosión de este sábado en el puente de Crimea, que une la anexionada "
         "península ucraniana con Rusia, según informó el Comité de Investigación de Rusia.")
    art = article("dc-14", "2022-10-08", t,
                  events=[Event("v1", "attack", at(t, "explosión"), date=EventDate("2022-10-08", "day", "relative"),
                                reported_by=["s1"])],
                  statements=[statement("s1", t, "informó", t[:t.index(", según")], ["v1"])],
                  times=[TimeExpr(at(t, "este sábado"), "este sábado", "2022-10-08", "day")])
    assert not dated_by_saying(art, art.events[0])
    # dc-10: "el 7 de octubre" sits before the promise, but it dates the massacre named there
    t = ("Israel ha respondido a la matanza de 1.400 israelíes perpetrada por hombres armados de Hamás el 7 de octubre "
         "prometiendo destruir al grupo.")
    art = article("dc-10", "2023-10-19", t,
                  events=[Event("v2", "violence_against_civilians", at(t, "matanza"), date=EventDate("2023-10-07", "day", "relative")),
                          Event("v3", "threat", at(t, "destruir"), date=EventDate("2023-10-07", "day", "relative"))],
                  statements=[statement("s10", t, "prometiendo", "destruir al grupo", ["v3"])],
                  times=[TimeExpr(at(t, "el 7 de octubre"), "el 7 de octubre", "2023-10-07", "day")])
    assert not dated_by_saying(art, art.events[0]) and not dated_by_saying(art, art.events[1])


def _merged(store, article_id):
    return [m for m in store.events(merged=True) if article_id in m["articles"]]


def dc22() -> Article:
    # dc-22 (970universal.com, 17 Oct 2023): 500 dead
    t = "Un ataque alcanzó el patio de un hospital en Gaza y dejó al menos 500 muertos, según el ministerio de Sanidad gazatí."
    return article("dc-22", "2023-10-17", t, entities=[place(t, "Gaza", GAZA)],
                   events=[Event("v1", "attack", at(t, "ataque"), status="claimed", place="e1",
                                 date=EventDate("2023-10-17", "day", "publication"), fatalities=500, reported_by=["s1"])],
                   statements=[statement("s1", t, "según", t[:t.index(", según")], ["v1"])],
                   figures=[figure(t, "al menos 500 muertos", 500, "muerto", bound="min")])


def test_merged_range_takes_the_low_end_of_a_stated_range(tmp_path):
    st = open_store(str(tmp_path / "t.db"))
    try:
        for art in (dc22(), dc10()):
            store_article(st, art, features(art))
        m = _merged(st, "dc-10")
        assert len(m) == 1 and set(m[0]["articles"]) == {"dc-10", "dc-22"}, m
        assert (m[0]["fatalities_min"], m[0]["fatalities_max"], m[0]["fatalities_latest"]) == (100, 500, 471)
    finally:
        st.close()


def test_a_report_giving_only_a_range_has_its_high_end_as_latest(tmp_path):
    art = dc10()
    art.text = art.text[:art.text.index("\nSegún")]  # the US estimate alone
    art.events[0].fatalities, art.events[0].reported_by = None, ["s1"]
    art.statements, art.figures = art.statements[:1], []
    st = open_store(str(tmp_path / "t.db"))
    try:
        store_article(st, art, features(art))
        m = _merged(st, "dc-10")
        assert (m[0]["fatalities_min"], m[0]["fatalities_max"], m[0]["fatalities_latest"]) == (100, 300, 300)
    finally:
        st.close()


def test_rebuild_reads_the_tolls_of_reports_stored_before_them(tmp_path):
    from cronica.link.crossdoc import rebuild

    st = open_store(str(tmp_path / "t.db"))
    try:
        for art in (dc22(), dc10()):
            store_article(st, art, features(art))
        with st.transaction():  # as a store from before migration 5 holds them
            st.execute("UPDATE events SET fatalities_low = NULL, fatalities_high = NULL")
        rebuild(st)
        m = _merged(st, "dc-10")
        assert (m[0]["fatalities_min"], m[0]["fatalities_max"]) == (100, 500)
    finally:
        st.close()


def test_regression_a_late_toll_dated_by_its_saying_joins_the_first_reports(tmp_path):
    # dc-21 (la-lista.com, 17 Mar 2022): the theatre struck "el miércoles" (16 March); dc-12 a week later
    t = ("Los supervivientes han comenzado a salir del sótano de un teatro alcanzado por un ataque aéreo ruso en la asediada "
         "ciudad de Mariúpol, en el sur de Ucrania, según informaron las autoridades locales.")
    dc21 = article("dc-21", "2022-03-17", t, entities=[place(t, "Mariúpol", MARIUPOL)],
                   events=[Event("v1", "attack", at(t, "ataque"), status="claimed", place="e1",
                                 date=EventDate("2022-03-16", "day", "relative"), reported_by=["s1"])],
                   statements=[statement("s1", t, "informaron", t[:t.index(", según")], ["v1"])])
    st = open_store(str(tmp_path / "t.db"))
    try:
        for art in (dc21, dc12()):
            store_article(st, art, features(art))
        m = _merged(st, "dc-12")
        assert len(m) == 1 and set(m[0]["articles"]) == {"dc-12", "dc-21"}, m
        assert (m[0]["fatalities_min"], m[0]["fatalities_max"], m[0]["date_value"]) == (300, 300, "2022-03-16")
    finally:
        st.close()


def test_what_merging_reads_of_an_article_is_computed_where_it_was_extracted():
    # 970universal.com, 17 Oct 2023: the worker computes each event's range of death counts once; the writer reads it
    from cronica.link.crossdoc import LinkFeatures, event_reads, features
    from cronica.process import extract_text

    art = extract_text("Un ataque alcanzó el patio de un hospital en Gaza y dejó al menos 500 muertos, según el "
                       "ministerio de Sanidad gazatí, mientras que cientos de personas resultaron heridas.",
                       published="2023-10-17", geocode=False)
    feats = features(art)
    again = LinkFeatures.from_dict(feats.to_dict())
    assert again.reads == feats.reads == {v.id: event_reads(art, v) for v in art.events}
    assert any(low == 500 for low, _, _ in feats.reads.values())


def test_others_after_an_aside_count_the_main_noun():
    # latorrenews.com (EFE wording), 4 Sep 2024: "otras 30" are people, not girls
    from cronica.process import extract_text
    t = ("Al menos siete personas, incluidas tres niñas, fallecieron y otras 30 fueron heridas esta madrugada en un "
         "ataque de Moscú con misiles contra Leópolis.")
    art = extract_text(t, published="2024-09-04", geocode=False)
    assert [(f.value, f.unit) for f in art.figures if t[f.span[0]:f.span[1]] == "otras 30"] == [(30, "persona")]


def test_people_coordinated_with_the_dead_but_hurt_are_the_injured():
    # infobae.com (EFE), 28 Dec 2025: "Ese ataque dejó al menos ocho muertos y 20 personas heridas": 8 dead and 20
    # hurt (the people's own adjective decides, and they are not added to the dead)
    t = ("De acuerdo con SANA, las protestas alauíes coincidieron temporalmente con el atentado del pasado viernes en una "
         "mezquita de Homs, una ciudad ubicada en el oeste de Siria y con población mayoritariamente alauí. Ese ataque "
         "dejó al menos ocho muertos y 20 personas heridas, y fue reivindicado por el grupo extremista suní Ansar al "
         "Sunna.")
    art = extract_text(t, published="2025-12-28", geocode=False)
    tolls = {(v.fatalities, v.injured) for v in art.events if v.fatalities or v.injured}
    assert tolls == {(8, 20)}


def test_ending_the_life_of_people_counts_the_dead():
    # okdiario.com (Europa Press), 30 Dec 2023: "ha terminado con la vida de al menos 14 personas" (row life_verbs):
    # 14 dead, not 14 hurt
    t = ("Un ataque de Ucrania con drones y misiles en el centro de la ciudad fronteriza rusa de Bélgorod ha terminado "
         "con la vida de al menos 14 personas, entre ellas dos niños, y herido a otras 108 el sábado, según ha informado "
         "este sábado el Ministerio de Situaciones de Emergencia de Rusia.")
    art = extract_text(t, published="2023-12-30", geocode=False)
    assert [v.fatalities for v in art.events if v.type == "attack"] == [14]



@pytest.mark.parametrize("text,published,tolls", [
    # elmisionero.com.ar (AP), 2022-07-01 (rusia-ataco-un-edificio-residencial-en-ucrania...): the retreat from the
    # island is no strike; the 19 dead and 38 hurt told two sentences on are the Odesa strike's
    ("Un ataque de Rusia con misiles impactó en áreas residenciales de la región de Odessa y el saldo parcial de "
     "víctimas entre los civiles era de 17 personas fallecidas, según informaron las autoridades este viernes. La "
     "respuesta se da un día después de que las fuerzas rusas se retiraran de una isla estratégica del mar Negro, "
     "denominada de las Serpientes.\nEl video del ataque antes del amanecer mostró los restos carbonizados de "
     "edificios en el pequeño pueblo de Serhiivka, ubicado a unos 50 kilómetros (31 millas) al suroeste de Odesa y "
     "según la oficina del presidente ucraniano, cayeron tres misiles X-22 sobre un edificio y dos campamentos, "
     "disparados por bombarderos rusos.\n“Un país terrorista está matando a nuestra gente. En respuesta a las derrotas "
     "en el campo de batalla, luchan contra los civiles”, insistió Andriy Yermak, jefe de gabinete del presidente "
     "ucraniano Volodímir Zelenski.\nEl Servicio de Seguridad de Ucrania dijo que 19 personas murieron, incluidos dos "
     "niños, en tanto que otros 38, incluidos seis niños y una mujer embarazada, fueron hospitalizados con heridas.",
     "2022-07-01", (19, 38)),
    # diarimes.com, 2025-04-13 (treinta-muertos-ataque-ruso-misiles-ciudad-ucraniana-sumi): "Hasta ahora ... 31
    # personas muertos por el ataque" is the strike's latest toll, not a running total of the war
    ("Más de treinta personas han muerto este domingo en un ataque ruso con misiles en la ciudad ucraniana de Sumi, "
     "al nordeste del país. «Hasta ahora se sabe que hay 31 personas muertos por el ataque de misiles balísticos "
     "rusos. Entre los finados hay dos niños. Aparte, más de 84 personas han resultado heridas», ha informado el "
     "presidente de Ucrania, a Volodímir Zelenski, en un mensaje en X.", "2025-04-13", (31, 84)),
])
def test_a_toll_told_further_on_or_so_far_is_the_one_strikes(text, published, tolls):
    art = extract_text(text, published=published, geocode=False)
    assert [(v.fatalities, v.injured) for v in art.events if v.type == "attack"] == [tolls]


def test_the_dead_counted_as_a_predicate_and_the_missile_that_fell_are_one_dated_strike():
    # lagaceta.com.ar, 16 Jan 2023: "son al menos 40 los muertos tras la caída de un misil" (the count said of the dead
    # with "ser"), the strike told again by its missile with its day ("tras el impacto de un misil Kh-22, el sábado")
    text = ("Según informaron desde el Servicio Estatal de Emergencias de Ucrania, son al menos 40 los muertos tras la "
            "caída de un misil sobre un edificio residencial, en la localidad de Dnipro. Esta cifra fue actualizada luego "
            "de que se encontraran más cuerpos durante los trabajos de rescate. Además, 46 personas permanecen "
            "desaparecidas, y otras 75 resultaron heridas.\nSetenta y dos departamentos fueron destruidos, y otras 230 "
            "viviendas sufrieron daños, tras el impacto de un misil Kh-22, el sábado.")
    art = extract_text(text, published="2023-01-16", geocode=False)
    (fig,) = [f for f in art.figures if f.unit == "muerto"]
    assert (fig.value, fig.bound) == (40, "min")
    (strike,) = [v for v in art.events if v.type == "attack"]
    assert text[strike.trigger_span[0]:strike.trigger_span[1]] == "caída"
    assert (strike.fatalities, strike.injured, strike.date and strike.date.value) == (40, 75, "2023-01-14")


def test_the_displaced_joined_to_the_dead_are_no_toll():
    # sigloinformativo.net, 16 Oct 2024: "y más de 1,2 millones de personas han sido desplazadas" is not a death count
    text = ("Desde el inicio de las hostilidades con Hezbollah el pasado 8 de octubre, los bombardeos israelíes han causado "
            "la muerte de más de 2.300 personas en el Líbano, y más de 1,2 millones de personas han sido desplazadas, "
            "según datos oficiales.")
    art = extract_text(text, published="2024-10-16", geocode=False)
    assert [v.fatalities for v in art.events if v.type == "attack"] == [2300]
