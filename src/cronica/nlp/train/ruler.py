"""The entity ruler placed before the NER: conflict towns and regions, a few institutions."""
from __future__ import annotations

from .augment import WAR_PLACES
from .places import country_names

# --------------------------------------------------------------------------- ruler
INSTITUTIONS = {
    "ORG": ["OTAN", "ONU", "Naciones Unidas", "Unión Europea", "UE", "Kremlin", "Pentágono",
            "Consejo de Seguridad", "OIEA", "Cruz Roja", "Comité Internacional de la Cruz Roja",
            "Reuters", "Europa Press", "EFE", "AFP", "ANSA", "Hamás", "Hezbolá", "Wagner",
            "Casa Blanca", "Comisión Europea", "Parlamento Europeo", "Consejo Europeo",
            "Fondo Monetario Internacional", "FMI", "Banco Mundial", "G7", "G20", "OSCE",
            "Amnistía Internacional", "Human Rights Watch", "Tribunal Penal Internacional", "CPI"],
}


def ruler_patterns() -> list[dict]:
    """Conflict towns and regions (and their ALL-CAPS forms, for headlines) and institutions.
    Kept short and unambiguous: a ruler entity blocks the ner from a longer span over it, so
    country names (often inside ORG names: "Fuerzas Armadas de Ucrania") are left to the ner."""
    countries = country_names(extra=False) | {"Ucrania", "Rusia", "Bielorrusia", "Israel", "Siria",
                                               "Líbano", "Irán", "Irak", "Yemen", "Afganistán"}
    places = sorted(set(WAR_PLACES) - countries - {"Madrid", "Barcelona", "Europa", "América", "Asia",
                                                   "África", "Occidente", "Oriente Próximo",
                                                   "Oriente Medio", "EE.UU.", "EEUU"})
    pats = []
    for p in places:
        pats.append({"label": "LOC", "pattern": p})
        pats.append({"label": "LOC", "pattern": p.upper()})
    for lab, names in INSTITUTIONS.items():
        pats += [{"label": lab, "pattern": n} for n in names]
    return pats


