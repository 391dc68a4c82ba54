"""The ACLED-like CSV for the event types added to the spec (violence against civilians, abduction),
on real sentences stored as records (the extraction of these types is not asserted here)."""
from __future__ import annotations

import csv
import io

from cronica.batch import store_article
from cronica.export import ACLED, events_csv
from cronica.model import EVENT_TYPES, Article, ArticleMeta, Entity, Event, EventDate, Geo, sha256_text
from cronica.store import open_store

# tercerelemento.com.mx (EFE), July 2021; informador.mx (AP), 2 October 2011
KIDNAP = ("Hombres armados atacaron en la noche del domingo una escuela del estado de Kaduna, en el noroeste de Nigeria, "
          "y secuestraron a 140 estudiantes, probablemente para exigir una recompensa a cambio, en el marco de una serie "
          "de ataques de este tipo.")
MASSACRE = ("Haciéndose pasar como visitantes que iban de casa en casa, varios hombres armados con fusiles y machetes "
            "atacaron el domingo una aldea en el noroeste de Nigeria, donde mataron a 19 personas a tiros y cuchilladas, "
            "dijeron testigos y la Policía.")


def _record(aid: str, text: str, type_: str, trigger: str, published: str, fatalities=None) -> Article:
    i = text.index(trigger)
    place = "Kaduna" if "Kaduna" in text else "Nigeria"
    p = text.index(place)
    geo = Geo(10.52, 7.44, "NG", "Kaduna State", 2335727, "region") if place == "Kaduna" else Geo(10.0, 8.0, "NG", None, 2328926, "country")
    meta = ArticleMeta(aid, outlet="EFE", published=published, published_basis="given", language="es", text_sha256=sha256_text(text))
    return Article(meta, text, [Entity("e1", "LOC", place, [(p, p + len(place))], geo=geo)], [],
                   [Event("v1", type_, (i, i + len(trigger)), "asserted", place="e1",
                          date=EventDate(published, "day", "relative"), fatalities=fatalities)])


def test_new_types_are_event_types_with_an_acled_mapping():
    assert set(EVENT_TYPES) <= set(ACLED)
    assert ACLED["violence_against_civilians"] == ("Violence against civilians", "Attack")
    assert ACLED["abduction"] == ("Violence against civilians", "Abduction/forced disappearance")


def test_csv_rows_for_abduction_and_violence_against_civilians(tmp_path):
    st = open_store(str(tmp_path / "a.db"))
    try:
        assert store_article(st, _record("kaduna", KIDNAP, "abduction", "secuestraron", "2021-07-04"))
        assert store_article(st, _record("zamfara", MASSACRE, "violence_against_civilians", "mataron", "2011-10-02", 19))
        for merged in (False, True):
            out = io.StringIO()
            events_csv(st, st.events(merged=merged), out, merged=merged)
            rows = {r["cronica_type"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
            assert (rows["abduction"]["event_type"], rows["abduction"]["sub_event_type"]) == \
                ("Violence against civilians", "Abduction/forced disappearance")
            v = rows["violence_against_civilians"]
            assert (v["event_type"], v["sub_event_type"], v["fatalities"]) == ("Violence against civilians", "Attack", "19")
    finally:
        st.close()
