"""`Count(s)` / `Occurrence(o, "x")` with a structure or an object: the run stops with
"Count expects an array or a string, not a value of type ..." at the variable, where `wl
check` puts WL115 (it stopped at `Count` with "give the text to count as second
parameter", or named StringCount); `Count(sText)` without the text to count stops at
`Count`, where the check puts WL104 (error_column.py, stdlib/arrays.py `count`)."""
from __future__ import annotations

import io

import pytest

from wl_test_helpers import stop_where_checked
from wlinterp import run_source

_EN = ("STPoint is Structure\n\tx is int\nEND\nCA is Class\n\tn is int\nEND\n"
       "s is STPoint\no is CA\nsText is string = \"abc\"\n")
_FR = ("STPoint est une Structure\n\tx est un entier\nFIN\nCA est une Classe\n"
       "\tn est un entier\nFIN\ns est un STPoint\no est un CA\nsTexte est une chaîne = \"abc\"\n")

PROGRAMS = [  # (program, the check's code, the run's words, the character at the caret)
    (_EN + "Trace(Count(s))\n", "WL115", "Count expects an array or a string, not a value "
     "of type STPoint (a structure).", "s"),
    (_EN + "Trace(COUNT(o, \"x\"))\n", "WL115", "Count expects an array or a string, not a "
     "value of type CA (an object).", "o"),
    # a literal's comma and bracket are not the code's
    (_EN + "Trace(Count(o, \"a, (b'\"))\n", "WL115", "value of type CA", "o"),
    (_EN + "n is int = Count(s) + 1\n", "WL115", "value of type STPoint (a structure)", "s"),
    (_EN + "Trace(Count(sText))\n", "WL104", "Count: give the text to count as second "
     "parameter", "C"),
    (_FR + "Trace(Occurrence(s))\n", "WL115", "Occurrence expects an array or a string",
     "s"),
    (_FR + "Trace(occurrence(o, \"x\"))\n", "WL115", "Occurrence expects an array or a "
     "string, not a value of type CA (an object).", "o"),
    (_FR + "Trace(Occurrence(sTexte))\n", "WL104", "Occurrence: give the text to count", "O"),
]


@pytest.mark.parametrize("text, code, words, at", PROGRAMS)
def test_the_run_stops_where_the_check_reports(text: str, code: str, words: str,
                                               at: str) -> None:
    assert stop_where_checked(text, code, words) == at


def test_a_structure_caught_says_what_it_is() -> None:
    """The error is caught as any run error, with its new words."""
    out = io.StringIO()
    run_source(_EN + "WHEN EXCEPTION IN\n\tTrace(Count(s))\nDO\n"
               "\tTrace(ExceptionInfo(errMessage))\nEND\n", "t.wl", stdout=out,
               stderr=io.StringIO())
    assert out.getvalue() == "Count expects an array or a string, not a value of type " \
                             "STPoint (a structure).\n"
