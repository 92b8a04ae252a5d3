"""An xdist worker ends within the few seconds execnet gives it.

Once every test has run, the controller tells each worker's gateway to end, and execnet
waits 5 seconds for the worker's pytest to return before it sends the worker a SIGINT
(execnet's `gateway_base._terminate_execution`). What a worker still does after telling
the controller it finished is pytest's own end: a full garbage collection at unconfigure
and another in the cleanup of its unraisable-exception hook, each walking every object
the worker holds after a few thousand tests, seconds each on the loaded shared machine.
The SIGINT then came inside a collection, where the one Python code that runs is
hypothesis's gc callback: Python ignores an exception raised there and pytest reported
it, "Exception ignored in: <function gc_cumulative_time.<locals>.gc_callback ...>
KeyboardInterrupt" (the PytestUnraisableExceptionWarning printed after some whole-suite
runs; its other source, the time limit's thread, was mended before: commands/limits.py).

So a worker collects its garbage as its session ends, before it tells the controller
it finished, and then freezes what is left alive (`gc.freeze`): the collections of
pytest's end walk only what the end itself allocates. Nothing is lost to pytest's check:
the garbage of the tests is collected by that first collection, and an exception its
finalisers raise still reaches pytest's hook, which reports it at unconfigure as before.
"""
from __future__ import annotations

import gc

import pytest


def settle_heap() -> None:
    """Collect the garbage now, then leave what is alive out of later collections."""
    gc.collect()
    gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """In an xdist worker (`workerinput`), before xdist says the worker finished (its
    hook wraps this one) and before the session's fixtures are torn down."""
    if hasattr(session.config, "workerinput"):
        settle_heap()
