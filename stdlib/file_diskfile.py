"""The `DiskFile` type (`FichierDisque`, WINDEV 28): an external file held by a variable.

`f is DiskFile` then `f = fOpen(path, mode)` (the handle fOpen returns becomes the
variable's file) or `ok = f.Open(path, mode)` (True when the file opened). Its other
methods are the external-file functions with their `f` dropped (`f.ReadLine()` is
`fReadLine(f)`, `f.Close()` is `fClose(f)`), and a DiskFile stands for its handle wherever
a function takes one (`fReadLine(f)`). VERIFIED shape: the help pages of `.Open`
(?1410090197), `.ReadLine` (?1410089045) and fReadLine (?3036031) show these three forms.
"""
from __future__ import annotations

import inspect
from typing import Any, Callable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, load_stdlib, report_failure
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .file_handles import is_open, written_path

family = Family("External files (DiskFile type)")

# the first parameter of the f* functions that take a file's path (fSize's `path`...)
_PATH_PARAMETERS = ("path", "source", "old", "first")
# a failure's value by the function's result type (fFileExist: False, fLoadText: "")
_FAILED = {"bool": False, "str": ""}
# `.Open` / `.Ouvre`, `.Create` / `.Crée`: (least, most) parameters, the path and the
# mode or the creation options (?1410090197, ?1410090211); the variable is not counted
DETACHED_COUNTS = {"open": (1, 2), "ouvre": (1, 2), "create": (1, 2), "cree": (1, 2)}
_NO_FILE = "{}: the DiskFile names no file: open or create it with .Open or .Create first."


class WLDiskFile:
    """A DiskFile variable: the handle of the file it designates (-1: none)."""

    wl_type_name = "DiskFile"
    wl_method_kind = "diskfile"  # f.ReadLine() is fReadLine(f) (runtime/value_methods.py)

    def __init__(self, handle: int = -1) -> None:
        self.handle = handle
        self.path: object = ""  # the file `.Open` / `.Create` named, for `.Delete`

    def wl_num(self) -> int:
        """The handle, for the f* functions that take one (`fReadLine(f)`)."""
        return self.handle

    def wl_text(self) -> str:
        return str(self.handle)

    def copy(self) -> "WLDiskFile":
        return self  # a second variable designates the same open file (decided)

    def wl_own_method(self, rt: Runtime, name: str) -> Callable[..., Any] | None:
        """`.Open` / `.Ouvre` and `.Create` / `.Crée` fill the variable and return a
        boolean; `.WriteLine` / `.EcritLigne` returns a boolean (?1410089042: True when
        the line was written; fWriteLine's count, -1 on failure, would read as True);
        every other method is the f* function of that name (None here)."""
        key = fold(name)
        if key in DETACHED_COUNTS:  # `.Open(path [, mode])`: the file is not counted
            function = "fopen" if key in ("open", "ouvre") else "fcreate"
            return lambda *args: self._attach(rt, function, *_counted(name, args))
        if key in ("writeline", "ecritligne"):
            return lambda *args: V.to_int(
                load_stdlib().functions["fwriteline"].call(rt, self, *args)) != -1
        if key in ("close", "ferme"):
            return lambda: self._close(rt)
        if key in ("delete", "supprime"):
            return lambda *args: self._delete(rt, *args)
        builtin = load_stdlib().functions.get("f" + key)
        if builtin is not None and _takes_path(builtin):
            return lambda *args: self._by_path(rt, builtin, *args)
        return None

    def _close(self, rt: Runtime) -> bool:
        """`.Close()` / `.Ferme()`: True when the file was closed, False with
        ErrorOccurred when the variable holds no open file (*decided*, INFERRED from
        `.Open`, `.Create` and `.WriteLine`, whose pages give a boolean: no stored page
        shows `.Close`; it gave fClose's 0, read as False in `IF f.Close() THEN`)."""
        return V.to_int(load_stdlib().functions["fclose"].call(rt, self)) != -1

    def _by_path(self, rt: Runtime, builtin: Any, *args: object) -> Any:
        """A method whose function takes a path: that function given the file's path
        (`f.Size()` is fSize of the file the variable was opened on; given the handle,
        fSize read a file named "5"), *decided*, INFERRED: no stored page lists the
        type's methods. No file: a non-fatal error, the function's failure value."""
        path = self.path
        if not V.to_str(path) and is_open(rt, self.handle):
            path = written_path(rt, self.handle)  # `f = fOpen(path)`: fOpen's path
        if not V.to_str(path):
            rt.clear_error()
            result = inspect.signature(builtin.func).return_annotation
            return report_failure(rt, BuiltinFailure(_NO_FILE.format(builtin.en),
                                                     value=_FAILED.get(result, -1)))
        return builtin.call(rt, path, *args)

    def _delete(self, rt: Runtime, *args: object) -> bool:
        """`.Delete()` / `.Supprime()`: the file the variable was opened or created on,
        closed first (Windows deletes no open file); fDelete given the handle would
        delete a file named "5" (*decided*, INFERRED: docs/builtins.md "The DiskFile
        type")."""
        functions = load_stdlib().functions
        if not V.to_str(self.path):
            return bool(report_failure(rt, BuiltinFailure(_NO_FILE.format("fDelete"),
                                                          value=False)))
        if is_open(rt, self.handle):
            functions["fclose"].call(rt, self)
        self.handle = -1
        return V.to_bool(functions["fdelete"].call(rt, self.path, *args))

    def _attach(self, rt: Runtime, function: str, *args: object) -> bool:
        self.handle = V.to_int(load_stdlib().functions[function].call(rt, *args))
        if self.handle != -1:
            self.path = args[0]
        return self.handle != -1


def detached_count_message(name: str, given: int) -> str | None:
    """The words of `.Open()` / `.Create()` given a count they do not take (the file
    variable is not one of them, as it is for the other methods), None when it fits:
    the run's error and wl check's WL104 (semantics/value_method_calls.py)."""
    low, high = DETACHED_COUNTS[fold(name)]
    if low <= given <= high:
        return None
    return (f"The method .{name}() expects {low} to {high} parameter(s) (the file's path, "
            f"then its mode or options), but received {given}")


def _counted(name: str, args: tuple[object, ...]) -> tuple[object, ...]:
    """`args` of `.Open` / `.Create`, or the run's error when their count does not fit
    (`f.Open()` was an internal error: fOpen given no path)."""
    wrong = detached_count_message(name, len(args))
    if wrong is not None:
        raise WLRuntimeError(wrong + ".")
    return args


def _takes_path(builtin: Any) -> bool:
    """Does this f* function take a file's path first (fSize, fDate, fFileExist,
    fCopyFile...), not an open file's handle (fReadLine, fSeek), a folder, a mask or a
    prefix (fCurrentDir, fListFile, fTempFile)? Told by its first parameter's name."""
    params = list(inspect.signature(builtin.func).parameters)[1:]
    return bool(params) and params[0] in _PATH_PARAMETERS


def _new(rt: Runtime) -> WLDiskFile:
    return WLDiskFile()


def _from_value(value: object) -> WLDiskFile:
    """`f = fOpen(...)`: the handle assigned becomes the variable's file."""
    return value if isinstance(value, WLDiskFile) else WLDiskFile(V.to_int(value))


setattr(_new, "wl_from_value", _from_value)
setattr(_new, "wl_method_kind", WLDiskFile.wl_method_kind)  # (for wl check: f.Seek is fSeek)
setattr(_new, "wl_detached_count", detached_count_message)  # (for wl check: f.Open's count)
family.type("DiskFile", "FichierDisque", _new)
