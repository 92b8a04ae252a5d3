"""Critical sections: the `CriticalSection` type and the `USING cs IN ... END` block.

wlinterp runs one thread of WLanguage code, but a critical section is still a real lock
(a re-entrant one, as a thread may enter its own section again), so code written for
threads keeps its meaning: the block holds the section and releases it however it is
left (END, BREAK, RETURN, an error).
"""
from __future__ import annotations

__all__ = ["WLCriticalSection", "use_block"]

import threading
from typing import Any

from ..errors import WLRuntimeError
from . import values as V


class WLCriticalSection:
    """A `CriticalSection` / `SectionCritique` variable."""

    __slots__ = ("lock",)

    def __init__(self, rt: Any = None) -> None:
        self.lock = threading.RLock()

    def __enter__(self) -> "WLCriticalSection":
        enter_section(self.lock)
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock.release()

    def __repr__(self) -> str:
        return "CriticalSection"


def enter_section(lock: Any) -> None:
    """Take a critical section's lock, waiting in slices (runtime/thread_gate.py)."""
    if not lock.acquire(False):
        from .thread_gate import wait_in_slices
        wait_in_slices(lambda s: lock.acquire(timeout=s), None, "CriticalSectionStart")


def use_block(resource: object) -> WLCriticalSection:
    """What `USING x IN` holds: x must be a CriticalSection."""
    if isinstance(resource, WLCriticalSection):
        return resource
    raise WLRuntimeError(f"USING ... IN needs a CriticalSection variable, not a value of "
                         f"type {V.type_name(resource)}.")
