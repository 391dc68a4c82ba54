"""Name normalisation shared by every layer: accent folding and a transliteration-aware key.

``translit_key`` maps the spellings the Spanish and English press use for the same
Slavic name to one key: ``Bakhmut``/``Bajmut``, ``Zelenskiy``/``Zelensky``/``Zelenski``/
``Zelenskyy``, ``Dimitri``/``Dmitri``, ``Kharkiv``/``Járkov``, ``Avdiivka``/``Avdeevka``/
``Avdiyivka``. It is deliberately lossy; callers combine it with type and context.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Lower case, no accents, single spaces (cached: the rule stages fold the same words again and again)."""
    if s.isascii():
        return _WS.sub(" ", s).strip().lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _WS.sub(" ", s).strip().casefold()


# ordered rewrites applied to a folded name (Latin script)
_RULES = [
    (r"[''`´’]", ""),
    (r"[-‐–]", " "),
    (r"shch", "sch"),
    (r"kh", "j"),       # Kharkiv -> jarkiv ; Bakhmut -> bajmut
    (r"zh", "y"),       # Zaporizhzhia -> zaporiyia ; Zhytomyr -> yitomir
    (r"ch", "ch"),
    (r"ts", "ts"),
    (r"x", "ks"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"h", "j"),        # Ganna/Hanna? keeps Hanna->janna, consistent with kh->j
    (r"iy\b", "i"),     # Zelenskiy -> zelenski
    (r"yy\b", "i"),     # Zelenskyy -> zelenski
    (r"yi", "i"),       # Avdiyivka -> avdiivka -> avdivka
    (r"ii", "i"),
    (r"y", "i"),
    (r"ee", "e"),
    (r"ck", "k"),
    (r"c(?=[aou])", "k"),
    (r"q", "k"),
    (r"(.)\1", r"\1"),  # double letters
]
_COMPILED = [(re.compile(a), b) for a, b in _RULES]


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    s = fold(name)
    for rx, rep in _COMPILED:
        s = rx.sub(rep, s)
    s = re.sub(r"[^a-z0-9 ]", "", s)
    return _WS.sub(" ", s).strip()


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """``translit_key`` without inner vowels: Avdiivka/Avdeevka -> avdvk, Dimitri/Dmitri -> dmtr."""
    out = []
    for w in translit_key(name).split():
        out.append(w[0] + re.sub(r"[aeiou]", "", w[1:]))
    return " ".join(out)


def initials(name: str) -> str:
    """Acronym of the capitalised words: Organismo Internacional de Energía Atómica -> OIEA."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def whole_words(text: str, forms: list[str]):
    """(start, end) of each occurrence of any of ``forms`` as whole words in ``text``, in text order.

    A string search, not a regular expression built per name: such patterns push spaCy's own lemma rules out of
    the regular-expression cache, which then compiles them again for every article."""
    spans = []
    for form in forms:
        i = text.find(form)
        while i >= 0:
            e = i + len(form)
            if not (i and _wordchar(text[i - 1])) and not (e < len(text) and _wordchar(text[e])):
                spans.append((i, e))
                i = text.find(form, e)
            else:
                i = text.find(form, i + 1)
    return sorted(spans)


def _wordchar(c: str) -> bool:
    return c.isalnum() or c == "_"
