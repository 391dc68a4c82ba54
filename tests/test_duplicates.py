"""Near-duplicate articles: a wire report republished by another outlet (a new first line, another
sign-off, a few words edited) is stored as a copy of the first (``duplicate_of``), is not a second
source, and repeats its claims instead of doubling them. Real texts: the sample articles."""
from __future__ import annotations

import itertools
import json
from collections import Counter

import pytest

from cronica.batch import ingest
from cronica.link import duplicates as D
from cronica.names import fold
from cronica.store import open_store

from conftest import example_texts


def _wire_copy(text: str) -> str:
    """How a second outlet republishes a wire report: its own first line and sign-off, two words changed."""
    body = text.replace("el miércoles", "este miércoles", 1).replace("Moscú", "la capital rusa", 1)
    return "ÚLTIMA HORA | Internacional\n" + body.rstrip() + "\n(Con información de agencias)"


def test_copies_are_contained_and_different_articles_are_not():
    texts = example_texts()
    fps = {k: D.fingerprint(k, t) for k, t in texts.items()}
    for k, t in texts.items():
        c = D.fingerprint(k + "-copia", _wire_copy(t))
        assert set(c.bands) & set(fps[k].bands), k  # found through the index
        assert D.containment(c, fps[k]) >= D.CONTAINMENT, k
    for a, b in itertools.combinations(sorted(fps), 2):
        assert D.containment(fps[a], fps[b]) < 0.3, (a, b)


def test_short_texts_are_never_called_copies():
    fp = D.fingerprint("x", "Rusia atacó Járkov el lunes.")
    assert fp.n_shingles < D.MIN_SHINGLES and fp.bands == []


@pytest.fixture(scope="module")
def copy_store(tmp_path_factory, examples_dir):
    d = tmp_path_factory.mktemp("copies")
    src = examples_dir / "reuters-2023-02-15.txt"
    meta = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
    (d / "original.txt").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (d / "original.json").write_text(json.dumps(meta), encoding="utf-8")
    (d / "zcopia.txt").write_text(_wire_copy(src.read_text(encoding="utf-8")), encoding="utf-8")
    (d / "zcopia.json").write_text(json.dumps({**meta, "outlet": "Diario de Ejemplo", "published": meta["published"]}),
                                   encoding="utf-8")
    st = open_store(str(d / "c.db"))
    summary = ingest([str(d / "original.txt"), str(d / "zcopia.txt")], st)
    assert summary.stored == 2, summary.line()
    yield st
    st.close()


def test_a_wire_copy_is_stored_as_a_copy_of_the_first(copy_store):
    dups = copy_store.duplicates()
    assert len(dups) == 1
    orig = copy_store.article(dups[0]["duplicate_of"])
    copy = copy_store.article(dups[0]["id"])
    assert orig.text.startswith("Reforzada") and copy.text.startswith("ÚLTIMA HORA")
    assert copy.meta.duplicate_of == orig.id and orig.meta.duplicate_of is None  # in the stored record too
    assert copy_store.stats()["duplicates"] == 1


def test_a_copy_is_not_a_second_source(copy_store):
    both = [m for m in copy_store.events(merged=True) if len(m["articles"]) == 2]
    assert both, "the copy's events join the original's"
    assert all(m["n_sources"] == 1 and m["n_reports"] >= 2 for m in both)


def test_a_copys_claims_are_the_same_claims(copy_store):
    claims = copy_store.claims()
    assert claims
    key = Counter((fold(c["claimant"] or ""), fold(c["text"])) for c in claims)
    assert max(key.values()) == 1, key.most_common(3)  # no claim twice with the same text and claimant
    repeated = [c for c in claims if len(c["articles"]) == 2]
    assert repeated, [c["articles"] for c in claims]
    for c in repeated:
        assert any(x["stance"] == "repeat" for x in c["stance_by_source"])
        assert c["n_sources"] == 1  # the copy carries the claim again, it is no second source


def test_no_copies_among_real_reports_of_the_same_events(shared_dir):
    """31 real reports by 29 outlets, five or four of each event: outlets' own write-ups are no copies."""
    rows = [json.loads(x) for x in (shared_dir / "eval" / "devclusters" / "input.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]
    fps = [D.fingerprint(r["id"], r["text"]) for r in rows]
    worst = max(D.containment(a, b) for a, b in itertools.combinations(fps, 2))
    assert worst < D.CONTAINMENT / 2, worst
