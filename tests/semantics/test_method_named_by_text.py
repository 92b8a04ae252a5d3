"""`ExecuteProcess(O, "Remove")` naming a method O's class lacks: the run stops at the
call ("ExecuteProcess: the class C has no method 'Remove'."), and `wl check` now says
WL109 there with those words (it said nothing). A method of the class or an ancestor,
in any case, is no error; a dynamic object or a name in a variable is left to the run.
L, 5 Dec 2026 (semantics/method_by_name.py)."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_EN = "CB is Class\n  m is int\nEND\nC is Class\n  inherits from CB\nEND\n"
_FR = "CB est une Classe\n  m est un entier\nFIN\nC est une Classe\n  hérite de CB\nFIN\n"
_METHODS = "PROCEDURE CB::Hello(n = 0)\nRESULT n\nPROCEDURE C::Ajouté(n)\nRESULT n + 1\n"


@pytest.mark.parametrize("text, words", [
    (_EN + 'O is C\nExecuteProcess(O, "Remove", 1)\n' + _METHODS,
     "ExecuteProcess: the class C has no method 'Remove'"),
    (_EN + 'O is C\nTrace(ExecuteProcess(O, "Helo"))\n' + _METHODS,
     "ExecuteProcess: the class C has no method 'Helo'"),
    (_FR + 'O est un C\nExécuteTraitement(O, "Retire", 1)\n' + _METHODS,
     "ExécuteTraitement: the class C has no method 'Retire'"),
    (_FR + 'O est un C\nexecutetraitement(O, "Retire")\n' + _METHODS,
     "the class C has no method 'Retire'"),
])
def test_a_method_the_class_lacks_is_said_where_the_run_stops(text: str, words: str) -> None:
    assert stop_where_checked(text, "WL109", words) in "ETe"


@pytest.mark.parametrize("text", [
    _EN + 'O is C\nTrace(ExecuteProcess(O, "hello", 2), ExecuteProcess(O, "AJOUTE", 1))\n'
    + _METHODS,
    _FR + 'O est un C\nTrace(ExécuteTraitement(O, "Ajouté", 1))\n' + _METHODS,
    _EN + 'O is dynamic C = new C\nTrace(ExecuteProcess(O, "Hello"))\n' + _METHODS,
    _EN + 's is string = "Hello"\nO is C\nTrace(ExecuteProcess(O, s))\n' + _METHODS,
])
def test_a_method_of_the_class_or_an_ancestor_is_no_error(text: str) -> None:
    assert check_places(text, "WL109") == []
