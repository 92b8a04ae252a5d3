"""`FOR i = 1 TO 10 STEP t` with t an array: the run stops ("A FOR loop's STEP must be a
number, not a value of type array."); `wl check` says so first, WL110 at t (deferred),
and the run's caret is at t too (error_column.py), where it was at the FOR."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

PROGRAMS = [  # (program, the step's name as written)
    ("t is array of int = [1, 2]\nFOR i = 1 TO 10 STEP t\n\tTrace(i)\nEND\n", "t"),
    ("tab est un tableau d'entiers = [1, 2]\nPOUR j = 1 _À_ 10 PAS tab\n\tTrace(j)\nFIN\n",
     "tab"),
    ("aa is associative array of int\nfor k = 10 to 1 step AA\n\tTrace(k)\nend\n", "AA"),
]


def _wl110(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL110"]


@pytest.mark.parametrize("text, name", PROGRAMS)
def test_the_check_and_the_run_stop_at_the_step(text: str, name: str) -> None:
    found = _wl110(text)
    assert len(found) == 1, found
    line, column, message = found[0]
    assert "cannot be used as a FOR loop's STEP" in message
    assert text.splitlines()[1][column - 1:] == name
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert "A FOR loop's STEP must be a number" in str(caught.value)
    assert (caught.value.line, caught.value.column) == (line, column)  # type: ignore[attr-defined]


def test_a_number_or_a_count_as_step_is_no_error() -> None:
    text = "t is array of int = [1, 2]\nFOR i = 1 TO 10 STEP t.Count\n\tTrace(i)\nEND\n"
    assert _wl110(text) == []
