"""Integer bounds of expressions, known at compile time, so that generated code checks
the 32-bit range of an `int` only on the side a value can actually cross.

A typed `int` (4 bytes) always holds a value in [-2^31, 2^31-1]: every store into it
goes through `store_code`, which wraps. So `s = s + i` with `i` a FOR counter running
from 1 needs only the upper check, `s = s - 1` only the lower one, and `x = i % 10` none.
A bound of None is an unknown (unbounded) side; `UNKNOWN` is nothing known at all.
"""
from __future__ import annotations

__all__ = ["Bounds", "INT32", "INT_MAX", "INT_MIN", "UNKNOWN", "RangeMixin", "join", "range_check"]

from typing import TYPE_CHECKING

from ..runtime.kinds import KindNames as Kind, STypeNames as S
from ..syntax import nodes as N
from ..syntax.names import fold
from ..runtime.types import TypeSpec
from .base import CompilerBase, RefNames as Ref

if TYPE_CHECKING:
    from ..runtime.kinds import SType
    from ..semantics.symbols import Var

Bounds = tuple["int | None", "int | None"]
INT_MIN, INT_MAX = -2**31, 2**31 - 1
INT32: Bounds = (INT_MIN, INT_MAX)
UNKNOWN: Bounds = (None, None)


def join(a: Bounds, b: Bounds) -> Bounds:
    """The smallest interval holding both (a value from either)."""
    lo = None if a[0] is None or b[0] is None else min(a[0], b[0])
    hi = None if a[1] is None or b[1] is None else max(a[1], b[1])
    return lo, hi


def _add(a: Bounds, b: Bounds) -> Bounds:
    return (None if a[0] is None or b[0] is None else a[0] + b[0],
            None if a[1] is None or b[1] is None else a[1] + b[1])


def _neg(a: Bounds) -> Bounds:
    return (None if a[1] is None else -a[1], None if a[0] is None else -a[0])


def _mul(a: Bounds, b: Bounds) -> Bounds:
    if None in a or None in b:
        return UNKNOWN
    products = [x * y for x in a for y in b]  # type: ignore[operator]
    return min(products), max(products)


def _mod(a: Bounds, m: int) -> Bounds:
    """`a % m` for a literal m > 0: the remainder keeps the dividend's sign."""
    if a[0] is not None and a[0] >= 0:
        return 0, m - 1 if a[1] is None else min(m - 1, a[1])
    if a[1] is not None and a[1] <= 0:
        return -(m - 1), 0
    return -(m - 1), m - 1


def range_check(temp: str, code: str, bounds: Bounds) -> str:
    """`code` (an int) stored into an `int`: wrapped only where it can leave the range."""
    lo_ok = bounds[0] is not None and bounds[0] >= INT_MIN
    hi_ok = bounds[1] is not None and bounds[1] <= INT_MAX
    if lo_ok and hi_ok:
        return code
    if lo_ok:
        return f"({temp} if ({temp} := {code}) <= {INT_MAX} else wrap32({temp}))"
    if hi_ok:
        return f"({temp} if ({temp} := {code}) >= {INT_MIN} else wrap32({temp}))"
    return f"({temp} if {INT_MIN} <= ({temp} := {code}) <= {INT_MAX} else wrap32({temp}))"


def is_int32(spec: object) -> bool:
    """A 4-byte signed `int`, the type whose stores the compiler range-checks inline."""
    return isinstance(spec, TypeSpec) and spec.kind == Kind.INT and spec.bits == 32 \
        and not spec.unsigned


_ARITH = ("+", "-", "*")


def _combined(op: str, a: Bounds, b: Bounds) -> Bounds:
    """Bounds of `a op b`, op one of `+ - *`."""
    if op == "+":
        return _add(a, b)
    if op == "-":
        return _add(a, _neg(b))
    return _mul(a, b)


