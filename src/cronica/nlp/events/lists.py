"""Places an event names as a list: coordinated names ("Bélgorod y Kursk", "A, B y C"), the members a place noun
announces ("dos aldeas, A y B"), the names a colon enumerates ("los tres asentamientos capturados: A, ..., y B")."""
from __future__ import annotations

from ...names import fold
from ..syntax import case_of, uniq
from .words import PLACE_NOUNS


def colon_list(ctx, colon: int) -> list:
    """The places a colon enumerates up to the end of its sentence: each a name after the colon, a comma or "y"
    (not one after "de" or "en": "Kamianske, en la región de Zaporiyia, Dehtiarne, ..., y Popiv Yar")."""
    doc = ctx.doc
    end = doc[colon].sent.end
    out = []
    for t in doc[colon + 1:end]:
        e = ctx.place_entity(t) or ctx.entity_at(t)
        if e is None or e.type != "LOC" or e in out or not any(t.idx == a for a, _ in e.mentions):
            continue
        prev = doc[t.i - 1]
        if prev.text in (":", ",") or prev.lower_ in ("y", "e"):
            out.append(e)
    return out if len(out) > 1 else []


def _named_after_country(ctx, first) -> bool:
    """"la segunda ciudad más grande de Ucrania, Járkov": the name after a comma names the place noun the country
    only locates (the parser reads the two as a list)."""
    members = [c for c in first.children if c.dep_ == "conj"]
    return len(members) == 1 and first.dep_ == "nmod" and case_of(first) == "de" \
        and fold(first.head.lemma_) in PLACE_NOUNS and (e := ctx.place_entity(first)) is not None \
        and ctx.is_country(e.id) and (m := ctx.place_entity(members[0])) is not None and not ctx.is_country(m.id) \
        and first.doc[members[0].i - 1].text == "," and not any(k.dep_ == "cc" for k in members[0].children)


def listed(c, ante, tok) -> bool:
    """The list a colon opens after the participle: "los tres asentamientos capturados: Kamianske, ..., y Popiv Yar"."""
    return c.dep_ == "appos" and c.head.i == ante.i and c.i > tok.i and c.doc[c.i - 1].text == ":" \
        and all(not x.is_punct or x.text == ":" for x in c.doc[tok.i + 1:c.i])


