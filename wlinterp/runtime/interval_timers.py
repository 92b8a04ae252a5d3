"""Stopping a POSIX interval timer without leaving its last signal to kill the process.

The time limit (SIGALRM, wlinterp/commands/limits.py) and the size watch (SIGPROF,
size_watch.py) each arm a process-wide interval timer with a Python handler, then stop it
and put the previous handler back, usually SIG_DFL. Both signals' default action ends the
process. A signal the timer raised just before it stopped may still be pending on another
thread that the kernel chose to deliver it to and that has not run yet (on a loaded
machine, for a while); restoring SIG_DFL first let that signal end the process (seen: a
test worker "killed by SIGPROF" in a whole-suite run at load 19). POSIX discards a pending
signal whose action is set to SIG_IGN, so the timer is stopped, the signal ignored once,
and only then the old handler restored.

Two more ways the last signal got through:
- `signal.signal` first runs the Python handlers of signals already caught. The time
  limit's handler, rung early by a loaded machine, sets the timer again for the time
  left (limits.py `_arm`): run there, after the timer was stopped, it left the timer
  running under SIG_DFL (the process would die of SIGALRM). The timer is stopped again
  once the handler has run.
- A signal caught (by Python's C handler, on any thread) between that first step and the
  switch to SIG_IGN finds no Python handler by the time Python looks: Python prints
  "OSError: Signal 14 ignored due to race condition" at whatever statement runs next
  (seen in REPL sessions under load). While the timer stops, that one message about
  this signal is dropped: the signal is the stopped timer's, dropped on purpose.

A handler set from C (by an application embedding Python) is one Python cannot give
back: `signal.signal` returned None for it. The signal then stays ignored, the choice
that cannot end the process.
"""
from __future__ import annotations

__all__ = ["stop_interval_timer"]

import signal
import sys
from typing import Any, Callable


def stop_interval_timer(which: int, signum: int, old_handler: Any) -> None:
    """Stop the `which` timer, drop any of its `signum` signals still pending, and give
    `signum` back to `old_handler` (None, a handler set from C: left ignored)."""
    previous = sys.unraisablehook
    sys.unraisablehook = dropping = _dropping_race(signum, previous)
    try:
        signal.setitimer(which, 0)
        try:
            signal.signal(signum, signal.SIG_IGN)  # runs a handler already due (may set it again)
        finally:
            signal.setitimer(which, 0)
            signal.signal(signum, signal.SIG_IGN if old_handler is None else old_handler)
    finally:
        if sys.unraisablehook is dropping:  # (not one set meanwhile by other code)
            sys.unraisablehook = previous


def _dropping_race(signum: int, previous: Callable[[Any], Any]) -> Callable[[Any], None]:
    """An unraisable hook passing everything to `previous` except Python's report of a
    `signum` caught when its handler was no longer Python's: from the first step to the
    last, that signal can only be the stopped timer's, dropped on purpose."""
    lost = f"Signal {signum} ignored due to race condition"

    def hook(unraisable: Any) -> None:
        if not (isinstance(unraisable.exc_value, OSError) and str(unraisable.exc_value) == lost):
            previous(unraisable)
    return hook
