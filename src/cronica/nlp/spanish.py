"""Spanish morphology the rule stages share: verb forms and their tense/mood, noun plurals, participles.

spaCy's lemmatiser and tagger miss rare verb forms and read many participles as adjectives; rules that
must recognise a trigger verb in every form generate the forms here instead (regular paradigms; irregular
forms come from the lexicons as data).
"""
from __future__ import annotations

from typing import Optional

from .. import resources
from ..names import fold


def grammar(name: str) -> frozenset[str]:
    """A closed class of grammar words (articles, demonstratives, relatives, clitics ...): ``es/words/grammar.tsv``
    holds the one copy of each."""
    return resources.words("es/words/grammar.tsv", name)


# courtesy titles before a surname ("el Sr. Zelensky", translations of the English-language press)
HONORIFICS = frozenset({"sr.", "sra.", "srta.", "dr.", "dra.", "sres.", "sras."})

_AR = {
    "pres": ["o", "as", "a", "amos", "áis", "an"], "past": ["é", "aste", "ó", "amos", "asteis", "aron"],
    "impf": ["aba", "abas", "ábamos", "abais", "aban"], "fut": ["aré", "arás", "ará", "aremos", "aréis", "arán"],
    "cond": ["aría", "arías", "aríamos", "aríais", "arían"], "subj": ["e", "es", "emos", "éis", "en"],
    "subj_past": ["ara", "aras", "áramos", "arais", "aran", "ase", "ases", "asen"],
    "part": ["ado", "ada", "ados", "adas"], "ger": ["ando"], "inf": ["ar"],
}
_ER = {
    "pres": ["o", "es", "e", "emos", "éis", "en"], "past": ["í", "iste", "ió", "imos", "isteis", "ieron"],
    "impf": ["ía", "ías", "íamos", "íais", "ían"], "fut": ["eré", "erás", "erá", "eremos", "eréis", "erán"],
    "cond": ["ería", "erías", "eríamos", "eríais", "erían"], "subj": ["a", "as", "amos", "áis", "an"],
    "subj_past": ["iera", "ieras", "iéramos", "ierais", "ieran", "iese", "iesen"],
    "part": ["ido", "ida", "idos", "idas"], "ger": ["iendo"], "inf": ["er"],
}
_IR = dict(_ER, pres=["o", "es", "e", "imos", "ís", "en"], fut=["iré", "irás", "irá", "iremos", "iréis", "irán"],
           cond=["iría", "irías", "iríamos", "iríais", "irían"], inf=["ir"])
_SOFT = {"c": "qu", "g": "gu", "z": "c"}  # -ar stems before e: atacar -> ataqué, entregar -> entregue


def conjugate(lemma: str) -> dict[str, str]:
    """Every simple form of a regular Spanish verb -> its tense/mood tag (``part``, ``cond`` ...)."""
    base = lemma[:-2] if lemma.endswith("se") else lemma
    stem, conj = base[:-2], base[-2:]
    table = {"ar": _AR, "er": _ER, "ir": _IR}.get(conj)
    out: dict[str, str] = {}
    if table is None:
        return out
    for tag, ends in table.items():
        for end in ends:
            s = stem
            if conj == "ar" and end[:1] in ("e", "é") and stem[-1:] in _SOFT:
                s = stem[:-1] + _SOFT[stem[-1]]
            if conj != "ar" and stem[-1:] in "aeiou" and stem and end.startswith("i") and end not in ("í", "imos") \
                    and len(end) > 1 and end[1] in "eoó":  # destruyó, cayeron
                end = "y" + end[1:]
            if conj == "ir" and stem.endswith("u") and tag in ("pres", "subj") and end[:1] in "oaee" and end not in ("imos", "ís"):
                s = stem + "y"  # destruye, destruyan
            out.setdefault(s + end, tag)
    for clitic in ("se", "lo", "la", "los", "las"):  # retirarse, retirándose
        out.setdefault(base + clitic, "inf")
    ger = stem + ("ando" if conj == "ar" else "iendo")
    accented = ger.replace("ando", "ándo").replace("iendo", "iéndo")
    out.setdefault(accented + "se", "ger")
    return out


