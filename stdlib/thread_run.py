"""Threads: starting a named thread and the functions that watch, wait for and stop one
(ThreadExecute itself is declared beside the Thread type, stdlib/thread_type.py).

A WLanguage thread is a Python thread running the compiled procedure. Every thread of a
run shares the run's state (`rt`: output, ErrorOccurred/ErrorInfo, built-in variables)
and the program's global variables, as WINDEV's threads share the application's
globals; protect shared data with a critical section, a mutex or a semaphore
(stdlib/thread_sync.py). The threads a run started are waited for when the program ends
(decided: no output of a thread is lost; WINDEV stops them when the application closes).

An uncaught error inside a thread ends the program as one in the main code does: it is
reported with its position and the thread's name, exit code 1, and the other threads are
stopped (decided, docs/semantics.md "A fatal error in a thread"; wlinterp/runtime/
thread_gate.py). At the end of the run, a thread blocked with no time limit in a wait
that no thread is left to satisfy (every remaining thread waits so) is stopped with a
warning instead of being waited for forever. A stopped thread (ThreadStop) stops at its
next WLanguage statement: an exception raised asynchronously in it, which WHEN
EXCEPTION does not catch.
"""
from __future__ import annotations

import threading
from typing import Any, Callable, NamedTuple

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, ProcArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import copy_value
from wlinterp.runtime.procrefs import procedure_arg
from wlinterp.errors import ProgramEnd
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import (SLICE, failure, prepare_raise, raise_in, stuck,
                                          thread_failed, wait_in_slices)
from wlinterp.syntax.names import fold

from .strings import text_arg
from .timeouts import timeout_seconds

family = Family("Threads (execution)")

# Infinite -1 INFERRED equal: WINDEV Mobile's runtime gives Dépile/Défile's timeout the
# default -1, where the help's default is Infinite
INFINITE = family.constant("Infinite", "Infini", -1)
for _en, _fr, _value in (("threadNormal", "threadNormal", 0),
                         ("threadWaitForStart", "threadAttendDémarrage", 1),
                         ("threadGlobalContext", "threadContexteGlobal", 2),
                         ("threadFullCopyHFSQLContext", "threadCopieComplèteContexteHFSQL", 0),
                         ("threadLightCopyHFSQLContext", "threadCopieLégèreContexteHFSQL", 4),
                         ("threadSecure", "threadSécurisé", 8)):
    family.constant(_en, _fr, _value)
# ThreadState's answers (names and values UNVERIFIED: docs/builtins.md, "Threads").
THREAD_NONE = family.constant("threadNonExistent", "threadInexistant", 0)
THREAD_RUNNING = family.constant("threadRunning", "threadEnCours", 1)
THREAD_ENDED = family.constant("threadEnded", "threadTerminé", 2)
THREAD_STOPPED = family.constant("threadStopped", "threadArrêté", 3)

_current = threading.local()  # .me: the WLThread running this code (none in the main code)
_STOPS = threading.Lock()  # a stop sent, and the end of its target's procedure: one at a time
_NAMING = threading.Lock()  # ThreadExecute's look at a name and the start of its thread
_TABLES = threading.Lock()  # every change of a run's thread tables, and a copy of them


class ThreadStopped(BaseException):
    """Raised inside a thread by ThreadStop; not an Exception, so WHEN EXCEPTION and the
    runtime's own `except Exception` never swallow it."""


class ThreadEnded(BaseException):
    """Raised by ThreadEnd in the thread that ends itself: the thread's procedure stops
    there, and the thread counts as ended (not stopped)."""


class WLThread:
    """One thread started by ThreadExecute."""

    def __init__(self, name: str, thread: threading.Thread) -> None:
        self.name, self.thread = name, thread
        self.stop_requested = threading.Event()
        self.stopped = False
        self.started = threading.Event()
        self.stoppable = True  # its procedure still runs (`interrupt` may raise in it)
        self.caller: Any = None  # where ThreadExecute was called (run_errors.script_place)
        # a built-in's listener (WebSocketClientConnect's asynchronous syntax): once only
        # such threads are left at the end, asked to end quietly (True: not waited for)
        self.release: Callable[[], bool] | None = None

    @property
    def state(self) -> int:
        if self.thread.is_alive():
            return THREAD_RUNNING
        return THREAD_STOPPED if self.stopped else THREAD_ENDED


