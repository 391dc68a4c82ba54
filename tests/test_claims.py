"""Claims across articles (issue 6): who claimed what, and who confirmed, denied or could not verify it."""
from __future__ import annotations

import json


from cronica.link.claims import similarity, status_of


def _by_claimant(store, name):
    return [c for c in store.claims() if c["claimant"] == name]


def test_status_rules():
    assert status_of([]) == "claimed"
    assert status_of(["assert"]) == "claimed"  # a further report is listed, not a confirmation
    assert status_of(["confirm"]) == "confirmed"
    assert status_of(["deny"]) == "denied"
    assert status_of(["confirm", "deny"]) == "disputed"
    assert status_of(["unverified"]) == "unverified"


def test_similarity_is_about_content_words():
    a = "las tropas rusas han tomado la aldea de Zaporizke"
    assert similarity(a, "Las tropas rusas tomaron la aldea de Zaporizke, en Dnipropetrovsk") > 0.4
    assert similarity(a, "Ucrania recibirá más defensa aérea de Alemania") < 0.1


def test_examples_ansa_capture_is_disputed(example_store):
    mod = _by_claimant(example_store, "Ministerio de Defensa de Rusia")
    assert mod, [c["claimant"] for c in example_store.claims()]
    capture = [c for c in mod if "captura" in c["text"]]
    assert capture, [c["text"] for c in mod]
    c = capture[0]
    stances = {(x["source"], x["stance"]) for x in c["stance_by_source"]}
    assert ("el ejército ucraniano", "confirm") in stances
    assert ("el ejército ucraniano", "deny") in stances
    assert c["status"] == "disputed"


def test_examples_golubev_denied_and_reuters_unverified(example_store):
    gol = _by_claimant(example_store, "Vasili Golubev")
    assert gol and gol[0]["status"] == "denied"
    assert gol[0]["stance_by_source"][0]["source"] == "Dimitri Peskov"
    mod = _by_claimant(example_store, "Ministerio de Defensa de Rusia")
    assert any(c["status"] == "unverified" and c["stance_by_source"][0]["source"] == "Reuters" for c in mod)
    contested = {c["id"] for c in example_store.claims(contested=True)}
    assert gol[0]["id"] in contested


def test_claims_link_across_articles(tmp_path):
    from cronica.batch import ingest
    from cronica.store import open_store

    a = tmp_path / "a.txt"
    a.write_text("El Ministerio de Defensa ruso afirmó el martes que sus tropas habían tomado la aldea de "
                 "Novoheorhiivka, en la región de Dnipropetrovsk.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2025-08-26", "outlet": "EFE"}), encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("El Estado Mayor de las Fuerzas Armadas de Ucrania negó que las tropas rusas hubieran tomado la aldea "
                 "de Novoheorhiivka, en la región de Dnipropetrovsk.", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"published": "2025-08-27", "outlet": "EFE"}), encoding="utf-8")
    store = open_store(str(tmp_path / "c.db"))
    try:
        summary = ingest([str(a), str(b)], store)
        assert summary.stored == 2, summary.line()
        claims = [c for c in store.claims() if c["claimant"] == "Ministerio de Defensa de Rusia"]
        assert claims, store.claims()
        c = claims[0]
        assert c["status"] == "denied"
        assert len(c["articles"]) == 2
        assert c["stance_by_source"][0]["stance"] == "deny"
    finally:
        store.close()


def test_cli_claims_contested(example_store_path):
    from conftest import run_cli

    r = run_cli("claims", "--db", example_store_path, "--contested", "--format", "jsonl")
    assert r.returncode == 0, r.stderr.decode()
    rows = [json.loads(x) for x in r.stdout.decode().splitlines() if x.strip()]
    assert rows and all(x["status"] in ("disputed", "denied", "unverified") for x in rows)


def test_real_coverage_one_claim_per_claimant_and_text(shared_dir, tmp_path):
    """31 real reports of six events: no claim twice with the same claimant and text, and every claimant or
    answering source is an entity or a described source (``las autoridades locales``), never a stray noun phrase."""
    from collections import Counter

    from cronica.batch import ingest
    from cronica.link.claims import described_source
    from cronica.names import fold
    from cronica.store import open_store

    st = open_store(str(tmp_path / "dc.db"))
    try:
        summary = ingest([str(shared_dir / "eval" / "devclusters" / "input.jsonl")], st)
        assert summary.stored == 31, summary.line()
        claims = st.claims()
        assert len(claims) >= 20
        seen = Counter((fold(c["claimant"] or ""), fold(c["text"])) for c in claims if c["claimant"])
        assert max(seen.values()) == 1, seen.most_common(2)
        for c in claims:
            if c["claimant"] is not None and c["claimant_entity_id"] is None:
                assert described_source(c["claimant"]), c["claimant"]
            for x in c["stance_by_source"]:
                if x["source"] is not None and x["entity_id"] is None:
                    assert described_source(x["source"]), x
        assert any(len(c["articles"]) > 1 for c in claims)  # claims meet across outlets
    finally:
        st.close()
