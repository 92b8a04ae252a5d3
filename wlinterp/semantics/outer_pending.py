"""An internal procedure reading a variable of the function it is written in, that variable
declared below the procedure: the read is checked where the procedure is written, but it
runs when the procedure is called. Called while the variable is still above its
declaration, the run stops in the procedure ("used before its declaration"), so WL101 is
said there then; called after the declaration, the read is fine."""
from __future__ import annotations

__all__ = ["note_outer_pending", "outer_pending_at_call"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N

if TYPE_CHECKING:
    from .checker import FunctionChecker


def note_outer_pending(fc: "FunctionChecker", e: N.Name | N.ClassMember, sym: Any) -> None:
    """Keep a read, in the internal procedure `fc` checks, of an enclosing function's
    variable not declared yet, for the calls of that procedure (outer_pending_at_call)."""
    if fc.proc is not None:
        fc.sym.outer_pending.setdefault(id(fc.proc), []).append((e, sym))


def outer_pending_at_call(fc: "FunctionChecker", internal: N.Procedure) -> None:
    """A call of the internal procedure `internal`: WL101 at each of its reads of a
    variable of this function still above its declaration here, where the run stops."""
    for e, sym in fc.sym.outer_pending.get(id(internal), ()):
        if sym.pending:
            fc.before_declaration(e, sym)
