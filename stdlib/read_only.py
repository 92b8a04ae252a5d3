"""A file marked read-only is not written over: Windows refuses to write one (fSaveText,
fOpen for writing...), so WINDEV code marks its closed archives read-only
(fAttributeReadOnly, fChangeAttribute "+R") to keep them. On POSIX the read-only mark is a
file without write permission, which the host's root user writes all the same: an
archive "locked" that way was overwritten in silence under root (a container, a CI).
The file functions that write ask here first, so the program gets the failure it gets
on Windows, whoever runs it (docs/builtins.md "Read-only files")."""
from __future__ import annotations

__all__ = ["refuse_read_only"]

import os
import stat


def refuse_read_only(name: str) -> None:
    """Raise PermissionError when `name` is an existing file without write permission;
    nothing for a missing file, a folder, or a path that cannot be read (the write that
    follows reports those)."""
    try:
        mode = os.stat(name).st_mode
    except (OSError, ValueError):
        return
    if stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(13, "Permission denied (the file is read-only)")
