"""Parts of dates and times held as text (`d..Day`, `t..Minute`, `d..Day = 5`) and the
day arithmetic of `date + n`, `date - n`, `date - date`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as _dt

from ..errors import WLRuntimeError
from ..syntax.words import DATE_PART_WORDS, DAY_OF_WEEK_WORDS, TIME_PART_WORDS
from . import values as V
from .arithmetic import w_add, w_sub
from .durations import DateOutOfRange, WLDuration, add_days, date_gap  # date +/- days
from ..digits import ascii_digits

# How an error names a variable's declared type when the value, held as text, lacks a
# property (`d..JourSemaine` on a Date said "A string has no property").
KIND_SHOWN = {"date": "Date", "time": "Time", "datetime": "DateTime"}
# Where each part is in a "YYYYMMDD" date and a "HHMMSSCC" time (part words: words.py).
_DATE_SLICES = {"year": (0, 4), "month": (4, 6), "day": (6, 8)}
# a string's properties that are read, never set (runtime/access.py get_prop)
_READ_ONLY_TEXT = frozenset({"length", "taille", "size"})
_TIME_SLICES = {"hour": (0, 2), "minute": (2, 4), "second": (4, 6), "ms": (6, 8)}


def _as_date(value: Any) -> Any:
    """A "YYYYMMDD..." string as a datetime.date, or None."""
    if type(value) is not str or len(value) < 8 or not ascii_digits(value[:8]):
        return None
    import datetime as _dt  # here, not at start-up: a run may make no date
    try:
        return _dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None


def date_part(value: str, name: str, shown: str = "string") -> Any:
    """`d..Year`, `d..Month`, `d..Day` (`..Année`...), `t..Hour`, `t..Minute`...; a
    property the value lacks is an error naming `shown`, the type the variable was
    declared with (a Date, a Time... held as text) or "string"."""
    dpart, tpart = DATE_PART_WORDS.get(name), TIME_PART_WORDS.get(name)
    if dpart is not None and _as_date(value) is not None:
        a, b = _DATE_SLICES[dpart]
        return int(value[a:b])
    if name in DAY_OF_WEEK_WORDS and _as_date(value) is not None:
        return _as_date(value).isoweekday()
    if tpart is not None and len(value) >= 4 and ascii_digits(value[:4]):
        a, b = _TIME_SLICES[tpart]
        part = value[a:b]
        return int(part) * (10 if tpart == "ms" else 1) if ascii_digits(part) else 0
    if value == "" and (dpart is not None or tpart is not None or name in DAY_OF_WEEK_WORDS):
        raise WLRuntimeError(empty_date_error(name))
    if (dpart is not None or name in DAY_OF_WEEK_WORDS) and (
            _invalid_date(value) or shown in ("Date", "DateTime")):  # (`= "hello"` too)
        shown = "day of the week" if name in DAY_OF_WEEK_WORDS else name.capitalize()
        raise WLRuntimeError(invalid_date_error(value, f"it has no {shown}"))
    raise WLRuntimeError(no_property(shown, name))


def no_property(shown: str, name: str) -> str:
    """The error for a property a value lacks, naming its type (`shown`)."""
    return f"A {shown} has no property '{name}'."


def _invalid_date(value: Any) -> bool:
    """Digits of a date ("YYYYMMDD...") that name no day: `d is Date = "20231345"`."""
    return type(value) is str and len(value) >= 8 and ascii_digits(value[:8]) \
        and _as_date(value) is None


def invalid_date_error(value: str, what: str) -> str:
    """The error for using an invalid date as a date (its parts, days added): the value
    named, and the function that tells it (decided: docs/semantics.md, "An invalid
    Date")."""
    return (f"The Date \"{value}\" is not a valid date (DateValid gives False for it): "
            f"{what}.")


def empty_date_error(name: str) -> str:
    """The error for a part of an empty date ("", as `d = ""` leaves a Date) (decided:
    docs/semantics.md, "An empty Date")."""
    return (f"The Date is empty (\"\"): it has no {name.capitalize()}; give it a date first "
            f"(for example Today()).")


def with_part(value: Any, name: str, part: Any, shown: str = "") -> str:
    """`d..Day = 5`: the date (or time) with one part replaced; a property no text takes
    is an error naming `shown` (a Buffer held as text), else the value's type."""
    text = V.to_str(value)
    n = V.to_int(part)
    dpart, tpart = DATE_PART_WORDS.get(name), TIME_PART_WORDS.get(name)
    if text == "" and (dpart is not None or tpart is not None):
        raise WLRuntimeError(empty_date_error(name))
    if dpart is not None and _as_date(text) is not None:
        a, b = _DATE_SLICES[dpart]
        new = text[:a] + str(n).zfill(b - a) + text[b:]
        if _as_date(new) is None:
            raise WLRuntimeError(f"Invalid date: {name} = {n}.")
        return new
    if dpart is not None and _invalid_date(text):
        raise WLRuntimeError(invalid_date_error(text, f"its {name.capitalize()} cannot "
                                                      f"be changed"))
    if tpart is not None and len(text) >= 4:
        a, b = _TIME_SLICES[tpart]
        return text[:a] + str(n // (10 if tpart == "ms" else 1)).zfill(2) + text[b:]
    raise WLRuntimeError(_not_settable(value, name, shown))


def _not_settable(value: Any, name: str, shown: str = "") -> str:
    """`s..Foo = 1` / `s.Foo = 1` on a string (no date or time in it for a part): the
    read's words, "A string has no property 'Foo'.", naming the value's type; a property
    the string has but cannot be given (`s..Length = 3`) says so. (It said "cannot be set
    on this value" for both, and `s.Foo = 1` "has no member".)"""
    shown = shown or ("string" if isinstance(value, str) else V.type_name(value))
    if name in _READ_ONLY_TEXT:
        return f"The property '{name}' of a {shown} cannot be set."
    return no_property(shown, name)


def date_add(a: Any, b: Any) -> Any:
    """`date + n` adds n days (VERIFIED behaviour of WLanguage Date variables); anything
    else is the ordinary `+`."""
    left, right = _as_date(a), _as_date(b)
    moved = add_days(left, b, 1) if left is not None else None
    if moved is None and right is not None:
        moved = add_days(right, a, 1)
    if moved is None:
        _no_days(a, b)
    return w_add(a, b) if moved is None else moved


def _no_days(a: Any, b: Any) -> None:
    """`d + 1` / `d - 1` where d holds an invalid date (digits or any other text that
    names no day): an error naming it (before, the text and the number were joined); where d is empty (`d = ""`), the empty
    Date's error (it gave the text "30" for `d + 30`; docs/semantics.md "An empty
    Date")."""
    for date, days in ((a, b), (b, a)):
        if _no_day(date) and _counts_days(days):
            raise WLRuntimeError(invalid_date_error(date, "days cannot be added to it or "
                                                          "taken from it"))
        if date == "" and type(days) is not str and _counts_days(days):
            raise WLRuntimeError("The Date is empty (\"\"): days cannot be added to it or "
                                 "taken from it; give it a date first (for example Today()).")


def _no_day(value: Any) -> bool:
    """A Date's text that names no day: digits that name none ("20231345") or any other
    text ("2024xx05", "hello", kept as given as an invalid Date is); not an empty Date."""
    return type(value) is str and value.strip() != "" and _as_date(value) is None


def date_number(value: Any, what: str = "it cannot be stored into a number") -> Any:
    """A Date about to be stored into a number (`i is int = d`, a currency, a numeric, a
    real), checked: one that names no day ("2026-12-06T25:30:00" kept whole by co_date,
    "20261332") stops the run naming it, as an invalid Time does (datetimes.valid_time_ms):
    its number was the text's leading digits, 2026, without a word. A valid or empty Date
    is returned as it is, for the store's own conversion (docs/semantics.md "An invalid
    Date")."""
    if _no_day(value):
        raise WLRuntimeError(invalid_date_error(value, what))
    return value


def _dateless(value: Any) -> bool:
    """A Date's text that names no day and is no number's text: "2026-12-06T25:30:00",
    "about", or digits of a date's length that name no day ("20261332")."""
    return _no_day(value) and (not value.strip().lstrip("-").isdigit() or _invalid_date(value))


def _counts_days(value: Any) -> bool:
    """Does `value` count as days beside a Date (a number, a Duration, a boolean)? Asked
    of add_days on a day of its own; a count too large for any Date is days too (the
    empty Date's `e - n8`, n8 an 8-byte integer, said "01/01/2000 + 9000000000 day(s)
    falls outside the dates a Date can hold": the day asked about, and the wrong sign)."""
    try:
        return add_days(_as_date("20000101"), value, 1) is not None
    except DateOutOfRange:
        return True


def date_sub(a: Any, b: Any) -> Any:
    """`date - n` (or a Duration) goes back n days; `date - date` is a DateGap: a
    Duration of whole days that counts as the number of days (runtime/durations.py)."""
    left, right = _as_date(a), _as_date(b)
    if left is not None and right is not None:
        return date_gap((left - right).days)
    if right is not None and isinstance(a, WLDuration):
        no_dated_from_duration("date")
    moved = add_days(left, b, -1) if left is not None else None
    if moved is None and right is None:
        _no_days(a, b)
    if moved is None:
        _no_gap(a, b, left, right)
    return w_sub(a, b) if moved is None else moved


def _no_gap(a: Any, b: Any, left: Any, right: Any) -> None:
    """`d - "20261201"` or `"20261201" - d` where d names no day ("2026-12-06T25:30:00",
    "20261332"): an error naming it, as an invalid Time stops (datetimes.valid_time_ms).
    The texts' numbers were subtracted, -20259175, without a word. A short number's text
    (`d - "5"`) is left to the ordinary `-`, as before."""
    bad = a if right is not None and _dateless(a) else b if left is not None and \
        _dateless(b) else None
    if bad is not None:
        raise WLRuntimeError(invalid_date_error(bad, "no date can be taken from it nor it "
                                                     "from a date"))


def dated_from_duration_text(kind: str) -> str:
    """The one text for a Date, Time or DateTime (`kind`) taken from a Duration: the run's
    error and the checker's WL113 (semantics/operands.py)."""
    return (f"A {KIND_SHOWN[kind]} cannot be subtracted from a Duration (a Duration can "
            f"be subtracted from a {KIND_SHOWN[kind]}).")


NUMBER_MINUS_DATETIME = ("A DateTime cannot be subtracted from a number: a number minus a "
                         "moment has no meaning (dt - n moves the DateTime back n days).")
"""`n - dt`, `n -= dt`: the run's error and the checker's WL113 (dated_mixes.py
refused_subtraction). INFERRED (docs/semantics.md "A number minus a DateTime"): `n + dt`
is the DateTime moved by n days and `dt - n` moves it back, but no page gives a number
minus a moment, and its 17 digits taken from a count give a number with no meaning; the
run stopped there already, in words that named the number a bad datetime."""


def no_dated_from_duration(kind: str) -> None:
    """`du - t`: a Date, Time or DateTime taken from a Duration means nothing (INFERRED,
    docs/semantics.md); it computed on the digits, or failed saying '2 h' is no time."""
    raise WLRuntimeError(dated_from_duration_text(kind))
