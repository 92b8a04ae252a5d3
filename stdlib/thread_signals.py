"""Signals between threads: ThreadSendSignal/ThreadWaitSignal and the event (signal)
functions, EventCreate/EventChange/EventWait... and their current names SignalCreate/
SignalModify/SignalWait..., with the AutomaticSignal/ManualSignal variable types.

An event is open or closed. An automatic one lets one waiting thread through and closes
again; a manual one stays open until it is closed (PC SOFT's help, 3077009/3077017). Each
thread (the main one included) owns an automatic signal: ThreadSendSignal opens another
thread's, ThreadWaitSignal waits for the current thread's own. Waits take WINDEV's
timeouts (hundredths of a second, a Duration, readable text; Infinite by default) and
answer False when the time runs out. Named events are per run, their names compared
without case or accents.
"""
from __future__ import annotations

import threading
import time

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import waiting_forever
from wlinterp.syntax.names import fold

from . import thread_run
from .strings import text_arg
from .timeouts import timeout_seconds

family = Family("Threads (signals)")

EVENT_AUTOMATIC = family.constant("eventAutomatic", "événementAutomatique", 0)
EVENT_MANUAL = family.constant("eventManual", "événementManuel", 1)
EVENT_OPEN = family.constant("eventOpen", "événementOuvert", 1)
EVENT_CLOSE = family.constant("eventClose", "événementFermé", 0)
family.constant("signalOpened", "signalOuvert", EVENT_OPEN)
family.constant("signalClosed", "signalFermé", EVENT_CLOSE)
# SignalCreate's modes under the Signal names (written alone they are these constants,
# not the SignalAutomatique/SignalManuel types: semantics/lookup.py resolve_read)
family.constant("signalAutomatic", "signalAutomatique", EVENT_AUTOMATIC)
family.constant("signalManual", "signalManuel", EVENT_MANUAL)
# The main thread's name for ThreadSendSignal: "" as ThreadCurrent gives it there.
THREAD_MAIN = family.constant("threadMain", "threadPrincipal", "")

_SLICE = 0.05  # a waiting thread looks at ThreadRequestStop this often (seconds)


