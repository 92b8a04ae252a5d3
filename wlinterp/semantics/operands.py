"""Operands that are certainly wrong (WL113): arithmetic on a structure, a class instance,
an array, an associative array or a built-in object.

WLanguage converts text and numbers into each other freely, so an operator is only
refused where no value of the operand's declared type could ever take part: a variable
declared as a composite type holds a composite value (or Null), and `+ - * / % ^` (and
unary minus, and `+=`...) on it fails whenever the line runs. A variant, an undeclared
name or a member of unknown type is never reported: its value is only known at run time.
Comparisons are left alone (`p = Null` is how dynamic objects are tested).
"""
from __future__ import annotations

__all__ = ["check_arith", "check_unary", "check_compound"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

_ARITH = {"+", "-", "*", "/", "%", "^", "mod"}
_WHAT = {Kind.STRUCT: "a structure", Kind.ARRAY: "an array",
         Kind.ASSOC: "an associative array", Kind.OBJECT: "an object"}


def check_arith(fc: "FunctionChecker", e: N.BinOp) -> None:
    """`a op b` with an arithmetic operator."""
    if fold(e.op) not in _ARITH:
        return
    if e.op == "+" and isinstance(e.right, N.ArrayLit):
        return  # `a + [b]`: optional concatenation, or an array literal
    for side in (e.left, e.right):
        _operand(fc, side, e.op, e.line, e.col)


def check_unary(fc: "FunctionChecker", e: N.Unary) -> None:
    if e.op == "neg":
        _operand(fc, e.operand, "-", e.line, e.col)


def check_compound(fc: "FunctionChecker", s: N.Assign) -> None:
    """`x += 1`, `x *= 2`... on a composite variable."""
    op = s.op[:-1]
    if s.op.endswith("=") and op in _ARITH and not isinstance(s.value, N.ArrayLit):
        _operand(fc, s.target, s.op, s.target.line, s.target.col)


def _operand(fc: "FunctionChecker", e: N.Expr, op: str, line: int, col: int) -> None:
    if not isinstance(e, N.Name):
        return
    sym = fc.scope.lookup(fold(e.name))
    what = _WHAT.get(sym.spec.kind) if sym is not None else None
    if sym is None or what is None:
        return
    info = fc.sym.structs.get(sym.spec.name) if sym.spec.kind == Kind.STRUCT else None
    of = f" ({info.name})" if info is not None else ""
    fc.rep.report("WL113", f"'{e.name}' is {what}{of}: it cannot be an operand of '{op}'",
                  e, len(e.name), hint=_hint(fc, e.name, sym.spec.kind, sym.spec.name))


def _hint(fc: "FunctionChecker", shown: str, kind: Kind, struct: str) -> str | None:
    """A member to use instead (a structure with one member), or the function to call."""
    if kind == Kind.STRUCT:
        members = [m for c in fc.sym.lineage(struct)
                   for m in fc.sym.structs[c].members.values()]
        if len(members) == 1:
            return f"did you mean {shown}.{members[0]}?"
        if members:
            return f"use one of its members: {', '.join(members[:5])}"
    if kind == Kind.ARRAY:
        return f"to add an element: ArrayAdd({shown}, value); to count them: " \
               f"ArrayCount({shown})"
    return None
