"""Arguments the declarations alone show a built-in refuses, said by `wl check` (WL115)
where the run stops, in the run's words (it said nothing before the run):
- a number, a text or a boolean (a literal, or a variable so declared) where a function
  needs an array: `StatMax(5)`, `ArrayAdd(n, 1)`, `TableauAjoute(s, "x")`
  ("StatMax expects an array, not a value of type integer"): the decorator's
  `container`, or an Array function (semantics/builtin_args.py needed_container);
- `ArrayInfo(s, tiTotalSize)` on an array declared of strings (no size in bytes),
  `ArrayAdd(t, 1, 2)` (a key for an ordinary array), `TableauAjoute(Prix)` and
  `Prix.Ajoute()` (no key for an associative array): the built-in's own
  `declared_check` (stdlib/array_shape.py, stdlib/arrays.py), one rule for both;
- `TimeSys("1030")`, `DateSys("AAAAMM")` given a literal: they would set the clock,
  which wlinterp never does (stdlib/dates.py `_clock_kept`, its declared_check);
- `fDate(sFic, fModification, fAccès)` (a kind where the new date goes), `fHeure(f, 7)`,
  `fDateTime(f, "2024131", fAccess)`: stdlib/file_dates.py `_known_check`.
5 Dec 2026 late night, L."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_EN = ('n is int = 5\ns is string = "ab"\nb is boolean\nt is array of int\n'
       'st is array of strings = ["a"]\naa is associative array of reals\n')
_FR = ('n est un entier = 5\ns est une chaîne = "ab"\nb est un booléen\n'
       't est un tableau d\'entiers\nst est un tableau de chaînes = ["a"]\n'
       'Prix est un tableau associatif de réels\n')


@pytest.mark.parametrize("text,words,first", [
    (_EN + "Trace(StatMax(5))\n", "StatMax expects an array, not a value of type integer.",
     "S"),
    (_EN + "Trace(StatAverage(n))\n",
     "StatAverage expects an array, not a value of type integer.", "S"),
    (_EN + "ArrayAdd(n, 1)\n", "ArrayAdd expects an array, not a value of type integer.",
     "A"),
    (_EN + 'Trace(ArrayCount("abc"))\n',
     "ArrayCount expects an array, not a value of type string.", "A"),
    (_EN + "Trace(ArrayInfo(st, tiTotalSize))\n", "ArrayInfo: tiTotalSize needs elements "
     "of a fixed size in bytes (numbers, booleans, dates, times, durations), not string.", "A"),
    (_EN + "ArrayAdd(t, 1, 2)\n", "ArrayAdd: a key and a value are only given for an "
     "associative array; this array takes one value.", "A"),
    (_EN + "t.Add(1, 2)\n", "Add: a key and a value are only given for an associative "
     "array; this array takes one value.", "A"),
    (_EN + "ArrayAdd(aa)\n", "ArrayAdd: an associative array needs the key of the element "
     "to add: ArrayAdd(array, key, value).", "A"),
    (_FR + "Trace(StatSomme(s))\n", "StatSomme expects an array, not a value of type "
     "string.", "S"),
    (_FR + 'TableauAjoute(s, "x")\n', "TableauAjoute expects an array, not a value of type "
     "string.", "T"),
    (_FR + "Trace(TableauInfo(st, tiTailleTotale))\n", "TableauInfo: tiTotalSize needs "
     "elements of a fixed size in bytes (numbers, booleans, dates, times, durations), "
     "not string.", "T"),
    (_FR + "TableauAjoute(Prix)\n", "TableauAjoute: an associative array needs the key of "
     "the element to add", "T"),
    (_FR + "Prix.Ajoute()\n", "Ajoute: an associative array needs the key of the element "
     "to add", "A"),
    (_FR + "tableauajoute(t, 1, 2)\n", "TableauAjoute: a key and a value are only given "
     "for an associative array", "t"),
    (_EN + 'TimeSys("1030")\n', 'TimeSys("1030") would set the computer\'s time: wlinterp '
     "does not change the clock, so nothing was changed.", "T"),
    (_FR + 'HeureSys("1030")\n', 'TimeSys("1030") would set the computer\'s time', "H"),
    (_FR + 'Trace("F" + DateSys("AAAAMM"))\n', 'DateSys("AAAAMM") would set the computer\'s '
     "date: wlinterp does not change the clock, so nothing was changed; to show the "
     "current date with a mask, write DateToString(Today(), mask).", "D"),
    (_FR + 'Trace(fDate("c:\\a.txt", fModification, fAccès))\n', "fDate: a third parameter "
     "(the kind of date) follows a new date to set, not the kind '0'.", "f"),
    (_FR + 'Trace(fHeure("a.txt", 7))\n', "fHeure: the kind of date is fModification, "
     "fCreation or fAccess, not '7'.", "f"),
    (_EN + 'fDateTime("a.txt", "2024131", fAccess)\n', "fDateTime: '2024131' is not a valid "
     "datetime (YYYYMMDDHHMMSSCC).", "f"),
])
def test_the_check_says_it_where_the_run_stops(text: str, words: str, first: str) -> None:
    assert stop_where_checked(text, "WL115", words) == first


@pytest.mark.parametrize("text", [
    _EN + "ArrayAdd(t, 3)\nTrace(StatMax(t), ArrayCount(t), Dimension(t), ArrayInfo(t, "
    "tiTotalSize))\nArrayAdd(aa, \"k\", 2.5)\nArrayAdd(aa, \"j\")\nv is variant = t\n"
    "Trace(StatMax(v), ArrayInfo(st, tiNumberElements), Count(s, \"a\"))\n",
    _FR + "TableauAjoute(t, 3)\nTableauAjoute(Prix, \"poire\", 2.5)\nPrix.Ajoute(\"prune\")\n"
    "Trace(StatMax(t), TableauInfo(t, tiTailleTotale), TableauOccurrence(Prix))\n",
    _EN + "Trace(DateSys(), TimeSys(), HeureSys() <> \"\")\n",
    _FR + 'f est une chaîne = "a.txt"\nTrace(fDate(f), fDate(f, "", fCréation), '
    'fHeure(f, fAccès), fDate(f, s), fDateHeure(f, n, fAccès))\n'
    'fDate(f, "20240101", fAccès)\nfDateHeure(f, "20240101103000", fModification)\n',
])
def test_what_the_run_takes_is_no_error(text: str) -> None:
    assert check_places(text, "WL115") == []
