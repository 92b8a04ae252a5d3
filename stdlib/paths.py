"""Paths and folders: fExtractPath/fExtraitChemin, fBuildPath/fConstruitChemin,
fParentDir/fRepParent, fBuildRelativePath/fRelativise, fSeparator/fSéparateur, CompleteDir/
CompleteRep, fDirectoryExist/fRépertoireExiste, fMakeDir/fRepCrée, fRemoveDir/fRepSupprime,
fDataDir, fTempPath, fTempFile, and the masks as Windows reads them (`mask_matches`);
listing a folder (fListFile, fListDirectory, the files a mask stands for) is
file_listing.py.

Windows paths on POSIX (`native_path`, wlinterp/native_paths.py, used by every file function
and by e-mail attachments): backslashes become slashes, and a drive letter `C:` is dropped, so `C:\\Temp\\a.txt` is `/Temp/a.txt` and
`Data\\a.txt` stays relative (`Data/a.txt`). Setting `WL_DRIVE_ROOT=/some/dir` maps every
drive letter under that folder instead (`/some/dir/Temp/a.txt`), so ported code that
hard-codes `C:\\...` can be run in a sandbox. On Windows paths are used as given.
"""
from __future__ import annotations

import fnmatch
import io
import os
import re
import shutil
import tempfile

from wlinterp.digits import ascii_digits
from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.native_paths import DRIVE, native_path
from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .path_pieces import split_path
from .strings import text_arg

family = Family("Paths")

# VERIFIED in WINDEV Mobile's generated Java for fExtraitChemin (code search ids
# 9370336454, 44849275280, 45154242104): fFichier 4, fExtension 8, fDisque + fRépertoire 3.
F_DRIVE = family.constant("fDrive", "fDisque", 1)
F_DIRECTORY = family.constant("fDirectory", "fRépertoire", 2)
F_FILE_NAME = family.constant("fFileName", "fFichier", 4, "fFile")  # fFile: newer pages
F_EXTENSION = family.constant("fExtension", "fExtension", 8)
FREL_ALL = family.constant("frelAll", "frelTout", 0)
FREL_SUBDIRECTORY_ONLY = family.constant("frelSubdirectoryOnly", "frelSousRépertoireUniquement", 1)
# VERIFIED (generated Java for fRepSupprime / fListeFichier, ids 45154242104, 9470398749)
FR_RECURSIVE = family.constant("frRecursive", "frRécursif", 1)
FR_NOT_RECURSIVE = family.constant("frNotRecursive", "frNonRécursif", 2)
# VERIFIED 4 (generated Java for `frRécursif + frInterruptible`, 5: ids 44625804437,
# 44645156198), the same name in French code; accepted: a listing is stopped as any run is
# (Ctrl-C, --timeout), there is no user's interruption key to honour (docs/builtins.md)
FR_INTERRUPTIBLE = family.constant("frInterruptible", "frInterruptible", 4)
# PC SOFT's constants page (?3036008) names fdFullInformation for fListFile; its value
# and French name are ours, its lines DECIDED (stdlib/file_information.py)
FD_FULL_INFORMATION = family.constant("fdFullInformation", "fdInformationComplète", 8)



def failure(fname: str, what: str, path: str, exc: Exception, value: object) -> BuiltinFailure:
    """The non-fatal error of a file function (`fOpen: cannot open 'x': No such file.`).
    `path` is the path as the program wrote it (`D:\\Data\\x.csv`, not the host's
    `/Data/x.csv`: docs/builtins.md "Windows paths on POSIX"). A path with a NUL
    character or an unencodable character is a ValueError, reported the same way."""
    return BuiltinFailure(f"{fname}: cannot {what} '{path}': {reason(exc)}.", value=value)


def reason(exc: Exception) -> str:
    """Why a file could not be used: the system's words, or "invalid path" for the
    ValueError of a path holding a NUL (or an unencodable) character; writing to a file
    opened for reading only said "invalid path" too."""
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list):
        return _copy_errors(exc.args[0])
    if isinstance(exc, io.UnsupportedOperation) and "seekable" in str(exc):
        return "it is a stream that cannot move (a named pipe)"  # pipe_streams.py
    if isinstance(exc, io.UnsupportedOperation):  # (an OSError and a ValueError)
        return ("the file was not opened for " + ("writing" if "writ" in str(exc) else
                                                  "reading") + " (fOpen's mode)")
    return getattr(exc, "strerror", None) or ("invalid path" if isinstance(exc, ValueError)
                                              else str(exc))


def _copy_errors(errors: list[tuple[str, str, str]]) -> str:
    """A folder copy's failures (shutil.Error's list of (source, destination, why)) in
    one sentence: how many, and the first file's name and reason; its words were the
    Python list itself, every host path of it, a thousand characters and more."""
    source, _, why = errors[0]
    name = os.path.basename(source)
    why = re.sub(r"^\[Errno \d+\] ", "", str(why)).split(": '")[0].replace(source, name)
    more = f" ({len(errors)} files could not be copied)" if len(errors) > 1 else ""
    return f"'{name}': {why}{more}"


