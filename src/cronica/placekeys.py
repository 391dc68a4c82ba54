"""The keys under which the gazetteer files a place name, shared by every layer that touches it.

The index is built from reference data (:mod:`cronica.ingest.gazetteer`), stored and queried by
:mod:`cronica.store.gazetteer`, and read by the geocoder (:mod:`cronica.link.geocode`); all three
must fold a name the same way, so the keys live here, below all of them. Pure text, no I/O.

``key`` is :func:`fold` of a name (lowercase, no accents, punctuation to spaces); ``skel`` is
:func:`skeleton`, which also merges the spelling variants of Slavic names in the Spanish press
(``kh``/``j``/``h``, ``zh``/``y``, ``g``/``h``, ``y``/``i``, doubled letters, spaces and hyphens),
so ``Bajmut``, ``Bakhmut`` and ``Bahmut`` or ``Zaporiyia`` and ``Zaporizhzhia`` meet.

Not the same folding as :func:`cronica.names.fold` (entity names): changing either changes the
keys of a built index, whose ``meta`` version must then be raised.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# name kinds of the index's ``name`` table (lower is stronger)
KIND_ES, KIND_NAME, KIND_ALT, KIND_TRANSLIT = 0, 1, 2, 3

APOSTROPHES = "'’ʼʹ`´‘\u02bb\u02bc"
_PUNCT = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1 << 16)  # called for the same gazetteer names over and over while geocoding
def fold(s: str) -> str:
    """Lowercase, strip accents, drop apostrophes, other punctuation to single spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ı", "i")
    for a in APOSTROPHES:
        s = s.replace(a, "")
    return _PUNCT.sub(" ", s).strip()


_SKEL_RULES = (
    ("shch", "sch"), ("kh", "h"), ("j", "h"), ("zh", "y"), ("g", "h"),
    ("y", "i"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "k"),
)
_DOUBLE = re.compile(r"(.)\1+")


def skeleton(s: str) -> str:
    """A coarse transliteration-insensitive key for Slavic names as the Spanish press writes them.

    The input may be raw or folded. Letters only; ``kh``/``j``/``g`` -> ``h``, ``zh``/``y`` -> ``i``,
    doubled letters collapsed, so ``Bajmut``/``Bakhmut``/``Bahmut`` -> ``bahmut`` and
    ``Zaporiyia``/``Zaporizhzhia``/``Zaporizhzhya`` -> ``zaporiia`` -> ``zaporia``.
    """
    s = fold(s).replace(" ", "")
    for a, b in _SKEL_RULES:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


# Ukrainian national transliteration (Cabinet of Ministers of Ukraine resolution 55, 2010)
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # Russian letters that turn up in mixed data
    "ы": "y", "э": "e", "ъ": "", "ё": "io",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def translit_uk(s: str) -> str:
    """Romanize Ukrainian Cyrillic by the 2010 KMU rules (``зг`` -> ``zgh``, word-initial є ї й ю я)."""
    out = []
    prev_letter = False
    low = s.lower()
    for i, ch in enumerate(s):
        lc = low[i]
        if lc in APOSTROPHES or lc == "\u02bc":
            continue  # the apostrophe is not rendered
        if lc in _UK:
            if not prev_letter and lc in _UK_INITIAL:
                r = _UK_INITIAL[lc]
            elif lc == "г" and i > 0 and low[i - 1] == "з":
                r = "gh"
            else:
                r = _UK[lc]
            if ch != lc and r:
                r = r[0].upper() + r[1:]
            out.append(r)
            prev_letter = True
        else:
            out.append(ch)
            prev_letter = ch.isalpha()
    return "".join(out)


def is_cyrillic(s: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in s)
