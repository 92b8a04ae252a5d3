"""Parallel tasks: ParallelTaskExecute / TâcheParallèleExécute and the functions that chain,
wait for and cancel tasks (the type: stdlib/parallel_task_type.py, the pool: parallel_task_pool.py).

Every misuse is a fatal WLanguage error (a task executed twice: ?1000021667 says so; the
other pages stored do not reach their error sections: INFERRED, docs/builtins.md
"Parallel tasks"). Waits take WINDEV's timeouts (hundredths of a second, a Duration or
readable text; Infinite by default) and answer False when the time runs out.
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .parallel_task_pool import pool_of
from .parallel_task_args import as_task, as_tasks
from .parallel_task_type import WLParallelTask, current_task, raise_canceled, wait_all
from .timeouts import timeout_seconds

family = Family("Parallel tasks")

# <Options> of the Execute functions (?1000021220, ?1000021214: names VERIFIED in
# English, French INFERRED, values ours). The HFSQL context is the run's own whatever
# they say, and a task run "in the main thread" runs in a thread of its own (wlinterp has
# no event loop for a main thread to wait in: decided, as ExecuteMainThread).
family.constant("ptoDelayedCopyHFSQLContext", "tpoCopieDifféréeContexteHFSQL", 0)
family.constant("ptoFullCopyHFSQLContext", "tpoCopieComplèteContexteHFSQL", 1)
family.constant("ptoLightCopyHFSQLContext", "tpoCopieLégèreContexteHFSQL", 2)
family.constant("ptoMainThread", "tpoThreadPrincipal", 4)
# ParallelTaskParameter's parameter (name INFERRED, value ours)
MAX_THREADS = family.constant("ptpMaxThreads", "tppNbThreadMax", 1)


def _described(rt: Runtime, procedure: object, params: object,
               options: object) -> WLParallelTask:
    """A task from a procedure and its bracketed parameters (one value alone is the one
    parameter), or the ParallelTask variable given in the procedure's place."""
    if isinstance(procedure, WLParallelTask):
        return procedure
    if params is None:
        params = ()
    return WLParallelTask.wl_construct(rt, procedure, params, 0 if options is None else options)


@family.function("ParallelTaskExecute", "TâcheParallèleExécute")
def parallel_task_execute(rt: Runtime, procedure: ProcArg, params: object = None,
                          options: object = None) -> WLParallelTask:
    """Run `procedure(params...)` as a parallel task (or the described ParallelTask given)
    and give the task at once; its parameters are copied (passed by value)."""
    return _described(rt, procedure, params, options).launch("ParallelTaskExecute")


@family.function("ParallelTaskExecuteAfter", "TâcheParallèleExécuteAprès")
def parallel_task_execute_after(rt: Runtime, previous: object, procedure: ProcArg,
                                params: object = None, options: object = None
                                ) -> WLParallelTask:
    """A continuation: run once the previous task has ended (?1000021214);
    ReturnedValuePreviousTask among the parameters is its result."""
    prev = as_task(previous, "ParallelTaskExecuteAfter")
    return _described(rt, procedure, params, options).launch("ParallelTaskExecuteAfter",
                                                              [prev])


@family.function("ParallelTaskExecuteAfterAll", "TâcheParallèleExécuteAprèsToutes")
def parallel_task_execute_after_all(rt: Runtime, previous: object, procedure: ProcArg,
                                    params: object = None, options: object = None
                                    ) -> WLParallelTask:
    """A continuation run once every task of the array has ended (?1000021217);
    ReturnedValuesPreviousTasks is the array of their results, in the array's order."""
    prev = as_tasks(previous, "ParallelTaskExecuteAfterAll")
    return _described(rt, procedure, params, options).launch("ParallelTaskExecuteAfterAll",
                                                              prev)


@family.function("ParallelTaskExecuteAfterOne", "TâcheParallèleExécuteAprèsUne")
def parallel_task_execute_after_one(rt: Runtime, previous: object, procedure: ProcArg,
                                    params: object = None, options: object = None
                                    ) -> WLParallelTask:
    """A continuation run once the first task of the array has ended; its English name
    and ReturnedValuePreviousTask (that task's result) VERIFIED on ?1000021216."""
    prev = as_tasks(previous, "ParallelTaskExecuteAfterOne")
    return _described(rt, procedure, params, options).launch("ParallelTaskExecuteAfterOne",
                                                              prev, any_one=True)


@family.function("ParallelTaskWait", "TâcheParallèleAttend")
def parallel_task_wait(rt: Runtime, task: object, timeout: object = None) -> bool:
    """Wait for the task to end: True when it has (or never started), False when the time
    ran out."""
    return as_task(task, "ParallelTaskWait").wait(timeout_seconds(timeout, "ParallelTaskWait"))


@family.function("ParallelTaskWaitAll", "TâcheParallèleAttendToutes")
def parallel_task_wait_all(rt: Runtime, tasks: object, timeout: object = None) -> bool:
    """Wait for every task of the array to end: True when all have, False when the time
    ran out."""
    found = as_tasks(tasks, "ParallelTaskWaitAll")
    me = current_task()
    if me is not None and me in found:
        raise WLRuntimeError("ParallelTaskWaitAll: a parallel task cannot wait for itself.")
    return wait_all(found, timeout_seconds(timeout, "ParallelTaskWaitAll"),
                    "ParallelTaskWaitAll")


@family.function("ParallelTaskCancel", "TâcheParallèleAnnule")
def parallel_task_cancel(rt: Runtime) -> None:
    """Called in a task's code: the task stops here, its status ptsCanceled (how a task
    answers ParallelTaskRequestCancellation). Outside a task, a fatal error."""
    if current_task() is None:
        raise WLRuntimeError("ParallelTaskCancel: only the code of a parallel task can "
                             "cancel it (call it in the task).")
    raise_canceled()


@family.function("ParallelTaskRequestCancellation", "TâcheParallèleDemandeAnnulation")
def parallel_task_request_cancellation(rt: Runtime, task: object) -> None:
    """Ask the task to cancel: a task not started yet never runs (ptsCanceled); a running
    one sees the request in its CancellationRequested property and stops with
    ParallelTaskCancel (a cooperative cancellation). An ended task is left alone."""
    as_task(task, "ParallelTaskRequestCancellation").cancel_requested = True


@family.function("ParallelTaskParameter", "TâcheParallèleParamètre")
def parallel_task_parameter(rt: Runtime, parameter: object, value: object = None) -> int:
    """ptpMaxThreads: how many tasks may run at once (at least 1; the processor count by
    default); returns the value before the call, and only reads it without `value`."""
    if V.to_int(parameter) != MAX_THREADS:
        raise WLRuntimeError(f"ParallelTaskParameter: unknown parameter "
                             f"{V.to_str(parameter)} (ptpMaxThreads is the one known).")
    pool = pool_of(rt)
    before = pool.limit
    if value is not None:
        wanted = V.to_int(value)
        if wanted < 1:
            raise WLRuntimeError(f"ParallelTaskParameter: at least one task must be able "
                                 f"to run, not {wanted}.")
        pool.limit = wanted
        pool.dispatch()
    return before
