"""`-` between two different kinds of Date, Time and DateTime, and a date or time taken
from a Duration: the pairs the general rules (a date moves by days, a time by a Duration)
would compute from the digits as if they were numbers, giving a wrong value silently.

The stored copies of "Operations available on dates, times, datetimes and durations"
(?1514040) stop before its subtraction table, so the rules here are INFERRED
(docs/semantics.md, "Subtracting different kinds of dates and times"): a Date and a
DateTime are both points in time (the Date at midnight), so their difference is a
Duration; a Time alone is a time of day with no date, so it cannot be taken from a
Date or a DateTime, nor they from it; nothing dated can be taken from a Duration.
"""
from __future__ import annotations

__all__ = ["dated_sub", "refused_subtraction"]

from typing import Any

from ..errors import WLRuntimeError
from .date_parts import KIND_SHOWN as _SHOWN
from .date_parts import NUMBER_MINUS_DATETIME, dated_from_duration_text
from .datetimes import _to_dt
from .durations import WLDuration


def refused_subtraction(a_kind: str, b_kind: str) -> str | None:
    """Why `a - b` of these kinds ("date", "time", "datetime", "duration", "number") has
    no meaning: a Time with a Date or a DateTime, anything dated taken from a Duration, a
    DateTime taken from a number; None for the pairs that subtract. One text for the
    run's error and the checker's WL113."""
    if a_kind == "duration" and b_kind in _SHOWN:
        return dated_from_duration_text(b_kind)
    if a_kind == "number" and b_kind == "datetime":
        return NUMBER_MINUS_DATETIME
    if a_kind in _SHOWN and b_kind in _SHOWN and a_kind != b_kind and "time" in (a_kind, b_kind):
        return (f"A {_SHOWN[b_kind]} cannot be subtracted from a {_SHOWN[a_kind]}: a Time has "
                f"no date (subtract a Duration, or make both DateTimes).")
    return None


def dated_sub(a: Any, a_kind: str, b: Any, b_kind: str) -> Any:
    """`a - b` where a and b are of two different kinds among "date", "time" and
    "datetime": the Duration between a Date (at midnight) and a DateTime, or an error
    naming both kinds when a Time is one of them."""
    refused = refused_subtraction(a_kind, b_kind)
    if refused is not None:
        raise WLRuntimeError(refused)
    delta = _to_dt(a) - _to_dt(b)
    return WLDuration(delta.days * 86_400_000 + delta.seconds * 1000
                      + delta.microseconds // 1000)

