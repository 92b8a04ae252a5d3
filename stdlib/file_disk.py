"""Links, disks and the read-only attribute: fCreateLink/fCréeLien (with fSymbolicLink/
fLienSymbolique and fHardLink/fLienPhysique), fDriveInfo/fDisqueInfo (also
fDiskInfo; with fdFreeSpace/fdEspaceLibre, fdTotalSpace/fdEspaceTotal, fdDriveType and
fdFileNameSize), fAttributeReadOnly/fAttributLectureSeule and fDirAttribute/fRepAttribut.

Failures are non-fatal, as for every file function (False, -1 or "ERR", ErrorOccurred,
ErrorInfo naming the path). Decisions: docs/builtins.md, "Links, disks, run modes".
"""
from __future__ import annotations

import os
import shutil

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, IntArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .file_dirs import _attributes, _set_read_only
from .paths import failure, native_path
from .strings import int_arg, text_arg

family = Family("Links and disks")

F_SYMBOLIC_LINK = family.constant("fSymbolicLink", "fLienSymbolique", 1)
F_HARD_LINK = family.constant("fHardLink", "fLienPhysique", 2)
FD_FREE_SPACE = family.constant("fdFreeSpace", "fdEspaceLibre", 1)
FD_TOTAL_SPACE = family.constant("fdTotalSpace", "fdEspaceTotal", 2)
FD_DRIVE_TYPE = family.constant("fdDriveType", "fdTypeDisque", 3)
FD_FILE_NAME_SIZE = family.constant("fdFileNameSize", "fdTailleNomFichier", 4)
FD_FIXED = family.constant("fdFixed", "fdFixe", 1)
FD_CDROM = family.constant("fdCDRom", "fdCDRom", 2)
_OPTICAL = frozenset({"iso9660", "udf"})


@family.function("fCreateLink", "fCréeLien", can_fail=True)
def create_link(rt: Runtime, target: TextArg, link: TextArg,
                kind: IntArg = F_SYMBOLIC_LINK) -> bool:
    """Create `link`, a symbolic link (default) or a hard link (fHardLink) to the
    existing file or folder `target`; an existing `link` is refused."""
    src, dst = native_path(text_arg(target, "fCreateLink")), native_path(text_arg(link, "fCreateLink"))
    k = int_arg(kind, "fCreateLink")
    if k not in (F_SYMBOLIC_LINK, F_HARD_LINK):
        raise BuiltinFailure(f"fCreateLink: {k} is not fSymbolicLink or fHardLink.",
                             value=False)
    try:
        if not os.path.exists(src):
            raise FileNotFoundError(2, "the target does not exist")
        if os.path.lexists(dst):
            raise FileExistsError(17, "the link already exists")
        if k == F_HARD_LINK:
            os.link(src, dst)
        else:
            os.symlink(os.path.abspath(src), dst, target_is_directory=os.path.isdir(src))
    except (OSError, ValueError) as exc:
        raise failure("fCreateLink", "link to", V.to_str(target), exc, False) from None
    return True


def _mount_type(name: str) -> str:
    """The file system type of the mount holding `name` (/proc/mounts; "" elsewhere)."""
    best, kind = "", ""
    real = os.path.realpath(name)
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.split()
                if len(parts) > 2 and (real == parts[1] or real.startswith(
                        parts[1].rstrip("/") + "/")) and len(parts[1]) >= len(best):
                    best, kind = parts[1], parts[2]
    except OSError:
        return ""
    return kind


def _disk_answer(name: str, what: int) -> int:
    """One fDriveInfo answer for the disk holding `name` (OSError when unreadable)."""
    if what == FD_FILE_NAME_SIZE:
        return int(os.statvfs(name).f_namemax)
    if what == FD_DRIVE_TYPE:
        if not os.path.exists(name):
            raise FileNotFoundError(2, "no such file or folder")
        return FD_CDROM if _mount_type(name) in _OPTICAL else FD_FIXED
    usage = shutil.disk_usage(name)
    return int(usage.free if what == FD_FREE_SPACE else usage.total)


@family.function("fDriveInfo", "fDisqueInfo", "fDiskInfo", can_fail=True)
def disk_info(rt: Runtime, path: TextArg, info: IntArg) -> int:
    """What ?3036008 lists for fDriveInfo about the disk that holds `path`: its free
    (fdFreeSpace) or total (fdTotalSpace) size in bytes, its type (fdDriveType: fdCDRom
    for an optical disc, else fdFixed) or the longest file name it takes
    (fdFileNameSize); -1 (and ErrorOccurred) when it cannot be read."""
    name, what = native_path(text_arg(path, "fDriveInfo")) or ".", int_arg(info, "fDriveInfo")
    if what not in (FD_FREE_SPACE, FD_TOTAL_SPACE, FD_DRIVE_TYPE, FD_FILE_NAME_SIZE):
        raise BuiltinFailure(f"fDriveInfo: {what} is not fdFreeSpace, fdTotalSpace, "
                             "fdDriveType or fdFileNameSize.", value=-1)
    try:
        return _disk_answer(name, what)
    except (OSError, ValueError) as exc:
        raise failure("fDriveInfo", "read the disk of", V.to_str(path), exc, -1) from None


@family.function("fAttributeReadOnly", "fAttributLectureSeule", can_fail=True)
def attribute_read_only(rt: Runtime, path: TextArg, read_only: object = None) -> bool:
    """Without a second argument: True when the file is read-only. With one: makes it
    read-only (True) or writable (False) and returns its previous status, True when it
    was read-only (VERIFIED ?3036063: "Previous status of the file"; it returned True
    whatever the status was)."""
    name = native_path(text_arg(path, "fAttributeReadOnly"))
    try:
        was = "R" in _attributes(name)
        if read_only is not None:
            _set_read_only(name, V.to_bool(read_only))
    except (OSError, ValueError) as exc:
        raise failure("fAttributeReadOnly", "change the attributes of", V.to_str(path), exc,
                      False) from None
    return was


@family.function("fDirAttribute", "fRepAttribut", can_fail=True)
def dir_attribute(rt: Runtime, path: TextArg) -> str:
    """fAttribute for a folder: its letters ("D", "RD", "HD"...), "ERR" when `path` is
    not a folder."""
    name = native_path(text_arg(path, "fDirAttribute"))
    try:
        if not os.path.isdir(name):
            raise NotADirectoryError(20, "not a folder")
        return _attributes(name)
    except (OSError, ValueError) as exc:
        raise failure("fDirAttribute", "read the attributes of", V.to_str(path), exc, "ERR") from None


# -- drives: POSIX has one root, "/" (docs/builtins.md "Drives, short names") ----------
@family.function("fListDisk", "fListeDisque")
def list_disk(rt: Runtime) -> str:
    """The drives: on POSIX the one root "/" (a drive letter in a path is mapped to it,
    stdlib/paths.py); other disks are folders under it."""
    return "/"


@family.function("fCurrentDrive", "fDisqueEnCours")
def current_drive(rt: Runtime) -> str:
    """The drive of the current folder: the root "/" on POSIX."""
    return "/"


@family.function("fDriveReady", "fDisquePrêt")
def drive_ready(rt: Runtime, drive: TextArg) -> bool:
    """Whether the drive (a letter such as "C:" maps to "/", a mount point is a folder)
    can be read: it is an existing folder."""
    return os.path.isdir(native_path(text_arg(drive, "fDriveReady")) or "/")
