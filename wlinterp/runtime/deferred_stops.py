"""Steps that a stop of the run (`--timeout`) must not cut in half.

The time limit's handler (commands/limits.py) raises in whatever Python code the main
thread is running, and raises again every few hundredths of a second until the run's
`with` has caught one. Under load a limit of a second expires anywhere, the cleanups of
the run included: cut inside the size watch's disarming, the profiling timer stayed
armed with its handler, every later run's arming was skipped as a nested one, and a
process that ended while it was armed died of SIGPROF; cut inside the limits' restoring,
the next run started with this run's. Such a step runs inside `stops_deferred()`: the
handler marks the time as run out without raising, and its next ring, once the step is
over, raises. The steps are short and run no WLanguage code, so the stop is late by a
ring at most; a destructor the garbage collector runs inside one is WLanguage code, and
can be stopped (`stops_allowed`, object_lifetime.py).

The count is per thread (a `_thread._local`, read by the handler in the thread the
signal interrupts): another thread's step does not defer the main thread's stop.
"""
from __future__ import annotations

__all__ = ["DEFERRED", "QUIET", "runs_whole", "stops_deferred", "stops_allowed", "deferring"]

import _thread
from types import CodeType
from typing import Any, Callable, TypeVar

DEFERRED = _thread._local()  # .depth: how many stops_deferred() the thread is in

QUIET: set[CodeType] = set()
"""Code in which the time limit's handler never raises, whatever the depth (it reads this
set: commands/limits.py adds its own). A step's cleanup is called from a `finally`, and
a ring landing at the cleanup's first line, before its `stops_deferred()` has counted,
skipped the whole cleanup (the size watch's timer was left armed so, about one stopped
input in two hundred): the function that opens the step is such code, and so is
`stops_deferred.__enter__` before its count."""

_F = TypeVar("_F", bound=Callable[..., Any])


def runs_whole(function: _F) -> _F:
    """Mark a function whose own lines a stop does not cut (see QUIET): it opens a
    deferred step, whose body `stops_deferred()` then covers, calls included."""
    QUIET.add(function.__code__)
    return function


class stops_deferred:
    """`with stops_deferred():` the body runs whole, a stop arriving meanwhile is raised
    at the handler's next ring. A class, not a generator: its `__exit__` is one
    decrement, after which a stop may raise again."""

    __slots__ = ()

    @runs_whole
    def __enter__(self) -> None:
        DEFERRED.depth = getattr(DEFERRED, "depth", 0) + 1

    def __exit__(self, *exc: Any) -> None:
        DEFERRED.depth -= 1


class stops_allowed:
    """`with stops_allowed():` WLanguage code run from inside a deferred step (a
    destructor the garbage collector runs as the step allocates) can be stopped: an
    endless destructor would otherwise never be."""

    __slots__ = ("saved",)

    def __enter__(self) -> None:
        self.saved = getattr(DEFERRED, "depth", 0)
        DEFERRED.depth = 0

    @runs_whole  # before it gives the step's deferral back
    def __exit__(self, *exc: Any) -> None:
        DEFERRED.depth = self.saved


def deferring() -> bool:
    """Is the calling thread inside `stops_deferred()` (the handler asks, in the thread
    it interrupts; a handler reads `getattr(DEFERRED, "depth", 0)` itself, without a
    call: see commands/limits.py _Flag)?"""
    return getattr(DEFERRED, "depth", 0) > 0
