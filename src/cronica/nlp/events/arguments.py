"""Arguments of a trigger over the dependency tree: where it happened (the closest place argument, not every
place of the sentence; coordinated places give one event each), actors and targets."""
from __future__ import annotations


from ...names import fold
from ..syntax import between_up, case_of, passive_aux, qualifying_participle, uniq, walk
from .actors import noun_actors
from .context import Mention, campaign_word
from .words import (CITY_NOUNS, DEFINITE_DETS, GOVERNMENT_CAPITALS, INCLUDING, LOCAL_NOUNS, ONE_MORE, ONGOING,
                    PLACE_NOUNS, POINTED_PLACES, TERRITORY, THERE, TOLL_HEADS, VAGUE_QUANTIFIERS)
from .placekinds import granularity, is_region, is_water
from ..numbers import count_of
from .lists import also, colon_list, coordinated_places, counted_places, held_chain, in_text_order, like_list, listed
from .modality import undergoes
from .placing import took_place_in
from .locative import (after_agent, caused_there, frame_places, hung_target, locative, misparsed_object, named_place,
                       own_territory, reference_point, stage_noun, targets_apart)


def ongoing_places(ctx, verb) -> list[str]:
    out: list[str] = []
    for c in verb.children:
        if c.dep_ != "obl" or not case_of(c).startswith(("en", "cerca", "junto")):
            continue
        for x in (c, *[d for d in c.children if d.dep_ in ("nmod", "appos", "flat")]):
            e = ctx.place_entity(x)
            if e is not None and not ctx.is_country(e.id) and e.id not in out:
                out.append(e.id)
                break
    return out


def _added_phrase(tok, x) -> bool:
    """Is ``x`` in a phrase of ``tok``'s that "así como" or "además de" joins to another ("sobre las regiones de Moscú y
    Kursk, así como en la península de Crimea")?"""
    y = x
    while y.head.i != y.i and y.head.i != tok.i:
        if any(c.dep_ == "case" and c.lower_ == "además" for c in y.children):
            return True  # "... Sudzha, ..., además de las localidades de Melovoi y Podol" (wherever the parser hung it)
        y = y.head
    return y.head.i == tok.i and y.dep_ in ("obl", "nmod") and any(
        c.dep_ == "cc" and also(tok.doc, c.i + 1) or c.dep_ == "case" and c.lower_ == "además" for c in y.children)


def _given_as(tok):
    """The object of "dar por" + participle ("Rusia dio hoy por tomada la ciudad ucraniana de Lisichansk": the city is
    what the participle tells of, though the parser hangs it on "dar"), or None."""
    h = tok.head
    if tok.dep_ not in ("obl", "xcomp", "advcl", "obj") or case_of(tok) != "por" or fold(h.lemma_) != "dar":
        return None
    return next((c for c in h.children if c.dep_ in ("obj", "nsubj:pass") and c.i != tok.i), None)


