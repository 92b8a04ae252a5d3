"""Code of a script that never runs because it sits in the body of a procedure nothing
calls: the usual sign of main code written after a PROCEDURE in the middle of a `.wl`
script (a procedure runs up to the next PROCEDURE, so those lines are its body).

WINDEV has no such script form: its main code and procedures are separate elements.
*Decided* (docs/semantics.md, "Main code after a procedure in a script"): the first
statement of such a body is WL203 "never run" in `wl check`, and `wl run` prints it as a
warning, so those lines are not lost unseen. Before, a script `Trace("a")`, `PROCEDURE
P()`, `Trace("b")` printed "a" and nothing said why "b" never came. Only a `.wl`
script (or `wl -c` code) whose main code runs statements before the procedure is
looked at: a procedure library, a WINDEV file (its procedures are called from other
elements), a test file (its `test*` procedures are the cases) and conftest.wl are not.
A procedure counts as called when the pass resolved a name to it outside its own body
(a body that calls itself, `o.Show()` written in Show, is still never run), when the program
compiles or runs it by name, or when a string holds its name alone (a call by name:
`ThreadExecute("t", threadNormal, "P")`, `Execute("P()")`).
"""
from __future__ import annotations

__all__ = ["dead_procedures", "main_code_runs", "without_called", "no_main_code_note",
           "run_note"]

import os
import re

from ..syntax import nodes as N
from ..syntax.names import fold
from .resolved import CALLS, Ref
from .imposed_params import MARKED_USED
from .lowered import lowered
from .reporter import Reporter
from ..syntax.stored_regex import stored_compile

_DECLARATIONS = (N.Decl, N.ConstDecl, N.StructDecl, N.EnumDecl, N.InterfaceDecl)
_NAMING = CALLS | {Ref.PROC_REF, Ref.INTERNAL_REF, Ref.OWN_METHOD_REF, Ref.EXTENSION,
                   Ref.DYNAMIC, Ref.STATIC_METHOD, Ref.STATIC_PROPERTY, Ref.ANCESTOR_METHOD,
                   Ref.BUILTIN_METHOD}
_NEVER_RUN = "this code is never run: it is the body of the procedure '{name}', which nothing calls"
_TOLD = stored_compile(re.escape(_NEVER_RUN).replace(re.escape("{name}"), "([^']*)"))
HINT = "a procedure runs up to the next PROCEDURE: a script's main code goes before its procedures"


def _script_start(program: N.Program) -> int | None:
    """The line of a `.wl` script's first main statement that runs (not a
    declaration), None for anything else. In a project's combined program (`wl run`
    links the script after the project's files and conftests) the script is the last
    file: only its own main code and procedures count, and its name is judged (the
    program's own is `<project FOLDER>`)."""
    path = program.script or program.filename
    name = os.path.basename(path).lower()
    if name.startswith("test_") or name == "conftest.wl" \
            or not (name.endswith(".wl") or path.startswith("<")):
        return None
    first = program.file_starts[-1] if program.file_starts else 0
    return next((s.line for s in program.main.stmts
                 if s.line >= first and not isinstance(s, _DECLARATIONS)), None)


