"""Whether a declaration's type phrase sizes its array with expressions:
`t is array of (n+1) int`, `t est un tableau de n*2 par m entiers`.

The lexer reads a type phrase as one TYPE token, characters up to `=`, `(` or the line's
end; a dimension written as an expression does not fit that (`(n+1)` stopped it with
"unexpected 'int'", `n+1` was read as the words `n 1`: an array of n). For such a phrase
the lexer emits one ARRAY_OF token for `[an] array of` and lets the rest be scanned as
ordinary tokens; the second pass (keyword_phrases.dims_tail) marks the `by`/`par` between
dimensions and makes the element type's words one TYPE token, as after `new`.
"""
from __future__ import annotations

__all__ = ["sized_head_end"]

import re

from .blanks import BLANK
from ..lazy_regex import lazy_compile

# `array of`, `an array of`, `un tableau de` (`fixed array of`, `array fixed of`, `tableau
# fixe de`) and what follows it
_HEAD_RE = lazy_compile(rf"(?:(?:an?|une?){BLANK}+)?(?:fixed{BLANK}+array|array(?:{BLANK}+"
                        rf"fixed)?|tableau(?:{BLANK}+fixe)?){BLANK}+(?:of|de)\b{BLANK}*",
                        re.IGNORECASE)
# a dimension's first operand: a name or number, its members (`t.Count`) apart
_OPERAND_RE = lazy_compile(rf"\w+((?:\.\w+)*){BLANK}*")
_BY_RE = lazy_compile(rf"(?:by|par|sur){BLANK}+", re.IGNORECASE)
# what makes the operand an expression: an operator or `[`, not a comment
_OPERATOR_RE = lazy_compile(r"(?!//|/\*)[+\-*/%^\[]")
# after a member (`t.Count int`) or a call's arguments (`Max(n, 7) int`): a word, the
# element type, or an operator; `System.String`, `numeric (10,2)` end the phrase, and so
# does `dynamic`
_GOES_ON_RE = lazy_compile(r"(?!dynami(?:c|que)\b|//|/\*)[\w+\-*/%^]", re.IGNORECASE)
_CALL_RE = lazy_compile(rf"\([^()\r\n]*(?:\([^()\r\n]*\)[^()\r\n]*)*\){BLANK}*")


def sized_head_end(text: str, pos: int) -> int:
    """Where `[an] array of` at `pos` ends when the dimensions after it are expressions
    (one starts with `(`; an operand is followed by an operator, or has members or a
    call's arguments and then the element type: `t.Count int`, `Max(n, 7) int`), else
    -1. `array of 5 by 3 int`, `array of n int` and `tableau de 10 numériques (10,2)` are
    not: the words after the dimensions end them before any `(`."""
    head = _HEAD_RE.match(text, pos)
    if head is None:
        return -1
    i = head.end()
    while True:
        if text[i:i + 1] == "(":
            return head.end()
        operand = _OPERAND_RE.match(text, i)
        if operand is None:
            return -1
        i = operand.end()
        if _OPERATOR_RE.match(text, i):
            return head.end()
        call = _CALL_RE.match(text, i) if not operand.group(1) else None
        if (operand.group(1) or call is not None) \
                and _GOES_ON_RE.match(text, i if call is None else call.end()):
            return head.end()
        by = _BY_RE.match(text, i)
        if by is None:
            return -1
        i = by.end()
