"""A thread that fails while the main code is failing: both errors are reported, the
main code's first, and the exit code is the main error's (docs/semantics.md §6). Before,
only one of them was shown: the thread's error, raised by the end of the run's wait for
the threads, took the place of the main code's; a thread error in flight when the main
code failed was dropped."""
from __future__ import annotations

import io
import threading

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError, format_error
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import _gate, main_code, thread_failed

_EN = """\
ThreadExecute("worker", threadNormal, Work)
Trace("main fails")
x is int = 1 / 0
PROCEDURE Work()
ThreadPause(50)
t is array of 2 int
t[5] = 1
"""
_FR = """\
ThreadExécute("ouvrier", threadNormal, Travail)
Trace("le principal échoue")
ExceptionDéclenche(7, "échec du code principal")
PROCÉDURE Travail()
ThreadPause(50)
t est un tableau de 2 entiers
t[5] = 1
"""


def test_both_errors_are_reported_main_first(wl_cli, script):
    ran = wl_cli("run", script(_EN, "both.wl"))
    assert ran.code == 1, ran
    main = ran.err.find("both.wl:3:14: error: Division by zero.")
    thread = ran.err.find("both.wl:7:1: error: in thread 'worker': Index 5 is out of range")
    assert 0 <= main < thread, ran


def test_both_errors_are_reported_main_first_fr(wl_cli, script):
    ran = wl_cli("run", script(_FR, "les_deux.wl"))
    assert ran.code == 1, ran
    main = ran.err.find("les_deux.wl:3:1: error: échec du code principal")
    thread = ran.err.find("les_deux.wl:7:1: error: in thread 'ouvrier': Index 5")
    assert 0 <= main < thread, ran


def test_the_engine_raises_the_main_error_with_the_thread_error_after_it():
    with pytest.raises(WLRuntimeError) as caught:
        run_source(_EN, "api.wl", stdout=io.StringIO(), stderr=io.StringIO())
    err = caught.value
    assert err.message == "Division by zero." and err.line == 3
    assert [e.message for e in err.also] == \
        ["in thread 'worker': Index 5 is out of range: the array has 2 element(s)."]
    text = format_error(err)
    assert text.index("Division by zero.") < text.index("in thread 'worker'")


def test_a_thread_error_in_flight_as_the_main_code_fails_is_kept():
    """The thread failed, its interruption of the main code not delivered yet, when the
    main code raised its own error: main_code reports it after the main error."""
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())
    late = WLRuntimeError("in thread 't': late")
    with pytest.raises(WLRuntimeError) as caught:
        with main_code(rt):
            _gate(rt).sent = True  # an interruption on its way: thread_failed sends no other
            worker = threading.Thread(target=thread_failed, args=(rt, late))
            worker.start()
            worker.join()
            raise WLRuntimeError("main")
    assert caught.value.message == "main" and caught.value.also == [late]
