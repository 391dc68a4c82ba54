"""Who speaks a clause closed by a reporting verb, and where it was said, on real wire copy: a verb with no subject of
its own after the clause goes on with the speaker before (not the clause's subject); a person named after a clause
that has its own speaker speaks it; the same speaker closing the clause tells where it was said."""
from __future__ import annotations

from test_statements import find, run, speaker, span


def test_a_closing_verb_with_no_subject_is_not_said_by_the_clauses_subject():
    # proceso.com.mx (AP), 19 Nov 2025: "El bombardeo incluyó ..., apuntó": the Air Force of the sentence before speaks
    # on; "El bombardeo" is what the clause is about
    art = run("Rusia disparó 476 drones de ataque y señuelo, así como 48 misiles de varios tipos, contra objetivos "
              "ucranianos durante la noche, de acuerdo con la Fuerza Aérea de Ucrania. El bombardeo incluyó 47 misiles de "
              "crucero, de los cuales todos menos seis fueron interceptados por las defensas antiaéreas, apuntó. Aviones "
              "F-16 y Mirage-2000 suministrados por Occidente interceptaron al menos 10 misiles de crucero, señaló.",
              "2025-11-19")
    for start in ("El bombardeo incluyó", "Aviones F-16"):
        s = find(art, start)
        assert speaker(art, s) == "Fuerza Aérea de Ucrania", (start, span(art, s.source_span))


def test_a_gerund_after_the_act_is_said_by_the_acts_subject():
    # Las Fuerzas gubernamentales "entraron en la ciudad en la mañana, afirmando que ..." (same construction, real
    # wire copy: ot10-08 of the studied sets, Syria, July 2025)
    art = run("Las fuerzas gubernamentales entraron en la ciudad en la mañana, afirmando que querían restablecer la "
              "estabilidad después de dos días de enfrentamientos entre combatientes drusos y tribus beduinas.",
              "2025-07-15")
    s = find(art, "querían restablecer")
    assert span(art, s.source_span) == "Las fuerzas gubernamentales"


def test_a_person_named_after_a_clause_with_its_own_speaker_speaks_it():
    # pagina12.com.ar, 25 Feb 2025: "Las autoridades reportaron que ..., indicó en redes sociales el gobernador
    # regional Vitali Bunechko": the governor speaks, on social media (not "X" from the missiles "X-101" named above)
    art = run("El ejército ruso lanzó 213 drones de diverso tipo y siete misiles X-101 desde bombarderos estratégicos "
              "Tu-95, precisó la fuerza aérea en su reporte de guerra diario.\n\nLas autoridades reportaron que una mujer "
              "resultó herida en Yitomir luego de que un edificio fue dañado por esquirlas, indicó en redes sociales el "
              "gobernador regional Vitali Bunechko.", "2025-02-25")
    s = next(s for s in art.statements if "una mujer resultó herida" in art.text[slice(*s.content_span)])
    assert speaker(art, s) == "Vitali Bunechko" and s.channel == "redes sociales", (speaker(art, s), s.channel)


def test_the_same_speaker_closing_the_clause_tells_where_it_was_said():
    # europapress.es, 12 Oct 2025 (two paragraphs of it): "Mujahid cifra sus propias bajas en ..., ha explicado en
    # rueda de prensa"
    art = run("El viceministro de Información afgano y principal portavoz del régimen talibán, Zabiulá Mujahid, ha "
              "asegurado este domingo que 58 militares paquistaníes han muerto y 30 han resultado heridos como "
              "consecuencia de los enfrentamientos de esta pasada noche en la frontera entre ambos países.\n\n"
              "Mujahid cifra sus propias bajas en nueve combatientes talibán muertos y 16 heridos durante una operación "
              "destinada, ha explicado en rueda de prensa, donde ha acusado a Pakistán de servir de base de operaciones "
              "de células de la organización yihadista Estado Islámico que llevan desencadenando ataques contra suelo "
              "afgano desde hace cuatro años.", "2025-10-12")
    s = find(art, "sus propias bajas")
    assert s.channel == "rueda de prensa" and span(art, s.source_span) == "Mujahid"


def test_an_impersonal_se_cree_inside_a_statement_is_no_speaker_and_the_platform_goes_on():
    # elcomentario.ucol.mx, 25 May 2024: "afirmó en la red social X que se cree que había ..." then two quotations
    # closed by "escribió" and "enfatizó": Zelenski on X
    art = run("El presidente de Ucrania, Volodímir Zelenski, afirmó en la red social X que se cree que había más de 200 "
              "personas en el hipermercado.\n“Si Ucrania tuviera suficientes sistemas de defensa aérea y aviones de "
              "combate modernos, ataques rusos como éste habrían sido imposibles”, escribió.", "2024-05-25")
    assert not any(span(art, s.source_span) == "la red social X" for s in art.statements)
    s = find(art, "Si Ucrania tuviera")
    assert speaker(art, s) == "Volodímir Zelenski" and s.channel == "X"


