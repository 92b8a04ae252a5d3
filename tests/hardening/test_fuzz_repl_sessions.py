"""REPL sessions whose time limit rings at random points (wl_repl_sessions.py), bounded
for CI with fixed draws; `run_fuzz.py --only repl` runs the same property with fresh
draws for as long as asked. Each case: a sample typed with a 1-100 ms limit, another
`.load`ed, then the session must still answer and leave no timer armed."""
from __future__ import annotations

import signal

import pytest
from hypothesis import given, settings

from wl_mutations import CI_DRAWS
from wl_repl_sessions import _timers_left, repl_sessions, stressed_session

pytestmark = [pytest.mark.usefixtures("in_scratch_dir"),
              pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers")]


@settings(CI_DRAWS, max_examples=20)
@given(repl_sessions())
def test_a_session_answers_after_limits_ring_anywhere(case: tuple) -> None:
    stressed_session(case)


def test_the_property_sees_a_timer_or_handler_left_behind() -> None:
    """The property's own check can fail: what a session left armed is named, then
    cleared for the next case."""
    def handler(signum: int, frame: object) -> None:
        pass
    signal.setitimer(signal.ITIMER_PROF, 30)
    signal.signal(signal.SIGALRM, handler)
    left = _timers_left()
    assert [what.split(" (")[0] for what in left] == ["ITIMER_PROF", "SIGALRM handler " + (
        "test_the_property_sees_a_timer_or_handler_left_behind.<locals>.handler")], left
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    assert _timers_left() == []
