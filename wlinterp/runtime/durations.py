"""The Duration type: a signed number of milliseconds (`du..InMinutes`, `du..Hour`, its
readable text), a date difference that counts as its number of days (DateGap), and the
operators with a Duration on either side; dates, times and datetimes are datetimes.py's
(which converts text to a Duration: `to_duration`).
"""
from __future__ import annotations

__all__ = ["WLDuration", "DateGap", "date_gap", "add_days", "duration_arith",
           "no_duration_property", "DateOutOfRange", "DateTimeOutOfRange",
           "DURATION_MAX_MS", "duration_overflow"]

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as _dt

from ..errors import ErrCode, WLRuntimeError
from ..syntax.words import DATE_PART_WORDS, TIME_PART_WORDS
from . import values as V
from . import arithmetic
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .arithmetic import w_div
    from .comparisons import w_eq
else:
    on_first_call(globals(), ".arithmetic", "w_div")
    on_first_call(globals(), ".comparisons", "w_eq")

_IN = {"inmilliseconds": 1, "enmillisecondes": 1, "inseconds": 1000, "ensecondes": 1000,
       "inminutes": 60_000, "enminutes": 60_000, "inhours": 3_600_000, "enheures": 3_600_000,
       "indays": 86_400_000, "enjours": 86_400_000}
# Milliseconds in each part, and the modulus a duration's part is shown in (`du..Hour`)
_UNIT_MS = {"day": 86_400_000, "hour": 3_600_000, "minute": 60_000, "second": 1000, "ms": 1}
_UNIT_MOD = {"day": None, "hour": 24, "minute": 60, "second": 60, "ms": 1000}
_DURATION_PARTS = {w: p for w, p in (DATE_PART_WORDS | TIME_PART_WORDS).items() if p in _UNIT_MS}


def no_duration_property(name: str) -> str:
    """The error for setting a property a Duration lacks (`du..Year = 2`), listing those
    it has: it said only "cannot be set on this value" (docs/semantics.md, "Setting a
    Duration's property")."""
    return (f"A Duration has no property '{name}' to set: its parts are Day, Hour, "
            f"Minute, Second and Millisecond, and InDays, InHours, InMinutes, InSeconds "
            f"and InMilliseconds give it in one unit (in French Jour, Heure, Minute, "
            f"Seconde, Milliseconde, EnJours, EnHeures...).")


DURATION_MAX_MS = (1 << 63) - 1
"""The longest Duration, in milliseconds: an 8-byte integer's (*decided*, INFERRED: the
Duration page ?1514069 says a duration is "an integer (duration in milliseconds)" and
gives no bound; about 106,751,991,167 days, 292 million years). Beyond it a Duration is
"Numeric overflow": it was held whole (`d * 1e300` printed some 300 digits)."""


def duration_overflow(ms: int) -> str:
    """The words of a Duration beyond DURATION_MAX_MS, shown in days (its largest unit)."""
    side, sign = ("largest", "") if ms > 0 else ("smallest", "-")
    days = format(abs(ms) / 86_400_000, ".6g")
    return (f"Numeric overflow: a Duration of {sign}{days} days is beyond the {side} "
            f"Duration ({sign}{DURATION_MAX_MS // 86_400_000:,} days, "
            f"{sign}{DURATION_MAX_MS:,} ms).")


