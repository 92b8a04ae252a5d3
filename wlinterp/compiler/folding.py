"""Constant folding: an operator whose operands are all literals is computed once, when
compiling, so `IF 3 > 0 THEN` costs nothing at run time.

The value is computed by the same helpers of runtime/values.py that the generated code
would call, so folding never changes a result. An operation that fails (division by
zero...) is not folded: it stays a run-time error, raised at its line when it runs.
"""
from __future__ import annotations

__all__ = ["NOT_CONSTANT", "constant_value"]

import math
from typing import Any, Callable

from ..runtime import values as V
from ..syntax import nodes as N

NOT_CONSTANT: Any = object()
_MAX_TEXT = 4096  # longer folded strings would only bloat the generated code

_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "+": V.w_add, "-": V.w_sub, "*": V.w_mul, "/": V.w_div, "%": V.w_mod}
_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "=": V.w_eq, "<>": V.w_ne, "<": V.w_lt, "<=": V.w_le, ">": V.w_gt, ">=": V.w_ge}


def constant_value(e: N.Expr, memo: dict[int, Any]) -> Any:
    """The value of `e` if only literals and operators make it, else NOT_CONSTANT.
    `memo` (by node id, for one function) keeps long operator chains linear."""
    hit = memo.get(id(e))
    if hit is not None and hit[0] is e:
        return hit[1]
    value = _fold(e, memo)
    memo[id(e)] = (e, value)  # the node is kept: its id cannot be reused meanwhile
    return value


def _fold(e: N.Expr, memo: dict[int, Any]) -> Any:
    if isinstance(e, (N.Num, N.Str)):
        return e.value
    if isinstance(e, N.Const):
        return e.value if isinstance(e.value, bool) else NOT_CONSTANT
    operands = _operands(e)
    if operands is None:
        return NOT_CONSTANT
    values = [constant_value(x, memo) for x in operands]
    if any(v is NOT_CONSTANT for v in values):
        return NOT_CONSTANT
    try:
        result = _apply(e, values)
    except Exception:  # noqa: BLE001 - any failure stays for run time, where it is reported
        return NOT_CONSTANT
    return result if _representable(result) else NOT_CONSTANT


def _operands(e: N.Expr) -> list[N.Expr] | None:
    if isinstance(e, N.BinOp) and e.op in _BINARY and not isinstance(e.right, N.ArrayLit):
        return [e.left, e.right]
    if isinstance(e, N.Compare) and len(e.ops) == 1 and e.ops[0] in _COMPARE:
        return list(e.operands)
    if isinstance(e, N.Logic):
        return [e.left, e.right]
    if isinstance(e, N.Unary) and e.op in ("not", "neg", "pos"):
        return [e.operand]
    return None


def _apply(e: N.Expr, values: list[Any]) -> Any:
    if isinstance(e, N.BinOp):
        return _BINARY[e.op](*values)
    if isinstance(e, N.Compare):
        return _COMPARE[e.ops[0]](*values)
    if isinstance(e, N.Logic):
        a, b = (V.to_bool(v) for v in values)
        return (a and b) if e.op in ("and", "sand") else (a or b)
    if e.op == "not":  # type: ignore[attr-defined]
        return V.w_not(values[0])
    if e.op == "neg":  # type: ignore[attr-defined]
        return V.w_neg(values[0])
    return V.to_num(values[0])


def _representable(v: Any) -> bool:
    """Values whose `repr` is the Python literal of the same value and type."""
    if type(v) in (bool, int):
        return abs(v) < 10**38  # beyond, the run-time checks of numbers apply
    if type(v) is float:
        return math.isfinite(v)
    return type(v) is str and len(v) <= _MAX_TEXT
