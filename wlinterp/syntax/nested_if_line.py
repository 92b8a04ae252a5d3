"""Nested one-line IFs with `;` where an IF has no THEN (`IF a THEN IF b x ; y`,
`SI a SI b ALORS x ; y`, `IF a IF b x ; y`), read as the THEN forms are
(docs/semantics.md, "One-line IF with `;`"): the actions after `;` belong to the
innermost IF's branch, and the line's end closes every IF of the line.

The IFs at the line's head (each one the action of the one before: right after its
THEN, or after its condition when it has no THEN) become blocks: a separator goes before
each inner IF and an END at the line's end. The innermost IF keeps its line form: with
THEN, a separator after THEN makes it a block too; without THEN, where its condition
ends is known only to the parser, so it becomes a `BareLineIf` that takes the actions
after `;` into its branch (bare_if_line.py). An ELSE on the line belongs to the
innermost IF, as on a line of IFs with THEN, and so does an ELSE opening the next line
(statements.py joins it). A line holding END, ELSE IF, an IF after a `;` or another
block's opener is left to the other one-line readings.
"""
from __future__ import annotations

__all__ = ["separator", "shape_block", "shape_nested_line"]

from .bare_if_line import BareLineIf, shape_bare_line
from .tokens import Token

_STOPS = frozenset({"END", "ELSEIF", "SWITCH", "FOR", "FOREACH", "FOREACH_STRING",
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
    else_at = 0
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if t.type == "ELSE" and t.line != line and line == toks[i].line \
                and toks[j - 1].type != "_NL":
            line = t.line  # `ELSE d ; e` opening the next line, joined (statements.py)
        if t.type == "$END" or t.line != line:
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
            if heads[-1] in thens or seps or else_at:
                return 0, []
            thens[heads[-1]] = j
        elif t.type == "ELSE":
            if else_at or toks[j - 1].type in ("_NL", "THEN") or j - 1 == heads[-1]:
                return 0, []  # a second ELSE, `; ELSE` or an ELSE without action before
            else_at = j
        elif t.type in _STOPS:
            return 0, []
        j += 1
    if len(heads) < 2 or not seps or len(thens) == len(heads):
        return 0, []  # not nested, no `;`, or all with THEN (one_line.py reads those)
    if j < len(toks) and toks[j].type == "_NL" and j + 1 < len(toks) \
            and toks[j + 1].type == "ELSE":
        return 0, []  # `ELSE` on the next line: left to the other readings
    shaped = _shaped(toks, heads, thens, j)
    return (j, shaped) if shaped else (0, [])


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
    for outer, head in zip(heads, heads[1:]):
        out += toks[outer:head]
        out.append(separator(toks[head]))
    last = heads[-1]
    closes = len(heads) - 1
    if last in thens:
        shape_block(toks[last:end], out)
        closes += 1
    else:
        inner_end, shaped = shape_bare_line(toks, last)
        if inner_end != end:
            return []
        out += shaped
    tail = toks[end - 1]
    for _ in range(closes):
        out.append(separator(tail))
        out.append(Token("END", "END", tail.end_pos, tail.line, tail.column))
    return out


def shape_block(line: list[Token], out: list[Token]) -> None:
    """Append the tokens of a one-line IF block to `out`, with separators after THEN and
    ELSE and before ELSE, ELSE IF and END."""
    for k, t in enumerate(line):
        if t.type in ("ELSE", "ELSEIF", "END") and out and out[-1].type != "_NL":
            out.append(separator(t))
        out.append(t)
        nxt = line[k + 1] if k + 1 < len(line) else None
        if t.type in ("THEN", "ELSE") and nxt is not None and nxt.type != "_NL":
            out.append(separator(t))


def separator(t: Token) -> Token:
    """A `;` statement separator at t's place."""
    return Token("_NL", ";", t.start_pos, t.line, t.column)
