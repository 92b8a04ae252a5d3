"""A time limit expiring anywhere leaves the REPL session and the process whole
(wlinterp/runtime/deferred_stops.py, engine.prepare_run).

Whole-suite runs at a load of 12-20 stalled in test_fuzz_commands.py's REPL test: its
inputs' one-second limit then expired in the middle of anything. Cut among an input's
definitions, a class's methods stayed listed and undefined, and every later input failed
with a Python KeyError (which the test's Hypothesis then tried to shrink, input after
input, each under load); cut inside the size watch's disarming, the profiling timer
stayed armed for good, and the process died of SIGPROF when it ended. Each case runs in
a process of its own, bounded by a timeout: a hang fails, it does not stall the suite."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers")

_SESSION = """
import argparse, io, signal, sys
from wlinterp.commands.run_options import add_run_options, run_options
from wlinterp.repl import ReplSession, run_lines

def session(timeout):
    parser = argparse.ArgumentParser(prog="wl repl")
    add_run_options(parser)
    options = run_options(parser.parse_args(["--timeout", "1"]))
    options["input_timeout"] = timeout  # below what --timeout takes: stopped anywhere
    out, err = io.StringIO(), io.StringIO()
    return ReplSession(out, err, options=options), out, err
"""

# Inputs that each define a class of 20 methods, stopped at different points (one
# among the definitions, for certain, of so many), then one input calling every class's
# last method (an input each cost 5 of the test's 7.5 s of CPU: each input of a session
# compiles in a time that grows with the methods the session has defined).
DEFINITIONS = _SESSION + """
s, out, err = session(1)
for c in range(120):
    s.options["input_timeout"] = 0.0002 + (c % 30) * 0.0001
    s.execute(f"C{c} is Class\\n  n is int\\nEND\\nTrace({c})\\n" +
              "".join(f"PROCEDURE C{c}::M{m}()\\nRESULT {c} * 100 + {m}\\n" for m in range(20)))
s.options["input_timeout"] = 60
s.execute("n is int\\n" + "".join(f"o{c} is C{c}\\nn += o{c}.M19()\\n" for c in range(120)))
run_lines(["n", '"alive"'], s)
print(out.getvalue().splitlines()[-2:], "Traceback" in err.getvalue(),
      "internal error" in err.getvalue())
"""

# Endless inputs stopped by their limit, the size watch's disarming made slow (0.3 s,
# six of the time limit's rings): the limit rings again inside it.
SLOW_DISARM = _SESSION + """
import time
from wlinterp.runtime import interval_timers
real = interval_timers.stop_interval_timer

def slow(*args):
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        pass
    real(*args)
interval_timers.stop_interval_timer = slow
depth = sys.getrecursionlimit()
for i in range(3):
    s, out, err = session(0.05)
    s.execute("n is int\\nLOOP\\n  n++\\nEND\\n")
    assert "ran longer than 0.05 s" in err.getvalue(), err.getvalue()
    left = signal.getitimer(signal.ITIMER_PROF), signal.getsignal(signal.SIGPROF)
    assert left == ((0.0, 0.0), signal.SIG_DFL), (i, left)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0), i
assert sys.getrecursionlimit() == depth, sys.getrecursionlimit()
print("whole")
"""


def _run(script: str) -> str:
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=False, timeout=300)
    assert ran.returncode == 0, (ran.returncode, ran.stderr[-3000:])
    return ran.stdout


def test_a_limit_expiring_among_the_definitions_leaves_the_session_working() -> None:
    """The methods are all defined before the input's code is timed: a later input calls
    the last one (it was a KeyError for every later input)."""
    assert _run(DEFINITIONS) == f"['{sum(c * 100 + 19 for c in range(120))}', 'alive'] False False\n"


def test_a_limit_ringing_in_the_run_s_cleanup_leaves_no_timer_armed() -> None:
    """The profiling timer, the time limit and the recursion limit are as before each
    stopped input, however long the cleanup (the size watch's timer stayed armed, and
    a process ending so was killed by SIGPROF)."""
    assert _run(SLOW_DISARM) == "whole\n"


DEFERRAL = """
import time
from wlinterp.commands.limits import TimedOut, stop_reporting
from wlinterp.runtime.deferred_stops import stops_allowed, stops_deferred

def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass

done = []
try:
    with stop_reporting("t.wl", 0.02):
        with stops_deferred():
            spin(0.3)  # the limit rings six times meanwhile
            done.append("step")
        spin(30)
except TimedOut:
    done.append("stopped after")
try:
    with stop_reporting("t.wl", 0.02):
        with stops_deferred():
            with stops_allowed():  # a destructor run inside a step
                spin(30)
except TimedOut:
    done.append("destructor stopped")
print(done)
"""


def test_a_deferred_step_runs_whole_and_a_destructor_inside_it_can_be_stopped() -> None:
    """The stop comes at the ring after the step; WLanguage code inside the step (a
    destructor the garbage collector runs there) is stopped as anywhere else, not left
    to run without end."""
    assert _run(DEFERRAL) == "['step', 'stopped after', 'destructor stopped']\n"


LEAVE_FIRST_LINE = """
import signal, sys, time
from wlinterp.commands.limits import stop_reporting
from wlinterp.runtime import size_watch

frames = []
leave = size_watch.enter({})
real = leave.disarm
leave.disarm = lambda: (frames.append(sys._getframe(1)), real())
leave()  # its own frame kept: where a ring lands as the finally calls it


def settle():  # a Python call: a signal that arrived as the timer was disarmed runs here
    pass


try:
    with stop_reporting("t.wl", 0.01):
        ring = signal.getsignal(signal.SIGALRM)
        sleeping = True
        while True:  # the limit rings again every 0.05 s until it is disarmed: under load
            try:     # a ring can come before the disarming; each is caught here
                if sleeping:
                    sleeping = False
                    time.sleep(5)  # the limit runs out and rings here
                signal.setitimer(signal.ITIMER_REAL, 0)  # its next rings are the test's
                settle()  # a ring still pending runs at this call, inside the try
                break
            except BaseException:
                pass
        ring(signal.SIGALRM, frames[0])  # at the leave's first line: no raise
        print("quiet")
        ring(signal.SIGALRM, sys._getframe())  # anywhere else: the stop
except Exception as error:
    print(type(error).__name__)
"""


def test_a_ring_at_the_first_line_of_the_limits_cleanup_waits() -> None:
    """Called from a `finally`, the leaving of a run's limits (size_watch._Leave) does
    not let a ring cut it before its deferral has counted (about one stopped REPL input
    in two hundred left the profiling timer armed so)."""
    assert _run(LEAVE_FIRST_LINE) == "quiet\nTimedOut\n"
