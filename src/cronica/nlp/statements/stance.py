"""The stance a cue gives its statement, negation included (``no confirmó``, ``no pudo verificar``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from .clauses import negated
from .context import Context
from .lexicon import Cue


@dataclass(frozen=True)
class Stance:
    stance: str
    clause_only: bool = False  # negated, it reports only a que-clause: "no confirmó que ..." but not "no confirmó X"


def verb_stance(ctx: Context, tok: Token, cue: Cue) -> Optional[Stance]:
    """The cue's stance, or None when the negated cue says nothing ("no dijo nada")."""
    if not negated(ctx, tok):
        return Stance(cue.stance)
    if cue.negated == "-":
        return None
    stance, _, cond = cue.negated.partition("/")
    # "no ha podido confirmar la captura": an inability to verify a claim answers it (unverified);
    # "no ha confirmado la pérdida" stays no statement
    could = tok.head.lemma_ == "poder" and tok.head.i < tok.i or any(
        c.lemma_ == "poder" and c.i < tok.i for c in tok.children)
    return Stance(stance, clause_only=cond == "que" and not could)