def coordinated_places(ctx, tok) -> list:
    """The places coordinated with the place ``tok`` names: "Bélgorod y Kursk", "A, B, C y D",
    "y de la aldea de Lyptsi", and the members of the list a place noun announces ("dos aldeas, A y B",
    "los barrios de A, B y C", "ciudades como A, B y C")."""
    out = []
    first = tok
    if first.dep_ in ("nmod", "appos", "flat") and fold(first.head.lemma_) in PLACE_NOUNS and first.head.dep_ == "conj" \
            and ctx.place_entity(first.head.head) is not None:
        first = first.head  # "en las cercanías de Kupiansk y de la aldea de Synkivka": from the village's noun
    while first.dep_ == "conj" and first.head != first and ctx.place_entity(first.head) is not None:
        first = first.head  # the list's first member
    if first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and any(
            k.dep_ == "case" and k.lower_ == "de" for k in first.children):  # "... y de Huliaipole" hung on the verb:
        first = next((n for o in first.head.children if o.dep_ in ("obj", "nsubj:pass") and fold(o.lemma_) in PLACE_NOUNS
                      for n in o.children if n.dep_ == "nmod" and n.i < tok.i and ctx.place_entity(n)), first)
    if _between(first) or _named_after_country(ctx, first):
        return []  # "a caballo entre las fronteras de la región de Kharkiv y Luhansk": one area between them
    own = ctx.entity_at(first)
    members = [c for c in first.subtree if c.dep_ == "conj" and _in_list(c, first)]
    # "en Puerto Jordán, Arauca": one name after a comma, with no "y" before it, is where the first one is (its
    # department, region or country), not a second place of the list
    apposed = len(members) == 1 and not any(k.dep_ == "cc" for k in members[0].children) \
        and ctx.doc[members[0].i - 1].text == ","
    for c in [first, *first.subtree]:
        if apposed and c.i == members[0].i:
            continue
        # (a member hung on a word of the first one's own name: "en el golfo de Adén y Bab al-Mandab")
        if c is not first and not (c.dep_ == "conj" and (_in_list(c, first) or own is not None and c.head.i != first.i
                                                         and ctx.entity_at(c.head) is own and ctx.entity_at(c) is not own)):
            continue
        e = ctx.place_entity(c) or (ctx.entity_at(c) if c is not first else None)  # a listed name the NER mistyped
        if e is None and fold(c.lemma_) in PLACE_NOUNS:  # "y de la aldea de Lyptsi"
            e = next((ctx.place_entity(cc) for cc in c.children
                      if cc.dep_ in ("nmod", "appos", "flat") and ctx.place_entity(cc)), None)
        if e is not None and (e.type == "LOC" or c is not first) and e not in out:
            out.append(e)
    # "las ciudades de Kanduz y Sar-e Pol, en el norte del país, y Talukan": after an aside the parser hangs the
    # last member on the plural place noun (or on the verb); a name there is one more member of the list
    host = first.head
    if first.dep_ in ("nmod", "appos") and fold(host.lemma_) in PLACE_NOUNS and host.morph.get("Number") == ["Plur"]:
        late = [(c, True) for c in host.children if c.dep_ == "conj"]
        if host.dep_ in ("obj", "obl", "nsubj", "nsubj:pass") and host.head != host:
            late += [(c, False) for c in host.head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > first.i]
        for c, close in late:
            e = ctx.entity_at(c)
            if e is None or e in out or c.i > first.i + 25:
                continue
            # on the place noun itself: a place, or a name the NER mistook; on the verb: only a place
            if e.type == "LOC" or close and e.type in ("PER", "MISC") and len(e.mentions) == 1:
                out.append(e)
    elif first.dep_ == "nmod" and fold(host.lemma_) in PLACE_NOUNS and host.dep_ in ("obj", "nsubj:pass") \
            and any(k.dep_ == "case" and k.lower_ == "de" for k in first.children):
        # "han liberado la localidad de Mirnogrado, en Donetsk, y de Huliaipole, en Zaporiyia": a "y de X" the parser
        # hung on the verb is one more town of the place noun
        for c in host.head.children:
            e = ctx.entity_at(c)
            if c.dep_ == "conj" and c.i > first.i and e is not None and e.type == "LOC" and e not in out and any(
                    k.dep_ == "case" and k.lower_ == "de" for k in c.children):
                out.append(e)
    if first.dep_ == "nmod" and fold(first.head.lemma_) == "control" and case_of(first) == "de":
        # "recuperaron el control de Katogota (territorio de Uvira), Kaziba-centro (...) y Punto Cero (...)": after the
        # asides the parser hangs the other members on "control"
        for c in first.head.children:
            if c.i > first.i and c.dep_ in ("appos", "conj") and c.pos_ == "PROPN":
                e = ctx.place_entity(c) or ctx.entity_at(c)
                if e is not None and e not in out and (e.type == "LOC" or len(e.mentions) == 1):
                    out.append(e)
    if first.dep_ in ("obj", "nsubj:pass", "obl") and first.head.pos_ in ("VERB", "AUX"):
        # "afirmaron haber tomado Novoheorhiivka ..., junto con Kolodezi (...), y Voronoye": places added to the
        # verb's place with "junto con" (and their own list) are more of its places
        for c in first.head.children:
            # ("con" is fixed on "junto")
            if c.i > first.i and c.dep_ in ("obl", "nmod") and case_of(c).startswith("junto"):
                for x in (c, *(d for d in c.subtree if d.dep_ == "conj" and _in_list(d, c))):
                    e = ctx.place_entity(x) or ctx.entity_at(x)  # (a village the NER took for a name)
                    if e is not None and e not in out and (e.type == "LOC" or x.pos_ == "PROPN" and len(e.mentions) == 1):
                        out.append(e)
    if first.dep_ in ("nmod", "appos", "flat") and fold(first.head.lemma_) in PLACE_NOUNS:
        # "La ciudad de Járkov y otras localidades de las regiones de Sumy y Chernígov también han sido bombardeadas":
        # the places another place noun coordinated with the first one names are more places of the act
        for c in first.head.children:
            # (or the article standing for the noun: "sobre las regiones de Poltava ... y sobre las de Sumi, Cherníguiv
            # y Kiev")
            elided = c.pos_ == "DET" and any(k.dep_ == "case" and k.lower_ == "de" for k in c.children)
            if c.dep_ != "conj" or fold(c.lemma_) not in PLACE_NOUNS and not elided or ctx.place_entity(c) is not None:
                continue
            for x in c.subtree:
                e = ctx.place_entity(x) if x is not c and (x.dep_ in ("nmod", "appos", "flat", "conj")
                                                           or elided and x.head.i == c.i) else None
                if e is not None and e.type == "LOC" and case_of(x) in ("", "de", "del") and ctx.name_root(x, e) and e not in out:
                    out.append(e)
    host = first.head
    left = next((t for t in host.subtree if not t.is_punct), host)
    if first.dep_ in ("nmod", "flat") and host.dep_ == "appos" and len(out) > 1 and left.i > 1 \
            and ctx.doc[left.i - 1].text == ",":
        # "en la región de Jersón, la autoproclamada república popular de Donetsk y Mykolaiv": the parser hung the
        # list's later members, as an apposition, beside the first one; that first place leads the list
        for c in host.head.children:
            if c.i < host.i and c.dep_ in ("nmod", "obl") and case_of(c) == "en" and c.right_edge.i == left.i - 2:
                e = next((e for x in (c, *c.children) if (e := ctx.place_entity(x)) is not None), None)
                if e is not None and e.type == "LOC" and e not in out:
                    out.insert(0, e)
    out += [e for e in written_list(ctx, tok) if e not in out]  # (members the parser hung elsewhere)
    return [e for e in out if e is not ctx.place_entity(tok)]


