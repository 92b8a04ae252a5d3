"""`*`, `/` and `%` where a side is a Date, Time, DateTime or Duration.

The general rules compute on what these values hold (a Date's digits "20240105", a
Duration's milliseconds), so `90 min * dDate` gave "1265006 d 13 h 30 min" and
`dDate / 3` a number of no meaning, silently. No stored help page gives a product table
(?1514040's stored copy has its addition table only), so the rules here are INFERRED
(docs/semantics.md, "Products of dates, times and durations"): a Date or a DateTime is a
point in time, which only moves (by days or a Duration), so no product, quotient or
remainder takes one; a Time beside a number counts its hundredths of a second (as a Time
stored into a number does); a Duration is multiplied or divided by a number, divided by
a Duration (their ratio) and gives the remainder of another Duration; any other pair
(two times, a Time and a Duration, a Duration times a Duration, a number divided by a
Duration, a Duration and a text) stops with an error naming both types.
"""
from __future__ import annotations

__all__ = ["refused_product", "dated_product", "value_kind"]

from decimal import Decimal
from typing import Any

from ..errors import WLRuntimeError
from .date_parts import KIND_SHOWN
from . import durations
from .durations import DateGap, WLDuration

_SHOWN = {**KIND_SHOWN, "duration": "Duration", "number": "number", "text": "text"}
_DONE = {"*": "multiplied by", "/": "divided by", "%": "divided (%) by"}
_POINTS = ("date", "datetime")


def _a(kind: str) -> str:
    """"a Date", "a number", "a value" (a kind only the run knows and did not tell)."""
    return "a " + _SHOWN.get(kind, "value")


def refused_product(op: str, a_kind: str, b_kind: str) -> str | None:
    """Why `a op b` (op `*`, `/` or `%`) means nothing for these kinds ("date", "time",
    "datetime", "duration", "number", "text", "" when unknown), or None when it computes.
    One text for the run's error and the checker's WL113 (semantics/operands.py)."""
    kinds = (a_kind, b_kind)
    why = ""
    if a_kind in _POINTS or b_kind in _POINTS:
        point = _SHOWN[a_kind if a_kind in _POINTS else b_kind]
        by = "a number of days or a Duration" if point == "Date" else "a Duration"
        why = f" (a {point} is moved by adding or subtracting {by})"
    elif "time" in kinds and (a_kind in ("time", "duration") and b_kind in ("time", "duration")):
        why = " (a Time counts as its hundredths of a second only beside a number)"
    elif a_kind == b_kind == "duration" and op == "*":
        why = " (a Duration is multiplied by a number)"
    elif b_kind == "duration" and a_kind in ("number", "text") and op != "*":
        why = " (a Duration can be divided by a number, not a number by a Duration)"
    elif a_kind == "duration" and op == "%" and b_kind in ("number", "text"):
        why = (" (take the remainder of a Duration by another Duration, or of its "
               "..InSeconds by a number)")
    elif "duration" in kinds and "text" in kinds:  # `du * "abc"` was 0 s, `du % "abc"`
        why = (" (a Duration is multiplied or divided by a number: Val gives the number "
               "a text writes)")  # refused: a text is no factor either way
    if not why:
        return None
    return f"A{_a(a_kind)[1:]} cannot be {_DONE[op]} {_a(b_kind)}{why}."


def value_kind(v: Any) -> str:
    """The kind `refused_product` names for a value only the run knows: a Duration (a
    difference of dates counts as its number of days), a Date, Time or DateTime a Variant
    holds (its marked text), a number, a text; "" for anything else."""
    t = type(v)
    if t is WLDuration:
        return "duration"
    if t is DateGap or t in (int, float, Decimal, bool) or isinstance(v, Decimal):
        return "number"  # (a numeric a Variant holds, a `0n` literal: Decimals too)
    name = getattr(v, "wl_type_name", "")
    if isinstance(v, str):
        return name if name in _SHOWN and name != "string" else "text"
    return ""


def dated_product(op: str, a: Any, a_kind: str, b: Any, b_kind: str) -> Any:
    """`a op b` (op `*`, `/` or `%`) with the kinds the declarations give ("" where only
    the run knows it): the error `refused_product` gives, or the product of what the
    values count (a Time its hundredths; the remainder of two Durations a Duration)."""
    a_kind, b_kind = a_kind or value_kind(a), b_kind or value_kind(b)
    refused = refused_product(op, a_kind, b_kind)
    if refused is not None:
        raise WLRuntimeError(refused)
    from .arithmetic import int_mod, w_div, w_mod, w_mul
    from .datetimes import time_number
    if a_kind == "time":
        a = time_number(a)
    if b_kind == "time":
        b = time_number(b)
    if op == "%" and a_kind == b_kind == "duration":
        return WLDuration(int_mod(a.ms, b.ms))
    return w_mul(a, b) if op == "*" else w_div(a, b) if op == "/" else w_mod(a, b)


def _refused_pair(op: str, a: Any, b: Any) -> str | None:
    """durations.py's `refused_pair`: the kinds of two values only the run knows."""
    return refused_product(op, value_kind(a), value_kind(b))


durations.refused_pair = _refused_pair  # Duration arithmetic asks these rules
