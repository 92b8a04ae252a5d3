"""Running another program: ExeRun/LanceAppli.

PC SOFT's help page ?3035006 (VERIFIED): `<Result> = ExeRun(<Program name> [, <Mode> [,
<Wait for end> [, <Working directory>]]])`; True when the program was started, False
otherwise with ErrorInfo saying why (a non-fatal error); the program is sought in the
current folder, then along the PATH; a program name with spaces is written between
double quotes, its arguments after it; the mode (exeActive/exeActif by default,
exeIconize, exeInactive, exeMaximize) says how its window shows, which means nothing
here: it is accepted and ignored. Waiting: exeDontWait (the
default; the old syntax gave False), exeWait (True), exeReturnValue (wait and return the
program's exit code) and exePID (do not wait, return its process identifier). The values
of the constants are ours; exePID is ExeInfo's constant, the same name in both pages.
"""
from __future__ import annotations

import os
import shutil
import subprocess

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import native_path
from .strings import int_arg, text_arg
from .system import EXE_PID

family = Family("Executables")

# French names: exeIconise and exeBloquant as real French code and PC SOFT's own manual
# write them (`LanceAppli(sLigneCommande, exeActif, exeBloquant)`), exeNonBloquant beside
# exePID in French code; exeInactif and exeMaximise by the same French spelling
# (docs/builtins.md "Constant values"); the English names stay accepted in French code
family.constant("exeActive", "exeActif", 1)
family.constant("exeIconize", "exeIconise", 2)
family.constant("exeInactive", "exeInactif", 3)
family.constant("exeMaximize", "exeMaximise", 4)
EXE_DONT_WAIT = family.constant("exeDontWait", "exeNonBloquant", 0)
EXE_WAIT = family.constant("exeWait", "exeBloquant", 1)
EXE_RETURN_VALUE = family.constant("exeReturnValue", "exeValeurRetour", 2)


def command_words(line: str) -> list[str]:
    """A command line cut as Windows cuts it: words between spaces, a part between double
    quotes kept whole (quotes removed, `""` inside quotes is one quote); a backslash is a
    path separator, not an escape."""
    words: list[str] = []
    word, quoted, started, i = [], False, False, 0
    while i < len(line):
        c = line[i]
        if c == '"':
            if quoted and line[i + 1:i + 2] == '"':
                word.append('"')
                i += 1
            else:
                quoted = not quoted
            started = True
        elif c in " \t" and not quoted:
            if started:
                words.append("".join(word))
            word, started = [], False
        else:
            word.append(c)
            started = True
        i += 1
    if started:
        words.append("".join(word))
    return words


def _program(fname: str, name: str, folder: str | None) -> str:
    """The file to run: the name as given (with a folder), else in the working folder,
    else along the PATH."""
    path = native_path(name)
    if os.sep in path or (os.altsep and os.altsep in path):
        return path
    here = os.path.join(folder or os.getcwd(), path)
    if os.path.isfile(here) and os.access(here, os.X_OK):
        return here
    found = shutil.which(path)
    if found is None:
        raise BuiltinFailure(f"{fname}: the program '{name}' was not found in the current "
                             "folder nor along the PATH.", value=False)
    return found


@family.function("ExeRun", "LanceAppli", can_fail=True)
def exe_run(rt: Runtime, command: TextArg, mode: NumberArg = 1, wait: object = EXE_DONT_WAIT,
            folder: TextArg = None) -> bool | int:
    """Start a program; True once it started (exeReturnValue: its exit code once it ended;
    exePID: its process identifier)."""
    words = command_words(text_arg(command, "ExeRun"))
    if not words:
        raise BuiltinFailure("ExeRun: no program to run.", value=False)
    where = None if folder is None or text_arg(folder, "ExeRun") == "" else native_path(folder)
    if where is not None and not os.path.isdir(where):
        raise BuiltinFailure(f"ExeRun: the working folder '{V.to_str(folder)}' does not "
                             "exist.", value=False)
    int_arg(mode, "ExeRun")  # (checked, then ignored: there are no windows)
    how = V.to_int(wait)
    try:
        child = subprocess.Popen([_program("ExeRun", words[0], where)] + words[1:],
                                 cwd=where, stdin=subprocess.DEVNULL)
    except OSError as exc:
        raise BuiltinFailure(f"ExeRun: cannot run '{words[0]}': {exc.strerror or exc}.",
                             value=False) from None
    if how == EXE_PID:
        rt.table("exe_run")[child.pid] = child  # (kept: not waited for, not collected)
        return child.pid
    if how in (EXE_WAIT, EXE_RETURN_VALUE):
        code = child.wait()
        return code if how == EXE_RETURN_VALUE else True
    rt.table("exe_run")[child.pid] = child
    return True
