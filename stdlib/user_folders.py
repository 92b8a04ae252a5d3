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
The folder is named, not created (as SysDir; fMakeDir creates it). No stored help page:
French names INFERRED (PC SOFT's French list), English names INFERRED from the family's
pattern (fRepDonnées is fDataDir); the mapping is *decided* (docs/builtins.md
"Application folders").
"""
from __future__ import annotations

import os

from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .system_dirs import _xdg

family = Family("Application folders")


def _program(rt: Runtime) -> str:
    name = os.path.basename(rt.filename or "")
    return "" if name.startswith("<") else os.path.splitext(name)[0]


def _under(base: str, rt: Runtime) -> str:
    program = _program(rt)
    return os.path.join(base, program) if program else base


@family.function("fDataDirUser", "fRepDonnéesUtilisateur")
def data_dir_user(rt: Runtime) -> str:
    """The program's data folder for the current user."""
    return _under(_xdg("XDG_DATA_HOME", ".local/share")(), rt)


@family.function("fDataDirCommon", "fRepDonnéesCommun")
def data_dir_common(rt: Runtime) -> str:
    """The program's data folder shared by every user of the computer."""
    return _under("/var/lib", rt)


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
