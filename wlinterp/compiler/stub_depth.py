"""The recursion limit while stubs run first calls and generations need room.

Python's recursion limit is one for the whole process, but each thread counts its own
frames. Two things raise it for a while (compiler/lazy.py): a stub's frame stays under
the function's during its first call (one more frame allowed, so that --max-depth counts
WLanguage calls), and a generation at a first call gets `_ROOM` frames above its
caller's. Each was a raise then a lowering (or a save then a restore) of the one limit,
so threads interleaving them left it moved for the rest of the run (a save, another
thread's raise, the restore: that raise lost, its lowering then taken from the run's
limit), and every thread's allowances added up: fifty threads each in the first call of
their worker procedure let every thread of the run go fifty calls deeper. Here the
limit is always computed from one state: the run's limit (read when nothing is given),
plus the largest allowance any one thread holds, or the highest room a generation needs.
When the last allowance ends, the run's limit is back exactly. What remains shared
(docs/security.md, call depth): while one thread is k first calls deep in a chain of
distinct procedures, another may go k calls deeper than --max-depth.
"""
from __future__ import annotations

__all__ = ["allow", "disallow", "need_room", "room_done"]

import sys
import threading

_LOCK = threading.Lock()
_ALLOWED: dict[int, int] = {}  # thread -> stub frames under its first calls now running
_ROOMS: dict[int, tuple[int, ...]] = {}  # thread -> the limits its generations need (nested)
_BASE = [0]  # the run's limit, read when nothing above was given


def allow() -> None:
    """A stub's first call starts in this thread: one more of its frames allowed. (Each
    of these changes its table by C operations alone, then sets the limit: a call here
    at the edge of the limit fails whole, never half done.)"""
    me = threading.get_ident()
    with _LOCK:
        if not _ALLOWED and not _ROOMS:
            _BASE[0] = sys.getrecursionlimit()
        mine = _ALLOWED[me] = _ALLOWED.get(me, 0) + 1
        # (not _wanted: at the end of a chain of first calls, one frame less is one call
        # more; the limit only grows here, to this thread's allowance when the largest)
        if _BASE[0] + mine > sys.getrecursionlimit():
            sys.setrecursionlimit(_BASE[0] + mine)


def disallow() -> None:
    """That first call is over (its stub frame gone), its allowance too."""
    me = threading.get_ident()
    with _LOCK:
        left = _ALLOWED.pop(me, 1) - 1
        if left > 0:
            _ALLOWED[me] = left
        sys.setrecursionlimit(_wanted())


def need_room(limit: int) -> None:
    """A generation in this thread needs the limit at `limit` at least."""
    me = threading.get_ident()
    with _LOCK:
        if not _ALLOWED and not _ROOMS:
            _BASE[0] = sys.getrecursionlimit()
        _ROOMS[me] = _ROOMS.get(me, ()) + (limit,)
        if limit > sys.getrecursionlimit():  # (inline, as in allow)
            sys.setrecursionlimit(limit)


def room_done() -> None:
    """This thread's innermost generation is over."""
    me = threading.get_ident()
    with _LOCK:
        rooms = _ROOMS.pop(me, ())[:-1]
        if rooms:
            _ROOMS[me] = rooms
        sys.setrecursionlimit(_wanted())


def _wanted() -> int:
    """The limit the state asks for (under the lock), once something given is over.
    The caller sets it: RecursionError there when its thread is deeper than that (a
    generation's room let it), which is that thread's stack overflow, as --max-depth
    says; the state is already right, and the next change, as it unwinds, sets it."""
    wanted = _BASE[0] + max(_ALLOWED.values(), default=0)
    for rooms in _ROOMS.values():
        wanted = max(wanted, *rooms)
    return wanted
