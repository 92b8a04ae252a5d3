"""Threads of a run, kept and stopped safely (stdlib/thread_run.py): the parallel tasks'
threads are not in ThreadExecute's name table (a user thread of the same name is left
alone, and a run of many tasks keeps none of them), and a stop is never raised in a
thread whose procedure has ended, even when the system gave its identifier to another
thread (ThreadStop, and the stop of every thread at the end of a run)."""
from __future__ import annotations

import gc
import io
import threading
import time
import tracemalloc
import weakref
from typing import Any, Callable

from wlinterp.engine import run_source
from wlinterp.errors import BuiltinFailure
from wlinterp.registry import load_stdlib
from wlinterp.runtime.procrefs import WLProcRef
from wlinterp.runtime.state import Runtime
from wlinterp.stdlib import thread_run
from wlinterp.syntax.names import fold


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


def _kept(source: str, count: int) -> tuple[Runtime, int]:
    """Run `source` with `count` for {} (after a run with 1: the families loaded, the
    compiler warm); its runtime and the bytes still allocated once it ended."""
    run_source(source.format(1), stdout=io.StringIO(), stderr=io.StringIO())
    tracemalloc.start()
    try:
        rt = run_source(source.format(count), stdout=io.StringIO(), stderr=io.StringIO())
        return rt, tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


def test_an_ended_thread_keeps_its_name_not_its_parameters() -> None:
    rt, kept = _kept('arr is array of int\n'
                     'FOR i = 1 TO 20000\n'
                     '\tArrayAdd(arr, 1000 + i)\n'
                     'END\n'
                     'FOR i = 1 TO {}\n'
                     '\tThreadWait(ThreadExecute("T" + i, threadNormal, P, arr))\n'
                     'END\n'
                     'PROCEDURE P(a)\n'
                     'RESULT 1\n', 300)
    assert len(rt.state["threads"]) == 300  # ThreadState("T1") still answers
    assert kept < 8 << 20, kept  # each thread's copy of the array (160 KB) was let go


def _call(rt: Runtime, name: str, *args: object) -> Any:
    """A built-in called from Python as compiled code calls it."""
    return load_stdlib().functions[fold(name)].call(rt, *args)


def test_a_chain_of_continuations_lets_the_ended_tasks_go() -> None:
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())
    proc = WLProcRef("Work", lambda: list(range(1000)), False)
    first = last = _call(rt, "ParallelTaskExecute", proc)
    for _ in range(50):
        last = _call(rt, "ParallelTaskExecuteAfter", last, proc)
    assert _call(rt, "ParallelTaskWait", last, 3000) is True
    gone = weakref.ref(first)
    del first
    gc.collect()
    assert gone() is None  # the last task still holds its result, not the chain before it
    assert len(last.wl_get("ReturnedValue")) == 1000
    rt.finish()


def test_an_ended_task_held_by_the_script_is_small() -> None:
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())
    proc = WLProcRef("Work", lambda n: n, False)
    _call(rt, "ParallelTaskWait", _call(rt, "ParallelTaskExecute", proc, (0,)))  # warm
    tracemalloc.start()
    try:
        tasks = [_call(rt, "ParallelTaskExecute", proc, (i,)) for i in range(2000)]
        for task in tasks:
            _call(rt, "ParallelTaskWait", task)
        gc.collect()
        each = tracemalloc.get_traced_memory()[0] / len(tasks)
    finally:
        tracemalloc.stop()
        rt.finish()
    assert [t.wl_get("ReturnedValue") for t in tasks[:3]] == [0, 1, 2]
    assert each < 2000, each  # flags, not two Events of about 900 bytes each


class _Victim:
    """A thread of someone else's that must never receive a stop."""

    def __init__(self) -> None:
        self.hit: list[BaseException] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.done.is_set():
            try:
                time.sleep(0.005)
            except BaseException as exc:  # what a stale stop would raise here
                self.hit.append(exc)

    def end(self) -> list[BaseException]:
        time.sleep(0.05)  # an asynchronous exception lands at the next bytecode
        self.done.set()
        self.thread.join(5)
        return self.hit


class _Reused:
    """An ended thread as a stop could see it in a race: still alive an instant ago,
    its identifier now another thread's."""

    def __init__(self, ident: int) -> None:
        self.ident = ident

    def is_alive(self) -> bool:
        return True

    def join(self, timeout: float | None = None) -> None:
        return None


def _ended_thread(victim: _Victim) -> thread_run.WLThread:
    me = thread_run.WLThread("Gone", _Reused(victim.thread.ident or 0))  # type: ignore[arg-type]
    me.stoppable = False  # its procedure has ended
    return me


def _stale_stop(stop: Callable[[thread_run.WLThread], None]) -> list[BaseException]:
    victim = _Victim()
    try:
        stop(_ended_thread(victim))
    finally:
        hit = victim.end()
    return hit


