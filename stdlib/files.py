"""Files: the few file functions scripts need to read inputs and write results.

Paths are used as given (relative to the current directory, like WINDEV); fExeDir is the
folder of the running script. A missing or unreadable file is a non-fatal error: the
function returns its error value and ErrorInfo says why.
"""
from __future__ import annotations

import os

from wlinterp.errors import BuiltinFailure
from wlinterp.native_paths import created
from wlinterp.registry import BytesArg, Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.limits import max_string
from wlinterp.runtime.state import Runtime

from .file_listing import wildcard_files
from .listed_paths import written_in
from .paths import failure, native_path
from .read_only import refuse_read_only
from .strings import text_arg
from .text_encodings import decoded_text, forced_encoding, marked_text, saved_bytes
from .whole_files import open_whole

family = Family("Files")


def _path(value: object) -> str:
    """Windows paths mapped on POSIX (paths.native_path)."""
    return native_path(value)


@family.function("fFileExist", "fFichierExiste")
def file_exist(rt: Runtime, path: TextArg) -> bool:
    """True if `path` names an existing file or folder."""
    return os.path.exists(_path(text_arg(path, "fFileExist")))


@family.function("fLoadText", "fChargeTexte", can_fail=True)
def load_text(rt: Runtime, path: TextArg, encoding: object = 0) -> str:
    """The content of a text file (a UTF-8 or UTF-16 LE byte-order mark decides, else
    UTF-8, else Windows-1252; foAnsi, foUnicode or foUTF8 as second parameter forces
    one); "" and ErrorOccurred on failure."""
    forced = forced_encoding(V.to_int(encoding))
    name = _path(text_arg(path, "fLoadText"))
    longest = max_string()
    try:  # a UTF-8 character takes at most 4 bytes: more is too long whatever it holds
        with open_whole(name) as f:
            data = f.read(4 * longest + 4)
    except (OSError, ValueError) as exc:  # ValueError: a NUL or unencodable character
        raise failure("fLoadText", "read", V.to_str(path), exc, "") from None
    text = decoded_text(data, forced)
    if len(text) > longest:  # non-fatal, like any file that cannot be loaded
        raise BuiltinFailure(f"fLoadText: cannot read '{V.to_str(path)}': the file holds more than "
                             f"{longest:,} characters (see --max-string).", value="")
    return text


@family.function("fSaveText", "fSauveTexte", can_fail=True)
def save_text(rt: Runtime, path: TextArg, text: BytesArg, encoding: object = 0) -> bool:
    """Write `text` to a file (UTF-8; see saved_bytes: a binary Buffer kept in a string,
    s = buf, is its bytes, it was UTF-8 and a PNG damaged), replacing it; foAnsi, foUnicode or
    foUTF8 as third parameter writes that encoding, the last two with their byte-order
    mark, as fLoadText's second parameter reads it (docs/builtins.md, "fSaveText's
    encoding"); False and ErrorOccurred on failure. A Buffer is the file's bytes, written
    as they are whatever the encoding (no byte-order mark: docs/builtins.md "Encodings")."""
    name = native_path(text_arg(path, "fSaveText"), new=True)  # written: its name as written
    forced = forced_encoding(V.to_int(encoding))
    data = marked_text(V.to_str(text), forced) if forced and type(text) is not V.BufferText \
        else saved_bytes(text)
    try:
        refuse_read_only(name)
        with open(name, "wb") as f:
            f.write(data)
    except (OSError, ValueError) as exc:
        raise failure("fSaveText", "write", V.to_str(path), exc, False) from None
    created(name)
    return True


# fDelete's options (PC SOFT's constant names, frLectureSeule and frVersCorbeille; the
# values and the English frRecycleBin are ours: docs/builtins.md "fDelete's option")
FR_READ_ONLY = family.constant("frReadOnly", "frLectureSeule", 16)
FR_RECYCLE_BIN = family.constant("frRecycleBin", "frVersCorbeille", 32)


@family.function("fDelete", "fSupprime", can_fail=True)
def delete(rt: Runtime, path: TextArg, option: object = 0) -> bool:
    """Delete a file, or every file of a folder whose name matches the `*` and `?` of the
    name given (`C:\\Temp\\*.tmp`, as fListFile matches them; folders are left); False and
    ErrorOccurred when one cannot be deleted (the ones before it are gone) or none
    matches (docs/builtins.md, "fDelete with wildcards"). A read-only file is deleted
    only with frReadOnly, as Windows refuses to delete one; frRecycleBin is refused:
    there is no recycle bin to put the file in (docs/builtins.md "fDelete's option")."""
    shown = text_arg(path, "fDelete")
    opt = V.to_int(option) if option else 0
    if opt & FR_RECYCLE_BIN:
        raise BuiltinFailure("fDelete: frRecycleBin: wlinterp has no recycle bin to move "
                             f"'{shown}' to; the file is left.", value=False)
    found = wildcard_files("fDelete", shown)
    for name in [_path(shown)] if found is None else found:
        _remove(name, bool(opt & FR_READ_ONLY), shown if found is None else written_in(shown, name))
    return True


def _remove(name: str, read_only_too: bool, shown: str) -> None:
    """Delete the file `name`; a failure names it as the program wrote it (`shown`)."""
    try:
        if not read_only_too and os.path.isfile(name) and not os.stat(name).st_mode & 0o222:
            raise PermissionError(13, "the file is read-only (frReadOnly deletes it)")
        os.remove(name)
    except (OSError, ValueError) as exc:
        raise failure("fDelete", "delete", shown, exc, False) from None


@family.function("fExeDir", "fRepExe")
def exe_dir(rt: Runtime) -> str:
    """The folder of the running script (the current folder for `-c` and stdin)."""
    if rt.filename.startswith("<"):
        return os.getcwd()
    return os.path.dirname(os.path.abspath(rt.filename))


@family.function("fCurrentDir", "fRepEnCours", can_fail=True)
def current_dir(rt: Runtime, folder: TextArg | None = None) -> str:
    """The current folder; given a folder, it becomes the current folder (of the whole
    process, as in WINDEV) and the new one is returned; "" and ErrorOccurred when it
    cannot be (docs/builtins.md, "fCurrentDir with a folder": INFERRED)."""
    if folder is not None:
        name = _path(folder)
        try:
            os.chdir(name)
        except (OSError, ValueError) as exc:
            raise failure("fCurrentDir", "change to", V.to_str(folder), exc, "") from None
    return os.getcwd()
