"""Parallel tasks: the `ParallelTask` / `TâcheParallèle` type (the pool that runs the
tasks: stdlib/parallel_task_pool.py; MyParallelTask and the tasks the functions are
given: stdlib/parallel_task_args.py).

A task is a procedure run in a thread of its own (stdlib/thread_run.py's `spawn`: its
fatal error is the run's, the end of the run waits for it), its result kept as the
task's ReturnedValue. At most `limit` tasks run at once (ParallelTaskParameter; the
machine's processor count by default); the others wait their turn in order (status
ptsWaitingExecution). A continuation (ParallelTaskExecuteAfter...) waits
for its previous tasks (ptsWaitingPreviousTask), then joins the queue.
Help pages: ?1000021220 (the type), ?1000021229 (managing parallel tasks), ?1000021667
(`.Execute()`), ?1000021214 and ?1000021217 (continuations); docs/builtins.md,
"Parallel tasks", says what is VERIFIED and what is INFERRED.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from typing import Iterator

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime.containers import WLArray, copy_value
from wlinterp.runtime.types import VARIANT
from wlinterp.runtime.procrefs import procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import waiting_forever
from wlinterp.syntax.names import fold

from .parallel_task_pool import pool_of

family = Family("Parallel tasks (type)")

# Status values (names INFERRED, values ours: docs/builtins.md "Parallel tasks")
NOT_STARTED = family.constant("ptsNotStarted", "tpeNonDémarrée", 0)
WAITING_PREVIOUS = family.constant("ptsWaitingPreviousTask", "tpeAttenteTâchePrécédente", 1)
WAITING_EXECUTION = family.constant("ptsWaitingExecution", "tpeAttenteExécution", 2)
IN_PROGRESS = family.constant("ptsInProgress", "tpeEnCours", 3)
COMPLETED = family.constant("ptsCompleted", "tpeTerminée", 4)
CANCELED = family.constant("ptsCanceled", "tpeAnnulée", 5)
_ENDED = (COMPLETED, CANCELED)

_ending = threading.local()  # .pending: the continuations an _end of this thread tells


class TaskCanceled(BaseException):
    """Raised by ParallelTaskCancel in the task it cancels; not an Exception, so WHEN
    EXCEPTION and the runtime's `except Exception` never take it."""


class PreviousResult:
    """ReturnedValuePreviousTask / ReturnedValuesPreviousTasks: in a continuation's
    parameters, replaced by what its previous task(s) returned when it starts."""

    def __init__(self, several: bool) -> None:
        self.several = several

    def copy(self) -> "PreviousResult":
        return self

    def wl_text(self) -> str:
        return "ReturnedValuesPreviousTasks" if self.several else "ReturnedValuePreviousTask"


ONE_RESULT = family.constant("ReturnedValuePreviousTask", "ValeurRenvoyéeTâchePrécédente",
                             PreviousResult(False), "ReturnValuePreviousTask")
ALL_RESULTS = family.constant("ReturnedValuesPreviousTasks",
                              "ValeursRenvoyéesTâchesPrécédentes", PreviousResult(True),
                              "ReturnValuesPreviousTasks")


def _array(items: list[object]) -> WLArray:
    """An array of variants; writing past its end enlarges it (`d.Parameter[2] = x` on a
    new description, as the type's page writes it)."""
    arr = WLArray(VARIANT, items)
    arr.growth = "n"
    return arr


# property names, French and English (folded) -> the one kept here
_PROPS = {"canceled": "canceled", "cancelled": "canceled", "annulee": "canceled",
          "completed": "completed", "terminee": "completed",
          "identifier": "identifier", "identifiant": "identifier",
          "returnedvalue": "result", "valeurrenvoyee": "result",
          "status": "status", "etat": "status",
          "cancellationrequested": "cancel", "annulationdemandee": "cancel",
          "procedure": "procedure", "parameter": "parameters", "parametre": "parameters",
          "parameters": "parameters", "parametres": "parameters"}
_WRITABLE = {"procedure", "parameters"}
_local = threading.local()  # .task: the task this thread runs


def current_task() -> "WLParallelTask | None":
    """The task the current thread runs; None outside a task."""
    return getattr(_local, "task", None)


def running_task(task: "WLParallelTask | None") -> None:
    """The current thread now runs `task` (None: no task any more)."""
    _local.task = task


