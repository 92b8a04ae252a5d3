"""A time limit so short that it rings while it is being set (in `_arm_posix`, right
after `setitimer`, before the body begins) still stops the body with TimedOut and leaves
no timer armed (wlinterp/commands/limits.py QUIET). Under load a REPL input's 0.2 ms
limit rang there: the bare _TimeLimit escaped from `with stop_reporting(...)` as a Python
traceback, and the timer, never cancelled, killed the process with SIGALRM.

A limit of 1e-6 s rings inside the arming in every case (measured: 30 out of 30 on a quiet
machine, each case then lasting until the timer rings again _AGAIN = 0.05 s later), and
with `__enter__`/`_arm`/`_arm_posix` left out of QUIET all 30 escaped: 30 cases, not 300,
cross the window many times over. The body is a blocking call (as `Delay`), which the
limit must break, rather than a spinning loop: the 0.05 s each case waits for the timer's
next ring cost 15 s of CPU spinning over 300 cases.
"""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers")

_SCRIPT = """
import signal
import time
from wlinterp.commands.limits import stop_reporting, TimedOut
stopped = escaped = 0
for i in range(30):
    try:
        with stop_reporting("x.wl", 1e-6):
            time.sleep(300)  # bounded by the limit: it must break this wait
    except TimedOut:
        stopped += 1
    except BaseException as e:
        escaped += 1
print(stopped, escaped, signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0),
      signal.getsignal(signal.SIGALRM) is signal.SIG_DFL)
"""


def test_a_limit_ringing_while_it_is_set_stops_the_body_in_words() -> None:
    ran = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                         check=False,
                         timeout=300)
    assert ran.returncode == 0, (ran.returncode, ran.stderr[-2000:])
    assert ran.stdout.split() == ["30", "0", "True", "True"], ran.stdout
