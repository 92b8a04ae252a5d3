"""WL110 for a Duration stored into a Date or a DateTime (`d is Date = du`, `dt = 2 h`): the
run stops there, "A Duration (...) cannot be stored into a Date: it is a length of time, not
a moment" (runtime/iso_text.py duration_no_moment, V, 6 Dec 2026); the check said nothing.
Said in the run's words where the value is certainly a Duration: a variable or parameter
declared one, a Duration literal (a Time takes it: that long after midnight), or the
difference of two variables declared a Date or a DateTime, one a DateTime (`dt - dt2`, and
`dt -= dt2` stored back: V, 7 Dec 2026). And a Duration stored into a boolean (`b = du`,
`b is boolean = 2 s`, `b += du`, `b -= du`: the sum is a Duration): the run stops, "A value
of type duration cannot be used as a boolean." (runtime/values.py to_bool); the check said
nothing (V, 7 Dec 2026, 14:42)."""
from __future__ import annotations

__all__ = ["check_duration_into_boolean", "check_duration_into_moment", "check_stored_back"]

from typing import TYPE_CHECKING

from ..errors import WLRuntimeError
from ..runtime.iso_text import duration_no_moment
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

_MOMENTS = {Kind.DATE: "Date", Kind.DATETIME: "DateTime"}


def check_duration_into_moment(fc: FunctionChecker, sym: Symbol, value: N.Expr,
                               line: int, col: int) -> None:
    """WL110 at `sym` (a Date or a DateTime) given a Duration variable or literal, named as
    written where the run shows the Duration's value."""
    kind = _MOMENTS.get(sym.spec.kind)
    if kind == "Date" and type(value) is N.BinOp and _dates_apart(fc, value) \
            and not sym.spec.dims:
        _days_into_date(fc, sym, value, line, col)
        return
    if kind is None or fc.probing or fc.guarded:
        return  # (a WHEN EXCEPTION catches it: the run goes on)
    if type(value) is N.Name:
        given = fc.scope.lookup(fold(value.name))
        if given is None or given.spec.kind is not Kind.DURATION or given.spec.dims:
            return
        shown: object = value.name
    elif type(value) is N.DurationLit:
        shown = _shown(value.ms)
    elif type(value) is N.BinOp and _moments_apart(fc, value):
        shown = f"{value.left.name} - {value.right.name}"  # type: ignore[attr-defined]
    else:
        return
    fc.rep.report("WL110", duration_no_moment(shown, kind).rstrip("."), value, line=line,
                  col=col, length=len(sym.name), deferred=True)


def check_stored_back(fc: FunctionChecker, sym: Symbol, s: N.Assign) -> None:
    """`dt -= dt2`, `d -= dt`: the difference of two moments (a Duration, as `dt - dt2` is)
    stored back into the Date or DateTime `sym`: the run stops as for `dt = dt - dt2`;
    `b += du`, `b -= du`: a boolean plus or minus a Duration is a Duration, stored back
    into the boolean `sym`: the run stops as for `b = du`."""
    if type(s.target) is not N.Name:
        return
    if sym.spec.kind is Kind.BOOLEAN and not sym.spec.dims:
        check_duration_into_boolean(fc, sym, s.value, s.target.line, s.target.col, s.op)
    elif s.op == "-=":
        check_duration_into_moment(fc, sym, N.BinOp(s.line, s.col, "-", s.target, s.value),
                                   s.target.line, s.target.col)


def check_duration_into_boolean(fc: FunctionChecker, sym: Symbol, value: N.Expr,
                                line: int, col: int, op: str = "=") -> None:
    """WL110 at `sym` (a boolean) given, by `op`, a Duration variable or literal, in the
    run's words, the Duration named as written."""
    if fc.probing or fc.guarded or sym.spec.dims:
        return  # (a WHEN EXCEPTION catches it: the run goes on)
    if type(value) is N.Name:
        given = fc.scope.lookup(fold(value.name))
        if given is None or given.spec.kind is not Kind.DURATION or given.spec.dims:
            return
        shown = value.name
    elif type(value) is N.DurationLit:
        held = _shown(value.ms)
        shown = held.wl_text() if hasattr(held, "wl_text") else str(held)  # "2 s"
    else:
        return
    if op != "=":
        shown = f"{sym.name} {op[0]} {shown}"
    fc.rep.report("WL110", f"a value of type duration cannot be used as a boolean: "
                  f"'{sym.name}' is a boolean, and {shown} is a Duration", value, line=line,
                  col=col, length=len(sym.name), deferred=True)


def _moments_apart(fc: FunctionChecker, e: N.BinOp) -> bool:
    """Is `e` `a - b`, two variables declared a Date or a DateTime, one at least a
    DateTime: a Duration (runtime/dated_mixes.py; two Dates give a number of days, which a
    Date takes)?"""
    if e.op != "-" or type(e.left) is not N.Name or type(e.right) is not N.Name:
        return False
    kinds = []
    for side in (e.left, e.right):
        held = fc.scope.lookup(fold(side.name))
        if held is None or held.spec.dims or held.spec.kind not in _MOMENTS:
            return False
        kinds.append(held.spec.kind)
    return Kind.DATETIME in kinds


def _dates_apart(fc: FunctionChecker, e: N.BinOp) -> bool:
    """Is `e` `a - b`, two variables declared a Date: a number of days (?1514040)?"""
    if e.op != "-" or type(e.left) is not N.Name or type(e.right) is not N.Name:
        return False
    held = [fc.scope.lookup(fold(side.name)) for side in (e.left, e.right)]
    return all(h is not None and h.spec.kind is Kind.DATE and not h.spec.dims for h in held)


def _days_into_date(fc: FunctionChecker, sym: Symbol, e: N.BinOp, line: int,
                    col: int) -> None:
    """WL225 (a warning: the run goes on) at the Date `sym` given the difference of two
    Dates (`d -= d2`, `d = d1 - d2`): their number of days, which a Date stores as its
    digits, a Date naming no day (docs/semantics.md "A Date minus a Date stored back")."""
    shown = f"{e.left.name} - {e.right.name}"  # type: ignore[attr-defined]
    fc.rep.report("WL225", f"{shown}, the difference of two Dates, is their number of days, "
                  f"which the Date '{sym.name}' stores as its digits: a Date naming no day "
                  f"(DateValid gives False)", e, line=line, col=col, length=len(sym.name),
                  hint=f"keep the days in an integer (n = {shown}), or move a Date by a "
                  f"number of days ({e.right.name} + n)")  # type: ignore[attr-defined]


def _shown(ms: int) -> object:
    """The literal's Duration as the run's message shows it ("2 h 30 min")."""
    from ..runtime.durations import WLDuration
    try:
        return WLDuration(ms)
    except WLRuntimeError:  # (beyond a Duration's range: check_duration_literal's)
        return f"{ms} ms"
