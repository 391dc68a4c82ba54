"""Name chunks: the capitalised runs inside a span the statistical NER tagged, cut where a name ends (a title's
portfolio, a platform, an outlet spoken to)."""
from __future__ import annotations

from ... import resources
from ..spanish import HONORIFICS
from .lexicon import _ARABIC_ARTICLE, CONNECTORS, DETERMINERS, LEADING_JUNK, _is_cap


_KEPT_ARTICLES = DETERMINERS | {"the"}


def name_chunks(doc, ent, org_heads, portfolios, platforms) -> list[tuple[int, int]]:
    """Capitalised name chunks (token index ranges) inside an NER span."""
    toks = list(ent)
    out, cur = [], []
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        sent_start = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].text in {"\n", "\n\n", "\"", "«", "“", "(", "-"})
        cap = (_is_cap(tok) and not tok.is_punct) or bool(_ARABIC_ARTICLE.match(tok.text))  # "Suq al-Khamis"
        if cap and sent_start and tok.pos_ not in ("PROPN",) and low in LEADING_JUNK | {"más", "pero", "sí", "no"}:
            cap = False
        arabic = tok.text == "Al" and not sent_start  # the contraction "al" is never capitalised mid-sentence
        if cap and low in DETERMINERS and not cur and not arabic and (
                sent_start or doc[tok.i - 1].is_punct or not tok.text[0].isupper()
                or not doc[tok.i - 1].text[-1].isalnum()):  # "(EFE).- El Ministerio": one token before it
            cap = False  # "El Ministerio ..." opening a sentence; mid-sentence "La Paz", "Los Ángeles" keep it
        if cap:
            cur.append(tok.i)
        elif cur and low in CONNECTORS and i + 1 < len(toks):
            cur.append(tok.i)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    spans = []
    for c in out:
        while c and doc[c[-1]].text.lower() in CONNECTORS:
            c = c[:-1]
        while c and doc[c[0]].text.lower() in HONORIFICS:
            c = c[1:]  # "el Sr. Zelensky" (translations of the English press): the name without the courtesy
        while c and doc[c[0]].text.lower() in CONNECTORS and not (
                doc[c[0]].text[0].isupper() and doc[c[0]].text.lower() in _KEPT_ARTICLES):
            # kept "La" of "La Haya", "The" of "The Associated Press"
            c = c[1:]
        if len(c) > 1 and doc[c[-1]].like_num and c[-1] + 1 < len(doc) and doc[c[-1] + 1].pos_ == "NOUN" \
                and doc[c[-1] + 1].text.islower():
            c = c[:-1]  # "el Ayuntamiento 9 días después": a count of the next noun, not part of the name
        if not c:
            continue
        # "ministros de Defensa de la OTAN": the portfolio belongs to a title, the name follows
        words = [doc[i].text for i in c]
        whole = " ".join(words)
        # "Defensa Civil de la Franja": a head of two words that opens an organisation's name
        named = any(" " in h and (whole.startswith(h + " ") or whole == h) for h in org_heads)
        for n in range(len(words), 0, -1):
            if not named and " ".join(words[:n]) in portfolios:
                rest = c[n:]
                while rest and doc[rest[0]].text.lower() in CONNECTORS:
                    rest = rest[1:]
                c = rest
                break
        if len(c) > 1 and doc[c[0]].text in platforms and c[0] > 0 \
                and doc[c[0] - 1].lower_ in ("en", "canal", "cuenta", "plataforma"):
            # "dijo en Telegram Oleksander Kamyshin", "según el canal Telegram DeepState": the platform, then who wrote
            spans.append((c[0], c[0] + 1))
            c = c[1:]
        if c:
            spans.append((c[0], c[-1] + 1))
    return spans


# an outlet's name ends in one of these words ("Blu Radio", "Caracol Televisión"; name_cues_es.tsv, kind "end")
_OUTLET_ENDS = frozenset(w for kind, _, w in resources.table("name_cues_es.tsv") if kind == "end")


def split_outlet(doc, chunks: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """"indicó a Blu Radio Celso Rincón, personero de ...": the outlet spoken to and the speaker right after it, which
    the tagger ran into one name (a name after "a" that follows a verb, an outlet word inside it, two capitalised words
    after that)."""
    out = []
    for a, b in chunks:
        k = next((i for i in range(a + 1, b - 2) if doc[i].lower_ in _OUTLET_ENDS), None)
        if k is not None and a > 1 and doc[a - 1].lower_ == "a" and doc[a - 2].pos_ == "VERB" \
                and all(t.text[:1].isupper() for t in doc[k + 1:b]):
            out += [(a, k + 1, "ORG"), (k + 1, b, "PER")]
        else:
            out.append((a, b, None))
    return out
