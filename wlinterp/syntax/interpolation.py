"""String interpolation: `"Hello [%name%]!"` ([?1512011]) becomes a concatenation."""
from __future__ import annotations

__all__ = ["interpolate"]

import re

from . import nodes as N
from .tokens import Token
from .walk import walk_expr

_INTERP_RE = re.compile(r"\[%(.*?)%\]")


def interpolate(t: Token) -> N.Expr:
    """`"Hello [%name%]!"` ([?1512011]): the text with each `[% expr %]` replaced by the
    expression's value. A part that does not parse stays as written."""
    from .parser import parse
    node: N.Expr = N.Str(t.line, t.column, "")
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
        _shift(inner, t.line, t.column)
        text = t.value[pos:m.start()]
        node = N.BinOp(t.line, t.column, "+", node, N.Str(t.line, t.column, text))
        node = N.BinOp(t.line, t.column, "+", node, inner)
        pos = m.end()
    return N.BinOp(t.line, t.column, "+", node, N.Str(t.line, t.column, t.value[pos:]))


def _shift(e: N.Expr, line: int, col: int) -> None:
    """Give an interpolated expression the position of its string."""
    for x in walk_expr(e):
        x.line, x.col = line, col
