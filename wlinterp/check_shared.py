"""What `wl check` compiles a file of a project with: the file alone, as `wl run` never
does, plus the CONSTANT blocks of the project's other files, since the compiler needs
their values (a class's constant may be the double of a set's: docs/semantics.md
"Constants in any order"); nothing else of theirs is compiled.
"""
from __future__ import annotations

__all__ = ["with_shared_constants"]

from .syntax import nodes as N
from .syntax.names import fold
from .syntax.tree_copy import with_fields
from .syntax.walk import sub_exprs, walk_stmts


def with_shared_constants(program: N.Program, shared: list[N.Program]) -> N.Program:
    """`program` with a procedure of its own for each CONSTANT block of the other files
    (a name this program declares is left to it); `program` itself when the other
    files declare no constant."""
    own = {_key(n, c) for s, c in _const_blocks(program) for n, *_ in s.items}
    others = [o for o in shared if o is not program and o.filename != program.filename]
    usable = _usable([program] + others)
    extra: list[N.Procedure] = []
    for other in others:
        for s, cls in _const_blocks(other):  # a class's constants keep their class's name
            mine = {fold(n) for b, c in _const_blocks(other) if c == cls for n, *_ in b.items}
            items = [(f"{cls}::{n}", _qualified(e, cls, mine), line, col) if cls
                     else (n, e, line, col) for n, e, line, col in s.items
                     if _key(n, cls) not in own and _key(n, cls) in usable]
            if items:  # (a block's order is its own, another block's any)
                body = N.Body([N.ConstDecl(s.line, s.col, items)])
                extra.append(N.Procedure(1, 1, f"__wl_constants_{len(extra)}__", [], None,
                                         body))
    if not extra:
        return program
    return N.Program(program.main, extra + program.procedures, program.filename,
                     program.source, program.uses_indirection)


def _qualified(e: N.Expr, cls: str, mine: set[str]) -> N.Expr:
    """A class's constant's value as the program's code reads it: its class's own
    constants named through the class (`MAXV * 2` -> `CA::MAXV * 2`), a new tree."""
    if isinstance(e, (N.Name, N.ClassMember)) and fold(e.name) in mine \
            and not getattr(e, "cls", None):
        return N.ClassMember(e.line, e.col, cls, e.name)
    if isinstance(e, N.BinOp):
        return with_fields(e, {"left": _qualified(e.left, cls, mine),
                               "right": _qualified(e.right, cls, mine)})
    if isinstance(e, N.Unary):
        return with_fields(e, {"operand": _qualified(e.operand, cls, mine)})
    return e


def _usable(programs: list[N.Program]) -> set[str]:
    """The constants (folded) whose values name only constants some file declares: one
    naming a name none declares (a constant of a file not gathered) is that file's own
    WL111, left out here so that it does not stop the compiling of every other file."""
    values = {_key(n, c): (e, c) for p in programs for s, c in _const_blocks(p)
              for n, e, *_ in s.items}
    enums = {fold(n) for p in programs for s in _statements(p) if isinstance(s, N.EnumDecl)
             for n, *_ in s.items}  # (an enumeration's value named alone)
    usable = set(values)
    while True:
        dropped = {k for k in usable
                   if any(not (usable | enums) & set(n) for n in _named(*values[k]))}
        if not dropped:
            return usable
        usable -= dropped


def _key(name: str, cls: str | None) -> str:
    """A constant's key: its class's (`ca::maxv`) for one a class declares."""
    return fold(f"{cls}::{name}" if cls else name)


def _named(e: N.Expr, cls: str | None) -> list[list[str]]:
    """The constants a value of the class `cls`'s (or the program's) reads: for each,
    the keys it may be (`C`: the class's C, or the program's; `CClass::C`: CClass's)."""
    if isinstance(e, N.ClassMember) and e.cls:
        return [[_key(e.name, e.cls), fold(e.name)]]
    if isinstance(e, (N.Name, N.ClassMember)):
        return [[_key(e.name, cls), fold(e.name)]] if cls else [[fold(e.name)]]
    if isinstance(e, N.Member):  # `Colour.Red`: an enumeration's value, left as it is
        return []
    return [n for x in sub_exprs(e) for n in _named(x, cls)]


def _const_blocks(program: N.Program) -> list[tuple[N.ConstDecl, str | None]]:
    """The CONSTANT blocks of a file's code (its declarations, its classes': with the
    class's name)."""
    stmts = _statements(program)
    owners = {id(b): s.name for s in stmts if isinstance(s, N.StructDecl) for b in s.consts}
    return [(s, owners.get(id(s))) for s in stmts if isinstance(s, N.ConstDecl)]


def _statements(program: N.Program) -> list[N.Stmt]:
    bodies = [program.main] + [p.body for p in program.procedures]
    return [s for b in bodies for s in walk_stmts(b.stmts)]
