"""A procedure whose header lists its results' types, `PROCEDURE P() : (int, string)` /
`PROCÉDURE P() : (entier, chaîne)`: each type is checked as a declared type is, and a
RESULT giving another number of values is WL110, which the run refuses too (it would
lose a value or stop on a missing one; docs/semantics.md "Several values", L, 6 Dec 2026).
"""
from __future__ import annotations

__all__ = ["check_result_types", "check_result_count"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N

if TYPE_CHECKING:
    from .checker import FunctionChecker

# values that are one value whatever they hold (a call may give several)
_SINGLE = (N.Num, N.Str, N.Const, N.BinOp)


def check_result_types(fc: "FunctionChecker", p: N.Procedure) -> None:
    """Each listed type as a declaration's type (an unknown one is WL207)."""
    for text in p.result_types:
        fc.spec(text, p)


def check_result_count(fc: "FunctionChecker", value: N.Expr, p: N.Procedure) -> None:
    """`RESULT (1, "a", 3)` or `RESULT 5` where the header lists two types."""
    if type(value) is N.TupleLit:
        given = len(value.items) + len(value.skipped)
    elif isinstance(value, _SINGLE):
        given = 1
    else:
        return  # (another procedure's values: counted when they are received)
    wanted = len(p.result_types)
    if given != wanted:
        listed = ", ".join(p.result_types)
        fc.rep.report("WL110", f"RESULT gives {given} value(s) where the header of "
                      f"{p.name} lists {wanted} result types: ({listed})", value)
