"""An array literal with more values than a structure has members: the check's WL110
and the run's stop are at the same place. Put into an array of the structure
(`ArrayAdd(t, ["a", 1, 2])`, `t.Add([...])`) both point at the literal (the run pointed
at the line's start); given to a variable of the structure or class (`p is STP =
["a", 1, 2]`, `p = [...]`) both point at the statement (the check said nothing). One
fault, one message in every place: "3 values cannot fill the structure STP: it has 2
member(s)" (a variable's said "Too many values to initialise the structure STP", a
class's too; REV, 5 Dec 2026). L."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_EN = "STP is Structure\n  a is string\n  b is int\nEND\n"
_FR = "STP est une Structure\n  a est une chaîne\n  b est un entier\nFIN\n"
_STP3 = "3 values cannot fill the structure STP: it has 2 member(s)"


@pytest.mark.parametrize("text", [
    _EN + 't is array of STP\nArrayAdd(t, ["a", 1, 2])\n',
    _EN + 't is array of STP\nt.Add(["a", 1, 2])\n',
    _FR + 't est un tableau de STP\nTableauAjoute(t, ["a", 1, 2])\n',
    _FR + 't est un tableau de STP\nTableauInsère(t, 1, ["a", 1, 2])\n',
    _FR + 't est un tableau de STP\nt.ajoute(["a", 1, 2])\n',
])
def test_a_literal_put_into_an_array_stops_at_the_literal(text: str) -> None:
    assert stop_where_checked(text, "WL110", "3 values cannot fill the structure STP") == "["


@pytest.mark.parametrize("text, words", [
    (_EN + 'p is STP = ["a", 1, 2]\n', _STP3),
    (_EN + 'p is STP\np = ["a", 1, 2]\n', _STP3),
    (_FR + 'p est un STP = ["a", 1, 2]\n', _STP3),
    (_FR + 'p est un STP\np = ["a", 1, 2]\n', _STP3),
    ("CA is Class\n  m is int\nEND\no is CA = [1, 2]\n",
     "2 values cannot fill the class CA: it has 1 member(s)"),
    ("CA est une Classe\n  m est un entier\nFIN\no est un CA = [1, 2]\n",
     "2 values cannot fill the class CA: it has 1 member(s)"),
])
def test_too_many_values_for_a_variable_is_said_where_the_run_stops(text: str,
                                                                     words: str) -> None:
    assert stop_where_checked(text, "WL110", words) in "po"
    assert [d.message for d in _checked(text) if d.code == "WL110"] == [words]


def _checked(text: str) -> list:
    """The semantic pass's diagnostics of `text` (their messages are compared)."""
    from wlinterp.registry import load_stdlib
    from wlinterp.semantics import analyze
    from wlinterp.syntax.parser import parse
    return analyze(parse(text, "t.wl"), load_stdlib()).diagnostics


@pytest.mark.parametrize("text", [
    _EN + 'p is STP = ["a", 1]\nq is STP = ["a"]\nTrace(p.b, q.a)\n',
    _FR + 'p est un STP = ["a", 1]\nTrace(p.b)\n',
    "CA is Class\n  m is int\nEND\nCB is Class\n  inherits from CA\n  n is int\nEND\n"
    "o is CB = [1, 2]\nTrace(o.m, o.n)\n",
])
def test_as_many_values_or_fewer_are_no_error(text: str) -> None:
    assert check_places(text, "WL110") == []
