"""Stage ``cronica_layout_v1``: the article's layout, found once for every later stage.

What a reader sees before reading: where paragraphs start and end (a newline inside a sentence,
as in text copied from wire feeds, e-mail or PDFs, is a *hard wrap*, not a paragraph break),
headline lines, the wire dateline (``KIEV, 31 jul (EFE).-``), hashtags and quotations (a quotation
left open at a paragraph's end runs on when the next paragraph opens with a quotation mark, the
press convention).

Hard wraps are undone before tokenising: :func:`unwrap` turns each wrap newline into a space, so
the text the parser reads has the same length and offsets as the article and a sentence is never
cut at a line end (see :class:`UnwrappingTokenizer`). Everything here is a pure function of the
text; the component only stores the result on ``doc._.layout``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from spacy.language import Language

from .. import resources
from ..errors import PipelineError
from .dateline import Dateline, find_dateline
from .doc import text_of
from .stage import Stage

Span = tuple[int, int]

QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
_END_PUNCT = ".!?:;»”\")]…"


# --------------------------------------------------------------------------- hard wraps

_OPEN_ENDS = resources.words("es/words/layout.tsv", "open_ends")  # no sentence ends with these


def _lines(text: str) -> list[Span]:
    """Line spans (without the newline; a ``\\r`` before it is left out too)."""
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        end = m.start()
        out.append((start, end - 1 if end > start and text[end - 1] == "\r" else end))
        start = m.end()
    out.append((start, len(text)))
    return out


def wrap_widths(lines: list[Span]) -> Optional[tuple[int, int]]:
    """For the lines of a hard-wrapped text: the width it was wrapped at (the length of its longest ordinary lines)
    and the length from which a line counts as full (most lines reach it); None for text that is not wrapped.

    Wrapped text has most lines of about one length (the width less part of a word); paragraph
    text has lines of every length, most far longer than a screen line."""
    lens = sorted(b - a for a, b in lines if b > a)
    if len(lens) < 4:
        return None
    width = lens[int(0.9 * (len(lens) - 1))]
    if width > 130 or width < 30:
        return None
    full = [n for n in lens if n >= 0.75 * width]
    if len(full) < 0.6 * len(lens):
        return None
    return width, int(0.9 * lens[int(0.4 * (len(lens) - 1))])


def wrap_breaks(text: str) -> list[int]:
    """Offsets of the newlines that are hard wraps inside a paragraph (not paragraph breaks)."""
    lines = _lines(text)
    widths = wrap_widths(lines)
    full, least = widths if widths is not None else (None, None)
    out = []
    for (a, b), (c, d) in zip(lines, lines[1:]):
        if b == a or d == c:  # a blank line: a paragraph break
            continue
        nxt = text[c:d].lstrip()
        if not nxt:
            continue
        last = text[b - 1]
        if full is not None:
            # a full line runs on (text broken at the first space past a width), and so does a shorter one when the
            # next line's first word would not have fitted on it (text wrapped within a width); a line with room
            # left ends its paragraph (headlines, datelines, last lines)
            wrap = (b - a) >= least or (b - a) + 1 + len(nxt.split()[0]) > full
            if wrap and last in ".!?»”\"" and nxt[0] in "«“\"—–-":
                wrap = False  # a sentence ends the line and a quotation or a dash opens the next: a new paragraph
        else:
            # paragraph text: only a line that stops mid-sentence before a lower-case word runs on, or one that
            # ends with a word no sentence ends with ("Ucrania ha acusado a\nRusia de destruir ...")
            words = text[a:b].split()
            wrap = last not in _END_PUNCT and (nxt[0].islower() or nxt[0] in ",;(" or (
                len(words) > 2 and words[-1].lower() in _OPEN_ENDS))
        if wrap:
            out.append(b)  # the newline (or the \r of \r\n) starts here
    return out


def unwrap(text: str) -> str:
    """The text with hard-wrap newlines turned into spaces: same length, same offsets."""
    breaks = wrap_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for p in breaks:
        q = p
        while q < len(chars) and chars[q] in "\r\n":
            chars[q] = " "
            if text[q] == "\n":
                break
            q += 1
    return "".join(chars)


LONG_PARAGRAPH = 120  # characters: longer than a headline or a dateline


class UnwrappingTokenizer:
    """Tokenise the unwrapped text (same length, so every offset still indexes the article)."""

    def __init__(self, inner: Callable):
        self.inner = inner

    def __call__(self, text: str):
        flat = unwrap(text)
        doc = self.inner(flat)
        doc._.raw_text = text
        for prev, tok in zip(doc, doc[1:]):
            if prev.text == "." and not prev.whitespace_ and prev.i > 0 and doc[prev.i - 1].is_alpha \
                    and tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower():
                tok.is_sent_start = True  # "... el canal francés BFMTV.El ministerio ...": paragraphs run together
            if prev.is_space and "\n" in prev.text and not tok.is_space:
                start = flat.rfind("\n", 0, prev.idx) + 1
                last = flat[start:prev.idx].rstrip()[-1:]
                line = flat[start:prev.idx].strip()
                if prev.idx - start > LONG_PARAGRAPH and last not in ".!?:;»”\"'…)":
                    # a paragraph of text that ends without a stop ("..., informó CNN.com") ends its sentence; a short
                    # line (a headline, a dateline) is left to the parser
                    tok.is_sent_start = True
                elif (start > 0 or _title(flat, (0, prev.idx))) and last.isalnum() and line[:1].isupper() \
                        and tok.text[:1].isupper() and len(line.split()) >= 3 and not line.isupper():
                    # a subheading between two paragraphs ("Batalla por la ciudad siria de Homs") or a headline above
                    # the first ("Un nuevo ataque de Rusia en Ucrania deja varios civiles muertos y heridos") is no
                    # part of the sentence below it
                    tok.is_sent_start = True
        line = find_dateline(flat)
        if line is not None:
            # the running text starts a sentence: "Moscú, 14 ago (EFE).- Un dron ucraniano ... cayó" (else the parser
            # makes the dateline's place the subject of the first verb)
            tok = next((t for t in doc if t.idx >= line.span[1] and not t.is_space), None)
            if tok is not None and tok.i > 0:
                tok.is_sent_start = True
                for t in doc[tok.i + 1:]:  # and it runs on to its stop ("Rusia derribó ...", not "Rusia" alone)
                    if t.is_space or "\n" in t.text or t.i > 0 and doc[t.i - 1].text in (".", "?", "!", ":", ";", "»", "”", '"'):
                        break
                    t.is_sent_start = False
        return doc

    def __getattr__(self, name):  # vocab, rules, pipe ...: the spaCy tokenizer's own
        return getattr(self.inner, name)


# --------------------------------------------------------------------------- quotations

def _closing_place(text: str, i: int, b: int) -> bool:
    """Where a closing mark goes: right after a word and before punctuation, a space or the paragraph's end."""
    return not text[i - 1].isspace() and (i + 1 >= b or not text[i + 1].isalnum())


