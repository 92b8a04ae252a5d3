"""tests/worker_watch.py: a lost test worker's exit status is written out."""
from __future__ import annotations

import signal
import subprocess
import sys
from types import SimpleNamespace

from worker_watch import exit_status, pytest_testnodedown


class _Reporter:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def write_line(self, line: str) -> None:
        self.lines.append(line)


def _node(popen: object, reporter: _Reporter) -> SimpleNamespace:
    """What the hook reads of xdist's WorkerController."""
    plugins = SimpleNamespace(get_plugin=lambda name: reporter)
    return SimpleNamespace(gateway=SimpleNamespace(_io=SimpleNamespace(popen=popen)),
                           workerinput={"workerid": "gw7"},
                           config=SimpleNamespace(pluginmanager=plugins))


def test_a_worker_killed_by_a_signal_is_named_with_it() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    child.send_signal(signal.SIGTERM)
    reporter = _Reporter()
    pytest_testnodedown(_node(child, reporter), "Not properly terminated")
    assert reporter.lines == [f"[gw7] worker process {child.pid} killed by SIGTERM (15)"]


def test_an_ordinary_end_writes_nothing_and_codes_read_as_words() -> None:
    reporter = _Reporter()
    pytest_testnodedown(_node(None, reporter), None)
    assert reporter.lines == []
    assert exit_status(1) == "exited with code 1"
    assert exit_status(-9) == "killed by SIGKILL (9)"
    assert exit_status(None).startswith("still running")