class WLDuration:
    """A Duration: a signed number of milliseconds."""

    __slots__ = ("ms",)
    wl_type_name = "duration"
    wl_method_kind = "duration"  # du.ToString(...) is DurationToString (value_methods.py)

    def __init__(self, ms: int) -> None:
        n = ms if type(ms) is int else V.to_int(ms)  # (a real beyond the reals': their error)
        if not -DURATION_MAX_MS <= n <= DURATION_MAX_MS:
            raise WLRuntimeError(duration_overflow(n), ErrCode.NUMERIC)
        self.ms = n

    def wl_get(self, name: str) -> Any:
        if name in _IN:
            q, r = divmod(self.ms, _IN[name])
            return q if r == 0 else self.ms / _IN[name]
        unit = _DURATION_PARTS.get(name)
        if unit is not None:  # a negative duration's parts are negative (-1 h -30 min)
            whole = abs(self.ms) // _UNIT_MS[unit]
            mod = _UNIT_MOD[unit]
            part = whole % mod if mod else whole
            return -part if self.ms < 0 else part
        raise WLRuntimeError(f"A Duration has no property '{name}'.")

    def wl_num(self) -> int:
        return self.ms

    def wl_text(self) -> str:
        """*Decided*: readable text, largest unit first (`1 h 30 min`, `-2 s`, `0 s`)."""
        ms, sign = abs(self.ms), "-" if self.ms < 0 else ""
        parts = []
        for unit, size in (("d", 86_400_000), ("h", 3_600_000), ("min", 60_000),
                           ("s", 1000), ("ms", 1)):
            q, ms = divmod(ms, size)
            if q:
                parts.append(f"{q} {unit}")
        return sign + (" ".join(parts) if parts else "0 s")

    def wl_equals(self, other: object) -> bool:
        if type(other) is str:  # `du = "1 h 30 min"`: the text read as a Duration
            return self.ms == text_ms(other)
        return isinstance(other, WLDuration) and other.ms == self.ms or (
            isinstance(other, (int, float)) and not isinstance(other, bool)
            and other == self.ms)

    def wl_read_text(self, text: str) -> int:
        """A text compared with this Duration (`du > "1h"`), read as a Duration reads it
        ("1h", "1 h 30 min", "01:30:00", "PT1H"): its milliseconds, compared with this
        one's (comparisons.py; it compared the texts: "1 h 30 min" < "1h")."""
        return text_ms(text)

    def __repr__(self) -> str:
        return f"WLDuration({self.ms})"


class DateGap(WLDuration):
    """`date2 - date1`: a Duration of whole days (`gap is Duration = d2 - d1`,
    `(d2 - d1)..InDays`), that is the number of days wherever a number is wanted
    (`n is int = d2 - d1`, `d2 - d1 > 30`, `Trace(d2 - d1)` shows 60): what scripts
    written before the Duration type use it for (docs/semantics.md)."""

    __slots__ = ()
    wl_type_name = "integer"
    wl_read_text = None  # type: ignore[assignment]  # days: a text beside it compares as before

    def days(self) -> int:
        return self.ms // 86_400_000

    def wl_num(self) -> int:
        return self.days()

    def wl_text(self) -> str:
        return str(self.days())

    def wl_equals(self, other: object) -> bool:
        if type(other) is WLDuration:
            return other.ms == self.ms
        return w_eq(self.days(), other)

    def __repr__(self) -> str:
        return f"DateGap({self.days()} days)"


def date_gap(days: int) -> DateGap:
    return DateGap(days * 86_400_000)


def add_days(date: _dt.date, b: Any, sign: int) -> Any:
    """`date + n`, `date - n`, `date + Duration` (its whole days: a Date has no time
    part, VERIFIED table of "Operations available for the dates, times and durations":
    Duration + Date is a Date); a boolean counts 1 or 0 days, as it counts 1 or 0 beside
    a number (`Today() + bDone` joined the digits: docs/semantics.md "Date + boolean");
    None when `b` is none of them."""
    if isinstance(b, WLDuration):
        days = int(b.ms / 86_400_000)
    elif isinstance(b, (int, float, Decimal)):
        days = int(b)  # (a currency too: `d + c` joined the digits and "2.5")
    else:
        return None
    import datetime as _dt  # (a date was made: the module is loaded)
    try:
        moved = date + _dt.timedelta(days=sign * days)
    except OverflowError:
        raise DateOutOfRange(date, sign * days) from None
    return f"{moved.year:04d}" + moved.strftime("%m%d")  # ("%Y" writes year 3 as "3")


