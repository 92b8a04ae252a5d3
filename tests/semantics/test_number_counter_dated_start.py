"""A FOR loop whose counter is declared a number (int, real, currency, numeric) and whose
start (or bound: `FOR i = 1 TO d` counted to the date's digits, 20 million passes) is a
Date, Time or DateTime: the run stops there, and `wl check` reports WL110 with the same
words (a DateTime start wrapped at 32 bits and ran some 2e9
passes; a Date counted its days as digits, 72 passes from 30/01 to 01/02). An undeclared
counter from a text stays an 8-byte integer (docs/semantics.md FOR)."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

REFUSED = [
    ('i is int\ndt is DateTime = "20240101120000"\nFOR i = dt TO dt + 2\nEND\n',
     "'i' is an integer: it cannot count from a DateTime"),
    ('i est un entier\nd est une date = "20240130"\nPOUR i = d A d + 2\nFIN\n',
     "'i' is an integer: it cannot count from a Date"),
    ('r is real\nt is Time = "1000"\nFOR r = t TO 3\nEND\n',
     "'r' is a real: it cannot count from a Time"),
    ('m est un monétaire\nD est une Date\nPOUR m = d A 3\nFIN\n',
     "'m' is a currency: it cannot count from a Date"),
]
BOUNDS = [
    ('d is Date = "20240131"\nFOR i = 1 TO d\nEND\n',
     "'i' is an integer: it cannot count to a Date"),
    ('n est un réel\ndh est une DateHeure\nPOUR n = 1 _A_ dh\nFIN\n',
     "'n' is a real: it cannot count to a DateTime"),
]
VARIANT = 'i is int\nv is Variant = Today()\nFOR i = v TO 3\nEND\n'
# a start or bound the code declares dated without being a plain variable: a member, an
# element, a built-in's result, a Date moved by days (the number before or after it); the
# caret at its variable, call or operator
PLACES = [
    ('STRUCTURE ST\ndDate is Date\nEND\nst is ST\nst.dDate = "20240105"\ni is int\n'
     'FOR i = st.dDate TO st.dDate + 2\nEND\n', "cannot count from a Date", "st.dDate"),
    ('tab est un tableau de dates\nTableauAjoute(tab, "20240105")\ni est un entier\n'
     'POUR i = 1 A tab[1]\nFIN\n', "cannot count to a Date", "tab[1]"),
    ('i is int\nFOR i = DateSys() TO DateSys() + 2\nEND\n', "cannot count from a Date",
     "DateSys()"),
    ('r est un réel\nPOUR r = 1 A DateDuJour()\nFIN\n', "cannot count to a Date",
     "DateDuJour()"),
    ('i is int\nFOR i = 1 TO Now()\nEND\n', "cannot count to a Time", "Now()"),
    ('d is Date = "20240105"\nn is int = 2\ni is int\nFOR i = 1 TO d + n\nEND\n',
     "cannot count to a Date", "+ n"),
    ('i est un entier\nPOUR i = 1 A JourSuivant()\nFIN\nPROCÉDURE JourSuivant() : Date\n'
     'RENVOYER "20240105"\n', "cannot count to a Date", "JourSuivant()"),
    ('dt is DateTime = "20240101120000"\ni is int\nFOR i = 1 TO dt - 2\nEND\n',
     "cannot count to a DateTime", "- 2"),
    ('t is Time = "1000"\ni is int\nFOR i = 1 TO t + 1 h\nEND\n', "cannot count to a Time",
     "+ 1 h"),
    ('h est une Heure = "1000"\ni est un entier\nPOUR i = 1 A h + 2\nFIN\n',
     "cannot count to a Time", "+ 2"),
    ('dh est une DateHeure = "20240101120000"\ndu est une Durée = 2 h\nr est un réel\n'
     'POUR r = dh - du A 3\nFIN\n', "cannot count from a DateTime", "- du"),
    # the number first: `+` adds either way round (the caret at the `+`, as the run's)
    ('d is Date = "20240105"\ni is int\nFOR i = 1 TO 2 + d\nEND\n', "cannot count to a Date",
     "+ d"),
    ('dh est une DateHeure = "20240101120000"\nn est un entier = 2\ni est un entier\n'
     'POUR i = n + dh A 3\nFIN\n', "cannot count from a DateTime", "+ dh"),
    ('t is Time = "1000"\ni is int\nFOR i = 1 TO 1 h + t\nEND\n', "cannot count to a Time",
     "+ t"),
    ('h est une Heure = "1000"\ndu est une Durée = 2 h\nr est un réel\nPOUR r = 1 A du + h\n'
     'FIN\n', "cannot count to a Time", "+ h"),
    # the offset computed (`1 + 2 + d`: the check said nothing), and a Duration beside a
    # Date (Duration + Date is a Date, ?1514040: the run counted to the Date's digits)
    ('d is Date = "20240105"\ni is int\nFOR i = 1 TO 1 + 2 + d\nEND\n',
     "cannot count to a Date", "+ d"),
    ('d est une Date = "20240105"\nn est un entier = 2\ni est un entier\n'
     'POUR i = 1 A d + n * 7\nFIN\n', "cannot count to a Date", "+ n"),
    ('d is Date = "20240105"\ni is int\nFOR i = 3 TO 1 h + d\nEND\n',
     "cannot count to a Date", "+ d"),
    ('d est une Date = "20240105"\ndu est une Durée = 2 h\nr est un réel\n'
     'POUR r = d - du * 2 A 3\nFIN\n', "cannot count from a Date", "- du"),
    ('t is Time = "1000"\ni is int\nFOR i = 1 TO -(1 h + 2 min) + t\nEND\n',
     "cannot count to a Time", "+ t"),
    # a boolean beside a Date is 1 or 0 (docs/semantics.md): the run stopped, the check
    # said nothing
    ('d is Date = "20240105"\nb is boolean = True\ni is int\nFOR i = 1 TO d + b\nEND\n',
     "cannot count to a Date", "+ b"),
    ('d est une Date = "20240105"\ni est un entier\nPOUR i = 1 A d + Vrai\nFIN\n',
     "cannot count to a Date", "+ Vrai"),
]


def _wl110(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL110"]


# the plain variables' cases, with the variable the caret of both is at
VARIABLES = [(text, words, at) for (text, words), at in
             zip(REFUSED + BOUNDS, ("dt", "d", "t", "d", "d", "dh"))]


@pytest.mark.parametrize("text, words, at", VARIABLES + PLACES)
def test_a_number_counter_refuses_a_dated_start(text: str, words: str, at: str) -> None:
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert words in str(caught.value)
    found = _wl110(text)
    assert len(found) == 1, found
    line, column, message = found[0]
    assert words in message
    assert text.splitlines()[line - 1][column - 1:].lower().startswith(at.lower())
    assert (caught.value.line, caught.value.column) == (line, column)  # type: ignore[attr-defined]


def test_a_variant_start_holding_a_date_is_refused_by_the_run() -> None:
    with pytest.raises(Exception) as caught:
        run_source(VARIANT, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert "'i' is an integer: it cannot count from a Date" in str(caught.value)
    assert (caught.value.line, caught.value.column) == (3, 9)  # type: ignore[attr-defined]
    assert _wl110(VARIANT) == []  # (the check does not know what v holds)


@pytest.mark.parametrize("text, shown", [
    ('i is int\nv is Variant = 2\nFOR i = v TO 3\nTrace(i)\nEND\n', "2\n3\n"),
    ('FOR j = "5" TO 6\nTrace(j, TypeVar(j) = wlInt_8)\nEND\n', "5, 1\n6, 1\n"),
    ('dt is DateTime = "20240101120000"\nFOR k = dt..Day TO 2\nTrace(k)\nEND\n', "1\n2\n"),
    ('d is Date = "20240105"\ne is Date = "20240107"\ni is int\nFOR i = 1 TO e - d\n'
     'Trace(i)\nEND\n', "1\n2\n"),
    ('d is Date = "20240105"\ni is int\nFOR i = 1 TO DateToInteger(d) - DateToInteger(d) + 1\n'
     'Trace(i)\nEND\n', "1\n"),
    # a number minus a Date is no Date: the run counts (to nothing here)
    ('d is Date = "20240105"\ni is int\nFOR i = 1 TO 2 - d\nTrace(i)\nEND\nTrace("done")\n',
     "done\n"),
    ('d est une Date = "20240105"\nn est un entier = 3\ni est un entier\nPOUR i = 1 A n - d\n'
     'Trace(i)\nFIN\nTrace("fini")\n', "fini\n"),
])
def test_other_starts_count_as_before(text: str, shown: str) -> None:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == shown
    assert _wl110(text) == []