class WLParallelTask:
    """A `ParallelTask` variable: a description until it runs, then the task."""

    wl_type_name = "ParallelTask"
    wl_method_kind = "paralleltask"  # t.Wait() is ParallelTaskWait(t) (value_methods.py)
    caller: object = None  # where it was executed (run_errors.script_place), set by launch
    description = False  # a `Description of ParallelTask`: each execution runs a copy

    def __init__(self, rt: Runtime, procedure: object = None, params: tuple[object, ...] = (),
                 options: object = 0) -> None:
        self.rt, self.procedure, self.options = rt, procedure, options
        self.params = _array(list(params))
        self.id = 0
        self.status = NOT_STARTED
        self._ending_status = COMPLETED  # how its thread ended (_body, then _finish)
        self.result: object = None
        # plain flags, not Events (nothing blocks on them: waits look in slices), so a
        # task the script holds costs half as much
        self.done = False
        self.cancel_requested = False
        self.previous: list[WLParallelTask] = []
        self.waiting_for = 0  # previous tasks not ended yet (continuations)
        self.any_one = False  # ExecuteAfterOne: the first previous task to end starts it
        self.next: list[WLParallelTask] = []
        self.guard = threading.Lock()

    @staticmethod
    def wl_construct(rt: Runtime, procedure: ProcArg = None, params: object = (),
                     options: object = 0) -> "WLParallelTask":
        """`ParallelTask(Proc [, (parameters) [, options]])`: a described task."""
        return WLParallelTask(rt, procedure, params if isinstance(params, tuple) else (params,),
                              options)

    # -- properties --------------------------------------------------------------
    def _key(self, name: str) -> str:
        key = _PROPS.get(fold(name))
        if key is None:
            raise WLRuntimeError(f"A ParallelTask has no property '{name}'.")
        return key

    def wl_get(self, name: str) -> object:
        key = self._key(name)
        if key == "result":
            self.wait(None)  # reading the result waits for the end (INFERRED)
            return self.result
        if key == "parameters":
            return self.params
        return {"canceled": lambda: self.status == CANCELED,
                "completed": lambda: self.status in _ENDED,
                "identifier": lambda: self.id, "status": lambda: self.status,
                "cancel": lambda: self.cancel_requested,
                "procedure": lambda: self.procedure}[key]()

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        key = self._key(name)
        if key not in _WRITABLE:
            raise WLRuntimeError(f"The property {name} of a ParallelTask is read-only.")
        if self.status != NOT_STARTED:
            raise WLRuntimeError(f"The parallel task {self.id} has been started: its {name} "
                                 f"can no longer change.")
        if key == "procedure":
            self.procedure = value
        else:
            self.params = value if isinstance(value, WLArray) else \
                _array(list(value) if isinstance(value, (tuple, list)) else [value])

    def wl_text(self) -> str:
        return str(self.id)

    def copy(self) -> "WLParallelTask":
        return self  # a ParallelTask variable designates its task (as a Thread's)

    # -- running -------------------------------------------------------------------
    def launch(self, fname: str, after: list["WLParallelTask"] | None = None,
               any_one: bool = False) -> "WLParallelTask":
        """Run the described task now, or once `after` (its previous tasks) have ended.
        The task is claimed under its guard: two threads executing one described task at
        once run it once (the other call is the "already started" error). A Description
        runs a copy of itself, the task returned, and stays a description."""
        if self.description:
            task = WLParallelTask(self.rt, self.procedure, (), self.options)
            task.params = _array(list(self.params.items))
            return task.launch(fname, after, any_one)
        with self.guard:
            if self.status != NOT_STARTED:
                raise WLRuntimeError(f"{fname}: the parallel task {self.id} has already "
                                     f"been started.")
            if self.procedure is None:
                raise WLRuntimeError(f"{fname}: this ParallelTask variable describes no "
                                     f"procedure.")
            for prev in after or ():
                _check_previous(self, prev, fname)
            self.procedure = procedure_arg(self.rt, self.procedure, fname)
            from wlinterp.run_errors import script_place  # (as thread_run's start_named)
            self.caller = script_place()  # its errors' chain ends there
            pool = pool_of(self.rt)
            self.id = next(pool.ids)
            self.status = WAITING_PREVIOUS if after else WAITING_EXECUTION
        self.params = _array([copy_value(p) for p in self.params.items])
        if not after:
            pool.submit(self)
            return self
        self.previous, self.any_one = after, any_one
        self.waiting_for = len(after)
        for prev in after:
            with prev.guard:
                if prev.status not in _ENDED:
                    prev.next.append(self)
                    continue
            self.previous_ended(prev)
        return self

    def previous_ended(self, prev: "WLParallelTask") -> None:
        """One previous task ended: with all of them ended (or the first, for
        ExecuteAfterOne, which then stands alone as the previous task) the task queues."""
        with self.guard:
            self.waiting_for -= 1
            ready = self.status == WAITING_PREVIOUS and (self.any_one or self.waiting_for == 0)
            if ready:
                self.status = WAITING_EXECUTION
                if self.any_one:
                    self.previous = [prev]
        if ready:
            pool_of(self.rt).submit(self)

    def start_thread(self) -> None:
        from .thread_run import spawn
        if self.cancel_requested:  # canceled just as it left the queue
            self._end(CANCELED)
            pool_of(self.rt).release()
            return
        self.status = IN_PROGRESS
        spawn(self.rt, f"ParallelTask{self.id}", self._body, (), named=False,
              then=self._finish, caller=self.caller)

    def _arguments(self) -> list[object]:
        """The parameters, ReturnedValuePreviousTask(s) replaced by the results."""
        out = []
        for p in self.params.items:
            if isinstance(p, PreviousResult):
                results = [t.result for t in self.previous]
                p = _array(results) if p.several else \
                    (results[0] if results else None)
            out.append(p)
        return out

    def _body(self) -> None:
        """The task's thread: the procedure and its result kept. Its end is told by
        `_finish`, which the thread runs after an error of the procedure was reported:
        told first, a waiter could go on past ParallelTaskWait before the error stopped
        the run."""
        running_task(self)
        try:
            self.result = self.procedure(*self._arguments())  # type: ignore[operator]
        except TaskCanceled:
            self._ending_status = CANCELED
        finally:
            running_task(None)

    def _finish(self) -> None:
        """The task's thread is over (its error, if any, reported): waiters woken,
        continuations told, its place in the pool given back."""
        try:
            self._end(self._ending_status)
        finally:
            pool_of(self.rt).release()

    def never_runs(self) -> None:
        """Canceled while it waited for its turn: it ends without running
        (Pool.dispatch)."""
        self._end(CANCELED)

    def _end(self, status: int) -> None:
        """The task has ended: its waiters are woken and its continuations told. Told
        in a loop, not by nesting: a continuation canceled while queued ends at once
        (Pool.dispatch), which tells its own continuations; a chain of thousands of
        such links would otherwise nest once per link until the stack ran out."""
        with self.guard:
            self.status = status
            following, self.next = self.next, []
            self.previous = []  # their results were read as it started: a chain is let go
        self.done = True
        pending = getattr(_ending, "pending", None)
        if pending is not None:  # an _end further up this thread's stack tells them
            pending.extend((task, self) for task in following)
            return
        _ending.pending = pending = deque((task, self) for task in following)
        try:
            while pending:
                task, prev = pending.popleft()
                task.previous_ended(prev)
        finally:
            _ending.pending = None

    def wait(self, timeout: float | None) -> bool:
        """Wait for the end (at most `timeout` seconds); True when it has ended."""
        if self.status == NOT_STARTED:
            return True
        if current_task() is self:
            raise WLRuntimeError(f"The parallel task {self.id} cannot wait for itself.")
        return wait_all([self], timeout, "ParallelTaskWait")