def _typed_as_closer(text: str, i: int, b: int) -> bool:
    """'“La gente está saliendo viva“, escribió Taruta': an opening mark typed where the closing one goes, in a
    paragraph with no closing mark left."""
    return _closing_place(text, i, b) and "”" not in text[i:b]


def _no_guillemet_closes(text: str, i: int, b: int) -> bool:
    """No "»" between ``i`` and the paragraph's end, or the next "«" comes first."""
    close, reopen = text.find("»", i, b), text.find("«", i, b)
    return close < 0 or 0 <= reopen < close


def _unopened(text: str, a: int, i: int) -> bool:
    """A paragraph that opens with the words of a quotation whose opening mark was lost: it starts with a capital,
    holds no other mark before the closing one, and the closing mark is followed by ", " and a lower-case word."""
    return text[a].isupper() and not any(ch in QUOTE_PAIRS or ch in "”»" for ch in text[a:i]) \
        and re.match(r",\s+[a-záéíóúñ]", text[i + 1:i + 4]) is not None


def find_quotes(text: str, paragraphs: list[Span]) -> list[Span]:
    """Quotations as (open mark, close mark) offsets. A quote left open at a paragraph's end runs on
    when the next paragraph opens with a quotation mark; otherwise it ends with its paragraph."""
    out: list[Span] = []
    pending: Optional[int] = None
    for pi, (a, b) in enumerate(paragraphs):
        i = a
        open_at: Optional[int] = None
        closer = None
        if pending is not None and text[a] in QUOTE_PAIRS:
            open_at, closer, i = pending, QUOTE_PAIRS[text[a]], a + 1
        elif pending is not None:
            out.append((pending, paragraphs[pi - 1][1]))
        pending = None
        while i < b:
            c = text[i]
            if open_at is None:
                if c in QUOTE_PAIRS and (c != '"' or i == a or not text[i - 1].isalnum()) \
                        and not (c == "“" and i > a and _closing_place(text, i, b)):
                    open_at, closer = i, QUOTE_PAIRS[c]  # (not 'en el búnker“, dijo': a closer whose opener is missing)
                elif (c in "”»" or c == '"' and i > a and (text[i - 1].isalnum() or text[i - 1] in ".!?")) and a > 0 \
                        and not any(a <= q[0] < i for q in out) and _unopened(text, a, i):  # (a straight mark too)
                    out.append((a - 1, i))  # 'Un número sin precedentes de misiles ... de 2024”, dijo Centerenergo'
            elif c == closer or c == "“" and closer == "”" and _typed_as_closer(text, i, b) \
                    or c == "”" and closer == '"' \
                    or c == '"' and closer == "”" and _closing_place(text, i, b) and "”" not in text[i:b] \
                    or c == "”" and closer == "»" and _no_guillemet_closes(text, i, b) and _closing_place(text, i, b):
                # (mixed marks: '"Fueron interceptados ... del mar de Azov”, comunicó', '“En el lugar podría haber
                # cientos de personas", avisó Sinegubov' with no "”" after it, '«Fue una masacre de
                # amharas”, aseguró' when no "»" closes it before the next "«")
                out.append((open_at, i))
                open_at = None
            i += 1
        if open_at is not None:
            nxt = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt] in QUOTE_PAIRS:
                pending = open_at
            elif b - open_at > 1:
                out.append((open_at, b))
    if pending is not None and paragraphs:
        out.append((pending, paragraphs[-1][1]))
    return out