# fSeparator's kinds, numbered as PC SOFT's runtime reads them (its fSeparateur: 0 the
# system's separator, 1 `\\`, 2 `/`); which name is which number is INFERRED
SEPARATOR_SYSTEM = 0
SEPARATOR_WINDOWS = family.constant("fSeparatorWindows", "fSéparateurWindows", 1)
SEPARATOR_UNIX = family.constant("fSeparatorUnix", "fSéparateurUnix", 2)
_SEPARATORS = {SEPARATOR_SYSTEM: os.sep, SEPARATOR_WINDOWS: "\\", SEPARATOR_UNIX: "/"}


@family.function("fSeparator", "fSéparateur", "fSep")
def separator(rt: Runtime, path: TextArg = None, kind: object = None) -> str:
    """`path` with its separators (`\\` and `/`) turned into the system's, as PC SOFT's
    runtime does (its fSeparateur(path) is fSeparateur(path, 0)): code written on Windows
    builds paths that then work here. With a kind, into that kind's: fSeparatorUnix `/`
    (PC SOFT's example builds a file:/// URL so), fSeparatorWindows `\\`, or a text given
    as the separator. Without a path (fSep()), the system's separator itself (docs/
    builtins.md "fSeparator with a kind")."""
    if path is None:
        return os.sep
    text = text_arg(path, "fSeparator")
    if kind is None or isinstance(kind, str) and not ascii_digits(kind.strip()):
        sep = os.sep if kind is None else V.to_str(kind)
    else:
        found = _SEPARATORS.get(V.to_int(kind))
        if found is None:
            raise WLRuntimeError(f"fSeparator: {V.to_int(kind)} is not a kind of separator "
                                 "(fSeparatorUnix, fSeparatorWindows).")
        sep = found
    return re.sub(r"[\\/]", lambda _m: sep, text)


@family.function("CompleteDir", "CompleteRep", "fCompleteDir")
def complete_dir(rt: Runtime, path: TextArg) -> str:
    """`path` ending with a separator (the one it already uses, else the system's; a
    drive letter alone, `C:`, takes `\\`: it gave `C:/`, INFERRED FS 7 Dec 2026)."""
    text = text_arg(path, "CompleteDir")
    if not text or text.endswith(("/", "\\")):
        return text
    return text + ("\\" if "\\" in text or len(text) == 2 and DRIVE.match(text) else os.sep)


@family.function("UncompleteDir", "DécompleteRep", "fUncompleteDir")
def uncomplete_dir(rt: Runtime, path: TextArg) -> str:
    """`path` without its final separator (a root such as `/` is kept)."""
    text = text_arg(path, "UncompleteDir")
    stripped = text.rstrip("/\\")
    return stripped if stripped and not stripped.endswith(":") else text[:len(stripped) + 1]


@family.function("fExtractPath", "fExtraitChemin")
def extract_path(rt: Runtime, path: TextArg, parts: NumberArg) -> str:
    """The requested parts of `path`, added together: fDrive ("C:"), fDirectory (with its
    final separator), fFileName (without extension), fExtension (with its dot)."""
    return pick_parts(split_path(text_arg(path, "fExtractPath")), parts)


def pick_parts(pieces: tuple[str, str, str, str], parts: object) -> str:
    """The pieces (drive, directory, name, extension) the fDrive/fDirectory/fFileName/
    fExtension flags added together in `parts` ask for (URLExtractPath's too)."""
    wanted = V.to_int(parts)
    flags = (F_DRIVE, F_DIRECTORY, F_FILE_NAME, F_EXTENSION)
    return "".join(p for p, f in zip(pieces, flags) if wanted & f)


@family.function("fBuildPath", "fConstruitChemin")
def build_path(rt: Runtime, directory: object, name: TextArg, extension: TextArg = "") -> str:
    """`directory`, a separator if it has none at its end (the one it uses, else the
    system's), `name`, and `extension` with a dot put before it when missing. Text only:
    nothing is checked on disk."""
    ext = text_arg(extension, "fBuildPath")
    if ext and not ext.startswith("."):
        ext = "." + ext
    folder, text = complete_dir(rt, directory), text_arg(name, "fBuildPath")
    if folder:  # `\Temp\a.txt` after `C:` is one separator, not two (INFERRED)
        text = text.lstrip("/\\")
    return folder + text + ext


@family.function("fParentDir", "fRepParent")
def parent_dir(rt: Runtime, path: TextArg) -> str:
    """The folder holding `path` (a file or a folder, with or without its final
    separator), without a final separator except for a root ("C:\\", "/"); "" when the
    path has no parent (a root, or a bare name). Text only: nothing is checked on disk."""
    text = text_arg(path, "fParentDir")
    drive, directory, _, _ = split_path(text.rstrip("/\\") or text)
    if not text.rstrip("/\\") or not directory:
        return ""
    parent = directory.rstrip("/\\")
    return drive + (parent if parent else directory[:1])


