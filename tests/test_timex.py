"""Tests for the Spanish temporal tagger (cronica.nlp.timex) on real and realistic news text."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.nlp.timex import dateline_date, find_times, infer_published

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
D = dt.date


def times(text, pub):
    return [(t.text, t.value, t.precision) for t in find_times(text, pub)]


def one(text, pub, expr):
    """The single expression whose surface is ``expr``; checks its span indexes the text."""
    found = [t for t in find_times(text, pub) if t.text == expr]
    assert found, f"{expr!r} not found in {times(text, pub)}"
    t = found[0]
    assert text[t.span[0]:t.span[1]] == expr
    return t


# --------------------------------------------------------------------------- seed sentences

def test_seed000_sentences():
    pub = D(2023, 2, 15)  # a Wednesday
    s = ("Reforzada por decenas de miles de reservistas reclutados en diciembre, Rusia ha intensificado "
         "los ataques en el sur y el este de Ucrania en las últimas semanas.")
    assert one(s, pub, "en diciembre").value == "2022-12"
    t = one(s, pub, "en las últimas semanas")
    assert t.value is None and t.precision == "day"
    s = "El Ministerio de Defensa ruso dijo el miércoles que las fuerzas ucranianas se habían retirado."
    assert one(s, pub, "el miércoles").value == "2023-02-15"
    s = ("La captura de Bajmut daría a Rusia un trampolín para avanzar sobre dos ciudades más grandes, lo que "
         "reavivaría el impulso de Moscú antes del primer aniversario de la invasión, el 24 de febrero.")
    assert times(s, pub) == [("el 24 de febrero", "2023-02-24", "day")]
    s = ("Estados Unidos ha comprometido más de 27.400 millones de dólares en ayuda a la seguridad de Ucrania "
         "desde que comenzó el conflicto en febrero del año pasado.")
    t = one(s, pub, "en febrero del año pasado")
    assert (t.value, t.precision) == ("2022-02", "month")
    s = "El 20 de enero, un alto funcionario de la administración estadounidense dijo que Washington estaba aconsejando."
    assert one(s, pub, "El 20 de enero").value == "2023-01-20"
    s = "Ucrania tenía muchas posibilidades de tomar la iniciativa en el campo de batalla este año."
    t = one(s, pub, "este año")
    assert (t.value, t.precision) == ("2023", "year")


def test_seed000_whole_article_matches_gold_times():
    import json
    gold = json.loads((SHARED / "eval/gold/seed-000.jsonl").read_text().splitlines()[0])
    text = json.loads((SHARED / "eval/gold/seed-000.input.jsonl").read_text().splitlines()[0])["text"]
    pred = {(t.span, t.value) for t in find_times(text, D(2023, 2, 15))}
    want = {(tuple(t["span"]), t["value"]) for t in gold["times"]}
    assert want <= pred
    assert len(pred - want) <= 1


def test_seed001():
    text = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    got = times(text, D(2022, 10, 12))
    assert ("el martes", "2022-10-11", "day") in got
    assert ("desde el 24 de febrero", "2022-02-24", "day") in got  # past; the gold sets keep "desde" in the span
    assert ("a mediados de noviembre", "2022-11", "month") in got  # ahead: the G20 summit
    assert ("este miércoles", "2022-10-12", "day") in got
    assert ("la víspera", "2022-10-11", "day") in got


def test_seed002():
    text = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    got = times(text, D(2025, 8, 27))
    assert got.count(("este miércoles", "2025-08-27", "day")) == 2
    assert ("hoy", "2025-08-27", "day") in got
    assert ("en febrero de 2022", "2022-02", "month") in got
    assert ("el miércoles", "2025-08-27", "day") in got


# --------------------------------------------------------------------------- own news sentences

@pytest.mark.parametrize("text,pub,expr,value,precision", [
    ("Rusia lanzó ayer un ataque masivo con drones contra Kiev.", D(2023, 5, 30), "ayer", "2023-05-29", "day"),
    ("Las sirenas sonaron anoche en toda Ucrania.", D(2023, 5, 30), "anoche", "2023-05-29", "day"),
    ("La delegación ucraniana viajará mañana a Estambul.", D(2022, 3, 28), "mañana", "2022-03-29", "day"),
    ("El Kremlin dijo anteayer que no habrá tregua.", D(2022, 3, 28), "anteayer", "2022-03-26", "day"),
    ("Rusia invadió Ucrania el 24 de febrero de 2022.", D(2023, 6, 1), "el 24 de febrero de 2022", "2022-02-24", "day"),
    ("La explosión se produjo en la madrugada de este jueves en Odesa.", D(2023, 7, 20),
     "en la madrugada de este jueves", "2023-07-20", "day"),
    ("Zelenski se reunirá el próximo lunes con los líderes europeos.", D(2023, 7, 20), "el próximo lunes",
     "2023-07-24", "day"),
    ("El pasado viernes murieron cinco civiles en Jersón.", D(2023, 7, 20), "El pasado viernes", "2023-07-14", "day"),
    ("La cumbre de la OTAN se celebrará el jueves en Vilna.", D(2023, 7, 10), "el jueves", "2023-07-13", "day"),
    ("El ataque ocurrió hace tres días cerca de Bajmut.", D(2023, 7, 10), "hace tres días", "2023-07-07", "day"),
    ("Las tropas se retiraron hace dos meses de la ciudad.", D(2023, 1, 10), "hace dos meses", "2022-11", "month"),
    ("La ciudad fue ocupada hace 8 años por separatistas.", D(2022, 4, 1), "hace 8 años", "2014", "year"),
    ("La contraofensiva comenzará dentro de dos semanas, según Kiev.", D(2023, 5, 1), "dentro de dos semanas",
     "2023-05-15", "day"),
    ("Los combates se intensificaron a finales de agosto.", D(2023, 9, 14), "a finales de agosto", "2023-08", "month"),
    ("Kiev espera recibir los F-16 a principios del año próximo.", D(2023, 9, 14),
     "a principios del año próximo", "2024", "year"),
    ("La ofensiva del año pasado fracasó.", D(2024, 1, 3), "del año pasado", "2023", "year"),
    ("El Parlamento aprobó la ley el mes pasado.", D(2024, 1, 3), "el mes pasado", "2023-12", "month"),
    ("Las entregas de munición se retrasaron este mes.", D(2024, 1, 3), "este mes", "2024-01", "month"),
    ("Rusia se anexionó Crimea en 2014.", D(2024, 1, 3), "en 2014", "2014", "year"),
    ("El acuerdo del grano expiró el 17/07/2023 sin prórroga.", D(2023, 9, 1), "el 17/07/2023", "2023-07-17", "day"),
    ("Moscú fijó el 15.01.2023 como fecha límite.", D(2023, 1, 2), "el 15.01.2023", "2023-01-15", "day"),
    ("La reunión de ayer, martes, terminó sin acuerdo.", D(2023, 3, 8), "ayer, martes", "2023-03-07", "day"),
    ("Hoy, jueves, se cumplen 500 días de guerra.", D(2023, 7, 6), "Hoy, jueves", "2023-07-06", "day"),
    ("Las elecciones se celebrarán en marzo.", D(2023, 11, 20), "en marzo", "2024-03", "month"),
    ("Los bombardeos se repitieron en noviembre.", D(2023, 2, 20), "en noviembre", "2022-11", "month"),
    ("El contrato, firmado en septiembre de 2021, sigue vigente.", D(2023, 2, 20), "en septiembre de 2021",
     "2021-09", "month"),
    ("La central quedó sin electricidad el día 8, según el OIEA.", D(2022, 10, 12), "el día 8", "2022-10-08", "day"),
    ("El ejército lanzó el contraataque el pasado 2 de marzo.", D(2023, 3, 13), "el pasado 2 de marzo",
     "2023-03-02", "day"),
])
def test_expressions(text, pub, expr, value, precision):
    t = one(text, pub, expr)
    assert (t.value, t.precision) == (value, precision)


def test_basis_explicit_vs_relative():
    pub = D(2023, 6, 1)
    assert one("Comenzó el 24 de febrero de 2022.", pub, "el 24 de febrero de 2022").basis == "explicit"
    assert one("Llegó el 24 de febrero.", pub, "el 24 de febrero").basis == "relative"
    assert one("Ocurrió en 2014.", pub, "en 2014").basis == "explicit"
    assert one("Ocurrió ayer.", pub, "ayer").basis == "relative"


def test_future_by_tense_same_day_month():
    # past tense: the last 24 February; future tense: the coming one
    pub = D(2023, 2, 15)
    assert one("Rusia invadió Ucrania el 24 de febrero.", pub, "el 24 de febrero").value == "2022-02-24"
    assert one("Biden visitará Kiev el 24 de febrero.", pub, "el 24 de febrero").value == "2023-02-24"


def test_weekday_same_day_and_previous():
    pub = D(2023, 2, 15)  # Wednesday
    assert one("Dijo el miércoles que...", pub, "el miércoles").value == "2023-02-15"
    assert one("Dijo el jueves que...", pub, "el jueves").value == "2023-02-09"
    assert one("Hablará el jueves en Bruselas.", pub, "el jueves").value == "2023-02-16"


def test_until_a_weekday_with_a_past_verb_is_up_to_now():
    # ucodigital.com.ar (AP), Sunday 30 Jun 2024: "hasta" looks ahead only when a verb of the future is there
    pub = D(2024, 6, 30)
    t = "Hasta el domingo por la mañana, ningún grupo se había atribuido la responsabilidad del atentado."
    assert one(t, pub, "el domingo por la mañana").value == "2024-06-30"
    # MEANTIME-es (Wikinews, 18 Sep 2008): a verb of the future keeps it ahead
    t = "El gobierno ruso mantendrá todas las bolsas cerradas hasta el viernes."
    assert one(t, D(2008, 9, 18), "el viernes").value == "2008-09-19"


def test_a_partir_de_before_another_noun_is_no_future_cue():
    # elmen.pe (2022): "a partir de" takes the invasion as its object; the invasion's date takes the past verb's tense
    pub = D(2022, 4, 12)
    t = "Para los habitantes de estas 10 ciudades ucranianas, la vida cambió radicalmente a partir de la invasión rusa del 24 de febrero."
    assert one(t, pub, "del 24 de febrero").value == "2022-02-24"


def test_a_participle_right_before_a_time_takes_it_as_its_own():
    # elespectador.com (AFP), 12 Sep 2022: "lanzada en febrero" is the February before, whatever "continuará" says
    t = "Además aseguró que la ofensiva rusa lanzada en febrero continuará “hasta que se alcancen los objetivos”."
    assert one(t, D(2022, 9, 12), "en febrero").value == "2022-02"


def test_valueless_and_non_times():
    pub = D(2023, 2, 15)
    t = one("Los ataques han aumentado en los últimos meses.", pub, "en los últimos meses")
    assert t.value is None
    t = one("La guerra se prolonga durante años.", pub, "durante años")
    assert t.value is None
    # a month name as a first name, ordinals, times of day and counts are not dates
    assert times("Julio Iglesias cantó en Madrid.", pub) == []
    assert times("El primer aniversario de la invasión.", pub) == []
    assert times("Rusia ha movilizado a 2000 soldados en la zona.", pub) == []
    assert [x for x in times("Atacan las veinticuatro horas del día.", pub) if x[1]] == []
    assert times("Nos vemos por la mañana.", pub) == []


def test_without_publication_date():
    got = times("Dijo el miércoles que la guerra empezó el 24 de febrero de 2022.", None)
    assert ("el miércoles", None, "day") in got
    assert ("el 24 de febrero de 2022", "2022-02-24", "day") in got


def test_accentless_and_abbreviated_months():
    pub = D(2023, 4, 10)
    assert one("El sabado hubo explosiones.", pub, "El sabado").value == "2023-04-08"
    assert dateline_date("Kiev, 8 abr (EFE).- Rusia lanzó...", 2023) == D(2023, 4, 8)


# --------------------------------------------------------------------------- publication date

def test_dateline_and_inference():
    assert dateline_date("MADRID, 9 Jun. (EUROPA PRESS) - El Gobierno...", 2022) == D(2022, 6, 9)
    assert dateline_date("Kiev, 8 abr (EFE).- Las autoridades...", 2022) == D(2022, 4, 8)
    assert dateline_date("Sin fecha al principio del texto.", 2022) is None
    text = "Kiev, 8 abr (EFE).- Rusia atacó de nuevo la capital, un año después de la retirada de 2022."
    assert infer_published(text) == D(2022, 4, 8)
    text = "Hoy, jueves 2 de marzo de 2023, el Parlamento votó la ley."
    assert infer_published(text) == D(2023, 3, 2)
    # the weekday fixes the year of a year-less date
    text = "El Kremlin anunció el miércoles 12 de octubre nuevas medidas."
    assert infer_published(text).weekday() == 2
    assert infer_published("Un texto sin fechas.") is None


# --------------------------------------------------------------------------- properties

def _valid(value, precision):
    if value is None:
        return True
    if precision == "day":
        dt.date.fromisoformat(value)
        return len(value) == 10
    if precision == "month":
        y, m = value.split("-")
        return len(y) == 4 and 1 <= int(m) <= 12
    return precision == "year" and len(value) == 4 and value.isdigit()


WORDS = st.sampled_from([
    "el", "la", "en", "de", "del", "hace", "dentro", "este", "próximo", "pasado", "ayer", "hoy", "mañana",
    "miércoles", "sábado", "febrero", "dic.", "abr", "31", "29", "2", "2024", "1999", "0", "99", "año",
    "mes", "semana", "días", "víspera", "a", "mediados", "finales", "que", "viene", "dos", "tres", ",", ".",
    "Kiev", "atacará", "atacó", "/", "-", "24/02/2022", "31.02.2023", "2023-02-30", "un", "par", "meses",
    "madrugada", "noche", "\n", "principios", "anoche", "mil",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)) | st.none())
def test_property_tagger_phrases(words, pub):
    text = " ".join(words)
    for t in find_times(text, pub):
        assert text[t.span[0]:t.span[1]] == t.text
        assert t.precision in ("day", "month", "year")
        assert _valid(t.value, t.precision)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31)) | st.none())
def test_property_arbitrary_text(text, pub):
    for t in find_times(text, pub):
        assert 0 <= t.span[0] < t.span[1] <= len(text)
        assert _valid(t.value, t.precision)


def test_speed_budget():
    import time
    text = (next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8") * 2)[:5000]
    find_times(text, D(2023, 2, 15))
    t0 = time.perf_counter()
    for _ in range(20):
        find_times(text, D(2023, 2, 15))
    assert (time.perf_counter() - t0) / 20 < 0.01  # generous: well under 2 ms on a dev machine


def test_regression_weekday_then_count_is_not_a_day_of_month():
    """'este viernes 14 muertos' was read as Friday the 14th."""
    from datetime import date
    from cronica.nlp.timex import find_times
    (t,) = find_times("El ataque de este viernes 14 muertos dejó en la ciudad.", date(2024, 3, 20))
    assert t.text == "este viernes" and t.value == "2024-03-15"
    (t,) = find_times("Ocurrió el sábado 12 de marzo.", date(2024, 3, 20))
    assert t.value == "2024-03-12"


# --------------------------------------------------------------------------- week-relative, quotes, frames

def test_weekday_of_a_named_week():
    pub = D(2024, 10, 9)  # a Wednesday
    s = "La explosión se produjo el lunes de la semana pasada en el puerto."
    assert times(s, pub) == [("el lunes de la semana pasada", "2024-09-30", "day")]
    s = "Los ministros se verán el viernes de la próxima semana en Bruselas."
    assert times(s, pub) == [("el viernes de la próxima semana", "2024-10-18", "day")]
    s = "El convoy partió el martes de esta semana."
    assert times(s, pub) == [("el martes de esta semana", "2024-10-08", "day")]


def test_part_of_current_month():
    pub = D(2024, 10, 9)
    assert times("A finales de mes llegará otro envío.", pub) == [("A finales de mes", "2024-10", "month")]
    assert times("A principios de mes cayó la aldea.", pub) == [("A principios de mes", "2024-10", "month")]


def test_day_word_in_quote_takes_the_day_it_was_said():
    pub = D(2024, 10, 9)  # Wednesday; the quotes were said on Monday 7 / Sunday 6
    s = "«Hoy hemos recuperado el control del puente», afirmó el lunes el portavoz militar."
    assert one(s, pub, "Hoy").value == "2024-10-07"
    s = 'El gobernador declaró el domingo: "Ayer perdimos la central eléctrica".'
    assert one(s, pub, "Ayer").value == "2024-10-05"
    # no dated frame: the publication date stands
    s = "«Hoy es un día triste», dijo el alcalde."
    assert one(s, pub, "Hoy").value == "2024-10-09"
    # outside quotes nothing moves
    s = "El portavoz afirmó el lunes que hoy se reanudan los vuelos."
    assert one(s, pub, "hoy").value == "2024-10-09"


def test_postposed_attribution_is_no_tense_cue():
    pub = D(2024, 10, 9)  # Wednesday
    s = "Está previsto que la delegación llegue el viernes a Doha, dijo un funcionario."
    assert one(s, pub, "el viernes").value == "2024-10-11"
    s = "Los rebeldes tomaron el viernes el cuartel, dijo un portavoz."
    assert one(s, pub, "el viernes").value == "2024-10-04"
    s = "El enviado tiene previsto viajar el lunes a la región, informó la cancillería."
    assert one(s, pub, "el lunes").value == "2024-10-14"


def test_a_date_inside_a_longer_name_is_part_of_the_name():
    # mediospublicos.uy/?p=270364: "Movimiento 23 de Marzo" is a rebel group, not 23 March
    from cronica.process import extract_text
    t = ("El grupo rebelde Movimiento 23 de Marzo (M23) aseguró este lunes haber tomado la estratégica ciudad de Goma, en "
         "el noreste de la República Democrática del Congo (RDC), mientras crece la tensión con la vecina Ruanda, donde "
         "murieron cinco personas por balas y proyectiles atribuidos a militares congoleños.")
    art = extract_text(t, published="2025-01-27", geocode=False)
    assert [t[x.span[0]:x.span[1]] for x in art.times] == ["este lunes"]
    taken = next(v for v in art.events if v.type == "territory_change")
    assert taken.date is not None and taken.date.value == "2025-01-27"


def test_last_night_written_as_la_pasada_noche_is_the_day_the_night_began():
    # diariodejerez.es/mundo/rusia-dana-delegacion-ue-kiev_0_2004642025.html (published 2025-08-28): "la noche pasada"
    # and "la pasada noche" are "anoche" (shared/eval/dev/README: the day the night began)
    text = ("Al menos 14 civiles, entre ellos tres menores, han fallecido por el ataque ruso de la pasada noche contra "
            "Kiev, según informaron este jueves las autoridades ucranianas.")
    got = [(t.text, t.value) for t in find_times(text, dt.date(2025, 8, 28))]
    assert ("la pasada noche", "2025-08-27") in got


def test_la_noche_anterior_is_the_night_before_the_last_day_told():
    # abc.com.py (EFE), 16 Dec 2025: "la noche anterior" with no preposition is a night too, the one before the night
    # just told (the helpers' gold values it so in three articles: "La defensa informó que la noche anterior, 51 drones
    # fueron neutralizados", the night before the report)
    text = ("\"Durante la pasada noche los sistemas de defensa antiaérea aniquilaron 83 drones de ala fija\", señaló el "
            "mando castrense ruso.\n\nSe trató de una jornada relativamente tranquila, en comparación con la noche "
            "anterior, durante la cual Ucrania lanzó más de 200 drones contra Rusia.")
    got = [(t.text, t.value) for t in find_times(text, dt.date(2025, 12, 16))]
    assert got == [("la pasada noche", "2025-12-15"), ("la noche anterior", "2025-12-14")]


def test_a_clock_time_with_no_day_of_its_own_is_of_the_day_of_the_report():
    # bluradio.com/nacion/gobierno-responsabiliza-a-disidencias-de-ivan-mordisco-por-atentado-en-cali-rs15 (published
    # 2025-08-21); the dev gold values such clock times ("sobre las cuatro de la mañana", "A las 9.30 horas") the same way
    text = ("Un carro bomba colocado por terroristas explotó a las 14:50 horas en una vía aledaña a la Base Aérea Marco "
            "Fidel Suárez, por donde transitaban personas en su actividad cotidiana")
    got = [(t.text, t.value) for t in find_times(text, dt.date(2025, 8, 21))]
    assert got == [("a las 14:50 horas", "2025-08-21")]


def test_a_clock_time_of_a_day_named_after_it_is_that_days():
    # elperiodicodearagon.com (EFE), 28 Sep 2021: the attack "comenzó hacia las 5.30 de la mañana hora local (4.30 GMT)
    # del domingo": Sunday's 5.30, not the day of the report
    text = ("Asimismo, Sawyer, aseguró que un número indeterminado de terroristas fueron abatidos durante el ataque, que "
            "comenzó hacia las 5.30 de la mañana hora local (4.30 GMT) del domingo.")
    assert [(t.text, t.value) for t in find_times(text, dt.date(2021, 9, 28))] == [("del domingo", "2021-09-26")]


def test_the_night_and_the_small_hours_the_report_tells_of():
    # es.euronews.com, 10 Feb 2024: "esta noche" told in the past and "durante la noche" are the night before the report
    # (the day it began); exas.lostiempos.com, 23 Jan 2024 and emisorasunidas.com, 7 Sep 2025: the small hours are the
    # report's day
    assert one("Un dron ha atacado esta noche la segunda ciudad más grande de Ucrania, Járkov, dejando a su paso "
               "alrededor de una decena de víctimas.", "2024-02-10", "esta noche").value == "2024-02-09"
    assert one("El gobernador de esta provincia, Oleh Kiper, comentó que cuatro personas fueron heridas durante la noche "
               "debido a ese ataque con drones.", "2024-02-10", "durante la noche").value == "2024-02-09"
    # infobae.com (Europa Press), 14 Apr 2025: "durante toda la noche" is that night too
    assert one("Los sistemas de defensa antiaérea de Ucrania han derribado durante toda la noche unos 40 drones rusos, en "
               "su mayoría en zonas del este y del sur del país.", "2025-04-14", "durante toda la noche").value == "2025-04-13"
    assert one("Rusia atacó la pasada madrugada varias regiones de Ucrania con un total de 41 misiles de distintos tipos "
               "de los que las defensas aéreas ucranianas lograron interceptar 21.", "2024-01-23",
               "la pasada madrugada").value == "2024-01-23"
    # encorto.mx, 16 May 2023: the part of a day just named is that day's ("el martes de madrugada"), no night of its own
    assert "de madrugada" not in [t.text for t in find_times(
        "Fuertes explosiones resonaban sobre Kiev el martes de madrugada, en un intenso ataque aéreo ruso sobre la capital "
        "ucraniana que combinaba proyectiles lanzados desde tierra, mar y aire.", "2023-05-16")]


def test_a_month_joined_to_a_dated_month_takes_its_year():
    # cronica.com.gt (AFP, 2 Nov 2019): "entre marzo y abril de 2012" is March 2012, not March of the news year
    text = ("El norte de Malí cayó en manos de grupos yihadistas vinculados a Al Qaida entre marzo y abril de 2012, "
            "aprovechando la derrota del ejército frente a la rebelión de mayoría tuareg.")
    assert [(t.text, t.value) for t in find_times(text, "2019-11-02")] == [("marzo", "2012-03"),
                                                                          ("abril de 2012", "2012-04")]


def test_the_day_before_a_bulletin():
    # elperiodico.com.do (EFE), 10 Sep 2024: "la pasada jornada" of a military bulletin is the day before
    t = one("Las fuerzas rusas continúan su ofensiva hacia las localidades ucranianas de Pokrovsk y Kurajove, en la "
            "región de Donetsk del este de Ucrania, donde las tropas ucranianas repelieron durante la pasada jornada "
            "decenas de ataques.", D(2024, 9, 10), "la pasada jornada")
    assert (t.value, t.precision) == ("2024-09-09", "day")


def test_a_name_ending_like_a_future_verb_does_not_turn_a_month_ahead():
    # wradio.com.co (EFE, 2 Oct 2024): "Teherán" ends like "atacarán"; the attack "a finales de julio" is the July before
    t = one("Irán lanzó un ataque masivo contra el país en respuesta a la muerte del líder de Hizbulá, Hasán Nasrala, en "
            "un ataque contra Beirut el viernes, y la del líder político de Hamás, Ismail Haniyeh, en un ataque en Teherán "
            "a finales de julio.", D(2024, 10, 2), "a finales de julio")
    assert t.value == "2024-07"


def test_a_day_number_that_counts_the_plural_noun_after_it_is_no_date():
    # deia.eus, 12 Oct 2022: "después de bombardear durante el día 22 asentamientos": 22 villages shelled during the day,
    # not the 22nd
    text = ("Rusia lanzó en la noche del martes unos siete misiles S-300 contra la ciudad de Zaporiyia y sus alrededores "
            "sin causar grandes daños, después de bombardear durante el día 22 asentamientos.")
    assert [t.text for t in find_times(text, "2022-10-12")] == ["en la noche del martes"]
