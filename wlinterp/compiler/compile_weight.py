"""Generated code weighed against --max-memory before Python compiles it.

Python's compile() holds about 120 bytes per character of the code it compiles at its
peak, and no WLanguage code runs inside it for the memory sampling check to stop: a
`.wdg` procedure of a million lines took a run to 10 GB (runtime/limits.py compile_room).
The main code past the limit is refused before anything runs, a procedure at its first
call (lazy.py) with the catchable "Not enough memory".
"""
from __future__ import annotations

__all__ = ["weigh_program", "weigh_procedure", "first_main_line"]

from ..errors import WLRuntimeError, WLSyntaxError
from ..runtime.limits import compile_room
from ..syntax import nodes as N


def first_main_line(program: N.Program) -> int:
    """The script's first line of main code, where an error about the whole program is
    shown (line 1 of a linked project is in its first file, shifted out of the script:
    it was shown as line -3078 beside other scripts)."""
    first = program.file_starts[-1] if program.file_starts else 1
    return next((s.line for s in program.main.stmts if s.line >= first), first)


def weigh_program(code: str, program: N.Program, filename: str, source: str) -> None:
    """Refuse a program whose generated `code` would take the compilation past
    --max-memory: a WLanguage error at its first line, before any of it runs."""
    too_large = compile_room(len(code), code.count("\n"))
    if too_large:
        raise WLSyntaxError(f"the program is too large to compile: {too_large}",
                            first_main_line(program), 1, filename, source)


def weigh_procedure(code: str) -> None:
    """Refuse, with the catchable "Not enough memory", a procedure whose compilation at its
    first call would take the run past --max-memory."""
    too_large = compile_room(len(code), code.count("\n"))
    if too_large:
        raise WLRuntimeError(f"Not enough memory: {too_large}.")
