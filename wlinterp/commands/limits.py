"""Stopping a running script from outside: `--timeout`, Ctrl-C and (`wl run`) SIGTERM.

Both become WLanguage errors positioned at the statement that was running and naming
its procedure, so a user can see where an endless loop was spinning. `WHEN EXCEPTION`
cannot catch them (they are raised as BaseException inside the script's frames).

On POSIX the time limit is an interval timer (SIGALRM), which also breaks a blocking
system call such as `Delay`. Where there is no such timer (Windows) or off the main
thread, a timer thread interrupts the main thread instead: the script stops at its next
WLanguage statement, but a call blocked inside the operating system finishes first.
"""
from __future__ import annotations

__all__ = ["Interrupted", "Terminated", "TimedOut", "stop_reporting", "raise_held",
           "sigterm_stops", "is_sigterm"]

import _thread
import signal
import sys
import threading
import time
from typing import Any, Callable, Literal, Self

from ..errors import WLRuntimeError
from ..runtime.deferred_stops import DEFERRED, QUIET
from ..runtime.interval_timers import stop_interval_timer
from ..runtime.run_clock import wait_for_run


class Interrupted(WLRuntimeError):
    """Ctrl-C stopped the script (exit code 130)."""


class Terminated(Interrupted):
    """SIGTERM stopped `wl run` (exit code 143)."""


class _TermSignal(KeyboardInterrupt):
    """Raised in the main thread by SIGTERM while `wl run` runs a script: a
    KeyboardInterrupt, so that every path that reports a Ctrl-C (where the script was,
    the e-mails being sent) reports it too."""


def _terminated(signum: int, frame: Any) -> None:
    """SIGTERM's handler: the script stops as on Ctrl-C; a second SIGTERM kills at once
    (the default action is put back first), should the first land where nothing can
    stop."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise _TermSignal


def sigterm_stops() -> Callable[[], None]:
    """SIGTERM raised as Ctrl-C is in the main thread (a second one kills at once), for a
    command that reports what it did when stopped (`wl test`: the cases that ran); returns
    the function that puts the previous handler back."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.signal(signal.SIGTERM, _terminated)

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)
    return restore


def is_sigterm(stop: BaseException) -> bool:
    """Whether the KeyboardInterrupt `stop` was SIGTERM's (exit 143), not Ctrl-C's."""
    return isinstance(stop, _TermSignal)


class TimedOut(WLRuntimeError):
    """`--timeout` stopped the script (exit code 1)."""


class _TimeLimit(BaseException):
    """Raised in the main thread by the POSIX timer."""


