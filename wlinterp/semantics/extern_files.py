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

from ..native_paths import native_path
from ..syntax import nodes as N
from ..syntax.lexer import raw_tokens
from ..syntax.tokens import Token
from ..syntax.names import fold
from .reporter import Reporter

_WORDS = frozenset({"extern", "externe"})
_SHIPPED = frozenset({"winconst.wl", "keyconst.wl", "limites.wl", "listedefinitionhf.wl",
                      "except.wl"})
_MARKERS = (".wdp", ".wwp", ".wpp")
_UP = 8


def missing_extern_files(program: N.Program, rep: Reporter) -> None:
    """WL100 at each `EXTERN "file"` line of the script whose file is nowhere it is looked
    for (a linked project's other files are not read: their folder is not kept)."""
    first = program.file_starts[-1] if program.file_starts else 1
    path = program.script or program.filename
    folder = os.path.dirname(os.path.abspath(path)) if not path.startswith("<") else ""
    for word, text in _extern_lines(program.source, program.filename):
        name = text.value
        if word.line < first or fold(name.replace("\\", "/").rsplit("/", 1)[-1]) in _SHIPPED:
            continue
        if name.strip() and _found(name, folder):
            continue
        rep.report("WL100", f"{word.value} \"{name}\": no such file (EXTERN includes a "
                   f"text file of WLanguage code when the program is compiled: it must "
                   f"exist)", None, text.end_pos - word.start_pos, line=word.line,
                   col=word.column,
                   hint=f"looked for from {folder or 'the current folder'} and the folders "
                   f"above it up to the project's")


def _extern_lines(source: str, filename: str) -> list[tuple[Token, Token]]:
    """The (word, string) tokens of each line `EXTERN "file"`, read from the lexer's tokens:
    a line inside a multi-line string or a /* */ comment is not one."""
    toks = raw_tokens(source, filename)
    found = []
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.type == "NAME" and nxt.type == "STRING" and fold(t.value) in _WORDS \
                and (i == 0 or toks[i - 1].type == "NL"):
            found.append((t, nxt))
    return found


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
