"""A row of a 2-dimension array divided (`t[1] / 2`, `5 % t[1]`), given to a built-in
that wants a number or a text (`Round(t[1], 2)`, `Sqrt(t[1])`, `Longueur(tab[1])`), or a
variable of the wrong type given to one (`Round(t, 2)`): the run's caret is where `wl
check` puts WL113 / WL115 (at the row's or variable's name); it was at the operator, at
the built-in, or at the statement's start (`Sqrt`, another name of Root). An associative
array read with two keys (`Trace(aa["a", "b"])`) stops at `aa`, not at column 1
(error_column.py); so does a structure as an operand (`Trace(p + 1)`: at `p`), and with two
(`p + q`, `p + p`) at the left one, converted first; read more than once in the line
(`Trace(p.n, p + p)`, `(p + 1) + p`), at the operand refused (operand_column.py)."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

_EN = "t is array of 3 by 2 int\nn is int = 2\ny is int = 1\n"
_POINT = "ST is Structure\n    n is int\nEND\n"
_POINT_FR = "ST est une Structure\n    n est un entier\nFIN\n"
_FR = "tab est un tableau de 3 par 2 entiers\nn est un entier = 2\ny est un entier = 1\n"

PROGRAMS = [  # (program, the check's code, the run's words)
    (_EN + "Trace(t[1] / 2)\n", "WL113", "cannot be used as a number"),
    (_EN + "y = y / t[n]\n", "WL113", "cannot be used as a number"),
    (_EN + "y = 5 % t[1]\n", "WL113", "cannot be used as a number"),
    (_EN + "y = Q(t[1] / 2)\nPROCEDURE Q(v)\nRESULT v\n", "WL113", "cannot be used"),
    (_EN + "y = Round(t[1], 2)\n", "WL115", "Round expects a number"),
    (_EN + "Trace(Sqrt(t[1]))\n", "WL115", "Sqrt expects a number"),
    (_EN + "y = Length(t[n])\n", "WL115", "Length expects a string"),
    (_EN + "Trace(Round(n, 1) + Round(t[1], n))\n", "WL115", "Round expects a number"),
    ("t is array of 3 int\nTrace(Round(t, 2))\n", "WL115", "Round expects a number"),
    (_FR + "y = y / TAB[1]\n", "WL113", "cannot be used as a number"),
    (_FR + "y = Arrondi(tab[n], 2)\n", "WL115", "Arrondi expects a number"),
    (_FR + "Trace(racine(tab[1]))\n", "WL115", "Racine expects a number"),
    (_FR + "y = Taille(tab[1])\n", "WL115", "Taille expects a string"),
    # a structure as an operand (`Trace(p + 1)`): at it, not at column 1
    (_POINT + "tP is ST\nTrace(tP + 1)\n", "WL113", "(a structure) cannot be used"),
    (_POINT + "tP is ST\nn is int = 2\nTrace(n * 3 + tP / 2)\n", "WL113", "cannot be used"),
    (_POINT + "tP is ST\nx is int = 1 - tP\n", "WL113", "cannot be used as a number"),
    (_POINT_FR + "tP est un ST\nTrace(TP + 1)\n", "WL113", "(a structure) cannot be used"),
    (_POINT_FR + "tP est un ST\nx est un entier = 2 * tp\n", "WL113", "cannot be used"),
]


def _errors(text: str, code: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == code]


def _stop(text: str) -> tuple[str, int, int]:
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    error = caught.value
    return str(error), error.line, error.column  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, code, words", PROGRAMS)
def test_the_run_stops_where_the_check_reports(text: str, code: str, words: str) -> None:
    found = _errors(text, code)
    assert len(found) == 1, found
    message, line, column = _stop(text)
    assert words in message
    assert (line, column) == found[0]
    assert text.splitlines()[line - 1][column - 1] in "tT"


def test_a_division_by_zero_stays_at_the_operator() -> None:
    """An element that is a number, divided by zero: the operator failed, not the row."""
    message, line, column = _stop("t is array of 3 int\nTrace(t[1] % 0)\n")
    assert "by zero" in message, message
    assert (line, column) == (2, 12)


def test_two_arrays_given_to_one_call_keep_the_call() -> None:
    """`Round(t[1], t[2])`: which row the built-in refused first is not certain from the
    text: the call's column."""
    _, line, column = _stop(_EN + "y = Round(t[1], t[2])\n")
    assert (line, column) == (4, 5)