def event_places(ctx, m: Mention, own_only: bool = False) -> tuple[list[str], int, bool]:
    """The place entities where it happened (conjoined places: several), their depth, region flag."""
    tok = m.tok
    typ = m.trigger.type
    cons = m.trigger.cons
    cands: list[tuple[int, int, object]] = []  # (depth, position, token)
    for x, d in walk(tok, 5):
        e = ctx.place_entity(x)
        if not e or not ctx.name_root(x, e):
            continue
        if not locative(ctx, tok, x, typ, cons):
            continue
        cands.append((d, x.i, x))
    given = _given_as(tok) if not cands else None
    for x, d in [(given, 1), *walk(given, 3)] if given is not None else ():
        e = ctx.place_entity(x)
        if e and ctx.name_root(x, e):
            cands.append((d, x.i, x))  # "Rusia dio hoy por tomada la ciudad ucraniana de Lisichansk": what was taken
    h = tok.head
    if not cands and m.trigger.pos == "N":
        cands = took_place_in(ctx, tok)
    h = tok.head
    if not cands and m.trigger.pos == "N" and tok.dep_ in ("obj", "obl") and fold(h.text) in ctx.lex.report_forms:
        # "Los hutíes informaron de explosiones la noche del sábado en la capital, Saná, y en la provincia de Saada":
        # the parser hung the explosions' place on the verb reporting them
        where = ("en", "cerca", "sobre")
        for c in h.children:
            if c.i <= tok.i or c.dep_ not in ("obl", "obj", "nmod"):
                continue
            for x, d in [(c, 0), *walk(c, 3)]:
                e = ctx.place_entity(x)
                host = x.head if x.dep_ in ("appos", "conj", "flat", "nmod") and x.head.i != c.i else x
                if e and ctx.name_root(x, e) and (case_of(x).split()[:1] and case_of(x).split()[0] in where
                                                  or case_of(host).split()[:1] and case_of(host).split()[0] in where):
                    cands.append((d + 2, x.i, x))
        named = uniq(e.id for _, _, x in cands if (e := ctx.place_entity(x)) is not None and not ctx.is_country(e.id))
        if len(named) > 1:
            return named, 2, False  # (each place the report names: "en la capital, Saná, y en la provincia de Saada")
    items = announced_list(ctx, tok) if m.trigger.pos == "V" else []
    if items:  # "tomaron otras dos localidades en Zaporiyia: Zelenni Gai y Dobropilia": the places the count announced
        return uniq(e.id for e in items), 1, False
    pred = tok.dep_ in ("obl", "xcomp", "advcl") and tok.head.dep_ == "acl" and any(
        c.dep_ == "mark" and fold(c.text) == "como" for c in tok.children)  # "que fue anunciada como conquistada"
    if not cands and (tok.dep_ == "acl" or tok.dep_ == "amod" and "Part" in tok.morph.get("VerbForm") or pred):
        # relative clause or participle: the antecedent ("dos aldeas, A y B, que cayeron")
        ante = tok.head.head if pred else tok.head
        near = [(ante, 1)] + [(c, 1 + d) for c, d in walk(ante, 3) if c.dep_ in ("appos", "nmod", "conj", "flat")
                              and (c.i < tok.i or tok.i < ante.i or listed(c, ante, tok))
                              and case_of(c).split()[:1] not in (["con"], ["por"], ["contra"])]
        # "el centro comercial de ... Kremenchuk, ..., atacado", "la asediada ciudad de Mariupol"; not "con Rusia"
        if ante.dep_ == "nmod" and case_of(ante) == "en" and fold(ante.lemma_) in PLACE_NOUNS | CITY_NOUNS \
                and fold(ante.head.lemma_) in PLACE_NOUNS | LOCAL_NOUNS:
            # "en el poblado de Juan Aldama, en el municipio de Navolato, donde fueron agredidos": the village the
            # municipality is told to hold is where
            near += [(c, 1) for c in ante.head.children if c.dep_ in ("nmod", "appos", "flat") and c.i < ante.i
                     and ctx.place_entity(c)]
        if ante.dep_ == "appos" and not any(ctx.place_entity(x) for x, _ in near
                                            if x.head == ante and case_of(x) == "de"):
            # "Urozhaine, una aldea que las fuerzas recuperaron" (not "la región de Volgogrado (9), la península de
            # Crimea (7), anexionada por Rusia": the apposition names its own place)
            near.append((ante.head, 2))
            near += [(c, 3) for c in ante.head.children if c.dep_ in ("nmod", "appos", "flat") and c.i < ante.i]
        colon = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":" and tok.i > ante.i
        for x, d in near:
            e = ctx.place_entity(x)
            if e and not (colon and listed(x, ante, tok)):
                cands.append((d, x.i, x))
        if colon:  # "los tres asentamientos capturados: Kamianske, en la región de Zaporiyia, Dehtiarne, ... y Popiv Yar"
            items = colon_list(ctx, tok.i + 1)
            if items:
                return uniq(e.id for e in items), 1, False
    if not cands and m.trigger.pos == "N" and tok.dep_ in ("obl", "obl:agent") and case_of(tok).startswith("por") \
            and "Part" in tok.head.morph.get("VerbForm"):
        # "el edificio residencial de Dnipró que fue derrumbado este sábado por el impacto de un misil": where the
        # thing struck is
        struck = tok.head.head if tok.head.dep_.startswith("acl") else next(
            (c for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        for x, d in [(struck, 1), *walk(struck, 2)] if struck is not None else []:
            e = ctx.place_entity(x)
            if e and x.dep_ in ("nmod", "flat", "appos") or x is struck and e:
                cands.append((d + 1, x.i, x))
    if not cands and tok.dep_ in ("obj", "nsubj", "nsubj:pass") and tok.head.dep_ in ("acl", "acl:relcl") and any(
            c.lower_ == "donde" for c in tok.head.children):  # "la capital, donde ha perpetrado ataques": there
        e = ctx.place_entity(tok.head.head)
        if e is not None:
            cands.append((2, tok.head.head.i, tok.head.head))
    held = tok if tok.dep_ == "obj" else tok.head if tok.dep_ == "nmod" and tok.head.dep_ == "obj" else None
    if not cands and held is not None and undergoes(ctx, held.head):
        # "la central nuclear de Zaporiyia sufrió tres impactos", "Ucrania sufriera una segunda andanada nocturna de
        # ataques aéreos" (the attacks of what it suffered)
        for c in held.head.children:
            x = named_place(ctx, c) if c.dep_ in ("nsubj", "nsubj:pass") else None
            if x is not None:
                cands.append((2, x.i, x))
    h = stage_noun(ctx, tok) if not cands and m.trigger.pos == "N" else None
    if h is not None:
        # "Debáltsevo se ha convertido en escenario de intensos combates": the subject is where they happen
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        if subj is None and h.dep_ in ("obl", "xcomp", "obj"):
            subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
        x = named_place(ctx, subj) if subj is not None else None
        if x is not None:
            cands.append((2, x.i, x))
    if not cands and m.trigger.pos == "N" and tok.dep_ == "nmod":
        # "el número de víctimas mortales de una explosión en un hospital de Gaza": the parser hangs the place on
        # the toll's head
        h, steps = tok.head, 0
        while steps < 2 and fold(h.lemma_) in TOLL_HEADS:
            for c in h.children:
                if c.dep_ == "nmod" and c.i > tok.i and case_of(c) in ("en", "sobre", "con", "contra"):
                    for x, d in [(c, 1), *walk(c, 3 if case_of(c) == "contra" else 2)]:
                        e = ctx.place_entity(x)
                        if case_of(c) == "contra" and any(y.pos_ in ("VERB", "AUX") for y in between_up(x, c)):
                            continue  # not "contra un tren que viajaba de Kramatorsk a Kiev": where the target went
                        if e and ctx.name_root(x, e) and (case_of(c) != "con" or "en" in (case_of(x), case_of(x.head))):
                            cands.append((2 + d, x.i, x))  # ("en los ataques ... con misiles rusos en la ciudad de
                            # Zaporiyia": the parser hung the weapons, and the place under them, on the toll; "La cifra
                            # de muertos del ataque ruso contra un edificio de apartamentos en la ciudad de Dnipro":
                            # the target, and where it stands)
            h, steps = h.head, steps + 1
    if not cands and m.trigger.pos == "N" and typ in ("attack", "clash") and (x := hung_target(ctx, tok)) is not None:
        cands.append((1, x.i, x))  # "respondieron al ataque a Sebastopol", "en un ataque de Moscú con misiles contra la
        # localidad de Leópolis": the parser hung the place on the verb
    if not cands and m.trigger.pos == "N" and (x := caused_there(ctx, tok)) is not None:
        cands.append((2, x.i, x))  # "ha provocado decenas de muertos en la estación de tren de Kramatorsk"
    if not cands and m.trigger.pos == "V" and tok.i + 1 < len(tok.doc) and tok.i > 0 \
            and tok.doc[tok.i - 1].dep_ == "det" and ctx.place_entity(tok.doc[tok.i + 1]) is not None:
        cands.append((1, tok.i + 1, tok.doc[tok.i + 1]))  # "instaladas en la anexionada Crimea": the name it
        # stands before, which the parser took for an object of the verb above
    if not cands:  # "bombardeos masivos dejaran 39 muertos en territorio ucraniano": the country of the demonym
        result = tok.dep_ == "nsubj" and fold(tok.head.lemma_) in ctx.lex.result
        for x, d in [*walk(tok, 3), *(walk(tok.head, 2) if result else ())]:
            if fold(x.lemma_) in TERRITORY and case_of(x).split()[:1] in (["en"], ["contra"], ["sobre"]):
                # (also "lanzó 27 drones kamikaze Shahed contra territorio ucraniano": the country aimed at)
                e = next((ctx.demonym(c.text) for c in x.children if c.dep_ == "amod" and ctx.demonym(c.text)), None)
                if e is not None:
                    return [e.id], d, False
    if not cands and (x := after_agent(ctx, tok) if m.trigger.pos == "N" else own_territory(ctx, tok)) is not None:
        cands.append((1, x.i, x))  # (or "Rusia derribó anoche sobre su territorio ...": the subject's country)
    # (a name tagged a place that is none: "declaró la organización en X." names the platform)
    cands = [c for c in cands if ctx.place_entity(c[2]) is not None]
    if not cands and not own_only:
        cands = [c for c in frame_places(ctx, tok) if ctx.place_entity(c[2]) is not None]
    if not cands:
        return [], 99, False
    # "buena parte de la provincia de Járkov, incluida la ciudad de Kúpiansk": one event per place
    for _, _, x in cands:
        y = x
        while y != tok and y.head != y:
            if fold(y.text) in INCLUDING and y.dep_ in ("acl", "amod", "advmod", "advcl"):
                h = y.head
                outer = ctx.place_entity(h) or next((ctx.place_entity(c) for c in h.children
                                                      if c.dep_ in ("nmod", "appos", "flat") and ctx.place_entity(c)), None)
                inner = ctx.place_entity(x)
                if outer and inner and outer.id != inner.id:
                    return [outer.id, inner.id], min(c[0] for c in cands), False
                break
            y = y.head
    for _, _, x in cands:  # "en otros municipios del Cauca, como Silvia, Corinto, ...": the places the list names
        members = like_list(ctx, x)
        if members:
            return in_text_order(ctx, uniq(e.id for e in members), tok.sent), min(c[0] for c in cands), False
    # "en la capital de los Emiratos Árabes Unidos, Abu Dabi": the apposition names the capital, the "de" phrase
    # only where it is
    for i, (d, _, x) in enumerate(cands):
        if x.dep_ == "nmod" and case_of(x) == "de" and fold(x.head.lemma_) in PLACE_NOUNS:
            named = next((c for c in x.head.children if c.dep_ == "appos" and c.i > x.i and ctx.place_entity(c)), None) \
                or _appos_after(ctx, x) or next((c for c in x.children if c.dep_ == "conj" and ctx.is_country(ctx.place_entity(x).id)
                         and c.doc[c.i - 1].text == "," and ctx.place_entity(c) and not any(
                             y.dep_ == "cc" for y in c.children)), None)  # ("de Ucrania, Járkov": taken for a list)
            if named is not None and not ctx.is_country(ctx.place_entity(named).id):  # (not "la región de Kursk, Rusia")
                cands[i] = (d, named.i, named)
    apart = targets_apart(ctx, tok)
    if len(apart) > 1:  # "ataques rusos contra una refinería en la ciudad de Kremenchug ... y una estación de bombeo de
        return in_text_order(ctx, apart, tok.sent), min(c[0] for c in cands), False  # gas en Lubny": one event each
    # the most specific place: a village before its region, a region before its country
    # (a place only far from or beside which it was, after the others: "a escasos kilómetros de la carretera entre las
    # ciudades de Dobropilia y Pokrovsk")
    def rank(c):
        return (ctx.is_country(ctx.place_entity(c[2]).id), is_water(c[2]), reference_point(c[2], tok),
                is_region(c[2]), granularity(c[2]) > 1, c[0], granularity(c[2]), c[1])
    cands.sort(key=rank)
    added = [c for c in cands if _added_phrase(tok, c[2])]
    if added and len(added) < len(cands):
        # "derribados sobre las regiones de Moscú y Kursk, así como en la península de Crimea": the phrase "así como"
        # adds is more places of the act (one event each), not a closer look at the phrase before
        places = []
        for group in ([c for c in cands if c not in added], added):
            best = group[0][2]
            for e in [ctx.place_entity(best), *coordinated_places(ctx, best)]:
                if e.id not in places:
                    places.append(e.id)
        return in_text_order(ctx, places, tok.sent), cands[0][0], False
    # (a name its noun calls a town or a village before a bare name nearer the trigger: "el control de la localidad
    # estratégica de Kalembe, también en Kivu del Norte")
    d0, _, best = cands[0]
    places = [ctx.place_entity(best).id]
    for e in [*coordinated_places(ctx, best), *counted_places(ctx, best, tok)]:  # "dos aldeas, A y B": one event per place
        if e.id not in places:
            places.append(e.id)
    return in_text_order(ctx, places, tok.sent), d0, is_region(best)


def announced_list(ctx, verb) -> list:
    """The places a colon lists after the verb's object, a count of place nouns ("otras dos localidades en Zaporiyia:
    Zelenni Gai y Dobropilia"), when the list has as many names as the count; else none."""
    for o in verb.children:
        if o.dep_ != "obj" or fold(o.lemma_) not in PLACE_NOUNS:
            continue
        n = count_of(o)
        colon = next((t.i for t in o.doc[o.i + 1:o.sent.end] if t.text == ":"), None)
        if n is None or colon is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct
                                             for t in o.doc[o.i + 1:colon]):
            continue
        items = colon_list(ctx, colon)
        if len(items) == n:
            return items
    return []


def pointed_scene(tok) -> bool:
    """Its place is pointed at ("En ese sitio, un grupo de sicarios atacó ...", "Allí, ..."): on the trigger, or
    as the sentence's frame, wherever the parser hung it."""
    if any(c.dep_ == "obl" and fold(c.lemma_) in POINTED_PLACES and case_of(c) == "en" and any(
            d.dep_ == "det" and fold(d.text) in DEFINITE_DETS for d in c.children)
           or c.dep_ == "advmod" and fold(c.text) in THERE for c in tok.children):
        return True
    words = [t for t in tok.sent if not t.is_space][:4]
    return len(words) == 4 and (words[0].lower_ == "en" and fold(words[1].text) in DEFINITE_DETS
                                and fold(words[2].lemma_) in POINTED_PLACES and words[3].text == ","
                                or fold(words[0].text) in THERE and words[1].text == ",")


def assign_arguments(ctx, m: Mention) -> None:
    tok, typ = m.tok, m.trigger.type
    places, depth, region = event_places(ctx, m)
    if not places and m.trigger.pos == "N" and tok.dep_ == "nsubj" and fold(tok.head.lemma_) in ONGOING:
        places = ongoing_places(ctx, tok.head)  # "los combates continúan en las afueras de X": X
    if m.trigger.pos == "N" and campaign_word(tok):
        # "la invasión rusa de Ucrania", "la guerra en Ucrania": the country the campaign names is its place
        named = [ctx.entity_at(c) for c in tok.children if c.dep_ == "nmod" and case_of(c) in ("de", "en")]
        country = next((e.id for e in named if e is not None and ctx.is_country(e.id)
                        and fold(e.name) not in GOVERNMENT_CAPITALS), None)  # not "la ofensiva de Moscú": who leads it
        if country:
            places, depth, region = [country], 1, False
    scene = pointed_scene(tok)
    if scene and depth > 1:
        # "En ese sitio, un grupo de sicarios atacó ... a una patrulla ..., que realizaba recorridos en la región,
        # ubicada en los límites de Michoacán": the place just named, not one deeper down
        places, depth, region = [], 99, False
    m.places, m.place_depth, m.region_place = places, depth, region
    # "irrumpieron en cuatro barrios de ... Mosul": a count of places to be named (the counted noun nearest the
    # trigger: "la conquista de otras cuatro localidades en la región de Járkov", not the region)
    for x, _ in sorted(walk(tok, 2), key=lambda p: (p[1], p[0].i)):
        if fold(x.lemma_) in PLACE_NOUNS and x.pos_ == "NOUN" and x.dep_ in ("obj", "obl", "nmod", "nsubj"):
            m.place_count = count_of(x)
            if m.place_count is not None:  # (and one more: "la toma de dos localidades de ... Donetsk y una tercera")
                m.place_count += sum(1 for c in x.children if c.dep_ == "conj" and fold(c.text) in ONE_MORE)
                break
    if not places:
        for x, d in sorted(walk(tok, 4), key=lambda p: p[1]):
            if d > 2 and not held_chain(x, tok):
                continue  # ("tomaron el control de la mayor parte de la ciudad": the town, through what is held of it)
            if fold(x.lemma_) in PLACE_NOUNS and x.pos_ == "NOUN" and x.dep_ in ("obj", "obl", "nmod", "nsubj"):
                m.place_noun = fold(x.lemma_)
                m.place_plural = x.morph.get("Number") == ["Plur"] or fold(x.text).endswith("s")
                d = 1 if held_chain(x, tok) else d
                m.place_def = (d == 1 or d == 2 and m.trigger.pos == "N" and fold(x.head.lemma_) in
                               ctx.lex.classes.get("forces", set())) and any(c.dep_ == "det" and c.lower_ in ("el", "la", "los", "las", "esta", "este",
                                                                               "dicha", "dicho") for c in x.children)
                break
        if m.place_noun is None and scene:
            m.place_noun, m.place_def, m.scene = "lugar", True, True
        # "Varias localidades cayeron en manos rusas": its own places are not named
        m.place_vague = any(fold(c.lemma_) in PLACE_NOUNS and c.dep_ in ("nsubj", "nsubj:pass", "obj", "obl") and any(
            d.dep_ == "det" and fold(d.text) in VAGUE_QUANTIFIERS for d in c.children) and not any(
            x.dep_ == "nummod" or (e := ctx.entity_at(x)) is not None and e.type == "LOC" for x in c.subtree)
            for c in tok.children)
        h = tok.head
        if m.place_noun is None and tok.dep_ == "acl" and fold(h.lemma_) in PLACE_NOUNS and typ == "territory_change" \
                and any(c.dep_ == "det" and c.lower_ in ("el", "la", "los", "las", "esta", "este") for c in h.children):
            m.place_noun, m.place_def = fold(h.lemma_), True  # "se trata de la mayor ciudad que cae en manos de X"
    actors: list[str] = []
    targets: list[str] = []
    passive = passive_aux(tok) or (m.tag == "part" and tok.dep_ in ("acl", "amod"))
    if m.trigger.pos == "V":
        for c in tok.children:
            eid = ctx.np_entity(c) if c.pos_ in ("NOUN", "PROPN", "PRON") else None
            case = case_of(c)
            if c.dep_ in ("nsubj", "nsubj:pass") and not misparsed_object(tok, c):
                if eid:
                    (targets if passive else actors).append(eid)
            elif c.dep_ in ("obl:agent",) or (c.dep_ == "obl" and case == "por" and passive):
                if eid:
                    actors.append(eid)
            elif c.dep_ in ("obj", "iobj") or case in ("a", "contra") or misparsed_object(tok, c):
                if eid and eid not in places:
                    targets.append(eid)
        if typ == "aid" and fold(tok.lemma_).startswith("recib"):
            actors, targets = [], actors + targets
        if tok.dep_ in ("acl", "amod") and not actors and not targets:
            # "globos rusos ... derribados", "reservistas reclutados en diciembre"
            eid = ctx.np_entity(tok.head)
            if eid and typ == "interception":
                targets.append(eid)
    else:
        actors += noun_actors(ctx, tok)
        for c in tok.children:
            case = case_of(c)
            eid = ctx.np_entity(c) if c.pos_ in ("NOUN", "PROPN") else None
            if eid and case.startswith(("contra", "a")) and eid not in places:
                targets.append(eid)
        if not actors:  # the subject of a light verb: "Rusia está llevando a cabo un ataque"
            h = tok.head
            if tok.dep_ in ("obj", "nsubj", "obl") and (fold(h.lemma_) in ctx.lex.light or h.lemma_ in ("haber",)):
                for c in h.children:
                    if c.dep_ == "nsubj":
                        eid = ctx.np_entity(c)
                        if eid:
                            actors.append(eid)
    if not actors and tok.dep_ in ("acl", "amod") and typ == "mobilization":
        root = tok.sent.root
        for c in root.children:
            if c.dep_ == "nsubj":
                eid = ctx.np_entity(c)
                if eid:
                    actors.append(eid)
    m.actors = uniq(a for a in actors if a not in places or typ in ("aid", "diplomacy"))
    m.targets = uniq(t for t in targets if t not in m.actors)


def given_by_state(ctx, tok, words: set[str]) -> bool:
    """A participle describing a noun of ``words`` that a state gave ("misiles de largo alcance proporcionados por
    Estados Unidos": what was supplied; not "unidades desplegadas", troops that are somewhere, nor "las armas
    entregadas por la guerrilla", handed over in a disarmament)."""
    return qualifying_participle(tok) and tok.i > tok.head.i \
        and (fold(tok.head.lemma_) in words or fold(tok.head.text).rstrip("s") in words) \
        and any(case_of(c) == "por" and (e := ctx.entity_at(c)) is not None and ctx.is_country(e.id) for c in tok.children)


def _appos_after(ctx, x):
    """The name set off by a comma right after the phrase ``x`` closes, hung by the parser higher up ("el control de la
    capital de Kivu Sur, Bukavu": "Bukavu" hangs on "control")."""
    i = x.right_edge.i + 2
    if i >= len(x.doc) or x.doc[i - 1].text != ",":
        return None
    c = x.doc[i]
    return c if c.dep_ == "appos" and c.head in x.ancestors and ctx.place_entity(c) else None
