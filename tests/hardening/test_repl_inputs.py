"""The REPL's inputs: the run limits apply to it, and no input ends it with Python's words.

`wl repl` takes `wl run`'s flags. `--max-depth`, `--max-string` and `--max-array` bound the
session as they bound a script; `--timeout` bounds each input (the prompt stays: an
endless loop typed by mistake is stopped, the session keeps its variables). Found by
hand: `--timeout` was accepted by `wl repl` and ignored. The inputs go through
`run_lines`, the REPL's own non-interactive entry (what a pasted block does), with the
session built from the real `wl repl` command line.
"""
from __future__ import annotations

import argparse
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wl_strategies import fragments, programs
from wlinterp.commands.run import add_run_options, run_options
from wlinterp.repl import ReplSession, run_lines
from wlinterp.repl.meta import run_meta


def _session(*flags: str) -> tuple[ReplSession, io.StringIO, io.StringIO]:
    parser = argparse.ArgumentParser(prog="wl repl")
    add_run_options(parser)
    out, err = io.StringIO(), io.StringIO()
    return ReplSession(out, err, options=run_options(parser.parse_args(list(flags)))), out, err


def test_the_run_limits_bound_the_session():
    session, out, err = _session("--max-string", "100", "--max-depth", "300",
                                 "--max-array", "20")
    run_lines(['s is string = Repeat("a", 500)', 'Trace("string " + Length(s))',
               "PROCEDURE r(n)", "RESULT r(n + 1)", "", "x is int = r(1)",
               "t is array of int", "FOR i = 1 TO 50", "Add(t, i)", "END",
               'Trace("array " + ArrayCount(t))'], session)
    assert "String too long: 500 characters (at most 100" in err.getvalue()
    assert "Stack overflow" in err.getvalue()
    assert "Array too large: 21 elements (at most 20" in err.getvalue()
    assert out.getvalue() == "array 20\n", out.getvalue()


def test_timeout_stops_one_input_and_the_session_goes_on():
    session, out, err = _session("--timeout", "0.3")
    run_lines(["n is int = 7", "LOOP", "n++", "END", 'Trace("still here " + (n > 7))'],
              session)
    assert "the input ran longer than 0.3 s (--timeout); stopped in the main code" \
        in err.getvalue(), err.getvalue()
    assert out.getvalue() == "still here 1\n", (out.getvalue(), err.getvalue())


def test_without_timeout_nothing_is_armed():
    session, out, err = _session()
    run_lines(["x is int = 0", "FOR i = 1 TO 1000", "x += i", "END", "Trace(x)"], session)
    assert (out.getvalue(), err.getvalue()) == ("500500\n", "")


def test_meta_commands_on_odd_paths_are_one_line_errors(tmp_path):
    session, out, err = _session()
    for path in ["/dev/zero", str(tmp_path / "missing.wl"), str(tmp_path), "a\0b", "\udc80"]:
        run_meta(f".load {path}", session)
    lines = err.getvalue().splitlines()
    assert len(lines) == 5 and all("Traceback" not in line for line in lines), lines


_REPL_CI = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None,
                    max_examples=40)


@_REPL_CI
@given(st.one_of(programs(), fragments(), st.text(max_size=200)))
def test_any_typed_lines_leave_the_session_usable(text: str) -> None:
    """Whatever is typed (grammar programs, near misses, any text), line by line: errors are
    reported as WLanguage errors and the session still runs the next input."""
    session, out, err = _session("--timeout", "0.2", "--max-string", "1M", "--max-array", "100000")
    run_lines(text.split("\n"), session)
    run_lines(["", "END", "", 'Trace("alive")'], session)  # close whatever was left open
    assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue()
    assert out.getvalue().endswith("alive\n"), (text, out.getvalue(), err.getvalue())
