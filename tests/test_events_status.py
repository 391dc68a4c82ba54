"""Event status on real reports: the outlet's own first telling of an interception, and what a call asks for."""
from __future__ import annotations

import pytest

from cronica.process import extract_text


def _events(text: str, published: str):
    art = extract_text(text, published=published, geocode=False)
    return [(v.type, text[v.trigger_span[0]:v.trigger_span[1]], v.status) for v in art.events]


def test_an_interception_the_outlet_tells_first_is_asserted_though_the_army_is_quoted_after():
    # larazon.es, 2024-07-21 (israel-intercepta-misil-huti-eliat...): the lead tells it in the outlet's voice; the
    # army's words come after and add nothing to doubt
    t = ("Las Fuerzas de Defensa de Israel (FDI) han interceptado un misil lanzado por la insurgencia hutí contra el sur "
         "del país, un día después de que el Ejército israelí bombardeara la ciudad yemení de Hodeida en un gran ataque "
         "aéreo que dejó al menos tres fallecidos y 87 heridos y enormes daños en los depósitos de crudo de la costa.\n"
         " \"Hace poco, los cazas de defensa aérea interceptaron con éxito con el sistema 'Arrow 3' un misil "
         "tierra-tierra que se dirigía hacia el territorio del país procedente de Yemen\", ha anunciado el Ejército en "
         "su cuenta de la red social X.")
    assert [s for k, _, s in _events(t, "2024-07-21") if k == "interception"] == ["asserted"]


def test_an_interception_going_on_with_a_ministry_account_stays_its_claim():
    # noticiaslatam.lat, 2025-08-28 (rusia-libera-una-localidad-y-derriba-un-caza-ucraniano...): the ministry is named
    # in the sentence before and after; the count is its claim
    t = ("Las FFAA de Rusia liberaron la localidad de Nelépovka, en la república popular de Donetsk, informan desde el "
         "Ministerio de Defensa ruso. En el último día, la defensa antiaérea rusa derribó un caza Su–27 ucraniano y 192 "
         "drones. Además, interceptó dos bombas guiadas y dos proyectiles del sistema Himars, agregaron desde el ente "
         "castrense.")
    assert {s for k, _, s in _events(t, "2025-08-28") if k == "interception"} == {"claimed"}


@pytest.mark.parametrize("text,published,trigger", [
    # ladehoy.com.mx, 2025-11-08 (apagones-masivos-en-ucrania-tras-devastador-ataque-aereo-ruso)
    ("“Es extremadamente difícil contrarrestar misiles balísticos y aerobalísticos”, reconoció Zelensky, quien urgió a "
     "sus aliados occidentales a proporcionar más sistemas de defensa Patriot y municiones adicionales.", "2025-11-08",
     "proporcionar"),
    # nacion.com, 2024-05-12 (rusia-reivindica-nuevos-avances-en-su-ofensiva-en): asked for more of it
    ("“Alterar los planes de ofensiva rusos es ahora nuestra principal tarea”, declaró, exhortando a los países aliados "
     "a acelerar el envío de armas.", "2024-05-12", "envío"),
    # noticiaslatam.lat, 2023-12-30 (al-menos-2-ninos-muertos-y-varios-heridos-tras-un-ataque-ucraniano-al-centro-de-
    # belgorod): an order still to be carried out
    ("Por su parte, el portavoz del Kremlin, Dmitri Peskov, declaró ante la prensa que el presidente del país, Vladímir "
     "Putin, ordenó enviar a Bélgorod un equipo del Ministerio de Sanidad encabezado por el ministro Mijaíl Murashko.",
     "2023-12-30", "enviar"),
])
def test_help_or_talks_a_call_asks_for_are_still_to_come(text, published, trigger):
    evs = _events(text, published)
    assert [s for _, w, s in evs if w.split()[0] == trigger] == ["expected"], evs


def test_a_strike_named_beside_a_call_is_not_what_it_asks_for():
    # codigo13parral.com (archivos/230553), 2023-10-18: the hospital bombing the call is made after was told
    t = ("El jefe de la ONU pidió un alto al fuego inmediato entre Israel y Hamas, sobre todo ahora que se dio el "
         "bombardeo en contra de un hospital en Gaza en donde fallecieron alrededor de 800 personas.")
    assert [s for k, _, s in _events(t, "2023-10-18") if k == "attack"] == ["asserted"]


def test_an_act_in_the_outlets_aside_inside_reported_words_is_the_outlets():
    # radiotelevisionmarti.com (AP), 24 Jul 2022
    text = ("KIEV (AP) — Rusia aseguró el domingo que un ataque aéreo en el puerto ucraniano de Odesa —menos de un día "
            "después de que Moscú y Kiev firmaran un acuerdo para reanudar los envíos de granos desde allí— solo alcanzó "
            "objetivos militares.")
    told = {t: status for _, t, status in _events(text, "2022-07-24")}
    assert told["firmaran"] == "asserted"


def test_a_summit_an_act_is_told_to_coincide_with_is_the_outlets_time_not_the_ministrys_claim():
    # swissinfo.ch (EFE), 16 Aug 2025
    text = ("Durante la noche del viernes al sábado, coincidiendo con la cumbre en Alaska entre los líderes de Rusia y "
            "Estados Unidos, Vladímir Putin y Donald Trump, las defensas antiaéreas rusas derribaron 29 drones "
            "ucranianos, según el Ministerio de Defensa ruso.")
    told = {t: status for _, t, status in _events(text, "2025-08-16")}
    assert told["cumbre"] == "asserted" and told["derribaron"] == "claimed"


def test_news_channels_broke_is_no_advance():
    # diariocordoba.com (EFE), 10 Aug 2025: what Ukrainian Telegram channels "habían avanzado" is news broken, no
    # territory advanced
    from cronica.process import extract_text
    text = ("El Estado mayor del Ejército ucraniano ha confirmado este domingo un ataque con drones contra la refinería "
            "rusa de Sarátov, a unos 700 kilómetros de la frontera, que habían avanzado canales de Telegram ucranianos.")
    art = extract_text(text, published="2025-08-10", geocode=False)
    assert [v.type for v in art.events] == ["attack"]
