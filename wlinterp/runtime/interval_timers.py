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

A handler set from C (by an application embedding Python) is one Python cannot give
back: `signal.signal` returned None for it. The signal then stays ignored, the choice
that cannot end the process.
"""
from __future__ import annotations

__all__ = ["stop_interval_timer"]

import signal
from typing import Any


def stop_interval_timer(which: int, signum: int, old_handler: Any) -> None:
    """Stop the `which` timer, drop any of its `signum` signals still pending, and give
    `signum` back to `old_handler` (None, a handler set from C: left ignored)."""
    signal.setitimer(which, 0)
    signal.signal(signum, signal.SIG_IGN)
    if old_handler is not None:
        signal.signal(signum, old_handler)
