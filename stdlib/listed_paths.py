"""How fListFile and fListDirectory show the paths they find (stdlib/file_listing.py): under
the folder as the pattern wrote it. Not a family: no WLanguage names here.

A Windows-style pattern (`C:\\Temp\\Source\\*.*`, `sDir + "\\*.csv"`) is opened on
POSIX as a host path (`/Temp/Source`, wlinterp/native_paths.py), but a listing that
answered with those host paths broke what ported code does with them: it cuts or
replaces the folder it gave (`Replace(sFile, sSource, sTarget)` to mirror a tree,
`Middle(sFile, Length(sSource) + 2)` for the part below it), as WINDEV's listings are
the folder written plus what was found under it. So a Windows-style pattern's entries
are shown as the folder written, then the subfolders and name found, joined with `\\`;
each such path maps back to the same host file. A POSIX-style pattern's entries are the
host paths, which is how it was written (*decided* 5 Dec 2026, docs/builtins.md "Windows
paths on POSIX"). Also the order a listing gives (`listed_order`) and a wildcard's file
as written (`written_in`, for the failures of fDelete, fCopyFile and fMoveFile).
"""
from __future__ import annotations

import os
from collections.abc import Callable

from wlinterp.native_paths import DRIVE, native_path
from wlinterp.runtime import values as V


def shown_folder(pattern: object, folder: str) -> Callable[[str], str]:
    """A function giving, for a host folder found under `folder` (the host folder the
    pattern names), that folder as the listing shows it: for a Windows-style pattern
    with its final `\\`, so that `joined` keeps `\\` after a folder written without
    one (`Source\\*.txt` gave `Source/a.txt`)."""
    text = V.to_str(pattern)
    if "\\" not in text and "/" not in text and not os.path.isdir(native_path(text)):
        return _below_current  # a bare mask (`*.txt`): no folder written
    if os.sep == "\\" or not ("\\" in text or DRIVE.match(text)):
        return lambda root: root
    if os.path.isdir(native_path(text)):
        written = text.rstrip("\\/")
    else:  # a mask after the last separator (one there: a Windows-style text)
        written = text[:max(text.rfind("\\"), text.rfind("/"))]
    base = written.rstrip("\\")  # ("\\*.txt": the root, "")

    def show(root: str) -> str:
        below = os.path.relpath(root, folder)
        return base + "\\" if below == "." else \
            base + "\\" + below.replace(os.sep, "\\") + "\\"
    return show


def _below_current(root: str) -> str:
    """A folder found under the current one as a bare mask's listing shows it: its path
    below it with its final `\\`, "" for the current folder itself (`a.txt`,
    `Sub\\b.txt`, not `./a.txt`: the mask wrote no folder; `\\` as every other name the
    file functions give the script; *decided*, docs/builtins.md "A bare mask lists
    names")."""
    below = os.path.relpath(root, ".")
    return "" if below == "." else below.replace(os.sep, "\\") + "\\"


def joined(folder: str, name: str) -> str:
    """A shown folder and a name: `\\` after a Windows-style folder, else the host's."""
    if "\\" in folder or DRIVE.match(folder):
        return folder.rstrip("\\") + "\\" + name
    return os.path.join(folder, name)


def listed_order(name: str) -> tuple[str, str]:
    """The order a listing gives a folder's entries in: by name ignoring case, as
    Windows' NTFS keeps a folder (names compared upper-cased), then exactly for names
    differing only in case. Sorted by code point, "B.TXT" came before "a.txt" (*decided*
    5 Dec 2026 night, docs/builtins.md "fListFile's order")."""
    return name.upper(), name


def written_in(pattern: object, host: str) -> str:
    """A file `wildcard_files` found for `pattern`, as the program would write it: the
    pattern's folder as written, then the file's name (`C:\\Temp\\*.tmp` and the host
    file /Temp/a.tmp: `C:\\Temp\\a.tmp`), for the failure that names it."""
    text = V.to_str(pattern)
    cut = max(text.rfind("\\"), text.rfind("/"))
    return text[:cut + 1] + os.path.basename(host)


def into_array(fname: str, target: object, paths: list[str]) -> int:
    """fListFile(mask, array) / fListDirectory(mask, array): the array given holds the
    paths found, in the listing's order, what it held before replaced; their number is
    the result (INFERRED FS 7 Dec 2026: docs/builtins.md "fListFile into an array"). It
    was the error "a procedure was expected, not a value of type array"."""
    from wlinterp.errors import WLRuntimeError
    from wlinterp.runtime.containers import WLArray
    from wlinterp.runtime.types import coerce
    if not isinstance(target, WLArray) or len(target.dims) > 1:
        raise WLRuntimeError(f"{fname}: the array to fill must have one dimension.")
    target.items[:] = [coerce(p, target.elem, target.ctx) for p in paths]
    if target.dims:
        target.dims = (len(paths),)
    return len(paths)
