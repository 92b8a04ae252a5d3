"""`()` parses only as a call's argument (ParallelTaskExecute(P, (), ...), ?1000021211);
anywhere else it is the syntax error it was before it was added, at its `)`, in `wl check`
and `wl run` alike (both parse with the same parser). As another call's argument it is
WL100 (tests/diagnostics/empty_parentheses.wl)."""
from __future__ import annotations

import pytest

import wlinterp
from wlinterp.syntax import nodes as N


@pytest.mark.parametrize(("text", "column"), [
    ("x is int = ()\n", 13),
    ("IF () THEN\nTrace(1)\nEND\n", 5),
    ("() = 5\n", 2),
    ("t is array of int = ()\n", 22),
    ("x est un entier = () + 1\n", 20),
], ids=["declaration", "condition", "target", "array", "fr-operand"])
def test_empty_parentheses_outside_a_call_are_a_syntax_error(text: str, column: int) -> None:
    with pytest.raises(wlinterp.WLSyntaxError) as info:
        wlinterp.parse(text, "e.wl")
    assert (info.value.line, info.value.column) == (1, column)
    assert "unexpected ')'" in info.value.message


def test_empty_parentheses_as_an_argument_parse() -> None:
    prog = wlinterp.parse("t is ParallelTask = ParallelTaskExecute(P, (), ptoMainThread)\n",
                          "p.wl")
    decl = prog.main.stmts[0]
    assert isinstance(decl, N.Decl) and isinstance(decl.init, N.Call)
    empty = decl.init.args[1]
    assert isinstance(empty, N.TupleLit) and empty.items == [] and empty.col == 44
