"""WL216: a global `PROCEDURE Constructor()` / `PROCÉDURE Constructeur()` (or
Destructor / Destructeur) in a file that declares a class. It is an ordinary procedure:
it runs only when called, the class's objects are made without it and the class's members
are not its variables (each one it names was WL101 "not declared", with a hint to declare
it). The user meant the class's own, `PROCEDURE CPerson::Constructor()`: the warning says
so at the procedure's name (*decided*, L 4 Dec 2026: a warning, since such a procedure is
valid WLanguage; docs/check.md WL216).
"""
from __future__ import annotations

__all__ = ["check_global_constructors", "member_hint"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .reporter import Reporter

if TYPE_CHECKING:
    from .checker_state import CheckerState

_SPECIAL = {"constructor": "constructor", "constructeur": "constructor",
            "destructor": "destructor", "destructeur": "destructor"}


def check_global_constructors(program: N.Program, rep: Reporter) -> None:
    """WL216 at each global procedure named like a constructor or destructor, when the
    program's own code declares a class."""
    specials = [p for p in program.procedures
                if p.owner is None and fold(p.name) in _SPECIAL]
    if not specials:
        return
    classes = [s for s in program.main.stmts if isinstance(s, N.StructDecl) and s.is_class]
    if not classes:
        return
    for p in specials:
        what = _SPECIAL[fold(p.name)]
        owner = classes[0].name if len(classes) == 1 else "<Class>"
        col = rep.find(p.line, p.col, p.name)
        rep.report("WL216", f"'{p.name}' is a global procedure, not the {what} of a class: "
                   f"it runs only when called, and a class's members are not its variables",
                   p, len(p.name), col=col,
                   hint=f"write PROCEDURE {owner}::{p.name}(...) for the class's {what}")


def member_hint(fc: "CheckerState", name: str) -> str | None:
    """The hint of WL101 for `m_s` in such a global procedure, `m_s` a member of a class
    of the program: that procedure was meant as the class's constructor or destructor."""
    proc = fc.proc
    if proc is None or proc.owner is not None or fold(proc.name) not in _SPECIAL:
        return None
    key = fold(name)
    owner = next((info.name for info in fc.sym.structs.values()
                  if info.is_class and key in info.members), None)
    if owner is None:
        return None
    return f"'{name}' is a member of {owner}: write PROCEDURE {owner}::{proc.name}(...) " \
        f"to make this procedure its {_SPECIAL[fold(proc.name)]}"
