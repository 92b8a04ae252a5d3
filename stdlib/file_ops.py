"""Whole-file operations: fCopyFile/fCopieFichier, fRename/fRenomme, fMoveFile/
fDéplaceFichier, fSize/fTaille, fLoadBuffer/fChargeBuffer and fSaveBuffer/fSauveBuffer;
the copy procedure's answers fcCopy/fcCopie, fcIgnore and fcStop/fcArrête (fCopyFile and
fCopyDir, docs/builtins.md "fCopyFile and fCopyDir with a procedure").

Every failure is non-fatal (the function's error value, ErrorOccurred, ErrorInfo), as for
the other file functions. Paths go through `paths.native_path` (Windows paths on POSIX).
Buffers are strings with one character per byte, as StringToUTF8 returns them.
"""
from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable

from wlinterp.digits import ascii_digits
from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.native_paths import created
from wlinterp.registry import BufferResult, Family, ProcArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import call_with, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import to_bytes

from .file_listing import wildcard_files
from .listed_paths import written_in
from .paths import failure, native_path
from .read_only import refuse_read_only
from .strings import text_arg
from .whole_files import read_whole

family = Family("File operations")
# what the procedure given to fCopyFile or fCopyDir answers for a file (?3036008: go on,
# skip that file, stop the copy); the values are ours
FC_COPY = family.constant("fcCopy", "fcCopie", 1)
FC_IGNORE = family.constant("fcIgnore", "fcIgnore", 2)
FC_STOP = family.constant("fcStop", "fcArrête", 3)


class CopyStopped(Exception):
    """The copy procedure answered fcStop: no more files are copied."""


def asking(rt: Runtime, fname: str, proc: object, param: object,
           copy: Callable[[str, str], object]) -> Callable[[str, str], object]:
    """`copy`, asking the procedure first for each file (source, destination, the
    custom parameter): fcCopy (or True, or no value) copies it, fcIgnore skips it,
    fcStop (or False) raises CopyStopped; anything else is an error in words. A number
    written as text ("1", a procedure whose result is a string) is that number, as
    WLanguage compares a text with a number: it stopped the copy with the error."""
    ref = procedure_arg(rt, proc, fname)

    def ask(src: str, dst: str) -> object:
        answer = call_with(ref, src, dst, "" if param is None else param)
        if type(answer) is str and ascii_digits(answer.strip().lstrip("+-")):
            answer = V.to_int(answer)
        if answer is None or answer is True or answer == FC_COPY:
            return copy(src, dst)
        if answer == FC_IGNORE:
            return dst
        if answer is False or answer == FC_STOP:
            raise CopyStopped
        raise WLRuntimeError(f"{fname}: the procedure answered {V.to_str(answer)!r} for "
                             f"'{src}': fcCopy, fcIgnore or fcStop was expected.")
    return ask

def _target(src: str, dst: str) -> str:
    """A destination folder (an existing one, or a name ending in a separator) receives
    the file under its own name; the folders missing on the way are created, as the
    Windows shell's copy creates them (INFERRED, docs/builtins.md "fCopyFile and
    fMoveFile into a missing folder"): the copy failed, its message naming the source."""
    if os.path.isdir(dst) or dst.endswith(("/", os.sep)):
        dst = os.path.join(dst, os.path.basename(src))
    _make_folders(os.path.dirname(dst) or ".")
    return dst


def _make_folders(folder: str) -> None:
    """Create `folder` and the folders missing on its way. A file in the way is named
    (NotADirectoryError "'.../a.txt' is a file, not a folder"): the system's words were
    a bare "File exists" or "Not a directory", naming no part of the path."""
    part = folder
    while part and not os.path.lexists(part):
        parent = os.path.dirname(part)
        part = "" if parent == part else parent
    if part and not os.path.isdir(part):
        raise NotADirectoryError(errno.ENOTDIR, f"'{part}' is a file, not a folder")
    os.makedirs(folder, exist_ok=True)


def _sources(fname: str, source: object, destination: str,
             shown: object) -> list[str] | None:
    """The files a source with `*` or `?` in its name stands for (file_listing.wildcard_files),
    all to go into the destination folder, which must be one (a missing one is made);
    None for a plain file name (docs/builtins.md, "fCopyFile and fMoveFile with
    wildcards")."""
    found = wildcard_files(fname, source)
    if found and not os.path.lexists(destination):
        try:  # a missing folder is made, as for one file (_target)
            _make_folders(destination)
        except (OSError, ValueError) as exc:
            raise failure(fname, "create the folder", V.to_str(shown), exc, False) from None
    if found is not None and not os.path.isdir(destination):
        raise BuiltinFailure(f"{fname}: '{V.to_str(shown)}' is no folder: the files "
                             f"matching '{V.to_str(source)}' go into a folder.", value=False)
    return found


