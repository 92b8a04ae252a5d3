"""Arithmetic on an enumeration's value: `x is int = Low + 0`, `2 * High`, `e - 1` (e a
variable of an enumeration), `-Low`. An enumeration's value is no number: the run stops,
"A value of type enumeration cannot be used as a number." (runtime/values.py), where
`wl check` said nothing; said here as WL113 at that operand, in the run's words. `+`
beside a text joins the value's name (`"x" + Low` is "xLow"), so `+` is said only when
the other side is certainly a number (a literal, a variable declared one) or an
enumeration's value too. (FOR EACH ... WHERE comparisons: enum_conditions.py.)
"""
from __future__ import annotations

__all__ = ["check_enum_arith", "check_enum_negated"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker

_REFUSING = frozenset(("-", "*", "/", "%", "mod", "^"))  # a number whatever the other side
_NUMBER_KINDS = frozenset((Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC, Kind.BOOLEAN))


def check_enum_arith(fc: FunctionChecker, e: N.BinOp) -> None:
    """WL113 at the operand of `e` that is an enumeration's value (or a variable of an
    enumeration) when the operation certainly makes it a number."""
    op = fold(e.op)
    if op != "+" and op not in _REFUSING:
        return
    for side, other in ((e.left, e.right), (e.right, e.left)):
        found = _enumeration(fc, side)
        if found is not None and (op != "+" or _numeric(fc, other)):
            _report(fc, side, found, f"an operand of '{e.op}'")
            return


def check_enum_negated(fc: FunctionChecker, e: N.Unary) -> None:
    """`-Low`: the opposite of an enumeration's value, refused as a number."""
    found = _enumeration(fc, e.operand) if e.op == "neg" else None
    if found is not None:
        _report(fc, e.operand, found, "negated")


def _report(fc: FunctionChecker, at: N.Expr, found: tuple[str, str, str], how: str) -> None:
    if fc.probing or fc.guarded or fc.in_where:
        return  # (a WHEN EXCEPTION catches it: the run goes on; WHERE: enum_conditions.py)
    shown, enum, what = found
    start = at.obj if type(at) is N.Member else at  # `Level.High`: from `Level`
    fc.rep.report("WL113", f"a value of type enumeration cannot be used as a number: {shown}, "
                  f"{what} of the enumeration {enum}, is {how}", start, len(shown),
                  hint="an enumeration's values are no numbers: use a CONSTANT or a "
                  "combination for values that count")


def _enumeration(fc: FunctionChecker, e: N.Expr) -> tuple[str, str, str] | None:
    """(the value as written, its enumeration, "a value" or "a variable") when `e` is an enumeration's value or a
    variable declared of an enumeration; None otherwise (only when the program has one)."""
    if not fc.sym.enum_types or type(e) not in (N.Name, N.Member):
        return None
    from .assignments import enumeration_value
    enum = enumeration_value(fc, e)
    what = "a value"
    if enum is None and type(e) is N.Name:
        what = "a variable"
        sym = fc.scope.lookup(fold(e.name))
        declared = fc.sym.enum_types.get(sym.spec.name) if sym is not None \
            and sym.spec.name and not sym.spec.dims else None
        if declared is None or declared.kind is not Kind.VARIANT:
            return None  # (a combination's variables hold integers)
        enum = fc.sym.constants.get(sym.spec.name, sym.spec.name)  # type: ignore[union-attr]
    if enum is None:
        return None
    shown = e.name if type(e) is N.Name else \
        f"{e.obj.name}.{e.name}" if type(e.obj) is N.Name else e.name  # type: ignore[attr-defined]
    return shown, enum, what


def _numeric(fc: FunctionChecker, e: N.Expr) -> bool:
    """Is `e` certainly a number (a literal, a variable declared a number or a boolean),
    or an enumeration's value too?"""
    if type(e) is N.Num:
        return True
    if type(e) is N.Name:
        sym = fc.scope.lookup(fold(e.name))
        if sym is not None and sym.spec.kind in _NUMBER_KINDS and not sym.spec.dims:
            return True
    return _enumeration(fc, e) is not None