class EndedThread(NamedTuple):
    """What the run's thread names keep of a thread whose procedure is over: its name and
    how it ended, for ThreadState, ThreadWait, ThreadStop..., instead of its WLThread (the
    Python thread, its events and locks: about 5 KB a thread, for a run starting many
    threads of distinct names)."""
    name: str
    state: int


STUCK_SECONDS = 1.0  # at the end, how long every thread must have been stuck in a wait


def threads(rt: Runtime) -> dict[str, WLThread | EndedThread]:
    """ThreadExecute's threads by folded name (ThreadState, ThreadWait, ThreadStop... find
    them there). The parallel tasks' threads are not in it: a task is no named thread (a
    user thread called "ParallelTask1" is the user's), and a finished task must not stay."""
    return rt.table("threads")


def running(rt: Runtime) -> dict[int, WLThread]:
    """Every thread of the run whose body has not returned yet (ThreadExecute's and the
    parallel tasks'), each removing itself as it ends, so a run of many short threads keeps
    none of them; the first use arranges the wait at the end, before the other families
    close what is left (a thread may still use it)."""
    return rt.table("threads:running", lambda table: _join_all(rt, table), first=True)


def current() -> WLThread | None:
    """The thread of ours running this code; None in the main code."""
    return getattr(_current, "me", None)


def interrupt(target: WLThread) -> None:
    """Raise ThreadStopped in `target` at its next statement, only while its procedure
    runs: checked under the lock its body takes as the procedure ends, so the stop never
    reaches a thread that has ended, nor another thread the system gave its identifier."""
    with _STOPS:
        if target.stoppable and target.thread.ident is not None:
            raise_in(target.thread.ident, ThreadStopped)


def _join_all(rt: Runtime, table: dict[int, WLThread]) -> None:
    """The end of the run waits for its threads (no output lost), in slices: a thread's
    fatal error stops the others (and is raised if the main code did not raise it); when
    every thread left has waited with no time limit for STUCK_SECONDS (nothing is left to
    wake them: the main code is over), they are stopped with a warning. Built-ins'
    listeners left alone are released (WLThread.release) instead."""
    me = threading.current_thread()
    while True:
        with _TABLES:
            left = list(table.values())
        alive = [t for t in left if t.thread.is_alive() and t.thread is not me]
        error, unreported = failure(rt)
        if error is not None:
            _stop_all(alive)
            if unreported is not None:
                raise unreported
            return
        if alive and all(t.release is not None for t in alive):  # listeners only
            alive = [t for t in alive if not (t.release and t.release())]
        if not alive:
            return
        waits = stuck([t.thread.ident or 0 for t in alive], STUCK_SECONDS)
        if waits is not None:
            for t, what in zip(alive, waits):
                rt.write_err(f"{rt.filename}: warning: the thread '{t.name}' still waited "
                             f"({what}) when the program ended, and no thread was left to "
                             f"end its wait: stopped")
            _stop_all(alive)
            return
        alive[0].thread.join(SLICE)


def _stop_all(alive: list[WLThread]) -> None:
    """Stop these threads at their next statement (their waits run in slices) and give
    them a moment to end; a thread blocked outside WLanguage is left (daemon threads do
    not keep the process alive)."""
    for t in alive:
        t.stop_requested.set()
        interrupt(t)
    for t in alive:
        t.thread.join(1.0)


def _call(me: WLThread, proc: Any, args: tuple[object, ...]) -> BaseException | None:
    """Run the thread's procedure; what it raised, or None. Only here may a stop land
    (`interrupt`): as the procedure ends the thread stops being stoppable, under the
    stops' lock, then drops a stop sent just before that was not delivered yet, so the
    code that reports the thread's end is never cut short."""
    try:
        try:
            proc(*args)
        finally:
            with _STOPS:
                me.stoppable = False
            raise_in(threading.get_ident(), None)
    except BaseException as exc:  # a stop delivered in the finally block comes here too
        return exc
    return None


def _run(rt: Runtime, me: WLThread, proc: Any, args: tuple[object, ...]) -> None:
    """The thread's body: the procedure, its errors reported, never a Python traceback."""
    _current.me = me
    prepare_raise()  # (before the thread counts as started: its start waits for it)
    me.started.set()
    _ended(rt, me, _call(me, proc, args))