class DateOutOfRange(WLRuntimeError, OverflowError):
    """`d + n` past 31/12/9999 or before 01/01/0001: an error naming the Date's range (it
    said "Numeric overflow or invalid numeric operation."); an OverflowError still, so a
    FOR loop's Date counter ends there (helpers.py for_clock)."""

    def __init__(self, date: _dt.date, days: int) -> None:
        shown = f"{date.day:02d}/{date.month:02d}/{date.year:04d}"
        super().__init__(f"Date out of range: {shown} {'-' if days < 0 else '+'} "
                         f"{abs(days)} day(s) falls outside the dates a Date can hold, "
                         f"01/01/0001 to 31/12/9999.", ErrCode.NUMERIC)


class DateTimeOutOfRange(WLRuntimeError, OverflowError):
    """`dt + n` or `dt + du` past 31/12/9999 23:59:59.999 or before 01/01/0001: an error
    naming the DateTime's range, as a Date's (DateOutOfRange; it said "Numeric overflow
    or invalid numeric operation."); an OverflowError still, so a FOR loop's DateTime
    counter ends there (helpers.py for_clock)."""

    def __init__(self, start: _dt.datetime, ms: int) -> None:
        shown = (f"{start.day:02d}/{start.month:02d}/{start.year:04d} "
                 f"{start.hour:02d}:{start.minute:02d}:{start.second:02d}")
        super().__init__(f"DateTime out of range: {shown} {'-' if ms < 0 else '+'} "
                         f"{WLDuration(abs(ms)).wl_text()} falls outside the moments a "
                         f"DateTime can hold, 01/01/0001 00:00:00 to 31/12/9999 23:59:59.",
                         ErrCode.NUMERIC)


def text_ms(text: str) -> int:  # replaced by datetimes.py
    """The milliseconds of a text read as a Duration (datetimes.py `to_duration` puts
    itself here: this module, below the dates' ones, imports none of them)."""
    raise WLRuntimeError(f"'{text}' is not a duration.")


def refused_pair(op: str, a: Any, b: Any) -> str | None:  # replaced by dated_products.py
    """Why `a op b` (op `*` or `/`, a side a Duration) means nothing, or None: the rules
    are dated_products.py's, which imports this module and puts its own here (so that
    this module, below the dates' ones, imports none of them)."""
    return None


def duration_arith(op: str, a: Any, b: Any) -> Any:
    """`+ - * /` where one side is a Duration: Duration ± Duration or a number (of
    milliseconds) is a Duration, Duration * or / a number is a Duration, Duration /
    Duration their ratio. None when the operation is not a Duration's: a date difference
    (DateGap) with a number counts days, as a number. `%` only refuses what
    dated_products.py refuses (`v % 3`); two Durations' remainder is a Duration, as
    between declared ones (dated_products.py): a Variant's `v % w` gave the number of
    its milliseconds (the compiler types `%` of values it does not know as any value)."""
    ta, tb = type(a), type(b)
    if ta is not WLDuration and tb is not WLDuration:
        return None  # DateGap with a number or another DateGap: days
    if op in "*/%":  # `90 min * dDate`, `du * du`, `2 / du`, `du % 3`: dated_products.py
        refused = refused_pair(op, a, b)
        if refused is not None:
            raise WLRuntimeError(refused)
    if op == "%" and ta is WLDuration and tb is WLDuration:
        return WLDuration(arithmetic.int_mod(a.ms, b.ms))
    if op in "+-":
        x, y = (a.ms if isinstance(a, WLDuration) else V.to_int(a),
                b.ms if isinstance(b, WLDuration) else V.to_int(b))
        return WLDuration(x + y if op == "+" else x - y)
    if op == "*" and (ta is WLDuration) != (tb is WLDuration):
        d, n = (a, b) if ta is WLDuration else (b, a)
        return WLDuration(round(d.ms * V.to_num(n)))
    if op == "/" and ta is WLDuration:
        if isinstance(b, WLDuration):
            return w_div(a.ms, b.ms)
        n = V.to_num(b)
        if n == 0:
            raise WLRuntimeError("Division by zero.", ErrCode.DIVISION_BY_ZERO)
        return WLDuration(round(a.ms / n))
    return None


arithmetic.DURATION_TYPES = frozenset({WLDuration, DateGap})  # operators route these here
arithmetic.duration_arith = duration_arith
