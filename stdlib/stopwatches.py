"""Stopwatches: ChronoStart/ChronoDébut, ChronoEnd/ChronoFin, ChronoValue/ChronoValeur,
ChronoPause, ChronoResume/ChronoReprend and ChronoReset/ChronoRAZ.

PC SOFT's help page ?3027031 (ChronoStart, VERIFIED): a stopwatch is named by a number (1
by default); ChronoStart starts it, or starts a running one again from zero; ChronoEnd
stops it and returns the time measured as a Duration; ChronoValue reads it at any time; a
stopped stopwatch restarts with ChronoResume; ChronoValue and ChronoEnd on a stopwatch
never started are a WLanguage error ("The stopwatch is not started"); each thread has its
own stopwatches. The time is the monotonic clock's, in milliseconds.
"""
from __future__ import annotations

import threading
import time

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, NumberArg
from wlinterp.runtime import values as V
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.state import Runtime

family = Family("Stopwatches")


class _Watch:
    """Time gathered while stopped or paused (`total`, seconds), and since when it runs
    (`since`, None while stopped)."""

    __slots__ = ("total", "since")

    def __init__(self) -> None:
        self.total = 0.0
        self.since: float | None = time.monotonic()

    def seconds(self) -> float:
        running = 0.0 if self.since is None else time.monotonic() - self.since
        return self.total + running

    def stop(self) -> None:
        self.total, self.since = self.seconds(), None


def _key(rt: Runtime, number: object) -> tuple[int, int]:
    return threading.get_ident(), V.to_int(number)


def _started(rt: Runtime, fname: str, number: object) -> _Watch:
    watch = rt.table("stopwatches").get(_key(rt, number))
    if watch is None:
        raise WLRuntimeError(f"{fname}: the stopwatch {V.to_int(number)} is not started "
                             "(call ChronoStart first, in the same thread).")
    return watch


def _duration(watch: _Watch) -> WLDuration:
    return WLDuration(round(watch.seconds() * 1000))


@family.function("ChronoStart", "ChronoDébut")
def chrono_start(rt: Runtime, number: NumberArg = 1) -> None:
    """Start stopwatch `number` from zero (a running one starts again from zero)."""
    rt.table("stopwatches")[_key(rt, number)] = _Watch()


@family.function("ChronoEnd", "ChronoFin")
def chrono_end(rt: Runtime, number: NumberArg = 1) -> WLDuration:
    """Stop the stopwatch and return the time it measured."""
    watch = _started(rt, "ChronoEnd", number)
    watch.stop()
    return _duration(watch)


@family.function("ChronoValue", "ChronoValeur")
def chrono_value(rt: Runtime, number: NumberArg = 1) -> WLDuration:
    """The time measured so far, without stopping the stopwatch."""
    return _duration(_started(rt, "ChronoValue", number))


@family.function("ChronoPause", "ChronoPause")
def chrono_pause(rt: Runtime, number: NumberArg = 1) -> None:
    """Stop counting until ChronoResume (the time measured so far is kept)."""
    _started(rt, "ChronoPause", number).stop()


@family.function("ChronoResume", "ChronoReprend")
def chrono_resume(rt: Runtime, number: NumberArg = 1) -> None:
    """Count again from the time measured when the stopwatch was stopped or paused."""
    watch = _started(rt, "ChronoResume", number)
    if watch.since is None:
        watch.since = time.monotonic()


@family.function("ChronoReset", "ChronoRAZ")
def chrono_reset(rt: Runtime, number: NumberArg = 1) -> None:
    """Back to zero; a running stopwatch keeps running, a stopped one stays stopped."""
    watch = _started(rt, "ChronoReset", number)
    watch.total = 0.0
    if watch.since is not None:
        watch.since = time.monotonic()