def _posix_timer_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class stop_reporting:
    """Run the body of a `with`; Ctrl-C raises `Interrupted`, an expired `seconds` raises
    `TimedOut` ("`what` ran longer than ..."). With `interrupts` False, Ctrl-C is left as
    it is (a test runner stops the whole run, not one case). With `terminates` (`wl run`),
    SIGTERM (`kill`, `timeout`, a service manager) stops it as Ctrl-C does, as
    `Terminated`: it killed the process without a word, and a message being sent was
    lost without saying whether it had been delivered.

    A class rather than a generator: the timer must never raise once the body is over.
    With a generator, an expiry landing in contextlib's `__exit__` (a body that ended
    just as the time ran out) escaped from the `with`, and the timer, never cancelled,
    went on raising in whatever code ran next. Here the timer's handler does not raise
    inside `__exit__` itself, whose first act is to stop it, nor before the body begins
    (`__enter__`, `_arm`: see QUIET below)."""

    def __init__(self, filename: str, seconds: float | None = None, *,
                 what: str = "the script", interrupts: bool = True,
                 own_time: bool = False, terminates: bool = False,
                 from_run: bool = False) -> None:
        self.filename = filename
        self.seconds = seconds
        self.what = what
        self.interrupts = interrupts
        self.own_time = own_time  # count the body's own time, not the wait for a CPU
        self.expired = _Flag()
        self.caught: dict[str, bool] = {}
        self.cancel: Any = None
        self.held: list[BaseException] = []
        self.hook: Any = None
        self.terminates = terminates
        self.term_handler: Any = None
        # `from_run` (wl run): the parse and the compilation have `seconds` of their own,
        # then the run its `seconds` from its first statement (runtime/run_clock.py)
        self.from_run = from_run
        self.run_what = what
        self.run_started: float | None = None  # (time.monotonic) when the run began
        self.withdraw: Any = None

    def __enter__(self) -> Self:
        if self.terminates and threading.current_thread() is threading.main_thread():
            self.term_handler = signal.signal(signal.SIGTERM, _terminated)
        self.hook = sys.unraisablehook
        sys.unraisablehook = _holding(self.held, self.hook)
        if self.from_run:
            self.what = f"{self.run_what}'s parse and compilation"
            self.withdraw = wait_for_run(self.start_run)
        if self.seconds:
            left = own_time_left(self.seconds) if self.own_time else None
            self.cancel = _arm(self.seconds, self.expired, self.caught, left)
        return self

    def start_run(self) -> None:
        """The compiled program starts (runtime/run_clock.py): its `seconds` count from
        now. The loading's timer is stopped and a new one armed (a loading's expiry
        landing in between is the loading's, raised here)."""
        self.run_started = time.monotonic()
        self.what = self.run_what
        if self.seconds and self.cancel is not None:
            self.cancel()
            left = own_time_left(self.seconds) if self.own_time else None
            self.cancel = _arm(self.seconds, self.expired, self.caught, left)

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> Literal[False]:
        self.caught["yes"] = True  # first: the timer raises no more from here
        if self.withdraw is not None:
            self.withdraw()
        if self.term_handler is not None:
            signal.signal(signal.SIGTERM, self.term_handler)
        if self.cancel is not None:
            self.cancel()
        if getattr(sys.unraisablehook, "wl_held", None) is self.held:
            sys.unraisablehook = self.hook
        held = exc is None and bool(self.held)
        if held:  # stopped inside a destructor, where Python drops exceptions: it stands
            exc = self.held[0]
        if not isinstance(exc, (_TimeLimit, KeyboardInterrupt)):
            return False
        if not self.expired.is_set() and not self.interrupts:
            if held:  # Ctrl-C for a test runner: the whole run stops, as elsewhere
                raise KeyboardInterrupt
            return False
        raise self._stopped(exc) from None

    def _stopped(self, exc: BaseException) -> BaseException:
        """The WLanguage error for `exc`, positioned where the script was stopped."""
        from ..run_errors import stopped_error
        if self.expired.is_set():
            text = (f"{self.what} ran longer than {self.seconds or 0:g} s (--timeout); "
                    "stopped in {where}")
            err = stopped_error(text, exc.__traceback__, self.filename, TimedOut)
        elif isinstance(exc, _TermSignal):
            err = stopped_error("terminated (SIGTERM) in {where}", exc.__traceback__,
                                self.filename, Terminated)
        else:
            err = stopped_error("interrupted (Ctrl-C) in {where}", exc.__traceback__,
                                self.filename, Interrupted)
        relocate = getattr(exc, "wl_relocate", None)  # a project: back to the original file
        return relocate(err) if relocate else err


def _holding(held: list[BaseException], previous: Any) -> Any:
    """The `sys.unraisablehook` while a body runs. Python cannot propagate an exception
    out of a `__del__` (a WLanguage destructor run as the last reference goes away, maybe
    a chain of them): it printed its traceback ("Exception ignored in WLObject.__del__")
    and the run went on, so an expired time limit or a Ctrl-C landing there was lost and
    the run ended with exit 0. A stop is kept instead, for `__exit__` to report; anything
    else goes to the hook that was in place."""
    def hold(unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, (_TimeLimit, KeyboardInterrupt)):
            if not held:
                held.append(unraisable.exc_value)
            return
        previous(unraisable)
    hold.wl_held = held  # type: ignore[attr-defined]  # __exit__ restores only its own
    return hold


def raise_held() -> None:
    """Raise now the stop a destructor swallowed (see `_holding`), if there is one: for a
    caller that must see it pass (a project's run places it in the original file)."""
    held = getattr(sys.unraisablehook, "wl_held", None)
    if held:
        raise held.pop()


