"""Synchronisation between threads: named semaphores, mutexes and critical sections.

Each is a real lock of the run (rt.state), named by a string compared without case or
accents (or, for CriticalSection(v), the section of a variable). Waits take WINDEV's timeout (hundredths of a second, a Duration or readable
text, `Infinite` by default) and answer False when it runs out. Releasing what the
thread does not hold is a non-fatal error (ErrorOccurred), as is destroying an unknown
name. Mutexes are in-process here (WINDEV's are system-wide: decided, docs/builtins.md).
"""
from __future__ import annotations

import threading
from typing import Any

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import wait_in_slices
from wlinterp.runtime.threads import WLCriticalSection, enter_section
from wlinterp.syntax.names import fold

from .strings import text_arg
from .timeouts import timeout_seconds

family = Family("Threads (synchronisation)")


class WLSemaphore:
    """A counting semaphore that knows how many places are taken."""

    def __init__(self, places: int, taken: int = 0) -> None:
        self.places = places
        self.sem = threading.Semaphore(places - taken)
        self.taken = taken
        self.guard = threading.Lock()

    def acquire(self, timeout: float | None) -> bool:
        ok = wait_in_slices(lambda s: self.sem.acquire(timeout=s), timeout, "SemaphoreStart")
        if ok:
            with self.guard:
                self.taken += 1
        return ok

    def release(self) -> bool:
        with self.guard:
            if self.taken <= 0:
                return False
            self.taken -= 1
        self.sem.release()
        return True


def _table(rt: Runtime, kind: str) -> dict[str, Any]:
    return rt.state.setdefault(f"sync:{kind}", {})


def _key(name: object, fname: str) -> str:
    """A name's key; a value with no text form (an array, a structure) is refused in
    words, as every built-in's text parameter (text_arg)."""
    return fold(text_arg(name, fname))


# -- semaphores -----------------------------------------------------------------------
@family.function("SemaphoreCreate", "SémaphoreCrée", can_fail=True)
def semaphore_create(rt: Runtime, name: TextArg, places: object = 1, used: object = 0,
                     options: object = None) -> bool:
    """A semaphore letting `places` threads in at once (<Authorization>, 1 by default),
    `used` of them counted as already inside (<Use>, 0 by default: help page ?3077012);
    the sharing mode (shareGlobal, shareNone, shareUser) is accepted, the semaphore is
    the run's own whatever it says, as a mutex. An existing name fails non-fatally."""
    n, inside = V.to_int(places), V.to_int(used)
    if n < 1:
        raise BuiltinFailure(f"SemaphoreCreate: a semaphore needs at least one place, "
                             f"not {n}.", value=False)
    if not 0 <= inside <= n:
        raise BuiltinFailure(f"SemaphoreCreate: {inside} threads cannot be inside a "
                             f"semaphore of {n} places.", value=False)
    table = _table(rt, "semaphore")
    if _key(name, "SemaphoreCreate") in table:
        raise BuiltinFailure(f"SemaphoreCreate: the semaphore '{V.to_str(name)}' already "
                             f"exists.", value=False)
    table[_key(name, "SemaphoreCreate")] = WLSemaphore(n, inside)
    return True


def _semaphore(rt: Runtime, name: object, fname: str) -> WLSemaphore:
    """The named semaphore; created with one place on first use, as SemaphoreStart does."""
    return _table(rt, "semaphore").setdefault(_key(name, fname), WLSemaphore(1))


@family.function("SemaphoreStart", "SémaphoreDébut")
def semaphore_start(rt: Runtime, name: TextArg, timeout: object = None) -> bool:
    """Take a place (waiting at most `timeout`); False when the time ran out."""
    wait = timeout_seconds(timeout, "SemaphoreStart")
    return _semaphore(rt, name, "SemaphoreStart").acquire(wait)


@family.function("SemaphoreEnd", "SémaphoreFin", can_fail=True)
def semaphore_end(rt: Runtime, name: TextArg) -> None:
    """Give the place back; failing non-fatally when none is taken."""
    sem = _table(rt, "semaphore").get(_key(name, "SemaphoreEnd"))
    if sem is None or not sem.release():
        raise BuiltinFailure(f"SemaphoreEnd: no place of the semaphore '{V.to_str(name)}' "
                             f"is taken.")


@family.function("SemaphoreDestroy", "SémaphoreDétruit", can_fail=True)
def semaphore_destroy(rt: Runtime, name: TextArg) -> None:
    """Forget the semaphore (threads waiting on it keep their own reference)."""
    if _table(rt, "semaphore").pop(_key(name, "SemaphoreDestroy"), None) is None:
        raise BuiltinFailure(f"SemaphoreDestroy: there is no semaphore '{V.to_str(name)}'.")


