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
they are used (WL101). A file that is there, named in the main code, is inserted at the
line (project/includes.py, which records the lines it read and what it refused there: said
here). In a procedure (where WINDEV refuses it), and in code read from standard input or
typed at the REPL (no folder to read a file from), the line is refused in words (_not_here).
"""
from __future__ import annotations

__all__ = ["SHIPPED", "extern_lines", "found_file", "missing_extern_files"]

import os

from ..native_paths import native_path
from ..syntax import nodes as N
from ..syntax.lexer import raw_tokens
from ..syntax.tokens import Token
from ..syntax.names import fold
from .reporter import Reporter

_WORDS = frozenset({"extern", "externe"})
SHIPPED = frozenset({"winconst.wl", "keyconst.wl", "limites.wl", "listedefinitionhf.wl",
                      "except.wl"})
_MARKERS = (".wdp", ".wwp", ".wpp")
_UP = 8


def missing_extern_files(program: N.Program, rep: Reporter) -> None:
    """WL100 at each `EXTERN "file"` line of the script whose file is nowhere it is looked
    for (a linked project's other files are not read: their folder is not kept)."""
    first = program.file_starts[-1] if program.file_starts else 1
    path = program.script or program.filename
    folder = os.path.dirname(os.path.abspath(path)) if not path.startswith("<") else ""
    for line, col, length, message, hint in program.extern_problems:
        if line >= first:  # (project/includes.py: a cycle, a line inside a block...)
            rep.report("WL100", message, None, length, line=line, col=col, hint=hint)
    handled = set(program.extern_lines)  # (the file inserted at the line, or refused)
    procedures = min((p.line for p in program.procedures if p.line >= first), default=None)
    for word, text in extern_lines(program.source, program.filename):
        name = text.value
        if word.line < first or word.line in handled \
                or fold(name.replace("\\", "/").rsplit("/", 1)[-1]) in SHIPPED:
            continue
        refused = _not_here(word, name, path, procedures)
        if refused is not None:
            rep.report("WL100", refused[0], None, text.end_pos - word.start_pos,
                       line=word.line, col=word.column, hint=refused[1])
            continue
        where = found_file(name, folder) if name.strip() else None
        if where is not None and _read_there(where, folder):
            if _runs_statements(where):
                rep.report("WL100", f"{word.value} \"{name}\": its main code runs statements, "
                           f"which wlinterp does not insert at this line: they would never run",
                           None, text.end_pos - word.start_pos, line=word.line,
                           col=word.column, hint="put them in a procedure of that file and "
                           "call it after this line")
            continue
        if where is not None:
            message = (f"{word.value} \"{name}\": found at {where}, which the run does not "
                       f"read (only the files beside the script, or in its project, are)")
            hint = "move the file beside the script, or mark the project (wlproject.toml)"
        else:
            message = (f"{word.value} \"{name}\": no such file (EXTERN includes a text file "
                       f"of WLanguage code when the program is compiled: it must exist)")
            hint = (f"looked for from {folder or 'the current folder'} and the folders "
                    f"above it up to the project's")
        rep.report("WL100", message, None, text.end_pos - word.start_pos, line=word.line,
                   col=word.column, hint=hint)


def _not_here(word: Token, name: str, path: str, procedures: int | None
              ) -> tuple[str, str] | None:
    """(message, hint) for an EXTERN "file" line where no file is included (*decided*,
    docs/semantics.md "EXTERN where no file is included"): in a procedure (?1511013: only
    the project's initialization, a window's or page's global declarations and a class's
    declaration include one), or in code read from standard input or typed at the REPL,
    which has no folder to look for the file from; None elsewhere."""
    if path.startswith("<"):
        message = (f"{word.value} \"{name}\": code read from standard input or typed at the "
                   f"REPL has no folder to read the file from (EXTERN includes a file "
                   f"relative to the including file's folder)")
        return message, ("run the code from a file beside the one it includes, or write "
                         "the included file's lines in it")
    if procedures is not None and word.line > procedures:
        message = (f"{word.value} \"{name}\": a file is included only in the main code (a "
                   f"project's initialization, a window's global declarations, a class's "
                   f"declaration), not in a procedure")
        return message, "write the EXTERN line in the main code, before the procedures"
    return None


def extern_lines(source: str, filename: str) -> list[tuple[Token, Token]]:
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


def found_file(name: str, folder: str) -> str | None:
    """Where the file is: as written when absolute (a Windows drive path that is not
    there: its base name beside the script first), else from `folder` or a folder above
    it, up to the project's (its marker) or _UP levels; None when nowhere."""
    text = name.strip()
    if text[1:2] == ":" or text[:1] in "\\/":
        if os.path.isfile(native_path(text)):
            return native_path(text)
        text = text.replace("\\", "/").rsplit("/", 1)[-1]
    here = folder or os.getcwd()
    for _ in range(_UP):
        candidate = native_path(os.path.join(here, text.replace("\\", "/")))
        if os.path.isfile(candidate):
            return candidate
        if _project_root(here):
            return None
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent
    return None


def _read_there(path: str, folder: str) -> bool:
    """Does the run read the file at `path` (docs/cli.md "Which files a run loads"):
    beside the script, or anywhere under a project folder holding the script?"""
    here = os.path.abspath(folder or os.getcwd())
    where = os.path.dirname(os.path.abspath(path))
    if where == here:
        return True
    for _ in range(_UP):
        if _project_root(here):
            return where == here or where.startswith(here + os.sep)
        parent = os.path.dirname(here)
        if parent == here:
            return False
        here = parent
    return False


def _runs_statements(path: str) -> bool:
    """Is the `.wl` file at `path` a script (its main code runs statements): a file the run
    never loads, so the statements an EXTERN of it would include were dropped without a
    word (docs/semantics.md "EXTERN "file"")."""
    if not path.lower().endswith(".wl"):
        return False
    from ..project.sources import SCRIPT, wl_role
    return wl_role(path) == SCRIPT


def _project_root(folder: str) -> bool:
    """Does `folder` hold a project file or a wlproject.toml?"""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(n.lower().endswith(_MARKERS) or n == "wlproject.toml" for n in names)
