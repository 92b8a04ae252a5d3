"""The sampling check of string and array sizes, for appends the compiler leaves unchecked.

`s += i` and `s += "x"` compile to CPython's in-place append, the hot path of string
building: a length test on each of them would cost about a fifth of its speed. Such a
piece is short (a literal, a number's text), so a string crosses the limit through them
only after many appends; instead of testing each one, a profiling timer (SIGPROF, every
SAMPLE_SECONDS of CPU time) looks at the variables of the WLanguage procedure that was
running and raises the "String too long" / "Array too large" error there. The string can
thus pass the limit by what one procedure appends in a few milliseconds, never more.

Where there is no such timer (Windows) or off the main thread (a run started by the
Python API in a worker thread), a watcher thread samples the running thread instead: every
SAMPLE_SECONDS of wall time it looks at that thread's current frame (`sys._current_frames`)
and, past a limit, raises the same error in it with `PyThreadState_SetAsyncExc` (CPython's
documented way to raise in another thread; the error appears at the thread's next
bytecode, as a signal handler's would). So every platform keeps the unchecked fast
appends. Only where neither exists (not CPython) does `SAMPLED` turn false, and the
compiler then checks every append.
"""
from __future__ import annotations

__all__ = ["SAMPLED", "SAMPLE_SECONDS", "arm", "enter"]

import signal
import sys
import threading
from types import FrameType
from typing import Any, Callable

from . import limits
from .containers import WLArray
from .deferred_stops import runs_whole, stops_deferred
from .limits import array_too_large, check_memory, max_array, max_string, string_too_long

SAMPLE_SECONDS = 0.02
_SIGNALS = hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF")


def _can_raise_in() -> bool:
    """Can a thread raise an error in another (CPython's ctypes API, thread_gate.raise_in)?
    Asked only without a profiling timer: ctypes is imported then, not at every start."""
    try:
        import ctypes
        return hasattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc")
    except (ImportError, AttributeError):  # not CPython
        return False


SAMPLED = _SIGNALS or (hasattr(sys, "_current_frames") and _can_raise_in())
_watching = threading.local()  # a thread whose run is already watched (nested runs)
_CO_OPTIMIZED = 0x1  # a function's frame: f_locals is a snapshot, not the globals


def _check_frame(frame: FrameType, compiled: Any) -> None:
    """Raise the limit error when a variable of `frame` (a WLanguage procedure or the main
    code) is past a limit. The f_locals snapshot is emptied afterwards: it holds extra
    references, which would make the next in-place append copy the whole string."""
    code = frame.f_code
    if code.co_filename not in compiled or not code.co_flags & _CO_OPTIMIZED:
        return
    check_memory()  # many values, each within its limit, can still fill the machine
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


def enter(options: dict[str, Any]) -> Callable[[], None]:
    """Enter a run's limits: apply its options' (limits.apply) and arm their sampling
    check; returns the function that disarms it and restores the previous limits. Both
    run whole whatever stop arrives (deferred_stops.py: a time limit cutting the
    disarming left the profiling timer armed for good)."""
    with stops_deferred():
        restore = limits.apply(options)
        return _Leave(arm(), restore)


class _Leave:
    """Leaving a run's limits: called from a `finally`, and whole once called (a stop
    landing at its first line skipped it, and the profiling timer stayed armed)."""

    __slots__ = ("disarm", "restore")

    def __init__(self, disarm: Callable[[], None], restore: Callable[[], None]) -> None:
        self.disarm, self.restore = disarm, restore

    @runs_whole
    def __call__(self) -> None:
        with stops_deferred():
            self.disarm()
            self.restore()


def arm() -> Callable[[], None]:
    """Start sampling the running WLanguage code of this thread (a nested run keeps the
    sampling already armed); returns the function that stops it."""
    if not SAMPLED:
        return lambda: None
    if _SIGNALS and threading.current_thread() is threading.main_thread():
        if getattr(signal.getsignal(signal.SIGPROF), "wl_size_watch", False):
            return lambda: None
        return _arm_signal()
    if getattr(_watching, "on", False):
        return lambda: None
    return _arm_watcher()


def _arm_signal() -> Callable[[], None]:
    """POSIX main thread: a profiling timer whose handler runs in the sampled frame."""
    from ..run_errors import LINEMAPS
    from .interval_timers import stop_interval_timer

    def sample(signum: int, frame: FrameType | None) -> None:
        if frame is not None:
            _check_frame(frame, LINEMAPS)
    sample.wl_size_watch = True  # type: ignore[attr-defined]
    old = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, SAMPLE_SECONDS, SAMPLE_SECONDS)

    def disarm() -> None:
        stop_interval_timer(signal.ITIMER_PROF, signal.SIGPROF, old)
    return disarm


def _arm_watcher() -> Callable[[], None]:
    """Any other thread, or no profiling timer: a daemon thread samples this one."""
    from ..run_errors import LINEMAPS
    from ..errors import WLRuntimeError
    from .thread_gate import prepare_raise, raise_in
    prepare_raise()  # a limit's error is raised at once, not after an import
    target = threading.get_ident()
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(SAMPLE_SECONDS):
            frame = sys._current_frames().get(target)
            if frame is None:
                return
            try:
                _check_frame(frame, LINEMAPS)
            except WLRuntimeError as error:
                if not stop.is_set():
                    raise_in(target, _error_class(error))
            finally:
                del frame
    _watching.on = True
    watcher = threading.Thread(target=watch, name="wl-size-watch", daemon=True)
    watcher.start()

    def disarm() -> None:
        stop.set()
        watcher.join()
        raise_in(target, None)  # drop an error raised as the run ended, so that it
        # cannot escape it
        _watching.on = False
    return disarm


def _error_class(error: Exception) -> type[BaseException]:
    """An exception raised in another thread is given as a class, instantiated there with
    no argument: a subclass of the error's class that rebuilds this very error."""
    kind = type(error)

    def rebuild(self: Any) -> None:
        kind.__init__(self, *error.args)
    return type(kind.__name__, (kind,), {"__init__": rebuild, "__module__": kind.__module__})
