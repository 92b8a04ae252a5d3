"""EndProgram never hides a thread's fatal error (docs/semantics.md §6, "A fatal error in a
thread"): whether the thread fails before, while or after the main code calls EndProgram
(FinProgramme), its error is the run's, exit code 1.
"""
from __future__ import annotations

import io
import threading

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import thread_gate

_LATE = """\
ThreadExecute("t", threadNormal, Fail)
{end}(3)

PROCEDURE Fail()
Multitask(20)
x is int = 0
Trace(1 / x)
"""


@pytest.mark.parametrize("end", ["EndProgram", "FinProgramme"])
def test_a_thread_failing_after_endprogram_is_reported(wl_cli, script, end):
    ran = wl_cli("run", script(_LATE.format(end=end), "late.wl"))
    assert ran.code == 1, ran
    assert ran.err.startswith("late.wl:7:9: error: in thread 't': Division by zero."), ran


def test_a_thread_failing_after_endprogram_in_a_called_procedure_is_reported(wl_cli, script):
    source = "PROCEDURE P()\n" + _LATE.format(end="EndProgram").replace("\n\n", "\n", 1)
    ran = wl_cli("run", "--call", "P", script(source, "call.wl"))
    assert ran.code == 1 and "error: in thread 't': Division by zero." in ran.err, ran


def test_a_thread_error_in_flight_when_endprogram_leaves_the_main_code_is_the_runs(
        monkeypatch):
    """The race itself, made certain: the thread has failed (its error is recorded and the
    main code's interruption is on its way, not delivered yet) when EndProgram's exception
    reaches the end of the main code. `close_gate` then hands the error over; it used to be
    dropped for EndProgram's normal end (exit 3, no message)."""
    real_close = thread_gate.close_gate
    failure = WLRuntimeError("in thread 't': Division by zero.", line=5, column=1)

    def close_with_an_error_in_flight(rt):
        gate = thread_gate._gate(rt)
        if gate.state == "main" and gate.error is None:
            with gate.lock:
                gate.sent = True  # the interruption was sent and is not delivered yet
            failing = threading.Thread(target=thread_gate.thread_failed, args=(rt, failure))
            failing.start()
            failing.join()
        return real_close(rt)

    monkeypatch.setattr(thread_gate, "close_gate", close_with_an_error_in_flight)
    with pytest.raises(WLRuntimeError) as raised:
        run_source('Trace("before")\nEndProgram(3)\n', "race.wl", stdout=io.StringIO())
    assert raised.value is failure