def _parts(path: str) -> tuple[str, list[str]]:
    """(drive or root, folder names) of a path, `.` parts dropped."""
    drive, rest = ("", path)
    m = DRIVE.match(path)
    if m:
        drive, rest = m.group(0), path[2:]
    root = drive + ("\\" if rest[:1] in ("\\", "/") else "")
    return root, [p for p in re.split(r"[\\/]", rest) if p and p != "."]


@family.function("fBuildRelativePath", "fRelativise")
def build_relative_path(rt: Runtime, path: TextArg, reference: TextArg,
                        mode: object = FREL_ALL) -> str:
    """`path` relative to the folder `reference`: ".\\sub\\file" below it, "..\\x\\file"
    beside it (help page ?1410088420's examples). The path itself is returned when no
    relative path exists (another drive or root), and with frelSubdirectoryOnly when
    `path` is not below `reference`. Names compare ignoring case for Windows paths.
    Text only: nothing is checked on disk."""
    text, ref = text_arg(path, "fBuildRelativePath"), text_arg(reference, "fBuildRelativePath")
    sep = "\\" if "\\" in text or DRIVE.match(text) else "/"
    windows = sep == "\\" or "\\" in ref or bool(DRIVE.match(ref))
    key = (lambda p: p.lower()) if windows else (lambda p: p)
    (root, names), (ref_root, ref_names) = _parts(text), _parts(ref)
    if key(root).replace("/", "\\") != key(ref_root).replace("/", "\\"):
        return text
    common = 0
    while (common < min(len(names), len(ref_names))
           and key(names[common]) == key(ref_names[common])):
        common += 1
    ups = len(ref_names) - common
    if ups and V.to_int(mode) == FREL_SUBDIRECTORY_ONLY:
        return text
    rest = names[common:]
    return sep.join([".."] * ups + rest) if ups else sep.join(["."] + rest)


@family.function("fDirectoryExist", "fRépertoireExiste", "fDirExist", "fRepExiste")
def directory_exist(rt: Runtime, path: TextArg) -> bool:
    """True when `path` names an existing folder."""
    try:
        return os.path.isdir(native_path(text_arg(path, "fDirectoryExist")))
    except ValueError:
        return False


@family.function("fMakeDir", "fRepCrée", can_fail=True)
def make_dir(rt: Runtime, path: TextArg) -> bool:
    """Create a folder and any missing parent; True also when it already exists."""
    name = native_path(text_arg(path, "fMakeDir"))
    try:
        os.makedirs(name, exist_ok=True)
    except (OSError, ValueError) as exc:
        raise failure("fMakeDir", "create the folder", V.to_str(path), exc, False) from None
    return True


@family.function("fRemoveDir", "fRepSupprime", can_fail=True)
def remove_dir(rt: Runtime, path: TextArg, options: object = FR_NOT_RECURSIVE) -> bool:
    """Remove a folder: an empty one, or with frRecursive everything it contains."""
    name = native_path(text_arg(path, "fRemoveDir"))
    try:
        if V.to_int(options) & FR_RECURSIVE:
            if os.path.islink(name):
                raise NotADirectoryError(20, "Not a directory")
            shutil.rmtree(name)
        else:
            os.rmdir(name)
    except (OSError, ValueError) as exc:
        raise failure("fRemoveDir", "remove the folder", V.to_str(path), exc, False) from None
    return True


def mask_matches(name: str, mask: str) -> bool:
    """Does the file name match the `*`/`?` mask as Windows matches it, where WINDEV
    programs are written: case ignored, and `*.*` every name, with or without a dot
    (docs/builtins.md "Masks as Windows reads them"). Also FTPListFile's. Only `*` and
    `?` are wildcards there: `[` is a letter of the name (fDelete("r [1]*") deleted
    "r 1.txt", fnmatch reading [1] as a set of letters)."""
    if mask == "*.*":
        return True
    return fnmatch.fnmatchcase(name.casefold(), mask.casefold().replace("[", "[[]"))


@family.function("fDataDir", "fRepDonnées")
def data_dir(rt: Runtime) -> str:
    """The data folder: the current folder, where WINDEV looks for data files by default."""
    return os.getcwd()


@family.function("fTempPath", "fRepTemp", "fRépertoireTemp")
def temp_path(rt: Runtime) -> str:
    """The system's folder for temporary files (TMPDIR, else /tmp)."""
    return tempfile.gettempdir()


@family.function("fTempFile", "fFichierTemp", can_fail=True)
def temp_file(rt: Runtime, prefix: TextArg = "", folder: TextArg = None) -> str:
    """The name of a new, empty temporary file (created, so the name stays unique)."""
    where = tempfile.gettempdir() if folder is None \
        else native_path(text_arg(folder, "fTempFile"))
    try:
        fd, name = tempfile.mkstemp(prefix=text_arg(prefix, "fTempFile")[:3] or "wl", dir=where)
    except (OSError, ValueError) as exc:
        raise failure("fTempFile", "create a file in", where if folder is None
                      else V.to_str(folder), exc, "") from None
    os.close(fd)
    return name
