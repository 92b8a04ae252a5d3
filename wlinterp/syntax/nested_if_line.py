"""Nested one-line IFs with `;` where an IF has no THEN (`IF a THEN IF b x ; y`,
`SI a SI b ALORS x ; y`, `IF a IF b x ; y`), read as the THEN forms are
(docs/semantics.md, "One-line IF with `;`"): the actions after `;` belong to the
innermost IF's branch, and the line's end closes every IF of the line.

The IFs at the line's head (each one the action of the one before: right after its
THEN, or after its condition when it has no THEN) become blocks: a separator goes before
each inner IF and an END at the line's end. The innermost IF keeps its line form: with
THEN, a separator after THEN makes it a block too; without THEN, where its condition
ends is known only to the parser, so it becomes a `BareLineIf` that takes the actions
after `;` into its branch (bare_if_line.py). A line holding ELSE, END, ELSE IF, an IF
after a `;` or another block's opener is left to the other one-line readings.
"""
from __future__ import annotations

__all__ = ["separator", "shape_nested_line"]

from .bare_if_line import BareLineIf
from .tokens import Token

_STOPS = frozenset({"ELSE", "END", "ELSEIF", "SWITCH", "FOR", "FOREACH", "FOREACH_STRING",
                    "FOREACH_FILE", "WHILE", "LOOP", "WHENEXC", "INTPROC", "USE", "CONSTANT",
                    "LBODY"})


def shape_nested_line(toks: list[Token], i: int) -> tuple[int, list[Token]]:
    """If the IF at toks[i] opens a line of nested IFs, one without THEN, with `;`
    between actions: the index past the line's last action and its tokens, shaped;
    else (0, [])."""
    line = toks[i].line
    heads: list[int] = [i]
    thens: dict[int, int] = {}
    seps = 0
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if t.type == "$END" or t.line != line:
            if t.type == "ELSE":
                return 0, []  # an ELSE joined from the next line
            break
        if t.type == "_NL":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is None or nxt.line != line or nxt.type == "_NL":
                break
            if toks[j - 1].type in ("_NL", "THEN") or j - 1 == heads[-1]:
                return 0, []  # an empty action
            seps += 1
        elif t.type == "IF":
            if not _opens_action(toks, j, heads[-1], thens, seps):
                return 0, []
            heads.append(j)
        elif t.type == "THEN":
            if heads[-1] in thens or seps:
                return 0, []
            thens[heads[-1]] = j
        elif t.type in _STOPS:
            return 0, []
        j += 1
    if len(heads) < 2 or not seps or len(thens) == len(heads):
        return 0, []  # not nested, no `;`, or all with THEN (one_line.py reads those)
    if j < len(toks) and toks[j].type == "_NL" and j + 1 < len(toks) \
            and toks[j + 1].type == "ELSE":
        return 0, []  # `ELSE` on the next line: left to the other readings
    return j, _shaped(toks, heads, thens, j)


def _opens_action(toks: list[Token], j: int, head: int, thens: dict[int, int],
                  seps: int) -> bool:
    """Is the IF at toks[j] the action of the IF at toks[head]: right after its THEN, or
    after a condition of its own when it has none (and before any `;`)?"""
    if seps:
        return False
    if head in thens:
        return thens[head] == j - 1
    return j - 1 > head


def _shaped(toks: list[Token], heads: list[int], thens: dict[int, int],
            end: int) -> list[Token]:
    """The line's tokens with the outer IFs made blocks (module docstring)."""
    out: list[Token] = []
    for outer, inner in zip(heads, heads[1:]):
        out += toks[outer:inner]
        out.append(separator(toks[inner]))
    last = heads[-1]
    closes = len(heads) - 1
    if last in thens:
        then = thens[last]
        out += toks[last:then + 1]
        out.append(separator(toks[then]))
        out += toks[then + 1:end]
        closes += 1
    else:
        seps = sum(1 for t in toks[last:end] if t.type == "_NL")
        out.append(BareLineIf(toks[last], seps, 0))
        out += toks[last + 1:end]
    tail = toks[end - 1]
    for _ in range(closes):
        out.append(separator(tail))
        out.append(Token("END", "END", tail.end_pos, tail.line, tail.column))
    return out


def separator(t: Token) -> Token:
    """A `;` statement separator at t's place."""
    return Token("_NL", ";", t.start_pos, t.line, t.column)
