"""fdFullInformation / fdInformationComplète: the details fListFile and fListDirectory give
of each entry with that option (stdlib/paths.py).

PC SOFT's constants page (?3036008, "Constants for the external files") lists
fdFullInformation for fListFile, new in WINDEV 2025: "returns the entire information
about the list of files and directories". Which information, in which form, is not in
the stored help: DECIDED (docs/builtins.md "fListFile with fdFullInformation") as the
functions that read each one give it, TAB-separated after the entry's full path: its
size in bytes (fSize; 0 for a folder), when it was last modified (fDateTime's
"YYYYMMDDHHMMSSCC") and its attribute letters (fAttribute's "R", "H", "D").
"""
from __future__ import annotations

__all__ = ["full_information"]

import datetime
import os
import stat

from .file_dirs import attribute_letters


def full_information(path: str, shown: str | None = None) -> str | None:
    """`path` (as `shown` when given: the form the listing shows, stdlib/listed_paths.py)
    and its size, modification date-time and attributes, TAB-separated; an
    entry that cannot be followed (a dangling link) is described by the link; None for
    one gone since the folder was read (another process deleted it: the listing had
    stopped with a Python error, an internal error)."""
    try:
        st = os.stat(path)
    except OSError:
        try:
            st = os.lstat(path)
        except OSError:
            return None
    size = 0 if stat.S_ISDIR(st.st_mode) else st.st_size
    when = datetime.datetime.fromtimestamp(st.st_mtime)
    stamp = when.strftime("%Y%m%d%H%M%S") + f"{when.microsecond // 10000:02d}"
    return "\t".join((shown or path, str(size), stamp, attribute_letters(path, st)))
