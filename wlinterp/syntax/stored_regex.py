"""Regular expressions compiled once per installation, not at every start.

Why: Python compiles a pattern with code written in Python (re._parser, re._compiler).
The lexer's master expression (token_patterns.TOKEN_RE) takes about 1.2 ms, the dozen
patterns a one-line `wl run` uses about 3 ms of its CPU time. What that compilation
makes (the program of the C matcher: a list of integers, with the groups' names) depends
only on the pattern, its flags and the Python that made it, so it is kept in the cache
folder (`tables.cache_dir`, one file per Python) and handed to the C matcher at the next
start, as re._compiler.compile ends by doing. Anything unexpected (an unreadable or
foreign file, a Python whose internals differ) falls back to `re.compile`: the cache only
ever saves time.
"""
from __future__ import annotations

__all__ = ["stored_compile", "store_file"]

import marshal
import os
import re
import sys
import zlib
from typing import Any, AnyStr

import _sre  # type: ignore[import-not-found]  # (re's C matcher, no stub)

_FORMAT = 1
# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's
# arguments after the pattern; None until the file is read
_store: dict[tuple[Any, int], tuple[Any, ...]] | None = None


def store_file() -> str:
    """The cache file: one per Python build and matcher version (a program made by one
    Python is meaningless to another)."""
    import _sre
    from .tables import cache_dir
    where = f"{_FORMAT}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{sys.maxunicode}"
    return os.path.join(cache_dir(), f"regex-{zlib.crc32(where.encode()):08x}.marshal")


def stored_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, from the program kept by an earlier run when there
    is one (then kept for the next runs when there is not)."""
    flags = int(flags)
    if flags & (re.DEBUG | re.LOCALE):  # printed, or depending on the locale: not kept
        return re.compile(pattern, flags)
    store = _loaded()
    kept = store.get((pattern, flags))
    if kept is not None:
        try:
            return _sre.compile(pattern, *kept)
        except Exception:  # noqa: BLE001 (a program this Python refuses: compile again)
            pass
    try:
        compiled, kept = _compile(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 (internals not as expected: the plain way)
        return re.compile(pattern, flags)
    store[(pattern, flags)] = kept
    _save(store)
    return compiled


def _compile(pattern: AnyStr, flags: int) -> tuple[re.Pattern[AnyStr], tuple[Any, ...]]:
    """The pattern compiled as re._compiler.compile does it, with the arguments given
    to the C matcher (kept to give them again)."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    kept = (flags | parsed.state.flags, [int(op) for op in code],  # (marshal: plain ints)
            parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *kept), kept


def _loaded() -> dict[tuple[Any, int], tuple[Any, ...]]:
    """The kept programs, read once per process (an empty store if there is no file or
    it cannot be read)."""
    global _store
    if _store is None:
        _store = {}
        try:
            with open(store_file(), "rb") as f:
                data = marshal.loads(f.read())
            if isinstance(data, dict) and data.get("format") == _FORMAT:
                _store = {(p, fl): tuple(kept) for p, fl, *kept in data["patterns"]}
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            pass
    return _store


def _save(store: dict[tuple[Any, int], tuple[Any, ...]]) -> None:
    """Write the store (atomically: another process may be reading it)."""
    from .tables import write_atomic
    rows = [(p, fl, *kept) for (p, fl), kept in store.items()]
    try:
        data = marshal.dumps({"format": _FORMAT, "patterns": rows})
    except ValueError:  # (a value marshal cannot write: nothing kept)
        return
    write_atomic(store_file(), data)
