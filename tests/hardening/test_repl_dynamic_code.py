"""Dynamic code typed at the REPL (EvaluateExpression, ExecuteCode, Compile) sees the
variables and procedures of the earlier inputs, and writes back what ExecuteCode assigns;
a name nothing declares is a compilation error there as in a script, never an empty
variant read silently (docs/builtins.md, "Dynamic compilation")."""
from __future__ import annotations

import io

from wlinterp.repl import ReplSession, run_lines


def _run(lines: list[str]) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    run_lines(lines, ReplSession(stdout=out, stderr=err))
    return out.getvalue().splitlines(), err.getvalue()


def test_earlier_inputs_are_seen_and_written_back() -> None:
    shown, err = _run(["x is int = 5", 'Trace(EvaluateExpression("x + 1"))',
                       'ExecuteCode("x = x * 3")', "Trace(x)", "y is string = \"ab\"",
                       'ExecuteCode("Trace(y + x)")'])
    assert shown == ["6", "15", "ab15"] and err == ""


def test_french_names_and_an_earlier_procedure() -> None:
    shown, err = _run(["PROCÉDURE Carré(n)", "RENVOYER n * n", "", "v est un entier = 7",
                       'Trace(ÉvalueExpression("Carré(v) + 1"))',
                       'f est une procédure = Compile("Cube", "RENVOYER v * v * v")',
                       "Trace(f())"])
    assert shown == ["50", "343"] and err == ""


def test_an_unknown_name_is_the_compilation_error() -> None:
    shown, err = _run(['Trace(EvaluateExpression("nope * 2"))', "Trace(1)"])
    assert shown == ["1"]
    assert "EvaluateExpression: line 1: 'nope' is not declared" in err


def test_the_session_is_not_changed_by_dynamic_code() -> None:
    shown, err = _run(['ExecuteCode("z is int = 4" + CR + "Trace(z)")', "Trace(z)"])
    assert shown[0] == "4"
    assert "'z'" in err  # ExecuteCode's own variable is not a session variable
