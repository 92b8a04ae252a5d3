"""Time, DateTime and Duration values as business code uses them.

Dates stay "YYYYMMDD" strings, times "HHMMSSCC" and datetimes "YYYYMMDDHHMMSSCCC" (the
string forms WLanguage converts them to); a Duration is a `WLDuration` holding
milliseconds (durations.py: the type, its properties and its operators). What this
module adds:
- parts read by the variable's declared type (`dt..Hour` of a DateTime is its hour, not
  the first two digits of its year; written, and carrying: dated_props.py);
- the difference of two times or two datetimes is a Duration, and a time or datetime
  plus or minus a Duration is a time or datetime;
- text, digits and numbers stored into a Duration (`to_duration`: `"1 h 30 min"`,
  `"+DHHMMSSCCC"`);
- the marked texts a Variant holds a Date, Time or DateTime as (dated_values.py), which
  its time arithmetic makes.
"""
from __future__ import annotations

__all__ = ["to_duration", "normalize_time", "normalize_datetime", "dated_part", "NOT_DATED",
           "time_sub", "time_add", "time_ms", "valid_time_ms", "DATETIME_WIDTHS", "dated_text",
           "time_of_hundredths", "time_number", "time_count", "DateText", "TimeText", "DateTimeText"]

from decimal import Decimal
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as _dt

from ..errors import WLRuntimeError
from ..lazy_regex import lazy_compile
from ..syntax.words import DATE_PART_WORDS, DATETIME_PART_WORDS, TIME_PART_WORDS
from . import durations, values as V
from .date_parts import (KIND_SHOWN, NUMBER_MINUS_DATETIME, date_number, date_part,
                         no_dated_from_duration, no_property)
from .durations import _DURATION_PARTS, _IN, _UNIT_MS, DateTimeOutOfRange, WLDuration
from .iso_text import co_date, iso_datetime_digits, iso_duration_ms, iso_time_digits
from ..digits import ascii_digits
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..syntax.duration_text import duration_literal
else:
    on_first_call(globals(), "..syntax.duration_text", "duration_literal")

_DATE, _TIME = DATE_PART_WORDS, TIME_PART_WORDS


def to_duration(value: object) -> WLDuration:
    """Storing into a Duration: a Duration, a number of milliseconds, or a readable
    string (`"1 h 30 min"`), "HHMMSSCC"-style digits (nine at most), the signed
    "+DHHMMSSCCC" form the Duration page gives (days of any width, then hours to
    milliseconds; more than nine digits without a sign are that form too) or the ISO
    8601 form a Duration has in JSON ("PT1H30M")."""
    if type(value) is WLDuration:
        return value
    if isinstance(value, WLDuration):  # a date difference: its days
        return WLDuration(value.ms)
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return WLDuration(0)
        if ascii_digits(s) and len(s) > 9:  # "0013000000": "+DHHMMSSCCC" without its sign
            s = "+" + s  # (read as a time's digits, it was 23 s for "0000230000000")
        elif ascii_digits(s):
            return WLDuration(time_ms(normalize_time(s)))
        if s[0] in "+-" and len(s) >= 11 and ascii_digits(s[1:]):  # "+DHHMMSSCCC" (?1514069)
            d, h, m, sec, ms = s[1:-9], s[-9:-7], s[-7:-5], s[-5:-3], s[-3:]
            days = V.int_from_text(d)  # (thousands of digits: an overflow, not Python's)
            total = (((days * 24 + int(h)) * 60 + int(m)) * 60 + int(sec)) * 1000 + int(ms)
            return WLDuration(-total if s[0] == "-" else total)
        iso = iso_duration_ms(s) if "P" in s else None
        if iso is not None:  # "PT1H30M": a Duration's JSON form (iso_text.py)
            return WLDuration(iso)
        clock = _CLOCK_DURATION.fullmatch(s) if ":" in s else None
        if clock:  # "00:00:02", "36:30", "-1:15:00.250" (decided, docs/semantics.md)
            return _clock_duration(clock)
        try:
            return WLDuration(duration_literal(s))
        except ValueError:
            raise WLRuntimeError(f"'{value}' is not a duration.") from None
    return WLDuration(V.to_int(value))


