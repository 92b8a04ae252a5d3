"""Defects found by the long fuzz campaign of 7 December 2026 (issue 8, REV; docs/testing.md
"Fuzzing (issue 8, REV, ...)"), one test each, in process: each smallest reproducer gave a
Python traceback or an internal error before its fix.
"""
from __future__ import annotations

import argparse
import io

import pytest

from wlinterp.commands.run_options import add_run_options, run_options
from wlinterp.repl import ReplSession, run_lines


def _repl(lines: list[str]) -> tuple[str, str]:
    """`lines` typed into a `wl repl` session: (what it printed, what it said on stderr)."""
    parser = argparse.ArgumentParser(prog="wl repl")
    add_run_options(parser)
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(out, err, options=run_options(parser.parse_args([])))
    try:
        run_lines(lines, session)
    finally:
        session.close()
    return out.getvalue(), err.getvalue()


DEEP_CALLS = "f(" * 600 + "1" + ")" * 600


@pytest.mark.parametrize("typed, column", [
    (DEEP_CALLS, 1199),                        # a lone call: its value is shown (WL117 asked)
    ("x = " + DEEP_CALLS, 1203),               # an undeclared name assigned: declared for the session
    ("résultat = " + DEEP_CALLS, 1210),        # the same in French, with an accent
    ("Trace" + ".Trace" * 1000 + "(1)", 1),    # a member chain called
], ids=["lone call", "assignment", "affectation", "member chain"])
def test_an_input_nested_too_deeply_for_the_prompt_is_placed(typed: str, column: int) -> None:
    """The prompt's own passes over an input (is a lone call's value shown? which names
    does it declare?) ran before compile_program, outside its RecursionError handling:
    "wl: internal error: RecursionError" and the session ended (exit 70). Now it is the
    "nests too deeply" error at the deepest point, and the next input runs."""
    out, err = _repl([typed, '"alive"'])
    assert err.startswith(f"<repl>:1:{column}: error: the code nests too deeply here"), err[:300]
    assert "\n    ^" in err or "^\n" in err, err[:600]
    assert "internal error" not in err and "Traceback" not in err, err[-600:]
    assert out == "alive\n", out
