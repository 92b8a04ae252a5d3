"""LIKE and BETWEEN in a FOR EACH File WHERE/WITH condition (`POUR TOUT Client OÙ Ville
COMME "P%"`, `FOR EACH Orders WHERE Total BETWEEN 10 AND 50`): the words HFilter's
condition language takes (hfsql/filters.py), which are no WLanguage operators.

Found in the token stream of the condition's line and retyped as comparison operators the
grammar already reads (a CONTAINS token keeps its spelling as the comparison's operator:
precedence.cmp_name), so no grammar rule is added: `Item LIKE v` is a comparison `LIKE`,
`Item BETWEEN a AND b` the chained comparison `BETWEEN ... AND` (its AND is the bound's,
not the condition's join), `NOT LIKE` / `NOT BETWEEN` after an operand one operator.
The compiler takes them only in such a condition (compiler/file_conditions.py).
"""
from __future__ import annotations

__all__ = ["condition_words"]

from .names import fold
from .tokens import Token

_LIKE = frozenset({"like", "comme"})
_BETWEEN = frozenset({"between", "entre"})
# tokens that end an operand: a word written after one is an infix operator, not a name
_OPERAND_ENDS = frozenset({"NAME", "RPAR", "RBRACK", "NUMBER", "STRING", "TRUE", "FALSE",
                           "NULL"})
_OPENS = {"LPAR": 1, "LBRACK": 1, "LBRACE": 1, "RPAR": -1, "RBRACK": -1, "RBRACE": -1}


def condition_words(toks: list[Token], i: int) -> None:
    """Retype the LIKE/BETWEEN words of the condition that starts at `i` (up to the end
    of the line), in place."""
    j = i
    while j < len(toks) and toks[j].type not in ("NL", "_NL"):
        t = toks[j]
        if t.type == "NAME" and j > i and fold(t.value) in _LIKE | _BETWEEN:
            negated = toks[j - 1].type == "NOT" and j - 1 > i \
                and toks[j - 2].type in _OPERAND_ENDS
            if negated or toks[j - 1].type in _OPERAND_ENDS:
                word = "LIKE" if fold(t.value) in _LIKE else "BETWEEN"
                start = toks[j - 1] if negated else t
                op = Token("CONTAINS", f"NOT {word}" if negated else word, start.start_pos,
                           start.line, start.column)
                toks[j - 1 if negated else j:j + 1] = [op]
                j -= 1 if negated else 0
                if word == "BETWEEN":
                    _bound_and(toks, j + 1)
        j += 1


def _bound_and(toks: list[Token], k: int) -> None:
    """The first AND/ET after a BETWEEN's low bound, at the bound's bracket depth, joins
    the two bounds: a comparison `AND` chained to the BETWEEN."""
    depth = 0
    while k < len(toks) and toks[k].type not in ("NL", "_NL") and depth >= 0:
        t = toks[k]
        depth += _OPENS.get(t.type, 0)
        if t.type == "AND" and depth == 0:
            toks[k] = Token("CONTAINS", "AND", t.start_pos, t.line, t.column)
            return
        k += 1