@pytest.mark.parametrize("text, column", [
    ('aa is associative array of int\naa["a"] = 1\nTrace(aa["a","b"])\n', 7),
    ('aa is associative array of int\nx is int = aa["a", "b"]\nTrace(x)\n', 12),
    ('ta est un tableau associatif d\'entiers\nTrace(TA["a", "b"])\n', 7),
])
def test_several_keys_stop_at_the_associative_array(text: str, column: int) -> None:
    message, line, found = _stop(text)
    assert "one key per element" in message
    assert found == column
    assert text.splitlines()[line - 1][column - 1] in "aAtT"


TWO_OPERANDS = [  # both operands refused: the left one is converted first
    _POINT + "p is ST\nq is ST\nTrace(p + q)\n",
    _POINT + "p is ST\nTrace(p + p)\n",
    _POINT + "p is ST\nq is ST\nn is int = 1\nTrace(n + q * p)\n",
    _POINT_FR + "p est un ST\nq est un ST\nx est un entier = P / q\n",
    _POINT_FR + "p est un ST\nTrace(p - P)\n",
]


@pytest.mark.parametrize("text", TWO_OPERANDS)
def test_two_refused_operands_stop_at_the_left_one(text: str) -> None:
    """`p + q`, `p + p`: the run stops at the left operand, where `wl check` puts its
    first WL113 (it was at column 1, the statement's start)."""
    found = _errors(text, "WL113")
    assert len(found) == 2, found
    message, line, column = _stop(text)
    assert "cannot be used as a number" in message, message
    assert (line, column) == found[0]
    assert column > 1


NESTED = [  # (program, the column of the operand the run refused)
    (_POINT + "p is ST\nTrace(p.n, p + p)\n", 12),  # p.n: a member read, no operand
    (_POINT + "p is ST\nTrace((p + 1) + p)\n", 8),  # the inner operation fails first
    (_POINT + "p is ST\nTrace(p + (1 + p))\n", 16),  # ... also on the right
    (_POINT + "p is ST\nn is int\nn = p.n + p * 2\n", 11),
    (_POINT_FR + "p est un ST\nTrace(P.n * (p + 1))\n", 14),
    (_POINT_FR + "p est un ST\nTrace((P - 1) * p)\n", 8),
    ("CPoint is Class\n    x is int\nEND\no is CPoint\nTrace(o.x, (o + 1) + o)\n", 13),
]


@pytest.mark.parametrize("text, column", NESTED)
def test_a_structure_read_twice_stops_at_the_operand_refused(text: str, column: int) -> None:
    """`Trace(p.n, p + p)`, `(p + 1) + p`: p is read more than once in the line; the
    caret goes under the operand the run refused (the program's tree tells which written
    operation failed), one of the places `wl check` puts WL113 (it was at column 1)."""
    message, line, found = _stop(text)
    assert "cannot be used as a number" in message, message
    assert found == column
    assert (line, column) in _errors(text, "WL113")


def test_two_identical_operations_keep_the_statement() -> None:
    """`p + 1 + (p + 1)`: two operations `p + 1` in the line, which one failed is not
    certain from the text: the statement's column."""
    _, line, column = _stop(_POINT + "p is ST\nTrace(p + 1 + (p + 1))\n")
    assert (line, column) == (5, 1)


def test_the_tree_is_walked_once_for_many_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    """A WHEN EXCEPTION loop places each error it catches: the program's tree, which
    tells which operation of `(p + 1) + p` failed, is walked once, not once per error
    (3,000 caught errors in a program of 2,000 procedures took 27 s of CPU)."""
    from wlinterp import operand_column
    walks = []
    real = operand_column._nodes
    monkeypatch.setattr(operand_column, "_nodes", lambda node: walks.append(1) or real(node))
    text = (_POINT + "p is ST\nk is int\nFOR i = 1 TO 50\n\tWHEN EXCEPTION IN\n"
            "\t\tTrace((p + 1) + p)\n\tDO\n\t\tk++\n\tEND\nEND\nTrace(k)\n")
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "50\n"
    assert len(walks) == 1
