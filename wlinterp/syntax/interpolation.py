"""String interpolation: `"Hello [%name%]!"` ([?1512011]) becomes a concatenation."""
from __future__ import annotations

__all__ = ["interpolate"]


from . import nodes as N
from .tokens import Token
from .walk import walk_expr
from ..lazy_regex import lazy_compile

_INTERP_RE = lazy_compile(r"\[%(.*?)%\]")


def interpolate(t: Token) -> N.Expr:
    """`"Hello [%name%]!"` ([?1512011]): the text with each `[% expr %]` replaced by the
    expression's value. A part that does not parse stays as written."""
    from .parser import parse
    node: N.Expr = N.Str(t.line, t.column, "")
    doubled = _doubled_quotes(t)
    pos = 0
    for m in _INTERP_RE.finditer(t.value):
        try:
            stmt = parse(f"Trace({m.group(1)})").main.stmts[0]
        except Exception:  # not an expression: keep the text
            continue
        if not (isinstance(stmt, N.ExprStmt) and isinstance(stmt.expr, N.Call)
                and len(stmt.expr.args) == 1):
            continue  # `x) + (y`: more than one expression
        inner = stmt.expr.args[0]
        _place(inner, t, m.start(1), doubled)
        text = t.value[pos:m.start()]
        node = N.BinOp(t.line, t.column, "+", node, N.Str(t.line, t.column, text))
        node = N.BinOp(t.line, t.column, "+", node, inner)
        pos = m.end()
    return N.BinOp(t.line, t.column, "+", node, N.Str(t.line, t.column, t.value[pos:]))


_PREFIX = len("Trace(") + 1  # column of the expression in the text parsed above


def _doubled_quotes(t: Token) -> bool | None:
    """How the string's value maps back to its source: False when each character of the
    value is one character between the quotes, True when each `"` was written `""`,
    None when the mapping is unknown (a multi-line string): then positions fall back to
    the string's own."""
    if "\n" in t.value or "\r" in t.value:
        return None
    extra = (t.end_pos - t.start_pos) - (len(t.value) + 2)
    if extra == 0:
        return False
    if extra == t.value.count('"'):
        return True
    return None


def _place(e: N.Expr, t: Token, start: int, doubled: bool | None) -> None:
    """Give an interpolated expression its real position inside the string `t` (it was
    parsed on its own, starting at value offset `start`), so an error's caret points at
    the faulty name, not at the string's opening quote."""
    for x in walk_expr(e):
        if doubled is None or x.line != 1:
            x.line, x.col = t.line, t.column
            continue
        offset = start + x.col - _PREFIX
        if doubled:
            offset += t.value.count('"', 0, offset)
        x.line, x.col = t.line, t.column + 1 + offset