LINKS = {",", "y", "e"}


def written_list(ctx, tok) -> list:
    """The places written as one list with the place ``tok`` names, however the parser hung its members: names
    joined by commas and a last "y" ("se hicieron con el control de Sujetske y Pankivski", "liberaron A, B y C"), a
    member's own whereabouts between commas or brackets left aside ("las localidades de A y B, en Donetsk, y de C, en
    Dnipropetrovsk"). A name a comma alone joins is where the one before it is ("en Puerto Jordán, Arauca"); a name
    that starts a clause is none ("... y Ucrania respondió")."""
    doc, sent = tok.doc, tok.sent
    own = ctx.place_entity(tok)
    if own is None or own.type != "LOC" or ctx.entity_at(tok) is not own:
        return []

    def member(i: int):  # the place whose name starts at token i, and the token after its name, or None
        if i >= sent.end:
            return None
        e = ctx.entity_at(doc[i])
        span = next(((a, b) for a, b in e.mentions if a == doc[i].idx), None) if e is not None else None
        if span is None or e.type != "LOC" or ctx.place_entity(doc[i]) is not e:
            return None
        j = i
        while j < sent.end and doc[j].idx < span[1]:
            j += 1
        if j < sent.end and doc[j].pos_ in ("VERB", "AUX"):
            return None
        return e, j

    def aside(i: int) -> int:  # the token after a bracket, or after ", en X," / ", al norte de X,", at i (else i)
        if doc[i].text == "(":
            close = next((k for k in range(i + 1, min(i + 15, sent.end)) if doc[k].text == ")"), None)
            return close + 1 if close is not None else i
        if doc[i].text == "," and i + 1 < sent.end and doc[i + 1].lower_ in ("en", "a", "al"):
            for k in range(i + 2, min(i + 10, sent.end)):
                if doc[k].text == ",":
                    return k if not any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:k]) else i
        return i

    start = tok.i
    while start > sent.start and ctx.entity_at(doc[start - 1]) is own:
        start -= 1
    first = member(start)
    if first is None:
        return []
    out, joined, i = [own], False, first[1]
    while i < sent.end:  # forward: ", B", "y C", ", y de D"
        j = aside(i)
        seps = []
        while j < sent.end and doc[j].lower_ in LINKS:
            seps.append(doc[j].lower_)
            j += 1
        if not seps or joined and not {"y", "e"} & set(seps):
            break  # (after the "y", only one more "y": "A y B, y de C"; not "A y B, Donetsk": where they are)
        if j < sent.end and doc[j].lower_ in ("de", "en"):
            j += 1
        found = member(j)
        if found is None or found[0] in out:
            break
        out.append(found[0])
        i = found[1]
        joined = joined or "y" in seps or "e" in seps
    k = start
    while k - 2 >= sent.start:  # backward: "A, B y" before the place (a "y" only before the list's last member)
        sep = doc[k - 1].lower_
        if sep not in LINKS or sep != "," and len(out) > 1:
            break
        b = a = k - 2
        while a > sent.start and ctx.entity_at(doc[a - 1]) is not None \
                and ctx.entity_at(doc[a - 1]) is ctx.entity_at(doc[b]):
            a -= 1  # (to the start of the name before)
        found = member(a)
        if found is None or found[1] != k - 1 or found[0] in out:
            break
        joined = joined or sep != ","
        out.insert(0, found[0])
        k = a
    if not joined or len(out) < 2 or any(t.lower_ == "entre" for t in doc[max(sent.start, k - 4):k]):
        return []
    return [e for e in out if not ctx.is_country(e.id) or ctx.is_country(own.id)]


