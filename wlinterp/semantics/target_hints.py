"""The type a WL101 hint proposes for an undeclared variable an assignment gives a value:
`n = 5` -> `n is int`, `n = 1 + 2` too, `(nMin, sName, bOK) = P()` -> each name the type of the value it
receives (a literal, a RESULT (a, b, c) of the program's procedure, a procedure's or a
built-in's declared result, each of a procedure's declared results `: (int, string)`), else `string` as before (the hint said `string` for every
target, whatever it received).
"""
from __future__ import annotations

__all__ = ["assigned_type"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_stmts
from .let_results import builtin_result_type
from .several_values import SIMPLE_KINDS

if TYPE_CHECKING:
    from .checker_state import CheckerState as FunctionChecker

_FALLBACK = "string"
_OPERATIONS = frozenset({N.BinOp, N.Compare, N.Logic})
_NUMBERS = ("int", "real")
# a declared variable's kind that is its type's word


def assigned_type(fc: "FunctionChecker", e: N.Name | N.ClassMember) -> str:
    """The type to propose for `e`, an undeclared name being assigned (the assignment
    the checker is at: `fc.assigned`), else for any other undeclared name, `string`."""
    found = fc.assigned
    if found is None:
        return _FALLBACK
    target, value = found
    if target is e:
        return _value_type(fc, value) or _FALLBACK
    if type(target) is not N.TupleLit or not any(x is e for x in target.items):
        return _FALLBACK
    slots = [i for i in range(len(target.items) + len(target.skipped))
             if i not in target.skipped]
    at = slots[next(k for k, x in enumerate(target.items) if x is e)]
    return _slot_type(fc, value, at) or _FALLBACK


def _literal(e: N.Expr) -> str | None:
    if type(e) is N.Num:
        return "int" if isinstance(e.value, int) else "real"
    if type(e) is N.Str:
        return "string"
    if type(e) is N.Const and isinstance(e.value, bool):
        return "boolean"
    return None


def _procedure(fc: "FunctionChecker", e: N.Expr) -> N.Procedure | None:
    """The program's procedure (or internal procedure) `e` calls, if it calls one."""
    if type(e) is not N.Call or type(e.func) is not N.Name:
        return None
    key = fold(e.func.name)
    return fc.scope.lookup_proc(key) or fc.sym.procs.get(key)


def _value_type(fc: "FunctionChecker", value: N.Expr) -> str | None:
    """One value's type: a literal's, an operation's, a declared variable's, a procedure's
    declared result, a built-in's."""
    known = _literal(value)
    if known is not None:
        return known
    if type(value) in _OPERATIONS or isinstance(value, N.Unary):
        return _operation(fc, value)
    if type(value) is N.Name:
        sym = fc.scope.lookup(fold(value.name))
        kind = str(sym.spec.kind) if sym is not None and sym.spec is not None else ""
        return kind if kind in SIMPLE_KINDS else None
    proc = _procedure(fc, value)
    if proc is not None:
        return proc.ret_type if proc.ret_type and proc.ret_type != "variant" else None
    return builtin_result_type(value, fc.sym.registry, fc.sym.procs)


def _operation(fc: "FunctionChecker", e: N.Expr) -> str | None:
    """`1 + 2` is an int, `n / 2` a real, `"a" + n` a string, `a = b` a boolean (the hint
    said string for every operation)."""
    if type(e) is N.Compare or type(e) is N.Logic:
        return "boolean"
    if isinstance(e, N.Unary):  # (NOT is a Unary of its own class)
        if e.op in ("not", "notnull"):
            return "boolean"
        operand = _value_type(fc, e.operand)
        if e.op not in ("neg", "pos") or operand in _NUMBERS:
            return operand
        # `-sVal`: a number, int or real as the text reads (-"5" is an int, -"5.5" a
        # real), so numeric, which holds either (it said string)
        return "int" if operand == "boolean" else "numeric"
    assert isinstance(e, N.BinOp)
    left, right = _value_type(fc, e.left), _value_type(fc, e.right)
    if e.op == "+" and "string" in (left, right):
        return "string"  # (WLanguage joins a text and a number)
    if left not in _NUMBERS or right not in _NUMBERS or e.op not in "+-*/":
        return None
    return "real" if e.op == "/" or "real" in (left, right) else "int"


def _slot_type(fc: "FunctionChecker", value: N.Expr, at: int) -> str | None:
    """The type of the value at position `at` of several values: `(1, "a")`, or the
    first `RESULT (a, b)` of the procedure called that gives a literal there."""
    if type(value) is N.TupleLit:
        return _literal(value.items[at]) if at < len(value.items) else None
    proc = _procedure(fc, value)
    if proc is None:
        return None
    if proc.result_types:  # `PROCEDURE P() : (int, string)`: the header says
        return proc.result_types[at] if at < len(proc.result_types) else None
    for s in walk_stmts(proc.body.stmts):
        if type(s) is N.Return and type(s.value) is N.TupleLit and at < len(s.value.items):
            known = _literal(s.value.items[at])
            if known is not None:
                return known
    return None
