"""A DateTime stored into an integer smaller than 8 bytes: its 17 digits
(YYYYMMDDHHMMSSCCC) are beyond the range, so the run stops with "Numeric overflow"
(runtime/stored_numbers.datetime_overflow) wherever it is stored: a variable, a member,
an element, a parameter. `wl check` says it at each of those stores (WL110, deferred),
in the run's words (docs/semantics.md "A DateTime stored into an integer")."""
from __future__ import annotations

__all__ = ["check_datetime_into_int", "check_datetime_added"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.stored_numbers import datetime_too_wide
from ..syntax import nodes as N
from .place_types import place_start, place_type

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from .checker import FunctionChecker

_PLACES = (N.Name, N.Member, N.Index)  # the values place_type may know the type of
_INT, _DATETIME = Kind.INT, Kind.DATETIME


def check_datetime_into_int(fc: "FunctionChecker", holder: str, spec: "TypeSpec",
                            value: N.Expr, line: int, col: int, length: int) -> bool:
    """WL110 when `value` is a place declared a DateTime (`dt`, `st.dtWhen`, `tdt[1]`)
    and `spec`, the type of `holder` (a variable, a member, an element, a parameter, as
    the message names it), an integer of fewer than 8 bytes. Not said where a WHEN
    EXCEPTION catches it (the run goes on there), as `x / 0`. True when said."""
    if spec.kind is not _INT or spec.bits >= 64 or spec.dims or type(value) not in _PLACES \
            or fc.probing or fc.guarded:
        return False
    held = place_type(fc, value)
    if held is None or held[0].kind is not _DATETIME:
        return False
    fc.rep.report("WL110", datetime_too_wide(holder, spec.bits, spec.unsigned), value,
                  line=line, col=col, length=length, deferred=True)
    return True


# the rank of the first value the built-in puts into the array's elements (ArrayInsert:
# after the position); ArrayAddLine puts each of the values that follow
_VALUE_RANKS = {"ArrayAdd": 1, "ArrayAddSorted": 1, "ArrayAddLine": 1, "ArrayInsert": 2}


def check_datetime_added(fc: "FunctionChecker", en: str, args: list[N.Expr]) -> None:
    """WL110 for a DateTime put into an array of integers smaller than 8 bytes by a
    built-in (`ArrayAdd(t, dt)`, `t.Add(dt)`, `ArrayInsert(t, 1, dt)`, `t.AddSorted(dt)`,
    `ArrayAddLine(t, dt)`; `args` with the array first, a method's too): the run stops
    at the call with "Numeric overflow", as `t[1] = dt` does."""
    rank = _VALUE_RANKS.get(en)
    if rank is None or len(args) <= rank or type(args[0]) not in _PLACES:
        return
    holder = place_type(fc, args[0])
    if holder is None or holder[0].kind is not Kind.ARRAY or holder[0].elem is None:
        return
    for value in args[rank:] if en == "ArrayAddLine" else args[rank:rank + 1]:
        start = place_start(value)  # (`stOrder.dtWhen`: at stOrder)
        check_datetime_into_int(fc, f"an element of '{holder[1]}'", holder[0].elem, value,
                                start.line, start.col,
                                len(value.name) if type(value) is N.Name else 1)
