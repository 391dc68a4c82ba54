"""The layout stage on real articles: hard wraps, datelines, headlines, quotations; the pipeline order check."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from cronica.errors import PipelineError
from cronica.nlp.layout import analyze, find_dateline, unwrap, wrap_breaks

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from dev_eval import fill_wrap, hard_wrap  # noqa: E402


def _dev_texts(shared_dir) -> list[str]:
    path = shared_dir / "eval" / "dev" / "dev.input.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("wrap, share", [(hard_wrap, 0.99), (fill_wrap, 0.999)], ids=["past-the-width", "within-the-width"])
def test_unwrapping_keeps_length_and_restores_sentences(shared_dir, examples_dir, wrap, share):
    # text broken at the first space past 72 characters, and text wrapped within 72 (where a short line runs on when
    # the next word would not have fitted on it)
    texts = _dev_texts(shared_dir) + [p.read_text(encoding="utf-8") for p in sorted(examples_dir.glob("*.txt"))]
    restored = total = kept = breaks = 0
    for text in texts:
        wrapped = wrap(text)
        assert wrapped != text
        un = unwrap(wrapped)
        assert len(un) == len(text)
        # every newline the wrap added inside a paragraph is read as a space again (or was a paragraph end)
        added = [i for i, (a, b) in enumerate(zip(wrapped, text)) if a != b]
        total += len(added)
        restored += sum(1 for i in added if un[i] == " ")
        # a real paragraph break stays one, but when the paragraph's last line is as long as a wrapped line
        nl = [i for i, c in enumerate(text) if c == "\n" and (i == 0 or text[i - 1] != "\n")]
        breaks += len(nl)
        kept += sum(1 for i in nl if un[i] == "\n")
    assert restored / total > share, (restored, total)
    assert kept / breaks > 0.8, (kept, breaks)


def test_paragraph_text_is_not_unwrapped(examples_dir):
    for p in examples_dir.glob("*.txt"):
        text = p.read_text(encoding="utf-8")
        assert wrap_breaks(text) == []
        assert unwrap(text) == text


def test_datelines_of_real_wire_copy(shared_dir):
    texts = {t[:30]: t for t in _dev_texts(shared_dir)}
    by_start = {k: find_dateline(t) for k, t in texts.items()}
    found = {t[d.span[0]:d.span[1]].strip(): ([t[a:b] for a, b in d.places], d.agency and t[slice(*d.agency)])
             for t, d in ((texts[k], v) for k, v in by_start.items()) if d}
    assert found["Kiev/Moscú, 31 jul (EFE).-"] == (["Kiev", "Moscú"], "EFE")
    assert found["ABUYA, 14 may (Xinhua) --"] == (["ABUYA"], "Xinhua")
    assert found["MADRID, 28 Mar. (EUROPA PRESS) -"] == (["MADRID"], "EUROPA PRESS")
    assert found["KIEV, Ucrania (AP) —"] == (["KIEV", "Ucrania"], "AP")
    assert found["JÁRKOV."] == (["JÁRKOV"], None)
    # running text that opens with a name is no dateline
    assert not any(k.startswith(("El ", "Las ", "Hafter")) for k in found)


def test_quotations_run_over_paragraphs_and_stay_inside_them():
    # Cadena SER / Europa Press, 12 Oct 2022 (examples/): a quote closed in its paragraph
    text = ("El Kremlin considera que unas declaraciones del secretario general de la OTAN, Jens Stoltenberg, en las "
            "que éste advertía de que una hipotética victoria rusa en Ucrania sería «una derrota para todos "
            "nosotros» vienen a confirmar que la Alianza Atlántica sí participa en el conflicto.")
    lay = analyze(text)
    (a, b), = lay.quotes
    assert text[a + 1:b] == "una derrota para todos nosotros"
    assert lay.in_quote(a + 3) and not lay.in_quote(b + 3)
    wrapped = hard_wrap(text)
    assert analyze(wrapped).quotes == lay.quotes


def test_hashtags_and_capital_headlines():
    text = ("ATAQUE CON DRONES CONTRA KIEV\n"
            "Rusia lanzó durante la noche un ataque con drones contra Kiev, informó la administración militar de la "
            "capital en Telegram. #Ucrania #StandWithUkraine")
    lay = analyze(text)
    assert [text[a:b] for a, b in lay.headlines] == ["ATAQUE CON DRONES CONTRA KIEV"]
    assert [text[a:b] for a, b in lay.hashtags] == ["#Ucrania", "#StandWithUkraine"]


def test_pipeline_declares_its_order():
    from cronica.nlp import pipeline as P

    nlp = P.load()
    assert not any(nlp.analyze_pipes()["problems"].values())
    with pytest.raises(PipelineError, match="needs doc._.statements"):
        P.load(stages=("cronica_layout_v1", "cronica_entities_v1", "cronica_times_v1", "cronica_figures_v1",
                       "cronica_events_v1"))


def test_wrapped_article_gets_the_same_statements(examples_dir):
    from cronica.nlp import pipeline as P

    text = (examples_dir / "reuters-2023-02-15.txt").read_text(encoding="utf-8")
    nlp = P.load()
    flat = nlp(P.new_doc(nlp, text, date(2023, 2, 15)))
    wrapped = nlp(P.new_doc(nlp, hard_wrap(text), date(2023, 2, 15)))
    assert wrapped._.raw_text != wrapped.text and len(wrapped.text) == len(text)
    spans = lambda d: sorted((s.content_span, s.stance) for s in d._.statements)  # noqa: E731
    assert spans(flat) and spans(wrapped) == spans(flat)


def test_a_failing_stage_leaves_a_warning_and_the_rest_of_the_article(examples_dir, monkeypatch):
    from cronica.nlp.events.component import EventsStage
    from cronica.process import extract_text

    def boom(self, doc):
        raise RuntimeError("odd parse")

    monkeypatch.setattr(EventsStage, "process", boom)
    text = (examples_dir / "reuters-2023-02-15.txt").read_text(encoding="utf-8")
    art = extract_text(text, published="2023-02-15")
    assert art.events == [] and any(w.startswith("events stage failed: RuntimeError: odd parse") for w in art.warnings)
    assert art.entities and art.statements and art.times  # the other stages' work is kept


def test_a_photo_caption_with_its_credit_is_no_paragraph_of_the_story():
    # noticiasdealava.eus, 3 Apr 2023: a caption between two paragraphs about Prigozhin; the photographer credited in
    # capitals is nobody the next "ha declarado" goes on with
    text = ("\"Izamos la bandera rusa y la bandera del Grupo Wagner en la administración de la ciudad de Bajmut\", ha "
            "afirmado Prigozhin.\n\n"
            "Varios civiles muertos en pleno asedio a la ciudad ucraniana de Bajmut. YURIY DYACHYSHYN\n\n"
            "Así, ha declarado que han \"tomado legalmente Bajmut\".")
    lay = analyze(text)
    cap = text.index("Varios")
    assert lay.captions == [(cap, text.index("\n\nAsí"))]
    assert lay.in_caption(text.index("YURIY")) and not lay.in_caption(text.index("Izamos"))
    from cronica.process import extract_text

    art = extract_text(text, published="2023-04-03", geocode=False)
    s = next(s for s in art.statements if art.text[s.content_span[0]:].startswith("han \"tomado"))
    assert art.entity(s.source).name.endswith("Prigozhin")


def test_the_dashes_of_a_parenthetical_come_off_the_words():
    # latercera.com, 3 Sep 2024 ("misiles balísticos -que alcanzan objetivos ... distancia- es"): "-que" read as
    # one token hid the relative clause from the parser; compounds and negative numbers stay whole
    from cronica.nlp import pipeline

    nlp = pipeline.load()
    doc = nlp.make_doc("El uso de misiles balísticos -que alcanzan objetivos a cientos de kilómetros de distancia- "
                       "es otra novedad de la guerra ruso-ucraniana en Kiev-Moscú, a -5 grados.")
    words = [t.text for t in doc]
    assert words[5:8] == ["-", "que", "alcanzan"] and "distancia" in words and "ruso-ucraniana" in words
    assert "Kiev-Moscú" in words and "-5" in words


def test_a_double_hyphen_parenthetical_comes_off_its_names_and_each_town_listed_is_taken():
    # nacion.com (AFP), 12 May 2024: "--Gatiche, Krasnoye, Morokhovets y Oleynikovo--" (the double hyphen Europa
    # Press and AFP copy use for a dash): the names stand alone, places; the conquest of "otras cuatro localidades en la
    # región de Járkov" told first is the one of these four towns told after (one event each)
    from test_events_places import run, told

    t = ("Járkov. Rusia reivindicó el domingo la conquista de otras cuatro localidades en la región de Járkov, en el "
         "noreste de Ucrania, donde más de 4.000 personas han sido evacuadas este domingo, en el marco de la ofensiva "
         "terrestre que las tropas rusas lanzaron el viernes en esta zona.\n“Un total de 4.073 personas han sido "
         "evacuadas”, escribió el gobernador local, Oleg Synegubov, en las redes sociales, un día después de que las "
         "fuerzas rusas reivindicaran la captura de cinco pueblos de la región.\nEl Ministerio ruso de Defensa anunció "
         "después la conquista de otras cuatro localidades muy cercanas a la frontera rusa --Gatiche, Krasnoye, "
         "Morokhovets y Oleynikovo-- en esta región, donde se sitúa la segunda ciudad de Ucrania.")
    art = run(t, "2024-05-12")
    assert {"Gatiche", "Oleynikovo"} <= {e.name for e in art.entities if e.type == "LOC"}
    conquests = [(w, p) for typ, w, p in told(art) if typ == "territory_change" and w == "conquista"]
    assert sorted(p for _, p in conquests) == ["Gatiche", "Krasnoye", "Morokhovets", "Oleynikovo"]
    first = min(v.trigger_span[0] for v in art.events if v.type == "territory_change")
    assert art.text[first:].startswith("conquista de otras cuatro localidades en la región")


def test_a_long_paragraph_without_a_stop_ends_its_sentence():
    # aporrea.org (CNN), 7 Aug 2024: the first paragraph ends "informó CNN.com" with no full stop; the next paragraph
    # is a sentence of its own, not the end of the first one
    from cronica.nlp import pipeline as P

    text = ("7 de agosto de 2024.-Rusia ha acusado a las tropas ucranianas de cruzar la frontera hacia su región de Kursk, "
            "lo que, si se confirma, marcará la primera incursión de este tipo desde Ucrania y ejercerá presión sobre "
            "Moscú en un área que en gran medida no se ha visto afectada por la guerra de dos años, informó CNN.com\n\n\n\n"
            "El Ministerio de Defensa ruso, el Comité de Investigación ruso y el Defensor del Pueblo de Rusia dijeron que "
            "las fuerzas ucranianas habían lanzado un \"ataque masivo\" el martes.")
    nlp = P.load(P.DEFAULT_STAGES)
    doc = next(P.run(nlp, [P.new_doc(nlp, text, date(2024, 8, 7))]))
    assert any(s.text.strip().startswith("El Ministerio de Defensa ruso") for s in doc.sents)


def test_a_see_also_line_is_another_storys_headline_and_tells_nothing():
    # abc.com.py, 20 Jul 2023 (Odesa): "Lea más: ..." links another story; its "retirarse del acuerdo del grano" is no
    # withdrawal told here, and the next paragraph is the article again
    from cronica.process import extract_text

    text = ("Las defensas aéreas ucranianas pudieron destruir dos de los misiles con que Rusia atacó anoche Odesa, pero no "
            "fueron capaces de interceptar los “misiles supersónicos Kh-22 y Onyx” que Rusia también utilizó en el "
            "ataque.\nLea más: Rusia ataca Odesa por tercera vez en tres días tras retirarse del acuerdo del grano\n"
            "Todos los beneficios, en un solo lugar Descubrí donde te conviene comprar hoy\n")
    lay = analyze(text)
    link = text.index("Lea más")
    assert lay.in_link(link) and not lay.in_link(0) and not lay.in_link(text.index("Todos"))
    art = extract_text(text, published="2023-07-20")
    assert not [v for v in art.events if v.type == "territory_change"]
    assert all(v.trigger_span[0] < link for v in art.events)


def test_a_line_that_ends_with_a_preposition_runs_on():
    # elimparcial.es (6 Jun 2023, Kajovka), lines broken by hand in the copy: "Ucrania ha acusado a\nRusia de destruir
    # anoche la\npresa ...": no sentence ends with "a" or "la", so both newlines are wraps, not paragraph breaks
    text = ("Kiev cree que el objetivo del Kremlin es \"obstaculizar\" su avance, mientras Moscú sostiene que el ataque "
            "pretende \"secar\" Crimea.\nUcrania ha acusado a\nRusia de destruir anoche la\npresa de la Central "
            "Hidroeléctrica de Kajovka, situada en el río Dniéper - en territorio ucraniano ocupado por Rusia - a su paso "
            "por la provincia de Jersón del sur de Ucrania, para \"crear obstáculos insalvables en el avance de las "
            "Fuerzas Armadas ucranianas\", afirmó el asesor de la oficina presidencial ucraniana Mijailo Podolyak.")
    breaks = wrap_breaks(text)
    assert breaks == [text.index(" a\nRusia") + 2, text.index("la\npresa") + 2]
    assert text.index("\nUcrania") not in breaks


def test_a_paragraph_closed_by_a_straight_quotation_mark_whose_opener_was_lost_is_a_quotation():
    # emisorasunidas.com (EFE, 7 Sep 2025): 'Por primera vez ... una grave escalada", escribió también el ministro ...':
    # the straight closing mark after a word, then ", escribió", closes a quotation opened with the paragraph
    text = ("En fotografías difundidas por el DSNS se puede ver un incendio en las dos últimas plantas y salir humo de las "
            "ventanas rotas.\n\nPor primera vez desde el inicio de la guerra a gran escala, Rusia dañó el edificio del "
            "Gobierno de Ucrania en Kiev. Solo esto ya representa una grave escalada\", escribió también el ministro "
            "ucraniano de Exteriores, Andrí Sibiga, en la red social X.")
    lay = analyze(text)
    start, end = text.index("Por primera"), text.index("\", escribió")
    assert any(a < start and b == end for a, b in lay.quotes), lay.quotes


def test_the_running_text_after_a_dateline_starts_a_sentence():
    # swissinfo.ch (EFE), 14 Aug 2025: else the parser makes "Moscú" the subject of "cayó"
    from cronica.nlp import pipeline as P
    nlp = P.load(stages=())
    doc = nlp("Moscú, 14 ago (EFE).- Un dron ucraniano derribado por las defensas rusas cayó esta madrugada sobre "
              "una refinería de petróleo de Lukoil, lo que produjo un gran incendio.")
    un = next(t for t in doc if t.text == "Un")
    assert un.is_sent_start and not any(c.text == "Moscú" for c in next(t for t in doc if t.text == "cayó").children)


def test_a_date_and_a_dash_open_the_text_as_a_dateline():
    # aporrea.org (CNN wording), 7 Aug 2024: "7 de agosto de 2024.-" is no part of what CNN reported
    from cronica.nlp.dateline import find_dateline
    text = ("7 de agosto de 2024.-Rusia ha acusado a las tropas ucranianas de cruzar la frontera hacia su región de "
            "Kursk, lo que, si se confirma, marcará la primera incursión de este tipo desde Ucrania.")
    d = find_dateline(text)
    assert d is not None and text[d.span[1]:].startswith("Rusia ha acusado") and d.places == ()


def test_a_date_and_an_agency_open_the_text_as_a_dateline():
    # lanacion.com.ar (Reuters, 1 Apr 2024): the feed cut the place; "1 abr (Reuters) -" is no part of what was said
    from cronica.nlp.dateline import find_dateline
    text = ("1 abr (Reuters) - Rusia y Ucrania intercambiaron alegaciones el lunes acerca del derribo de drones enemigos "
            "sobre el mar Negro.")
    d = find_dateline(text)
    assert d is not None and text[d.span[1]:].startswith("Rusia y Ucrania") and text[slice(*d.agency)] == "Reuters"
    assert find_dateline("12 muertos en Gaza - dice el ministerio") is None


def test_a_city_and_its_country_in_brackets_open_a_dateline():
    # hispanicpost.com (EFE, 12 Aug 2024): "Leópolis (Ucrania), 12 agosto.-" is the dateline, no part of what was said;
    # "(EFE)" after a name stays the agency
    from cronica.nlp.dateline import find_dateline
    text = ("Leópolis (Ucrania), 12 agosto.- Las fuerzas ucranianas han tomado control de 1.000 kilómetros cuadrados en "
            "la región de Kursk, Rusia, en el marco de una incursión iniciada la semana pasada.")
    d = find_dateline(text)
    assert d is not None and text[d.span[1]:].lstrip().startswith("Las fuerzas ucranianas")
    assert [text[a:b] for a, b in d.places] == ["Leópolis", "Ucrania"]
    k = find_dateline("KIEV (EFE).- Un misil ruso impactó en un edificio.")
    assert k is not None and k.agency is not None


def test_a_straight_quotation_mark_closed_by_a_curly_one_is_one_quotation():
    # actualidad.rt.com (29 Sep 2024): the ministry's words open with " and close with ”
    text = ("\"Fueron interceptados y destruidos 67 vehículos aéreos no tripulados sobre el territorio de la región de "
            "Volgogrado, 17 sobre el territorio de la región de Bélgorod, y tres vehículos aéreos no tripulados sobre las "
            "aguas del mar de Azov”, comunicó la cartera.")
    (a, b), = analyze(text).quotes
    assert text[a] == '"' and text[b] == "”" and text[b + 1:].startswith(", comunicó")


def test_a_guillemet_closed_by_a_curly_mark_is_one_quotation_and_the_next_guillemet_pair_another():
    # radiolascondesfm.cl (20 Jun 2022): '«Fue una masacre de amharas”, aseguró' (no "»" closes it), then a quotation
    # with both guillemets
    text = ("Otro vecino aseguró que los atacantes eran oromos de un grupo llamado Ejército de Liberación Oromo (OLA). "
            "«Fue una masacre de amharas”, aseguró. Este testigo sostuvo que se escondió en un bosque. El OLA negó "
            "cualquier responsabilidad en lo ocurrido. «Los asesinatos y la destrucción de propiedades el Tole fueron "
            "cometidos por la milicia Gaachana Sirna», aseguró Odaa Tarbii, portavoz del OLA.")
    quotes = [text[a + 1:b] for a, b in analyze(text).quotes]
    assert quotes == ["Fue una masacre de amharas", "Los asesinatos y la destrucción de propiedades el Tole fueron "
                      "cometidos por la milicia Gaachana Sirna"]


def test_sentences_glued_without_a_space_are_two_sentences():
    # informador.mx (AFP), 20 Nov 2022, as stored with its paragraphs run together: the quote that ends one paragraph
    # is not the start of the next one's statement, whose speaker is its own subject
    from cronica.process import extract_text
    t = ("El director del Organismo Internacional de la Energía Atómica (OIEA), Rafael Grossi, advirtió este domingo de "
         "una situación \"extremamente grave\" y consideró que los ataques a la central fueron \"absolutamente "
         "deliberados y selectivos\", en una entrevista con el canal francés BFMTV.El ministerio de Defensa de Rusia "
         "denunció que \"el régimen de Kiev no cesa sus provocaciones en aras de crear la amenaza de una catástrofe en "
         "la central nuclear de Zaporiyia\".")
    art = extract_text(t, published="2022-11-20", geocode=False)
    names = {e.id: e.name for e in art.entities}
    said = {art.text[s.content_span[0]:s.content_span[1]][:20]: names.get(s.source) for s in art.statements}
    assert said.get("el régimen de Kiev n") == "Ministerio de Defensa de Rusia"
    assert not any("ministerio de Defensa" in art.text[slice(*s.content_span)] for s in art.statements)


def test_the_glued_stop_splits_only_before_a_capitalised_word():
    from cronica.nlp import pipeline
    tok = pipeline.load().tokenizer
    assert [t.text for t in tok("con el canal francés BFMTV.El ministerio")][-3:] == [".", "El", "ministerio"]
    assert "EE.UU." in [t.text for t in tok("Estados Unidos (EE.UU.) dijo.")]
    assert "liga.net" in [t.text for t in tok("dijo al medio de comunicación liga.net")]


# ahorainfo.com.ar (EFE), 17 Jun 2025: subheadings between the paragraphs of a report on an Iranian strike on Israel
SUBHEADED = ("Nuevo ataque iraní sacude Israel tras una noche de relativa calma\nJerusalén (EFE) – 17 de junio de 2025 – "
             "Israel amaneció este martes bajo un nuevo ataque con misiles por parte de Irán, rompiendo la tregua de una de "
             "las noches más tranquilas desde el inicio de la escalada de hostilidades.\nEl incidente, que comenzó "
             "alrededor de las 8:35 hora local (5:35 GMT), llevó a las fuerzas armadas israelíes a activar sus sistemas de "
             "defensa y a instar a la población a buscar refugio.\nImpacto en Tel Aviv y primeras estimaciones\nUno de los "
             "misiles impactó en un autobús vacío en el área metropolitana de Tel Aviv. Afortunadamente, el suceso no dejó "
             "heridos, aunque el vehículo y varios autobuses cercanos en el aparcamiento resultaron dañados.\nAtaque "
             "combinado y advertencias previas\nEste ataque se produce después de una noche que se había considerado la "
             "menos violenta desde el recrudecimiento del conflicto, con menos de 10 misiles lanzados en tres oleadas que "
             "no causaron víctimas ni daños significativos.")


def test_subheadings_between_paragraphs_are_found_and_tell_no_event_of_their_own():
    lay = analyze(SUBHEADED)
    assert [SUBHEADED[a:b] for a, b in lay.subheads] == ["Impacto en Tel Aviv y primeras estimaciones",
                                                         "Ataque combinado y advertencias previas"]
    from cronica.process import extract_text
    art = extract_text(SUBHEADED, published="2025-06-17", geocode=False)
    assert not any(lay.in_subhead(v.trigger_span[0]) for v in art.events)
    assert any(art.text[v.trigger_span[0]:v.trigger_span[1]] == "impactó" for v in art.events)


# mdzol.com, 21 Nov 2025: a headline with no stop above the lead
HEADED = ("Un nuevo ataque de Rusia en Ucrania deja varios civiles muertos y heridos\nEn Ucrania, un nuevo ataque de Rusia "
          "deja al menos cinco muertos y ocho heridos en Zaporiya.")


def test_a_headline_with_no_stop_is_a_sentence_of_its_own():
    from cronica.nlp.pipeline import load
    doc = load()(HEADED)
    assert [s.text.strip() for s in doc.sents][0] == HEADED.split("\n")[0]


def test_a_kicker_with_a_clause_is_no_subheading():
    # pressreader.com (Diario Expreso), 24 Jan 2024: the line under the title tells the toll; it is no subheading
    text = ("Rusia lanza nuevo ataque masivo contra Ucrania\n\nSegún Kiev, a causa del ataque con misiles fallecieron 7 "
            "personas\n\n-\n\nRusia lanzó ayer una nueva lluvia de misiles contra Ucrania, mientras sus tropas "
            "intensificaron los ataques en el frente oriental.")
    assert analyze(text).subheads == []


def test_a_dateline_without_a_comma_before_the_date():
    # lanacion.com.ar (Europa Press), 27 Sep 2025: the place is MADRID, "27 Sep." its date (no place "MADRID 27 Sep")
    from cronica.nlp.dateline import find_dateline
    text = ("MADRID 27 Sep. (EUROPA PRESS) -\nLas autoridades de Rusia han anunciado este sábado la toma de dos "
            "localidades de la provincia ucraniana de Donetsk y una tercera en la de Dnipropetrovsk")
    d = find_dateline(text)
    assert d is not None and [text[a:b] for a, b in d.places] == ["MADRID"]
    assert text[slice(*d.date)] == "27 Sep." and text[slice(*d.agency)] == "EUROPA PRESS"
