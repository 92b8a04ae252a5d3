"""`EXTERN "KeyConst.wl"` / `EXTERNE "constantes.wl"`: WINDEV's compiler includes the text file
of WLanguage code named (VERIFIED ?1511013, syntax 1: "Include a text file containing
WLanguage commands"), so a file that is not there is a compile error. wlinterp accepted
the line and ignored it, missing file or not, without a word.

Where the file is looked for (INFERRED from ?1511013's "Deploying": a name without a path
is the project's directory's): a path as written (`\\` read as `/`, ignoring case as Windows
does: native_paths.py), a relative one from the folder of the file that writes it and from
each folder above it up to the one holding a project file (`.wdp`, `.wwp`, `.wpp`,
`wlproject.toml`), at most _UP levels. The five files WINDEV installs in its
"Personal\\Extern" folder (?1511013: WinConst.wl, KeyConst.wl, Limites.wl,
ListeDefinitionHF.wl, Except.wl) are not required: PC SOFT's own code includes them from
there (wd_directx's `externe "winconst.wl"`); their constants, when used, are said where
they are used (WL101). A file that is there is read as the project reads its `.wl` files
(docs/cli.md "Which files a run loads"), not inserted at the line.
"""
from __future__ import annotations

__all__ = ["missing_extern_files"]

import os
import re

from ..lazy_regex import lazy_compile
from ..native_paths import native_path
from ..syntax import nodes as N
from ..syntax.names import fold
from .reporter import Reporter

_EXTERN_LINE = lazy_compile(r'^([ \t]*)(extern|externe)[ \t]+"([^"\n]*)"', re.I | re.M)
_SHIPPED = frozenset({"winconst.wl", "keyconst.wl", "limites.wl", "listedefinitionhf.wl",
                      "except.wl"})
_MARKERS = (".wdp", ".wwp", ".wpp")
_UP = 8


def missing_extern_files(program: N.Program, rep: Reporter) -> None:
    """WL100 at each `EXTERN "file"` line of the script whose file is nowhere it is looked
    for (a linked project's other files are not read: their folder is not kept)."""
    source = program.source
    first = program.file_starts[-1] if program.file_starts else 1
    path = program.script or program.filename
    folder = os.path.dirname(os.path.abspath(path)) if not path.startswith("<") else ""
    for m in _EXTERN_LINE.finditer(source):
        line = source.count("\n", 0, m.start()) + 1
        name = m.group(3)
        if line < first or fold(name.replace("\\", "/").rsplit("/", 1)[-1]) in _SHIPPED:
            continue
        if name.strip() and _found(name, folder):
            continue
        col = len(m.group(1)) + 1
        rep.report("WL100", f"{m.group(2)} \"{name}\": no such file (EXTERN includes a "
                   f"text file of WLanguage code when the program is compiled: it must "
                   f"exist)", None, len(m.group(0)) - len(m.group(1)), line=line, col=col,
                   hint=f"looked for from {folder or 'the current folder'} and the folders "
                   f"above it up to the project's")


def _found(name: str, folder: str) -> bool:
    """Is the file there: as written when absolute, else from `folder` or a folder above
    it, up to the project's (its marker) or _UP levels?"""
    text = name.strip()
    if text[1:2] == ":" or text[:1] in "\\/":
        return os.path.isfile(native_path(text))
    here = folder or os.getcwd()
    for _ in range(_UP):
        if os.path.isfile(native_path(os.path.join(here, text.replace("\\", "/")))):
            return True
        if _project_root(here):
            return False
        parent = os.path.dirname(here)
        if parent == here:
            return False
        here = parent
    return False


def _project_root(folder: str) -> bool:
    """Does `folder` hold a project file or a wlproject.toml?"""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(n.lower().endswith(_MARKERS) or n == "wlproject.toml" for n in names)
