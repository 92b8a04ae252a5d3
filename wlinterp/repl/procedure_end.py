"""Where a PROCEDURE piped into the REPL ends.

At the prompt an empty line closes a PROCEDURE (it has no END). A `.wl` file piped into
the REPL (`cat tools.wl | wl repl`) has empty lines inside its procedures' bodies: cut
there, the rest of the body ran at once as main code (`RESULT x + b` with x and b "not
declared", the procedure returning nothing) and the code the file meant was lost. A
transcript written for the prompt (`PROCEDURE Twice(n)`, its body, an empty line,
`Twice(4)`) must still close there. The next line of code decides (docs/semantics.md,
"8. The REPL"): it continues the body when it could not be the session's main code — it
returns (RESULT, RETURN and their French names) or it names a parameter or a local
variable of the procedure that the session does not know (`PipedProcedure.goes_on`).

Without an empty line, a piped procedure whose body has returned at its top level
(`PROCEDURE Twice(n)`, `RESULT n * 2`, `Trace(Twice(4))`) ends before the next line
(`ends_before`): in a file that line would be dead code (WL203, never run); piped, it is
the session's next input, as the user plainly meant.

Both stay linear in the lines read: names are gathered line by line from tokens, and a
procedure is parsed only where it may end.
"""
from __future__ import annotations

__all__ = ["PipedProcedure", "ends_before", "no_code", "SHORT_BODY"]

from typing import Any, Callable

from ..errors import WLSyntaxError
from ..syntax import nodes as N

_RETURNING = frozenset({"RESULT", "RETURN"})
_DECLARING = frozenset({"IS", "ARE"})
SHORT_BODY = 64  # lines: past this, a piped procedure without an empty line reads as a file's


def no_code(line: str) -> bool:
    """A line that cannot say where a body ends: empty, or a `//` comment alone."""
    bare = line.strip()
    return not bare or bare.startswith("//")


class PipedProcedure:
    """The parameters and local variables of the piped procedure being read (its last
    PROCEDURE header on), fed one line at a time."""

    def __init__(self, known: Callable[[str], bool]) -> None:
        self.known = known  # does the session have this folded name?
        self.names: set[str] = set()

    def feed(self, line: str) -> None:
        """Note the names `line` declares: a header's parameters (and starts anew), or a
        declaration's variables (`x is int`, `a, b sont des entiers`, `LOCAL`, `let`)."""
        tokens = _tokens(line)
        if not tokens:
            return
        if tokens[0][0] == "PROCEDURE":
            opened = next((i for i, (kind, _) in enumerate(tokens) if kind == "LPAR"), None)
            self.names = set() if opened is None else \
                {value for kind, value in tokens[opened:] if _is_name(kind)}
            return
        self.names.update(_declared(tokens))

    def goes_on(self, line: str) -> bool:
        """Does `line`, the first line of code after an empty line that would close the
        procedure, continue its body?"""
        tokens = _tokens(line)
        if not tokens:
            return False
        if tokens[0][0] in _RETURNING:
            return True
        if _declared(tokens) & self.names:
            return False  # (declaring a parameter or local again: the session's own)
        return any(_is_name(kind) and value in self.names and not self.known(value)
                   for kind, value in _uses(tokens))


def _uses(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tokens of a line without the names of its named arguments (`P(nY : 3)`,
    `o is CP(nX : 2)`: a name before ` : ` inside parentheses names a parameter of the
    callee, it reads nothing). A call right after its procedure, its arguments named by
    the parameters, was taken for the procedure's body going on and never ran."""
    depth, out = 0, []
    for i, (kind, value) in enumerate(tokens):
        depth += kind == "LPAR"
        depth -= kind == "RPAR"
        if depth > 0 and i + 1 < len(tokens) and tokens[i + 1][0] == "COLON":
            continue
        out.append((kind, value))
    return out


def ends_before(lines: list[str]) -> bool:
    """Does the piped procedure of `lines[:-1]` end before its new last line? Yes when its
    last statement is a RESULT/RETURN at the body's top level (nothing after it could run)
    and the new line is code that is not a CASE ERROR/EXCEPTION section of the body. Asked
    only of a short procedure, and parsed only after a line that starts with RESULT/RETURN."""
    if len(lines) > SHORT_BODY:
        return False
    line = _tokens(lines[-1])
    if not line or line[0][0].startswith("CASE_") or line[0][0] == "PROCEDURE":
        return False
    before = next((t for t in map(_tokens, reversed(lines[:-1])) if t), None)
    if before is None or before[0][0] not in _RETURNING:
        return False
    last = _last_procedure("\n".join(lines[:-1]))
    if last is None:
        return False
    top = [s for s in (last.body.stmts, last.body.on_error, last.body.on_exception,
                       last.body.on_end) if s]
    final = max((section[-1] for section in top), key=lambda s: s.line, default=None)
    return isinstance(final, N.Return)


def _declared(tokens: list[tuple[str, str]]) -> set[str]:
    """The folded names a line's tokens declare: `x is int`, `a, b sont des entiers`,
    `LOCAL x is int`, `let x = 1` (none for any other statement)."""
    let = tokens[0][0] == "LET"
    if let or tokens[0][0] == "LOCAL":
        tokens = tokens[1:]
    names = set()
    for kind, value in tokens:
        if _is_name(kind):
            names.add(value)
        elif kind in _DECLARING or (kind == "EQ" and let):
            return names
        elif kind != "COMMA":
            return set()
    return set()


def _is_name(kind: str) -> bool:
    """A name token (soft keywords such as `a` are names too)."""
    return kind == "NAME" or kind.startswith("SOFT_")


def _tokens(line: str) -> list[tuple[str, str]]:
    """The (type, folded value) of a line's tokens read alone (none for a comment, an
    empty line, or a line that does not lex alone)."""
    from ..syntax.lexer import tokenize
    from ..syntax.names import fold
    try:
        return [(t.type, fold(t.value)) for t in tokenize(line, "<repl>") if t.type != "_NL"]
    except WLSyntaxError:
        return []


def _last_procedure(text: str) -> Any:
    """The last procedure `text` declares (None when it does not parse or declares none)."""
    from ..syntax.parser import parse
    try:
        program = parse(text, "<repl>")
    except WLSyntaxError:
        return None
    return program.procedures[-1] if program.procedures else None
