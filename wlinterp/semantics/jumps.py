"""GOTO and its labels, checked per process (main code, procedure, method).

What wlinterp runs (docs/semantics.md "GOTO and labels"): a label is a line `Name:` of
its own, written at the top level of the process (outside any IF, loop or SWITCH), and
a GOTO anywhere in that process's statements goes on at it, backwards or forwards (out of
the loops and blocks it is in). Anything else is refused here, with the reason: a label
inside a block (a GOTO would jump into it), a GOTO naming no label of its process (one of
another procedure, of an internal procedure or of the code around it included), a GOTO in
a CASE ERROR: / CASE EXCEPTION: / END: section, two labels of one name.
"""
from __future__ import annotations

__all__ = ["check_jumps", "top_labels"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import sub_stmts, walk_stmts

if TYPE_CHECKING:
    from .reporter import Reporter


def top_labels(stmts: list[N.Stmt]) -> dict[str, int]:
    """The GOTO labels written at the top level of `stmts` (folded name -> their order:
    the compiler's segment numbers, 1 for the first)."""
    found: dict[str, int] = {}
    for s in stmts:
        if type(s) is N.Label and s.jump and fold(s.name) not in found:
            found[fold(s.name)] = len(found) + 1
    return found


def check_jumps(rep: "Reporter", body: N.Body) -> None:
    """WL105/WL111 for the labels and GOTOs of one process (asked only when it has one)."""
    seen: set[str] = set()
    for s in body.stmts:
        if type(s) is N.Label and s.jump:
            if fold(s.name) in seen:
                rep.report("WL105", f"label '{s.name}' is already defined in this process",
                           s, len(s.name))
            seen.add(fold(s.name))
    nested: set[str] = set()  # (a GOTO to one of these has the label's error)
    for s in body.stmts:
        for inner in sub_stmts(s):
            for n in walk_stmts([inner]):
                if type(n) is N.Label and n.jump:
                    rep.report("WL111", f"label '{n.name}' is inside a block: a GOTO can only "
                               "go to a label written outside any IF, loop or SWITCH",
                               n, len(n.name))
                    nested.add(fold(n.name))
    for n in walk_stmts(body.stmts):
        if type(n) is N.Goto and fold(n.label) not in seen and fold(n.label) not in nested:
            rep.report("WL111", f"GOTO {n.label}: this process has no label "
                       f"'{n.label}:' (a GOTO stays in its own process)", n)
    for section in (body.on_error, body.on_exception, body.on_end):
        for n in walk_stmts(section or []):
            if type(n) is N.Goto:
                rep.report("WL111", "GOTO cannot leave a CASE ERROR:, CASE EXCEPTION: or "
                           "END: section", n)