_AGAIN = 0.05  # seconds between the raises of an expired time limit, until one is caught


class _Flag:
    """Set once the time ran out. A plain attribute, not a threading.Event: the timer's
    handler sets it, and the handler can be interrupted by its own next signal (every
    _AGAIN s); Event.set takes a lock through several Python calls, and on a loaded
    machine each nested handler was interrupted again inside it until RecursionError."""

    __slots__ = ("on",)

    def __init__(self) -> None:
        self.on = False

    def set(self) -> None:
        self.on = True

    def is_set(self) -> bool:
        return self.on


def _arm(seconds: float, expired: _Flag, caught: dict[str, bool],
         left: Callable[[], float] | None = None) -> Any:
    """Start the time limit; returns the function that disarms it. With `left` (the
    seconds still allowed, own_time_left), a timer that rings early is set again for
    what is left.

    The POSIX timer (and the timer thread elsewhere) raises again every _AGAIN seconds
    until `stop_reporting` has caught one: a handler that runs inside a garbage-collector
    callback or a `__del__` has its exception ignored by Python, and a one-shot limit lost
    that way let an endless input run on (seen under load in the REPL tests)."""
    if _posix_timer_usable():
        return _arm_posix(seconds, expired, caught, left)
    return _arm_thread(seconds, expired, caught, left)


def _arm_posix(seconds: float, expired: _Flag, caught: dict[str, bool],
               left: Callable[[], float] | None) -> Any:
    """_arm with a POSIX interval timer: SIGALRM raises _TimeLimit in the main thread
    (not while a quiet frame or a deferred stop runs), again every _AGAIN seconds."""
    def expire(signum: int, frame: Any) -> None:
        if left is not None and not expired.on:
            rest = left()
            if rest > 0.001:  # the time went to waiting for a CPU: not over yet
                signal.setitimer(signal.ITIMER_REAL, rest, _AGAIN)
                return
        expired.on = True  # no call: a few bytecodes before the raise (see _Flag)
        if not caught and (frame is None or frame.f_code not in QUIET) \
                and getattr(DEFERRED, "depth", 0) <= 0:  # (deferred_stops.py)
            raise _TimeLimit()

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, _AGAIN)

    def cancel_posix() -> None:
        stop_interval_timer(signal.ITIMER_REAL, signal.SIGALRM, old)
    return cancel_posix


def _arm_thread(seconds: float, expired: _Flag, caught: dict[str, bool],
                left: Callable[[], float] | None) -> Any:
    """_arm without a POSIX timer (another platform, or not in the main thread): a
    daemon thread interrupts the main thread when the time is out."""
    def fire() -> None:
        """Interrupt the main thread when the time is out, and again every _AGAIN seconds
        until the body caught one: a single interrupt landing in a gc callback or a
        `__del__` was lost and left an endless loop running (a test hung at load 19).
        With `left`, a wait that ends early (the time went to waiting for a processor)
        is followed by a wait for what is left. This thread's own waits for a processor
        are given back to the body too: to ask `left` it takes the interpreter lock from
        the body, which then stands blocked, not ready, while this thread waits for its
        turn; on a processor shared with five others that counted 0.08 s of a 0.05 s
        case's own time (a test failed at a load of 11). So are its waits since it was
        made: `Thread.start` blocks the body until the thread has run. The body may so
        gain this thread's waits before it held the lock, never time it spent computing."""
        mine = queue_waits(since_birth=True) if left is not None else None
        delay = seconds
        while True:
            if stop.wait(delay):
                return
            delay = left() + (mine() if mine is not None else 0.0) if left is not None else 0.0
            if delay <= 0.001:  # over (see expire)
                break
        expired.set()
        while True:
            with sending:
                if caught:  # the body is over
                    return
                _thread.interrupt_main()
            if stop.wait(_AGAIN):
                return

    stop, sending = threading.Event(), threading.Lock()
    started: list[bool] = []
    restore = _interrupts_handled(expired, caught, started) \
        if threading.current_thread() is threading.main_thread() else None
    threading.Thread(target=fire, name="wl-time-limit", daemon=True).start()
    started.append(True)  # (an interrupt before this: inside Thread.start's own wait)

    def cancel_thread() -> None:
        stop.set()
        with sending:  # an interrupt being sent is sent now; none is sent after
            pass
        if restore is not None:
            restore()
    return cancel_thread


