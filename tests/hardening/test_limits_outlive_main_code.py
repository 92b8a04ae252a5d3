"""A run's limits hold until its threads are over, and are then put back exactly.

The run left its limits (--max-depth as Python's recursion limit, --max-string,
--max-array) as soon as its main code ended, before its wait for the threads: a thread
still running then ran without them, and a thread in the first call of a procedure
(compiler/stub_depth.py) set the recursion limit from the run's when that call ended,
after the run had put the process's back: the run left it at 6000 for good (the
constant folding of deep literal expressions in later tests of the same worker then
depended on the order of the tests). engine.run_compiled now leaves the limits after
the wait. Counted: the recursion limit and the limits' state, before and after."""
from __future__ import annotations

import io
import sys

import pytest

from wlinterp.engine import run_source
from wlinterp.runtime import limits

_EN = """\
ThreadExecute("w", threadNormal, Worker)
PROCEDURE Worker()
  Trace(Inner(Repeat("x", 40)))
PROCEDURE Inner(s is string)
  ThreadPause(20)
  RESULT Length(s + s)
"""
_FR = """\
ThreadExécute("ouvrier", threadNormal, Ouvrier)
PROCÉDURE Ouvrier()
  Trace(Intérieur(Répète("é", 40)))
PROCÉDURE Intérieur(s est une chaîne)
  ThreadPause(20)
  RENVOYER Taille(s + s)
"""


@pytest.mark.parametrize("source", [_EN, _FR])
def test_a_thread_in_a_first_call_leaves_the_recursion_limit_as_it_was(source):
    depth, state = sys.getrecursionlimit(), dict(limits._current)
    out = io.StringIO()
    run_source(source, "threads.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "80\n"
    assert sys.getrecursionlimit() == depth
    assert limits._current == state


def test_a_thread_running_after_the_main_code_keeps_the_runs_string_limit():
    """--max-string applies to a thread still running when the main code has ended (it
    built its 1,200 characters under a limit of 1,000)."""
    from wlinterp.errors import WLRuntimeError
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as raised:
        run_source('ThreadExecute("w", threadNormal, Grow)\nPROCEDURE Grow()\n'
                   '  ThreadPause(20)\n  s is string = Repeat("ab", 600)\n'
                   '  Trace(Length(s))\n', "grow.wl", stdout=out, stderr=io.StringIO(),
                   options={"max_string": 1000})
    assert "in thread 'w': Repeat: String too long: 1,200 characters (at most 1,000" \
        in str(raised.value)
    assert out.getvalue() == ""
