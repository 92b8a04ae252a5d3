"""Named arguments evaluated in the order written (docs/semantics.md "Named arguments":
decided, INFERRED): the semantic pass notes, in Call.order, the arguments with effects in
the order written only when it differs from their parameters' order, so a positional
call, or named ones written in order, compile as before (no temporaries), and the note
stays on the tree for a second analysis of it."""
from __future__ import annotations

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax import nodes as N
from wlinterp.syntax.parser import parse
from wlinterp.syntax.walk import walk_expr

from wl_test_helpers import run_lines

_PROGRAM = """gnNext is int = 0
x is int = 4
Show(Next(), Next())
Show(nA : Next(), nB : Next())
Show(nB : x, nA : 3)
Show(nB : Next(), nA : Next())
Show(nB : Next(), nA : x)

PROCEDURE Next()
gnNext++
RESULT gnNext

PROCEDURE Show(nA, nB)
Trace(nA, nB)
"""


def _orders(program: N.Program) -> list[tuple[int, ...]]:
    """Call.order of each call to Show, in the order written."""
    calls = [e for s in program.main.stmts if isinstance(s, N.ExprStmt)
             for e in walk_expr(s.expr)
             if type(e) is N.Call and type(e.func) is N.Name and e.func.name == "Show"]
    return [c.order for c in calls]


def test_only_calls_written_in_another_order_carry_an_order() -> None:
    program = parse(_PROGRAM, "order.wl")
    analyze(program, load_stdlib())
    assert _orders(program) == [(), (), (), (1, 0), ()]


def test_a_second_analysis_keeps_the_order() -> None:
    program = parse(_PROGRAM, "order.wl")
    analyze(program, load_stdlib())
    analyze(program, load_stdlib())
    assert _orders(program) == [(), (), (), (1, 0), ()]


def test_values_are_computed_in_the_order_written() -> None:
    assert run_lines(_PROGRAM) == ["1, 2", "3, 4", "3, 4", "6, 5", "4, 7"]