# --------------------------------------------------------------------------- the layout

@dataclass
class Layout:
    """Where things are in one article (offsets into the article text)."""

    length: int
    text: str = field(default="", repr=False)  # the article text (for the words of a span)
    wraps: list[int] = field(default_factory=list)  # hard-wrap newlines (read as spaces)
    paragraphs: list[Span] = field(default_factory=list)
    headlines: list[Span] = field(default_factory=list)  # lines written in capitals (headlines, kickers)
    title: Optional[Span] = None  # a first line that is a title, not a sentence
    dateline: Optional[Dateline] = None
    hashtags: list[Span] = field(default_factory=list)
    quotes: list[Span] = field(default_factory=list)  # (open mark, close mark)
    captions: list[Span] = field(default_factory=list)  # photo captions ending in a credit ("... YURIY DYACHYSHYN")
    links: list[Span] = field(default_factory=list)  # lines linking another story ("Lea más: Rusia ataca Odesa ...")
    subheads: list[Span] = field(default_factory=list)  # short lines between paragraphs ("Ataque combinado y advertencias previas")
    _quote_starts: list[int] = field(default_factory=list, repr=False)
    _para_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self._quote_starts = [a for a, _ in self.quotes]
        self._para_starts = [a for a, _ in self.paragraphs]

    def text_of(self, a: int, b: int) -> str:
        return self.text[a:b]

    @property
    def body_start(self) -> int:
        """Where the running text begins (after a dateline)."""
        return self.dateline.span[1] if self.dateline else 0

    def quote_at(self, pos: int) -> Optional[Span]:
        """The quotation whose words hold ``pos`` (marks excluded)."""
        i = bisect.bisect_right(self._quote_starts, pos - 1) - 1
        while i >= 0:
            a, b = self.quotes[i]
            if a < pos < b:
                return a, b
            if b < pos and a < pos - 10_000:
                break
            i -= 1
        return None

    def in_quote(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    def paragraph_of(self, pos: int) -> Optional[Span]:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None

    def in_headline(self, pos: int) -> bool:
        return bool(self.headlines) and any(a <= pos < b for a, b in self.headlines)

    def in_subhead(self, pos: int) -> bool:
        return bool(self.subheads) and any(a <= pos < b for a, b in self.subheads)

    def in_hashtag(self, pos: int) -> bool:
        return bool(self.hashtags) and any(a <= pos < b for a, b in self.hashtags)

    def in_caption(self, pos: int) -> bool:
        return bool(self.captions) and any(a <= pos < b for a, b in self.captions)

    def in_link(self, pos: int) -> bool:
        return bool(self.links) and any(a <= pos < b for a, b in self.links)


_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w]*")


