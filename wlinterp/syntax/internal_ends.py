"""An INTERNAL PROCEDURE / PROCÉDURE INTERNE written without its END / FIN.

The help gives one syntax, `INTERNAL PROCEDURE <Name>() <code> END` (?1514075), and
wlinterp's grammar keeps it. Code written outside the IDE (a script ported by hand, a
note "to be checked in the IDE") leaves the END out, most often where the procedure's
end is plain: the next internal procedure written at the same indentation, the next
PROCEDURE, or the end of the code. When a parse fails and the block left open is such
an internal procedure, the parser tries again with the END put there (parser.py).

*Decided* (docs/semantics.md, "Internal procedure without END"): an internal procedure
without END ends before the next INTERNAL PROCEDURE header indented as much as its own
or less (a sibling: one indented deeper is nested in it), before the next PROCEDURE, at
the end of the code, or, when its body is indented deeper than its header, before the
first line back at the header's indentation or less (the code after it). Not guessed, the first error
standing: when some other block is left open there, or when an END is less indented
than the block it closes (the code's indentation then says an END is missing
elsewhere, and putting one at the procedure's end would change what the others close).
"""
from __future__ import annotations

__all__ = ["with_internal_ends"]

from .lexer import Token
from .names import fold
from .parse_errors import account_line


Ended = tuple[int, int, str, int, int]
"""An internal procedure given its END: (header line, header column, its header as
written, `INTERNAL PROCEDURE Name`, the line it ends before, 0 at the end of the code,
and its last line when it ends with the procedure around it, before the next PROCEDURE,
else 0), for `wl check`'s warning (WL219). A procedure set's next PROCEDURE is another
element's code: the warning names the last line of the procedure's own block there."""


def with_internal_ends(tokens: list[Token]) -> tuple[list[Token], list[Ended]] | None:
    """`tokens` with an END before each place an internal procedure without one ends,
    and where each ends; None when none is missing, or when the code is not of the
    plain shape above."""
    inserts: list[tuple[int, Token]] = []  # (token index, the INTPROC closed there)
    stack: list[Token] = []
    bodies: dict[int, int] = {}  # an open INTPROC (its id) -> its body's column
    start = 0
    for i in range(len(tokens) + 1):
        if i < len(tokens) and tokens[i].type != "_NL":
            continue
        line = tokens[start:i]
        at = start
        start = i + 1
        if not line:
            continue
        first = line[0]
        if stack and stack[-1].type == "INTPROC" and id(stack[-1]) not in bodies:
            bodies[id(stack[-1])] = first.column  # (the column of its body's first line)
        if first.type == "END":
            while stack and stack[-1].type == "INTPROC" and first.column < stack[-1].column \
                    and bodies.get(id(stack[-1]), 0) > stack[-1].column:
                inserts.append((at, stack.pop()))  # the END of a block around it
            if stack and stack[-1].column > first.column:
                return None  # an END less indented than what it closes
        elif first.type == "PROCEDURE":
            while stack and stack[-1].type == "INTPROC":
                inserts.append((at, stack.pop()))
            if stack:  # another block left open: not this shape
                return None
            continue
        else:
            while stack and stack[-1].type == "INTPROC" and first.column <= stack[-1].column \
                    and (first.type == "INTPROC" or bodies.get(id(stack[-1]), 0) > stack[-1].column):
                inserts.append((at, stack.pop()))  # a sibling, or code back at its level
        account_line(line, stack)
    while stack and stack[-1].type == "INTPROC":
        inserts.append((len(tokens), stack.pop()))
    if stack or not inserts:
        return None
    out = list(tokens)
    if out and out[-1].type != "_NL":
        last = out[-1]
        out.append(Token("_NL", "\n", last.end_pos, last.line, last.end_column))
    ended = [_ended(tokens, opener, at) for at, opener in inserts]
    for at, opener in reversed(inserts):
        at = min(at, len(out))
        before = out[at - 1] if at > 0 else opener
        word = "FIN" if "interne" in fold(str(opener.value)) else "END"
        out[at:at] = [Token("END", word, before.start_pos, before.line, before.column),
                      Token("_NL", "\n", before.start_pos, before.line, before.column)]
    return out, ended


def _ended(tokens: list[Token], opener: Token, at: int) -> Ended:
    """Where the internal procedure `opener` opens, its header as written, the line of
    the token `at` its END goes before (0: the end of the code) and, when that token is
    the next PROCEDURE, the line of the last token before it (its procedure's end)."""
    k = next(i for i, t in enumerate(tokens) if t is opener)
    name = f" {tokens[k + 1].value}" if k + 1 < len(tokens) else ""
    ends = tokens[at].line if at < len(tokens) else 0
    last = 0
    if at < len(tokens) and tokens[at].type == "PROCEDURE":
        last = next((t.line for t in reversed(tokens[:at]) if t.type != "_NL"), 0)
    return opener.line, opener.column, f"{opener.value}{name}", ends, last
