"""The pool that runs the parallel tasks of a run (stdlib/parallel_task_type.py holds the
task itself): how many tasks may run at once, how many do, and the queue of the others,
started in order as places free up. Not a family: no WLanguage names here.

A task that waits for other tasks (ParallelTaskWait..., ReturnedValue) gives its place up
while it waits (`Pool.waiting`), so tasks waiting for their sub-tasks never hold every
place (no deadlock). The pool knows a task only by what it asks of one (`PoolTask`).
"""
from __future__ import annotations

import itertools
import os
import threading
from collections import deque
from typing import Protocol

from wlinterp.runtime.state import Runtime


class PoolTask(Protocol):
    """What the pool asks of a task (stdlib/parallel_task_type.py WLParallelTask)."""

    cancel_requested: bool

    def never_runs(self) -> None: ...

    def start_thread(self) -> None: ...


class Pool:
    """The run's tasks: how many may run at once, how many do, the queue."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.lock = threading.Lock()
        self.limit = max(os.cpu_count() or 2, 2)
        self.running = 0
        self.queue: deque[PoolTask] = deque()
        self.ids = itertools.count(1)

    def submit(self, task: PoolTask) -> None:
        """Queue a task (its status already says it waits for its turn) and start what
        may start."""
        with self.lock:
            self.queue.append(task)
        self.dispatch()

    def dispatch(self) -> None:
        """Start queued tasks while places are free (outside the lock: a started task
        may submit others at once). A task canceled while queued is dropped here, taking
        no place: ending it through start_thread and release would come back here once
        per canceled task, nesting until the stack ran out."""
        starting, dropped = [], []
        with self.lock:
            while self.queue and self.running < self.limit:
                task = self.queue.popleft()
                if task.cancel_requested:
                    dropped.append(task)
                    continue
                self.running += 1
                starting.append(task)
        for task in dropped:
            task.never_runs()
        for task in starting:
            task.start_thread()

    def release(self, amount: int = 1) -> None:
        with self.lock:
            self.running -= amount
        self.dispatch()

    def waiting(self, in_task: bool) -> "_Waiting":
        """The place of the task waiting in this thread (`in_task`), freed meanwhile."""
        return _Waiting(self, in_task)


class _Waiting:
    """While a task waits for other tasks, its place is free for them."""

    def __init__(self, pool: Pool, mine: bool) -> None:
        self.pool, self.mine = pool, mine

    def __enter__(self) -> None:
        if self.mine:
            self.pool.release()

    def __exit__(self, *exc: object) -> None:
        if self.mine:
            with self.pool.lock:
                self.pool.running += 1


def pool_of(rt: Runtime) -> Pool:
    """The run's pool, made on first use."""
    pool = rt.state.get("paralleltasks")
    if pool is None:
        pool = rt.state.setdefault("paralleltasks", Pool(rt))
    return pool


__all__ = ["Pool", "PoolTask", "pool_of"]
