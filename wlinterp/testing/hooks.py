"""Per-case setup and teardown that other families register (a database reset, fixtures
loaded from CSV files beside the test...).

    from wlinterp.testing.hooks import register_case_hooks

    def reset(rt, case):       # rt: the case's fresh Runtime; case.file: the test file
        ...
    register_case_hooks(setup=reset, teardown=None)

Setups run before the case's fixture (its file's main code), in registration order, on
the case's Runtime; teardowns run after the case and its end-of-run duties, in reverse
order, even when the case failed. A hook that raises a WLError fails the case with that
error; anything else is a bug in the hook and propagates.
"""
from __future__ import annotations

__all__ = ["register_case_hooks", "run_setups", "run_teardowns", "CaseHook"]

from typing import Any, Callable

from ..runtime.state import Runtime

CaseHook = Callable[[Runtime, Any], None]
_SETUPS: list[CaseHook] = []
_TEARDOWNS: list[CaseHook] = []


def register_case_hooks(setup: CaseHook | None = None, teardown: CaseHook | None = None) -> None:
    """Add a per-case setup and/or teardown (registering the same function twice is a
    no-op, so a family module may register on import)."""
    if setup is not None and setup not in _SETUPS:
        _SETUPS.append(setup)
    if teardown is not None and teardown not in _TEARDOWNS:
        _TEARDOWNS.append(teardown)


def unregister_case_hooks(setup: CaseHook | None = None, teardown: CaseHook | None = None) -> None:
    if setup in _SETUPS:
        _SETUPS.remove(setup)
    if teardown in _TEARDOWNS:
        _TEARDOWNS.remove(teardown)


def run_setups(rt: Runtime, case: Any) -> None:
    for hook in list(_SETUPS):
        hook(rt, case)


def run_teardowns(rt: Runtime, case: Any) -> None:
    for hook in reversed(_TEARDOWNS):
        hook(rt, case)
