"""A number past the integers' range given where a built-in wants an integer
(`Middle(s, 2, 1e19)`): the run stops with "Middle: parameter 3 is 1e+19, too large for
an integer ..." at that argument, where `wl check` puts WL110 in the same words (it
stopped at the built-in's name; error_column.py, argument_place.py
`named_call_argument`). A line that calls the built-in twice: the one that failed, by
the calls' order."""
from __future__ import annotations

import io

import pytest

from wl_test_helpers import stop_where_checked
from wlinterp import run_source
from wlinterp.errors import WLError

_EN = 'sRef is string = "INV-0042"\nnBig is real = 1e19\n'
_FR = 'sRéf est une chaîne = "FAC-0042"\n'

PROGRAMS = [  # (program, the run's words, the text at the caret)
    (_EN + "Trace(Middle(sRef, 2, 1e19))\n", "Middle: parameter 3 is 1e+19", "1e19"),
    (_EN + "x is string = Left(sRef, 2) + Right(sRef, -1e19)\n",
     "Right: parameter 2 is -1e+19", "-1e19"),
    (_FR + "Trace(milieu(sRéf, 2, 1e19))\n", "Milieu: parameter 3 is 1e+19", "1e19"),
    (_FR + "Trace(Répète(\"-\", 1e300))\n", "Répète: parameter 2 is 1e+300", "1e300"),
]


@pytest.mark.parametrize("text, words, at", PROGRAMS)
def test_the_run_stops_where_the_check_reports(text: str, words: str, at: str) -> None:
    assert stop_where_checked(text, "WL110", words) == at[0]
    assert _caret_text(text, len(at)) == at


def test_a_variable_is_placed_too() -> None:
    """A real variable past the range: the check leaves it to the run, which stops at it."""
    assert _caret_text(_EN + "Trace(Left(sRef, nBig))\n", 4) == "nBig"


def test_the_call_that_failed_among_two() -> None:
    """The second Middle of the line failed: at its argument, not at the first's."""
    assert _caret_text(_EN + "Trace(Middle(sRef, 1) + Middle(sRef, 2, nBig))\n", 4) \
        == "nBig"
    assert _caret_text(_EN + "Trace(Middle(sRef, 1, nBig) + Middle(sRef, 2))\n", 4) \
        == "nBig"


def _caret_text(text: str, length: int) -> str:
    """The `length` characters of the source at the run's error caret."""
    try:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    except WLError as exc:
        line = text.split("\n")[exc.line - 1]  # type: ignore[attr-defined]
        return line[exc.column - 1:exc.column - 1 + length]  # type: ignore[attr-defined]
    raise AssertionError("the run did not stop")
