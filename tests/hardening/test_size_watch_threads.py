"""The sampling of string and array sizes off the main thread and without POSIX timers
(issue 12): a run started by the Python API in a worker thread, and every run where
there is no SIGPROF (Windows, simulated here), is watched by a sampling thread that
raises the same catchable "String too long" in the running thread."""
from __future__ import annotations

import io
import threading
import time
from typing import Any

import pytest

from wlinterp import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import size_watch

pytestmark = pytest.mark.skipif(not size_watch._can_raise_in(),
                                reason="the watcher thread needs CPython's C API")

CAUGHT = ('s is string\nWHEN EXCEPTION IN\n    LOOP\n        s += "abc"\n    END\n'
          "DO\n    Trace(ExceptionInfo())\nEND\nTrace(Length(s))")
UNCAUGHT = 's is string\nLOOP\n    s += "x"\nEND'


def _in_thread(source: str) -> dict[str, Any]:
    """Run `source` in a worker thread (bounded); what it printed or raised."""
    got: dict[str, Any] = {}

    def run() -> None:
        out = io.StringIO()
        try:
            run_source(source, "w.wl", stdout=out, options={"max_string": 1000})
        except BaseException as error:  # the test reports whatever escaped
            got["error"] = error
        got["out"] = out.getvalue().splitlines()
    worker = threading.Thread(target=run)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "the loop was never stopped"
    return got


def test_a_worker_thread_run_is_sampled_and_the_error_is_catchable():
    got = _in_thread(CAUGHT)
    assert "error" not in got, got
    assert got["out"][0].startswith("String too long") and "see --max-string" in got["out"][0]
    assert 1000 < int(got["out"][1]) < 50_000_000


def test_uncaught_in_a_worker_thread_it_has_its_position():
    got = _in_thread(UNCAUGHT)
    error = got["error"]
    assert isinstance(error, WLRuntimeError) and "String too long" in error.message
    assert error.line in (2, 3) and error.column >= 1, str(error)  # the loop or its append
    assert error.source is not None and "LOOP" in error.source


def test_nothing_is_raised_after_the_run_ends():
    got = _in_thread('s is string = Repeat("x", 10)\nTrace(Length(s))')
    assert got == {"out": ["10"]}
    time.sleep(size_watch.SAMPLE_SECONDS * 3)  # a late sample would land in this thread
    assert not any(t.name == "wl-size-watch" for t in threading.enumerate())


def test_without_posix_timers_the_main_thread_is_watched_too(monkeypatch):
    monkeypatch.setattr(size_watch, "_SIGNALS", False)  # as on Windows
    out = io.StringIO()
    run_source(CAUGHT, "m.wl", stdout=out, options={"max_string": 1000})
    first, length = out.getvalue().splitlines()
    assert first.startswith("String too long") and 1000 < int(length) < 50_000_000
