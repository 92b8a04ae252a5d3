"""A fatal error in a secondary thread ends the program, as one in the main code does.

Decided (docs/semantics.md, "A fatal error in a thread"): PC SOFT's help pages on threads
have a section on errors that the stored copy does not reach, and a run that went on
without the thread could wait forever for it (the SignalOpen page's example: the main
code waits for a signal the failed thread was to send). So the first uncaught error of
a thread is the run's error: reported with its position and the thread's name, exit
code 1, the other threads stopped.

The main code is told by an exception raised in its thread (`ThreadFailed`, CPython's
`PyThreadState_SetAsyncExc`, as ThreadStop and the size sampling do): it appears at the
main code's next bytecode. Every wait of the thread families waits in slices
(`wait_in_slices`), so a main code blocked on a signal, a semaphore, a mutex, a critical
section, a queue or ThreadWait sees it within a slice (and so does one blocked on a
socket: stdlib/sockets.py `in_slices`). The gate is open only while the
engine runs main code (`open_gate`/`close_gate`): a failure after the main code ended
is raised by the end-of-run wait for the threads, one between two REPL inputs is only
printed (the session goes on). EndProgram does not hide a thread's error in flight: when
`close_gate` hands over an error while EndProgram's exception is leaving the main code (the
thread failed as it ran, and the interruption was not delivered yet), that error is the
run's, as it would be a moment earlier or later.
"""
from __future__ import annotations

__all__ = ["ThreadFailed", "SLICE", "prepare_raise", "raise_in", "open_gate", "close_gate",
           "interactive", "thread_failed", "run_error", "failure", "main_code", "wait_in_slices",
           "waiting_forever", "stuck", "pause", "report_after", "finish_after"]

import contextlib
import threading
import time
from typing import Any, Callable, Iterator

from ..errors import ProgramEnd, WLRuntimeError, format_error

SLICE = 0.05  # seconds: how long a wait blocks in C before Python code runs again
_MAIN, _ENDING, _IDLE = "main", "ending", "idle"


class ThreadFailed(BaseException):
    """Raised in the main code's thread when a secondary thread stopped on a fatal
    error; the engine raises that error in its place. Not an Exception: WHEN EXCEPTION
    and the runtime's `except Exception` never swallow it."""


class _Gate:
    """Where the run's main code is, and the thread error that ends the run."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.state = _IDLE
        self.main = 0          # the thread running the main code (while state is _MAIN)
        self.sent = False      # a ThreadFailed was raised in it (at most once a cycle)
        self.error: WLRuntimeError | None = None
        self.reported = False  # the error was handed to whoever reports it
        self.interactive = False  # a REPL session (interactive())


def _gate(rt: Any) -> _Gate:
    gate = rt.state.get("threads:gate")
    if gate is None:
        gate = rt.state.setdefault("threads:gate", _Gate())
    return gate


def prepare_raise() -> None:
    """Import what `raise_in` needs (ctypes), as a thread starts: the raise that
    interrupts the main code after a thread's error must not wait for an import."""
    import ctypes  # noqa: F401


def raise_in(ident: int, kind: type[BaseException] | None) -> None:
    """Raise `kind` in the Python thread `ident` at its next bytecode (None takes back a
    raise not yet delivered): the one way one thread interrupts another. (ctypes is
    imported here, on first need: a run without threads does without it.)"""
    import ctypes
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident),
                                               None if kind is None else ctypes.py_object(kind))


def open_gate(rt: Any) -> None:
    """The engine starts main code in this thread: a thread's fatal error interrupts it."""
    gate = _gate(rt)
    with gate.lock:
        gate.state, gate.main, gate.sent = _MAIN, threading.get_ident(), False


def close_gate(rt: Any) -> WLRuntimeError | None:
    """The main code is over (the run ends, or a REPL input did: `interactive`). Drops
    an interruption not yet delivered; returns the thread error the engine must raise,
    once."""
    gate = rt.state.get("threads:gate")
    if gate is None:
        return None
    with gate.lock:
        if gate.state == _MAIN and gate.sent:
            raise_in(gate.main, None)
        gate.state = _IDLE if gate.interactive else _ENDING
        return _take(gate)


def interactive(rt: Any) -> None:
    """A REPL session: between two inputs a thread's fatal error is printed at once and
    the session goes on (nothing else would report it)."""
    _gate(rt).interactive = True


