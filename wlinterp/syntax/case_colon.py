"""`CASE v stmt` / `CAS v stmt`: a CASE with its action on its line, without the colon.

Real code writes `CAS 1 sMode = "Especes"` (the colon form `CAS 1: ...` is the one
wlinterp read). On a CASE line holding no colon, the action starts at the first name that
follows a complete value (a number, a string, a name, `)`, `]`...) and is followed by
what only a statement has there (`=`, `+=`, `(`, `.`, `[`, `++`...), or at a RETURN,
RESULT, BREAK, CONTINUE or IF after such a value: a colon is put before it, which makes it
the colon form. `1 s` read as a duration (`CAS 1 s = "x"`, a variable `s`) is split back
into the value and the name. `OTHER CASE stmt` takes the colon the same way.
"""
from __future__ import annotations

__all__ = ["case_colon", "other_case_colon"]

from .tokens import Token

_VALUE_END = frozenset({"NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "NUMBER", "STRING",
                        "RPAR", "RBRACK", "RSUB", "TRUE", "FALSE", "NULL", "DURATION"})
# after a name, what makes it a statement's start
_STATEMENT_NEXT = frozenset({"EQ", "PLUSEQ", "MINUSEQ", "INC", "DEC", "LPAR", "DOT",
                             "LBRACK", "REFASSIGN", "LE", "MCOLON"})
_ACTION_WORDS = frozenset({"RETURN", "RESULT", "BREAK", "CONTINUE", "IF"})


def case_colon(toks: list[Token], i: int) -> None:
    """toks[i] is a CASE opening a line: put a colon before its action, in place, when
    the action follows the value without one (module docstring)."""
    depth, j, n = 0, i + 1, len(toks)
    while j < n and toks[j].type != "NL":
        typ = toks[j].type
        if typ in ("LPAR", "LBRACK", "LSUB", "LBRACE"):
            depth += 1
        elif typ in ("RPAR", "RBRACK", "RSUB", "RBRACE"):
            depth -= 1
        elif depth == 0 and typ == "COLON":
            return  # the colon form
        elif depth == 0 and j > i + 1 and toks[j - 1].type in _VALUE_END and (
                typ in _ACTION_WORDS or typ == "NAME" and j + 1 < n
                and toks[j + 1].type in _STATEMENT_NEXT):
            toks.insert(j, _colon(toks[j]))
            return
        elif depth == 0 and typ == "DURATION" and j + 1 < n \
                and toks[j + 1].type in _STATEMENT_NEXT:
            toks[j:j + 1] = _split_duration(toks[j])
            continue  # (the name is looked at again: it now follows a number)
        j += 1


def other_case_colon(toks: list[Token], j: int) -> None:
    """toks[j] follows OTHER CASE: a colon before it when an action starts there."""
    if j < len(toks) and toks[j].type not in ("NL", "COLON"):
        toks.insert(j, _colon(toks[j]))


def _split_duration(t: Token) -> list[Token]:
    """`1 s` scanned as a duration: the number and the name it was written as."""
    number = t.value.split()[0]
    unit = t.value[len(number):].lstrip()
    at = len(t.value) - len(unit)
    return [Token("NUMBER", number, t.start_pos, t.line, t.column),
            Token("NAME", unit, t.start_pos + at, t.line, t.column + at)]


def _colon(t: Token) -> Token:
    return Token("COLON", ":", t.start_pos, t.line, t.column)
