"""Resource limits of a run, as command-line flags with sane defaults.

A script run on someone else's code must not be able to take the machine down: every
limit here turns "runs out of something" into a WLanguage error with a position (or a
usage error for a bad flag value), never a hang, a MemoryError or a Python traceback.
The values are documented in docs/security.md.
"""
from __future__ import annotations

__all__ = ["MAX_TIMEOUT", "MIN_TIMEOUT", "call_depth", "size_limit", "memory_limit",
           "timeout_seconds"]

import math

MIN_TIMEOUT = 0.001
"""Shortest --timeout: below a millisecond the timer would fire before the run starts."""
MAX_TIMEOUT = 30 * 24 * 3600.0
"""Longest --timeout (30 days); beyond it the system timer cannot be armed reliably."""


def _bad(message: str) -> Exception:
    """argparse's error for a flag's bad value, argparse imported only then: `wl run FILE`
    without options does not import it (commands/run.py `plain_run`)."""
    import argparse
    return argparse.ArgumentTypeError(message)


def timeout_seconds(text: str) -> float:
    """--timeout SECONDS: a finite number of seconds between MIN_TIMEOUT and MAX_TIMEOUT."""
    try:
        value = float(text)
    except ValueError:
        raise _bad(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or not MIN_TIMEOUT <= value <= MAX_TIMEOUT:
        raise _bad(
            f"{text} is not a usable time limit: give seconds between {MIN_TIMEOUT:g} and "
            f"{MAX_TIMEOUT:.0f} (30 days)")
    return value


MIN_DEPTH, MAX_DEPTH = 200, 100_000
"""Bounds of --max-depth: below 200 the interpreter's own helpers cannot run; above
100,000 a deep recursion could exhaust the C stack instead of giving a clean error."""


def call_depth(text: str) -> int:
    """--max-depth N: how deep calls may nest before the catchable "Stack overflow" error
    (in Python frames, about one per WLanguage call; default 6000)."""
    try:
        value = int(text)
    except ValueError:
        raise _bad(f"{text!r} is not a whole number") from None
    if not MIN_DEPTH <= value <= MAX_DEPTH:
        raise _bad(f"{text} is not a usable depth: give a number between "
                                         f"{MIN_DEPTH} and {MAX_DEPTH}")
    return value


_SUFFIXES = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def size_limit(text: str) -> int:
    """--max-string N / --max-array N: a whole number, optionally with a binary suffix
    K, M or G (`64M` is 64 Mi), between MIN_LIMIT and MAX_LIMIT (runtime/limits.py)."""
    from ..runtime.limits import MAX_LIMIT, MIN_LIMIT
    digits, unit = text.strip(), ""
    if digits[-1:].upper() in ("K", "M", "G"):
        digits, unit = digits[:-1], digits[-1].upper()
    if not digits.isdigit():
        raise _bad(f"{text!r} is not a size (a whole number, "
                                         f"optionally followed by K, M or G)")
    value = int(digits) * _SUFFIXES[unit]
    if not MIN_LIMIT <= value <= MAX_LIMIT:
        raise _bad(f"{text} is not a usable limit: give a size between "
                                         f"{MIN_LIMIT} and {MAX_LIMIT >> 30}G")
    return value


def memory_limit(text: str) -> int:
    """--max-memory N: a size as for --max-string, at least 64M (the interpreter's own
    memory; below it every run would fail at once)."""
    from ..runtime.limits import MIN_MEMORY
    value = size_limit(text)
    if value < MIN_MEMORY:
        raise _bad(f"{text} is not a usable limit: the interpreter "
                                         f"itself holds about 60 MB; give at least 64M")
    return value