def _between(tok) -> bool:
    """Is the noun phrase around ``tok`` introduced by "entre" (up its chain of nouns)?"""
    y = tok
    for _ in range(4):
        if any(x.dep_ == "case" and x.lower_ == "entre" for x in y.children):
            return True
        if y.head == y or y.head.pos_ not in ("NOUN", "PROPN") or y.dep_ not in ("nmod", "appos", "flat", "conj"):
            return False
        y = y.head
    return False


def _in_list(c, first) -> bool:
    """A conjunct whose chain of heads up to the list's first member is all conjuncts."""
    x = c
    while x.dep_ == "conj" and x.head != x:
        x = x.head
        if x == first:
            return True
    return False


COUNT_WORDS = {"uno", "una", "otro", "otra", "otros", "otras"}
WHERE = {"sobre", "en"}


def counted_places(ctx, tok, trigger) -> list:
    """The other places a count is shared out over, in the sentence of the place ``tok`` names.

    Parenthesised counts: "abatidos sobrevolando el mar Negro (14), en la región de Volgogrado (9), ... y la región
    de Rostov (7)". A count with its place and the verb left out: "ocho drones ucranianos sobre la región de Bélgorod
    y tres sobre el mar Negro", "interceptados en la región de Krasnodar, dos en Bélgorod y uno en el mar de Azov"."""
    doc, sent = tok.doc, tok.sent
    if not any(t.text == "(" or (t.like_num or t.lower_ in COUNT_WORDS) and t.i > sent.start
               and (doc[t.i - 1].text in (",", ";") or doc[t.i - 1].lower_ in ("y", "e") or also(doc, t.i - 1))
               for t in sent):
        return []  # no count in parentheses, none after a comma or "y": no list of counts (most sentences)
    own = ctx.place_entity(tok)
    if own is None:
        return []

    def after(t) -> int:  # the first token after the name ``t`` starts
        e = ctx.entity_at(t)
        span = next(((a, b) for a, b in e.mentions if a <= t.idx < b), None) if e is not None else None
        i = t.i + 1
        while span is not None and i < sent.end and doc[i].idx < span[1]:
            i += 1
        return i

    def counted(i: int) -> bool:  # "(14)"
        return i + 2 < sent.end and doc[i].text == "(" and doc[i + 1].like_num and doc[i + 2].text == ")"

    starts = [t for t in sent if ctx.place_entity(t) is not None and (t.i == sent.start or ctx.entity_at(doc[t.i - 1])
                                                                     is not ctx.entity_at(t))]
    paren = [t for t in starts if counted(after(t))]
    members = paren if len(paren) > 1 else gapped(ctx, sent, starts, after)
    if not any(ctx.place_entity(t) is own for t in members) or members[0].i <= trigger.i <= members[-1].i \
            and trigger.dep_ in ("amod", "acl"):
        return []  # (a participle inside the list is no event of each member: "Crimea (7), anexionada por Rusia")
    listed = [e for t in members for e in (ctx.place_entity(t), *written_list(ctx, t))]  # ("y 3 sobre ... las
    # provincias de Bélgorod y Astracán": both)
    return uniq(e for e in listed if e is not None and e is not own and e.type == "LOC")


def also(doc, i: int) -> bool:
    """The "como" of "así como" at ``i`` ("18 ... sobre la provincia de Briansk, así como 15 sobre la región de
    Krasnodar": one more member of a list)."""
    return i > 0 and doc[i].lower_ == "como" and doc[i - 1].lower_ == "así"


