"""A DateTime stored into an integer smaller than 8 bytes: its 17 digits
(YYYYMMDDHHMMSSCCC) are beyond the range, so the run stops with "Numeric overflow"
(runtime/stored_numbers.datetime_overflow) wherever it is stored: a variable, a member,
an element, a parameter. `wl check` says it at each of those stores (WL110, deferred),
in the run's words (docs/semantics.md "A DateTime stored into an integer"), of any value
the code says is a DateTime: a place declared one, a call declaring that result
(DateTimeSys(), `PROCEDURE P() : DateTime`), one moved by days or a Duration (`dt + 1`)."""
from __future__ import annotations

__all__ = ["check_datetime_into_int", "check_datetime_added", "value_length",
           "value_start"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.stored_numbers import datetime_too_wide
from ..syntax import nodes as N
from .place_types import place_start, place_type

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from .checker import FunctionChecker

_PLACES = (N.Name, N.Member, N.Index)  # the values place_type may know the type of
# the values the checker's clock_kind may know to be a DateTime (a place, a call, `dt + 1`)
_DATED_VALUES = (N.Name, N.Member, N.Index, N.Call, N.BinOp)
_INT, _DATETIME = Kind.INT, Kind.DATETIME


def check_datetime_into_int(fc: "FunctionChecker", holder: str, spec: "TypeSpec",
                            value: N.Expr, line: int, col: int, length: int) -> bool:
    """WL110 when `value` is a DateTime as the code tells it (`dt`, `st.dtWhen`,
    `tdt[1]`, `DateTimeSys()`, `dt + 1`: block_statements.clock_kind) and `spec`, the
    type of `holder` (a variable, a member, an element, a parameter, as the message
    names it), an integer of fewer than 8 bytes. Not said where a WHEN EXCEPTION catches
    it (the run goes on there), as `x / 0`. True when said."""
    if spec.kind is not _INT or spec.bits >= 64 or spec.dims \
            or type(value) not in _DATED_VALUES or fc.probing or fc.guarded \
            or not _told_datetime(fc, value):
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
        start = value_start(value)  # (`stOrder.dtWhen`: at stOrder)
        check_datetime_into_int(fc, f"an element of '{holder[1]}'", holder[0].elem, value,
                                start.line, start.col, value_length(value))


def value_start(e: N.Expr) -> N.Expr:
    """The node a caret under the value `e` starts at: its variable for a place
    (`stOrder.dtWhen`), the left operand's for arithmetic (`dtOrder + 2 h`)."""
    while type(e) is N.BinOp:
        e = e.left
    return place_start(e)


def value_length(e: N.Expr) -> int:
    """How many characters a caret under the value `e` underlines: a name, a call's
    function name, else one."""
    if type(e) is N.Name:
        return len(e.name)
    return len(e.func.name) if type(e) is N.Call and type(e.func) is N.Name else 1


def _told_datetime(fc: "FunctionChecker", value: N.Expr) -> bool:
    """Does the code say `value` is a DateTime (clock_kind)? A chain of a thousand terms
    (`1 + 2 + ... + 1000`) is deeper than clock_kind's walk can go: no DateTime the check
    can tell there (the run still stops at it), rather than "the code nests too deeply"."""
    try:
        return fc.clock_kind(value) == _DATETIME
    except RecursionError:
        return False
