"""ArraySort's comparison procedure that cannot take two arguments (`ArraySort(t,
asFunction, Three)`, Three(a, b, c)): the run now stops before sorting, even an empty
array (it said nothing when no comparison was made), and `wl check` says WL104 there
with the run's words (it said nothing). L, 5 Dec 2026 (semantics/sort_callback.py,
runtime/procrefs.py check_callback_count)."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, run_lines, stop_where_checked

_THREE = "PROCEDURE Three(a, b, c)\nRESULT a - b + c\n"
_ONE = "PROCÉDURE Un(a)\nRENVOYER a\n"


@pytest.mark.parametrize("text, words", [
    ("n is array of int = [3, 1, 2]\nArraySort(n, asFunction, Three)\n" + _THREE,
     "Three expects 3 parameter(s) but received 2"),
    ("n is array of int\nArraySort(n, asFunction, Three)\n" + _THREE,
     "Three expects 3 parameter(s) but received 2"),
    ("n est un tableau d'entiers = [3, 1]\nTableauTrie(n, ttFonction, Un)\n" + _ONE,
     "Un expects 1 parameter(s) but received 2"),
    ("n est un tableau d'entiers\ntableautrie(n, TTFONCTION, Un)\n" + _ONE,
     "Un expects 1 parameter(s) but received 2"),
])
def test_a_comparison_of_another_count_is_said_where_the_run_stops(text: str,
                                                                   words: str) -> None:
    assert stop_where_checked(text, "WL104", words) in ("A", "T", "t")


@pytest.mark.parametrize("text", [
    "n is array of int = [3, 1, 2]\nArraySort(n, asFunction, Cmp)\n"
    "Trace(ArrayToString(n, \",\"))\nPROCEDURE Cmp(a, b, c = 0)\nRESULT a - b + c\n",
    "n est un tableau d'entiers = [3, 1, 2]\nTableauTrie(n, ttFonction, Cmp)\n"
    "Trace(TableauVersChaîne(n, \",\"))\nPROCÉDURE Cmp(a, b)\nRENVOYER b - a\n",
])
def test_a_comparison_of_two_is_no_error(text: str) -> None:
    assert check_places(text, "WL104") == []
    assert run_lines(text)[-1] in ("1,2,3", "3,2,1")


@pytest.mark.parametrize("text, words", [
    ("t is array of int = [1, 2]\nTrace(Filter(t, 3))\n",
     "Filter: a procedure was expected, not a value of type integer"),
    ("t is array of int\nTrace(ArrayCount(Map(t, 2.5)))\n",
     "Map: a procedure was expected, not a value of type real"),
    ("t est un tableau d'entiers = [1]\nTrace(Filtre(t, 3))\n",
     "a procedure was expected, not a value of type integer"),
    ("t est un tableau d'entiers\nx est un tableau = transforme(t, 0)\n",
     "a procedure was expected, not a value of type integer"),
])
def test_a_number_for_map_or_filter_is_said_where_the_run_stops(text: str,
                                                                 words: str) -> None:
    assert stop_where_checked(text, "WL115", words) in ("F", "M", "t")
    assert check_places("t is array of int = [1]\nTrace(Filter(t, \"Big\"), Map(t, x => x))"
                        "\nPROCEDURE Big(n)\nRESULT n > 0\n", "WL115") == []
