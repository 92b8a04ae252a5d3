"""A WLanguage path as the host opens it: ported code names files the Windows way
(`C:\\Temp\\a.txt`, `sDir + "\\report.txt"`). On POSIX backslashes become slashes and a
drive letter `C:` is dropped (`/Temp/a.txt`; `Data\\a.txt` stays relative), or, with
`WL_DRIVE_ROOT=/some/dir`, every drive letter maps under that folder so code that
hard-codes `C:\\...` runs in a sandbox. On Windows a path is used as given.

One place for the rule: the file functions (stdlib/paths.py re-exports it) and what the
engine itself opens for a script (the files attached to an e-mail when it is sent,
wlinterp/mail/message.py) map paths the same way.
"""
from __future__ import annotations

__all__ = ["DRIVE", "native_path"]

import os

from .lazy_regex import lazy_compile
from .runtime import values as V

DRIVE = lazy_compile(r"^([A-Za-z]):")


def native_path(value: object) -> str:
    """The host's path for a WLanguage path (see the module docstring)."""
    path = V.to_str(value)
    if os.sep == "\\":
        return path
    path = path.replace("\\", "/")
    m = DRIVE.match(path)
    if m:
        rest = path[2:]
        root = os.environ.get("WL_DRIVE_ROOT", "")
        if root:
            return os.path.join(root, rest.lstrip("/"))
        return rest if rest.startswith("/") else "/" + rest if rest else "/"
    return path
