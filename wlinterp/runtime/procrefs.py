"""Procedures as values: `x is PROCEDURE = P`, `ArraySort(t, asFunction, Compare)`.

A `WLProcRef` stands for a user procedure without calling it. Calling it runs the
procedure and gives its result (a procedure with by-reference parameters returns its
result and the parameters' final values to compiled callers; through a reference only
the result comes back: *decided*, arguments given through a reference are not written
back). Built-ins that take a procedure can call it like any Python callable.
"""
from __future__ import annotations

__all__ = ["WLProcRef", "proc_ref", "call_ref"]

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
