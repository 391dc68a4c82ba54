"""In-article coreference: repeated mentions of one real event are one event (``la ofensiva`` after
``las operaciones rusas``; the same verb again nearby; the same type at the same place)."""
from __future__ import annotations

from ... import resources
from ...names import fold
from ..syntax import case_of, is_nominal
from .anaphora import (VIOLENT, anaphoric, same_weapon, told_weapon, battle_named_again, campaign, named_again, new_vs_old, pointed_back,
                       redescribes, series, struck_again, talks_named_again, the_one_act, other_toll, past_dated,
                       the_one_move, told_apart)
from .context import Mention
from .locative import framed_as_background
from .words import BACKGROUND_NOUNS, TOLL_HEADS
from .dates import days_apart, over_a_period, weeks_before_report
from .likeness import (allied, group_places, by_doing, cause_of, by_its_perpetrators, dominates, fighting_told_again,
                       invasion, keep_told_kind, means_of, done_by, np_top, other_place_between, other_subject, placed_closer,
                       placed_in, region_and_town, region_told_around, retyped, same_head, sequenced, settle_in_town, stem,
                       materiel, shared_words, struck_buildings, told_in_title, told_there, town_named, unnamed_town, wider)


HIT_NOUNS = frozenset(fold(w) for w in resources.words("es/events/words.tsv", "hit_nouns"))  # "Hubo un impacto de misil"

def corefer(ctx, mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.span):
        target = keep_told_kind(groups, m)
        if redescribes(m) and m.trigger.type in VIOLENT and not m.date:
            # "El ataque fue el más mortífero ...", "Se trata del ataque con mayor número de víctimas", "es un ataque
            # ruso calculado": a judgement on the act just told, not another one
            target = max((g for g in groups if g[0].trigger.type in VIOLENT and not campaign(g[0])),
                         key=lambda g: g[-1].span, default=None)
            if target is not None and (not m.places or m.region_place or set(m.places) <= set(group_places(target))
                                       or all(ctx.is_country(p) for p in m.places)):
                # a place in the judgement is its yardstick ("el más mortífero en la región de Járkov")
                target.append(m)
                continue
        if target is None and m.trigger.type == "clash" and fighting_told_again(m):
            # "en el marco de los combates entre el Ejército y las RSF" ... "como consecuencia de los enfrentamientos":
            # the fighting told first, not an assault a quotation told since
            target = next((g for g in groups if g[0].trigger.type == "clash" and g[0].trigger.pos == "N"
                           and "Plur" in g[0].tok.morph.get("Number") and {x.mood for x in g} == {m.mood}), None)
        target = target or region_told_around(ctx, groups, m) or told_there(ctx, groups, m, VIOLENT)
        for g in reversed(groups if target is None else ()):
            if same_event(ctx, g, m):
                target = g
                break
        if target is None and m.trigger.pos == "N" and m.definite and not m.is_new and not m.places and not m.date \
                and m.fatalities is None and m.injured is None and m.trigger.type in ("attack", "clash") \
                and not any(c.dep_ in ("acl", "appos") or c.dep_ == "nmod" and case_of(c).startswith(("de", "del", "contra", "sobre"))
                            for c in m.tok.children):  # "el bombardeo de nuestras ciudades" is told for itself
            # "el «ataque masivo»" with nothing of its own, after a strike was told: the lead strike again
            target = next((g for g in groups if g[0].trigger.type == m.trigger.type and 0 < m.sent - g[-1].sent <= 10
                           and campaign(g[0]) == campaign(m)
                           and m.sent - g[0].sent <= 12 and {x.mood for x in g} == {m.mood}), None)
        if target is None:
            target = struck_again(groups, m) or talks_named_again(groups, m)
        if target is None:
            target = next((g for g in reversed(groups) if retold(ctx, groups, g, m)), None)
        if target is None:
            target = pointed_back(groups, m) or battle_named_again(groups, m)
        if target is None:
            target = the_one_act(groups, m) or the_one_move(groups, m)
        if target is None:
            target = named_again(groups, m)
            if target is not None:
                m.mood = target[0].mood  # the demonstrative points at what was told, not at the frame around it
        if target is None and m.heard:  # "se escucharon explosiones en el cielo": the strike or fight told just before
            target = next((g for g in reversed(groups) if g[0].trigger.type in VIOLENT and 0 <= m.sent - g[-1].sent <= 6), None)
        if target is not None and invasion(target[0]) != invasion(m):
            target = None  # "la actual ofensiva rusa en Donetsk" ... "antes de la invasión rusa": the war, not the offensive
        if target is None:
            if not m.ref_only:
                groups.append([m])
        else:
            target.append(m)
    for g in [g for g in groups if all(x.heard for x in g)]:  # "disparos y explosiones ... por enfrentamientos con X"
        other = next((h for h in groups if h is not g and h[0].trigger.type in VIOLENT
                      and any(x.sent == y.sent for x in h for y in g)), None)
        if other is not None:
            other.extend(g)
            groups.remove(g)
    return groups


