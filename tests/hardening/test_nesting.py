"""Code nested deeper than the passes can go is a positioned syntax error, never exit 70.

Found by hand-made adversarial inputs (issue 12's fuzzing step): 3000 nested calls, 5000
nested brackets, 1000 nested loops, a 50,000-term concatenation, `a.b.b...`, `NOT NOT...`
made `wl run`, `wl check` and `wl test` end with "internal error: RecursionError" (exit
70) from the linker, the checker or the compiler. Each pass now reports the failure at
the deepest point (wlinterp/syntax/nesting.py). The sizes here are the smallest that
reach each pass's limit, so that the tests stay quick.
"""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLSyntaxError

CASES = {
    # CPython's own compiler: 100 levels of indentation
    "nested IF blocks": ("IF 1 THEN\n" * 120 + "Trace(1)\n" + "END\n" * 120, 121, 1),
    # the compiler's recursion
    "nested calls": ("x is int = " + "Abs(" * 1500 + "1" + ")" * 1500 + "\n", 1, 6008),
    "a long member chain": ("x is int = a" + ".b" * 3000 + "\n", 1, 12),
    # (3,000 texts joined left to right run: test_long_chains.py; nested to the right
    # they still nest: variables, as literals are folded when the recursion limit allows)
    "a long concatenation": ("s is string\nx is string = s" + " + (s" * 1500 + ")" * 1500 +
                             "\n", 2, 7510),
}


@pytest.mark.parametrize("source, line, column", CASES.values(), ids=list(CASES))
def test_too_deep_is_a_syntax_error_at_the_deepest_point(source, line, column):
    with pytest.raises(WLSyntaxError) as caught:
        run_source(source, "deep.wl", stdout=io.StringIO(), stderr=io.StringIO())
    err = caught.value
    assert "nests too deeply" in err.message, err.message
    assert (err.line, err.column) == (line, column), err


def test_shallower_code_still_runs():
    out = io.StringIO()
    run_source("IF 1 THEN\n" * 20 + "Trace(" + "Abs(" * 100 + "-1" + ")" * 100 + ")\n"
               + "END\n" * 20, "ok.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "1\n"


@pytest.mark.parametrize("command", ["run", "check", "test"])
@pytest.mark.parametrize("name, source", [
    ("brackets", "x is int = " + "[" * 3000 + "1" + "]" * 3000 + "\n"),
    ("blocks", "FOR i = 1 TO 1\n" * 1200 + "Trace(i)\n" + "END\n" * 1200),
], ids=["brackets", "blocks"])
def test_wl_commands_report_it_with_a_caret(wl_cli, script, command, name, source):
    """The project path (linker), the checker and the test runner."""
    path = script(source, f"test_{name}.wl")
    ran = wl_cli(command, path)
    assert ran.code == 65, ran
    assert "nests too deeply" in ran.err + ran.out and "^" in ran.err + ran.out, ran
    assert "internal error" not in ran.err and "Traceback" not in ran.err, ran


@pytest.mark.parametrize("source", [c[0] for c in CASES.values()], ids=list(CASES))
def test_the_repl_reports_it_and_keeps_the_session(source):
    """The REPL compiles each input itself: a 2,000-term sum typed there ended the
    session with "internal error: RecursionError" (exit 70), found by piping hostile
    inputs into `wl repl`."""
    from wlinterp.repl import ReplSession, run_lines
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(out, err)
    run_lines(["n is int = 41", *source.rstrip("\n").split("\n"), "", "Trace(n + 1)"],
              session)
    assert "nests too deeply" in err.getvalue(), err.getvalue()[-2000:]
    assert "internal error" not in err.getvalue()
    assert out.getvalue().endswith("42\n"), out.getvalue()[-500:]
