"""A class saved as a `.wl` file of its own, as ported code often keeps one: the members
declared at the top, then the methods as plain `PROCEDURE Name()` headers using the
current object (`:m_total`), a constructor and a destructor, and no class declaration
line at all (the IDE keeps that line in the class element, which was not copied).

Read as written, every member was a global variable, every method a global procedure,
each `:m_x` WL101 "only known in a method of a class", and two such files declaring
`Load()` a clash. *Decided* (docs/semantics.md "A class in a .wl file of its own"): a
`.wl` file whose main code only declares variables and constants, which declares no
class, structure or method of its own, declares at least one variable, and one of whose
procedures uses one of them or of its procedures through the current object
(`:m_total`, `:Recalculate()`) or is a constructor or destructor, is the class named
after the file: its variables are the members, its CONSTANT blocks the class's
constants, its procedures the methods. A file whose name is not a WLanguage name is left
as it is; so is a set of procedures using `:m_x` of no variable of its own (that stays
WL101, "only known in a method of a class").
"""
from __future__ import annotations

__all__ = ["as_file_class"]

import os
import re

from . import nodes as N
from .extension_procs import bind_this
from .member_inits import hoist_member_inits
from .names import fold
from .tree_copy import copy_tree, with_fields
from .walk import children
from .words import CTOR_WORDS

_NAME = re.compile(r"[^\W\d]\w*")
_OBJECT = "objet"  # what the parser names the implicit object of `:m_x`
_OWN = CTOR_WORDS | {"destructor", "destructeur"}  # (only a class has them)


def as_file_class(program: N.Program, path: str) -> N.Program:
    """`program` (the file `path`) with its members and methods made the class named
    after the file when it is one (see the module's docstring): a new tree then, the
    given one left as it was (tree_copy.py says why)."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if not path.lower().endswith(".wl") or not _NAME.fullmatch(stem):
        return program
    procs = [p for p in program.procedures if not p.internal]
    main = program.main
    if not procs or any(p.owner is not None for p in procs) \
            or not all(isinstance(s, (N.Decl, N.ConstDecl)) for s in main.stmts) \
            or main.on_error or main.on_exception or main.on_end:
        return program
    own = {fold(n[0] if isinstance(n, tuple) else n)
           for s in main.stmts if isinstance(s, N.Decl) for n in s.names}
    names = own | {fold(p.name) for p in procs}
    lines = program.source.split("\n") if program.source else []
    if not own or not any(fold(p.name) in _OWN or _uses_own(p, names, lines) for p in procs):
        return program
    program = copy_tree(program)  # (what follows changes it)
    main = program.main
    first = main.stmts[0] if main.stmts else program.procedures[0]
    cls = N.StructDecl(first.line, first.col, stem,
                       [s for s in main.stmts if isinstance(s, N.Decl)], is_class=True)
    cls.consts = [s for s in main.stmts if isinstance(s, N.ConstDecl)]
    program.main = with_fields(main, {"stmts": [cls]})
    for p in program.procedures:
        if not p.internal:
            p.owner = stem
            bind_this(p)  # (`MoiMême` / `This`: the object, as in any method)
    return hoist_member_inits(program)  # (members' computed initial values)


def _uses_own(proc: N.Procedure, own: set[str], lines: list[str]) -> bool:
    """Does the procedure write `:name` (the parser's `objet` at a colon, then the name)
    for one of the file's `own` names (folded)?"""
    stack: list[object] = [proc.body]
    while stack:
        node = stack.pop()
        for child in children(node):  # type: ignore[arg-type]
            if isinstance(child, N.Procedure):
                continue
            if isinstance(child, N.Member) and fold(child.name) in own \
                    and isinstance(child.obj, N.Name) and fold(child.obj.name) == _OBJECT \
                    and 0 < child.obj.line <= len(lines) \
                    and lines[child.obj.line - 1][child.obj.col - 1:child.obj.col] == ":":
                return True
            stack.append(child)
    return False
