"""SysDir / SysRep: the path of a system folder, named by an `sr...` constant.

WINDEV asks Windows for its shell folders; on Linux and macOS wlinterp answers with the
XDG base and user folders (XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_DESKTOP_DIR...: the
environment variable when set, else the freedesktop default under the home folder), the
mapping in `_FOLDERS` below and in docs/builtins.md. A folder with no Linux equivalent
(Windows' own folders, the Start menu...) gives "" with a non-fatal error. The folder is
not created: SysDir names it, as WINDEV does.
"""
from __future__ import annotations

import os
import tempfile
from typing import Callable

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("System folders")


def _home() -> str:
    return os.path.expanduser("~")


def _xdg(variable: str, default: str) -> Callable[[], str]:
    """An XDG base folder: $variable when it holds an absolute path, else ~/default."""
    def where() -> str:
        value = os.environ.get(variable, "")
        return value if os.path.isabs(value) else os.path.join(_home(), default)
    return where


def _user_dir(name: str, default: str) -> Callable[[], str]:
    """An XDG user folder (Desktop, Documents...): XDG_<NAME>_DIR from the environment or
    from ~/.config/user-dirs.dirs, else ~/default."""
    def where() -> str:
        key = f"XDG_{name}_DIR"
        value = os.environ.get(key) or _user_dirs_file().get(key, "")
        value = value.replace("$HOME", _home())
        return value if os.path.isabs(value) else os.path.join(_home(), default)
    return where


def _user_dirs_file() -> dict[str, str]:
    """The `XDG_..._DIR="$HOME/..."` lines that xdg-user-dirs writes, if the file exists."""
    path = os.path.join(_xdg("XDG_CONFIG_HOME", ".config")(), "user-dirs.dirs")
    found: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.strip().partition("=")
                if sep and key.startswith("XDG_"):
                    found[key] = value.strip().strip('"')
    except OSError:
        pass
    return found


def _fixed(path: str) -> Callable[[], str]:
    return lambda: path


_NONE: Callable[[], str] | None = None
# (English, French, value, where on Linux). Names and values UNVERIFIED against the help
# (only `srBureau` is seen in public code); decided mapping documented in builtins.md.
_FOLDERS: tuple[tuple[str, str, int, Callable[[], str] | None], ...] = (
    ("srAppData", "srDonnéesApplicatives", 1, _xdg("XDG_CONFIG_HOME", ".config")),
    ("srLocalAppData", "srDonnéesApplicativesLocales", 2, _xdg("XDG_DATA_HOME", ".local/share")),
    ("srCommonAppData", "srDonnéesApplicativesCommunes", 3, _fixed("/var/lib")),
    ("srDesktop", "srBureau", 4, _user_dir("DESKTOP", "Desktop")),
    ("srMyDocuments", "srMesDocuments", 5, _user_dir("DOCUMENTS", "Documents")),
    ("srCommonDocuments", "srDocumentsCommuns", 6, _fixed("/usr/share/doc")),
    ("srMyPictures", "srMesImages", 7, _user_dir("PICTURES", "Pictures")),
    ("srMyMusic", "srMaMusique", 8, _user_dir("MUSIC", "Music")),
    ("srMyVideos", "srMesVidéos", 9, _user_dir("VIDEOS", "Videos")),
    ("srDownloads", "srTéléchargements", 10, _user_dir("DOWNLOAD", "Downloads")),
    ("srTemplates", "srModèles", 11, _user_dir("TEMPLATES", "Templates")),
    ("srProgramFiles", "srProgrammes", 12, _fixed("/usr/local")),
    ("srFonts", "srPolices", 13, lambda: os.path.join(_xdg("XDG_DATA_HOME", ".local/share")(),
                                                       "fonts")),
    ("srTemp", "srTemporaire", 14, tempfile.gettempdir),
    ("srUserProfile", "srProfilUtilisateur", 15, _home),
    ("srWindows", "srWindows", 16, _NONE),
    ("srSystem", "srSystème", 17, _NONE),
    ("srStartMenu", "srMenuDémarrer", 18, _NONE),
    ("srStartup", "srDémarrage", 19, _NONE),
    ("srFavorites", "srFavoris", 20, _NONE),
    ("srRecent", "srRécent", 21, _NONE),
)
_BY_VALUE = {value: (en, where) for en, _fr, value, where in _FOLDERS}
for _en, _fr, _value, _where in _FOLDERS:
    family.constant(_en, _fr, _value)


@family.function("SysDir", "SysRep", can_fail=True)
def sys_dir(rt: Runtime, folder: object) -> str:
    """The path of the system folder named by an sr... constant; "" and ErrorOccurred
    for a folder Linux does not have, or a value that is not an sr... constant."""
    n = V.to_int(folder)
    found = _BY_VALUE.get(n)
    if found is None:
        raise BuiltinFailure(f"SysDir: {n} is not a system folder constant (sr...).",
                             value="")
    name, where = found
    if where is None:
        raise BuiltinFailure(f"SysDir: {name} is a Windows folder: there is none on this "
                             f"system.", value="")
    return where()
