"""Rounding a Duration or a DateTime to a period: the `Round`/`RoundUp`/`RoundDown`
(Arrondi/ArrondiSupérieur/ArrondiInférieur) syntax whose second parameter is a Duration.

VERIFIED against the RoundUp/ArrondiSupérieur page (doc.pcsoft.fr ?1000019396): the value
is cut into periods of the given length (a DateTime's day from midnight), and RoundUp gives
the END of the period that contains it: `RoundUp(13 min, 5 min)` is 15 min and
`RoundUp("202211041524", 7 min)` is 15:31 (15:24 starts a period, whose end is 15:31).
By the same reading RoundDown gives the period's start and Round the nearer of the two
(halves go up): our decision, pinned by tests/golden/helppages/maths.
"""
from __future__ import annotations

import datetime as _dt

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.datetimes import _dt_text, _to_dt
from wlinterp.runtime.durations import WLDuration


def round_to_period(value: object, period: object, mode: str, fname: str) -> object:
    """`value` (a Duration, or a DateTime) rounded to `period` (a Duration); `mode` is
    "up", "down" or "nearest". None when `period` is not a Duration (numeric rounding)."""
    if not isinstance(period, WLDuration):
        return None
    step = period.ms
    if step <= 0:
        raise WLRuntimeError(f"{fname}: the period must be a positive Duration.")
    if isinstance(value, WLDuration):
        return WLDuration(_round_ms(value.ms, step, mode))
    moment = _to_dt(value)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    ms = (moment - midnight) // _dt.timedelta(milliseconds=1)
    return _dt_text(midnight + _dt.timedelta(milliseconds=_round_ms(ms, step, mode)))


def _round_ms(ms: int, step: int, mode: str) -> int:
    """The start (down), the end (up) or the nearer bound (nearest) of the period of
    length `step` that contains `ms`."""
    start = (ms // step) * step
    if mode == "down":
        return start
    if mode == "up":
        return start + step
    return start + step if (ms - start) * 2 >= step else start
