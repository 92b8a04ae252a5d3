"""More file and folder functions: fAppendText/fAjouteTexte, fAppendBuffer/fAjouteBuffer,
fCopyDir/fRepCopie and fDirectorySize/fRepTaille.

Same conventions as the other file functions: Windows paths mapped by
`paths.native_path`, every failure non-fatal (the error value, ErrorOccurred, ErrorInfo).
"""
from __future__ import annotations

import os
import shutil

from wlinterp.registry import BytesArg, Family, ProcArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.value_bytes import to_bytes
from wlinterp.runtime.state import Runtime

from .file_ops import CopyStopped, asking
from .text_encodings import SNIFFED, appended_bytes, forced_encoding
from .folder_size import folder_size
from .paths import FR_RECURSIVE, failure, native_path
from .read_only import refuse_read_only
from .strings import text_arg

family = Family("Files (more)")


def write_file(fname: str, path: object, data: bytes, mode: str = "wb") -> bool:
    """Write (or with mode "ab" append) `data` to the file at WLanguage path `path`;
    True, or a non-fatal failure naming `fname` and the file."""
    name = native_path(path)
    try:
        refuse_read_only(name)
        with open(name, mode) as f:
            f.write(data)
    except (OSError, ValueError) as exc:
        raise failure(fname, "write", V.to_str(path), exc, False) from None
    return True


@family.function("fAppendText", "fAjouteTexte", can_fail=True)
def append_text(rt: Runtime, path: TextArg, text: BytesArg, encoding: object = 0) -> bool:
    """Add text at the end of a file (created when missing) in the file's own encoding
    (its mark, else ANSI when it is not UTF-8, else UTF-8), or in the one foAnsi,
    foUnicode or foUTF8 forces, as fSaveText's third parameter (appended_bytes; a
    Buffer's bytes as they are)."""
    try:
        with open(native_path(text_arg(path, "fAppendText")), "rb") as f:
            head = f.read(SNIFFED)
    except OSError:
        head = b""  # a new file, or one that cannot be read: write_file says why
    data = appended_bytes(head, text, forced_encoding(V.to_int(encoding) if encoding else 0))
    return write_file("fAppendText", path, data, "ab")


@family.function("fAppendBuffer", "fAjouteBuffer", can_fail=True)
def append_buffer(rt: Runtime, path: TextArg, buffer: object) -> bool:
    """Add a buffer's bytes at the end of a file (created when missing)."""
    return write_file("fAppendBuffer", path, to_bytes(buffer), "ab")


@family.function("fCopyDir", "fRepCopie", can_fail=True)
def copy_dir(rt: Runtime, source: TextArg, destination: TextArg, options: ProcArg = 0,
             procedure: ProcArg = None, param: object = None) -> bool:
    """Copy a folder with everything it contains; files already in the destination are
    replaced, others there are kept. A procedure is asked before each file, as by
    fCopyFile (file_ops.asking); after fcStop the result is False. A symbolic link is
    copied as a link: following one to a folder above ran the copy down the loop until
    the system refused the path (docs/builtins.md "fCopyDir and symbolic links")."""
    if procedure is None and options is not None and not isinstance(options, (int, float)):
        procedure, options = options, 0
    src = native_path(text_arg(source, "fCopyDir"))
    dst = native_path(text_arg(destination, "fCopyDir"))
    copy = shutil.copy2 if procedure is None else \
        asking(rt, "fCopyDir", procedure, param, shutil.copy2)
    try:
        if not os.path.isdir(src):
            raise NotADirectoryError(20, "not a folder")
        shutil.copytree(src, dst, symlinks=True, dirs_exist_ok=True, copy_function=copy)
    except CopyStopped:
        return False
    except (OSError, ValueError, shutil.Error) as exc:
        raise failure("fCopyDir", "copy the folder", V.to_str(source), exc, False) from None
    return True


@family.function("fDirectorySize", "fRepTaille", can_fail=True)
def directory_size(rt: Runtime, path: TextArg, option: object = FR_RECURSIVE) -> int:
    """The total size in bytes of the files in a folder and, with frRecursive (the
    default), its subfolders; frNotRecursive: the folder's own files. As PC SOFT's own
    runtime reads the option (its fRepTaille(path) is fRepTaille(path, 1), and only the
    value 1 of the option makes it recursive). -1 when the folder cannot be read."""
    name = native_path(text_arg(path, "fDirectorySize"))
    if not os.path.isdir(name):
        raise failure("fDirectorySize", "read the folder", V.to_str(path),
                      NotADirectoryError(20, "not a folder"), -1)
    return folder_size(name, bool(V.to_int(option) & FR_RECURSIVE))