def _paragraphs(text: str, wraps: set[int]) -> list[Span]:
    out: list[Span] = []
    start: Optional[int] = None
    prev_end = 0
    for a, b in _lines(text):
        if b == a or not text[a:b].strip():
            if start is not None:
                out.append((start, prev_end))
                start = None
            continue
        if start is None:
            start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        prev_end = b
        if b not in wraps:
            out.append((start, b))
            start = None
    if start is not None:
        out.append((start, prev_end))
    return [(a, b) for a, b in out if b > a]


# a short paragraph that ends with a photographer's credit in capitals, after the caption's sentence
_CREDIT = re.compile(r"[.!?»\"]\s+(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'-]+\s+){1,3}[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'-]+"
                     r"(?:\s*[/|(]\s*[\w .]+\)?)?\s*$")


def _caption(text: str, span: Span) -> bool:
    return span[1] - span[0] <= 240 and bool(_CREDIT.search(text[span[0]:span[1]]))


def _capitals(text: str, span: Span) -> bool:
    letters = [c for c in text[span[0]:span[1]] if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _subhead(text: str, span: Span) -> bool:
    """A few words with no stop, no clause, from a capital: a subheading between paragraphs ("Impacto en Tel Aviv y
    primeras estimaciones"; not "Según Kiev, a causa del ataque con misiles fallecieron 7 personas")."""
    line = text[span[0]:span[1]].strip()
    return 0 < len(line) <= 100 and line[-1] not in ".:;…!?»”\"')-" and 2 <= len(line.split()) <= 8 and line[0].isupper() \
        and not re.search(r"\b(?:que|según)\b|[(,]", line, re.I)


def _title(text: str, span: Span) -> bool:
    """A first paragraph that reads as a title: short, several words, no sentence-final stop."""
    line = text[span[0]:span[1]].strip()
    return 15 <= len(line) <= 160 and line[-1] not in ".:;…" and len(line.split()) >= 3 \
        and not line.startswith(("«", "“", '"', "-", "—"))


_SEE_ALSO = re.compile(r"\s*" + resources.pattern("es/words/layout.tsv", "see_also") + r"\s*:", re.I)


def analyze(text: str) -> Layout:
    wraps = wrap_breaks(text)
    paras = _paragraphs(text, set(wraps))
    dateline = find_dateline(text)
    body = [p for p in paras if not (dateline and p[0] < dateline.span[1])]
    heads = [p for p in body if _capitals(text, p)]
    title = body[0] if len(body) > 1 and _title(text, body[0]) else None
    hashtags = [m.span() for m in _HASHTAG.finditer(text)]
    quotes = find_quotes(text, paras)
    captions = [p for p in body if p is not title and _caption(text, p)]
    links = [p for p in body if _SEE_ALSO.match(text, p[0])]
    subheads = [p for p in body[1:-1] if p is not title and _subhead(text, p)]
    return Layout(len(text), text, wraps, paras, heads, title, dateline, hashtags, quotes, captions=captions, links=links,
                  subheads=subheads)


# --------------------------------------------------------------------------- the component

@Language.factory("cronica_layout_v1", assigns=["doc._.layout"])
def make_layout(nlp, name):
    return LayoutStage()


class LayoutStage(Stage):
    """Stores :func:`analyze` of the article text on ``doc._.layout``."""

    stage, output = "layout", "layout"

    def process(self, doc) -> None:
        raw = doc._.raw_text
        if raw is not None and len(raw) != len(text_of(doc)):
            raise PipelineError("the unwrapped text must keep the article's length")
        doc._.layout = analyze(raw if raw is not None else text_of(doc))

    def empty(self, doc) -> Layout:
        return Layout(len(text_of(doc)), text_of(doc))


__all__ = ["Layout", "Dateline", "analyze", "unwrap", "wrap_breaks", "find_dateline", "find_quotes",
           "UnwrappingTokenizer", "QUOTE_PAIRS"]
