"""Listing a folder: fListFile/fListeFichier and fListDirectory/fListeRépertoire (the
text, array and procedure forms), and the files a name with `*` or `?` stands for
(`wildcard_files`: fDelete, fCopyFile, fMoveFile). Split from paths.py, which keeps the
paths, the folders and the masks (`mask_matches`, as Windows reads them); the listing's
order and its folders as the pattern wrote them are listed_paths.py's.
"""
from __future__ import annotations

__all__ = ["list_directory", "list_file", "matching_entries", "wildcard_files"]

import os

from wlinterp.errors import BuiltinFailure
from wlinterp.native_paths import native_path
from wlinterp.registry import Family, ProcArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.procrefs import call_with, procedure_arg
from wlinterp.runtime.state import Runtime

from .listed_paths import into_array, joined, listed_order, shown_folder
from .paths import FD_FULL_INFORMATION, FR_RECURSIVE, failure, mask_matches
from .strings import text_arg

family = Family("Paths")


def matching_entries(fname: str, pattern: object, options: object,
                     want_dirs: bool) -> list[tuple[str, str]]:
    """(host folder, name) of every entry matching `pattern` (a folder, or a folder and a
    `*`/`?` mask), sorted, folder by folder; subfolders too with frRecursive."""
    return [(root, name) for root, _, name in
            _entries(fname, pattern, options, want_dirs)]


def _entries(fname: str, pattern: object, options: object,
             want_dirs: bool) -> list[tuple[str, str, str]]:
    """(host folder, folder as the listing shows it, name) of every entry matching
    `pattern` (stdlib/listed_paths.py)."""
    text = native_path(pattern)
    folder, mask = (text, "*") if os.path.isdir(text) else os.path.split(text)
    folder = folder or "."
    recursive = bool(V.to_int(options) & FR_RECURSIVE)
    show = shown_folder(pattern, folder)
    found: list[tuple[str, str, str]] = []
    try:
        for root, dirs, files in os.walk(folder):
            dirs.sort(key=listed_order)
            names = dirs if want_dirs else files
            found += [(root, show(root), n) for n in sorted(names, key=listed_order)
                      if mask_matches(n, mask)]
            if not recursive:
                break
    except ValueError as exc:
        raise failure(fname, "list", V.to_str(pattern), exc, "") from None
    if not os.path.isdir(folder):
        written = show(folder).rstrip("\\") or show(folder)  # (as the pattern wrote it)
        raise BuiltinFailure(f"{fname}: the folder '{written}' does not exist.", value="")
    return found


def wildcard_files(fname: str, pattern: object) -> list[str] | None:
    """The files a name with `*` or `?` in its file name part stands for (`C:\\Temp\\*.tmp`:
    the matching files of that folder, not recursive), for fDelete, fCopyFile and
    fMoveFile; None for a plain name. A missing folder or no file matching is the
    function's failure (False, ErrorOccurred)."""
    name = os.path.basename(native_path(pattern))
    if "*" not in name and "?" not in name:
        return None
    try:
        found = matching_entries(fname, pattern, 0, want_dirs=False)
    except BuiltinFailure as failed:  # (a missing folder: fListFile's message, False)
        failed.value = False
        raise
    if not found:
        raise BuiltinFailure(f"{fname}: no file matches '{V.to_str(pattern)}'.", value=False)
    return [os.path.join(folder, entry) for folder, entry in found]


def _listing(fname: str, pattern: object, options: object, want_dirs: bool) -> str:
    """Full paths matching `pattern`, one per line (CR); with fdFullInformation, each
    followed by its size, modification date-time and attributes."""
    found = _entries(fname, pattern, options, want_dirs)
    if V.to_int(options) & FD_FULL_INFORMATION:
        from .file_information import full_information  # (it imports this module)
        return "\r\n".join(line for root, shown, n in found if (line := full_information(
            os.path.join(root, n), joined(shown, n))) is not None)
    return "\r\n".join(joined(shown, n) for _, shown, n in found)


def _filled(fname: str, pattern: object, target: WLArray, options: object,
            want_dirs: bool) -> int:
    """The array form: the paths _listing gives, into the array (listed_paths.into_array);
    a folder that does not exist leaves it empty, 0 and ErrorOccurred."""
    try:
        found = _entries(fname, pattern, FR_RECURSIVE if options is None else options,
                         want_dirs)
    except BuiltinFailure as failed:
        into_array(fname, target, [])
        failed.value = 0
        raise
    return into_array(fname, target, [joined(shown, n) for _, shown, n in found])


def _each(rt: Runtime, fname: str, pattern: object, proc: object, param: object,
          options: object, want_dirs: bool) -> int:
    """The callback form: call the procedure for each entry with (folder with its final
    separator, name, True when the folder changed since the previous call, the custom
    parameter); it stops when the procedure returns False. The count of entries given
    to the procedure is returned."""
    ref = procedure_arg(rt, proc, fname)
    count, previous = 0, None
    for _, shown, name in _entries(fname, pattern, options, want_dirs):
        count += 1
        folder = joined(shown, "")
        result = call_with(ref, folder, name, folder != previous, "" if param is None else param)
        previous = folder
        if result is False:
            break
    return count


@family.function("fListFile", "fListeFichier", can_fail=True)
def list_file(rt: Runtime, pattern: TextArg, proc_or_options: ProcArg = FR_RECURSIVE,
              param: object = None, options: object = FR_RECURSIVE) -> str | int:
    """The files matching `pattern` ("C:\\Data\\*.txt", "/tmp"): full paths separated by
    CR, or, given a procedure, the number of files passed to it one by one."""
    pattern = text_arg(pattern, "fListFile")  # (refused in the check's words: an array, a structure)
    if isinstance(proc_or_options, (int, float)) or proc_or_options is None:
        return _listing("fListFile", pattern, proc_or_options, want_dirs=False)
    if isinstance(proc_or_options, WLArray):  # fListFile(mask, array [, options])
        return _filled("fListFile", pattern, proc_or_options, param, want_dirs=False)
    return _each(rt, "fListFile", pattern, proc_or_options, param, options, want_dirs=False)


@family.function("fListDirectory", "fListeRépertoire", can_fail=True)
def list_directory(rt: Runtime, pattern: TextArg, proc_or_options: ProcArg = FR_RECURSIVE,
                   param: object = None, options: object = FR_RECURSIVE) -> str | int:
    """The subfolders of a folder (optionally masked): full paths separated by CR, or,
    given a procedure, their number, each passed to it as fListFile does."""
    pattern = text_arg(pattern, "fListDirectory")  # (as fListFile's)
    if isinstance(proc_or_options, (int, float)) or proc_or_options is None:
        return _listing("fListDirectory", pattern, proc_or_options, want_dirs=True)
    if isinstance(proc_or_options, WLArray):
        return _filled("fListDirectory", pattern, proc_or_options, param, want_dirs=True)
    return _each(rt, "fListDirectory", pattern, proc_or_options, param, options,
                 want_dirs=True)
