"""Max and Min (stdlib/numbers.py): the greatest or smallest of their arguments, an
array standing for its elements, Durations by their length and dates by the moment
they name.

Max and Min compare as `>` and `<` do. Durations, Dates, Times and DateTimes need more:
`>` on a Duration orders its length, but Max refused a Duration as "not a number or a
string"; a Date, Time or DateTime argument (which the compiler marks with its kind, as a
Variant's are: dated_values.py) compared its digits with a text's characters, so
`Max(t, "0900")` was "0900" (docs/semantics.md "Max and Min of Durations and dates",
INFERRED: the Max page is not among the stored pages).
"""
from __future__ import annotations

__all__ = ["extreme", "scale_clash"]

from decimal import Decimal
from typing import Any, Callable

from ..errors import WLRuntimeError
from . import values as V
from .assoc_arrays import WLAssoc
from .containers import WLArray
from .dated_values import dated_variant
from .durations import DateGap, WLDuration

_CONTAINERS = (WLArray, WLAssoc)
_COMPARED = (bool, int, float, Decimal, str, DateGap)  # what Max and Min order
_DATED = frozenset({"date", "time", "datetime"})
_SHOWN = {"date": "Date", "time": "Time", "datetime": "DateTime", "duration": "Duration",
          "number": "number", "text": "text"}


def _elements(values: tuple[object, ...]) -> list[object]:
    """The values with each array or associative array replaced by its elements (only
    built when one is there: `Max(a, b)` in a loop keeps the plain tuple)."""
    flat: list[object] = []
    for v in values:
        if isinstance(v, WLArray):
            kind = getattr(v.elem, "kind", "")  # an array of Dates: each a Date
            flat.extend(v.items if kind not in _DATED else
                        (dated_variant(x, kind) for x in v.items))
        elif isinstance(v, WLAssoc):
            flat.extend(v.data.values())
        else:
            flat.append(v)
    return flat


def extreme(fname: str, values: tuple[object, ...],
            better: Callable[[object, object], bool]) -> object:
    """The best of `values` for `better` (w_gt for Max, w_lt for Min); an array among
    them stands for its elements (its every cell for several dimensions: docs/builtins.md
    "Max and Min of an array", decided); a Null gives Null, as in arithmetic."""
    flat = _elements(values) if any(isinstance(v, _CONTAINERS) for v in values) else values
    if not flat:
        raise WLRuntimeError(f"{fname}: the array is empty: there is no value to compare.")
    if any(v is None for v in flat):  # (docs/semantics.md "Nullable values in operations")
        return None
    if any(type(v) is WLDuration or getattr(v, "wl_type_name", "") in _DATED for v in flat):
        return _timed(fname, list(flat), better)
    for v in flat:  # every value, not only the answer: `Max(1, p)` gave 1, p dropped
        if not isinstance(v, _COMPARED):
            raise WLRuntimeError(f"{fname} expects numbers or strings, not "
                                 f"{V.type_name(v)}.")
    best = flat[0]
    for v in flat[1:]:
        if better(v, best):
            best = v
    if type(best) is DateGap:  # `Max(0, dReturn - dDue)`: the days late
        return best.days()
    return best


def _scale(kinds: list[str]) -> str:
    """The kind Max or Min compares by: a Duration's, else a Time's, a DateTime's, a Date's."""
    present = {k for k in kinds if k in _DATED or k == "duration"}
    return "duration" if "duration" in present else "time" if "time" in present \
        else "datetime" if "datetime" in present else "date"


def scale_clash(fname: str, kinds: list[str]) -> str | None:
    """Why Max or Min (`fname`) cannot compare values of these kinds (value_kind's words:
    "date", "time", "datetime", "duration", "number", "text"), or None: kinds that name no
    common scale (a Duration and a Date, a Time and a Date, a number and a Date or a
    Time). One text for the run's error and the checker's WL115 (semantics/builtin_args.py)."""
    present = {k for k in kinds if k in _DATED or k == "duration"}
    if not present:
        return None
    scale = _scale(kinds)
    for k in kinds:
        clash = k in present and k != scale and not {k, scale} <= {"date", "datetime"} \
            or k == "number" and scale in ("date", "datetime", "time")
        if clash:
            return (f"{fname} cannot compare a {_SHOWN[scale]} with a {_SHOWN[k]}: they are "
                    "not measured on one scale")
    return None


def _timed(fname: str, flat: list[object], better: Callable[[object, object], bool]) -> Any:
    """Max or Min where a Duration, Date, Time or DateTime is among the values: each
    compared by what it stands for, the others read as that kind reads them (a text as
    the date or time it writes, a number beside a Duration as milliseconds, beside a
    Time as hundredths of a second); the result is of that kind. Kinds that name no
    common scale (a Duration and a Date, a Time and a Date, a number and a Date or a
    Time: `Min(7, t)` gave the Time 00:00:00.07) stop with an error naming both."""
    from .dated_products import value_kind
    kinds = [value_kind(v) for v in flat]
    refused = scale_clash(fname, kinds)
    if refused is not None:
        raise WLRuntimeError(refused + ".")
    scale = _scale(kinds)
    try:  # a value that names no moment: the refusal names the function (it did not)
        values = [_as_kind(v, k, scale) for v, k in zip(flat, kinds)]
        best = 0
        for i in range(1, len(values)):
            if better(_key(values[i], scale), _key(values[best], scale)):
                best = i
    except WLRuntimeError as exc:
        raise WLRuntimeError(f"{fname}: {exc}") from None
    return values[best]


def _as_kind(v: object, kind: str, scale: str) -> object:
    """A value of a Max/Min over `scale` (duration, time, datetime, date) as a value of
    that kind: a Duration (a DateGap its length), a marked Date, Time or DateTime as it
    is, a text or a number read as storing it into such a variable reads it."""
    from .datetimes import DateText, DateTimeText, TimeText, dated_text, time_of_hundredths, \
        to_duration
    if scale == "duration":
        return to_duration(v) if kind != "number" or type(v) is DateGap \
            else WLDuration(round(V.to_num(v)))
    if kind in _DATED:
        return v
    if scale == "time":
        return TimeText(time_of_hundredths(v) if kind == "number" else dated_text(v, "time"))
    return (DateText if scale == "date" else DateTimeText)(dated_text(v, scale))


def _key(v: Any, scale: str) -> object:
    """What Max/Min compares: a Duration's milliseconds, a Time's milliseconds since
    midnight, a Date's or DateTime's digits as a DateTime's (a Date at midnight), as a
    number."""
    from .datetimes import _to_dt, normalize_datetime, valid_time_ms
    if scale == "duration":
        return v.ms
    if not str.__str__(v).strip():  # an empty Date or Time (`d = ""`): before any moment,
        return -1  # as the text comparison had it (`Max(dLatest, d)` from an empty one)
    if scale == "time":
        return valid_time_ms(str.__str__(v), "it cannot be compared")
    text = normalize_datetime(str.__str__(v))
    try:  # a text that names no moment (`Max(d, "abc")`) is an error, as for a Time
        _to_dt(text)
    except WLRuntimeError:
        if scale == "datetime":
            raise
        raise WLRuntimeError(f"'{v}' is not a valid date (DateValid gives False for it).") \
            from None
    return int(text)
