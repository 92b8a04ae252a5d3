"""A Date, a DateTime or a Duration in a product the run refuses (`dDue * 2`, `n /
dDate`, `10 / du`, `90 min * dDate`): the run's caret is at the operand where `wl check`
puts WL113 (the right operand's variable, else the left's); it was at the statement's
start (error_column.py, runtime/dated_products.py)."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

_EN = 'dDue is Date = "20240105"\ndu is Duration = 90 min\nn is int = 2\n'
_FR = ('dEchéance est une Date = "20240105"\ndu est une Durée = 90 min\n'
       'n est un entier = 2\n')

PROGRAMS = [  # (program, the operand the caret is at)
    (_EN + "Trace(dDue * 2)\n", "dDue"),
    (_EN + "x is int = 1\nx = n / dDue\n", "dDue"),
    (_EN + "Trace(dDue % n)\n", "n"),
    (_EN + "Trace(du * dDue)\n", "dDue"),
    (_EN + "Trace(10 / du)\n", "du"),
    (_FR + "Trace(dEchéance * 2)\n", "dEchéance"),
    (_FR + "Trace(DECHEANCE % n)\n", "n"),
    (_FR + "x est un entier = 1\nx = 10 / DU\n", "DU"),
    (_FR + "Trace(du * déchéance)\n", "déchéance"),
]


def _errors(text: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL113"]


def _stop(text: str) -> tuple[str, int, int]:
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    error = caught.value
    return str(error), error.line, error.column  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, operand", PROGRAMS)
def test_the_run_stops_where_the_check_reports(text: str, operand: str) -> None:
    found = _errors(text)
    assert len(found) == 1, found
    message, line, column = _stop(text)
    assert "cannot be" in message, message
    assert (line, column) == found[0]
    written = text.splitlines()[line - 1]
    assert written[column - 1:column - 1 + len(operand)] == operand


@pytest.mark.parametrize("text", [_EN + "Trace(90 min * dDue)\n",
                                  _FR + "Trace(90 min * dEchéance)\n"])
def test_a_duration_literal_times_a_date_is_at_the_date(text: str) -> None:
    """The literal is no variable: the caret goes to the Date's name (column 16)."""
    message, line, column = _stop(text)
    assert "A Duration cannot be multiplied by a Date" in message, message
    assert (line, column) == (4, 16)


def test_a_name_used_twice_keeps_the_statement() -> None:
    """`dDue * dDue`: which use is not certain from the text: the statement's column."""
    message, line, column = _stop(_EN + "Trace(dDue * dDue)\n")
    assert "cannot be multiplied" in message, message
    assert (line, column) == (4, 1)
