"""Procedures as values: `x is PROCEDURE = P`, `ArraySort(t, asFunction, Compare)`.

A `WLProcRef` stands for a user procedure without calling it. Calling it runs the
procedure and gives its result (a procedure with by-reference parameters returns its
result and the parameters' final values to compiled callers; through a reference only
the result comes back: *decided*, arguments given through a reference are not written
back). Built-ins that take a procedure can call it like any Python callable.
"""
from __future__ import annotations

__all__ = ["WLProcRef", "proc_ref", "call_ref", "procedure_arg", "call_with"]

from typing import Any, Callable

from ..errors import WLRuntimeError
from . import values as V


class WLProcRef:
    """A reference to a user procedure."""

    __slots__ = ("name", "func", "writeback")
    wl_type_name = "procedure"

    def __init__(self, name: str, func: Callable[..., Any], writeback: bool) -> None:
        self.name, self.func, self.writeback = name, func, writeback

    def __call__(self, *args: Any) -> Any:
        result = self.func(*args)
        return result[0] if self.writeback else result

    def wl_text(self) -> str:
        return self.name

    def wl_equals(self, other: object) -> bool:
        return isinstance(other, WLProcRef) and other.func is self.func

    def __repr__(self) -> str:
        return f"WLProcRef({self.name})"


def proc_ref(name: str, func: Callable[..., Any], writeback: bool) -> WLProcRef:
    return WLProcRef(name, func, writeback)


def call_ref(ref: Any, shown: str, *args: Any) -> Any:
    """`x(args)` where x holds a procedure."""
    if callable(ref) and isinstance(ref, WLProcRef):
        return ref(*args)
    raise WLRuntimeError(f"'{shown}' holds a value of type {V.type_name(ref)}, not a "
                         f"procedure: it cannot be called.")


def procedure_arg(rt: Any, value: Any, fname: str) -> WLProcRef:
    """The procedure a built-in was given: a procedure (`fListFile(m, MyProc)`), a
    variable holding one, or its name as a string (`fListFile(m, "MyProc")`, older code),
    looked up among the program's procedures."""
    if isinstance(value, WLProcRef):
        return value
    if isinstance(value, str):
        from ..syntax.names import fold
        ns = rt.state.get("namespace") or {}
        pyname = ns.get("__procs__", {}).get(fold(value))
        if pyname is not None:
            writeback = bool(ns.get("__writeback__", {}).get(pyname))
            return WLProcRef(value, ns[pyname], writeback)
        raise WLRuntimeError(f"{fname}: there is no procedure named '{value}'.")
    raise WLRuntimeError(f"{fname}: a procedure was expected, not a value of type "
                         f"{V.type_name(value)}.")


def call_with(ref: WLProcRef, *args: Any) -> Any:
    """Call a procedure with as many of `args` as it declares parameters (a callback
    written with fewer parameters than the built-in offers still works)."""
    import inspect
    try:
        params = inspect.signature(ref.func).parameters.values()
    except (TypeError, ValueError):
        return ref(*args)
    if any(p.kind == p.VAR_POSITIONAL for p in params):
        return ref(*args)
    return ref(*args[:sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY,
                                                          p.POSITIONAL_OR_KEYWORD))])
