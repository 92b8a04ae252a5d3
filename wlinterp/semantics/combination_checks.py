"""Combination variables and parameters as the semantic pass checks them: a variable or
parameter declared of a combination takes that combination's options, alone or combined
with `+` / `|`, or a number (0 "disables all the options", ?1514074); an option of
another combination, a text or a boolean given to it, or its subscript (`o[Red]`), is
WL110. (A value of an enumeration stops the run, "cannot be used as a number": the
deferred WL110 of assignments.py says so.)
*Decided* (INFERRED from the enumeration page ?1514067, VERIFIED there: `Post1 = 1` and
`Post1 = "Walk"` are compilation errors; the combination page's stored copy lacks the
section): the run kept such a value silently as its flags, so `o = Red` of another
combination set the option that happens to have the same flag. Numbers, variables of a
number type, calls and other expressions are left to run (real code keeps the flags in
an integer). docs/semantics.md "Enumerations and combinations".
"""
from __future__ import annotations

__all__ = ["check_combination", "combination_of", "combination_subscript", "literal_kind",
           "refuse", "type_named"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

_INT_KIND = Kind.INT
_JOINS = ("+", "|", "-")  # (`c - Blue` takes an option away: one of c's too)


def combination_of(fc: "FunctionChecker", spec: TypeSpec | None) -> str:
    """The combination (folded) a declared type is, else ""."""
    if spec is None or spec.kind is not _INT_KIND or not spec.name:
        return ""
    named = fc.sym.enum_types.get(spec.name)
    return spec.name if named is not None and named.kind is _INT_KIND else ""


def check_combination(fc: "FunctionChecker", comb: str, value: N.Expr, what: str,
                      line: int, col: int, length: int) -> bool:
    """WL110 at the target when a part of `value` (the operands of `+` / `|`) cannot be
    an option of `comb`; whether it was reported."""
    for part in _parts(value):
        why = _not_option(fc, comb, part)
        if why:
            refuse(fc, "combination", "options of", comb, why, value, what,
                   (line, col, length))
            return True
    return False


def check_combination_step(fc: "FunctionChecker", sym: Symbol, s: N.Assign) -> None:
    """`c += Blue` / `c -= Blue` on a variable of a combination: what is added or taken
    away is one of c's options, as in `c = c - Blue` (check_combination; it took the
    other combination's flag away as a number)."""
    comb = combination_of(fc, sym.spec) if fc.sym.comb_values and s.op in ("+=", "-=") \
        else ""
    if comb:
        check_combination(fc, comb, s.value, f"'{sym.name}'", s.target.line, s.target.col,
                          len(sym.name))


def refuse(fc: "FunctionChecker", kind: str, takes: str, key: str, why: str,
           value: N.Expr, what: str, at: tuple[int, int, int]) -> None:
    """WL110 "'o' is of the combination Opts: it only takes options of Opts, not ..."
    (an enumeration's: "a value of"), at `at` (line, column, length): the target."""
    shown = fc.sym.constants.get(key, key)
    fc.rep.report("WL110", f"{what} is of the {kind} {shown}: it only takes {takes} "
                  f"{shown}, not {why}", value, line=at[0], col=at[1], length=at[2])


def _parts(e: N.Expr) -> list[N.Expr]:
    """The operands `A + B | C - D` joins, in order."""
    if isinstance(e, N.BinOp) and e.op in _JOINS:
        return _parts(e.left) + _parts(e.right)
    return [e]


def _not_option(fc: "FunctionChecker", comb: str, e: N.Expr) -> str:
    """What `e` is when it cannot be an option of `comb` (for the message), else ""."""
    literal = literal_kind(e)
    if literal:
        return literal
    other = type_named(fc, e)
    if other is not None:
        if other != comb and other in fc.sym.comb_values.get(fold(e.name), ()):  # type: ignore[attr-defined]
            return _option_of(fc, other)
        return ""
    if not isinstance(e, N.Name):
        return ""
    key = fold(e.name)
    sym = fc.scope.lookup(key)
    if sym is not None:
        other = combination_of(fc, sym.spec)
        if other and other != comb:
            return f"'{sym.name}' (declared of {fc.sym.constants.get(other, other)})"
        return ""
    if comb in fc.sym.comb_values.get(key, ()):
        return ""
    owners = fc.sym.comb_values.get(key)
    return _option_of(fc, min(owners)) if owners and key not in fc.sym.enum_values else ""


def _option_of(fc: "FunctionChecker", key: str) -> str:
    """"an option of the combination Colors"."""
    return f"an option of the combination {fc.sym.constants.get(key, key)}"


def combination_subscript(fc: "FunctionChecker", e: N.Index) -> None:
    """`o[Red]` / `o[Red] = True` on a variable of a combination: the subscript names
    the option tested or set, so it is one of the combination's (check_combination)."""
    if type(e.obj) is not N.Name or len(e.args) != 1:
        return
    sym = fc.scope.lookup(fold(e.obj.name))
    comb = combination_of(fc, sym.spec) if sym is not None else ""
    if comb:
        a = e.args[0]
        check_combination(fc, comb, a, f"'{sym.name}'", a.line, a.col, 1)  # type: ignore[union-attr]


def literal_kind(e: N.Expr) -> str:
    """"a text" or "a boolean" for a literal of that kind (what a variable of an
    enumeration or a combination never takes), else ""."""
    if isinstance(e, N.Str):
        return "a text"
    if isinstance(e, N.Const) and isinstance(e.value, bool):
        return "a boolean"
    return ""


def type_named(fc: "FunctionChecker", e: N.Expr) -> str | None:
    """The name (folded) `X` of `X.Value` when X is no variable (an enumeration's or a
    combination's value named through its type), else None."""
    if isinstance(e, N.Member) and isinstance(e.obj, N.Name) \
            and fc.scope.lookup(fold(e.obj.name)) is None:
        return fold(e.obj.name)
    return None
