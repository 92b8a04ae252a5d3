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
import signal
import time

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wl_strategies import fragments, programs
from wlinterp.commands.limits import TimedOut, stop_reporting
from wlinterp.commands.run_options import add_run_options, run_options
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
    run_lines(["", "END", ""], session)  # close whatever was left open (still bounded)
    # The check is a lone value, which the REPL shows itself: the generated programs
    # draw their names from a list holding Trace, and one that declared `PROCEDURE
    # Trace()` silenced a `Trace("alive")` check (the failure seen now and then, load or
    # not). It runs under a limit no loaded machine reaches: the question is whether the
    # session still runs an input, not how fast.
    session.options["input_timeout"] = 60
    run_lines(['"alive"'], session)
    assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue()
    assert out.getvalue().endswith("alive\n"), (text, out.getvalue(), err.getvalue())


def test_a_program_that_redefines_trace_leaves_the_session_usable() -> None:
    """The example that made the fuzz test above fail at random: a typed procedure named
    Trace shadows the built-in, and the session still runs and shows the next input."""
    session, out, err = _session("--timeout", "0.2")
    run_lines(["PROCEDURE Trace(x)", "", "END", ""], session)
    run_lines(['Trace("hidden")', '"alive"'], session)
    assert out.getvalue() == "alive\n", (out.getvalue(), err.getvalue())


def test_the_first_input_is_timed_without_the_interpreter_imports():
    """A new session has imported what a run loads on first use: a first input under a
    tight --timeout runs (under load it used to spend its time importing, and a limit
    expiring inside Python's compiler broke the session)."""
    session, out, err = _session("--timeout", "0.5")
    import sys
    before = set(sys.modules)
    run_lines(['Trace("first")'], session)
    loaded = {m for m in set(sys.modules) - before if m.startswith("wlinterp.runtime")}
    assert not loaded, loaded
    assert out.getvalue() == "first\n", err.getvalue()


class _SlowFinaliser:
    """Its __del__ spins past the time limit: the timer's exception is raised inside it,
    where Python ignores it (as inside a garbage-collector callback)."""

    def __del__(self) -> None:
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            pass


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_time_limit_lost_in_a_finaliser_is_raised_again():
    """The limit expires inside the finaliser (ignored there); it is raised again in the
    loop that follows, which would otherwise run for two minutes (then pytest.raises
    fails). What proves it is where TimedOut comes from, not the wall clock (a bound of
    5 s flaked under load); afterwards the timer is off."""
    before = signal.getsignal(signal.SIGALRM)
    reached: list[str] = []
    start = time.monotonic()
    with pytest.raises(TimedOut):
        with stop_reporting("x.wl", 0.1):
            _SlowFinaliser()  # collected at once: the limit expires inside its __del__
            reached.append("after the finaliser")
            while time.monotonic() - start < 120:
                pass
    assert reached == ["after the finaliser"]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_a_body_ending_as_the_time_runs_out_leaves_nothing_armed():
    """An input that ends just as its limit expires: whichever side wins, nothing escapes
    from the `with` but TimedOut, and the timer is off and the old handler back (an
    expiry in the context manager's exit escaped and the timer kept raising in the code
    that ran next, a pytest worker here)."""
    before = signal.getsignal(signal.SIGALRM)
    for i in range(150):
        end = time.monotonic() + 0.002
        try:
            with stop_reporting("x.wl", 0.002):
                while time.monotonic() < end:
                    pass
        except TimedOut:
            pass
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0), i
        assert signal.getsignal(signal.SIGALRM) is before, i
    time.sleep(0.12)  # past two re-raise periods: nothing left to fire


def test_the_timer_does_not_raise_inside_the_exit_of_the_with():
    """The window the class closes: the handler, given the frame of `__exit__` (where
    the body is over but the timer not yet off), does not raise; anywhere else it does."""
    import sys

    limit = stop_reporting("x.wl", 60)
    passed = []
    with pytest.raises(TimedOut):
        with limit:
            handler = signal.getsignal(signal.SIGALRM)
            assert callable(handler)

            class Exiting:
                f_code = stop_reporting.__exit__.__code__

            handler(signal.SIGALRM, Exiting())  # no raise: __exit__ stops the timer
            passed.append(True)
            handler(signal.SIGALRM, sys._getframe())  # raises: the body is running
    assert passed == [True]


def test_the_timer_does_not_raise_before_the_body_begins():
    """An expiry while the `with` is still entering (in `__enter__`, or in the arming
    function once the timer is set) only marks the time as run out: raised there, it
    left the `with` before `__exit__` could stop the timer, which went on raising in the
    code that ran next (a test worker died of it under load). The timer raises again in
    the body, and the `with` ends in TimedOut with the timer off."""
    from wlinterp.commands import limits

    before = signal.getsignal(signal.SIGALRM)
    quiet = []
    with pytest.raises(TimedOut):
        with stop_reporting("x.wl", 60):
            handler = signal.getsignal(signal.SIGALRM)
            for code in (stop_reporting.__enter__.__code__, limits._arm.__code__):
                class Entering:
                    f_code = code
                handler(signal.SIGALRM, Entering())  # no raise: the body has not begun
                quiet.append(code.co_name)
            signal.setitimer(signal.ITIMER_REAL, 0.01, 0.05)  # the next raise, in the body
            end = time.monotonic() + 30
            while time.monotonic() < end:
                pass
    assert quiet == ["__enter__", "_arm"]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