def test_thread_stop_never_reaches_a_thread_that_reused_the_identifier() -> None:
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())

    def stop(me: thread_run.WLThread) -> None:
        thread_run.threads(rt)["gone"] = me
        thread_run.thread_stop(rt, "Gone")
    assert _stale_stop(stop) == []


def test_the_end_of_run_stop_never_reaches_a_thread_that_reused_the_identifier() -> None:
    assert _stale_stop(lambda me: thread_run._stop_all([me])) == []


def test_thread_stop_still_stops_a_running_thread() -> None:
    out = io.StringIO()
    run_source('ThreadExecute("Spin", threadNormal, Spin)\n'
               'ThreadStop("Spin", 10)\n'
               'Trace(ThreadState("Spin") = threadStopped)\n'
               'PROCEDURE Spin()\n'
               'LOOP\n'
               '\tx is int = 1\n'
               'END\n', stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "1\n"


def _twice_at_once(work: Callable[[], None]) -> None:
    """Run `work` in two threads at once, and wait for both."""
    callers = [threading.Thread(target=work) for _ in range(2)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join(5)


def test_two_thread_executes_of_one_name_at_once_start_one_thread(monkeypatch) -> None:
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())
    release = threading.Event()
    slow = WLProcRef("Hold", lambda: release.wait(10), False)

    def slow_lookup(rt: Runtime, value: object, fname: str) -> WLProcRef:
        time.sleep(0.05)  # the moment between the name's check and its thread's start
        return slow
    monkeypatch.setattr(thread_run, "procedure_arg", slow_lookup)
    answers: list[object] = []

    def start() -> None:
        try:
            answers.append(thread_run.start_named(rt, "Same", 0, "Hold"))
        except BuiltinFailure as failure:
            answers.append(failure)
    _twice_at_once(start)
    release.set()
    rt.finish()
    assert sorted(map(type, answers), key=str) == [str, BuiltinFailure], answers


def test_two_executions_of_one_described_task_at_once_run_it_once(monkeypatch) -> None:
    from wlinterp.errors import WLRuntimeError
    from wlinterp.stdlib import parallel_task_type
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())
    runs: list[int] = []
    work = WLProcRef("Work", lambda: runs.append(1), False)

    def slow_lookup(rt: Runtime, value: object, fname: str) -> WLProcRef:
        time.sleep(0.05)  # the moment between the task's check and its start
        return work
    monkeypatch.setattr(parallel_task_type, "procedure_arg", slow_lookup)
    task = parallel_task_type.WLParallelTask(rt, "Work")
    answers: list[object] = []

    def execute() -> None:
        try:
            answers.append(_call(rt, "ParallelTaskExecute", task).id)
        except WLRuntimeError as error:
            answers.append(error.message)
    _twice_at_once(execute)
    assert _call(rt, "ParallelTaskWait", task, 500) is True
    rt.finish()
    assert runs == [1] and sorted(map(str, answers)) == [
        "1", "ParallelTaskExecute: the parallel task 1 has already been started."], answers


def _kept_per_thread(count: int) -> float:
    """Bytes still held per thread after `count` threads of distinct names ran one after
    the other (ThreadExecute, ThreadWait), the run not over: its name table full."""
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())
    proc = WLProcRef("Work", lambda: 1, False)
    _call(rt, "ThreadWait", _call(rt, "ThreadExecute", "warm", 0, proc))
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(count):
            _call(rt, "ThreadWait", _call(rt, "ThreadExecute", f"T{i}", 0, proc))
        gc.collect()
        return tracemalloc.get_traced_memory()[0] / count
    finally:
        tracemalloc.stop()
        assert _call(rt, "ThreadState", "T0") == thread_run.THREAD_ENDED
        assert _call(rt, "ThreadWait", f"T{count - 1}") is True
        rt.finish()


def test_an_ended_named_thread_keeps_its_name_and_state_only() -> None:
    each = _kept_per_thread(1000)
    assert each < 1000, each  # its name and how it ended, not a thread of about 5 KB


class _SlowState(dict):  # type: ignore[type-arg]
    """A run's state whose first lookups take a while: two threads asking for a table
    at once both look before either makes it."""

    def __init__(self) -> None:
        super().__init__()
        self.slow = 2

    def get(self, key: object, default: object = None) -> object:
        value = super().get(key, default)
        if self.slow > 0:
            self.slow -= 1
            time.sleep(0.05)  # what was found may be stale by now
        return value


def test_two_threads_asking_for_a_table_at_once_get_one() -> None:
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO())
    rt.state = _SlowState()
    got: list[dict[Any, Any]] = []
    hooks: list[int] = []
    _twice_at_once(lambda: got.append(rt.table("k", lambda table: hooks.append(1))))
    rt.finish()
    assert len(got) == 2 and got[0] is got[1] and hooks == [1]
