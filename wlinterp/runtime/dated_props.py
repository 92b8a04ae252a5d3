"""Parts of Date, Time, DateTime and Duration values read and written by their declared
type, as generated code does it: `dt..Hour`, `d.Year`, `t..Minute += 50`, `du..InSeconds
= 128` (writing a part carries: `t..Minute += 50` moves the hour, `d..Day += 1` on the
last day of a month gives the first of the next).

Above datetimes.py, which reads the parts of a date or time (`dated_part`), and
date_parts.py, which reads and writes a date held as text: a property that is no part
of such a value is read as any other (`get_prop`, access.py).
"""
from __future__ import annotations

__all__ = ["part_of", "with_part_of", "held_with_part", "item_with_part"]

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as _dt

from ..errors import WLRuntimeError
from ..syntax.words import DATE_PART_WORDS, DATETIME_PART_WORDS, TIME_PART_WORDS
from . import values as V
from .access import get_prop, set_prop
from .date_parts import (KIND_SHOWN, empty_date_error, invalid_date_error, no_property,
                         with_part)
from .datetimes import (NOT_DATED, DateText, DateTimeText, TimeText, _dt_text, _time_text,
                        _to_dt, dated_part, normalize_datetime, normalize_time,
                        time_of_hundredths, valid_time_ms)
from .durations import (_DURATION_PARTS, _IN, _UNIT_MS, WLDuration,
                        no_duration_property)
from ..digits import ascii_digits

_DATE, _TIME = DATE_PART_WORDS, TIME_PART_WORDS


def part_of(value: Any, name: str, kind: str) -> Any:
    """`x..Year`, `x..Hour`... of a value whose declared type is `kind`: its part, or the
    property of the value itself (a Duration's, or none: the error names it)."""
    found = dated_part(value, name, kind)
    return get_prop(value, name) if found is NOT_DATED else found


def _with_duration_part(value: Any, name: str, n: int) -> WLDuration:
    """A Duration with its days, hours, minutes, seconds or milliseconds set to n (the
    Hour ?2512038 and Millisecond ?2512062 pages: the property also changes a Duration);
    a value past the part's range carries (90 minutes is 1 h 30 min more). A negative
    duration's parts are negative, so `du..Minute += 5` adds 5 minutes whatever the sign
    (INFERRED, docs/semantics.md "A negative Duration's parts")."""
    d = value if isinstance(value, WLDuration) else WLDuration(V.to_int(value))
    unit = _UNIT_MS[_DURATION_PARTS[name]]
    return WLDuration(d.ms + (n - d.wl_get(name)) * unit)


_PART_RANGES = {"year": (1, 9999), "month": (1, 12), "day": (1, 31), "hour": (0, 23),
                "minute": (0, 59), "second": (0, 59), "ms": (0, 999)}
"""The digits a valid date or time has in each part (DateTimeValid ?1000020940)."""


def _text_in_range(part: str, key: str, shown: str) -> None:
    """A text given to a part of a Date, Time or DateTime (`dh..Hour = "2100"`) is that
    part's digits: outside the part's valid range (DateTimeValid ?1000020940) it is an
    error, not a number of hours carried 87 days on (INFERRED, docs/semantics.md "A
    text given to a part"). A number still carries (`d..Month = 14`)."""
    text = str.__str__(part).strip()
    low, high = _PART_RANGES[key]
    if ascii_digits(text) and low <= int(text) <= high:
        return
    word = "millisecond" if key == "ms" else key
    whole = "" if key not in ("hour", "minute") else \
        ", or set the whole time with ..Time (..PartieHeure)" if shown == "DateTime" else \
        ", or set the whole time with ..Time"  # (in French ..Heure is the hour: a
    # French user writing `dh..Heure = fHeure(...)` meant ..PartieHeure)
    raise WLRuntimeError(f"The {word} of a {shown} cannot be set to the text \"{text}\": "
                         f"it is no {word} ({low} to {high}); give a number to carry "
                         f"into the larger units{whole}.")


def _settable(kind: str, name: str) -> bool:
    """Is `name` a part a value of `kind` (date, time or datetime) can be given? A
    Date's are its date parts, a Time's its time parts, a DateTime's both and its
    ..Date / ..Time; any other (`t..Day = 3` said the Time's digits were no valid date,
    `d..Foo = 1` that it "cannot be set on this value") is no property of it."""
    if kind == "date":
        return name in _DATE
    if kind == "time":
        return name in _TIME
    return name in _DATE or name in _TIME or name in DATETIME_PART_WORDS


