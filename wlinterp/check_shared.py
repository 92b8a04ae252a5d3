"""What `wl check` compiles a file of a project with: the file alone, as `wl run` never
does, plus the CONSTANT blocks of the project's other files, since the compiler needs
their values (a class's constant may be the double of a set's: docs/semantics.md
"Constants in any order"); nothing else of theirs is compiled.
"""
from __future__ import annotations

__all__ = ["with_shared_constants"]

from .syntax import nodes as N
from .syntax.names import fold
from .syntax.walk import sub_exprs, walk_stmts


def with_shared_constants(program: N.Program, shared: list[N.Program]) -> N.Program:
    """`program` with a procedure of its own for each CONSTANT block of the other files
    (a name this program declares is left to it); `program` itself when the other
    files declare no constant."""
    own = {fold(n) for s in _const_blocks(program) for n, *_ in s.items}
    others = [o for o in shared if o is not program and o.filename != program.filename]
    usable = _usable([program] + others)
    extra: list[N.Procedure] = []
    for other in others:
        for s in _const_blocks(other):
            items = [it for it in s.items if fold(it[0]) not in own
                     and fold(it[0]) in usable]
            if items:  # (a block's order is its own, another block's any)
                body = N.Body([N.ConstDecl(s.line, s.col, items)])
                extra.append(N.Procedure(1, 1, f"__wl_constants_{len(extra)}__", [], None,
                                         body))
    if not extra:
        return program
    return N.Program(program.main, extra + program.procedures, program.filename,
                     program.source, program.uses_indirection)


def _usable(programs: list[N.Program]) -> set[str]:
    """The constants (folded) whose values name only constants some file declares: one
    naming a name none declares (a constant of a file not gathered) is that file's own
    WL111, left out here so that it does not stop the compiling of every other file."""
    values = {fold(n): e for p in programs for s in _const_blocks(p) for n, e, *_ in s.items}
    enums = {fold(n) for p in programs for s in _statements(p) if isinstance(s, N.EnumDecl)
             for n, *_ in s.items}  # (an enumeration's value named alone)
    usable = set(values)
    while True:
        dropped = {k for k in usable
                   if any(n not in usable and n not in enums for n in _named(values[k]))}
        if not dropped:
            return usable
        usable -= dropped


def _named(e: N.Expr) -> list[str]:
    """The names (folded) a constant's value reads: `C`, `CClass::C`, `::C`."""
    if isinstance(e, (N.Name, N.ClassMember)):
        return [fold(e.name)]
    if isinstance(e, N.Member):  # `Colour.Red`: an enumeration's value, left as it is
        return []
    return [n for x in sub_exprs(e) for n in _named(x)]


def _const_blocks(program: N.Program) -> list[N.ConstDecl]:
    """The CONSTANT blocks of a file's code (its declarations, its classes')."""
    return [s for s in _statements(program) if isinstance(s, N.ConstDecl)]


def _statements(program: N.Program) -> list[N.Stmt]:
    bodies = [program.main] + [p.body for p in program.procedures]
    return [s for b in bodies for s in walk_stmts(b.stmts)]
