"""Named arguments evaluated in the order written (docs/semantics.md "Named arguments":
decided, INFERRED): the semantic pass notes, on the positional stand-in it keeps in its
own table for a call whose named arguments it placed (resolved.py `placed_calls`), the
arguments with effects in the order written only when it differs from their parameters'
order, so a positional call, or named ones written in order, compile as before (no
temporaries); the tree stays as written, so a second analysis of it notes the same."""
from __future__ import annotations

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.semantics.analysis import Analysis
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


def _orders(program: N.Program, analysis: Analysis) -> list[tuple[int, ...]]:
    """The order of each call to Show, in the order written, as the analysis placed it;
    the tree's calls carry none."""
    calls = [e for s in program.main.stmts if isinstance(s, N.ExprStmt)
             for e in walk_expr(s.expr)
             if type(e) is N.Call and type(e.func) is N.Name and e.func.name == "Show"]
    assert all(c.order == () for c in calls)
    return [analysis.refs.placed_call(c).order for c in calls]


def test_only_calls_written_in_another_order_carry_an_order() -> None:
    program = parse(_PROGRAM, "order.wl")
    assert _orders(program, analyze(program, load_stdlib())) == [(), (), (), (1, 0), ()]


def test_a_second_analysis_finds_the_same_order() -> None:
    program = parse(_PROGRAM, "order.wl")
    analyze(program, load_stdlib())
    assert _orders(program, analyze(program, load_stdlib())) == [(), (), (), (1, 0), ()]


def test_values_are_computed_in_the_order_written() -> None:
    assert run_lines(_PROGRAM) == ["1, 2", "3, 4", "3, 4", "6, 5", "4, 7"]
