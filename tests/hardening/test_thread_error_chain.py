"""The call chain of an error in a thread or a parallel task goes on to where it was
started, as the main code's goes on to the main code (NET, issue 8 "What remains": a
thread's arity error showed one frame, the thread's procedure not named; a parallel task
given a wrong count of parameters said `<string>: error`, no line, no caret).
run_errors.py `_locate` (one procedure alone is named) and `started_in`;
stdlib/thread_run.py `_ended`; stdlib/parallel_task_type.py `launch` (where it was
executed). EN and FR."""
from __future__ import annotations

import pytest

_THREAD_EN = """\
Starter()
PROCEDURE Starter()
ThreadExecute("T", threadNormal, Worker)
ThreadWait("T")
PROCEDURE Worker()
Inner(1, 2)
PROCEDURE Inner(n)
Trace(n)
"""
_THREAD_FR = """\
Démarrer()
PROCÉDURE Démarrer()
ThreadExécute("T", threadNormal, Travail)
ThreadAttend("T")
PROCÉDURE Travail()
Intérieur(1, 2)
PROCÉDURE Intérieur(n)
Trace(n)
"""
_THREAD_OUT = """\
{file}:6:1: error: in thread 'T': {inner} expects 1 parameter(s) but received 2.
    {inner}(1, 2)
    ^
  in procedure {worker}
  started in procedure {starter}, line 3
"""


@pytest.mark.parametrize("code, names", [
    (_THREAD_EN, {"inner": "Inner", "worker": "Worker", "starter": "Starter"}),
    (_THREAD_FR, {"inner": "Intérieur", "worker": "Travail", "starter": "Démarrer"})],
    ids=["en", "fr"])
def test_a_thread_error_names_its_procedure_and_its_start(wl_cli, script, code, names):
    path = script(code, "chain.wl")
    ran = wl_cli("run", path)
    assert ran.code == 1, ran
    assert ran.err.endswith(_THREAD_OUT.format(file="chain.wl", **names)), ran.err


_TASK_EN = """\
t is ParallelTask = ParallelTaskExecute(Work, (5, 6))
ParallelTaskWait(t)
u is ParallelTask = ParallelTaskExecute(Work, (0))
ParallelTaskWait(u)
PROCEDURE Work(n)
Trace(10 / n)
"""
_TASK_FR = """\
t est une TâcheParallèle = TâcheParallèleExécute(Travail, (5, 6))
TâcheParallèleAttend(t)
PROCÉDURE Travail(n)
Trace(10 / n)
"""


@pytest.mark.parametrize("code, name, first", [
    (_TASK_EN, "task.wl", "task.wl:1:21: error: in thread 'ParallelTask1': Work expects 1 "
     "parameter(s) but received 2.\n"
     "    t is ParallelTask = ParallelTaskExecute(Work, (5, 6))\n"
     "                        ^\n"),
    (_TASK_FR, "tache.wl", "tache.wl:1:28: error: in thread 'ParallelTask1': Travail "
     "expects 1 parameter(s) but received 2.\n")], ids=["en", "fr"])
def test_a_task_given_too_many_parameters_is_shown_where_it_was_executed(
        wl_cli, script, code, name, first):
    ran = wl_cli("run", script(code, name))
    assert ran.code == 1, ran
    assert ran.err.startswith(first), ran.err


def test_a_task_error_chain_ends_where_it_was_executed(wl_cli, script):
    ran = wl_cli("run", script(_TASK_EN.replace("(5, 6)", "(2)"), "task.wl"))
    assert ran.code == 1, ran
    assert ran.out == "5\n", ran
    assert ran.err.endswith("  in procedure Work\n  started in the main code, line 3\n"), ran.err
