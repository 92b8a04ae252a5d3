"""A thread's fatal error during a `wl test` case ends that case with the thread's error
(the run's rule, docs/semantics.md "A fatal error in a thread"), also when the test
procedure waits for the thread; the next cases still run. Run as a bounded subprocess:
before, such a case waited forever."""
from __future__ import annotations

import subprocess
import sys

from wl_test_helpers import write

WAITS = """PROCEDURE test_waits_for_a_failing_thread()
ThreadExecute("w", threadNormal, W)
ThreadWaitSignal()
Trace("never")

PROCEDURE test_next_case_runs()
dbgCheckEqual(1 + 1, 2)

PROCEDURE W()
ThreadPause(20)
t is array of int
Trace(t[2])
ThreadSendSignal(threadMain)
"""


def test_a_case_waiting_for_a_failing_thread_fails_with_its_error(tmp_path):
    write(tmp_path, "test_threads.wl", WAITS)
    proc = subprocess.run([sys.executable, "-m", "wlinterp", "test", str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "1 passed, 1 failed" in out, out
    assert "test_threads.wl:12:7: error: in thread 'w': Index 2 is out of range" in out, out
    assert "never" not in out and "Traceback" not in out, out