def dead_procedures(program: N.Program, refs: dict[int, tuple[object, Ref]],
                    compiled: frozenset[str], rep: Reporter) -> None:
    """WL203 at the first statement of each script procedure declared after main code
    that runs and that nothing calls. Not a method: a class's methods are its
    interface, often there for code not written yet (the checker's own examples are
    full of them); the warning would be noise there."""
    start = _script_start(program) if program.procedures else None
    if start is None:
        return
    free: dict[str, int] = {}  # folded name -> how many procedures (not methods) have it
    for p in program.procedures:
        if p.owner is None:
            key = fold(p.name)
            free[key] = free.get(key, 0) + 1
    candidates = [p for p in program.procedures if p.line > start and p.body.stmts
                  and p.owner is None and not fold(p.name).startswith("test")
                  and free[fold(p.name)] == 1  # (several syntaxes: not told apart)
                  and not MARKED_USED.intersection(p.modifiers)]  # (`<utile>`: used)
    if not candidates:
        return
    named: dict[str, list[int]] = {fold(p.name): [] for p in candidates}  # -> the lines
    for node, ref in refs.values():  # naming each candidate
        if ref in _NAMING:
            lines = named.get(fold(getattr(node, "name", "")))
            if lines is not None:
                lines.append(getattr(node, "line", 0))
    starts = sorted(p.line for p in program.procedures)
    source: str | None = None  # folded for the first candidate nothing else names
    for p in candidates:
        key = fold(p.name)
        end = next((line for line in starts if line > p.line), 1 << 30)
        if any(not p.line <= line < end for line in named.get(key, ())) or key in compiled:
            continue
        if source is None:  # (a name in a string as the run finds it: any case, accents
            # or not, composed or not: "CalculProce\u0301dure" calls CalculProcédure)
            text = program.source or ""
            source = lowered(text) if text.isascii() else fold(text)  # (fold's own test)
        if re.search(rf"\"\s*{re.escape(key)}\s*[\"(]", source):
            continue
        rep.report("WL203", _NEVER_RUN.format(name=p.name),
                   p.body.stmts[0], hint=HINT)


def without_called(warnings: list[str], call: str | None) -> list[str]:
    """`warnings` of a run without the WL203 of the procedure `wl run --call` names: the
    command calls it after the main code (it said that code was never run)."""
    if not call:
        return warnings
    key = fold(call)
    return [w for w in warnings
            if not ((m := _TOLD.search(w)) is not None and fold(m.group(1)) == key)]


def no_main_code_note(program: N.Program, path: str, hinted: bool = False) -> str | None:
    """The note `wl run` prints after running a file that declares procedures and has no
    main code that runs (a procedure set written as a `.wl`): the run did nothing, and
    said nothing. *Decided* (docs/cli.md, "A file of procedures"): a note on stderr
    naming its procedures and the way to call one (a test file's: `wl test`), with HINT
    for a script unless a warning (`hinted`) gave it (a WINDEV file's procedures are
    blocks of their own: no hint); None when the file's main code runs a statement or it
    has no procedure of its own. A script (`.wl`, standard input) declaring methods only
    gets the note with its methods: code written after a class's methods is the last
    method's body, and such a run did nothing without a word."""
    own = [p.name for p in program.procedures if p.owner is None and not p.internal]
    first = program.file_starts[-1] if program.file_starts else 0
    named = not path.startswith("<")  # (<stdin>, <string>: no file to name)
    script = not named or path.lower().endswith(".wl")  # (a WINDEV file keeps each
    # procedure in a block of its own: nothing to hint there, and a class file's methods
    # are not called by running it)
    methods = list(dict.fromkeys(f"{p.owner}::{p.name}" for p in program.procedures
                                 if p.owner is not None and not p.internal)) if script else []
    if not (own or methods) or main_code_runs(program):
        return None
    listed = own or methods
    names = ", ".join(listed[:5]) + (", ..." if len(listed) > 5 else "")
    from ..errors import shown_name
    shown = shown_name(path) if named else "FILE"
    how = f"wl test {shown} runs its test cases" \
        if os.path.basename(path).lower().startswith("test") \
        else f"to call one: wl run --call {own[0]} {shown} [ARGS]" if own \
        else "its methods run when code calls them"
    note = (f"note: {shown if named else 'this code'} has no main code: running it ran "
            f"none of its {'procedures' if own else 'methods'} ({names}); {how}.")
    if hinted or not script:
        return note
    return f"{note} ({HINT[0].upper()}{HINT[1:]}.)"


def main_code_runs(program: N.Program) -> bool:
    """Does the file's main code run a statement (not only declarations)? A file whose
    main code runs none calls none of its procedures when run (no_main_code_note)."""
    first = program.file_starts[-1] if program.file_starts else 0
    return any(s.line >= first and not isinstance(s, (*_DECLARATIONS, N.Label))
               for s in program.main.stmts)


def run_note(warnings: list[str], call: str | None, program: N.Program | None,
             path: str) -> str | None:
    """The note `wl run` prints once the run is over, when it called nothing
    (no_main_code_note; `warnings`: those printed before it)."""
    if call is not None or program is None:
        return None
    return no_main_code_note(program, path, any(HINT in w for w in warnings))
