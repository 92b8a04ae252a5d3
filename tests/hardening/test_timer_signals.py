"""A timer's last signal, still pending when the timer stops, must not end the process.

A whole-suite run lost a test worker "killed by SIGPROF (27)" at load 19: the size watch's
profiling timer raised a signal that the kernel gave to a thread which had not run yet;
the timer was stopped and SIG_DFL restored before that thread ran, and SIGPROF's default
action ends the process. The time limit's SIGALRM had the same race. Here the signal is
held pending for certain (blocked while the timer fires), then let through after the
timer is stopped: the process must live on (wlinterp/runtime/interval_timers.py)."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers")

SIZE_WATCH = """
import signal, time
from wlinterp.runtime import size_watch
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPROF})
disarm = size_watch.arm()
began = time.process_time()
while signal.SIGPROF not in signal.sigpending() and time.process_time() - began < 5:
    pass
assert signal.SIGPROF in signal.sigpending()
disarm()
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGPROF})
print("alive", signal.getsignal(signal.SIGPROF) == signal.SIG_DFL)
"""

TIME_LIMIT = """
import signal, time
from wlinterp.commands.limits import stop_reporting
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
with stop_reporting("t.wl", 0.05):
    began = time.monotonic()
    while signal.SIGALRM not in signal.sigpending() and time.monotonic() - began < 30:
        time.sleep(0.01)
    assert signal.SIGALRM in signal.sigpending()
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
print("alive", signal.getsignal(signal.SIGALRM) == signal.SIG_DFL)
"""


@pytest.mark.parametrize("script", [SIZE_WATCH, TIME_LIMIT], ids=["SIGPROF", "SIGALRM"])
def test_a_pending_timer_signal_is_dropped_when_the_timer_stops(script: str) -> None:
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120)
    assert ran.returncode == 0, (ran.returncode, ran.stderr)
    assert ran.stdout == "alive True\n", ran.stdout


C_HANDLER = """
import signal
from wlinterp.runtime.interval_timers import stop_interval_timer
signal.setitimer(signal.ITIMER_{timer}, 30)
stop_interval_timer(signal.ITIMER_{timer}, signal.SIG{signal}, None)
print(signal.getitimer(signal.ITIMER_{timer}), signal.getsignal(signal.SIG{signal}) == signal.SIG_IGN)
"""


@pytest.mark.parametrize("timer, name", [("REAL", "ALRM"), ("PROF", "PROF")])
def test_a_handler_set_from_c_is_left_ignored(timer: str, name: str) -> None:
    """`signal.signal` returns None for a handler set from C (an application embedding
    Python): giving None back raised TypeError when the time limit or the size watch
    stopped. The timer stops and the signal stays ignored (it cannot end the process)."""
    ran = subprocess.run([sys.executable, "-c", C_HANDLER.format(timer=timer, signal=name)],
                         capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, (ran.returncode, ran.stderr)
    assert ran.stdout == "(0.0, 0.0) True\n", ran.stdout
