"""A quotation that opens with a plea or a first-person demand is a demand, whatever verb reports it."""
from __future__ import annotations

import pytest

from cronica.process import extract_text


@pytest.mark.parametrize("text,published", [
    # swissinfo.ch (EFE), 2025-08-16 (mueren-dos-personas-tras-un-ataque-con-dron-ucraniano-sobre-la-region-rusa-de-kursk)
    ("El gobernador aprovechó para urgir a todos los residentes de la región a mantenerse lejos de la frontera con "
     "Ucrania.\n«¡Por favor, no regresen a la zona fronteriza! ¡Podría terminar en una tragedia!», añadió.", "2025-08-16"),
    # europapress.es, 2026-02-10 (rusia-anuncia-toma-otra-localidad-zaporiyia-marco-invasion-ucrania)
    ("El gobernador de Zaporiyia, Yevgeni Balitski, ha denunciado la muerte de dos personas en ataques con drones "
     "ejecutados por el Ejército de Ucrania durante las últimas horas contra las localidades de Vodyanoye y Vasilivka. "
     "\"Pido a todos los residentes de Zaporiyia que sean consientes de la amenaza terrorista que supone el régimen de "
     "Kiev\", ha dicho.", "2026-02-10"),
])
def test_a_plea_or_a_first_person_demand_is_a_demand(text, published):
    art = extract_text(text, published=published, geocode=False)
    quoted = [s for s in art.statements if text[s.cue_span[0]:s.cue_span[1]] in ("añadió", "dicho")]
    assert [s.stance for s in quoted] == ["urge"], [(s.stance, text[slice(*s.content_span)]) for s in art.statements]


def test_a_plea_followed_by_an_account_tells_the_account():
    # mediospublicos.uy (EFE), 2025-01-27: the M23's call for calm opens a claim that Goma was taken
    t = ("\"Instamos a todos los residentes de Goma a mantener la calma. La liberación de la ciudad se ha llevado a cabo "
         "con éxito y la situación está bajo control\", subrayó el grupo, que lleva días combatiendo con las Fuerzas "
         "Armadas de la RDC (FARDC), lo que ha provocado el desplazamiento de miles de personas.")
    art = extract_text(t, published="2025-01-27", geocode=False)
    assert [s.stance for s in art.statements if t[s.cue_span[0]:s.cue_span[1]] == "subrayó"] == ["assert"]
