"""`Max(tStart, 2)`, `Min(d, t)`: Max and Min of values on no common scale (a number and
a Time or a Date, a Time and a Date, a Duration and a Date), each a variable declared so
or a number literal, stop the run ("Max cannot compare a Time with a number: they are
not measured on one scale."); `wl check` says so first, WL115 with those words at the
function's name, where the run stops (it said nothing). One rule for both:
runtime/extremes.py scale_clash. 5 Dec 2026 evening, L."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_EN = ('tStart is Time = "1030"\nd is Date = "20240105"\ndu is Duration = 90 min\n'
       'dt is DateTime = "20240105103000"\nn is int = 3\n')
_FR = ('hDébut est une Heure = "1030"\nd est une Date = "20240105"\n'
       'du est une Durée = 90 min\ndh est une DateHeure = "20240105103000"\n'
       'n est un entier = 3\n')


@pytest.mark.parametrize("text,words", [
    (_EN + "Trace(Max(tStart, 2))\n", "Max cannot compare a Time with a number"),
    (_EN + "Trace(Min(7, tStart))\n", "Min cannot compare a Time with a number"),
    (_EN + "Trace(Max(d, tStart))\n", "Max cannot compare a Time with a Date"),
    (_EN + "x is Duration = Min(du, d)\n", "Min cannot compare a Duration with a Date"),
    (_FR + "Trace(Min(7, hDébut))\n", "Min cannot compare a Time with a number"),
    (_FR + "Trace(MAX(n, d))\n", "Max cannot compare a Date with a number"),
    (_FR + "Trace(min(dh, hdebut))\n", "Min cannot compare a Time with a DateTime"),
])
def test_values_on_no_common_scale_are_said_where_the_run_stops(text: str,
                                                                 words: str) -> None:
    assert stop_where_checked(text, "WL115", words + ": they are not measured on one "
                              "scale") in "Mm"


@pytest.mark.parametrize("text", [
    _EN + 'Trace(Max(d, dt), Min(du, 5), Max(n, 2.5), Max(tStart, "0900"))\n',
    _FR + 'Trace(Max(d, dh), Min(du, n), Max(hDébut, "0900"))\nv est un Variant = 2\n'
    "Trace(Min(hDébut, v))\n",
])
def test_values_on_one_scale_or_of_unknown_kind_are_no_error(text: str) -> None:
    assert check_places(text, "WL115") == []
