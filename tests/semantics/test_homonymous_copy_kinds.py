"""`t <= aa`, an array and an associative array (declared so) copied one into the other:
the run stops ("'<=' (homonymous copy) needs two structures, objects, arrays or
associative arrays; got array and associative array."); `wl check` says so first, WL110
with the run's words at the statement, where the run stops (it said nothing). Two arrays
or two associative arrays copy. 5 Dec 2026, L."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_WORDS = "'<=' (homonymous copy) needs two structures, objects, arrays or associative arrays"


@pytest.mark.parametrize("text,got", [
    ('aa is associative array of int\naa["a"] = 1\nt is array of int\nt <= aa\n',
     "got array and associative array"),
    ("t is array of int = [1]\naa is associative array of int\naa <= t\n",
     "got associative array and array"),
    ('prix est un tableau associatif d\'entiers\nprix["a"] = 1\n'
     "t est un tableau d'entiers\nt <= prix\n", "got array and associative array"),
    ("t est un tableau de 3 entiers\nprix est un tableau associatif d'entiers\nprix <= t\n",
     "got associative array and array"),
])
def test_an_array_and_an_associative_array_are_said_where_the_run_stops(
        text: str, got: str) -> None:
    assert stop_where_checked(text, "WL110", f"{_WORDS}; {got}") in "tpa"


@pytest.mark.parametrize("text", [
    "t is array of int = [1]\nu is array of int\nu <= t\nTrace(u[1])\n",
    'a est un tableau associatif d\'entiers\na["x"] = 1\n'
    "b est un tableau associatif d'entiers\nb <= a\nTrace(b[\"x\"])\n",
])
def test_two_of_one_kind_are_no_error(text: str) -> None:
    assert check_places(text, "WL110") == []
