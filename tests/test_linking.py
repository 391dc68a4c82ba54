"""Cross-article entity resolution: one entity per real person, organisation and place."""
from __future__ import annotations

import pytest

from cronica.link.resolve import KnownEntity, best_name, same_entity, same_name

GROUPS = [
    ("PER", ["Volodymyr Zelenskiy", "Volodimir Zelensky", "Volodímir Zelenski", "Volodymyr Zelenskyy"]),
    ("PER", ["Dimitri Peskov", "Dmitri Peskov", "Dmitry Peskov"]),
    ("PER", ["Jens Stoltenberg", "Jens Stoltnberg"]),
    ("LOC", ["Kiev", "Kyiv"]),
    ("LOC", ["Avdiivka", "Avdeevka", "Avdivka", "Avdiyivka"]),
    ("LOC", ["Bakhmut", "Bajmut"]),
    ("LOC", ["Kharkiv", "Járkov"]),
    ("ORG", ["OIEA", "Organismo Internacional de Energía Atómica"]),
    ("ORG", ["Alianza Atlántica", "OTAN", "NATO"]),
]
APART = [
    ("PER", "Oleksandr Syrsky", "Oleksandr Tarnavsky"),
    ("LOC", "Dnipro", "Dnipropetrovsk"),
    ("PER", "Vladimir Putin", "Vladimir Saldo"),
    ("PER", "Vladimir Putin", "Vladimir Zelensky"),
    ("LOC", "Donetsk", "Luhansk"),
    ("ORG", "OTAN", "ONU"),
]


@pytest.mark.parametrize("type_,names", GROUPS)
def test_spelling_groups_match(type_, names):
    for a in names:
        for b in names:
            assert same_name(a, b, type_), (a, b)


@pytest.mark.parametrize("type_,a,b", APART)
def test_pairs_stay_apart(type_, a, b):
    assert not same_name(a, b, type_)
    assert not same_entity(a, type_, [], None, KnownEntity(1, type_, b, [b]))


def test_types_and_geonames_ids_gate_merging():
    assert not same_entity("Georgia", "LOC", [], None, KnownEntity(1, "PER", "Georgia", []))
    assert not same_entity("Kiev", "LOC", [], 703448, KnownEntity(1, "LOC", "Kyiv", [], 12345))


def test_canonical_name_is_most_complete():
    assert best_name(["Malyar", "Hanna Malyar", "Malyar"], "PER") == "Hanna Malyar"
    assert best_name(["BAKHMUT", "Bakhmut", "Bakhmut"], "LOC") == "Bakhmut"


NEWS = [
    ("El presidente ucraniano, Volodymyr Zelenskiy, pidió más defensas aéreas a sus aliados occidentales.", "2023-02-15"),
    ("El presidente de Ucrania, Volodimir Zelenski, viajó a Bruselas para reunirse con los líderes europeos.", "2023-02-09"),
    ("Zelensky dijo que la situación en el frente de Bajmut era muy difícil. El portavoz del Kremlin, Dmitri Peskov, no respondió.", "2023-02-20"),
    ("El portavoz del Kremlin, Dimitri Peskov, aseguró que Moscú no negociará. Las tropas rusas atacaron Bakhmut.", "2023-03-01"),
    ("El secretario general de la OTAN, Jens Stoltenberg, visitó Kyiv. Stoltnberg prometió más ayuda.", "2023-04-20"),
    ("Jens Stoltenberg se reunió con los ministros de la Alianza Atlántica en Kiev.", "2023-04-21"),
    ("El jefe del ejército ucraniano, Oleksandr Syrsky, visitó el frente de Avdiivka. El general Oleksandr Tarnavsky dirigió la defensa de Avdeevka.", "2024-02-10"),
    ("El gobernador prorruso de Jersón, Vladimir Saldo, dijo que la evacuación continuaba. Vladimir Putin guardó silencio.", "2022-11-05"),
    ("Los combates continuaron en Dnipro y en el resto de la región de Dnipropetrovsk, según el Estado Mayor.", "2024-05-01"),
]


def test_store_links_across_articles(tmp_path):
    from cronica.batch import ingest
    from cronica.store import open_store

    d = tmp_path / "news"
    d.mkdir()
    import json
    for i, (text, date) in enumerate(NEWS):
        (d / f"n{i}.txt").write_text(text, encoding="utf-8")
        (d / f"n{i}.json").write_text(json.dumps({"published": date}), encoding="utf-8")
    store = open_store(str(tmp_path / "l.db"))
    summary = ingest([str(d)], store)
    assert summary.stored == len(NEWS), summary.errors

    def ids(*spellings):
        out = set()
        for s in spellings:
            out |= set(store.entity_ids_by_name(s))
        return out

    groups = [("Volodymyr Zelenskiy", "Volodimir Zelenski", "Zelensky"), ("Dmitri Peskov", "Dimitri Peskov"),
              ("Jens Stoltenberg", "Stoltnberg"), ("Kyiv", "Kiev"), ("Bajmut", "Bakhmut"), ("Avdiivka", "Avdeevka")]
    one = sum(1 for g in groups if len(ids(*g)) == 1)
    assert one / len(groups) >= 0.8, [(g, ids(*g)) for g in groups]
    for a, b in (("Oleksandr Syrsky", "Oleksandr Tarnavsky"), ("Vladimir Putin", "Vladimir Saldo"), ("Dnipro", "Dnipropetrovsk")):
        ia, ib = set(store.entity_ids_by_name(a)), set(store.entity_ids_by_name(b))
        assert ia and ib and not (ia & ib), (a, b, ia, ib)
    store.close()
