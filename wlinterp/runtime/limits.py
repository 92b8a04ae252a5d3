"""Limits of a run: call depth, the longest string and the largest array a script may build.

A script run on someone else's code must not exhaust the machine: past a limit, building
the value is a WLanguage exception ("String too long", "Array too large") that
`WHEN EXCEPTION` / `CASE EXCEPTION` catch and that, uncaught, is shown at its
`file:line:col` — never a MemoryError, an exit 70 or a machine swapping to death.

The limits are module settings for the run in progress (`apply` sets them from the run
options and restores the previous ones; size_watch.enter applies them and arms their
sampling check for a run), read by the runtime's slow paths: built-ins
(Repeat, Complete, Replace, fLoadText...), the generic `+`, array growth (Add,
ArrayInsert, declared sizes) and the compiled appends of pieces of unknown length.
In-place appends of short pieces (`s += i`, `s += "x"`) are left unchecked so that string
building keeps its speed; `size_watch.py` samples the running code's variables instead.
"""
from __future__ import annotations

__all__ = ["DEFAULT_MAX_DEPTH", "DEFAULT_MAX_STRING", "DEFAULT_MAX_ARRAY", "MIN_LIMIT", "MAX_LIMIT", "apply",
           "check_string", "check_array", "string_too_long", "array_too_large", "max_string",
           "max_array", "from_options", "default_max_memory", "check_memory", "MIN_MEMORY",
           "GROWTH_CHECKED", "check_growth", "COMPILE_COST", "compile_room", "memory_limit"]

import os
import sys
from typing import Any, Callable

from ..errors import WLRuntimeError

DEFAULT_MAX_DEPTH = 6000
"""Nested calls before "Stack overflow" (--max-depth; commands/resources.py bounds it)."""
DEFAULT_MAX_STRING = 1 << 30
"""1 Gi characters: WINDEV's own strings stop near 2 GB, a 1 GB text file still loads,
and an ASCII string that long costs 1 GiB in CPython (up to 4 GiB for wide characters)."""
DEFAULT_MAX_ARRAY = 50_000_000
"""50 million elements: about 400 MB of references before the elements themselves, far
beyond real WINDEV arrays (which live in memory too) yet short of a typo's 10**9."""
MIN_LIMIT, MAX_LIMIT = 16, 1 << 40
"""Bounds accepted for either flag (below 16 the interpreter's own messages would fail)."""

MIN_MEMORY = 64 << 20
"""Smallest --max-memory: the interpreter itself holds about 60 MB."""


