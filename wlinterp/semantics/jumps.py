"""GOTO and its labels, checked per process (main code, procedure, method).

What wlinterp runs (docs/semantics.md "GOTO and labels"): a label is a line `Name:` of
its own, in any block of the process (its top level, an IF's branch, a loop's body, a
CASE of a SWITCH); a GOTO goes on at a label of its own block or of a block around it,
backwards or forwards (out of the loops and blocks it is in). Anything else is refused
here, at the GOTO, with the reason: a GOTO into a block it is not in, a GOTO naming no
label of its process (one of another procedure, of an internal procedure or of the code
around it included), a GOTO in a CASE ERROR: / CASE EXCEPTION: / END: section, a label
there (no GOTO may go to it: *decided*, it was an internal error); and two labels of one
name, at the second.
"""
from __future__ import annotations

__all__ = ["check_jumps", "block_labels"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import blocks, walk_stmts

if TYPE_CHECKING:
    from .reporter import Reporter


def block_labels(stmts: list[N.Stmt]) -> list[str]:
    """The GOTO labels written in `stmts` itself (not in the blocks nested in it), folded,
    in order: the segments of the block's dispatch loop (compiler/jumps.py)."""
    return [fold(s.name) for s in stmts if type(s) is N.Label and s.jump]


def check_jumps(rep: "Reporter", body: N.Body) -> None:
    """WL105/WL111 for the labels and GOTOs of one process (asked only when it has one)."""
    seen: set[str] = set()
    for n in walk_stmts(body.stmts):
        if type(n) is N.Label and n.jump:
            if fold(n.name) in seen:
                rep.report("WL105", f"label '{n.name}' is already defined in this process",
                           n, len(n.name))
            seen.add(fold(n.name))
    _check_gotos(rep, body.stmts, frozenset(), seen)
    if body.on_end is None:  # `GOTO FIN` with no END: section to go to
        for n in walk_stmts(body.stmts):
            if type(n) is N.Goto and n.to_end:
                rep.report("WL111", f"GOTO {n.label}: this process has no {n.label.upper()}: "
                           "section (the code a GOTO FIN goes to, run however the body "
                           "is left)", n)
    for section in (body.on_error, body.on_exception, body.on_end):
        for n in walk_stmts(section or []):
            if type(n) is N.Goto:
                rep.report("WL111", "GOTO cannot leave a CASE ERROR:, CASE EXCEPTION: or "
                           "END: section", n)
            elif type(n) is N.Label and n.jump:  # (it was an internal error)
                rep.report("WL111", f"the label '{n.name}:' is in a CASE ERROR:, CASE "
                           "EXCEPTION: or END: section, where no GOTO goes", n,
                           len(n.name))


def _check_gotos(rep: "Reporter", stmts: list[N.Stmt], around: frozenset[str],
                 everywhere: set[str]) -> None:
    """The GOTOs of `stmts` and its nested blocks; `around`: the labels of the blocks
    around `stmts`, which a GOTO in it may reach, `everywhere` the process's labels."""
    reachable = around.union(block_labels(stmts))
    for s in stmts:
        if type(s) is N.Goto and not s.to_end and fold(s.label) not in reachable:
            if fold(s.label) in everywhere:
                rep.report("WL111", f"GOTO {s.label}: the label '{s.label}:' is inside a "
                           "block this GOTO is not in (a GOTO cannot jump into an IF, a loop "
                           "or a SWITCH)", s)
            else:
                rep.report("WL111", f"GOTO {s.label}: this process has no label "
                           f"'{s.label}:' (a GOTO stays in its own process)", s)
        for inner in blocks(s):
            _check_gotos(rep, inner, reachable, everywhere)