def _text_ms(text: str) -> int:
    """A text compared with a Duration, read as storing it into one reads it."""
    return to_duration(text).ms


durations.text_ms = _text_ms  # (`du > "1h"`: comparisons.py, WLDuration.wl_read_text)

_CLOCK_DURATION = lazy_compile(r"([+-]?)([0-9]+):([0-5]?[0-9])(?::([0-5]?[0-9])(?:[.,]([0-9]{1,3}))?)?")


def _clock_duration(m: re.Match[str]) -> WLDuration:
    """A duration written as a clock ("HH:MM[:SS[.mmm]]", hours of any width): what a
    Time's text looks like, read as hours, minutes, seconds (the page names only the
    digit form, so this is *decided*: it was refused as "not a duration")."""
    sign, h, mi, sec, ms = m.groups()
    seconds = (int(h) * 60 + int(mi)) * 60 + int(sec or 0)
    total = seconds * 1000 + int((ms or "0").ljust(3, "0"))
    return WLDuration(-total if sign == "-" else total)


# ---------------------------------------------------------------- times and datetimes

_YEAR_FIRST = lazy_compile(
    r"([0-9]{4})(?:([-/:])([0-9]{1,2})\2([0-9]{1,2})|([0-9]{4}))?"  # YYYY/M/D, YYYYMMDD
    r"(?:[ T]+(?:([0-9]{1,2}):([0-9]{1,2})(?::([0-9]{1,2})(?:[:.,]([0-9]{1,3}))?)?"
    r"|([0-9]{2,9})))?")  # then H:M[:S[:CC]], or the time's digits
"""A text of digits and separators that begins with the year (YYYY/MM/DD or YYYYMMDD,
then the time): normalize_datetime reads it as its digits, each part of one digit
completed to two ("2025/1/5 9:03" is 2025-01-05 09:03; its digits were run together,
"20251590300000000", a garbled month 15)."""


def _year_first_digits(m: re.Match[str]) -> str:
    """The digits of a text _YEAR_FIRST matched, each part on its width."""
    year, _, month, day, month_day, hour, minute, second, fraction, clock = m.groups()
    date = year + (month.zfill(2) + day.zfill(2) if month else month_day or "")
    if hour is None:
        return date + (clock or "")
    return date + hour.zfill(2) + minute.zfill(2) + (second or "").zfill(2) + (fraction or "")


DATETIME_WIDTHS = (12, 14, 16, 17)
"""The lengths of a DateTime's digits (YYYYMMDDHHMM, ...SS, ...SSCC as DateTimeSys() gives
them, ...SSCCC): too long for a Date or a Time, whose part of them a Date or Time variable
takes (INFERRED, docs/semantics.md; `d is Date = DateTimeSys()` kept all 16 digits)."""


def normalize_time(value: object) -> str:
    """A time as "HHMMSSCC" ("1030" is 10:30; "10:30:15" too, iso_text.py), or
    "HHMMSSCCC" when its thousandth is not 0: a Time holds milliseconds (the Millisecond
    property ?2512062 reads and sets 0 to 999 on a Time) and HHMMSSCCC is a format the
    Time property's page lists (?2512069); a DateTime's digits give their time part
    (`h is Time = dt`), its milliseconds included (docs/semantics.md, "A Time holds
    thousandths")."""
    s = V.to_str(value).strip()
    if ascii_digits(s) and len(s) <= 9:
        return s if len(s) == 9 and s[8] != "0" else s[:8].ljust(8, "0")
    if ascii_digits(s) and len(s) in DATETIME_WIDTHS:
        return _thousandths(s[8:17])
    return (iso_time_digits(s) or s) if ":" in s else s


def _thousandths(digits: str) -> str:
    """"HHMMSSCCC" cut to "HHMMSSCC" when its last digit is 0 (a Time's usual text)."""
    digits = digits.ljust(8, "0")
    return digits if len(digits) == 9 and digits[8] != "0" else digits[:8]


