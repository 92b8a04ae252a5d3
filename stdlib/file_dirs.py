"""Folders, attributes and sizes: fDirRename/fRepRenomme, fMoveDir/fRepDéplace,
fAttribute/fAttribut and fChangeSize/fChangeTaille (fSplit and fMerge: file_pieces.py).

Every failure is non-fatal, as for the other file functions: the error value (False,
"ERR" or -1), ErrorOccurred, ErrorInfo naming the path. Attributes on POSIX: R is a file
nobody may write, H a name starting with ".", D a folder; S, A and C (system, archive,
compressed) do not exist on Linux, so they are never reported and asking for them
changes nothing (PC SOFT's help says the same of A on Linux).
Decisions: docs/builtins.md, "Folders, attributes, pieces, locks".
"""
from __future__ import annotations

import os
import re
import shutil
import stat
from typing import Callable

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, IntArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path
from .strings import int_arg, text_arg

family = Family("Folders and attributes")

_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def _move_folder(fname: str, src: str, dst: str, move: Callable[[str, str], object],
                 shown: object) -> bool:
    """Rename or move the folder `src` to `dst` (which must not exist yet); a failure
    names the folder as the program wrote it (`shown`)."""
    try:
        if not os.path.isdir(src):
            raise NotADirectoryError(20, "not a folder")
        if os.path.exists(dst):
            raise FileExistsError(17, "the destination already exists")
        move(src, dst)
    except (OSError, ValueError, shutil.Error) as exc:
        raise failure(fname, "move" if move is shutil.move else "rename", V.to_str(shown), exc,
                      False) from None
    return True


@family.function("fDirRename", "fRepRenomme", "fRenameDir", can_fail=True)
def dir_rename(rt: Runtime, directory: TextArg, new_name: TextArg) -> bool:
    """Rename a folder. A new name without a folder part stays in the same parent
    (fDirRename("C:\\Directory", "RenamedDirectory"), as in PC SOFT's help)."""
    src = native_path(text_arg(directory, "fDirRename"))
    name = native_path(text_arg(new_name, "fDirRename"))
    dst = name if "/" in name else os.path.join(os.path.dirname(src.rstrip("/")), name)
    return _move_folder("fDirRename", src, dst, os.rename, directory)


@family.function("fMoveDir", "fRepDéplace", "fDirMove", can_fail=True)
def move_dir(rt: Runtime, source: TextArg, destination: TextArg) -> bool:
    """Move a folder and everything in it to `destination` (the folder's new path; an
    existing destination is refused), across file systems too."""
    return _move_folder("fMoveDir", native_path(text_arg(source, "fMoveDir")),
                        native_path(text_arg(destination, "fMoveDir")),
                        shutil.move, source)


def _attributes(path: str) -> str:
    return attribute_letters(path, os.stat(path))


def attribute_letters(path: str, st: os.stat_result) -> str:
    """The attribute letters of `path` as fAttribute gives them, from its status `st`
    (also fListFile's with fdFullInformation, stdlib/file_information.py)."""
    out = ""
    if not st.st_mode & _WRITE_BITS:
        out += "R"
    if os.path.basename(path.rstrip("/")).startswith("."):
        out += "H"
    if stat.S_ISDIR(st.st_mode):
        out += "D"
    return out


def _set_read_only(path: str, on: bool) -> None:
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if on:
        os.chmod(path, mode & ~_WRITE_BITS)
    else:
        os.chmod(path, mode | stat.S_IWUSR)


def _wanted(letter: str, current: str, signed: list[tuple[str, str]]) -> bool:
    """Whether `letter` is wanted: plain letters list exactly the attributes wanted;
    with any + or -, the others keep their current state."""
    if not any(sign for sign, _ in signed):
        return any(c == letter for _, c in signed)
    if ("-", letter) in signed:
        return False
    return ("+", letter) in signed or ("", letter) in signed or letter in current


@family.function("fAttribute", "fAttribut", can_fail=True)
def attribute(rt: Runtime, path: TextArg, new: object = None) -> object:
    """Without `new`: the file's attribute letters ("R", "H", "D", "RD"...; "" for none),
    "ERR" on failure. With `new`: sets them and returns True ("R" sets read-only, "+R"
    adds it, "-R" removes it; letters S, A, C are accepted and change nothing on Linux;
    H cannot be changed here: it is the name's leading dot)."""
    name = native_path(text_arg(path, "fAttribute"))
    if new is None:
        try:
            return _attributes(name)
        except (OSError, ValueError) as exc:
            raise failure("fAttribute", "read the attributes of", V.to_str(path), exc, "ERR") from None
    text = V.to_str(new).upper().replace(" ", "")
    if not re.fullmatch(r"([+-]?[RHSACD])*", text):
        raise BuiltinFailure(f"fAttribute: '{V.to_str(new)}' is not a list of attribute "
                             "letters (R, H, S, A, C, with + or - before each to add or "
                             "remove it).", value=False)
    try:
        current = _attributes(name)
        signed = re.findall(r"([+-]?)([RHSACD])", text)
        want_r, want_h = (_wanted(c, current, signed) for c in "RH")
        if want_h != ("H" in current):
            raise BuiltinFailure(f"fAttribute: cannot make '{V.to_str(path)}' "
                                 f"{'hidden' if want_h else 'visible'}: on Linux a hidden "
                                 "file is one whose name starts with a dot (use fRename).",
                                 value=False)
        _set_read_only(name, want_r)
    except (OSError, ValueError) as exc:
        raise failure("fAttribute", "change the attributes of", V.to_str(path), exc, False) from None
    return True


@family.function("fChangeSize", "fChangeTaille", can_fail=True)
def change_size(rt: Runtime, path: TextArg, size: IntArg) -> bool:
    """Cut a file to `size` bytes, or extend it with zero bytes."""
    name, n = native_path(text_arg(path, "fChangeSize")), int_arg(size, "fChangeSize")
    if n < 0:
        raise BuiltinFailure(f"fChangeSize: a size cannot be negative ({n}).", value=False)
    try:
        if not os.path.isfile(name):
            raise FileNotFoundError(2, "No such file")
        os.truncate(name, n)
    except (OSError, ValueError) as exc:
        raise failure("fChangeSize", "change the size of", V.to_str(path), exc, False) from None
    return True
