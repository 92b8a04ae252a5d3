"""File-name suffixes of WINDEV/WEBDEV text-format files.

Kept apart from winfile.py (which compiles its patterns at import) so that running a
plain `.wl` script can ask "is this a WINDEV file?" without loading the text-format
reader.
"""
from __future__ import annotations

__all__ = ["WINDEV_SUFFIXES", "is_windev_file"]

WINDEV_SUFFIXES = (".wdg", ".wdc", ".wdw", ".wdp", ".wde", ".wwh", ".wdt", ".wdr", ".wpw",
                   ".wwp", ".wpp", ".wdq", ".wdi", ".wwt")
"""Sets, classes, windows (WINDEV Mobile's .wpw), projects (WINDEV's .wdp, WEBDEV's .wwp,
WINDEV Mobile's .wpp: ?2030003 names the three), reports, pages, window and page
templates, queries..."""


def is_windev_file(path: str) -> bool:
    """True for a file the IDE writes in text format (by its suffix, any case)."""
    return path.lower().endswith(WINDEV_SUFFIXES)