def with_part_of(value: Any, name: str, part: Any, kind: str) -> Any:
    """`x..Minute = 80`: the value with that part set; out-of-range values carry into the
    larger units (80 minutes is one hour and 20 minutes)."""
    if kind == "datetime" and name in DATETIME_PART_WORDS:  # dt..Date = "20240101"
        s = normalize_datetime(value)
        if DATETIME_PART_WORDS[name] == "date":
            return V.to_str(part)[:8] + s[8:]
        return s[:8] + _time_part_digits(part)
    if kind in KIND_SHOWN and not _settable(kind, name):  # d..Hour = 5 changed nothing,
        raise WLRuntimeError(no_property(KIND_SHOWN[kind], name))  # in silence
    if kind == "date" and V.to_str(value) == "" and name in _DATE:
        raise WLRuntimeError(empty_date_error(name))
    if kind == "duration" and name in _IN:  # du..InSeconds = 128: the whole duration
        ms = V.to_num(part) * _IN[name]
        return WLDuration(ms if type(ms) is int else round(V.to_real(ms)) if
                          type(ms) is float else round(ms))  # (a real beyond the reals'
        # range: their error; beyond a Duration's: its own, WLDuration)
    if isinstance(part, str) and kind != "duration" and (name in _DATE or name in _TIME):
        _text_in_range(part, _DATE.get(name) or _TIME[name], KIND_SHOWN[kind])
    n = V.to_int(part)
    if kind == "duration" and name in _DURATION_PARTS:  # du.Millisecond += 250 (?2512062)
        return _with_duration_part(value, name, n)
    if kind == "time" and name in _TIME:
        ms = valid_time_ms(value, f"its {name.capitalize()} cannot be changed")
        unit = _UNIT_MS[_TIME[name]]
        current = dated_part(value, name, "time")
        return _time_text(ms + (n - current) * unit)
    if kind in ("date", "datetime") and (name in _DATE or name in _TIME):
        d = _to_dt(value) if kind == "datetime" else _date_of(V.to_str(value), name)
        key = _DATE.get(name) or _TIME[name]
        if key == "year":
            d = _shift_months(d, (n - d.year) * 12)
        elif key == "month":
            d = _shift_months(d, n - d.month)
        else:
            current = d.microsecond // 1000 if key == "ms" else getattr(d, key)
            unit = _UNIT_MS[key]
            import datetime as _dt  # here, not at start-up: a run may make no date
            d += _dt.timedelta(milliseconds=(n - current) * unit)
        return _dt_text(d) if kind == "datetime" else f"{d.year:04d}" + d.strftime("%m%d")
    if kind == "duration":  # du..Year = 2 (it said "cannot be set on this value")
        raise WLRuntimeError(no_duration_property(name))
    return with_part(value, name, part)


def _time_part_digits(part: Any) -> str:
    """The "HHMMSSCCC" a DateTime's `..Time` is set to (the Time property ?2512069): a
    number is hundredths of a second since midnight (wrapping as IntegerToTime does), a
    text HHMM, HHMMSS, HHMMSSCC or HHMMSSCCC; the thousandths the value had before go."""
    if isinstance(part, (int, float, Decimal)) and not isinstance(part, bool):
        return time_of_hundredths(part) + "0"
    text = V.to_str(part).strip()
    if ascii_digits(text) and len(text) == 9:
        return text
    return normalize_time(text).ljust(9, "0")


def _date_of(text: str, name: str) -> _dt.datetime:
    """A Date's value whose part `name` is being set; an invalid date (`d is Date =
    "20231345"`) is an error naming it (runtime/date_parts.py's words)."""
    try:
        return _to_dt(text[:8])
    except WLRuntimeError:
        raise WLRuntimeError(invalid_date_error(
            text, f"its {name.capitalize()} cannot be changed")) from None


def _shift_months(d: _dt.datetime, months: int) -> _dt.datetime:
    """Move by whole months; a day past the new month's end stays on its last day."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        raise WLRuntimeError(f"The year {year} is out of range.")
    import calendar  # rarely needed: kept off start-up
    last = calendar.monthrange(year, month + 1)[1]
    return d.replace(year=year, month=month + 1, day=min(d.day, last))


_MARKED: dict[type, str] = {DateText: "date", TimeText: "time", DateTimeText: "datetime"}


def held_with_part(value: Any, name: str, part: Any, ctx: Any) -> Any:
    """`v..Minute = 5` where the Variant v holds a Duration, Date, Time or DateTime: the
    value with that part set, as the declared kinds set it (with_part_of: it carries),
    and marked again; it said "A value of type duration has no member". Anything else
    v holds gets the property as before (access.set_prop: an object's)."""
    if isinstance(value, WLDuration):
        return with_part_of(value, name, part, "duration")
    kind = _MARKED.get(type(value))
    if kind is not None:
        return type(value)(with_part_of(str.__str__(value), name, part, kind))
    set_prop(value, name, part, ctx)
    return value


def item_with_part(value: Any, name: str, part: Any) -> str:
    """`Orders.OrderDate..Day = 1`, `..Day += 30`: a data file's Date, Time or DateTime
    item (its value a text, hfsql/itemtypes.py) with one part set, as a variable of its
    kind sets it (with_part_of: it carries). The kind is told from the text, the
    analysis's item not being known when the code is compiled: a day, month or year of
    8 digits is a Date's, an hour... of 8 a Time's, 14 or more a DateTime's. It stopped
    with "A value of type string has no member 'Day'" (a read of the part worked)."""
    text = V.to_str(value)
    if len(text) >= 14:
        kind = "datetime"
    elif name in _DATE:
        kind = "date"
    elif name in _TIME:
        kind = "time"
    else:
        return with_part(text, name, part)
    return with_part_of(text, name, part, kind)
