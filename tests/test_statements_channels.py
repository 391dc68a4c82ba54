"""Where it was said (``channel``) on real sentences: a document a clause hangs on, a document named before, an
outlet that consulted the source, a platform named with the speaker."""
from __future__ import annotations

from cronica.process import extract_text


def _run(text: str):
    return extract_text(text, published="2024-01-01", geocode=False)


def _find(art, start: str):
    for s in art.statements:
        if art.text[s.content_span[0]:s.content_span[1]].startswith(start):
            return s
    raise AssertionError(f"no statement starting {start!r}: {[art.text[slice(*s.content_span)] for s in art.statements]}")


def test_a_cue_in_a_relative_clause_of_a_communique_says_what_it_says_and_its_issuer_speaks():
    # andaluciainforma.com (El Mundo), Dec 2025
    t = ("El presidente publicó un comunicado en el que confirmó la ocurrencia de un ataque, aunque no ofreció detalles "
         "sobre la ejecución del mismo ni el impacto que tuvo.")
    art = _run(t)
    s = _find(art, "la ocurrencia de un ataque")
    assert s.stance == "confirm" and s.channel == "comunicado"
    assert t[slice(*s.source_span)] == "El presidente"


def test_the_document_said_on_is_the_communique_named_before():
    # elnuevodia.com.co: "el documento" is the communiqué of the paragraph before
    t = ("En un comunicado las Fuerzas Militares de Colombia señalaron que los fallecidos y los heridos pertenecían a la "
         "Fuerza de Tarea Pegaso que adelantaban labores de registro y control en el caserío Sumbiambi, en ese "
         "departamento del sur del país.\nLos soldados profesionales muertos fueron identificados como Gilberto Estrada "
         "Cantillo y Carlos Andrés Olarte León, tal como señaló el documento.")
    art = _run(t)
    assert _find(art, "Los soldados profesionales").channel == "comunicado"


def test_segun_sources_consulted_by_an_agency_the_agency_is_the_channel():
    # versionfinal.com.ve, Somalia
    t = "Según fuentes oficiales consultadas por la agencia EFE, el ataque fue perpetrado por el grupo yihadista Al Shabab."
    s = _find(_run(t), "el ataque fue perpetrado")
    assert s.channel == "EFE" and t[slice(*s.source_span)].startswith("fuentes oficiales")


def test_channels_of_a_platform_speak_on_that_platform():
    # xenafee.com (RT), Krasnodar
    t = ("Los medios de comunicación locales y los canales de Telegram informaron que la instalación probablemente fue "
         "impactada por un dron ucraniano o sus escombros, citando relatos de testigos presenciales y compartiendo "
         "fotos y videos del incidente.")
    assert _find(_run(t), "la instalación probablemente").channel == "Telegram"


def test_a_message_on_social_networks_was_said_on_social_networks():
    # ultimahora.com (EFE), Kharkiv
    t = ("“Rusia está alargando la guerra, y estamos proporcionando a nuestros socios toda la información sobre los "
         "ataques que el ejército ruso está llevando a cabo y para los que se está preparando”, dijo el presidente "
         "ucraniano, Volodimir Zelenski, en un mensaje en redes sociales, en el que se refirió al ataque anoche en "
         "Járkov que dejó dos muertos y al menos 35 heridos, entre ellos 5 niños.")
    assert _find(_run(t), "Rusia está alargando").channel == "redes sociales"