def default_max_memory() -> int:
    """Half the machine's physical memory, at most 8 GiB (8 GiB where it is unknown): many
    values each within the string and array limits could otherwise fill the machine."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return 8 << 30
    return max(MIN_MEMORY, min(physical // 2, 8 << 30))


_current = {"string": DEFAULT_MAX_STRING, "array": DEFAULT_MAX_ARRAY, "memory": 8 << 30}


def max_string() -> int:
    """The longest string the current run may build, in characters."""
    return _current["string"]


def max_array() -> int:
    """The most elements an array of the current run may hold."""
    return _current["array"]


def string_too_long(n: int, what: str = "") -> WLRuntimeError:
    """The error for a string of `n` characters past the limit (`what`: the built-in)."""
    prefix = f"{what}: " if what else ""
    return WLRuntimeError(f"{prefix}String too long: {n:,} characters (at most "
                          f"{_current['string']:,}; see --max-string).")


def array_too_large(n: int, what: str = "") -> WLRuntimeError:
    """The error for an array of `n` elements past the limit."""
    prefix = f"{what}: " if what else ""
    return WLRuntimeError(f"{prefix}Array too large: {n:,} elements (at most "
                          f"{_current['array']:,}; see --max-array).")


def check_string(n: int, what: str = "") -> None:
    """Refuse to build a string of `n` characters when that is past the limit."""
    if n > _current["string"]:
        raise string_too_long(n, what)


def check_array(n: int, what: str = "") -> None:
    """Refuse to make an array hold `n` elements when that is past the limit."""
    if n > _current["array"]:
        raise array_too_large(n, what)


def _resident_bytes() -> int | None:
    """The memory the process holds now (resident set), where the system says it cheaply
    (Linux's /proc/self/statm); None elsewhere, where memory is not checked."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def check_memory() -> None:
    """Raise the catchable "Not enough memory" error when the process holds more than
    the run's --max-memory (called by the sampling check, size_watch.py)."""
    used = _resident_bytes()
    if used is not None and used > _current["memory"]:
        raise WLRuntimeError(f"Not enough memory: the run holds {used >> 20:,} MB (at most "
                             f"{_current['memory'] >> 20:,} MB; see --max-memory).")


GROWTH_CHECKED = 1 << 20
"""A string of this many characters or more is weighed against --max-memory before it is
built (one read of /proc/self/statm, small beside copying a megabyte): the sampling check
alone saw `s = s + s` only after the doubling, so a 500 MB cap let the run reach 810 MB."""


def check_growth(total: int, added: int) -> None:
    """Refuse, before it is built, a string of `total` characters past --max-string, or
    one whose building needs `added` more characters than --max-memory leaves (counted
    as one byte each: the least they take, so the refusal is certain). Raised in the
    statement that grows the string, so the error points at its line."""
    check_string(total)
    used = _resident_bytes()
    if used is not None and used + added > _current["memory"]:
        raise WLRuntimeError(f"Not enough memory: a string of {total:,} characters would take "
                             f"the run past {_current['memory'] >> 20:,} MB (it holds "
                             f"{used >> 20:,} MB; see --max-memory).")


COMPILE_COST = 150
"""Bytes Python's compile() holds at its peak per character of the generated code it
compiles (measured about 120 on CPython 3.11, for functions of 20,000 to 1,000,000
statements alike): a procedure of a million lines took a run to 10 GB and six minutes."""
COMPILE_CHECKED = 32 << 20
"""A compilation that needs less is never refused: a small program must run even under a
--max-memory that the interpreter itself nearly fills (the sampling check judges it)."""


def compile_room(chars: int, lines: int) -> str | None:
    """None when compiling `chars` characters (`lines` lines) of generated code fits in
    what --max-memory leaves; else why not, for the caller's error. Weighed before
    compile() starts: no WLanguage code runs inside it, so the sampling check cannot stop
    it, and the machine would swap first."""
    need = chars * COMPILE_COST
    used = _resident_bytes() if need >= COMPILE_CHECKED else None
    if used is None or used + need <= _current["memory"]:
        return None
    return (f"compiling its {lines:,} lines would take about {need >> 20:,} MB more (the "
            f"run holds {used >> 20:,} MB, at most {_current['memory'] >> 20:,} MB; see "
            f"--max-memory)")


def memory_limit(options: dict[str, Any]) -> Callable[[], None]:
    """Set --max-memory alone from a run's `options` (for the compilation before the run,
    which `apply` does not cover); returns the function that restores the previous one."""
    saved = _current["memory"]
    _current["memory"] = int(options.get("max_memory") or default_max_memory())

    def restore() -> None:
        _current["memory"] = saved
    return restore


def from_options(options: dict[str, Any]) -> tuple[int, int]:
    """(longest string, largest array) of a run's options; the defaults when absent."""
    return (int(options.get("max_string") or DEFAULT_MAX_STRING),
            int(options.get("max_array") or DEFAULT_MAX_ARRAY))


def apply(options: dict[str, Any]) -> Callable[[], None]:
    """Apply the run options' `max_depth` (Python's recursion limit: about one frame per
    WLanguage call), `max_string`, `max_array` and `max_memory` (defaults when absent);
    returns the function that restores the previous limits (a REPL input or a `wl test`
    case may run inside another run). The sampling check that enforces them on in-place
    appends is armed beside, by size_watch.enter: this module, which the containers read,
    imports nothing of the runtime."""
    saved, depth = dict(_current), sys.getrecursionlimit()
    _current["string"], _current["array"] = from_options(options)
    _current["memory"] = int(options.get("max_memory") or default_max_memory())
    sys.setrecursionlimit(int(options.get("max_depth") or DEFAULT_MAX_DEPTH))

    def restore() -> None:
        sys.setrecursionlimit(depth)
        _current.update(saved)
    return restore
