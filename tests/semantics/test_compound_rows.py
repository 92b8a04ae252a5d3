"""`t[i] += t[j]` with t of two dimensions adds rows (arrays), which the run refuses ("A
value of type array cannot be used as a number."): `wl check` says so first, WL113 at
each row, and the run's caret is at the first (the target's variable, or the element
added when the target is a variable), where it was at the `[` or at the statement."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

_EN = "t is array of 2 by 2 int\ni is int = 1\nj is int = 2\nx is int = 0\n"
_FR = "t est un tableau de 2 par 2 entiers\ni est un entier = 1\nx est un entier = 0\n"


def _wl113(text: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL113"]


def _run_place(text: str) -> tuple[int, int, str]:
    try:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    except Exception as exc:  # noqa: BLE001 - the WLanguage error's place is checked
        return exc.line, exc.column, str(exc)  # type: ignore[attr-defined]
    raise AssertionError("the run did not stop")


@pytest.mark.parametrize("text, rows", [
    (_EN + "t[i] += t[j]\n", 2),
    (_EN + "t[i] -= 1\n", 1),
    (_EN + "x += t[2]\n", 1),
    (_FR + "t[i] += t[2]\n", 2),
    (_FR + "x -= t[1]\n", 1),
])
def test_the_check_reports_each_row_and_the_run_stops_at_the_first(text: str,
                                                                   rows: int) -> None:
    found = _wl113(text)
    assert len(found) == rows, found
    line, column, message = _run_place(text)
    assert "A value of type array cannot be used as a number." in message
    assert (line, column) == min(found)


def test_one_subscript_per_dimension_is_no_error() -> None:
    assert _wl113(_EN + "t[i, 1] += t[j, 2]\nx += t[1, 1]\nTrace(x, t[1, 1])\n") == []
