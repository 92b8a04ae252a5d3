"""REPL sessions whose time limit rings at random points (run_fuzz.py's `repl` group).

Last session's stress script (2,900 REPL sessions with 1-100 ms limits) found four bugs
that plain inputs never showed: a `--timeout` expiring among an input's definitions, a
limit ringing during the cleanup (the profiling timer left armed, the process killed by
SIGPROF), a destructor run by the garbage collector inside a protected step, a family
import cut half-way; and "OSError: Signal 14 ignored due to race condition" printed by
Python itself (runtime/interval_timers.py). This is that script as a generator: a
runnable sample typed line by line into one session with a tiny limit, a second sample
loaded with `.load`, then `"alive"` typed with a generous limit.

The property: the session still answers (`alive` is its last output), nothing printed
Python's words (the session's own streams and the process's stderr, where Python writes
what it cannot raise), neither interval timer is left running nor the size watch's
handler left in place, and the session took less than a minute.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import time
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from wl_mutations import _sources, runnable

LIMITS = (0.001, 0.003, 0.01, 0.03, 0.1)
"""The `--timeout` of the sampled inputs, in seconds: from ringing inside the first
statement to letting most samples end."""

SLOW = 60.0
"""A session longer than this (seconds) is a hang: each input has a tiny limit."""


def _pool() -> list[tuple[str, str]]:
    """The samples that may run (wl_mutations.runnable: nothing touching the world)."""
    return [(name, text) for name, text in _sources() if runnable(name, text)]


def repl_sessions() -> st.SearchStrategy[tuple[tuple[str, str], tuple[str, str], float]]:
    """(sample typed, sample loaded, limit in seconds)."""
    pool = _pool()
    return st.tuples(st.sampled_from(pool), st.sampled_from(pool), st.sampled_from(LIMITS))


def _session(limit: float, out: io.StringIO, err: io.StringIO) -> Any:
    """A REPL session as `wl repl --timeout LIMIT --max-string 1M` makes it."""
    from wlinterp.commands.run_options import add_run_options, run_options
    from wlinterp.repl import ReplSession
    parser = argparse.ArgumentParser(prog="wl repl")
    add_run_options(parser)
    options = run_options(parser.parse_args(["--timeout", str(limit), "--max-string", "1M"]))
    return ReplSession(out, err, options=options)


def _timers_left() -> list[str]:
    """What a session left armed in the process (empty when nothing)."""
    left = []
    for name, which in (("ITIMER_REAL", signal.ITIMER_REAL), ("ITIMER_PROF", signal.ITIMER_PROF)):
        if signal.getitimer(which) != (0.0, 0.0):
            left.append(f"{name} {signal.getitimer(which)}")
            signal.setitimer(which, 0)  # the next case starts clean
    for name, signum in (("SIGALRM", signal.SIGALRM), ("SIGPROF", signal.SIGPROF)):
        handler = signal.getsignal(signum)
        if callable(handler):
            left.append(f"{name} handler {getattr(handler, '__qualname__', handler)}")
            signal.signal(signum, signal.SIG_DFL)
    return left


def stressed_session(case: tuple[tuple[str, str], tuple[str, str], float]) -> None:
    """Type one sample with a tiny limit, load another, then check the session answers."""
    from wlinterp.repl import run_lines
    from wlinterp.repl.meta import run_meta
    (name, text), (loaded_name, loaded_text), limit = case
    out, err, printed = io.StringIO(), io.StringIO(), io.StringIO()
    began = time.monotonic()
    loaded = Path.cwd() / ("test_" + os.path.basename(loaded_name))
    loaded.write_text(loaded_text, "utf-8")
    with contextlib.redirect_stderr(printed):
        session = _session(limit, out, err)
        try:
            run_lines(text.split("\n"), session)
            run_lines(["", "END", ""], session)  # closes a block the sample left open
            run_meta(f".load {loaded.name}", session)
            assert session.options is not None
            session.options["input_timeout"] = 60
            run_lines(['"alive"'], session)
            answered = out.getvalue()  # (closing runs the destructors still due)
        finally:
            session.close()
    took = time.monotonic() - began
    problems = [f"Python's words: {where}" for where, stream in
                (("session", err), ("process stderr", printed))
                if "Traceback (most recent call last)" in stream.getvalue()
                or "internal error" in stream.getvalue()
                or "ignored due to race condition" in stream.getvalue()]
    if not answered.endswith("alive\n"):
        problems.append(f"no answer: {answered[-300:]!r}")
    problems += [f"left armed: {what}" for what in _timers_left()]
    if took > SLOW:
        problems.append(f"took {took:.0f} s")
    assert not problems, (name, loaded_name, limit, problems,
                          err.getvalue()[-2000:], printed.getvalue()[-2000:])
