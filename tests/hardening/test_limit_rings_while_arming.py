"""A time limit so short that it rings while it is being set (in `_arm_posix`, right
after `setitimer`, before the body begins) still stops the body with TimedOut and leaves
no timer armed (wlinterp/commands/limits.py QUIET). Under load a REPL input's 0.2 ms
limit rang there: the bare _TimeLimit escaped from `with stop_reporting(...)` as a Python
traceback, and the timer, never cancelled, killed the process with SIGALRM."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers")

_SCRIPT = """
import signal
from wlinterp.commands.limits import stop_reporting, TimedOut
stopped = escaped = 0
for i in range(300):
    try:
        with stop_reporting("x.wl", 1e-6):
            n = 0
            while True:  # bounded by the limit: it must stop this loop
                n += 1
    except TimedOut:
        stopped += 1
    except BaseException as e:
        escaped += 1
print(stopped, escaped, signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0),
      signal.getsignal(signal.SIGALRM) is signal.SIG_DFL)
"""


def test_a_limit_ringing_while_it_is_set_stops_the_body_in_words() -> None:
    ran = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                         timeout=300)
    assert ran.returncode == 0, (ran.returncode, ran.stderr[-2000:])
    assert ran.stdout.split() == ["300", "0", "True", "True"], ran.stdout