def same_event(ctx, g: list[Mention], m: Mention) -> bool:
    first = g[0]
    if first.trigger.type != m.trigger.type and not retyped(g, m):
        return False
    if invasion(first) != invasion(m):
        return False  # (the war's invasion and its offensives: see ``invasion``)
    if region_and_town(g, m) or past_dated(ctx, m) and not any(x.date for x in g):
        return False  # (and "el devastador ataque de 2024" is not this year's undated strike)
    beside = [x for x in g if x.sent == m.sent]
    if told_apart(g, m) or beside and any(framed_as_background(y.tok) for y in (m, *beside)):
        return False  # (the act answered or followed, beside the one told: see ``framed_as_background``)
    if m.trigger.type == "attack" and m.trigger.pos == "N" and m.indefinite and fold(m.tok.lemma_) in HIT_NOUNS \
            and m.places and not group_places(g) and 0 < m.sent - g[-1].sent <= 2 and {x.mood for x in g} == {m.mood} \
            and all(x.trigger.pos == "V" for x in g):
        return True  # "Rusia atacó de nuevo, esta vez con docenas de drones ... Hubo un impacto de misil en Kiev": where
        # the strike just told hit
    if m.trigger.pos == "N" and m.indefinite and not m.is_new and m.places and set(m.places) <= set(group_places(g)) \
            and m.tok.dep_ in ("nmod", "obl") and fold(m.tok.head.lemma_) in TOLL_HEADS and {x.mood for x in g} == {m.mood} \
            and 0 < m.sent - g[-1].sent <= 3:
        return True  # "el número de muertos por un ataque con misiles rusos contra la ciudad de Krivói Rog aumentó a
        # 18" after "Rusia ha atacado una vez más Krivói Rog": the toll of the strike told, not another strike
    if any(x.sent == m.sent and x.trigger.type == m.trigger.type and means_of(x, m) for x in g):
        return True  # "un ataque masivo ... con hasta 702 bombardeos": the strikes it was made of
    if any(x.sent == m.sent and x.trigger.type == m.trigger.type and (by_doing(m.tok, x.tok) or by_doing(x.tok, m.tok))
           for x in g):
        return True  # "ejecutó ayer un ataque ... al bombardear tres bases aéreas": how that act was done
    if m.trigger.pos == "V" and {x.mood for x in g} == {m.mood} and any(
            x.sent == m.sent and x.trigger.pos == "N" and x.trigger.type == m.trigger.type and done_by(m.tok, x.tok)
            for x in g):
        return True  # "Un bombardeo israelí dejó al menos 15 muertos y destruyó un edificio": what the strike did
    if any(x.sent == m.sent and x.trigger.type == m.trigger.type and cause_of(m.tok, x.tok) for x in g):
        m.places = []  # ("un lanzamiento fallido de cohetes ... hacia Israel": where they were aimed, not where it fell)
        return True  # "la explosión ... se debió a un lanzamiento fallido de cohetes": what it came from
    if any(x.sent == m.sent and wider(x.tok) != wider(m.tok) for x in g):
        return False  # "El bombardeo de la central ha formado parte de un ataque masivo de Rusia": the wave it was in
    if any(x.sent == m.sent and y.trigger.pos == "V" and sequenced(y.tok, z.tok) for x in g for y, z in ((x, m), (m, x))):
        return False  # "una operación contra un buque ... horas después de disparar misiles contra el destructor": an
        # act before or after the other, told as such
    if campaign(first) != campaign(m) and m.sent != first.sent:
        return False  # "la ofensiva para expulsar a ..." and "prosiguen los enfrentamientos": two events
    gp0 = group_places(g)
    gd0 = next((x.date for x in g if x.date), None)
    date_ok = not days_apart(gd0, m.date)
    if told_in_title(ctx, g, m, gp0):
        if gp0 and m.places and set(m.places) != set(gp0) and all(ctx.is_country(p) for p in gp0):
            for x in g:
                x.places = list(m.places)  # (the country of "... en un mercado de Sudán": the lead's market town)
        elif gp0 and m.places and set(m.places) != set(gp0):
            m.places = list(gp0)  # (the title's plant the lead names in its region: the plant)
        return True  # "Más de 100 muertos en un bombardeo del ejército en un mercado de Sudán" above "Más de 100 personas
        # murieron en un bombardeo del ejército sudanés el lunes en un mercado de Darfur del Norte": one strike
    if placed_closer(ctx, g, m, gp0, gd0):
        for x in g:  # "Más de 100 personas murieron en un bombardeo del ejército sudanés el lunes en un mercado de Darfur
            x.places = list(m.places)  # del Norte" ... "El bombardeo del lunes se produjo en Kabkabiya, a unos 180 km al
        return True  # oeste de El Fasher, la capital del estado de Darfur del Norte": that strike, placed closer
    if m.trigger.type in ("attack", "interception", "clash", "violence_against_civilians") and any(x.sent == m.sent for x in g) \
            and not m.is_new \
            and not m.ref_only and date_ok and (not m.places or set(m.places) == set(gp0)) \
            and {x.mood for x in g} == {m.mood} and not series(ctx, m) \
            and fold(m.tok.head.lemma_) not in BACKGROUND_NOUNS \
            and not (m.date and m.date.precision == "day" and any(over_a_period(ctx, x.tok) for x in g)):
        # (not "en represalia por una explosión": its cause; not "que intensificó en los últimos meses sus ataques
        # ..., lanzó el sábado cientos de drones": a dated wave beside the months of strikes)
        return True  # "lanzó una oleada de ataques ... en la mayor ofensiva aérea": one strike told twice in a sentence
    if m.trigger.pos == "V" and m.tag == "part" and m.tok.dep_ in ("acl", "amod") and not m.places and not m.date \
            and m.trigger.type in ("attack", "interception") and 0 < m.sent - g[-1].sent <= 10:
        return True  # "los misiles lanzados por Rusia", "el número de misiles interceptados": the weapons of a told wave
    if m.trigger.type in ("mobilization", "threat") and all(ctx.is_country(p) for p in m.places) and not m.date \
            and not m.is_new \
            and not m.indefinite and 0 < m.sent - g[-1].sent <= 10:
        ga0 = {a for x in g for a in x.actors}
        if not m.actors or ga0 & set(m.actors):  # "las amenazas veladas de Rusia" after an actorless warning: new
            if m.trigger.pos == "N" and m.definite or \
                    m.trigger.type == "mobilization" and m.trigger.pos == "V" and m.sent - g[-1].sent <= 3:
                return True  # "decretó una movilización" ... "serán llamados a filas" ... "la movilización demuestra"
    if any(x.sent == m.sent and x.trigger.pos == m.trigger.pos and x.places == m.places for x in g) and \
            all(x.tok.i != m.tok.i for x in g):
        # two mentions of one type in one clause ("comprometido ... ayuda") are one event
        if any((m.tok in x.tok.subtree or x.tok in m.tok.subtree) and not new_vs_old(x, m) for x in g):
            return True
    for x in g:  # "repelieron 14 asaltos", "su campaña de reclutamiento, en la que prevé llamar a filas"
        if x.sent == m.sent and x.tok.i != m.tok.i and not new_vs_old(x, m) and (not x.places or not m.places or x.places == m.places) \
                and x.mood == m.mood \
                and not (m.date and not x.date and x.trigger.pos == "N") \
                and not (x.actors and m.actors and not set(x.actors) & set(m.actors)) \
                and (dominates(np_top(ctx, x.tok), m.tok, ctx.lex) or dominates(np_top(ctx, m.tok), x.tok, ctx.lex)):
            return True
    if m.ref_only:
        return m.sent - g[-1].sent <= 4 and (m.trigger.pos == "V" or any(
            "ref" in x.trigger.cons and x.trigger.pos == "N" for x in g))
    if m.trigger.type == "diplomacy" and not m.is_new and 0 < m.sent - g[-1].sent <= 6 and group_places(g):
        gp_ents = {id(ctx.ents.get(p)) for p in group_places(g)}
        named = set(m.places) or {p for t in m.tok.subtree if (e := ctx.ent_of_char.get(t.idx)) is not None
                                  and id(e) in gp_ents for p in [e.id]}
        if named and named == set(group_places(g)):
            return True  # "una reunión ... en Bruselas" ... "tras las conversaciones de Bruselas": one meeting
    if m.trigger.type in VIOLENT and (m.fatalities or 0) >= 5 and any(x.fatalities == m.fatalities for x in g) \
            and not m.is_new and {x.mood for x in g} == {m.mood} \
            and (not m.places or not group_places(g) or set(m.places) == set(group_places(g))):
        return True  # "18 muertes en el centro comercial ..., atacado" ... "un ataque con misiles rusos matara al menos a 18";
        # "9 personas murieron ... en el ataque de drones" ... «atacaron ... en el monte Abayator» (9 dead): its place
    if m.is_new or (m.indefinite and m.trigger.pos == "N" and not m.places):
        return False
    if m.trigger.type in ("aid", "mobilization", "threat") and m.sent != g[-1].sent:
        return False  # transfers, call-ups and threats are told once each; repeats are rare
    gp = group_places(g)
    if m.trigger.pos == "N" and m.definite and m.trigger.type in ("attack", "clash") and len(m.places) == 1 \
            and not m.region_place and all(x.region_place or all(ctx.is_country(p) for p in x.places) for x in g if x.places) \
            and gp and len(gp) == 1 \
            and m.sent - g[-1].sent <= 3 and {x.mood for x in g} == {m.mood} and town_named(ctx, m) \
            and m.fatalities is None and m.injured is None:
        return settle_in_town(g, m)  # "un enfrentamiento ... en el estado de Sinaloa" ... "la refriega ... en el
        # municipio de Guasave": one clash, in the town the retelling names
    if m.trigger.pos == "N" and m.definite and m.trigger.type in VIOLENT and len(m.places) > 1 and not m.region_place \
            and gp and all(x.region_place or all(ctx.is_country(p) for p in x.places) for x in g if x.places) \
            and 0 < m.sent - g[-1].sent <= 2 and {x.mood for x in g} == {m.mood} and m.fatalities is None:
        return True  # "... asesinados ... en el noreste de la RDC" ... "Los ataques ocurrieron en los pueblos de A y
        # B": the villages of the acts told (the report naming them gives the event, one per village)
    if m.trigger.type in ("attack", "clash") and by_its_perpetrators(m) and len(m.places) <= 1 and not m.region_place \
            and (not m.places or not ctx.is_country(m.places[0])) and len(gp) <= 1 and 0 < m.sent - g[-1].sent <= 3 \
            and all(x.region_place or all(ctx.is_country(p) for p in x.places) for x in g if x.places) \
            and {x.mood for x in g} == {m.mood}:
        return settle_in_town(g, m) if m.places else True  # "Un ataque terrorista ... contra un cuartel militar en
        # el noreste de Malí" ... "Los atacantes se lanzaron contra el cuartel de Indelimane": that strike, there
    if m.trigger.type == "territory_change" and len(m.places) == 1 and not m.region_place and not m.is_new \
            and m.sent - g[-1].sent <= 2 and {x.mood for x in g} == {m.mood} and unnamed_town(g[0]) \
            and all(x.region_place or ctx.is_country(p) for x in g for p in x.places) and not ctx.is_country(m.places[0]):
        return settle_in_town(g, m)  # "reivindicó la toma de una localidad en la región de Dnipropetrovsk" ...
        # "sus fuerzas se apoderaron de Novomikolaivka": that town
    if m.trigger.pos == "N" and m.definite and len(m.places) == 1 and len(gp) == 1 and m.places != gp \
            and m.fatalities is None and m.sent - g[-1].sent <= 3 and {x.mood for x in g} == {m.mood} \
            and placed_in(ctx, m, gp[0]):
        m.places = list(gp)  # "atacó ... cerca de Jan Yunis" ... "como resultado del ataque en las tiendas de
        return True  # desplazados de Mawasi, en Jan Yunis": a spot inside the place told, the same strike
    if m.trigger.pos == "V" and m.trigger.type in VIOLENT and len(m.places) == 1 and len(gp) == 1 and m.places != gp \
            and all(x.region_place for x in g if x.places) and not m.is_new and m.fatalities is None \
            and m.injured is None and m.sent - g[-1].sent == 1 and {x.mood for x in g} == {m.mood} \
            and placed_in(ctx, m, gp[0]):
        return settle_in_town(g, m)  # "Una emboscada ... contra una base militar en el estado nigeriano de Sokoto" ...
        # "atacaron nuestra base en Burkusuma, en Sokoto": the town of the region told, the same act
    if len(m.places) > 1 and m.sent - g[-1].sent <= 6 and any(x.place_count == len(m.places) for x in g) \
            and not m.region_place and (not gp or all(x.region_place for x in g if x.places)):
        # "ha tomado el control de tres localidades" ... "los tres asentamientos capturados: A, B y C"; "la conquista de
        # otras cuatro localidades en la región de Járkov" ... "la conquista de otras cuatro localidades ... --A, B, C y
        # D--": the towns the count announced, in the region told first
        return settle_in_town(g, m) if gp else True
    if m.trigger.type == "attack" and not m.is_new and m.sent - g[-1].sent <= 2 and len(m.places) == 1 \
            and not ctx.is_country(m.places[0]) and all(ctx.is_country(p) for p in gp) and told_weapon(ctx, m, g):
        return settle_in_town(g, m)  # "la caída de un misil" ... "el misil ... al impactar ... en Beit Shemesh"
    if m.places and gp and set(m.places) != set(gp):
        return False
    if len(m.places) > 1 and not gp and m.sent - g[-1].sent <= 2 and any(x.place_plural for x in g) \
            and not any(x.place_count and x.place_count != len(m.places) for x in g):  # not "cinco capitales" ... A, B y C
        return True  # "entraron en dos aldeas" ... "dos aldeas, A y B, que cayeron": one report
    if len(gp) > 1 and not m.places and m.place_plural and m.sent - g[-1].sent <= 2 and {x.mood for x in g} == {m.mood}:
        return True  # "la captura de ambas aldeas"
    if m.place_def and not m.places and gp and m.sent - g[-1].sent <= 3 and m.trigger.type == "territory_change" \
            and {x.mood for x in g} == {m.mood} and not (past_dated(ctx, m) and not any(x.date for x in g)) \
            and not other_place_between(ctx, g, m, gp):
        # not "se disponen a tomar el control de los cuatro barrios" after entering; not "Ucrania retomó el
        # asentamiento en julio de 2023" after its loss told undated
        return True  # "se han retirado de la localidad": the place just named
    if ({x.mood for x in g} != {m.mood}) and not (m.mood is None and all(x.mood is None for x in g)):
        return False
    if not date_ok or weeks_before_report(ctx, g, m):
        return False
    ga = {a for x in g for a in x.actors}
    if ga and m.actors and not allied(ctx, ga, m.actors):
        return False
    last = g[-1]
    distance = m.sent - last.sent
    same_place = bool(m.places and gp and set(m.places) == set(gp))
    if same_place and distance <= 3 and m.trigger.type == "territory_change" and \
            not (m.date and not gd0) and m.mood == last.mood:
        return True  # "la toma de X" ... "han liberado por completo X": a place changes hands once (strikes recur)
    headline = any(x.headline for x in g) or m.headline
    if m.trigger.pos == "N" and m.definite and m.bare and not m.places and distance <= 10 \
            and any(x.trigger.pos == "V" and stem(x) == stem(m) for x in g):
        return True  # "emboscaron a personal de la Guardia Nacional" ... "Tras la emboscada, ...": the noun of that verb
    if m.trigger.pos == "N" and m.definite and m.trigger.type == "attack" and not m.is_new and distance <= 3 \
            and (not m.places or same_place) and same_weapon(m, g):
        return True  # "la caída de un misil sobre un edificio residencial, en la localidad de Dnipro" ... "tras el
        # impacto de un misil Kh-22, el sábado": the strike told again by its weapon, now with its day
    if (m.trigger.pos == "N" and (m.bare or same_place) or is_nominal(m.tok) and same_place) and m.definite and not (
            # (a verb's noun at the same place too: "La caída de Toretsk" after "tomó este viernes el bastión ucraniano
            # de Toretsk")
            m.trigger.type == "diplomacy" and not any(x.trigger.words == m.trigger.words or same_head(x, m) for x in g)):
        if distance <= 4 or same_place or headline or m.places:  # (but "un intercambio de prisioneros" ... "la
            return distance <= 4 or same_place or headline  # mediación de los Emiratos": two acts of diplomacy)
        # further on and placed nowhere, the same noun may still tell it (below: "El Ejército detalló que el ataque causó
        # «algunas muertes»", sentences after "El ataque comenzó cerca de las 5:30")
    if m.trigger.pos == "N" and m.definite and any(x.trigger.words == m.trigger.words for x in g) \
            and not other_toll(ctx, g, m):
        return distance <= 8  # "una reunión ..." then "la reunión de ministros"; not "la muerte de al menos 14 civiles
        # como consecuencia del ataque" after an attack with 9 dead, four sentences on
    no_figs = all(x.fatalities is None and x.injured is None for x in g)
    if (m.trigger.pos == "V" and not m.places and not m.date and (m.fatalities is None and m.injured is None or no_figs)
            and distance <= 3 and m.trigger.type in ("attack", "interception", "abduction") and not m.place_plural):
        return True  # "Un ataque contra Járkov ... Los misiles alcanzaron un edificio": the same strike; "200 alumnos
        # secuestrados" ... "al menos 200 alumnos, posiblemente incluso 280, habían sido secuestrados": the same abduction
    if m.trigger.pos == "N" and anaphoric(m.tok) and distance <= 3 and m.places and (not gp or same_place) \
            and not any(fold(c.text) in ("otro", "otra", "nuevo", "nueva") for c in m.tok.children):
        return True  # "200 alumnos secuestrados ..." ... "Este secuestro, ocurrido el jueves en el estado de Kaduna"
    lp = next((x.place_noun for x in g if x.place_noun), None)
    if lp and m.place_noun and lp != m.place_noun:
        return False  # "en una región" and "en dos aldeas" are two entries
    if same_place and (any(x.trigger.words == m.trigger.words or same_head(x, m) for x in g) or headline):
        return True  # ("un ataque yihadista ... en Ber" ... "haber repelido un ataque ... en Ber": the noun's phrase)
    if (same_place or not gp) and m.background and m.trigger.pos == "V" and m.tok.dep_ in ("amod", "acl") \
            and any(fold(x.trigger.words[0])[:5] == fold(m.trigger.words[0])[:5] for x in g):
        return True  # "Tras 10 meses de asedio, el bastión ..." ... "Bajmut, asediada desde hace 10 meses": that siege
    if same_place and m.trigger.type == "attack" and m.fatalities is None and m.injured is None and not m.is_new:
        g_src = {src for x in g for _, src in x.stances if src}
        m_src = {src for _, src in m.stances if src}
        if g_src and m_src and not g_src & m_src:
            return True  # "sus fuerzas atacaron ... instalaciones" in Dnipró: the other side's version of that strike
    if m.trigger.words == last.trigger.words and distance <= 2:
        told_by, mine = {src for x in g for _, src in x.stances if src}, {src for _, src in m.stances if src}
        return m.trigger.type != "interception" or not (told_by and mine and not told_by & mine)  # (each side downs its own)
    return False


