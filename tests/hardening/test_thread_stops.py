"""Threads of a run, kept and stopped safely (stdlib/thread_run.py): the parallel tasks'
threads are not in ThreadExecute's name table (a user thread of the same name is left
alone, and a run of many tasks keeps none of them)."""
from __future__ import annotations

import io

from wlinterp.engine import run_source


def test_a_user_thread_named_like_a_task_stays_the_users(wl_cli, script):
    path = script('gGo is boolean\n'
                  'ThreadExecute("ParallelTask1", threadNormal, Hold)\n'
                  't is ParallelTask = ParallelTaskExecute(P)\n'
                  'ParallelTaskWait(t)\n'
                  'Trace(ThreadState("ParallelTask1") = threadRunning, t.ReturnedValue)\n'
                  'gGo = True\n'
                  'PROCEDURE Hold()\n'
                  'LOOP\n'
                  '\tIF gGo THEN BREAK\n'
                  '\tDelay(1)\n'
                  'END\n'
                  'PROCEDURE P()\n'
                  'RESULT 7\n', "named.wl")
    ran = wl_cli("run", path, timeout=120)
    assert (ran.code, ran.out.splitlines()) == (0, ["1, 7"]), ran


def test_finished_tasks_and_threads_are_not_kept() -> None:
    rt = run_source('FOR i = 1 TO 300\n'
                    '\tt is ParallelTask = ParallelTaskExecute(P, (i))\n'
                    '\tParallelTaskWait(t)\n'
                    'END\n'
                    'ThreadExecute("Named", threadNormal, P, 1)\n'
                    'ThreadWait("Named")\n'
                    'PROCEDURE P(n)\n'
                    'RESULT n\n', stdout=io.StringIO(), stderr=io.StringIO())
    assert list(rt.state["threads"]) == ["named"]  # ThreadState("Named") still answers
    assert rt.state["threads:running"] == {}