def test_the_ministry_named_again_by_its_first_word_in_capitals_is_that_ministry():
    # eldestapeweb.com (Reuters), 7 Jul 2025: "según informó el Ministerio el lunes" after "el Ministerio de Defensa"
    art = run("Las unidades de defensa aérea rusas derribaron ocho drones ucranianos que se dirigían a Moscú a última hora "
              "del domingo, según informó el Ministerio de Defensa.\n\nLa mayoría cayeron sobre regiones cercanas a "
              "Ucrania, pero también se destruyeron tres sobre la zona de Leningrado, según informó el Ministerio el "
              "lunes en la aplicación de mensajería Telegram.", "2025-07-07")
    s = find(art, "La mayoría cayeron")
    assert speaker(art, s) == "Ministerio de Defensa" and s.channel == "Telegram"


def test_a_name_after_a_title_and_a_comma_is_a_person():
    # efe.diariosergipano.net (EFE), 17 May 2025: "el alcalde en funciones de Sumi, Artem Kobzar" (the tagger took the
    # name for an organisation)
    art = run("Kiev (EFE).- Al menos nueve personas fallecieron en un ataque ruso con drones contra un autobús que se "
              "dirigía a la ciudad ucraniana de Sumi, en el noreste del país, informó este sábado el alcalde en funciones "
              "de Sumi, Artem Kobzar.", "2025-05-17")
    kobzar = next(e for e in art.entities if e.name == "Artem Kobzar")
    assert kobzar.type == "PER"
    assert speaker(art, find(art, "Al menos nueve personas")) == "Artem Kobzar"


def test_a_side_conceding_its_own_hard_situation_asserts_and_conceding_a_loss_confirms():
    # elterritorio.com.ar (AP), 21 May 2023: "«La situación es crítica», admitió": the speaker's own account;
    # cadenaser.com, 3 Apr 2023: "reconoció la dificultad de la situación"; lavoz.com.ar (AP), 13 Nov 2023: "el gobierno ha
    # admitido haber perdido el control de tres poblados": a loss conceded, a confirmation
    art = run("Sin embargo, después de la aparición del video, la viceministra de Defensa ucraniana Hanna Malier dijo que "
              "continuaban los combates.\n\n“La situación es crítica”, admitió.", "2023-05-21")
    assert find(art, "La situación es crítica").stance == "assert"
    art = run("La intensidad de los combates en Bajmut cambia de forma muy dinámica y depende, sobre todo, del suministro "
              "de munición, aseguró previamente una fuente del Servicio de Seguridad de Ucrania (SBU), al tiempo que "
              "reconoció la dificultad de la situación.", "2023-04-03")
    assert find(art, "la dificultad de la situación").stance == "assert"
    art = run("La alianza se ha atribuido triunfos y el gobierno ha admitido haber perdido el control de tres poblados, uno "
              "de los cuales es un importante cruce fronterizo y punto comercial con China.", "2023-11-13")
    assert find(art, "haber perdido el control").stance == "confirm"


def test_a_bare_channel_of_a_speaker_is_the_platform_named_before():
    # swissinfo.ch (EFE), 15 Nov 2025: "admitió en su canal", after "según informan ... varios canales de Telegram"
    art = run("Moscú, 15 nov (EFE).- Drones ucranianos atacaron la pasada noche una refinería en la región rusa de Riazán, "
              "unos 200 kilómetros al sureste de Moscú, según informan este sábado varios canales de Telegram.\n\nEl "
              "gobernador de Riazán, Pável Malkov, admitió en su canal que los fragmentos de drones provocaron «un "
              "incendio en el recinto de una empresa», sin precisar.", "2025-11-15")
    assert find(art, "los fragmentos de drones").channel == "Telegram"


def test_a_desde_phrase_after_a_closing_plural_verb_names_who_speaks():
    # noticiaslatam.lat (Sputnik), 28 Aug 2025: "..., informan desde el Ministerio de Defensa ruso": the ministry
    # speaks, not the subject of the clause it closes
    art = run("Las FFAA de Rusia liberaron la localidad de Nelépovka, en la república popular de Donetsk, informan desde el "
              "Ministerio de Defensa ruso.", "2025-08-28")
    assert speaker(art, find(art, "Las FFAA de Rusia liberaron")) is not None
    assert "Ministerio de Defensa" in speaker(art, find(art, "Las FFAA de Rusia liberaron"))
