"""An array where a number is needed, found by the run in a FOR loop's bound (`FOR i = 1 TO
t`) or in arithmetic on a row of a 2-dimension array (`x is int = t[i] + 1`, `x += 1 +
t[2]`): the run's caret is where `wl check` puts WL110 / WL113 (at t), where it was at the
statement's start (error_column.py)."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

_EN = "t is array of 2 by 2 int\ni is int = 1\nx is int = 0\n"
_FR = "t est un tableau de 2 par 2 entiers\ni est un entier = 1\nx est un entier = 0\n"
_EN1 = "t is array of 3 int\n"
_FR1 = "tab est un tableau de 3 entiers\n"

PROGRAMS = [  # (program, the code of the check's error)
    (_EN1 + "FOR i = 1 TO t\n\tTrace(i)\nEND\n", "WL110"),
    (_EN1 + "FOR i = t TO 3\n\tTrace(i)\nEND\n", "WL110"),
    (_FR1 + "POUR j = 1 _À_ tab\n\tTrace(j)\nFIN\n", "WL110"),
    (_FR1 + "pour j = 1 a TAB\n\ttrace(j)\nfin\n", "WL110"),
    (_EN + "y is int = t[i] + 1\nTrace(x, y)\n", "WL113"),
    (_EN + "x += 1 + t[2]\n", "WL113"),
    (_EN + "y is int = 2 * t[1]\nTrace(x, y)\n", "WL113"),
    (_EN + "y is int = t[1] - 1\nTrace(x, y)\n", "WL113"),
    (_FR + "y est un entier = t[i] + 1\nTrace(x, y)\n", "WL113"),
    (_FR + "x += 1 + t[2]\n", "WL113"),
]


def _errors(text: str, code: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == code]


@pytest.mark.parametrize("text, code", PROGRAMS)
def test_the_run_stops_where_the_check_reports(text: str, code: str) -> None:
    found = _errors(text, code)
    assert len(found) == 1, found
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert "A value of type array cannot be used as a number." in str(caught.value)
    where = (caught.value.line, caught.value.column)  # type: ignore[attr-defined]
    assert where == found[0]
    line, column = where
    assert text.splitlines()[line - 1][column - 1] in "tT"


def test_a_line_with_two_rows_added_stops_at_the_first() -> None:
    text = _EN + "y is int = t[1] + t[2]\nTrace(x, y)\n"
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert (caught.value.line, caught.value.column) == (4, 12)  # type: ignore[attr-defined]


def test_a_bound_named_twice_keeps_the_statement() -> None:
    """`FOR i = t TO t`: which t failed is not certain from the text: the FOR's column."""
    text = _EN1 + "FOR i = t TO t\n\tTrace(i)\nEND\n"
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert (caught.value.line, caught.value.column) == (2, 1)  # type: ignore[attr-defined]
