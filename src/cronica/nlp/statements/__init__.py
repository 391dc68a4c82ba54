"""Who said what: the statements stage as a package of small steps.

- :mod:`.lexicon`: reporting verbs and cues as data (``resources/es/reporting/``);
  :func:`reporting_stances` is the one list other stages read.
- :mod:`.context`: the per-article :class:`Context` and the :class:`Found` record steps pass on.
- cues: :mod:`.verbs` (reporting verbs), :mod:`.attribution` (``según``, ``para X``), :mod:`.quotes`.
- content: :mod:`.content`, :mod:`.clauses`; speaker: :mod:`.syntax`, :mod:`.speakers`, :mod:`.references`
  (esta organización, las autoridades ucranianas, desde Kiev afirmaron), :mod:`.documents` (a document as subject:
  the channel, its issuer speaks), :mod:`.previous`;
  :mod:`.channel`; :mod:`.stance`; :mod:`.targets`.
- :mod:`.component`: the spaCy factory ``cronica_statements_v1``.

What counts as a statement is ``shared/spec/article-v1.md``, ``statements[]``.
"""
from .component import StatementsStage, make_statements, statements
from .context import Context, Found
from .lexicon import Cue, Lexicon, lexicon, reporting_stances

__all__ = ["StatementsStage", "make_statements", "statements", "Context", "Found", "Cue", "Lexicon", "lexicon",
           "reporting_stances"]
