"""A procedure's several values (`RESULT (a, b)`) stored into one variable of a simple
type (`x = Two()`): the run stops at the statement, and `wl check` now says WL110 there
with the run's words (it said nothing). Only a procedure whose every way out gives
several values is judged; a Variant receives them. L, 5 Dec 2026 (semantics/several_values.py)."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_NUMBER = "cannot be used as a number"
_STRING = "cannot be converted to a string"


@pytest.mark.parametrize("text, words", [
    ("x is int\nx = Two()\nPROCEDURE Two()\nRESULT (1, 2)\n", _NUMBER),
    ("x is real = Two()\nPROCEDURE Two()\nRESULT (1, 2)\n", _NUMBER),
    ("s is string = Two(1)\nPROCEDURE Two(n)\nIF n > 0 THEN\n  RESULT (n, 2)\nEND\n"
     "RESULT (0, 0, 0)\n", _STRING),
    ("x est un entier\nx = Deux()\nPROCÉDURE Deux()\nRENVOYER (1, 2)\n", _NUMBER),
    ("d est une Date\nd = Deux()\nPROCEDURE Deux()\nRENVOYER (\"a\", \"b\")\n", _STRING),
    ("b est un booléen = Deux()\nprocédure Deux()\nrenvoyer (Vrai, Faux)\n",
     "cannot be used as a boolean"),
])
def test_several_values_into_one_variable_are_said_where_the_run_stops(text: str,
                                                                       words: str) -> None:
    assert stop_where_checked(text, "WL110", "A value of type several values") in "xsdb"
    assert stop_where_checked(text, "WL110", words)


@pytest.mark.parametrize("text", [
    "v is Variant = Two()\nTrace(v)\nPROCEDURE Two()\nRESULT (1, 2)\n",
    "(a, b) = Two()\nTrace(a, b)\nPROCEDURE Two()\nRESULT (1, 2)\n",
    "n is int = One()\nTrace(n)\nPROCEDURE One()\nRESULT 1\n",
    # a path that falls off the end gives no several values
    "n est un entier = Peut()\nTrace(n)\nPROCÉDURE Peut()\nSI 0 ALORS\n  RENVOYER (1, 2)\n"
    "FIN\n",
    # one path gives one value
    "n is int = Mixed(0)\nTrace(n)\nPROCEDURE Mixed(k)\nIF k THEN\n  RESULT (1, 2)\nEND\n"
    "RESULT 3\n",
    # a declared result type converts them
    "n is int = Typed()\nTrace(n)\nPROCEDURE Typed() : int\nRESULT 4\n",
])
def test_one_value_or_a_variant_is_no_error(text: str) -> None:
    assert check_places(text, "WL110") == []
