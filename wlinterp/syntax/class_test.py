"""`o is CClass` / `o est CClasse` in an expression: the class-test operator (help page
?6010013, "is <Class> operator": True when o is an object of the class or of a class
derived from it). `IS` elsewhere opens a type phrase (`n is int`, `PROCEDURE P(o is
CFoo)`), so the lexer asks here which one an `IS` is, from the tokens of its line before
it: a declaration names only variables before its IS (`a, b are int`, `LOCAL x is T`,
`FOR i is int = 1 TO n`), where the test follows an operand inside an expression
(`b = o is CBase`, `IF o is CBase THEN`, `Trace(o is CBase)`).
"""
from __future__ import annotations

__all__ = ["is_class_test"]

from .bracket_closers import EOL_RE
from .names import fold
from .tokens import Token
from .words import OTHER_WORDS

# Tokens after which the words on the line are an expression (the IS after the next
# operand tests a class): an assignment's `=`, a condition's keyword, an operator...
_EXPRESSION_HEADS = frozenset({
    "EQ", "IF", "ELSEIF", "WHILE", "RESULT", "RETURN", "AND", "OR", "SAND", "SOR", "NOT",
    "NE", "LT", "GT", "LE", "GE", "QMARK", "PLUSEQ", "MINUSEQ", "CASE", "REFASSIGN",
    "SWITCH"})
_OPERAND_END = frozenset({"NAME", "RPAR", "RBRACK", "SOFT_A", "SOFT_DE", "SOFT_SUR"})
# Tokens after which a declaration may start on the same line (`IF c THEN n is int`,
# `CASE 1: o is CFoo`).
_STATEMENT_STARTS = frozenset({"THEN", "ELSE", "DO", "COLON"})
# Lines whose statement may start after such a token (a one-line IF or CASE)
_BRANCH_LINES = frozenset({"IF", "CASE", "OTHERCASE"})


def is_class_test(out: list[Token], line_first: int, proc_line: bool, text: str,
                   pos: int) -> bool:
    """Is the IS just appended to `out` (`out[line_first:]`: the tokens of its line) the
    class-test operator? `text[pos:]` follows it (a typed lambda's parameters, `(x is
    int) => ...`, are declarations)."""
    if proc_line or len(out) - 2 < line_first or out[-2].type not in _OPERAND_END:
        return False
    eol = EOL_RE.search(text, pos)
    if "=>" in text[pos:len(text) if eol is None else eol.start()]:
        return False
    if out[-2].type == "RPAR" and _closes_last(out, _statement_first(out, line_first)):
        return False  # `(nMin, nMax) is int = P()`: a multiple declaration
    expression = False
    for tok in out[line_first:-2]:
        kind = tok.type
        if kind in _STATEMENT_STARTS:
            expression = False  # a statement starts again after THEN
        elif kind in _EXPRESSION_HEADS:
            expression = True
        elif kind == "LPAR":
            expression = True  # a call's arguments: `Trace(o is CBase)`
    return expression


def _statement_first(out: list[Token], line_first: int) -> int:
    """Where the statement that holds the IS starts: the line's start, or after the last
    THEN / ELSE / `:` outside brackets of a line that opens with IF or CASE (`IF c THEN
    (a, b) is int = P()`, `CASE 1: (a, b) is int = P()`: one-line branches)."""
    if out[line_first].type not in _BRANCH_LINES and not _other_case(out, line_first):
        return line_first
    first, depth = line_first, 0
    for k in range(line_first, len(out) - 2):
        kind = out[k].type
        depth += kind == "LPAR"
        depth -= kind == "RPAR"
        if depth == 0 and kind in _STATEMENT_STARTS:
            first = k + 1
    return first


def _other_case(out: list[Token], line_first: int) -> bool:
    """Does the line open with `OTHER CASE` / `AUTRE CAS`? OTHER is lexed as a name
    before its CASE, so the line did not count as a one-line branch and `OTHER CASE:
    (x, y) is string = P()` was "unexpected 'is'" where `CASE 1:` takes it. The word is
    folded and looked up in words.OTHER_WORDS, as the keyword phrases read it, so `AUTRES
    CAS`, `Autre Cas` and `other case` open the branch too (it knew two lower-case words)."""
    return len(out) > line_first + 1 and out[line_first].type == "NAME" \
        and out[line_first + 1].type == "CASE" \
        and fold(out[line_first].value) in OTHER_WORDS


def _closes_last(out: list[Token], first: int) -> bool:
    """Does the `(` at `out[first]` close at `out[-2]`, just before the IS? A statement
    in parentheses before an IS is a multiple declaration (`(a, b) is int`, its slots
    checked by the builder), never a class test (a test is not a statement)."""
    depth = 0
    for tok in out[first:-2]:
        depth += tok.type == "LPAR"
        depth -= tok.type == "RPAR"
        if depth == 0:
            return False
    return depth == 1
