"""A Date, Time or DateTime held where no declaration gives the type (a Variant), and a Time
given to a DateTime.

Declared Date, Time and DateTime variables hold plain digit strings ("YYYYMMDD",
"HHMMSSCC", "YYYYMMDDHHMMSSCCC"): the compiler knows their type from the declaration.
A Variant has no declaration to tell, and "20240115" could be a date or a text; so a
value of one of these kinds stored into a Variant becomes one of the `str` subclasses
DateText, TimeText, DateTimeText (datetimes.py, beside the parts they read and the time
arithmetic that makes them), which say their kind. They are still strings (Trace, concatenation, string
functions and keys see the digits), and TypeVar answers wlDate/wlTime/wlDateTime,
`v..Year` / `v..Hour` read the kind's parts, `v + 1` moves a date by a day and
`v + 2 h` a time, as the declared kinds do (docs/semantics.md, "A Variant holding a Date,
Time or DateTime"; it said wlString, and a Time's `..Hour` failed).
"""
from __future__ import annotations

__all__ = ["dated_variant", "dated_if_text", "time_as_datetime", "date_as_time", "time_member", "dated_into", "text_dated_arith",
           "DATED_TEXTS", "DATED_KINDS"]

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as _dt

from . import arithmetic
from .datetimes import DateText, DateTimeText, TimeText
from .values import NumericHeld


_BY_KIND = {"date": DateText, "time": TimeText, "datetime": DateTimeText}
DATED_TEXTS = frozenset(_BY_KIND.values())
DATED_KINDS = frozenset(_BY_KIND)  # the declared kinds dated_variant marks


def dated_variant(value: Any, kind: str) -> Any:
    """The value of a Date, Time or DateTime expression (`kind`) stored into a Variant:
    its digits, marked with their kind (anything else, e.g. Null, is kept as it is)."""
    if isinstance(value, str):
        return _BY_KIND[kind](value)
    return value


def dated_if_text(value: Any, kind: str) -> Any:
    """A Variant's value compared with a Date, Time or DateTime (`kind`): a text it holds
    is read as that type reads it, as a declared string's is (datetimes.py `dated_text`:
    `v = "2024-01-05"` compares the date, where the text's characters were compared);
    beside a DateTime a number is read as storing it there reads it (20250108 is
    that day at midnight, datetimes.py `datetime_of_number`: `dt = 20250108` is true
    after `dt is DateTime = 20250108`); any other value (a number beside a Date or a
    Time, a marked date, Null) as it is (docs/semantics.md "A Variant holding a text
    compared with a date")."""
    if type(value) is str:
        from .datetimes import dated_text
        return dated_text(value, kind)
    if kind == "datetime" and type(value) in _NUMBERS:
        from .datetimes import datetime_of_number
        return datetime_of_number(value)
    return value


_NUMBERS = frozenset((int, float, bool, Decimal, NumericHeld))


def time_member(obj: Any, name: str, value: str) -> str:
    """The text `value` of the member `name` (folded) of the structure or object `obj`,
    read where the code does not tell obj's type (an untyped parameter, a Variant):
    marked a Time when the member is declared one, so that a number it is stored into
    counts its hundredths and a DateTime takes that time today, as for a member read
    through a declared type (`i = p.hStart`; it kept the digits)."""
    from .dated_members import member_kind
    return TimeText(value) if member_kind(obj, name) == "time" else value


def time_as_datetime(value: Any, ctx: Any = None) -> str:
    """A Time stored into a DateTime (`dt = t`, the page's `FinalDateTime =
    ConferenceDuration + AdditionalTime`, ?1514040): that time today, the date part
    being what a DateTime declared without a value holds (INFERRED, docs/semantics.md:
    a Date so stored is that day at midnight, the time part a fresh DateTime's). The
    Time's digits were read as a date (year 0530). `ctx` (the run's TypeContext) gives
    the day from the clock Today() reads, fixed by `wl run --now`."""
    import datetime as _dt  # here: only a run that makes a date imports datetime
    from .datetimes import normalize_time
    day = ctx.today() if ctx is not None else _dt.date.today().strftime("%Y%m%d")
    return day + normalize_time(value).ljust(9, "0")


def date_as_time(value: Any) -> Any:
    """A Date stored into a Time (`h is Time = dDate`): midnight, as a Date stored into
    a DateTime is that day at midnight (INFERRED, docs/semantics.md "A Date stored into
    a Time"); its digits were read as a time ("20240115" was 20:24:01.15). An empty Date
    stays empty; anything else (Null) is kept as it is."""
    if isinstance(value, str):
        return "00000000" if str.__str__(value).strip() else ""
    return value


def dated_into(value: str, kind: str, ctx: Any = None) -> str:
    """A marked text (a Date, Time or DateTime given as an argument, or held by a
    Variant) stored into a Time or DateTime (`kind`): a Time into a DateTime is that time
    today (time_as_datetime), anything else its digits as such a store reads them."""
    from .datetimes import normalize_datetime, normalize_time
    if kind == "datetime" and getattr(value, "wl_type_name", "") == "time":
        return time_as_datetime(value, ctx)
    if kind == "time" and type(value) is DateText:
        return date_as_time(value)
    text = str.__str__(value)
    return normalize_time(text) if kind == "time" else normalize_datetime(text)


def text_dated_arith(op: str, a: Any, b: Any) -> Any:
    """`+` / `-` where a side is one of the marked texts (a Variant holding a Date, Time
    or DateTime): what the declared kinds do (a date moves by days, a time or datetime
    by a Duration; two of them added are their texts joined, ?1514040's addition table;
    the difference of two of one kind is a Duration or a number of days); a result of
    the same kind keeps its mark. `*` and `/` as dated_products.py decides."""
    if op != "+" and op != "-":  # `v * 2`: as the declared kinds (dated_products.py)
        from .dated_products import dated_product
        return dated_product(op, a, "", b, "")
    ka = a.wl_type_name if type(a) in DATED_TEXTS else ""
    kb = b.wl_type_name if type(b) in DATED_TEXTS else ""
    kind = ka or kb
    left = str.__str__(a) if ka else a
    right = str.__str__(b) if kb else b
    if op == "+" and ka and kb:
        return left + right
    if op == "-" and ka and kb and ka != kb:
        from .dated_mixes import dated_sub
        return dated_sub(left, ka, right, kb)
    if kind == "date":
        from .date_parts import date_add, date_sub
        result = date_add(left, right) if op == "+" else date_sub(left, right)
    else:
        from .datetimes import time_add, time_sub
        result = time_add(left, right, kind) if op == "+" else time_sub(left, right, kind)
    if type(result) is str and not (ka and kb):
        return _BY_KIND[kind](result)
    return result


arithmetic.DATED_TEXTS = DATED_TEXTS  # operators route these here
arithmetic.text_dated_arith = text_dated_arith