class WLEvent:
    """An event: open or closed, automatic (one waiter passes, then it closes) or
    manual (open until closed)."""

    wl_type_name = "Signal"
    what = "SignalWait"  # what a thread blocked on it waits for (runtime/thread_gate.py)

    def __init__(self, manual: bool = False, is_open: bool = False) -> None:
        self.manual, self.is_open = manual, is_open
        self.cond = threading.Condition()
        self.waiting = 0  # threads blocked in wait()
        self.passes = 0   # of those, how many an opening of an automatic event let through

    def change(self, is_open: bool) -> None:
        """Open or close. Opening an automatic event that a thread waits for lets that
        thread through at once and leaves the event closed (help page SignalOpen,
        ?1000021271): two openings in a row release two waiting threads, even when the
        first has not woken up yet."""
        with self.cond:
            if is_open and not self.manual and self.waiting > self.passes:
                self.passes += 1
            else:
                self.is_open = is_open
            if is_open:
                self.cond.notify_all()

    def wait(self, timeout: float | None, stop: threading.Event | None = None) -> bool:
        """True when the event let this thread through; False when the time ran out (or
        a stop was requested for this thread)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.cond, waiting_forever(self.what, timeout):
            self.waiting += 1
            try:
                while not self._let_through():
                    if stop is not None and stop.is_set():
                        return False
                    left = _SLICE if deadline is None else min(_SLICE,
                                                               deadline - time.monotonic())
                    if left <= 0:
                        return False
                    self.cond.wait(left)
                return True
            finally:
                self.waiting -= 1

    def _let_through(self) -> bool:
        """Called with the lock held by a waiting thread: may it pass now? (A pass given
        by an opening first, then the open state, which an automatic event closes.)"""
        if self.passes:
            self.passes -= 1
            return True
        if not self.is_open:
            return False
        if not self.manual:
            self.is_open = False
        return True

    def copy(self) -> "WLEvent":
        return self  # a signal variable designates one signal (decided)

    def wl_text(self) -> str:
        return "Signal"


def _automatic(rt: object = None) -> WLEvent:
    return WLEvent(manual=False)


def _manual(rt: object = None) -> WLEvent:
    return WLEvent(manual=True)


family.type("AutomaticSignal", "SignalAutomatique", _automatic)
family.type("ManualSignal", "SignalManuel", _manual)


def _events(rt: Runtime) -> dict[str, WLEvent]:
    return rt.table("sync:event")


def _event(rt: Runtime, name: object, fname: str, create: bool = True) -> WLEvent | None:
    """A signal variable, or the named event (created automatic and closed on first use
    when `create`, as EventChange documents for an unknown name); a name that has no
    text form (an array...) is refused in words (text_arg)."""
    if isinstance(name, WLEvent):
        return name
    table, key = _events(rt), fold(text_arg(name, fname))
    if key not in table and create:
        table[key] = WLEvent()
    return table.get(key)


def _open_value(status: object) -> bool:
    return bool(V.to_int(status))


@family.function("SignalCreate", "SignalCrée", "EventCreate", "ÉvénementCrée",
                 can_fail=True)
def signal_create(rt: Runtime, name: TextArg, mode: object = EVENT_AUTOMATIC,
                  status: object = EVENT_CLOSE, options: object = 0) -> bool:
    """Create a named event (automatic and closed by default); a name that exists
    already fails non-fatally."""
    table, key = _events(rt), fold(text_arg(name, "EventCreate"))
    if not key:
        raise BuiltinFailure("EventCreate: an event needs a name.", value=False)
    if key in table:
        raise BuiltinFailure(f"EventCreate: the event '{V.to_str(name)}' already exists.",
                             value=False)
    table[key] = WLEvent(manual=V.to_int(mode) == EVENT_MANUAL, is_open=_open_value(status))
    return True


@family.function("SignalModify", "SignalModifie", "EventChange", "ÉvénementModifie")
def signal_modify(rt: Runtime, name: TextArg, status: object = EVENT_OPEN) -> None:
    """Open (the default) or close the event; an unknown name is created automatic."""
    _change(rt, name, status, "EventChange")


@family.function("SignalOpen", "SignalOuvre")
def signal_open(rt: Runtime, name: TextArg) -> None:
    """SignalModify(name, signalOpened)."""
    _change(rt, name, EVENT_OPEN, "SignalOpen")


@family.function("SignalClose", "SignalFerme")
def signal_close(rt: Runtime, name: TextArg) -> None:
    """SignalModify(name, signalClosed)."""
    _change(rt, name, EVENT_CLOSE, "SignalClose")


def _change(rt: Runtime, name: object, status: object, fname: str) -> None:
    _event(rt, name, fname).change(_open_value(status))  # type: ignore[union-attr]


@family.function("SignalWait", "SignalAttend", "EventWait", "ÉvénementAttend")
def signal_wait(rt: Runtime, name: TextArg, timeout: object = None) -> bool:
    """Wait until the event opens (at most `timeout`): True when it let this thread
    through, False when the time ran out or this thread was asked to stop."""
    wait = timeout_seconds(timeout, "EventWait")
    return _event(rt, name, "EventWait").wait(wait, _stop_flag(rt))  # type: ignore[union-attr]


@family.function("SignalDestroy", "SignalDétruit", "EventDestroy", "ÉvénementDétruit",
                 can_fail=True)
def signal_destroy(rt: Runtime, name: TextArg) -> None:
    """Forget a named event; an unknown name fails non-fatally."""
    if _events(rt).pop(fold(text_arg(name, "EventDestroy")), None) is None:
        raise BuiltinFailure(f"EventDestroy: there is no event '{V.to_str(name)}'.")


# -- one signal per thread ------------------------------------------------------------
def _thread_signal(rt: Runtime, name: str) -> WLEvent:
    table = rt.table("sync:thread-signal")
    event = table.get(fold(name))
    if event is None:
        event = table.setdefault(fold(name), WLEvent())
        event.what = "ThreadWaitSignal"
    return event


def _stop_flag(rt: Runtime) -> threading.Event | None:
    me = thread_run.current()
    return None if me is None else me.stop_requested


@family.function("ThreadSendSignal", "ThreadEnvoieSignal", can_fail=True)
def thread_send_signal(rt: Runtime, thread: TextArg = THREAD_MAIN) -> bool:
    """Unlock the thread waiting in ThreadWaitSignal (threadMain: the main code); the
    signal waits for it when it is not waiting yet. An unknown thread fails non-fatally."""
    name = text_arg(thread, "ThreadSendSignal")
    if name and fold(name) not in thread_run.threads(rt):
        raise BuiltinFailure(f"ThreadSendSignal: there is no thread '{name}'.", value=False)
    _thread_signal(rt, name).change(True)
    return True


@family.function("ThreadWaitSignal", "ThreadAttendSignal")
def thread_wait_signal(rt: Runtime, timeout: object = None) -> bool:
    """Wait for a signal sent to the current thread: True when one came, False when the
    time ran out or ThreadRequestStop named this thread."""
    wait = timeout_seconds(timeout, "ThreadWaitSignal")
    me = thread_run.thread_current(rt)
    return _thread_signal(rt, me).wait(wait, _stop_flag(rt))