class RangeMixin(CompilerBase):
    """`int_bounds(e)`: what the compiler knows of an integer expression's value."""

    loop_bounds: dict[str, Bounds]  # FOR counters (Python names) in the body being compiled

    def int_bounds(self, e: N.Expr) -> Bounds:
        """Bounds of `e` when it is an integer; only meaningful for int-typed code."""
        t = type(e)  # compared by class (Unary's subclass NotPrefix: by isinstance)
        if t is N.Num:
            value = e.value  # type: ignore[attr-defined]
            return (value, value) if type(value) is int else UNKNOWN
        if t is N.Name:
            return self._name_bounds(e)  # type: ignore[arg-type]
        if t is N.BinOp:
            return self._binop_bounds(e)  # type: ignore[arg-type]
        if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
            inner = self.int_bounds(e.operand)
            return _neg(inner) if e.op == "neg" else inner
        if t is N.Call and type(e.func) is N.Name:  # type: ignore[attr-defined]
            return self._call_bounds(e.func)  # type: ignore[attr-defined]
        if t is N.Member and self.typed_held and self.typed_read(e):  # type: ignore[arg-type]
            return INT32  # an int member of a held object (typed_members.py)
        if t is N.Call and self.direct_held:
            return self.direct_bounds(e)  # type: ignore[arg-type]  # (direct_methods.py)
        return UNKNOWN

    def store_bounds(self, var: "Var", t: "SType", e: N.Expr) -> Bounds:
        """The bounds `store_code` needs to store `e` (of static type `t`) into `var`:
        those of an integer stored into an integer variable; nothing otherwise, and then
        `e` is not walked again (a string built of ten parts, say)."""
        if t == S.INT and var.stype == S.INT:
            return self.int_bounds(e)
        return UNKNOWN

    def _name_bounds(self, e: N.Name) -> Bounds:
        key = fold(e.name)
        var = self.scope.lookup(key)
        if var is None and self.prog.refs.of(e) is Ref.CONSTANT:
            value = self.prog.constant_code(self.prog.refs.constant_key(e, key))[0]
            return (int(value), int(value)) if value.lstrip("-").isdigit() else UNKNOWN
        if var is None and self.typed_held and self.prog.refs.of(e) is Ref.MEMBER:
            return INT32 if self.typed_read(e) else UNKNOWN  # the current object's
        if var is None:
            return self._call_bounds(e)  # a procedure called without parentheses
        if var.pyname in self.loop_bounds:
            return self.loop_bounds[var.pyname]
        if var.stype == S.INT and is_int32(var.spec) and not var.implicit:
            return INT32
        return UNKNOWN

    def _binop_bounds(self, e: N.BinOp) -> Bounds:
        """Bounds of `a op b`; the `+ - *` on the left side are walked along it, innermost
        first, not by one recursion each (`n1 + ... + n1000`: out of Python's stack)."""
        spine = [e]
        while spine[-1].op in _ARITH and type(spine[-1].left) is N.BinOp:
            spine.append(spine[-1].left)
        bounds = self._one_binop_bounds(spine[-1])
        for op in reversed(spine[:-1]):
            bounds = _combined(op.op, bounds, self.int_bounds(op.right))
        return bounds

    def _one_binop_bounds(self, e: N.BinOp) -> Bounds:
        if e.op == "%":
            if isinstance(e.right, N.Num) and type(e.right.value) is int and e.right.value > 0:
                return _mod(self.int_bounds(e.left), e.right.value)
            return UNKNOWN
        if e.op not in _ARITH:
            return UNKNOWN
        return _combined(e.op, self.int_bounds(e.left), self.int_bounds(e.right))

    def _call_bounds(self, func: N.Name) -> Bounds:
        """A user procedure whose every RESULT has known bounds (not across REPL inputs:
        a later input may redefine the procedure)."""
        key = fold(func.name)
        ref = self.prog.refs.of(func)
        if self.prog.session is not None or ref not in (Ref.PROC, Ref.INTERNAL):
            return UNKNOWN  # a method is dispatched on the object's class
        proc = self.scope.lookup_proc(key) if ref is Ref.INTERNAL else self.prog.procs[key]
        if proc is None:
            return UNKNOWN
        return self.prog.ret_bounds.get(id(proc), UNKNOWN)
