"""The `Thread` type (WINDEV 2025): a thread described by a variable, then run.

`t is Thread(Proc, ("a", 2))` describes a thread (procedure, parameters in brackets,
options); `ThreadExecute(t)` / `t.Execute()` starts it; `t = ThreadExecute(Proc, (...))`
starts one and gives its variable. ThreadExecute is declared here, in the family of
stdlib/thread_run.py, which starts the threads and knows nothing of this type. Once
started, the variable stands for the named thread of stdlib/thread_run.py, so
ThreadWait(t), ThreadState(t), ThreadStop(t)... take it, and its methods are the Thread*
functions with the prefix dropped (`t.SendSignal()`).
"""
from __future__ import annotations

import itertools
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from . import thread_run

family = Family("Threads (Thread type)")

_IDS = itertools.count(1)
# French property names (INFERRED) -> English ones
_ALIASES = {"nom": "name", "procedure": "procedure", "etat": "state",
            "priorite": "priority", "parametre": "parameters", "parametres": "parameters"}
_READ_ONLY = {"state"}


class WLThreadValue:
    """A `Thread` / `Thread` variable: a description until it runs, then the thread."""

    wl_type_name = "Thread"
    wl_method_kind = "thread"  # t.Wait() is ThreadWait(t) (runtime/value_methods.py)

    def __init__(self, rt: Runtime, procedure: object = None, params: tuple[object, ...] = (),
                 options: object = 0) -> None:
        self.rt = rt
        self.values: dict[str, object] = {"name": "", "procedure": procedure,
                                          "parameters": tuple(params), "options": options,
                                          "priority": 0}
        self.started = False

    @staticmethod
    def wl_construct(rt: Runtime, procedure: ProcArg, params: object = (),
                     options: object = 0) -> "WLThreadValue":
        """`Thread(Proc [, (parameters) [, options]])`: one value in place of the bracketed
        list is one parameter."""
        return WLThreadValue(rt, procedure, params if isinstance(params, tuple) else (params,),
                             options)

    def _key(self, name: str) -> str:
        key = _ALIASES.get(fold(name), fold(name))
        if key not in self.values and key != "state":
            raise WLRuntimeError(f"A Thread has no property '{name}'.")
        return key

    def wl_get(self, name: str) -> object:
        key = self._key(name)
        if key == "state":
            return thread_run.thread_state(self.rt, self.wl_text())
        if key == "parameters":
            return list(self.values["parameters"])  # type: ignore[call-overload]
        return self.values[key]

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        key = self._key(name)
        if key in _READ_ONLY:
            raise WLRuntimeError(f"The property {name} of a Thread is read-only.")
        if self.started and key != "priority":
            raise WLRuntimeError(f"The thread '{self.wl_text()}' runs: its {name} can no "
                                 f"longer change.")
        self.values[key] = tuple(value) if key == "parameters" and isinstance(value, (tuple, list)) \
            else value

    def wl_text(self) -> str:
        return V.to_str(self.values["name"])

    def copy(self) -> "WLThreadValue":
        return self  # a Thread variable designates its thread (decided)

    def start(self) -> str:
        """Run the described thread (once), under its Name or a generated one."""
        if self.started:
            raise WLRuntimeError(f"The thread '{self.wl_text()}' has already been started.")
        if self.values["procedure"] is None:
            raise WLRuntimeError("ThreadExecute: this Thread variable describes no "
                                 "procedure.")
        if not V.to_str(self.values["name"]):
            self.values["name"] = f"Thread{next(_IDS)}"
        proc = procedure_arg(self.rt, self.values["procedure"], "ThreadExecute")
        params: Any = self.values["parameters"]
        name = thread_run.start_named(self.rt, self.wl_text(), self.values["options"],
                                      proc, *params)
        self.started = bool(name)
        return name


def _new(rt: Runtime) -> WLThreadValue:
    return WLThreadValue(rt)


setattr(_new, "wl_construct", WLThreadValue.wl_construct)
family.type("Thread", "Thread", _new)


@thread_run.family.function("ThreadExecute", "ThreadExécute", can_fail=True)
def thread_execute(rt: Runtime, name: ProcArg, options: object = None,
                   procedure: ProcArg = None, *params: object) -> object:
    """Start `procedure(params...)` in a new thread named `name` (WINDEV's named syntax,
    stdlib/thread_run.py `start_named`); a procedure given first (`ThreadExecute(Proc,
    ...)`) gets a generated name and gives a started Thread variable; `ThreadExecute(t)`
    runs a Thread variable. Declared here, beside the Thread type, so that the threads'
    core needs nothing of the type."""
    if isinstance(name, WLThreadValue):
        name.start()
        return name
    if procedure is None or not isinstance(name, str):  # ThreadExecute(Proc[, params...])
        params = tuple(p for p in (options, procedure, *params) if p is not None)
        t = WLThreadValue.wl_construct(rt, name, params[0] if len(params) == 1 else params)
        t.start()
        return t
    return thread_run.start_named(rt, name, options, procedure, *params)