def wait_all(tasks: list[WLParallelTask], timeout: float | None, what: str,
             any_one: bool = False) -> bool:
    """Wait until every task (or, with any_one, one of them) has ended; False when the
    time ran out. Waits in slices (a thread's fatal error, a stop, reach the waiter)."""
    started = [t for t in tasks if t.status != NOT_STARTED]
    if not started:
        return True

    def ended() -> bool:
        if any_one:
            return any(t.done for t in started)
        return all(t.done for t in started)
    if ended():
        return True
    deadline = None if timeout is None else time.monotonic() + timeout
    with pool_of(started[0].rt).waiting(current_task() is not None), \
            waiting_forever(what, timeout):
        for _ in _slices(deadline):
            if ended():
                return True
    return ended()


def _slices(deadline: float | None) -> Iterator[None]:
    """Sleep a little between looks until the deadline (for ever without one)."""
    while deadline is None or time.monotonic() < deadline:
        time.sleep(0.005 if deadline is None else max(0.0, min(0.005,
                                                              deadline - time.monotonic())))
        yield


def _new(rt: Runtime) -> WLParallelTask:
    return WLParallelTask(rt)


def _new_description(rt: Runtime) -> WLParallelTask:
    task = WLParallelTask(rt)
    task.description = True
    return task


setattr(_new, "wl_construct", WLParallelTask.wl_construct)
family.type("ParallelTask", "TâcheParallèle", _new)
# `d is Description of ParallelTask` (?1000021211): a description each execution copies,
# so that one description starts several tasks (the page's example executes
# MyTaskDescription twice, changing its Procedure between; it was "the parallel task 5
# has been started: its procedure can no longer change")
family.type("DescriptionOfParallelTask", "DescriptionDeTâcheParallèle", _new_description)


def _check_previous(task: WLParallelTask, prev: WLParallelTask, fname: str) -> None:
    """A continuation of a task never started (or of itself) would never run: refused
    at the call (INFERRED, docs/builtins.md "Parallel tasks")."""
    if prev is task:
        raise WLRuntimeError(f"{fname}: a parallel task cannot run after itself.")
    if prev.status == NOT_STARTED:
        raise WLRuntimeError(f"{fname}: the previous parallel task has never been started "
                             f"(a continuation of it would never run).")


def raise_canceled() -> None:
    raise TaskCanceled()


__all__ = ["WLParallelTask", "wait_all", "raise_canceled", "current_task",
           "PreviousResult", "COMPLETED", "CANCELED", "NOT_STARTED"]
