"""A WLanguage time-out argument as seconds: hundredths of a second (WINDEV's unit for
the waits of threads, semaphores, mutexes, signals, sockets, parallel tasks, stacks and
queues), a Duration or readable text ("1 s"), and `Infinite` (or a negative number, or
no argument) as no limit.
"""
from __future__ import annotations

__all__ = ["timeout_seconds"]

from wlinterp.runtime import values as V
from wlinterp.runtime.durations import WLDuration


def timeout_seconds(value: object, fname: str) -> float | None:
    """A timeout in hundredths of a second, a Duration or readable text ("1 s"); None for
    Infinite (or a missing argument)."""
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)
                         and value < 0):
        return None
    if isinstance(value, WLDuration):
        return max(value.ms, 0) / 1000
    if isinstance(value, str) and not value.strip().lstrip("-").isdigit():
        from wlinterp.runtime.datetimes import to_duration
        return max(to_duration(value).ms, 0) / 1000
    n = V.to_num(value)
    if n < 0:
        return None
    return float(n) / 100
