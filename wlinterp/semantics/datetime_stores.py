"""A DateTime stored into an integer smaller than 8 bytes: its 17 digits
(YYYYMMDDHHMMSSCCC) are beyond the range, so the run stops with "Numeric overflow"
(runtime/stored_numbers.datetime_overflow) wherever it is stored: a variable, a member,
an element, a parameter. `wl check` says it at each of those stores (WL110, deferred),
in the run's words (docs/semantics.md "A DateTime stored into an integer"), of any value
the code says is a DateTime: a place declared one, a call declaring that result
(DateTimeSys(), `PROCEDURE P() : DateTime`), one moved by days or a Duration (`dt + 1`)."""
from __future__ import annotations

__all__ = ["check_datetime_into_int", "check_datetime_into_place", "check_datetime_into_var",
           "check_datetime_added", "check_datetime_plus",
           "check_datetime_returned", "value_length", "value_start"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.stored_numbers import datetime_too_wide
from ..syntax import nodes as N
from ..syntax.lambdas import LAMBDA_PREFIX
from .empty_dates import may_be_empty
from .place_types import place_start, place_type
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from .checker import FunctionChecker
    from .scopes import Symbol
    from .several_results import result_word_length
    from .item_stores import item_int
else:
    on_first_call(globals(), ".several_results", "result_word_length")
    on_first_call(globals(), ".item_stores", "item_int")

_PLACES = (N.Name, N.Member, N.Index)  # the values place_type may know the type of
# the values the checker's clock_kind may know to be a DateTime (a place, a call, `dt + 1`)
_DATED_VALUES = (N.Name, N.Member, N.Index, N.Call, N.BinOp)
_INT, _DATETIME, _DATE = Kind.INT, Kind.DATETIME, Kind.DATE


def check_datetime_into_int(fc: "FunctionChecker", holder: str, spec: "TypeSpec",
                            value: N.Expr, line: int, col: int, length: int) -> bool:
    """WL110 when `value` is a DateTime as the code tells it (`dt`, `st.dtWhen`,
    `tdt[1]`, `DateTimeSys()`, `dt + 1`: block_statements.clock_kind) and `spec`, the
    type of `holder` (a variable, a member, an element, a parameter, a result, as the
    message names it), an integer of fewer than 8 bytes; or a Date and an integer of 1 or
    2 bytes (its 8 digits, YYYYMMDD, are beyond both: runtime/stored_numbers
    dated_overflow). Not said where a WHEN EXCEPTION catches it (the run goes on there),
    as `x / 0`. True when said."""
    if spec.kind is not _INT or spec.bits >= 64 or spec.dims \
            or type(value) not in _DATED_VALUES or fc.probing or fc.guarded:
        return False
    kind = _told_kind(fc, value)
    if kind != _DATETIME and (kind != _DATE or spec.bits > 16) or may_be_empty(fc, value):
        return False  # (an empty one gives 0: empty_dates.py)
    fc.rep.report("WL110", datetime_too_wide(holder, spec.bits, spec.unsigned, kind), value,
                  line=line, col=col, length=length, deferred=True)
    return True


def check_datetime_plus(fc: "FunctionChecker", sym: "Symbol | None", s: N.Assign) -> None:
    """`n += dt`, `t[1] += dt`, `st.n += dt` (`s`, its target the variable `sym` or a
    place): an integer plus a DateTime is that DateTime moved by days, stored back into
    the integer, so the run stops as `n = dt` does (a Date into 1 or 2 bytes too)."""
    if s.op != "+=" or type(s.value) not in _DATED_VALUES:
        return
    if sym is not None:
        check_datetime_into_var(fc, sym, s.value, s.target.line, s.target.col)
    elif type(s.target) in _PLACES:
        check_datetime_into_place(fc, s.target, s.value)


def check_datetime_into_var(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                            col: int) -> bool:
    """check_datetime_into_int for the variable `sym` given `value` at line:col (`n = dt`,
    `n += dt`, `n is int = dt`), named as the assignments name a variable."""
    return check_datetime_into_int(fc, f"'{sym.name}'", sym.spec, value, line, col,
                                   len(sym.name))


def check_datetime_into_place(fc: "FunctionChecker", target: N.Expr, value: N.Expr) -> bool:
    """check_datetime_into_int for a member, an element or an associative array's element
    (`st.n`, `t[1]`, `aa["k"]`), or with an analysis an integer item (`Product.Stock`,
    item_stores.py) given `value` (`= dt`, `+= dt`): named as written, the caret at its
    variable (one naming for `=` and `+=`)."""
    place = place_type(fc, target) or fc.sym.item_ints and item_int(fc, target)
    if not place:
        return False
    start = place_start(target)
    return check_datetime_into_int(fc, f"'{place[1]}'", place[0], value, start.line, start.col,
                                   len(place[1]))


def check_datetime_returned(fc: "FunctionChecker", s: N.Return, spec: "TypeSpec") -> None:
    """`RESULT dt` in a procedure declared `: int` (`spec`, its one result type): the run
    converts the value to that type at the RESULT and stops there, in the words of a
    store (caret at RESULT, as the run's)."""
    value = s.value
    if value is None or type(value) not in _DATED_VALUES or fc.proc is None:
        return
    name = fc.proc.name
    whose = "this lambda" if name.startswith(LAMBDA_PREFIX) else name
    check_datetime_into_int(fc, f"the result of {whose}", spec, value, s.line, s.col,
                            result_word_length(fc, s))


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


def _told_kind(fc: "FunctionChecker", value: N.Expr) -> str | None:
    """What the code says `value` is: "date", "time", "datetime" or None (clock_kind). A
    chain of a thousand terms (`1 + 2 + ... + 1000`) is deeper than clock_kind's walk can
    go: nothing the check can tell there (the run still stops at it), rather than "the
    code nests too deeply"."""
    try:
        return fc.clock_kind(value)
    except RecursionError:
        return None
