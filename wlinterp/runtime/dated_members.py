"""`+` and `-` on a member of a structure or object reached through a variable whose
type the code does not tell (an untyped parameter, which takes its argument's type,
?1514076; a variant): the member's declared type, read at run time, decides what the
operator does, as a declared operand decides it when compiling (compiler/operators.py).
Without it two Date members were subtracted as the numbers their digits make."""
from __future__ import annotations

from typing import Any

from .arithmetic import w_add, w_sub
from .date_parts import date_add, date_sub
from .datetimes import time_add, time_sub
from .dated_mixes import dated_sub
from .kinds import Kind
from .values import to_str

_DATED = {Kind.DATE: "date", Kind.TIME: "time", Kind.DATETIME: "datetime"}


def member_kind(obj: Any, name: str) -> str:
    """"date", "time" or "datetime" when the member `name` (folded) of the structure or
    object `obj` is declared so, its ancestors' members included; "" otherwise."""
    sdef = getattr(obj, "sdef", None)
    while sdef is not None:
        for member, _, spec in sdef.members:
            if member == name:
                return _DATED.get(spec.kind, "")
        sdef = sdef.base
    return ""


def dated_arith(op: str, a: Any, a_kind: str, b: Any, b_kind: str) -> Any:
    """`a op b` (op "+" or "-") for operands of the kinds given ("" for any other): two
    dated values added are their texts joined (?1514040), a date moves by days, a time or
    datetime by a Duration; otherwise the ordinary operator."""
    if op == "+" and a_kind and b_kind:
        return to_str(a) + to_str(b)
    if a_kind and b_kind and a_kind != b_kind:  # Date - DateTime, DateTime - Time...
        return dated_sub(a, a_kind, b, b_kind)
    if "date" in (a_kind, b_kind):
        return date_add(a, b) if op == "+" else date_sub(a, b)
    timed = a_kind or b_kind
    if timed:
        return time_add(a, b, timed) if op == "+" else time_sub(a, b, timed)
    return w_add(a, b) if op == "+" else w_sub(a, b)