def retold(ctx, groups: list[list[Mention]], g: list[Mention], m: Mention) -> bool:
    """The event of group ``g`` told again in other words, further on: part of a list of places told place by
    place ("sobre Bélgorod y Kursk" ... "en la región de Bélgorod fueron abatidos doce"), the places a count
    announced ("en cuatro barrios" ... "en los barrios de A, B, C y D"), the same arms sent ("enviar los tanques" ...
    "el envío de tanques"), "el ataque" when only one attack was told, "la localidad" just named."""
    if g[0].trigger.type != m.trigger.type and not retyped(g, m) or m.is_new or m.ref_only or region_and_town(g, m) or told_apart(g, m):
        return False
    gp = group_places(g)
    distance = m.sent - g[-1].sent
    gd = next((x.date for x in g if x.date), None)
    if days_apart(gd, m.date) or weeks_before_report(ctx, g, m):
        return False
    ga = {a for x in g for a in x.actors}
    if ga and m.actors and not allied(ctx, ga, m.actors):
        return False
    same_mood = {x.mood for x in g} == {m.mood}
    listed = next((x for x in g if len(x.places) > 1), None)
    if listed is not None and m.places and set(m.places) <= set(gp) and 0 < m.sent - listed.sent <= 3 and same_mood:
        return True
    count = next((x.place_count for x in g if x.place_count), None)
    if count and len(m.places) == count and distance <= 2 and same_mood:
        return True
    # the same arms again; a bare definite noun ("cuestionó el envío de tanques") points back whatever the mood
    if m.trigger.type == "aid" and (same_mood or m.trigger.pos == "N" and m.definite and m.mood is None) \
            and not other_subject(m) and materiel(ctx, m) & {w for x in g for w in materiel(ctx, x)}:
        m.mood = g[0].mood  # the sending it points back to keeps its own mood (decided, still to come)
        return True
    if m.trigger.pos == "N" and m.definite and m.bare and 0 < distance <= 2 and same_mood and m.places and gp \
            and all(x.region_place for x in g if x.places) and not m.region_place \
            and not any(ctx.is_country(p) for p in m.places) and _only_one_before(groups, g, m):
        # "un ataque ... en la región del Catatumbo" / "El ataque fue perpetrado contra una unidad militar en la
        # vereda de Llana Baja": the attack just told, placed more closely
        m.place_depth = -1
        return True
    if m.trigger.pos == "N" and m.definite and m.trigger.type in VIOLENT and "Sing" in m.tok.morph.get("Number") \
            and 0 < distance <= 4 and same_mood and len(m.places) == 1 and not m.region_place \
            and not ctx.is_country(m.places[0]) and all(ctx.is_country(p) for p in gp) and not m.is_new \
            and not campaign(g[0]) and all("Plur" not in x.tok.morph.get("Number") for x in g) \
            and not other_toll(ctx, g, m) and _only_one_before(groups, g, m):
        # "un bombardeo ruso a una estación de trenes en el centro-sur de Ucrania" ... "El ataque en la localidad de
        # Chaplino ocurrió ...": the one strike told, placed where the retelling says
        return settle_in_town(g, m)
    # "en este atentado contra ... los hombres que sirven a Colombia": a demonstrative's country is no new place
    pointing = m.trigger.pos == "N" and anaphoric(m.tok) and all(ctx.is_country(p) for p in m.places)
    if m.places and gp and not set(m.places) & set(gp) and not pointing:
        return False
    if m.trigger.type == "attack" and same_mood and not m.date and struck_buildings(m) & {w for x in g for w in struck_buildings(x)}:
        return True  # "un misil ha impactado en una tienda y un café" ... "El misil impactó contra un café y una tienda"
    if m.trigger.type in ("attack", "interception") and m.trigger.pos == "V" and m.places and set(m.places) == set(gp) \
            and not (m.place_count or 0) > 1 and same_mood and not (m.date and gd and m.date.value != gd.value) \
            and (distance <= 3 or distance <= 5 and ctx.layout is not None and ctx.layout.in_quote(m.tok.idx)) \
            and not (m.fatalities is not None and any(x.fatalities not in (None, m.fatalities) for x in g)):
        return True  # "un misil impactó el centro comercial de Kremenchuk" ... "el tiro contra Kremenchuk alcanzó";
        # not "cerca de Bajmut, dispararon contra más de 15 pueblos", many places around the one just told; a little
        # further in someone's words («Los fascistas rusos atacaron la estación de tren de Kramatorsk con un Iskander»)
    if m.trigger.type == "territory_change" and m.places and set(m.places) == set(gp) and same_mood \
            and not m.background and not (m.date and not gd) and not any(x.background for x in g):
        return True  # a place changes hands once: "anuncia la toma de Bajmut" ... "fue tomado en la ciudad de Bajmut"
    if m.place_def and not m.places and gp and distance <= 3 and same_mood and not (past_dated(ctx, m) and not gd) \
            and (m.scene or not other_place_between(ctx, g, m, gp)):
        return True  # "el asalto contra la localidad": the place just named (not in a month or year gone by); "En
        # ese sitio, un grupo de sicarios atacó ...": pointed at, whatever else its sentence names
    if m.trigger.pos == "N" and distance <= 3 and (not m.places or pointing) and anaphoric(m.tok):
        nearest = max((h for h in groups if h[0].trigger.type == m.trigger.type and h[0].span < m.span),
                      key=lambda h: h[-1].span, default=None)
        return nearest is g  # "estos horribles ataques": the strike just told
    if m.trigger.pos == "V" and not m.places and not m.date and m.fatalities is None and ctx.layout is not None \
            and (ctx.layout.in_quote(m.tok.idx) or m.stances and (not m.actors or set(m.actors) & ga)) \
            and not campaign(g[0]) and same_mood:
        # «El enemigo ha atacado una institución educativa y un hospital», in someone's words after the strike was
        # told ("ha lamentado que Rusia haya bombardeado de nuevo un enclave ..."): that strike, when it is the only
        # one of its kind so far
        if _only_one_before(groups, g, m, campaigns=False):
            return True
    if m.trigger.type == "attack" and m.trigger.pos == "V" and m.date and not gd and not m.places and same_mood \
            and distance <= 1 and not m.actors and not any(new_vs_old(x, m) for x in g) and m.tok.dep_ in ("acl", "advcl") \
            and _only_one_before(groups, g, m):
        return True  # "un teatro alcanzado por un ataque aéreo ruso" ... "cuando fue atacado el miércoles": its day
        # (in a subordinate clause; not "Ayer, de la misma manera, muchas áreas fueron bombardeadas")
    if any(new_vs_old(x, m) for x in g) or m.date and not gd or m.actors and not ga:
        return False  # a mention with a day or an actor the event lacked tells another one
    if m.trigger.pos == "N" and m.definite and same_mood and not m.indefinite and campaign(g[0]) == campaign(m) \
            and (m.bare or any(x.trigger.words == m.trigger.words for x in g) or shared_words(m, g)) \
            and not other_toll(ctx, g, m):
        # "el ataque con dos misiles balísticos" after "atacó con dos misiles"; not "el bombardeo de nuestras
        # ciudades", told for itself
        return _only_one_before(groups, g, m)  # "el ataque" when only one attack was told
    return False


def _only_one_before(groups: list[list[Mention]], g: list[Mention], m: Mention, campaigns: bool = True) -> bool:
    """Is ``g`` the only event of ``m``'s type told before ``m`` (campaigns counted or not)?"""
    earlier = [h for h in groups if h[0].trigger.type == m.trigger.type and h[0].span < m.span
               and (campaigns or not campaign(h[0]))]
    return earlier == [g]
