"""Merged tolls (issue 14): a merged event's fatality range spans every death count its reports give,
a range stated in one report included, and nothing else (the whole war's toll, another strike's, the
injured). The records are written by hand over real sentences of ``../shared/eval/devclusters`` (so
these tests hold whatever extraction does to them); the sentences are quoted with their article."""
from __future__ import annotations

from cronica.batch import store_article
from cronica.link.crossdoc import features
from cronica.link.tolls import ranges_dead, toll_range
from cronica.model import Article, ArticleMeta, Entity, Event, EventDate, Figure, Geo, Statement, TimeExpr
from cronica.store import open_store

GAZA = Geo(31.50161, 34.46672, "PS", "Gaza Strip", 281133, "city")


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