def gapped(ctx, sent, starts, after) -> list:
    """The place names of a list whose later members are a count and a place with the verb left out ("... sobre la
    región de Bélgorod y tres sobre el mar Negro"): the name before the first such member, then each member's."""
    doc = sent.doc
    out, i, first_sep = [], sent.start, None
    while i < sent.end:
        if doc[i].text not in (",", ";") and doc[i].lower_ not in ("y", "e"):
            i += 1
            continue
        j = i + 1
        if j < sent.end and doc[j].lower_ in ("y", "e"):
            j += 1
        elif j + 1 < sent.end and also(doc, j + 1):
            j += 2  # ", así como 15 sobre la región de Krasnodar"
        if j + 3 < sent.end and doc[j].lower_ in WHERE and doc[j + 1].lower_ in ("la", "el", "las", "los") \
                and doc[j + 2].lower_ == "de" and doc[j + 3] in starts:
            first_sep = i if first_sep is None else first_sep  # "... y en la de Leningrado, 28": the noun left out
            out.append(doc[j + 3])
            i = after(doc[j + 3])
            continue
        if j + 1 < sent.end and doc[j].lower_ in COUNT_WORDS and doc[j + 1].like_num:
            j += 1  # "y otros tres en Kursk"
        if not (j < sent.end and (doc[j].like_num or doc[j].lower_ in COUNT_WORDS)):
            i += 1
            continue
        k = j + 1
        while doc[j].like_num and k < min(j + 7, sent.end) and doc[k].lower_ not in WHERE \
                and doc[k].pos_ not in ("VERB", "AUX", "PUNCT", "ADP", "DET"):
            k += 1  # what a number counts ("tres vehículos aéreos no tripulados sobre"); "uno" and "otro" stand alone
            # (not "y 20 lesionadas tras el ataque armado en ...": no place counted)
        place = next((t for t in doc[k + 1:min(k + 9, sent.end)] if t in starts), None) \
            if k < sent.end and doc[k].lower_ in WHERE else None
        if place is None or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[k + 1:place.i]):
            i += 1
            continue
        first_sep = i if first_sep is None else first_sep
        out.append(place)
        i = after(place)
    # the first member is a place told as where too ("sobre la región de Bélgorod y tres sobre el mar Negro"; not
    # "Ucrania reportó ataques rusos que causaron una muerte y 12 heridos en la región de Jersón": who reported)
    head = [t for t in starts if first_sep is not None and t.i < first_sep and told_where(t) and not fronted(t, after)]
    if out and head:
        return [head[-1], *out]
    # (every member a count and its place, the total told before them: "siete drones, cinco sobre Voronezh y uno sobre
    # Bélgorod y Briansk")
    return out if len(out) > 1 else []


def fronted(t, after) -> bool:
    """Is the name ``t`` the place a sentence opens with, set off by a comma ("En Ucrania, un nuevo ataque de Rusia deja
    al menos cinco muertos y ocho heridos en Zaporiya": the frame of the whole report, no member of a list)?"""
    end = after(t)
    return t.i - t.sent.start <= 3 and end < t.sent.end and t.doc[end].text == ","


def told_where(t) -> bool:
    """Does the noun phrase of the name ``t`` start with "en" or "sobre" ("sobre el territorio de la región de
    Voronezh")?"""
    i = t.i - 1
    while i >= max(t.sent.start, t.i - 8) and t.doc[i].pos_ in ("DET", "ADP", "NOUN", "ADJ", "PROPN"):
        if t.doc[i].lower_ in WHERE:
            return True
        i -= 1
    return False


def in_text_order(ctx, places: list[str], sent) -> list[str]:
    """The places of one report of several in the order its sentence names them (one event each, in that order)."""
    lo, hi = sent.start_char, sent.end_char
    return sorted(places, key=lambda p: min((a for a, _ in ctx.ents[p].mentions if lo <= a < hi), default=hi))


def like_list(ctx, x) -> list:
    """"en otros municipios del Cauca, como Silvia, Corinto, Padilla y la capital departamental, Popayán": the places a
    "como" list under the place ``x`` names (the parser hangs it on the region's name), each one a place of its own."""
    head = next((c for c in x.children if c.i > x.i and ctx.place_entity(c) is not None
                 and any(k.dep_ in ("mark", "case") and fold(k.text) == "como" for k in c.children)), None)
    if head is None:
        return []
    out = []
    for c in (head, *head.subtree):
        if c is not head and not (c.dep_ == "conj" and _in_list(c, head)
                                  or c.dep_ in ("flat", "appos") and c.head.i == head.i and c.i > head.i + 1):
            continue
        e = ctx.place_entity(c)
        if e is not None and e.type == "LOC" and e not in out:
            out.append(e)
    return out if len(out) > 1 else []


HELD_PARTS = {"control", "parte", "resto", "totalidad", "mayoria"}


def held_chain(x, tok) -> bool:
    """Is ``x`` reached from ``tok`` only through what is held of a place ("el control de la mayor parte de")?"""
    y = x.head
    while y.i != tok.i:
        if fold(y.lemma_) not in HELD_PARTS or y.head.i == y.i:
            return False
        y = y.head
    return x.head.i != tok.i
