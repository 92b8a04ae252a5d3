"""How a lost pytest-xdist worker ended, said where the run's output is.

xdist reports a worker whose process went away only as "node down: Not properly
terminated" and the test it was running. A worker that crashes in C (a segmentation
fault, an abort) prints its traceback through faulthandler, but one killed by a signal
(SIGKILL, SIGTERM...) or ended by `os._exit` leaves nothing: which of these happened is
the first fact needed to find why (a worker was lost that way once, in a whole-suite run,
with no trace). The controller polls the worker's process for a moment and writes its
exit status (tests/conftest.py imports the hook; private execnet attributes, read
defensively: where they are missing nothing is written).
"""
from __future__ import annotations

import signal
import time
from typing import Any

import pytest

WAIT_SECONDS = 3.0  # how long the process may take to be reaped after its channel closed


def exit_status(returncode: int | None) -> str:
    """A process's return code in words: the signal that killed it, or its exit code."""
    if returncode is None:
        return f"still running {WAIT_SECONDS:g} s after its channel closed"
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"killed by {name} ({-returncode})"
    return f"exited with code {returncode}"


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """xdist's hook for a worker gone (`error` is None for an ordinary end)."""
    if error is None:
        return
    popen = getattr(getattr(getattr(node, "gateway", None), "_io", None), "popen", None)
    if popen is None:
        return
    deadline = time.monotonic() + WAIT_SECONDS
    while popen.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    name = getattr(node, "workerinput", {}).get("workerid", "?")
    line = f"[{name}] worker process {popen.pid} {exit_status(popen.returncode)}"
    reporter = node.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(line)
