"""The application's own data folders, per user and common to all users:
fDataDirUser/fRepDonnéesUtilisateur, fDataDirCommon/fRepDonnéesCommun and
fCacheDir/fRepCache.

WINDEV answers with the Windows folders of the running application (under the user's
AppData and under ProgramData). On Linux and macOS wlinterp answers with the XDG base
folders SysDir already maps (stdlib/system_dirs.py), followed by the program's name (the
script's file name without its extension, ProjectInfo(piProjectName)):
- fDataDirUser: $XDG_DATA_HOME/<program> (default ~/.local/share/<program>);
- fDataDirCommon: /var/lib/<program> (SysDir(srCommonAppData));
- fCacheDir: $XDG_CACHE_HOME/<program> (default ~/.cache/<program>).
fDataDirUser and fDataDirCommon create the folder when it does not exist (fddDefault, the
default) or only name it (fddWithoutCreation), as "Constants for the external files"
?3036008 states; fCacheDir only names it. French names INFERRED (PC SOFT's French list),
English names VERIFIED on ?3036008 for fDataDirUser/fDataDirCommon, INFERRED for the
others; the mapping is *decided* (docs/builtins.md "Application folders").
"""
from __future__ import annotations

import os

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .strings import int_arg
from .system_dirs import _xdg

family = Family("Application folders")

FDD_DEFAULT = family.constant("fddDefault", "fddDéfaut", 0)
FDD_WITHOUT_CREATION = family.constant("fddWithoutCreation", "fddSansCréation", 1)


def _program(rt: Runtime) -> str:
    name = os.path.basename(rt.filename or "")
    return "" if name.startswith("<") else os.path.splitext(name)[0]


def _under(base: str, rt: Runtime) -> str:
    program = _program(rt)
    return os.path.join(base, program) if program else base


def _created(fname: str, folder: str, option: object) -> str:
    """`folder`, made first (with its parents) unless `option` is fddWithoutCreation;
    a folder that cannot be made is a non-fatal error that still answers its name."""
    if int_arg(option, fname) != FDD_WITHOUT_CREATION:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise BuiltinFailure(f"{fname}: the folder '{folder}' cannot be created "
                                 f"({exc.strerror or exc}).", value=folder) from None
    return folder


@family.function("fDataDirUser", "fRepDonnéesUtilisateur", can_fail=True)
def data_dir_user(rt: Runtime, option: object = FDD_DEFAULT) -> str:
    """The program's data folder for the current user (created unless told not to)."""
    return _created("fDataDirUser", _under(_xdg("XDG_DATA_HOME", ".local/share")(), rt),
                    option)


@family.function("fDataDirCommon", "fRepDonnéesCommun", can_fail=True)
def data_dir_common(rt: Runtime, option: object = FDD_DEFAULT) -> str:
    """The program's data folder shared by every user of the computer (created unless
    told not to)."""
    return _created("fDataDirCommon", _under("/var/lib", rt), option)


@family.function("fCacheDir", "fRepCache")
def cache_dir(rt: Runtime) -> str:
    """The program's cache folder for the current user."""
    return _under(_xdg("XDG_CACHE_HOME", ".cache")(), rt)


# fGlobalDirUser / fGlobalDirCommon (fRepGlobalUtilisateur / fRepGlobalCommun, PC SOFT's
# French list; no stored page, English names INFERRED): *decided* as the data folders
# above without the program's own sub-folder, the folder every program of the user (or
# of the computer) shares: $XDG_DATA_HOME (~/.local/share) and /var/lib.

@family.function("fGlobalDirUser", "fRepGlobalUtilisateur")
def global_dir_user(rt: Runtime) -> str:
    """The data folder all the programs of the current user share."""
    return _xdg("XDG_DATA_HOME", ".local/share")()


@family.function("fGlobalDirCommon", "fRepGlobalCommun")
def global_dir_common(rt: Runtime) -> str:
    """The data folder all the programs of the computer share."""
    return "/var/lib"
