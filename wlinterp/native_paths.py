"""A WLanguage path as the host opens it: ported code names files the Windows way
(`C:\\Temp\\a.txt`, `sDir + "\\report.txt"`). On POSIX backslashes become slashes and a
drive letter `C:` is dropped (`/Temp/a.txt`; `Data\\a.txt` stays relative), or, with
`WL_DRIVE_ROOT=/some/dir`, every drive letter maps under that folder so code that
hard-codes `C:\\...` runs in a sandbox. On Windows a path is used as given.

Windows does not tell `A.PDF` from `a.pdf`; POSIX does. A path that names nothing as
written, Windows-style (a drive letter or a backslash) or not (`fExeDir() + "/Data.txt"`,
a relative `data/clients.csv`: the program was written for Windows whatever folder it is
given), is looked up again ignoring case, folder by folder (`existing_case`): each part that exists as written is kept, a part
that does not is replaced by the one entry of its folder whose name differs only in case.
A part with no such entry (a file being created) keeps the case written, and so do the
parts after it. A path a function is about to create or write to (`native_path(p,
new=True)`: fSaveText, fCreate, a copy's destination...) is looked up so too: a file of
another case there is written over (Windows has one file for both names), a new name
keeps the case written. `..` in a Windows-style path is resolved on the text first, as
Windows resolves it (`C:\\Data\\Missing\\..\\a.txt` is `C:\\Data\\a.txt`, whether Missing
exists or not); a POSIX-style path's `..` is left to the host. Every path is used
exactly with `WL_PATH_CASE=exact` (docs/builtins.md, "Windows paths on POSIX").

One place for the rule: the file functions (stdlib/paths.py re-exports it) and what the
engine itself opens for a script (the files attached to an e-mail when it is sent,
wlinterp/mail/message.py) map paths the same way.
"""
from __future__ import annotations

__all__ = ["DRIVE", "existing_case", "native_path", "created"]

import os
import time

from .lazy_regex import lazy_compile
from .runtime import values as V

DRIVE = lazy_compile(r"^([A-Za-z]):")


def native_path(value: object, new: bool = False) -> str:
    """The host's path for a WLanguage path (see the module docstring); `new`: a path
    about to be created or written, whose own name is kept as written."""
    path = V.to_str(value)
    if os.sep == "\\":
        return path
    path = _without_long_prefix(path)
    windows_style = "\\" in path or DRIVE.match(path) is not None \
        or _NETWORK_SLASHES.match(path) is not None
    written, path = path, path.replace("\\", "/")
    m = DRIVE.match(path)
    if m:
        rest = path[2:]
        rest = rest if rest.startswith("/") else "/" + rest if rest else "/"
        if "/.." in rest:  # above the drive's root is its root (so under WL_DRIVE_ROOT)
            rest = _without_parents(rest)
        root = os.environ.get("WL_DRIVE_ROOT", "")
        path = os.path.join(root, rest.lstrip("/")) if root else rest
    elif (path.startswith("//") and windows_style or written.startswith("\\")) \
            and os.environ.get("WL_DRIVE_ROOT", ""):
        path = _under_root(path, os.environ["WL_DRIVE_ROOT"])
    if windows_style and not m and ("/.." in path or path.startswith("..")):
        path = _without_parents(path)
    if os.environ.get("WL_PATH_CASE", "").lower() == "exact":
        return path
    return existing_case(path, new)


_LONG_PREFIX = lazy_compile(r"^[\\/]{2}[?.][\\/](?=[A-Za-z]:|[Uu][Nn][Cc][\\/])")
_NETWORK_SLASHES = lazy_compile(r"^//(?!/)")  # //Server/Share, as \\Server\Share


def _without_long_prefix(path: str) -> str:
    """Windows' long-path and device forms of a drive or network path (`\\\\?\\C:\\x`,
    `\\\\.\\C:\\x`, `\\\\?\\UNC\\Server\\Share\\x`) as the plain path they name: they
    went to `/?/C:/x` (under WL_DRIVE_ROOT `<root>/?/C:/x`), a file the program never
    named (*decided* FS 7 Dec 2026, docs/builtins.md "Paths inside WL_DRIVE_ROOT").
    Other device names (`\\\\.\\pipe\\x`) are left as written."""
    m = _LONG_PREFIX.match(path)
    if m is None:
        return path
    rest = path[m.end():]
    return "\\\\" + rest[4:] if rest[:3].upper() == "UNC" else rest


def _under_root(path: str, root: str) -> str:
    """A Windows path that starts at a root but names no drive under WL_DRIVE_ROOT's
    folder, as a drive letter is: a network path (`\\\\Server\\Share\\a.txt`, here
    `//Server/Share/a.txt`) is `<root>/Server/Share/a.txt`; one relative to the current
    drive's root (`\\Temp\\a.txt`, here `/Temp/a.txt`) is `<root>/Temp/a.txt`, where
    `C:\\Temp\\a.txt` goes (every drive, the current one too, maps under that folder).
    Their `..` are resolved first so none climbs above the folder. They went to the host's
    `/Server/Share/a.txt` and `/Temp/a.txt` (`\\..\\..\\etc\\hostname` read the host's
    file), outside the sandbox the variable sets up (*decided* FS 7 Dec 2026;
    docs/builtins.md "Windows paths on POSIX")."""
    return os.path.join(root, _without_parents("/" + path.lstrip("/")).lstrip("/"))