@contextlib.contextmanager
def main_code(rt: Any) -> Iterator[None]:
    """Code run as main code outside the engine's run of a program (a project's `--call`
    procedure, the Python API's call) behind the same gate: a thread's fatal error
    interrupts it and is raised in its place."""
    open_gate(rt)
    try:
        try:
            yield
        except (ThreadFailed, ProgramEnd):
            raise
        except BaseException as exc:  # the main code's error: a thread's in flight after it
            failed = close_gate(rt)
            if failed is not None:
                report_after(exc, failed)
            raise
        failed = close_gate(rt)
        if failed is not None:
            raise failed
    except ThreadFailed:
        close_gate(rt)
        raise run_error(rt) from None
    except ProgramEnd:
        failed = close_gate(rt)
        if failed is not None:  # a thread failed as EndProgram ran: its error is the run's
            raise failed from None
        raise


def report_after(main: BaseException, later: WLRuntimeError) -> None:
    """A thread failed while the main code was failing: its error is reported after the
    main code's (docs/semantics.md), which stays the run's (its exit code). `main` may be
    a Python exception still to become a WLanguage error (run_errors.as_wl_exception keeps
    what is attached here)."""
    also = getattr(main, "also", None)
    if also is None:
        also = []
        setattr(main, "also", also)
    if later is not main and later not in also:
        also.append(later)


def finish_after(rt: Any, main: BaseException | None) -> None:
    """The end of the run (`rt.finish()`: its wait for the threads, then the closing of
    what the run left open). With `main`, the main code's error on its way out, a thread
    error the wait raises is reported after it instead of taking its place."""
    if main is None:
        rt.finish()
        return
    try:
        rt.finish()
    except WLRuntimeError as later:
        report_after(main, later)


def _take(gate: _Gate) -> WLRuntimeError | None:
    if gate.error is None or gate.reported:
        return None
    gate.reported = True
    return gate.error


def run_error(rt: Any) -> WLRuntimeError:
    """The thread error that interrupted the main code (ThreadFailed was raised)."""
    gate = _gate(rt)
    with gate.lock:
        gate.reported = True
        assert gate.error is not None
        return gate.error


def failure(rt: Any) -> tuple[WLRuntimeError | None, WLRuntimeError | None]:
    """(the run's thread error if any, the same error if nobody has reported it yet);
    for the end-of-run wait for the threads."""
    gate = rt.state.get("threads:gate")
    if gate is None:
        return None, None
    with gate.lock:
        return gate.error, _take(gate)


def thread_failed(rt: Any, err: WLRuntimeError) -> None:
    """A secondary thread stopped on `err`: the main code is interrupted (it raises the
    error), or the end of the run will raise it; between REPL inputs it is printed."""
    gate = _gate(rt)
    with gate.lock:
        if gate.state == _IDLE:
            rt.write_err(format_error(err))
            return
        if gate.error is not None and not gate.reported:
            return  # the first error ends the run; a later one is not reported
        gate.error, gate.reported = err, False
        if gate.state == _MAIN and not gate.sent:
            gate.sent = True
            raise_in(gate.main, ThreadFailed)


_forever: dict[int, tuple[str, float]] = {}  # thread ident -> (the wait, since when)


@contextlib.contextmanager
def waiting_forever(what: str, timeout: float | None = None) -> Iterator[None]:
    """Mark the current thread as blocked in `what` with no time limit (timeout None),
    for the end of the run to tell a thread that can still go on from one that waits
    for something no thread is left to give (`stuck`)."""
    if timeout is not None:
        yield
        return
    me = threading.get_ident()
    _forever[me] = (what, time.monotonic())
    try:
        yield
    finally:
        _forever.pop(me, None)


def stuck(idents: list[int], seconds: float) -> list[str] | None:
    """When every thread of `idents` has been blocked in a wait with no time limit for
    `seconds` at least, what each waits for; else None."""
    now, found = time.monotonic(), []
    for ident in idents:
        entry = _forever.get(ident)
        if entry is None or now - entry[1] < seconds:
            return None
        found.append(entry[0])
    return found


def wait_in_slices(attempt: Callable[[float], bool], timeout: float | None,
                   what: str = "") -> bool:
    """Call `attempt(seconds)` (a lock's acquire, a join...) in slices of SLICE seconds
    until it succeeds (True) or `timeout` (None: no limit) has passed (False), so that
    Python code runs between the slices and an interruption reaches the waiting thread."""
    if timeout is not None and timeout <= 0:
        return attempt(0)
    deadline = None if timeout is None else time.monotonic() + timeout
    with waiting_forever(what, timeout):
        while True:
            left = SLICE if deadline is None else min(SLICE, deadline - time.monotonic())
            if attempt(max(left, 0.0)):
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False


def pause(seconds: float) -> None:
    """Sleep `seconds` in slices of SLICE (ThreadPause, Multitask, Delay): a thread's fatal
    error reaches a main code pausing, and ThreadStop a thread pausing, within a slice (one
    sleep in C never saw them: the error waited for the whole pause)."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(left, SLICE))
