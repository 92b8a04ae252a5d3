"""A structure or an object of a class used where a number, a text or a boolean is
wanted, in the statements `wl check` said nothing of or the run placed at the
statement's start (L, 5 Dec 2026 afternoon):
- a condition or a FOR loop's bound or STEP (`IF p THEN`, `WHILE o`, `FOR i = 1 TO p`):
  WL110 now, as for an array, at the variable; the run stops there too (`WHILE p`,
  `IF NOT t` were at column 1 and at NOT, an array's as well);
- added or subtracted by a compound assignment (`x -= p`, `s += p`, `v += p`): WL113
  now, at `p`, and the run stops there (`s += p`, `v += p` were at column 1);
- negated (`-o`), incremented (`p++`, WL113 now), concatenated (`s + p`, `p + "a"`: the
  run was at column 1): the run stops at the variable, where WL113 is;
- stored into an element of an array or associative array of numbers, texts or dates
  (`t[1] = p`, `ArrayAdd(t, o)`, `aa["x"] = p`), or into a boolean, a Date, a Time, a
  DateTime or a Duration (`b is boolean = p`): WL110 now, and the run's caret at the
  element's value (it was at column 1);
- a subscript (`t[p]`, `aa[p] = 1`, `s[[p]]`, `s[[1 TO o]]`): WL110 now, and the run's
  caret at it (it was at the array's name, or at column 1 for a substring).
English and French."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_EN = ("ST is Structure\n\tn is int\nEND\nCA is Class\n\tk is int\nEND\n"
       "p is ST\no is CA\nt is array of int\nx is int = 1\ns is string\nv is Variant = 1\n")
_FR = ("ST est une Structure\n\tn est un entier\nFIN\nCA est une Classe\n\tk est un entier\n"
       "FIN\np est un ST\no est un CA\nt est un tableau d'entiers\nx est un entier = 1\n"
       "s est une chaîne\nv est un Variant = 1\n")

PROGRAMS = [  # (the line after the declarations, the check's code, the run's words)
    ("IF p THEN Trace(1)", "WL110", "(a structure) cannot be used as a boolean"),
    ("IF NOT o THEN Trace(1)", "WL110", "(an object) cannot be used as a boolean"),
    ("WHILE p\n\tBREAK\nEND", "WL110", "cannot be used as a boolean"),
    ("WHILE t\n\tBREAK\nEND", "WL110", "array cannot be used as a boolean"),
    ("FOR i = 1 TO p\nEND", "WL110", "cannot be used as a number"),
    ("FOR i = o TO 3\nEND", "WL110", "cannot be used as a number"),
    ("FOR i = 1 TO 3 STEP p\nEND", "WL110", "STEP must be a number"),
    ("x -= p", "WL113", "cannot be used as a number"),
    ("s += p", "WL113", "cannot be converted to a string"),
    ("v += o", "WL113", "cannot be used as a number"),
    ("Trace(-o)", "WL113", "cannot be used as a number"),
    ("x = -p + 1", "WL113", "cannot be used as a number"),
    ("p++", "WL113", "cannot be used as a number"),
    ("s = s + p", "WL113", "cannot be converted to a string"),
    ("Trace(p + \"a\")", "WL113", "cannot be converted to a string"),
    ("t[1] = p", "WL110", "cannot be used as a number"),
    ("ArrayAdd(t, o)", "WL110", "cannot be used as a number"),
    ("ts is array of strings\nts.Add(p)", "WL110", "cannot be converted to a string"),
    ("aa is associative array of int\naa[\"x\"] = p", "WL110", "cannot be used as a number"),
    ("b is boolean = p", "WL110", "cannot be used as a boolean"),
    ("d is Date = o", "WL110", "cannot be converted to a string"),
    ("Trace(t[p])", "WL110", "cannot be used as a number"),
    ("aa is associative array of int\naa[p] = 1", "WL110", "cannot be converted to a string"),
    ("Trace(s[[p]])", "WL110", "cannot be used as a number"),
    ("Trace(s[[1 TO o]])", "WL110", "cannot be used as a number"),
]
FRENCH = [
    ("SI PAS p ALORS Trace(1)", "WL110", "cannot be used as a boolean"),
    ("TANTQUE O\n\tSORTIR\nFIN", "WL110", "cannot be used as a boolean"),
    ("POUR i = 1 _A_ P\nFIN", "WL110", "cannot be used as a number"),
    ("x -= P", "WL113", "cannot be used as a number"),
    ("s += p", "WL113", "cannot be converted to a string"),
    ("V += p", "WL113", "cannot be used as a number"),
    ("Trace(-O)", "WL113", "cannot be used as a number"),
    ("O--", "WL113", "cannot be used as a number"),
    ("TableauAjoute(t, p)", "WL110", "cannot be used as a number"),
    ("t[1] = O", "WL110", "cannot be used as a number"),
    ("b est un booléen = p", "WL110", "cannot be used as a boolean"),
    ("h est une Heure = P", "WL110", "cannot be converted to a string"),
    ("Trace(T[o])", "WL110", "cannot be used as a number"),
    ("Trace(s[[2 A p]])", "WL110", "cannot be used as a number"),
]
CASES = [(_EN + line, code, words) for line, code, words in PROGRAMS] \
    + [(_FR + line, code, words) for line, code, words in FRENCH]


@pytest.mark.parametrize("text, code, words", CASES)
def test_the_check_reports_and_the_run_stops_at_the_variable(text: str, code: str,
                                                             words: str) -> None:
    assert stop_where_checked(text, code, words) in "pPoOtTbBdDhH"


def test_a_dynamic_object_is_not_reported() -> None:
    """`IF d THEN` with d a dynamic object: it may be Null, which a condition reads (as
    the array rule, only what certainly fails is said)."""
    assert check_places(_EN + "d is CA dynamic\nIF d THEN Trace(1)\n", "WL110") == []