def _without_parents(path: str) -> str:
    """A Windows-style path with its `..` parts resolved on the text, as Windows does
    (GetFullPathName: the folder named before `..` need not exist; above the root is
    the root); those that climb out of a relative path are kept. POSIX resolves `..`
    through the folders themselves, so `C:\\Data\\Missing\\..\\a.txt` failed when
    Missing did not exist."""
    kept: list[str] = []
    parts = path.split("/")
    for part in parts[1:] if path.startswith("/") else parts:
        if part == ".." and kept and kept[-1] != "..":
            kept.pop()
        elif part == ".." and path.startswith("/"):
            continue  # the root's parent is the root
        elif part not in ("", "."):
            kept.append(part)
    if path.endswith("/") and kept:
        kept.append("")  # a folder written with its separator keeps it
    text = "/".join(kept)
    return "/" + text if path.startswith("/") else text or "."


def existing_case(path: str, new: bool = False) -> str:
    """`path` with each part that does not exist as written replaced by the one entry of
    its folder whose name differs only in case, as Windows would find it; the parts from
    the first with no such entry (or with two: `a.txt` and `A.TXT` on POSIX) on keep the
    case written, so a file is created with the name the program gave. `new`: a file
    about to be created or written, whose folder's listing is then kept up to date
    (`created`): one of another case there is written over, as Windows does."""
    try:
        if os.path.lexists(path):
            return path
    except ValueError:  # a NUL in the path: the file function reports it
        return path
    parts = path.split("/")
    folder = "/" if path.startswith("/") else "."
    last = len(parts) - 1
    for i, part in enumerate(parts):
        if part in ("", ".", ".."):
            folder = os.path.join(folder, part)
            continue
        candidate = os.path.join(folder, part)
        if not os.path.lexists(candidate):
            found = _same_name_ignoring_case(folder, part)
            if found is None:
                if new and i == last:
                    _will_create("/".join(parts), folder, part)
                break
            parts[i], candidate = found, os.path.join(folder, found)
        folder = candidate
    return "/".join(parts)


def _same_name_ignoring_case(folder: str, name: str) -> str | None:
    """The one entry of `folder` named `name` but for case; None for none, for two or
    more (which Windows could not hold: none is the right one), or for an unreadable
    folder. The folder's names are matched in one search of their joined text, not one
    by one, and kept while the folder is unchanged (`_names`): a loop asking for absent
    files lists a settled folder once, and a growing one only when another program
    changed it."""
    joined = _names(folder)
    if joined is None:
        return None
    lowered = joined.lower()
    needle = "\0" + name.lower() + "\0"
    at = lowered.find(needle)
    if at < 0:
        return None
    if len(lowered) != len(joined):  # a name whose lower case is longer: one by one
        found = [entry for entry in joined.split("\0") if entry.lower() == name.lower()]
        return found[0] if len(found) == 1 else None
    if lowered.find(needle, at + 1) >= 0:
        return None
    return joined[at + 1:at + len(needle) - 1]


_LISTINGS: dict[str, tuple[int, str, bool]] = {}  # folder: (mtime_ns, names, trusted)
_ABOUT: dict[str, tuple[str, str, int]] = {}  # path to create: (folder, name, folder's time)
_SETTLED = 2_000_000_000  # ns since its last change before a folder's listing is trusted


def _names(folder: str) -> str | None:
    """`folder`'s entry names, each between NULs, as of its last change; None when it
    cannot be read. A listing is used again while the folder keeps the modification
    time it was trusted at: one taken 2 s or more after the folder's last change (a
    change within the clock's tick would leave the time as it was), or one the
    program's own creation brought up to date (`created`)."""
    try:
        changed = os.stat(folder).st_mtime_ns
        kept = _LISTINGS.get(folder)
        if kept is not None and kept[0] == changed and kept[2]:
            return kept[1]
        joined = "\0" + "\0".join(os.listdir(folder)) + "\0"
    except OSError:
        return None
    if len(_LISTINGS) >= 64:
        _LISTINGS.clear()
    _LISTINGS[folder] = (changed, joined, time.time_ns() - changed > _SETTLED)
    return joined


def _will_create(path: str, folder: str, name: str) -> None:
    """`path` (`name` in `folder`) is about to be created: the folder's time now, for
    `created`, when a listing of it is kept and current."""
    kept = _LISTINGS.get(folder)
    if kept is None:
        return
    try:
        now = os.stat(folder).st_mtime_ns
    except OSError:
        return
    if now == kept[0]:
        if len(_ABOUT) >= 256:
            _ABOUT.clear()
        _ABOUT[path] = (folder, name, now)


def created(path: str) -> None:
    """The program has just created `path` (a host path native_path gave with new=True:
    fSaveText, fSaveBuffer, fCreate...). A listing of its folder that was current just
    before takes the name, at the time the creation gave the folder, and is trusted:
    a loop checking fFileExist before each file it writes into a growing folder listed
    the folder at each look-up (quadratic). Limit: a file another program creates in
    the same clock tick as this creation is found once the folder changes again."""
    about = _ABOUT.pop(path, None)
    if about is None:
        return
    folder, name, before = about
    kept = _LISTINGS.get(folder)
    if kept is None or kept[0] != before:
        return
    try:
        after = os.stat(folder).st_mtime_ns
    except OSError:
        return
    entry = "\0" + name + "\0"
    _LISTINGS[folder] = (after, kept[1] if entry in kept[1] else kept[1] + name + "\0", True)
