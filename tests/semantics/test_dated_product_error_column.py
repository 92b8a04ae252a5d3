"""A Date, a DateTime or a Duration in a product or a subtraction the run refuses (`dDue *
2`, `n / dDate`, `10 / du`, `90 min * dDate`, `90 min - dDate`): the run's caret is at the
operand where `wl check` puts WL113 (the right operand's variable, else the left's); it
was at the statement's start, and stayed there for a subtraction and when the operand's
name appears twice in the line (`dDue + du * dDue`) (error_column.py, dated_column.py,
runtime/dated_products.py). A Duration and a text literal (`du * "abc"`) too (L, 5 Dec 2026
evening: the check said nothing)."""
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
    (_EN + "Trace(90 min - dDue)\n", "dDue"),
    (_EN + "Trace(1 h 30 min * dDue)\n", "dDue"),
    (_EN + "Trace(dDue + du * dDue)\n", "dDue"),
    (_EN + "x is int = dDue * dDue\n", "dDue"),
    (_EN + "Trace(\"a\", du % dDue)\n", "dDue"),
    (_FR + "Trace(2 h - dEchéance)\n", "dEchéance"),
    (_FR + "Trace(dEchéance + DU * dEchéance)\n", "dEchéance"),
    (_FR + "Trace(\"a\", du modulo dEchéance)\n", "dEchéance"),
    (_EN + "Trace(du * \"abc\")\n", "du"),  # a text is no factor (the check said nothing)
    (_EN + "Trace(du / \"4\")\n", "du"),
    (_FR + "Trace(DU * \"abc\")\n", "DU"),
    (_FR + "x est un entier = 1\nTrace(\"2\" / du)\n", "du"),
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


@pytest.mark.parametrize("text, column", [
    (_EN + "Trace(dDue * dDue)\n", 14),  # (the right one, as WL113)
    (_EN + "Trace(dDue * 2, dDue * dDue)\n", 7),  # (the first product fails first)
    (_EN + "Trace(dDue * 3, dDue * 2)\n", 7),
    (_FR + "Trace(dEchéance + du * dEchéance)\n", 24),
])
def test_a_name_used_twice_is_told_by_its_operator(text: str, column: int) -> None:
    """The operand is found beside its operator, at the rank of its call in the line."""
    message, line, found = _stop(text)
    assert "cannot be multiplied" in message, message
    assert (line, found) == (4, column)


def test_an_operand_not_certain_keeps_the_statement() -> None:
    """`dDue * n` is written three times but computed twice (the third is `(n * dDue) *
    n`): which text is the failing one is not certain, so the statement's column."""
    message, line, column = _stop(_EN + "Trace(dDue * n - dDue * n, n * dDue * n)\n")
    assert "cannot be" in message, message
    assert (line, column) == (4, 1)


@pytest.mark.parametrize("text, words", [
    ('v is Variant = 90 min\nx is int = 3\nTrace("a", v % x)\n',
     "A Duration cannot be divided (%) by a number"),
    ('v est un Variant = Today()\nTrace(v modulo 7)\n',
     "A Date cannot be divided (%) by a number"),
])
def test_a_variant_s_remainder_is_refused_as_the_declared_kind_s(text: str, words: str) -> None:
    """`%` on a Variant holding a Duration or a Date: the declared kinds' refusal (it was
    the remainder of its milliseconds or digits, 0 for 90 min % 3)."""
    message, line, _ = _stop(text)
    assert words in message and line == text.count("\n"), message


def test_two_variant_durations_give_a_duration() -> None:
    """`v % w`, v and w Variants holding Durations: a Duration, as between declared
    Durations (it was 600000, their milliseconds' remainder); `+ 2` then adds 2 ms, and
    a Variant holding numbers still gives a number."""
    out = io.StringIO()
    run_source("v is Variant = 90 min\nw is Variant = 20 min\nTrace(v % w + 2)\n"
               "Trace(v % w)\na est un variant = 7\nb est un variant = 3\nTrace(a % b + 1)\n",
               "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "10 min 2 ms\n10 min\n2\n"


@pytest.mark.parametrize("text, operand", [
    ('dOdd is Date = 1205\nTrace(dOdd + 1)\n', "dOdd"),
    ('d is Date = ""\nn is int = 3\nTrace("x", n + d)\n', "d)"),
    ('dDate est une Date = "2024xx05"\nn est un entier = 3\ne est une Date = dDate + n\n',
     "dDate + n"),
    ('Trace(P("1205", 3))\nPROCÉDURE P(dJour est une Date, n est un entier)\n'
     'RENVOYER n + dJour\n', "dJour"),
])
def test_a_date_naming_no_day_moved_by_days_is_at_the_date(text: str, operand: str) -> None:
    """`dOdd + 1`, `n + d`: a Date that names no day (or an empty one) moved by days
    stops at the Date's variable, whichever side it is on (the number beside it is no
    culprit); it was at the statement's start (dated_column.py, date_add)."""
    message, line, column = _stop(text)
    assert "days cannot be added to it" in message, message
    assert line == text.count("\n")
    written = text.splitlines()[line - 1]
    assert written[column - 1:].startswith(operand), (written, column)


@pytest.mark.parametrize("text", [
    _EN + 'Trace(n * "3", dDue - "20240101", du - "0100")\n',
    _FR + 'Trace(n / "2", "4" * n, dEchéance - "20240101")\n',
])
def test_a_text_beside_a_number_or_subtracted_is_no_error(text: str) -> None:
    """A number times a text computes (the text's number); a Date minus a text reads the
    text as a date: neither is WL113."""
    assert _errors(text) == []
