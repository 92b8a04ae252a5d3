"""Stops of values the check now says where the run stops, at the same operand (issue 8, V,
7 Dec 2026, 14:42): arithmetic on an enumeration's value or variable (`Low + 0`,
`n * Level.High`, `e - 1`, `-Low`: WL113, the check said nothing, the run's caret was at
the statement), a DateTime taken from a member or an element of a number (`st.n -= dt`,
`t[1] -= dt`: WL113, the check said nothing, the run's caret was at `.`), and from a
Variant (`v - dt`: the run's caret at dt, it was at the statement; the check leaves a
Variant to the run). In-process: the semantic pass and run_source, English and French."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

_ENUM_EN = "Level is enumeration\n\tLow\n\tHigh\nEND\nn is int = 2\ne is Level = High\n"
_ENUM_FR = ("Niveau est une énumération\n\tBas\n\tHaut\nFIN\nn est un entier = 2\n"
            "e est un Niveau = Haut\n")
_DT_EN = ('ST is Structure\n\tn is int\nEND\nst is ST\nt is array of 3 int\n'
          'v is Variant = 5\ndt is DateTime = "20240101120000"\n')
_DT_FR = ('ST est une Structure\n\tn est un entier\nFIN\nst est un ST\n'
          't est un tableau de 3 entiers\nv est un Variant = 5\n'
          'dh est une DateHeure = "20240101120000"\n')

CHECKED = [  # (program, its last line's operand where both the check and the run are)
    (_ENUM_EN + "x is int = Low + 0\n", "Low"),
    (_ENUM_EN + "x is int = n * Level.High\n", "Level.High"),
    (_ENUM_EN + "x is int = e - 1\n", "e"),
    (_ENUM_EN + "Trace(High + Low)\n", "High"),
    (_ENUM_FR + "x est un entier = Bas + 0\n", "Bas"),
    (_ENUM_FR + "x est un entier = 2 * niveau.haut\n", "niveau.haut"),
    (_ENUM_FR + "Trace(E / 2)\n", "E"),
    (_DT_EN + "st.n -= dt\n", "dt"),
    (_DT_EN + "t[1] -= dt\n", "dt"),
    (_DT_FR + "st.n -= dh\n", "dh"),
    (_DT_FR + "T[2] -= DH\n", "DH"),
]


def _said(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL113"]


def _stop(text: str) -> tuple[str, int, int]:
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    error = caught.value
    return error.message, error.line, error.column  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, operand", CHECKED)
def test_the_check_says_it_where_the_run_stops(text: str, operand: str) -> None:
    [(line, column, said)] = _said(text)
    message, stop_line, stop_column = _stop(text)
    assert (line, column) == (stop_line, stop_column) == (text.count("\n"), column)
    written = text.splitlines()[line - 1]
    assert written[column - 1:column - 1 + len(operand)] == operand
    assert said[:40].lower() == message[:40].lower()  # the run's words


@pytest.mark.parametrize("text", [_DT_EN + "x is int = v - dt\n", _DT_EN + "Trace(v - dt)\n",
                                  _DT_FR + "Trace(v - dh)\n"])
def test_a_variant_minus_a_datetime_stops_at_the_datetime(text: str) -> None:
    """The Variant's value is the run's to know: no WL113, the caret at the DateTime."""
    assert _said(text) == []
    message, line, column = _stop(text)
    assert message.startswith("A DateTime cannot be subtracted from a number")
    assert text.splitlines()[line - 1][column - 1:column + 1].lower() in ("dt", "dh")


@pytest.mark.parametrize("text", [
    _ENUM_EN + 'Trace("x" + Low, Low + "y")\n',  # `+` beside a text joins the name
    _ENUM_FR + 'Trace("x" + Bas)\n',
    _ENUM_EN + "WHEN EXCEPTION IN\n\tTrace(Low + 0)\nDO\n\tTrace(\"caught\")\nEND\n",
])
def test_what_runs_is_not_said(text: str) -> None:
    assert _said(text) == []
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() in ("xLow, Lowy\n", "xBas\n", "caught\n")
