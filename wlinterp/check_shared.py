"""What `wl check` compiles a file of a project with: the file alone, as `wl run` never
does, plus the CONSTANT blocks of the project's other files, since the compiler needs
their values (a class's constant may be the double of a set's: docs/semantics.md
"Constants in any order"); nothing else of theirs is compiled.
"""
from __future__ import annotations

__all__ = ["with_shared_constants", "with_script_hints"]

from .syntax import nodes as N
from .syntax.names import fold
from .syntax.walk import walk_stmts


def with_shared_constants(program: N.Program, shared: list[N.Program]) -> N.Program:
    """`program` with a procedure of its own for each CONSTANT block of the other files
    (a name this program declares is left to it); `program` itself when the other
    files declare no constant."""
    own = {fold(n) for s in _const_blocks(program) for n, *_ in s.items}
    extra: list[N.Procedure] = []
    for other in shared:
        if other is program or other.filename == program.filename:
            continue
        for s in _const_blocks(other):
            items = [it for it in s.items if fold(it[0]) not in own]
            if items:  # (a block's order is its own, another block's any)
                body = N.Body([N.ConstDecl(s.line, s.col, items)])
                extra.append(N.Procedure(1, 1, f"__wl_constants_{len(extra)}__", [], None,
                                         body))
    if not extra:
        return program
    return N.Program(program.main, extra + program.procedures, program.filename,
                     program.source, program.uses_indirection)


def _const_blocks(program: N.Program) -> list[N.ConstDecl]:
    """The CONSTANT blocks of a file's code (its declarations, its classes')."""
    bodies = [program.main] + [p.body for p in program.procedures]
    return [s for b in bodies for s in walk_stmts(b.stmts) if isinstance(s, N.ConstDecl)]


def with_script_hints(diags: list, path: str) -> list:
    """`diags` of the file `path` with WL102's hint saying where a procedure the file calls
    is declared when a `.wl` script of its project (not loaded: project/sources.py
    wl_role) declares it, as `wl run` warns (project/neighbours.py)."""
    import os
    from .project.neighbours import (SCRIPT_HINT, called_name, declared_in_scripts,
                                     unknown_called)
    from .project.sources import find_layout
    wanted = unknown_called(diags)
    if not wanted or path == "-":
        return diags
    try:
        scripts = find_layout(os.path.dirname(os.path.abspath(path))).left_scripts(path)
    except OSError:
        return diags
    found = declared_in_scripts(wanted, scripts)
    for d in diags:
        place = found.get(called_name(d) or "")
        if place is not None:
            where, (name, line, _), _ = place
            d.hint = f"{where}:{line}: " + SCRIPT_HINT.format(name=name)
    return diags
