"""process_running: the one answer to "is that process still there?" (a capture's
leftover files, a SQLite lock's owner, ExeTerminate's wait)."""
from __future__ import annotations

import os
import subprocess
import sys

from wlinterp.process_state import process_running


def test_this_process_and_a_live_child_are_running() -> None:
    assert process_running(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    try:
        assert process_running(child.pid)
    finally:
        child.communicate(b"")
    assert not process_running(child.pid)  # ended and reaped: gone


def test_a_process_that_cannot_be_asked_counts_as_running() -> None:
    assert process_running(1)  # init: not ours to signal, but alive
