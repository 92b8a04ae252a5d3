"""A WLanguage time-out argument as seconds: hundredths of a second (WINDEV's unit for
the waits of threads, semaphores, mutexes, signals, sockets, parallel tasks, stacks and
queues), a Duration or readable text ("1 s"), and `Infinite` (or a negative number, or
no argument) as no limit. A finite wait is at most LONGEST_WAIT_S.
"""
from __future__ import annotations

__all__ = ["timeout_seconds", "bounded", "LONGEST_WAIT_S"]

from wlinterp.runtime import values as V
from wlinterp.runtime.durations import WLDuration
from wlinterp.digits import ascii_digits


LONGEST_WAIT_S = 30 * 24 * 3600.0
"""The longest finite wait: 30 days (as `wl run --timeout`). A longer one (a script's
"wait for ever" written as a huge number) waits that long: the system's waits cannot
take more than about 292 years, and a longer one stopped the run with "Numeric
overflow" (and, for a wait the watchdog bounds, a thread traceback)."""


def bounded(seconds: float) -> float:
    """`seconds`, at most LONGEST_WAIT_S."""
    return min(seconds, LONGEST_WAIT_S)


def timeout_seconds(value: object, fname: str, per_second: int = 100) -> float | None:
    """A timeout in hundredths of a second (`per_second` 1000: in milliseconds, as
    SocketRead's, ?3070014), a Duration or readable text ("1 s"); None for Infinite (or a
    missing argument)."""
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)
                         and value < 0):
        return None
    if isinstance(value, WLDuration):
        return bounded(max(value.ms, 0) / 1000)
    if isinstance(value, str) and not ascii_digits(value.strip().lstrip("-")):
        from wlinterp.runtime.datetimes import to_duration
        return bounded(max(to_duration(value).ms, 0) / 1000)
    n = V.to_num(value)
    if n < 0:
        return None
    return bounded(float(n) / per_second)
