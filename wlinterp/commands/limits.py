"""Stopping a running script from outside: `--timeout` and Ctrl-C.

Both become WLanguage errors positioned at the statement that was running and naming
its procedure, so a user can see where an endless loop was spinning. `WHEN EXCEPTION`
cannot catch them (they are raised as BaseException inside the script's frames).

On POSIX the time limit is an interval timer (SIGALRM), which also breaks a blocking
system call such as `Delay`. Where there is no such timer (Windows) or off the main
thread, a timer thread interrupts the main thread instead: the script stops at its next
WLanguage statement, but a call blocked inside the operating system finishes first.
"""
from __future__ import annotations

__all__ = ["Interrupted", "TimedOut", "stop_reporting"]

import _thread
import contextlib
import signal
import threading
from typing import Any, Iterator

from ..errors import WLRuntimeError


class Interrupted(WLRuntimeError):
    """Ctrl-C stopped the script (exit code 130)."""


class TimedOut(WLRuntimeError):
    """`--timeout` stopped the script (exit code 1)."""


class _TimeLimit(BaseException):
    """Raised in the main thread by the POSIX timer."""


def _posix_timer_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def stop_reporting(filename: str, seconds: float | None = None, *, what: str = "the script",
                   interrupts: bool = True) -> Iterator[None]:
    """Run the body; Ctrl-C raises `Interrupted`, an expired `seconds` raises `TimedOut`
    ("`what` ran longer than ..."). With `interrupts` False, Ctrl-C is left as it is (a
    test runner stops the whole run, not one case)."""
    from ..engine import stopped_error
    expired = threading.Event()
    caught: dict[str, bool] = {}
    cancel = _arm(seconds, expired, caught) if seconds else None
    timeout_text = f"{what} ran longer than {seconds or 0:g} s (--timeout); stopped in {{where}}"
    try:
        yield
    except (_TimeLimit, KeyboardInterrupt) as exc:
        caught["yes"] = True  # first, and no call: the timer raises no more from here
        if not expired.is_set() and not interrupts:
            raise
        if expired.is_set():
            err = stopped_error(timeout_text, exc.__traceback__, filename, TimedOut)
        else:
            err = stopped_error("interrupted (Ctrl-C) in {where}", exc.__traceback__, filename,
                                Interrupted)
        relocate = getattr(exc, "wl_relocate", None)  # a project: back to the original file
        raise (relocate(err) if relocate else err) from None
    finally:
        caught["yes"] = True  # the body is over: a late expiry must not escape from here
        if cancel is not None:
            cancel()


_AGAIN = 0.05  # seconds between the raises of an expired time limit, until one is caught


def _arm(seconds: float, expired: threading.Event, caught: dict[str, bool]) -> Any:
    """Start the time limit; returns the function that disarms it.

    The POSIX timer raises again every _AGAIN seconds until `stop_reporting` has caught
    one: a handler that runs inside a garbage-collector callback or a `__del__` has its
    exception ignored by Python, and a one-shot limit lost that way let an endless input
    run on (seen under load in the REPL tests)."""
    if _posix_timer_usable():
        def expire(signum: int, frame: Any) -> None:
            expired.set()
            if not caught:
                raise _TimeLimit()

        old = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds, _AGAIN)

        def cancel_posix() -> None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return cancel_posix

    def fire() -> None:
        expired.set()
        _thread.interrupt_main()

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    return timer.cancel
