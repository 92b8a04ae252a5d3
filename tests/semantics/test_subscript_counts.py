"""Subscripts against an array's declared dimensions (semantics/subscript_counts.py):
what `wl check` reports is what stops the run, and an array the program may give other
dimensions (Dimension) is left to the run, which follows it."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def _codes(text: str) -> list[str]:
    return [d.code for d in analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
            if d.code in ("WL110", "WL113")]


def _run(text: str) -> tuple[str, str]:
    """(output, the error that stopped the run or "")."""
    out = io.StringIO()
    try:
        run_source(text, "t.wl", stdout=out, stderr=io.StringIO())
    except Exception as exc:  # noqa: BLE001 - the WLanguage error is what is checked
        return out.getvalue(), str(exc)
    return out.getvalue(), ""


@pytest.mark.parametrize("text, words", [
    ("t is array of 5 by 3 int\nt[1, 2, 3] = 5\n", "The array has 2 dimension(s), not 3."),
    ("t est un tableau de 5 entiers\nTrace(t[1, 2])\n", "The array has 1 dimension(s), not 2."),
    ("t is array of 5 by 3 int\nn is int = t[1]\n", "cannot be used as a number"),
    ("t is array of 2 by 2 int\nTrace(t[1] * 2)\n", "cannot be used as a number"),
    ("t est un tableau de 2 par 2 entiers\ns est une chaîne = t[2]\n",
     "cannot be converted to a string"),
])
def test_what_the_check_reports_stops_the_run(text, words):
    assert len(_codes(text)) == 1, _codes(text)
    assert words in _run(text)[1]


@pytest.mark.parametrize("text", [
    "t is array of 5 int\nDimension(t, 2, 3)\nt[1, 2] = 4\nTrace(t[1, 2])\n",
    "t est un tableau de 5 entiers\nDIMENSION (t, 2, 3)\nt[1, 2] = 4\nTrace(t[1, 2])\n",
])
def test_an_array_dimension_may_reshape_is_the_runs_to_judge(text):
    assert _codes(text) == []
    assert _run(text) == ("4\n", "")


def test_a_comment_naming_dimension_keeps_the_check():
    assert _codes("t is array of 5 int // see Dimension(t) below\nTrace(t[1, 2])\n") == \
        ["WL110"]


def _run_place(text: str) -> tuple[int, int]:
    """(line, column) of the error that stopped the run."""
    try:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    except Exception as exc:  # noqa: BLE001 - the WLanguage error's place is checked
        return exc.line, exc.column  # type: ignore[attr-defined]
    raise AssertionError("the run did not stop")


@pytest.mark.parametrize("text", [
    "t is array of 3 by 4 int\nt[1, 2, 3] = 4\n",
    "t est un tableau de 3 par 4 entiers\nn est un entier = 2\nt[n, 1, 1] += 4\n",
    "t is array of 3 by 4 int\nt[1, 1] = t[1, 2, 3]\n",
    "P()\nPROCÉDURE P()\nt est un tableau de 3 par 4 entiers\nt[1,2,3] = 4\n",
])
def test_the_run_stops_where_the_check_reports(text):
    """`t[1, 2, 3] = 4` stopped the run at its `[` while `wl check` put WL110 at `t`: a
    store's error is placed at the variable written (error_column.py), as a read's."""
    found = [(d.line, d.column) for d in
             analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL110"]
    assert len(found) == 1, found
    assert _run_place(text) == found[0]


_MEMBERS = ("ST is Structure\n\tt is array of 5 int\nEND\n"
            "CBox is Class\n\tm_t is array of 3 int\nEND\n")


@pytest.mark.parametrize("text", [
    _MEMBERS + "st is ST\nst.t[1, 2] = 3\n",
    _MEMBERS + "st is ST\nx is int = st.t[1, 2]\nTrace(x)\n",
    _MEMBERS + "o is CBox\nTrace(o.m_t[2, 1])\n",
    _MEMBERS + "o is CBox\no.Fill()\nPROCEDURE CBox::Fill()\nm_t[1, 2] = 4\n",
    _MEMBERS + "o is CBox\no.Fill()\nPROCEDURE CBox::Fill()\n:m_t[1, 2] = 4\n",
    "STP est une Structure\n\ttab est un tableau de 4 entiers\nFIN\n"
    "s est une STP\ns.tab[2, 2] = 1\n",
    "u is array of int = [1, 2]\nTrace(u[1, 1])\n",
    "u est un tableau d'entiers\nTableauAjoute(u, 3)\nTrace(u[1, 1])\n",
])
def test_members_and_arrays_without_dimensions_are_judged(text):
    """A member declared with its dimensions (`st.t[1, 2]`, `o.m_t`, `m_t` and `:m_t` in a
    method) and an array declared without them (one dimension) given two subscripts:
    WL110 at the member's or the variable's name, and the run stops there with "The array
    has 1 dimension(s), not 2." (the check said nothing; the run's caret was at `[` or at
    the statement)."""
    found = [(d.line, d.column) for d in
             analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL110"]
    assert len(found) == 1, found
    assert "The array has 1 dimension(s), not 2." in _run(text)[1]
    assert _run_place(text) == found[0]


@pytest.mark.parametrize("text", [
    "u is array of int\nw is array of 2 by 2 int\nw[2, 2] = 7\nu = w\nTrace(u[2, 2])\n",
    "u is array of int\nFill(u)\nTrace(u[2, 2])\n"
    "PROCEDURE Fill(t)\nw is array of 2 by 2 int\nw[2, 2] = 7\nt = w\n",
    "u est un tableau d'entiers = Matrice()\nTrace(u[2, 2])\n"
    "PROCÉDURE Matrice()\nw est un tableau de 2 par 2 entiers\nw[2, 2] = 7\nRENVOYER w\n",
    "u is array of int = [[1, 2], [3, 7]]\nTrace(u[2, 2])\n",
])
def test_an_array_without_dimensions_the_program_may_reshape_is_the_runs(text):
    """Assigned whole, given to a procedure, declared with a call's value or a list of
    lists: its dimensions are the run's to know."""
    assert _codes(text) == []
