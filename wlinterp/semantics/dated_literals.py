"""WL206 for a text literal that names no date or time stored into a Date, Time or
DateTime variable (`d is Date = "12/03/2025"`, `d = "20250230"`, `t is Time = "25:00"`):
the run keeps the text as it is, an invalid value that DateValid / TimeValid /
DateTimeValid call False and that moving or formatting stops at (docs/semantics.md "An
invalid Date"); nothing said so when the code was checked. The forms read are the
store's own (runtime/iso_text.py co_date, runtime/datetimes.py normalize_time and
normalize_datetime): WINDEV's digits and the RFC 3339 forms. An empty text and WINDEV's
all-zero "no date" ("00000000") are left alone."""
from __future__ import annotations

__all__ = ["DATED_KINDS", "check_dated_literal"]

from typing import TYPE_CHECKING

from ..digits import ascii_digits
from ..errors import WLRuntimeError
from ..runtime.date_parts import _as_date
from ..runtime.datetimes import normalize_datetime, normalize_time, valid_time_ms
from ..runtime.iso_text import co_date
from ..runtime.kinds import Kind
from ..syntax import nodes as N

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

DATED_KINDS = frozenset({Kind.DATE, Kind.TIME, Kind.DATETIME})
# the kind's name, what it holds, its validity function, how it is written
_SHOWN = {Kind.DATE: ("a Date", "date", "DateValid", '"YYYYMMDD" or "2025-03-12"; '
                      'StringToDate reads other forms'),
          Kind.TIME: ("a Time", "time", "TimeValid", '"HHMMSS", "HHMMSSCC" or "10:30:00"'),
          Kind.DATETIME: ("a DateTime", "date and time", "DateTimeValid",
                          '"YYYYMMDDHHMMSS" or "2025-03-12T10:30:00"')}


def _time_ok(text: str) -> bool:
    """Does the text a Time stores name a time of day?"""
    try:
        valid_time_ms(text, "")
    except WLRuntimeError:
        return False
    return True


def names_one(kind: str, text: str) -> bool:
    """Does `text`, stored into a variable of `kind`, hold a valid value of it?"""
    if kind == Kind.DATE:
        return _as_date(co_date(text)) is not None
    if kind == Kind.TIME:
        return _time_ok(normalize_time(text))
    digits = normalize_datetime(text)
    return _as_date(digits[:8]) is not None and ascii_digits(digits) \
        and _time_ok(digits[8:])


def check_dated_literal(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                        col: int) -> None:
    """WL206 at `sym`, a Date, Time or DateTime, given a text literal naming none."""
    if type(value) is not N.Str:
        return
    text = value.value.strip()
    if not text or set(text) == {"0"} or names_one(sym.spec.kind, text):
        return
    shown, held, valid, forms = _SHOWN[sym.spec.kind]
    fc.rep.report("WL206", f"'{sym.name}' is {shown}: the text \"{value.value}\" names no "
                  f"{held} ({valid} gives False for it) and is kept as it is; {shown} is "
                  f"written {forms}", value, line=line, col=col, length=len(sym.name))