def _each_file(fname: str, verb: str, source: object, destination: object,
               action: Callable[[str, str], object]) -> bool:
    """Copy or move one file, or each file a wildcard source matches, into place."""
    dst = native_path(destination)
    sources = _sources(fname, source, dst, destination)
    for src in [native_path(source)] if sources is None else sources:
        try:
            if not os.path.isfile(src):
                raise FileNotFoundError(2, "No such file")
            if verb == "copy":
                refuse_read_only(_target(src, dst))  # (Windows copies over none)
            action(src, _target(src, dst))
        except (OSError, ValueError) as exc:
            raise failure(fname, verb, V.to_str(source) if sources is None
                          else written_in(source, src), exc, False) from None
    return True


@family.function("fCopyFile", "fCopieFichier", can_fail=True)
def copy_file(rt: Runtime, source: TextArg, destination: TextArg, options: ProcArg = 0,
              procedure: ProcArg = None, param: object = None) -> bool:
    """Copy a file (to a file name or into a folder), replacing the destination; a source
    with `*` or `?` copies every matching file into the destination folder. A procedure
    (after the options, or in their place) is asked before each file (`asking`); after
    fcStop the files copied stay and the result is False. The copy keeps the file's
    modification date and attributes, as Windows' CopyFile and fCopyDir do (it was dated
    the copy's moment: a sync comparing fDateTime copied every file again each time;
    docs/builtins.md "fCopyFile keeps the modification date")."""
    if procedure is None and options is not None and not isinstance(options, (int, float)):
        procedure, options = options, 0
    if procedure is None:
        return _each_file("fCopyFile", "copy", source, destination, shutil.copy2)
    action = asking(rt, "fCopyFile", procedure, param, shutil.copy2)
    try:
        return _each_file("fCopyFile", "copy", source, destination, action)
    except CopyStopped:
        return False


@family.function("fRename", "fRenomme", can_fail=True)
def rename(rt: Runtime, old: TextArg, new: TextArg) -> bool:
    """Rename (or move) a file; an existing destination is refused. Onto another file
    system (a /tmp held in memory, another disk) the file is copied then removed, as
    Windows moves a file to another volume: `fRename(fTempFile(), sFinal)` failed
    there with "Invalid cross-device link"."""
    src, dst = native_path(text_arg(old, "fRename")), native_path(text_arg(new, "fRename"))
    try:
        if os.path.exists(dst):
            raise FileExistsError(17, "the destination already exists")
        try:
            os.rename(src, dst)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            shutil.move(src, dst)
    except (OSError, ValueError) as exc:
        raise failure("fRename", "rename", V.to_str(old), exc, False) from None
    return True


@family.function("fMoveFile", "fDéplaceFichier", "fMove", can_fail=True)
def move_file(rt: Runtime, source: TextArg, destination: TextArg, options: object = 0) -> bool:
    """Move a file to a file name or into a folder (across file systems too); a source
    with `*` or `?` moves every matching file into the destination folder."""
    return _each_file("fMoveFile", "move", source, destination, shutil.move)


@family.function("fSize", "fTaille", can_fail=True)
def size(rt: Runtime, path: TextArg) -> int:
    """The size of a file in bytes; -1 when it does not exist. A folder is 0, as
    fListFile's fdFullInformation gives it (the system's 4096 of a folder's own
    entries is no size a program ported from Windows expects)."""
    name = native_path(text_arg(path, "fSize"))
    try:
        return 0 if os.path.isdir(name) else os.path.getsize(name)
    except (OSError, ValueError) as exc:
        raise failure("fSize", "read the size of", V.to_str(path), exc, -1) from None


@family.function("fLoadBuffer", "fChargeBuffer", can_fail=True)
def load_buffer(rt: Runtime, path: TextArg) -> BufferResult:
    """The bytes of a file as a buffer; "" and ErrorOccurred when it cannot be read."""
    name = native_path(text_arg(path, "fLoadBuffer"))
    try:
        return read_whole(name).decode("latin-1")
    except (OSError, ValueError) as exc:
        raise failure("fLoadBuffer", "read", V.to_str(path), exc, "") from None


@family.function("fSaveBuffer", "fSauveBuffer", can_fail=True)
def save_buffer(rt: Runtime, path: TextArg, buffer: object) -> bool:
    """Write a buffer to a file byte for byte (text beyond Latin-1 is written as UTF-8, a
    UNICODE string as its UTF-16: runtime/value_bytes.py `to_bytes`, as every built-in reads
    a value's bytes)."""
    name, raw = native_path(text_arg(path, "fSaveBuffer"), new=True), to_bytes(buffer)
    try:
        refuse_read_only(name)
        with open(name, "wb") as f:
            f.write(raw)
    except (OSError, ValueError) as exc:
        raise failure("fSaveBuffer", "write", V.to_str(path), exc, False) from None
    created(name)
    return True