# -- mutexes ----------------------------------------------------------------------------
# MutexCreate's sharing modes: accepted; the mutex is the run's own whatever the mode
# (in-process, docs/builtins.md).
SHARE_GLOBAL = family.constant("shareGlobal", "partageGlobal", 1)
SHARE_NONE = family.constant("shareNone", "partageAucun", 0)
SHARE_USER = family.constant("shareUser", "partageUtilisateur", 2)


@family.function("MutexCreate", "MutexCrée", can_fail=True)
def mutex_create(rt: Runtime, name: TextArg, taken: object = False,
                 options: object = SHARE_USER) -> bool:
    """A mutex (one owner at a time, re-entrant for its owner); `taken` (the help's
    <Initial status>): the current thread owns it at once."""
    table = _table(rt, "mutex")
    if _key(name, "MutexCreate") in table:
        raise BuiltinFailure(f"MutexCreate: the mutex '{V.to_str(name)}' already exists.",
                             value=False)
    lock = table[_key(name, "MutexCreate")] = threading.RLock()
    if V.to_bool(taken):
        lock.acquire()
    return True


@family.function("MutexStart", "MutexDébut")
def mutex_start(rt: Runtime, name: TextArg, timeout: object = None) -> bool:
    """Own the mutex (created on first use), waiting at most `timeout`."""
    lock = _table(rt, "mutex").setdefault(_key(name, "MutexStart"), threading.RLock())
    wait = timeout_seconds(timeout, "MutexStart")
    return wait_in_slices(lambda s: lock.acquire(timeout=s), wait, "MutexStart")


@family.function("MutexEnd", "MutexFin", can_fail=True)
def mutex_end(rt: Runtime, name: TextArg) -> None:
    """Release the mutex; failing non-fatally when this thread does not own it."""
    lock = _table(rt, "mutex").get(_key(name, "MutexEnd"))
    try:
        if lock is None:
            raise RuntimeError
        lock.release()
    except RuntimeError:
        raise BuiltinFailure(f"MutexEnd: this thread does not own the mutex "
                             f"'{V.to_str(name)}'.") from None


@family.function("MutexDestroy", "MutexDétruit", can_fail=True)
def mutex_destroy(rt: Runtime, name: TextArg) -> None:
    if _table(rt, "mutex").pop(_key(name, "MutexDestroy"), None) is None:
        raise BuiltinFailure(f"MutexDestroy: there is no mutex '{V.to_str(name)}'.")


# -- critical sections -------------------------------------------------------------------
def _section(rt: Runtime, name: object, fname: str) -> WLCriticalSection:
    """A CriticalSection variable, or the section of that name ("" is the default one)."""
    if isinstance(name, WLCriticalSection):
        return name
    return _table(rt, "section").setdefault(_key(name, fname), WLCriticalSection())


@family.function("CriticalSection", "SectionCritique")
def critical_section(rt: Runtime, variable: object) -> WLCriticalSection:
    """The critical section of a variable, for `USING CriticalSection(v) IN ... END`
    (INFERRED: no stored page): one section per array, structure, object or other
    container (the same value, whatever variable names it); a simple value is passed by
    value, so equal simple values (the same text, the same number) share one section."""
    if isinstance(variable, WLCriticalSection):
        return variable
    table: dict[object, tuple[object, WLCriticalSection]] = \
        rt.state.setdefault("sync:variable-section", {})
    key: object = ("id", id(variable)) if hasattr(variable, "__dict__") or \
        hasattr(variable, "__slots__") else ("value", type(variable).__name__, variable)
    found = table.get(key)
    if found is None:
        found = table[key] = (variable, WLCriticalSection())  # the value kept: its id stays
    return found[1]


@family.function("CriticalSectionStart", "SectionCritiqueDébut")
def critical_section_start(rt: Runtime, name: TextArg = "") -> None:
    """Enter the section (waiting as long as another thread is in it)."""
    enter_section(_section(rt, name, "CriticalSectionStart").lock)


@family.function("CriticalSectionEnd", "SectionCritiqueFin", can_fail=True)
def critical_section_end(rt: Runtime, name: TextArg = "") -> None:
    """Leave the section; failing non-fatally when this thread is not in it."""
    try:
        _section(rt, name, "CriticalSectionEnd").lock.release()
    except RuntimeError:
        raise BuiltinFailure("CriticalSectionEnd: this thread is not in the critical "
                             "section.") from None
