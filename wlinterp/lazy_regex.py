"""Regular expressions compiled on first use, not at import.

Why: compiling a pattern costs 0.05-0.5 ms, and importing the interpreter used to compile
some sixty of them, a tenth of a one-line script's whole run, most of them for forms that
script never meets (duration literals, compile-time directives, ISO dates, JSON...). A
module that keeps a pattern for a rare form declares it with `lazy_compile`; the first
use compiles it and keeps the compiled pattern's methods on the object, so later calls
cost what a compiled pattern's do (one attribute read, then the pattern's own method).
The compiled program itself comes from the cache of an earlier run when it can
(syntax/stored_regex.py).
"""
from __future__ import annotations

__all__ = ["lazy_compile"]

import re
from typing import Any, AnyStr, cast

# what callers use of a pattern, copied onto the object at the first use
_KEPT = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split",
         "pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    """Stands for `re.compile(pattern, flags)` until an attribute is read."""

    def __init__(self, pattern: Any, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # (only for names not set yet)
        if name.startswith("__"):
            raise AttributeError(name)
        from .syntax.stored_regex import stored_compile  # (once per pattern)
        compiled = stored_compile(*self._source)
        for kept in _KEPT:
            self.__dict__[kept] = getattr(compiled, kept)
        return getattr(compiled, name)


def lazy_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[AnyStr]", _LazyPattern(pattern, flags))