def _interrupts_handled(expired: _Flag, caught: dict[str, bool],
                        started: list[bool]) -> Callable[[], None]:
    """Main thread, timer thread (Windows): SIGINT's handler while the body runs; returns
    what puts the old one back. The timer thread's interrupt (`_thread.interrupt_main`)
    is only a flag the main thread reads later: one sent as the body ended went off after
    the `with`, a KeyboardInterrupt in whatever ran next (the next case's start, a
    garbage-collector callback); and one landing before the body began (a limit of 2 ms
    expiring while `Thread.start` waited for the thread) escaped before `__exit__` could
    stop the thread. Here, once the time is out, an interrupt is dropped until the thread
    has `started`, where the posix timer's handler does not raise (QUIET) and
    after the body; putting the
    old handler back reads any still pending with this one (signal.signal does). A
    Ctrl-C otherwise raises KeyboardInterrupt, as Python's own handler does."""
    def interrupted(signum: int, frame: Any) -> None:
        if expired.on and (caught or not started or getattr(DEFERRED, "depth", 0) > 0 or (
                frame is not None and frame.f_code in QUIET)):
            return
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGINT, interrupted)

    def restore() -> None:
        signal.signal(signal.SIGINT, old if old is not None else signal.default_int_handler)
    return restore


def own_time_left(seconds: float) -> Callable[[], float] | None:
    """How many of `seconds` the calling thread still has, counting its own time only:
    the wall-clock time since now less the time the thread spent ready to run but
    waiting for a processor (Linux's scheduler statistics, /proc/.../schedstat). Its
    computing and its waits (a pause, a socket) count; other processes' turns on a
    shared machine do not. None where the statistics cannot be read: wall-clock time."""
    waited = queue_waits()
    if waited is None:
        return None
    start = time.monotonic()

    def left() -> float:
        return seconds - (time.monotonic() - start - waited())
    return left


def queue_waits(since_birth: bool = False) -> Callable[[], float] | None:
    """The seconds the calling thread has spent since now (`since_birth`: since it was
    made) ready to run but waiting for a processor (Linux's /proc/.../schedstat), as a
    function any thread may call; None where the statistics cannot be read."""
    path = f"/proc/self/task/{threading.get_native_id()}/schedstat"
    try:
        start_wait = _run_queue_wait(path) * (not since_birth)
    except (OSError, ValueError, IndexError):
        return None

    def waited() -> float:
        try:
            return _run_queue_wait(path) - start_wait
        except (OSError, ValueError, IndexError):
            return 0.0
    return waited


def _run_queue_wait(path: str) -> float:
    """Seconds a thread has spent waiting on a run queue (schedstat's second field)."""
    with open(path, "rb") as stats:
        return int(stats.read().split()[1]) / 1e9


QUIET.update({stop_reporting.__exit__.__code__, stop_reporting.__enter__.__code__,
              _arm.__code__, _arm_posix.__code__, _arm_thread.__code__,
              _holding([], None).__code__})
"""Where else the timer's handler only marks the time as run out, without raising (and
the deferred steps' openings, deferred_stops.py): in `__exit__`
(the body is over; its first act stops the timer), and in `__enter__`, `_arm` and the
`_arm_posix`/`_arm_thread` it calls, once the timer is set (a limit of 0.2 ms rang in
`_arm_posix` right after `setitimer`, under load). The body has not begun there: raised
there, the exception left the `with` before `__exit__` could stop the timer, which then raised every _AGAIN seconds in whatever code
ran next; a test runner's worker died of it at a load of 10). The timer raises again
_AGAIN seconds later, in the body. Nor inside the unraisable hook (`_holding`): it
would be lost there."""
