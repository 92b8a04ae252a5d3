"""A WLanguage path as the host opens it: ported code names files the Windows way
(`C:\\Temp\\a.txt`, `sDir + "\\report.txt"`). On POSIX backslashes become slashes and a
drive letter `C:` is dropped (`/Temp/a.txt`; `Data\\a.txt` stays relative), or, with
`WL_DRIVE_ROOT=/some/dir`, every drive letter maps under that folder so code that
hard-codes `C:\\...` runs in a sandbox. On Windows a path is used as given.

Windows does not tell `A.PDF` from `a.pdf`; POSIX does. A Windows-style path (one with a
drive letter or a backslash) that names nothing as written is looked up again ignoring
case, folder by folder (`existing_case`): each part that exists as written is kept, a part
that does not is replaced by the one entry of its folder whose name differs only in case.
A part with no such entry (a file being created) keeps the case written, and so do the
parts after it. POSIX-style paths are used exactly (docs/builtins.md, "Windows paths on
POSIX").

One place for the rule: the file functions (stdlib/paths.py re-exports it) and what the
engine itself opens for a script (the files attached to an e-mail when it is sent,
wlinterp/mail/message.py) map paths the same way.
"""
from __future__ import annotations

__all__ = ["DRIVE", "existing_case", "native_path"]

import os

from .lazy_regex import lazy_compile
from .runtime import values as V

DRIVE = lazy_compile(r"^([A-Za-z]):")


def native_path(value: object) -> str:
    """The host's path for a WLanguage path (see the module docstring)."""
    path = V.to_str(value)
    if os.sep == "\\":
        return path
    windows_style = "\\" in path or DRIVE.match(path) is not None
    path = path.replace("\\", "/")
    m = DRIVE.match(path)
    if m:
        rest = path[2:]
        root = os.environ.get("WL_DRIVE_ROOT", "")
        if root:
            path = os.path.join(root, rest.lstrip("/"))
        else:
            path = rest if rest.startswith("/") else "/" + rest if rest else "/"
    return existing_case(path) if windows_style else path


def existing_case(path: str) -> str:
    """`path` with each part that does not exist as written replaced by the one entry of
    its folder whose name differs only in case, as Windows would find it; the parts from
    the first with no such entry (or with two: `a.txt` and `A.TXT` on POSIX) on keep the
    case written, so a file is created with the name the program gave."""
    try:
        if os.path.lexists(path):
            return path
    except ValueError:  # a NUL in the path: the file function reports it
        return path
    parts = path.split("/")
    folder = "/" if path.startswith("/") else "."
    for i, part in enumerate(parts):
        if part in ("", ".", ".."):
            folder = os.path.join(folder, part)
            continue
        candidate = os.path.join(folder, part)
        if not os.path.lexists(candidate):
            found = _same_name_ignoring_case(folder, part)
            if found is None:
                break
            parts[i], candidate = found, os.path.join(folder, found)
        folder = candidate
    return "/".join(parts)


def _same_name_ignoring_case(folder: str, name: str) -> str | None:
    """The one entry of `folder` named `name` but for case; None for none, for two or
    more (which Windows could not hold: none is the right one), or for an unreadable
    folder."""
    try:
        entries = os.listdir(folder)
    except OSError:
        return None
    wanted = name.lower()
    found = [entry for entry in entries if entry.lower() == wanted]
    return found[0] if len(found) == 1 else None