def normalize_datetime(value: object) -> str:
    """A datetime as "YYYYMMDDHHMMSSCCC" ("20240115" is midnight that day; the RFC 3339
    form "2024-01-15T10:30:00.250" too, iso_text.py; "2024/01/15 10:30", the year first,
    as its digits). A text whose first part is no year ("05/01/2025 10:30") is kept as
    it is, an invalid DateTime, as a Date keeps "05/01/2025" (docs/semantics.md "A text
    into a DateTime or a Time"): its digits were run together day first, a garbled
    "05012025103000000" that misled every message about it."""
    s = V.to_str(value).strip()
    if "-" in s and (iso := iso_datetime_digits(s)) is not None:
        return iso
    m = None if ascii_digits(s) else _YEAR_FIRST.fullmatch(s)
    digits = s if m is None else _year_first_digits(m)
    if ascii_digits(digits) and len(digits) <= 17:
        return digits.ljust(17, "0")
    return s


def datetime_of_number(value: object) -> str:
    """A number (or a Boolean, its number 1 or 0) given to a DateTime, or compared with
    one: its digits read as the same digits in a text are (20250108 is that day at
    midnight), so that `dt = 20250108` holds and compares equal to what it was given
    (INFERRED, docs/semantics.md "Time, DateTime, Duration")."""
    return normalize_datetime(V.to_str(int(value) if type(value) is bool else value))


def time_of_duration(du: Any) -> str:
    """A Duration given to a Time: that long after midnight (1 h 2 min is 01:02), wrapping
    at midnight as a Time plus a Duration does (INFERRED, docs/semantics.md "Time,
    DateTime, Duration"): the Time held the Duration's words, "1 h 2 min", no time."""
    return _time_text(du.ms)


def time_ms(t: str) -> int:
    """Milliseconds from midnight to the time `t` (any text normalize_time reads)."""
    t = normalize_time(t)
    if not (ascii_digits(t[:8])):
        raise WLRuntimeError(f"'{t}' is not a time.")
    return (int(t[0:2]) * 3_600_000 + int(t[2:4]) * 60_000 + int(t[4:6]) * 1000
            + int(t[6:8]) * 10 + (int(t[8]) if len(t) > 8 and ascii_digits(t[8]) else 0))


def valid_time_ms(value: Any, what: str) -> int:
    """time_ms of a Time used as a time (its parts read or set, a duration added, stored
    into a number): digits that name no time of day (`t is Time = "25:99:99"`, kept as
    given as an invalid Date is) are an error naming the value and `what` cannot be done
    (decided: docs/semantics.md "An invalid Time or DateTime"; the hours, minutes and
    seconds past their range carried into the next day)."""
    t = normalize_time(value)
    if ascii_digits(t[:8]) and (int(t[0:2]) > 23 or int(t[2:4]) > 59 or int(t[4:6]) > 59):
        raise WLRuntimeError(f"The Time \"{t}\" is not a valid time (TimeValid gives "
                             f"False for it): {what}.")
    return time_ms(t)


def _time_text(ms: int) -> str:
    """The text of a time `ms` milliseconds after midnight: "HHMMSSCC", "HHMMSSCCC" when
    the thousandth is not 0 (normalize_time)."""
    ms %= 86_400_000  # a time wraps around midnight
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}{m:02d}{s:02d}{ms // 10:02d}" + (str(ms % 10) if ms % 10 else "")


def _to_dt(value: object) -> _dt.datetime:
    s = normalize_datetime(value)
    import datetime as _dt  # here, not at start-up: a run may make no date
    try:
        return _dt.datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[8:10]),
                            int(s[10:12]), int(s[12:14]), int(s[14:17]) * 1000)
    except (ValueError, IndexError):
        shown = V.to_str(value)  # (a Duration's own text: it showed 'WLDuration(5400000)')
        raise WLRuntimeError(f"'{shown}' is not a valid datetime (DateTimeValid gives "
                             f"False for it).") from None


def _dt_text(d: _dt.datetime) -> str:
    # the year on 4 digits: strftime("%Y") writes year 1 as "1" on Linux
    return f"{d.year:04d}" + d.strftime("%m%d%H%M%S") + f"{d.microsecond // 1000:03d}"


