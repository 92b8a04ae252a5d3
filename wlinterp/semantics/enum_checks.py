"""Enumeration variables and parameters as the semantic pass checks them: "an
Enumeration variable or parameter can only be assigned with a value of the enumeration"
(help page "Enumeration (Type of variable)" ?1514067, VERIFIED: its `Post1 = 1` and
`Post1 = "Walk"` are compilation errors). What a value is when the check cannot tell (a
variant, a call, an expression) is left to run.
"""
from __future__ import annotations

__all__ = ["check_enum", "check_enum_order", "enum_arguments", "enum_of"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .place_types import place_start
from .combination_checks import (check_combination, combination_of, literal_kind, refuse,
                                 type_named)

if TYPE_CHECKING:
    from .checker import FunctionChecker

_VARIANT_KIND = Kind.VARIANT
# Declared types whose values are never an enumeration's.
_SCALAR_KINDS = frozenset({Kind.INT, Kind.REAL, Kind.STRING, Kind.BOOLEAN, Kind.CURRENCY,
                           Kind.NUMERIC, Kind.DATE, Kind.TIME, Kind.DATETIME, Kind.DURATION})


def enum_of(fc: "FunctionChecker", type_text: str) -> str:
    """The enumeration (folded) a parameter's declared type names, else ""."""
    words = fold(type_text).split()
    spec = fc.sym.enum_types.get(words[-1]) if words else None
    return spec.name if spec is not None and spec.kind is _VARIANT_KIND else ""


def check_enum(fc: "FunctionChecker", enum: str, value: N.Expr, what: str, line: int,
               col: int, length: int) -> None:
    """Report a value given to an enumeration variable or parameter (`what`) that cannot
    be one of its values: a number or a text written as such, a boolean, a value of
    another enumeration, a variable declared of another type."""
    why = _not_of_enum(fc, enum, value)
    if why:
        refuse(fc, "enumeration", "a value of", enum, why, value, what, (line, col, length))


def _not_of_enum(fc: "FunctionChecker", enum: str, e: N.Expr) -> str:
    """What `e` is when it cannot be a value of `enum` (for the message), else ""."""
    if isinstance(e, N.Unary) and e.op in ("neg", "pos") and isinstance(e.operand, N.Num):
        e = e.operand
    if isinstance(e, N.Num):
        return "a number"
    literal = literal_kind(e)
    if literal:
        return literal
    other = type_named(fc, e)
    if other is not None:
        spec = fc.sym.enum_types.get(other)
        if spec is not None and other != enum:
            return f"a value of {fc.sym.constants.get(other, other)}"
        return ""
    if not isinstance(e, N.Name):
        return ""
    key = fold(e.name)
    sym = fc.scope.lookup(key)
    if sym is not None:
        spec = sym.spec
        if spec.kind is _VARIANT_KIND:
            return f"'{sym.name}' ({fc.sym.constants.get(spec.name, spec.name)})" \
                if spec.name and spec.name != enum else ""
        if spec.kind in _SCALAR_KINDS:
            return f"'{sym.name}' ({spec.describe()})"
        return ""
    owners = fc.sym.enum_values.get(key)
    if owners is not None and enum not in owners:
        other = next(iter(owners))
        return f"a value of {fc.sym.constants.get(other, other)}"
    return ""


def enum_arguments(fc: "FunctionChecker", e: N.Call, shown: str,
                   params: list[N.Param]) -> None:
    """An argument given to a parameter declared of an enumeration (check_enum)."""
    if not fc.sym.enum_values and not fc.sym.comb_values:  # (most programs declare none)
        return
    for prm, a in zip(params, e.args):
        if prm.star:
            break
        words = fold(prm.type_text).split() if prm.type_text else ()
        spec = fc.sym.enum_types.get(words[-1]) if words else None
        what = f"the parameter '{prm.name}' of {shown}"
        if spec is None:
            continue
        if spec.kind is _VARIANT_KIND:
            check_enum(fc, spec.name, a, what, a.line, a.col, 1)
        elif combination_of(fc, spec):
            check_combination(fc, spec.name, a, what, a.line, a.col, 1)




_ORDERS = frozenset({"<", "<=", ">", ">="})


def check_enum_order(fc: "FunctionChecker", e: N.Compare) -> None:
    """WL114 for `<`, `<=`, `>`, `>=` between values of two different enumerations
    (`EError < Red`, a variable of one against a value of another): they have no order
    between them, and the run stops there (runtime/comparisons.py); it compared their
    places in memory. INFERRED, docs/semantics.md "Enumerations and combinations"."""
    if not fc.sym.enum_values:  # (most programs declare none)
        return
    for i, op in enumerate(e.ops):
        if op not in _ORDERS:
            continue
        a, b = e.operands[i], e.operands[i + 1]
        left, right = _enum_of_value(fc, a), _enum_of_value(fc, b)
        if left and right and left != right:
            shown = fc.sym.constants.get
            fc.rep.report("WL114", f"a value of the enumeration {shown(left, left)} "
                          f"cannot be ordered against a value of the enumeration "
                          f"{shown(right, right)} ('{op}')", place_start(a), 1)


def _enum_of_value(fc: "FunctionChecker", e: N.Expr) -> str:
    """The enumeration (folded) `e` certainly holds a value of: a value named alone or
    through its type (`Red`, `EColour.Red`), a variable declared of it; else ""."""
    other = type_named(fc, e)
    if other is not None:
        spec = fc.sym.enum_types.get(other)
        return other if spec is not None and spec.kind is _VARIANT_KIND \
            and isinstance(e, N.Member) and fold(e.name) in fc.sym.enum_values else ""
    key = fold(e.name) if isinstance(e, N.Name) else ""
    sym = fc.scope.lookup(key) if key else None
    if sym is None:  # a value named alone, of one enumeration only
        owners = fc.sym.enum_values.get(key, ())
        return next(iter(owners)) if len(owners) == 1 else ""
    held = sym.spec  # a variable declared of an enumeration (not an array of them)
    return held.name if held.kind is _VARIANT_KIND and not held.dims \
        and held.name in fc.sym.enum_types else ""