def _leave(rt: Runtime, me: WLThread, named: bool) -> None:
    """A thread of `spawn` is over: it leaves the run's running threads, and its name
    (when `named`, and not given since to another thread) now designates an EndedThread."""
    with _TABLES:
        rt.state["threads:running"].pop(id(me), None)
        if named:
            names = threads(rt)
            key = fold(me.name)
            if names.get(key) is me:
                names[key] = EndedThread(me.name, THREAD_STOPPED if me.stopped
                                         else THREAD_ENDED)


def _ended(rt: Runtime, me: WLThread, exc: BaseException | None) -> None:
    """How the procedure ended: a stop, an ordinary end (ThreadEnd, EndProgram in a
    thread ends the thread: decided), or an error reported as the run's."""
    from wlinterp.run_errors import as_wl_exception, from_caller, started_in
    if exc is None or isinstance(exc, (ThreadEnded, ProgramEnd)):
        return
    if isinstance(exc, ThreadStopped):
        me.stopped = True
        return
    if not isinstance(exc, Exception):
        raise exc
    # a parameter's refusal: at ThreadExecute's argument
    chained = from_caller(exc, me.caller)
    try:  # every error of the thread's code, reported
        err = as_wl_exception(exc)
        if chained:
            err = err.with_traceback(None)
    except Exception as bug:  # a bug in wlinterp: still one line, not a traceback
        err = WLRuntimeError(f"{type(bug).__name__}: {bug}")
    err.message = f"in thread '{me.name}': {err.message}"
    start = "" if chained or not err.stack else started_in(me.caller)
    if start:  # the chain goes on to the ThreadExecute that started it
        err.stack = err.stack + [start]
    relocate = rt.options.get("relocate")  # a project's file and line (project/)
    if callable(relocate):
        err = relocate(err)
    thread_failed(rt, err)


def _lookup(rt: Runtime, name: object, fname: str) -> WLThread | EndedThread | None:
    """The thread of that name (or of that Thread variable: its name); a value with no
    text form (an array...) is refused in words (text_arg)."""
    return threads(rt).get(fold(text_arg(name, fname)))


def _live(rt: Runtime, name: object, fname: str) -> WLThread | None:
    """The thread of that name while its procedure runs; None once over or unknown."""
    me = _lookup(rt, name, fname)
    return me if isinstance(me, WLThread) else None


def start_named(rt: Runtime, name: object, options: object, procedure: ProcArg,
                *params: object) -> str:
    """ThreadExecute's named form (stdlib/thread_type.py declares ThreadExecute, which also
    takes a Thread variable): start `procedure(params...)` in a new thread named `name`.
    Parameters are copied (passed by value). A name already running fails non-fatally."""
    label = V.to_str(name)
    if not label:
        raise BuiltinFailure("ThreadExecute: a thread needs a name (not an empty string).",
                             value="")
    table = threads(rt)
    with _NAMING:  # two ThreadExecute of one name at once: one thread, one failure
        old = table.get(fold(label))
        if isinstance(old, WLThread) and old.thread.is_alive():
            raise BuiltinFailure(f"ThreadExecute: a thread named '{label}' is already "
                                 f"running.", value="")
        from wlinterp.run_errors import script_place  # (as _ended imports it)
        proc = procedure_arg(rt, procedure, "ThreadExecute")
        spawn(rt, label, proc, tuple(copy_value(p) for p in params), caller=script_place())
    return label


def spawn(rt: Runtime, label: str, proc: Any, args: tuple[object, ...],
          named: bool = True, then: Any = None, caller: Any = None) -> WLThread:
    """Start `proc(*args)` in a new WLanguage thread called `label` (its errors say so):
    among the run's running threads (waited for at the end, its fatal error the run's),
    and, when `named`, in the run's thread names (ThreadExecute's threads; the parallel
    tasks' of stdlib/parallel_task_type.py are not). `then()`, when given, runs in the
    thread once its end is reported (an error already handed to the main code), before
    it leaves the running threads. `caller`: where the thread was started (a traceback
    entry, run_errors.script_place). Returned once it runs."""
    thread = threading.Thread(name=f"wl-{label}", daemon=True)
    me = WLThread(label, thread)
    me.caller = caller

    def body() -> None:
        try:
            _run(rt, me, proc, args)
        finally:  # the name table keeps how the thread ended, not its parameters
            try:
                if then is not None:
                    then()
            finally:
                del thread.run
                _leave(rt, me, named)
    thread.run = body  # type: ignore[method-assign]
    names, table = threads(rt), running(rt)
    with _TABLES:
        if named:
            names[fold(label)] = me
        table[id(me)] = me
    thread.start()
    me.started.wait()
    return me


