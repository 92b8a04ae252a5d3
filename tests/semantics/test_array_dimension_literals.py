"""`new array of (-1) int`, `allouer un tableau de (3) par (-2) entiers`, `t is array of
(2.5) int`: a dimension literal no array can have. The run stops there ("an array's
dimension must be a whole number, 0 or more, not -1."), its caret now at `new` /
`allouer` (it was at the statement's start), at the variable for a declaration; `wl
check` says it first there, WL110 with the run's words (it said nothing). One rule:
runtime/array_sizes.py dimension_refused. 5 Dec 2026 late night, L."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked


@pytest.mark.parametrize("text,words,first", [
    ("a is array of int\na = new array of (-1) int\nTrace(a..Occurrence)\n",
     "an array's dimension must be a whole number, 0 or more, not -1.", "n"),
    ("t est un tableau d'entiers\nt = allouer un tableau de (3) par (-2) entiers\n"
     "Trace(t..Occurrence)\n", "an array's dimension must be a whole number, 0 or more, "
     "not -2.", "a"),
    ("t is array of (2.5) int\nTrace(t..Occurrence)\n",
     "an array's dimension must be a whole number, 0 or more, not 2.5.", "t"),
    ("PROCEDURE P()\nt est un tableau de (-4) chaînes\nTrace(t..Occurrence)\n",
     "not -4.", "t"),
])
def test_said_where_the_run_stops(text: str, words: str, first: str) -> None:
    if text.startswith("PROCEDURE"):
        text = "P()\n" + text
    assert stop_where_checked(text, "WL110", words) == first


@pytest.mark.parametrize("text", [
    "n is int = -1\na is array of int\na = new array of (n + 2) int\n"
    "b is array of (0) int\nc is array of (3) by (2) int\nTrace(a..Occurrence, "
    "b..Occurrence, c..Occurrence)\n",
    "t est un tableau d'entiers\nt = allouer un tableau de (4) entiers\n"
    "Trace(t..Occurrence)\n",
])
def test_dimensions_the_run_takes_or_judges_are_no_error(text: str) -> None:
    assert check_places(text, "WL110") == []
