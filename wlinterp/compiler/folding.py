"""Constant folding: an operator whose operands are all literals is computed once, when
compiling, so `IF 3 > 0 THEN` costs nothing at run time.

The value is computed by the same operators of runtime/arithmetic.py and comparisons.py
that the generated code would call, so folding never changes a result. An operation
that fails (division by zero...) is not folded: it stays a run-time error, raised at
its line when it runs.

Decimal literals are exact (docs/semantics.md, "Decimal literals"): inside a constant
expression `0.1` is the decimal 0.1, so `0.1 + 0.2` is exactly 0.3, as WINDEV computes
literal reals as numerics. An operation whose exact result needs more than 38 digits
(`1 / 3.0`) is computed in reals instead. `literal` turns the folded value back into
code: a real when the real prints the same digits (real arithmetic stays real, and
`x is numeric = 0.1 + 0.2` receives 0.3), a Decimal only when a real would lose digits.
"""
from __future__ import annotations

__all__ = ["NOT_CONSTANT", "constant_value", "literal", "exact", "binary_constant"]

import decimal
import math
from decimal import Decimal
from typing import Any, Callable

from ..runtime import values as V
from ..runtime.arithmetic import w_add, w_div, w_mod, w_mul, w_neg, w_sub
from ..runtime.comparisons import w_eq, w_ge, w_gt, w_le, w_lt, w_ne
from ..syntax import nodes as N
from ..syntax.precedence import NotPrefix
from ..syntax.currency_literal import CurrencyLiteral

NOT_CONSTANT: Any = object()
_MAX_TEXT = 4096  # longer folded strings would only bloat the generated code

_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "+": w_add, "-": w_sub, "*": w_mul, "/": w_div, "%": w_mod}
_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "=": w_eq, "<>": w_ne, "<": w_lt, "<=": w_le, ">": w_gt, ">=": w_ge}


def constant_value(e: N.Expr, memo: dict[int, Any]) -> Any:
    """The value of `e` if only literals and operators make it, else NOT_CONSTANT.
    `memo` (by node id, for one function) keeps long operator chains linear."""
    t = type(e)
    if t not in _FOLDING:  # a name, a call...: never a constant (no memo needed)
        return NOT_CONSTANT
    if t is N.Num:
        return exact(e.value)  # type: ignore[attr-defined]
    if t is N.BinOp or t is N.Logic:  # an operand that is no literal nor operator (the
        # commonest case: `n + 1`) settles it before the memo and _fold
        pair: Any = e
        if type(pair.left) not in _FOLDING or type(pair.right) not in _FOLDING:
            return NOT_CONSTANT
    elif t is N.Compare:
        for x in e.operands:  # type: ignore[attr-defined]
            if type(x) not in _FOLDING:
                return NOT_CONSTANT
    hit = memo.get(id(e))
    if hit is not None and hit[0] is e:
        return hit[1]
    if (t is N.BinOp or t is N.Logic) and type(pair.left) is t:
        _left_side_first(pair, memo)
    value = _fold(e, memo)
    memo[id(e)] = (e, value)  # the node is kept: its id cannot be reused meanwhile
    return value


def _left_side_first(e: Any, memo: dict[int, Any]) -> None:
    """Fold the operations on `e`'s left side, innermost first, so that each finds its
    left side in `memo`: `a = 1 AND b = 2 OR ...` 1,000 times (a generated filter) folded
    by one recursion per term ran out of Python's stack ("nests too deeply")."""
    spine = []
    node = e.left
    while type(node) is type(e) and id(node) not in memo:
        spine.append(node)
        node = node.left
    for op in reversed(spine):
        constant_value(op, memo)


# What folding looks into (compared by class: `NOT x` is the one subclass, of Unary):
# literals and operators.
_FOLDING: frozenset[type] = frozenset({N.Num, N.Str, N.Const, N.BinOp, N.Compare, N.Logic, N.Unary, NotPrefix})


def literal(value: Any) -> Any:
    """The value a folded constant stands for in the generated code: an exact decimal
    is a real when the real has the same digits, a Decimal otherwise."""
    if type(value) is Decimal:
        real = float(value)
        if math.isfinite(real) and Decimal(repr(real)) == value:
            return real
        return value.normalize() if value == value.to_integral_value() else value
    return value


def exact(value: Any) -> Any:
    """A literal's value for exact folding: a real literal is the decimal it is written as."""
    return Decimal(repr(value)) if type(value) is float else value


_EXACT = decimal.Context(prec=38, traps=[decimal.Inexact, decimal.InvalidOperation,
                                         decimal.DivisionByZero, decimal.Overflow])


def _fold(e: N.Expr, memo: dict[int, Any]) -> Any:
    if isinstance(e, (N.Num, N.Str)):
        return exact(e.value) if isinstance(e, N.Num) else e.value
    if isinstance(e, N.Const):
        return e.value if isinstance(e.value, bool) else NOT_CONSTANT
    operands = _operands(e)
    if operands is None:
        return NOT_CONSTANT
    values = []
    for x in operands:  # the first operand that is no constant settles it
        value = constant_value(x, memo)
        if value is NOT_CONSTANT:
            return NOT_CONSTANT
        values.append(value)
    try:
        result = _apply_exact(e, values)
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


def binary_constant(op: str, a: Any, b: Any) -> Any:
    """`a op b` (+ - * /) between two constants' values, decimal literals exact: a
    CONSTANT block's `TOTAL = 0.1 + 0.2` is 0.3, as the same expression in code is."""
    values = [exact(a), exact(b)]
    if not any(type(v) is Decimal for v in values):
        return _BINARY[op](a, b)
    try:
        with decimal.localcontext(_EXACT):
            return literal(_BINARY[op](*values))
    except decimal.Inexact:
        return _BINARY[op](*(float(v) if type(v) is Decimal else v for v in values))


def _apply_exact(e: N.Expr, values: list[Any]) -> Any:
    """`_apply` in exact decimals; in reals when the exact result does not fit 38 digits."""
    if isinstance(e, N.Compare):  # compared as the run-time values: `=` between reals
        values = [literal(v) for v in values]  # keeps its 10^-6 tolerance
    if not any(type(v) is Decimal for v in values):
        return _apply(e, values)
    try:
        with decimal.localcontext(_EXACT):
            return _apply(e, values)
    except decimal.Inexact:
        return _apply(e, [float(v) if type(v) is Decimal else v for v in values])


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
        return w_neg(values[0])
    return V.to_num(values[0])


def _representable(v: Any) -> bool:
    """Values whose `repr` is the Python literal of the same value and type."""
    if type(v) in (bool, int):
        return abs(v) < 10**38  # beyond, the run-time checks of numbers apply
    if type(v) is float:
        return math.isfinite(v)
    if type(v) is Decimal or type(v) is CurrencyLiteral:
        return v.is_finite() and abs(v.adjusted()) < 38
    return type(v) is str and len(v) <= _MAX_TEXT