@family.function("ThreadWait", "ThreadAttend")
def thread_wait(rt: Runtime, name: TextArg, timeout: object = None) -> bool:
    """Wait for the thread to end (at most `timeout` hundredths of a second): True when it
    has ended (or does not exist), False when the time ran out."""
    me = _live(rt, name, "ThreadWait")
    if me is None:
        return True
    if me.thread is threading.current_thread():
        raise WLRuntimeError(f"ThreadWait: the thread '{me.name}' cannot wait for itself.")

    def ended(seconds: float) -> bool:
        me.thread.join(seconds)
        return not me.thread.is_alive()
    return wait_in_slices(ended, timeout_seconds(timeout, "ThreadWait"), "ThreadWait")


@family.function("ThreadState", "ThreadEtat")
def thread_state(rt: Runtime, name: TextArg) -> int:
    """threadRunning, threadEnded, threadStopped, or threadNonExistent."""
    me = _lookup(rt, name, "ThreadState")
    return THREAD_NONE if me is None else me.state


@family.function("ThreadStop", "ThreadArrête")
def thread_stop(rt: Runtime, name: TextArg, timeout: object = 0) -> None:
    """Stop the thread at its next WLanguage statement and wait for it to end (at most
    `timeout` hundredths of a second, then a little more: the stop is only delivered
    between statements). A thread that has ended or does not exist is left alone."""
    me = _live(rt, name, "ThreadStop")
    if me is None or not me.thread.is_alive():
        return
    if me.thread is threading.current_thread():
        raise ThreadStopped()
    me.stop_requested.set()
    wait = timeout_seconds(timeout, "ThreadStop")
    if wait:
        me.thread.join(wait)
    if me.thread.is_alive():
        interrupt(me)
        me.thread.join(5.0)


@family.function("ThreadEnd", "ThreadFin")
def thread_end(rt: Runtime) -> None:
    """End the current thread here, as if its procedure returned (docs/builtins.md
    "ThreadEnd": INFERRED); outside a thread, a fatal error (the main code ends with
    EndProgram)."""
    if current() is None:
        raise WLRuntimeError("ThreadEnd: only a thread started by ThreadExecute can end "
                             "itself; the main code ends with EndProgram.")
    raise ThreadEnded()


@family.function("ThreadRequestStop", "ThreadDemandeArrêt")
def thread_request_stop(rt: Runtime, name: TextArg) -> None:
    """Ask the thread to stop; it sees it with ThreadStopRequested (a cooperative stop)."""
    me = _live(rt, name, "ThreadRequestStop")
    if me is not None:
        me.stop_requested.set()


@family.function("ThreadStopRequested", "ThreadArrêtDemandé")
def thread_stop_requested(rt: Runtime) -> bool:
    """True when ThreadRequestStop (or ThreadStop) named the current thread."""
    me = current()
    return bool(me is not None and me.stop_requested.is_set())


@family.function("ThreadCurrent", "ThreadCourant")
def thread_current(rt: Runtime) -> str:
    """The current thread's name; "" in the main thread (INFERRED)."""
    me = current()
    return "" if me is None else me.name


@family.function("ExecuteMainThread", "ExécuteThreadPrincipal")
def execute_main_thread(rt: Runtime, procedure: ProcArg, *params: object) -> object:
    """Run the procedure now, in the calling thread, and give its result: wlinterp has no
    event loop for a main thread to wait in (decided; the parameters are copied, as
    WINDEV passes them by value)."""
    proc = procedure_arg(rt, procedure, "ExecuteMainThread")
    return proc(*(copy_value(p) for p in params))


@family.function("ExecuteMainThreadAsynchronous", "ExécuteThreadPrincipalAsynchrone")
def execute_main_thread_async(rt: Runtime, procedure: ProcArg, *params: object) -> None:
    """As ExecuteMainThread, without a result (run at once: decided)."""
    execute_main_thread(rt, procedure, *params)
