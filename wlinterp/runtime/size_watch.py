"""The sampling check of string and array sizes, for appends the compiler leaves unchecked.

`s += i` and `s += "x"` compile to CPython's in-place append, the hot path of string
building: a length test on each of them would cost about a fifth of its speed. Such a
piece is short (a literal, a number's text), so a string crosses the limit through them
only after many appends; instead of testing each one, a profiling timer (SIGPROF, every
SAMPLE_SECONDS of CPU time) looks at the variables of the WLanguage procedure that was
running and raises the "String too long" / "Array too large" error there. The string can
thus pass the limit by what one procedure appends in a few milliseconds, never more.

Where there is no such timer (Windows) or off the main thread, nothing is sampled and
the compiler checks every append instead (`SAMPLED` tells it which).
"""
from __future__ import annotations

__all__ = ["SAMPLED", "SAMPLE_SECONDS", "arm"]

import signal
import threading
from types import FrameType
from typing import Any, Callable

SAMPLE_SECONDS = 0.02
SAMPLED = hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF")
_CO_OPTIMIZED = 0x1  # a function's frame: f_locals is a snapshot, not the globals


def _check_frame(frame: FrameType, compiled: Any) -> None:
    """Raise the limit error when a variable of `frame` (a WLanguage procedure or the main
    code) is past a limit. The f_locals snapshot is emptied afterwards: it holds extra
    references, which would make the next in-place append copy the whole string."""
    from .containers import WLArray
    from .limits import array_too_large, max_array, max_string, string_too_long
    code = frame.f_code
    if code.co_filename not in compiled or not code.co_flags & _CO_OPTIMIZED:
        return
    snapshot = frame.f_locals
    try:
        longest = max_string()
        largest = max_array()
        for value in snapshot.values():
            if type(value) is str and len(value) > longest:
                raise string_too_long(len(value))
            if type(value) is WLArray and len(value.items) > largest:
                raise array_too_large(len(value.items))
    finally:
        snapshot.clear()


def arm() -> Callable[[], None]:
    """Start sampling the running WLanguage code (POSIX main thread only; a nested run
    keeps the sampling already armed); returns the function that stops it."""
    if not SAMPLED or threading.current_thread() is not threading.main_thread() \
            or getattr(signal.getsignal(signal.SIGPROF), "wl_size_watch", False):
        return lambda: None
    from ..engine import _LINEMAPS

    def sample(signum: int, frame: FrameType | None) -> None:
        if frame is not None:
            _check_frame(frame, _LINEMAPS)
    sample.wl_size_watch = True  # type: ignore[attr-defined]
    old = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, SAMPLE_SECONDS, SAMPLE_SECONDS)

    def disarm() -> None:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)
    return disarm
