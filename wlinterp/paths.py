"""Paths as messages show them: in the platform's own form.

A Windows user who types `wl run samples/x.wl` reads `samples\\x.wl:3:1: error: ...`, as
every other Windows tool would print it; on POSIX the path is only tidied (`./x.wl` ->
`x.wl`). Names that are not paths (`<stdin>`, `<string>`, `<repl>`, `-`) stay as they are.
`flavour` is `os.path` at run time; tests pass `ntpath`/`posixpath` to check both.
"""
from __future__ import annotations

__all__ = ["platform_form"]

import os
from types import ModuleType


def platform_form(path: str, flavour: ModuleType = os.path) -> str:
    """`path` with the platform's separators, `.` and `..` steps resolved."""
    if not path or path == "-" or (path.startswith("<") and path.endswith(">")):
        return path
    return str(flavour.normpath(path))