_IRREG_STEMS = ("tendr", "podr", "habr", "har", "dir", "sabr", "pondr", "saldr", "vendr", "querr", "cabr", "valdr")


def verb_tag(word: str) -> Optional[str]:
    """``cond`` / ``fut`` / ``subj`` / ``subj_past`` for any finite verb (auxiliaries and modals too)."""
    w = word.lower()
    for end, tag in (("íamos", "cond"), ("íais", "cond"), ("ían", "cond"), ("ías", "cond"), ("ía", "cond"),
                     ("emos", "fut"), ("éis", "fut"), ("án", "fut"), ("ás", "fut"), ("á", "fut"), ("é", "fut")):
        if w.endswith(end):
            st = w[: -len(end)]
            if st.endswith(("ar", "er", "ir")) and len(st) >= 3 or st.endswith(_IRREG_STEMS):
                return tag
    if w in ("haya", "hayan", "sea", "sean", "vaya", "vayan", "pueda", "puedan", "esté", "estén"):
        return "subj"
    if w in ("hubiera", "hubieran", "hubiese", "hubiesen", "fuera", "fueran", "fuese", "fuesen", "pudiera", "pudieran"):
        return "subj_past"
    return None


def already_told(verb) -> bool:
    """A verb in the indicative past or present, simple or with "haber" ("anunció", "anuncia", "ha anunciado")."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "haber")):
        if v.morph.get("Mood") == ["Ind"] and v.morph.get("Tense") in (["Past"], ["Pres"], ["Imp"]):
            return True
    return False


def token_mood(tok) -> Optional[str]:
    """``cond`` / ``fut`` / ``subj`` / ``subj_past`` of a finite verb token: spaCy's morphology first
    (``Mood=Cnd``, ``Tense=Fut``, ``Mood=Sub``), the regular paradigms when the tagger says nothing (it
    misses rare forms)."""
    mood, tense = tok.morph.get("Mood"), tok.morph.get("Tense")
    if mood == ["Cnd"]:
        return "cond"
    if tense == ["Fut"]:
        return "fut"
    if mood == ["Sub"]:
        return "subj_past" if tense in (["Imp"], ["Past"]) else "subj"
    return verb_tag(tok.text)


def noun_forms(lemma: str) -> set[str]:
    f = fold(lemma)
    out = {f, f + "s", f + "es"}
    if f.endswith("z"):
        out.add(f[:-1] + "ces")
    return out


def in_either_gender(word: str, words) -> bool:
    """Is ``word``, or its masculine form, one of ``words``? (The model lemmatises a feminine noun as itself:
    "anciana", "niña".)"""
    return word in words or word.endswith("a") and word[:-1] + "o" in words


PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")  # (folded)


def looks_participle(tok) -> bool:
    """A participle by its form, whatever the tagger made of it ("anexionada" tagged an adjective)."""
    return "Part" in tok.morph.get("VerbForm") or fold(tok.text).endswith(PARTICIPLE_ENDINGS)


def participle_lemma(tok) -> set[str]:
    """Infinitives a participle may come from (spaCy lemmatises "celebrada" as the adjective "celebrado")."""
    w = fold(tok.text)
    out = {fold(tok.lemma_)}
    for end, infs in (("ados", ("ar",)), ("adas", ("ar",)), ("ado", ("ar",)), ("ada", ("ar",)),
                      ("idos", ("er", "ir")), ("idas", ("er", "ir")), ("ido", ("er", "ir")), ("ida", ("er", "ir"))):
        if w.endswith(end):
            out.update(w[: -len(end)] + i for i in infs)
            break
    return out



__all__ = ["conjugate", "verb_tag", "token_mood", "noun_forms", "participle_lemma", "looks_participle",
           "PARTICIPLE_ENDINGS"]
