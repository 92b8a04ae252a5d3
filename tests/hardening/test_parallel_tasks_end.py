"""Parallel tasks always end and stay bounded (stdlib/parallel_tasks.py): a task's fatal
error ends the run with that error, a main code waiting for the failed task is not left
waiting, at most ptpMaxThreads tasks run at once, and misuses are WLanguage errors at
their line. Most cases run the real `wl` in a subprocess, bounded (RUN_TIMEOUT)."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError


def test_a_task_error_ends_the_run_and_the_main_code_waiting_for_it(wl_cli, script):
    path = script('t is ParallelTask = ParallelTaskExecute(Fails, (0))\n'
                  'ParallelTaskWait(t)\n'
                  'Trace("not reached")\n'
                  'PROCEDURE Fails(n)\n'
                  'RESULT 1 / n\n', "fails.wl")
    ran = wl_cli("run", path, timeout=120)
    assert ran.code == 1, ran
    assert "not reached" not in ran.out
    assert "fails.wl:5:" in ran.err and "in thread 'ParallelTask1'" in ran.err, ran


def test_at_most_the_maximum_of_tasks_run_at_once(wl_cli, script):
    path = script('gRunning, gMost are int\n'
                  'cs is CriticalSection\n'
                  'Trace(ParallelTaskParameter(ptpMaxThreads, 2) >= 2)\n'
                  'all is array of ParallelTask\n'
                  'FOR i = 1 TO 6\n'
                  '\tArrayAdd(all, ParallelTaskExecute(Work))\n'
                  'END\n'
                  'Trace(ParallelTaskWaitAll(all, 3000), gMost, gRunning)\n'
                  'PROCEDURE Work()\n'
                  'USING cs IN\n'
                  '\tgRunning++\n'
                  '\tgMost = Max(gMost, gRunning)\n'
                  'END\n'
                  'Delay(5)\n'
                  'USING cs IN\n'
                  '\tgRunning--\n'
                  'END\n', "bound.wl")
    ran = wl_cli("run", path, timeout=120)
    assert ran.code == 0, ran
    assert ran.out.splitlines() == ["1", "1, 2, 0"], ran


def test_a_wait_that_times_out_answers_false_and_the_run_still_ends(wl_cli, script):
    path = script('t is ParallelTask = ParallelTaskExecute(Spin)\n'
                  'Trace(ParallelTaskWait(t, 5), t.Status = ptsInProgress, t.Completed)\n'
                  'ParallelTaskRequestCancellation(t)\n'
                  'PROCEDURE Spin()\n'
                  'WHILE NOT MyParallelTask.CancellationRequested\n'
                  '\tDelay(1)\n'
                  'END\n'
                  'ParallelTaskCancel()\n', "spin.wl")
    ran = wl_cli("run", path, timeout=120)
    assert ran.code == 0, ran
    assert ran.out.splitlines() == ["0, 1, 0"], ran


def test_misuses_are_errors_at_their_line(wl_cli, script):
    cases = {
        't is ParallelTask = ParallelTaskExecute(P)\nParallelTaskExecute(t)\n':
            (":2:", "has already been started"),
        'x is int\nParallelTaskWait(x)\n': (":2:", "a ParallelTask was expected"),
        'ParallelTaskWaitAll(5)\n': (":1:", "an array of ParallelTask was expected"),
        'ParallelTaskParameter(ptpMaxThreads, 0)\n': (":1:", "at least one task"),
        't is ParallelTask\nt.Execute()\n': (":2:", "describes no procedure"),
        't is ParallelTask = ParallelTaskExecute(Self)\nTrace(t.ReturnedValue)\n':
            (":", "cannot wait for itself"),
        'd is ParallelTask\nd.Procedure = P\nParallelTaskExecuteAfter(d, P)\n':
            (":3:", "has never been started"),
        'd is ParallelTask\nd.Procedure = P\nParallelTaskExecuteAfter(d, d)\n':
            (":3:", "cannot run after itself"),
        'd is ParallelTask\nd.Procedure = P\na is array of ParallelTask\n'
        'ArrayAdd(a, ParallelTaskExecute(P))\nArrayAdd(a, d)\n'
        'ParallelTaskExecuteAfterAll(a, P)\n': (":6:", "has never been started"),
    }
    for source, (where, message) in cases.items():
        path = script(source + 'PROCEDURE P()\nRESULT 1\n'
                      'PROCEDURE Self()\nRESULT MyParallelTask.ReturnedValue\n')
        ran = wl_cli("run", path, timeout=120)
        assert ran.code == 1 and where in ran.err and message in ran.err, (source, ran)
        assert "Traceback" not in ran.err, ran


# the first task, holding the only place until the main code sets gGo; P, the others
_HOLD = """PROCEDURE Hold()
LOOP
\tIF gGo THEN BREAK
\tDelay(1)
END
PROCEDURE P()
RESULT 1
"""


def test_thousands_of_queued_tasks_canceled_end_without_nesting(wl_cli, script):
    source = """gGo is boolean
ParallelTaskParameter(ptpMaxThreads, 1)
first is ParallelTask = ParallelTaskExecute(Hold)
all is array of ParallelTask
FOR i = 1 TO 3000
\tArrayAdd(all, ParallelTaskExecute(P))
END
FOR EACH t OF all
\tParallelTaskRequestCancellation(t)
END
gGo = True
Trace(ParallelTaskWaitAll(all, 6000), all[3000].Canceled, first.Completed)
""" + _HOLD
    ran = wl_cli("run", script(source, "canceled.wl"), timeout=120)
    assert (ran.code, ran.out.splitlines()) == (0, ["1, 1, 1"]), ran


def test_a_chain_of_thousands_of_canceled_continuations_ends_without_nesting():
    out = io.StringIO()
    run_source("""gGo is boolean
first is ParallelTask = ParallelTaskExecute(Hold)
t is ParallelTask = first
FOR i = 1 TO 5000
\tt = ParallelTaskExecuteAfter(t, P)
\tParallelTaskRequestCancellation(t)
END
gGo = True
Trace(ParallelTaskWait(t, 6000), t.Canceled, first.Completed)
""" + _HOLD, stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "1, 1, 1\n"


def test_a_failed_task_is_reported_before_its_waiters_are_woken(monkeypatch):
    """The failed task's error reaches the main code before the task counts as ended:
    woken first, a waiter could run past ParallelTaskWait before the error stopped it."""
    import wlinterp.stdlib.thread_run as thread_run
    from wlinterp.stdlib.parallel_task_type import WLParallelTask
    seen: list[bool] = []
    tasks: list[WLParallelTask] = []
    real_launch = WLParallelTask.launch

    def launch(self, *args, **kwargs):
        tasks.append(self)
        return real_launch(self, *args, **kwargs)

    def reported(rt, err):
        seen.append(all(not t.done for t in tasks))
        real_reported(rt, err)
    real_reported = thread_run.thread_failed
    monkeypatch.setattr(WLParallelTask, "launch", launch)
    monkeypatch.setattr(thread_run, "thread_failed", reported)
    out = io.StringIO()
    with pytest.raises(WLRuntimeError, match="in thread 'ParallelTask1'"):
        run_source('t is ParallelTask = ParallelTaskExecute(Fails, (0))\n'
                   'ParallelTaskWait(t)\n'
                   'Trace("not reached")\n'
                   'PROCEDURE Fails(n)\n'
                   'RESULT 1 / n\n', stdout=out, stderr=io.StringIO())
    assert "not reached" not in out.getvalue()
    assert seen == [True], seen
    assert tasks and all(t.done for t in tasks)
