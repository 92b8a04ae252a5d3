"""`du..Year = 2`, `du..Année = 2`: a property a Duration cannot be given, set on a
variable declared a Duration, stops the run ("A Duration has no property 'Year' to set:
its parts are Day, Hour, Minute, Second and Millisecond, ..."); `wl check` says so
first, WL109 with those words at the property's name, where the run stops (it said
nothing). Which properties can be set is asked of the run's own code
(semantics/value_properties.py part_property_set). 5 Dec 2026 evening, L."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_WORDS = ("A Duration has no property '{}' to set: its parts are Day, Hour, Minute, Second "
          "and Millisecond")


@pytest.mark.parametrize("text,name", [
    ("du is Duration = 3 min\ndu..Year = 2\n", "Year"),
    ("du is Duration = 3 min\ndu..Week += 1\n", "Week"),
    ("du est une Durée = 3 min\ndu..Année = 2\n", "Année"),
    ("DU est une DUREE = 3 min\nDU..mois = 2\n", "mois"),
])
def test_a_property_a_duration_lacks_is_said_where_the_run_stops(text: str,
                                                                 name: str) -> None:
    assert stop_where_checked(text, "WL109", _WORDS.format(name)) == name[0]


@pytest.mark.parametrize("text", [
    "du is Duration = 3 min\ndu..Minute = 5\ndu..InSeconds = 90\ndu..Day = 1\nTrace(du)\n",
    "du est une Durée = 3 min\ndu..Heure = 2\ndu..EnMinutes = 5\ndu..milliseconde = 3\n"
    "Trace(du)\n",
])
def test_the_parts_a_duration_has_are_no_error(text: str) -> None:
    assert check_places(text, "WL109") == []