def time_sub(a: Any, b: Any, kind: str) -> Any:
    """`t2 - t1` is a Duration; `t - duration` a time (`kind`: time or datetime)."""
    if isinstance(a, WLDuration) and not isinstance(b, WLDuration):
        no_dated_from_duration(kind)
    if isinstance(b, WLDuration) or (not isinstance(b, str) and kind == "time") or (
            isinstance(b, (int, float, Decimal))):
        return time_add(a, WLDuration(-_shift_ms(b, kind)), kind)
    if kind == "time" and isinstance(a, (int, float, Decimal)) and not isinstance(a, bool):
        return a - time_number(b)  # `i - t`: a number, as `i - j` with j = t
    if kind == "datetime" and isinstance(a, (int, float, Decimal)):  # `n - dt` (bool too)
        raise WLRuntimeError(NUMBER_MINUS_DATETIME)
    if kind == "datetime":
        delta = _to_dt(a) - _to_dt(b)
        return WLDuration(delta.days * 86_400_000 + delta.seconds * 1000
                          + delta.microseconds // 1000)
    return WLDuration(valid_time_ms(a, "it cannot be subtracted")
                      - valid_time_ms(b, "it cannot be subtracted"))


def _shift_ms(b: Any, kind: str) -> int:
    """The milliseconds a time or datetime moves by when `b` is added: a Duration's; a
    number beside a Time counts hundredths of a second, as an integer given to a Time
    reads (?2512069) and a Time stored into a number gives (time_number), so `t + n`
    is `t2 = i + n` with `i = t` (docs/semantics.md, "A number added to a Time":
    INFERRED; it counted milliseconds); beside a DateTime, days, as beside a Date
    (`dt + 0.5` is 12 hours later: INFERRED from ?2512043 and ?1000024190; it counted
    milliseconds). A boolean is the number 1 or 0 here too, as beside a number or a
    Date (`t + True` is `t + 1`, a hundredth; it was a millisecond)."""
    if isinstance(b, (int, float, Decimal)):  # (bool included: an int)
        return round(b * (10 if kind == "time" else 86_400_000))
    return to_duration(b).ms


def time_add(a: Any, b: Any, kind: str) -> Any:
    """A time or datetime plus a Duration (or a number: _shift_ms). Plus another
    time, date or datetime (a text: a variant, a function's result) it is the two texts
    joined, as the addition table of ?1514040 says for those pairs."""
    if isinstance(a, str) and isinstance(b, str):  # (a Variant's Time: dated_values.py)
        return str.__str__(a) + str.__str__(b)
    if isinstance(a, WLDuration) or (not isinstance(a, str) and isinstance(b, str)):
        a, b = b, a
    ms = _shift_ms(b, kind)
    if kind == "datetime":
        import datetime as _dt  # here, not at start-up: a run may make no date
        start = _to_dt(a)
        try:
            return _dt_text(start + _dt.timedelta(milliseconds=ms))
        except OverflowError:
            raise DateTimeOutOfRange(start, ms) from None
    return TimeText(_time_text(valid_time_ms(a, "nothing can be added to it") + ms))
    # (marked: a number it is stored into counts hundredths, time_number)


def dated_text(value: object, kind: str) -> str:
    """A text compared with a Date (`kind` "date"), a Time ("time") or a DateTime
    ("datetime") variable: converted as storing it into one converts it, so that
    `d = "2024-01-15"` compares the date (docs/semantics.md)."""
    if kind == "date":
        return co_date(value)
    return normalize_time(value) if kind == "time" else normalize_datetime(value)


# ---------------------------------------------------------------- parts read

NOT_DATED: Any = object()
"""What dated_part gives for a value or a property that is no part of a date or time."""


def dated_part(value: Any, name: str, kind: str) -> Any:
    """`x..Year`, `x..Hour`... of a value whose declared type is `kind` (date, time or
    datetime); a DateTime's `..Date` and `..Time` are its date ("YYYYMMDD") and time
    ("HHMMSSCC") parts. NOT_DATED when it is no such value's part (a Duration's, a
    property of the value itself: dated_props.part_of reads it then)."""
    if kind == "datetime" and name in DATETIME_PART_WORDS:
        s = normalize_datetime(value)
        return s[:8] if DATETIME_PART_WORDS[name] == "date" else _thousandths(s[8:17])
    if kind == "datetime" and (name in _DATE or name in _TIME):
        d = _to_dt(value)
        part = _DATE.get(name) or _TIME[name]
        return d.microsecond // 1000 if part == "ms" else getattr(d, part)
    if kind == "time" and name in _TIME:
        ms = valid_time_ms(value, f"it has no {name.capitalize()}")
        return {"hour": ms // 3_600_000, "minute": ms // 60_000 % 60,
                "second": ms // 1000 % 60, "ms": ms % 1000}[_TIME[name]]
    if type(value) is str and kind in KIND_SHOWN:  # d..Year, or no such property
        if kind == "time" or name in _TIME:  # (a Time's digits would read as an invalid
            # date; a Date's, read as a time, gave `d..Minute` 25 for 2025)
            raise WLRuntimeError(no_property(KIND_SHOWN[kind], name))
        return date_part(value, name, KIND_SHOWN[kind])
    return NOT_DATED


def time_of_hundredths(n: Any) -> str:
    """The "HHMMSSCC" of a number given to a Time: hundredths of a second since midnight,
    as TimeToInteger counts and the Time property's page reads an integer (?2512069),
    wrapping at midnight as IntegerToTime does (INFERRED for a Time variable: `t = 0`
    was "0", `t = 360000` the digits 36:00:00, both refused by TimeToString)."""
    return _time_text(V.to_int(n) * 10)


# ---------------------------------------------------------------- a Variant's dated values

class _DatedText(str):
    """Digits that know the kind of value they stand for (dated_values.py: a Date, Time
    or DateTime held by a Variant)."""

    __slots__ = ()
    wl_type_name = "string"
    wl_dated = True  # (values.type_name names its subclasses' types in messages)

    def wl_text(self) -> str:
        return str.__str__(self)

    def wl_get(self, name: str) -> Any:
        return dated_part(str.__str__(self), name, self.wl_type_name)

    def wl_num(self) -> int | float:
        """The number a Date or DateTime gives where one is wanted: its digits, as a
        declared one's store into an integer reads them. One that names no day stops, as
        a store does (date_number: `ArrayAdd(tabInt, v)` and `v = 5` of a Variant holding
        the Date "2026-12-06T25:30:00" were a Python error)."""
        return int(date_number(str.__str__(self), "it cannot be used as a number") or "0")


class DateText(_DatedText):
    __slots__ = ()
    wl_type_name = "date"


class TimeText(_DatedText):
    __slots__ = ()
    wl_type_name = "time"

    def wl_num(self) -> int | float:
        """Its hundredths, the thousandth kept as their tenth (time_count): an integer
        store truncates it (to_int), as time_number drops it."""
        return time_count(str.__str__(self))


class DateTimeText(_DatedText):
    __slots__ = ()
    wl_type_name = "datetime"


def time_number(value: Any) -> int:
    """A Time stored into a number (`i is int = t`, a Variant holding a Time, a Time
    argument of an integer parameter): hundredths of a second since midnight, the count
    an integer given to a Time reads (types.coerce) and TimeToInteger gives, so that
    `i = t; t2 = i` gives t back (INFERRED, docs/semantics.md "A Time stored into a
    number"). It was the digits HHMMSSCC: 12:00 became 12000000, read back as 09:20.
    The thousandth of a Time is dropped, as TimeToInteger drops it; an empty Time is 0."""
    text = value if type(value) is str else str(value)
    return valid_time_ms(text, "it cannot be stored into a number") // 10 \
        if text.strip() else 0


def time_count(value: Any) -> int | float:
    """A Time stored into a real, a currency or a numeric (`r is real = t + 2.5`): its
    hundredths of a second since midnight, as time_number, with its thousandth kept as
    their tenth (12:30:00.025 is 4500002.5; it was 4500002, the half hundredth `+ 2.5`
    had added lost). An integer drops it (time_number). INFERRED, docs/semantics.md
    "A Time stored into a number"."""
    text = value if type(value) is str else str(value)
    ms = valid_time_ms(text, "it cannot be stored into a number") if text.strip() else 0
    return ms // 10 if ms % 10 == 0 else ms / 10
