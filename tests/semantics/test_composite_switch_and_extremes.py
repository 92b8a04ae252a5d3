"""`SWITCH p` with p a structure or an object ran no CASE and said nothing (a structure
equals no value); `Max(1, p)` / `Min(2, p)` stopped the run while `wl check` said nothing.
Now the run stops at p ("SWITCH tests a number, a text, a date or a boolean, not STPoint
(a structure).", runtime/helpers.py switch_subject) where the check puts WL114, and the
check puts WL115 at Max's p, where the run stops (error_column.py)."""
from __future__ import annotations

import io

import pytest

from wl_test_helpers import check_places, stop_where_checked
from wlinterp import run_source

_EN = ("STPoint is Structure\n\tx is int\nEND\nCA is Class\n\tn is int\nEND\n"
       "p is STPoint\no is CA\n")
_FR = ("STPoint est une Structure\n\tx est un entier\nFIN\nCA est une Classe\n"
       "\tn est un entier\nFIN\np est un STPoint\no est un CA\n")

PROGRAMS = [  # (program, the check's code, the run's words, the character at the caret)
    (_EN + "SWITCH p\n\tCASE 1: Trace(1)\n\tOTHER CASE: Trace(2)\nEND\n", "WL114",
     "SWITCH tests a number, a text, a date or a boolean, not STPoint (a structure).", "p"),
    (_EN + "switch  o\ncase 1: Trace(1)\nend\n", "WL114", "not CA (an object).", "o"),
    (_FR + "SELON p\n\tCAS 1 : Trace(1)\n\tAUTRE CAS : Trace(2)\nFIN\n", "WL114",
     "SWITCH tests a number, a text, a date or a boolean, not STPoint (a structure).", "p"),
    (_FR + "selon O\n\tcas 1 : Trace(1)\nfin\n", "WL114", "not CA (an object).", "O"),
    (_EN + "Trace(Max(1, p))\n", "WL115",
     "Max expects numbers or strings, not STPoint (a structure).", "p"),
    # a second call of Max in one function (the check's shortcut for a built-in seen)
    (_EN + "Trace(Max(1, 2))\nTrace(Max(3, p))\n", "WL115", "Max expects numbers", "p"),
    (_EN + "Trace(MIN(2, 3, o))\n", "WL115", "Min expects numbers or strings, not CA "
     "(an object).", "o"),
    (_FR + "Trace(Min(2, p))\n", "WL115",
     "Min expects numbers or strings, not STPoint (a structure).", "p"),
    (_FR + "n est un entier = max(o, 1) + 1\n", "WL115", "not CA (an object).", "o"),
    # a dynamic object holding one: WL114 unless a CASE tests Null (the check said
    # nothing, the run stopped: L, 5 Dec 2026 evening)
    (_EN + "d is CA dynamic\nd = new CA\nSWITCH d\nCASE 1: Trace(1)\nEND\n", "WL114",
     "not CA (an object).", "d"),
    (_FR + "q est un CA dynamique\nq = allouer un CA\nSELON q\nCAS 1, 2 : Trace(1)\n"
     "AUTRE CAS : Trace(2)\nFIN\n", "WL114", "not CA (an object).", "q"),
    (_FR + "q est un STPoint dynamique\nq = allouer un STPoint\nselon Q\ncas 1 : Trace(1)\n"
     "fin\n", "WL114", "not STPoint (a structure).", "Q"),
]


@pytest.mark.parametrize("text, code, words, at", PROGRAMS)
def test_the_run_stops_where_the_check_reports(text: str, code: str, words: str,
                                               at: str) -> None:
    assert stop_where_checked(text, code, words) == at


def _run(text: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.parametrize("text, shown", [
    (_EN + "v is Variant = 2\nSWITCH v\nCASE 2: Trace(\"two\")\nEND\n", "two\n"),
    (_EN + "SWITCH p.x\nCASE 0: Trace(\"zero\")\nEND\n", "zero\n"),
    (_EN + "d is CA dynamic\nSWITCH d\nCASE Null: Trace(\"none\")\nEND\n", "none\n"),
    (_FR + "t est un tableau d'entiers = [4, 9]\nTrace(Max(t, 3), Min(1, t))\n", "9, 1\n"),
])
def test_simple_values_are_tested_as_before(text: str, shown: str) -> None:
    """A variant, a member, a Null dynamic object and an array among Max's values."""
    assert check_places(text, "WL114") == [] and check_places(text, "WL115") == []
    assert _run(text) == shown


def test_the_refusal_is_caught_as_any_run_error() -> None:
    assert _run(_FR + "QUAND EXCEPTION DANS\n\tSELON p\n\tCAS 1 : Trace(1)\n\tFIN\nFAIRE\n"
                "\tTrace(ExceptionInfo(errMessage))\nFIN\n") == \
        "SWITCH tests a number, a text, a date or a boolean, not STPoint (a structure).\n"
