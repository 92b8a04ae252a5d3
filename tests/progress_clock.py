"""The whole suite's clock, printed where the run's output is.

A CI run that ends at its time limit shows only dots: neither how fast the machine went
nor which tests were long. So the controller (not an xdist worker) prints one line at
each tenth of the tests: how many ran, the seconds since the first began, the machine's
load average, and the longest test of that tenth. A run that is slow everywhere (a loaded
machine) and one stuck on a few tests (a hang, which pytest-timeout then ends with every
thread's stack) read differently at a glance (docs/testing.md "The suite's clock").
"""
from __future__ import annotations

import os
import time
from typing import Any

import pytest

STEPS = 10  # lines per run


class Clock:
    """Counts finished tests and keeps the longest of the current step."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self.next_step = 1
        self.longest: tuple[float, str] = (0.0, "")

    def finished(self, nodeid: str, seconds: float) -> str | None:
        """Count one test; the line to print when it closes a step, else None."""
        self.done += 1
        if seconds > self.longest[0]:
            self.longest = (seconds, nodeid)
        if self.total <= 0 or self.done * STEPS < self.next_step * self.total:
            return None
        self.next_step = self.done * STEPS // self.total + 1
        line = (f"[clock] {self.done}/{self.total} tests in "
                f"{time.monotonic() - self.start:.0f} s, load {_load()}, longest of this "
                f"part {self.longest[0]:.1f} s: {self.longest[1]}")
        self.longest = (0.0, "")
        return line


def _load() -> str:
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:  # not on every system
        return "unknown"


class ClockPlugin:
    """Registered by tests/conftest.py in the controller; prints the clock's lines."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.clock: Clock | None = None
        self.spent: dict[str, float] = {}

    @pytest.hookimpl(trylast=True)
    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Without xdist the controller runs the tests it collected."""
        if self.clock is None and session.items:
            self.clock = Clock(len(session.items))

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: Any, ids: list[str]) -> None:
        """Under xdist the controller collects nothing: a worker's count is the total."""
        if self.clock is None:
            self.clock = Clock(len(ids))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """A test is over at its teardown's report; its phases' times add up."""
        spent = self.spent.get(report.nodeid, 0.0) + float(report.duration or 0.0)
        if report.when != "teardown":
            self.spent[report.nodeid] = spent
            return
        self.spent.pop(report.nodeid, None)
        line = self.clock.finished(report.nodeid, spent) if self.clock else None
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if line and reporter is not None:
            reporter.write_line(line)


def register(config: pytest.Config) -> None:
    """In the controller only (an xdist worker's output is not the run's)."""
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(ClockPlugin(config), "wl-progress-clock")
