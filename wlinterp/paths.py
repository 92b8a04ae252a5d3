"""Paths as messages show them: in the platform's own form.

A Windows user who types `wl run samples/x.wl` reads `samples\\x.wl:3:1: error: ...`, as
every other Windows tool would print it; on POSIX the path is only tidied (`./x.wl` ->
`x.wl`). Names that are not paths (`<stdin>`, `<string>`, `<repl>`, `-`) stay as they are.
`flavour` is `os.path` at run time; tests pass `ntpath`/`posixpath` to check both.
"""
from __future__ import annotations

__all__ = ["platform_form", "shown_path"]

import os
from types import ModuleType


def platform_form(path: str, flavour: ModuleType = os.path) -> str:
    """`path` with the platform's separators, `.` and `..` steps resolved."""
    if not path or path == "-" or (path.startswith("<") and path.endswith(">")):
        return path
    return str(flavour.normpath(path))


def shown_path(path: str) -> str:
    """A path as errors show it: relative to the current folder when below it, in the
    platform's form."""
    if not os.path.isabs(path):
        return platform_form(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return platform_form(path)
    return platform_form(path if rel.startswith("..") else rel)
