"""The tasks the ParallelTask* functions are given: a ParallelTask, MyParallelTask /
MaTâcheParallèle (the task the current thread runs, declared here in the type's family),
or an array of them; anything else stops the call in words. Apart from the type
(parallel_task_type.py), which runs and waits for tasks.
"""
from __future__ import annotations

__all__ = ["as_task", "as_tasks"]

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray

from .parallel_task_type import WLParallelTask, current_task, family


class _MyTask:
    """MyParallelTask / MaTâcheParallèle: the task the current thread runs."""

    wl_type_name = "ParallelTask"

    def _task(self) -> WLParallelTask:
        task = current_task()
        if task is None:
            raise WLRuntimeError("MyParallelTask is only available in the code of a "
                                 "parallel task.")
        return task

    def wl_get(self, name: str) -> object:
        return self._task().wl_get(name)

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        self._task().wl_set(name, value, ctx)

    def wl_text(self) -> str:
        return self._task().wl_text()


family.variable("MyParallelTask", "MaTâcheParallèle", lambda rt: _MyTask())


def as_task(value: object, fname: str) -> WLParallelTask:
    """A ParallelTask argument (MyParallelTask included)."""
    if isinstance(value, _MyTask):
        return value._task()
    if isinstance(value, WLParallelTask):
        return value
    raise WLRuntimeError(f"{fname}: a ParallelTask was expected, not a value of type "
                         f"{V.type_name(value)}.")


def as_tasks(value: object, fname: str) -> list[WLParallelTask]:
    """An array of ParallelTask (ParallelTaskWaitAll, ExecuteAfterAll...)."""
    if not isinstance(value, WLArray):
        raise WLRuntimeError(f"{fname}: an array of ParallelTask was expected, not a value "
                             f"of type {V.type_name(value)}.")
    return [as_task(v, fname) for v in value.items]
