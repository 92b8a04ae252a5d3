"""`d..Hour = 5` on a variable declared a Date changed nothing, in silence (the Date
read as a date at midnight, moved 5 hours, kept its day), and `d..Minute` read the
Date's digits as a time's (25 for 2025); `t..Day = 3` on a Time said its digits were
"not a valid date"; `d..Foo = 1` that the property "cannot be set on this value". Each
now stops the run with "A Date has no property 'Hour'" (a Time, a DateTime...), and
`wl check` says so first, WL109 with those words at the property's name, where the run
stops (it said nothing of a property set). Which parts can be set is asked of the run's
own code (runtime/dated_props.py _settable; semantics/value_properties.py
part_property_set). V, 5 Dec 2026 late night."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked


@pytest.mark.parametrize("text,shown,name", [
    ('d is Date = "20250101"\nd..Hour = 5\n', "Date", "Hour"),
    ('d is Date = "20250101"\nd..Minute += 5\n', "Date", "Minute"),
    ('d est une Date = "20250101"\nd..Seconde = 5\n', "Date", "Seconde"),
    ('d is Date = "20250101"\nd..Foo = 1\n', "Date", "Foo"),
    ('t is Time = "1030"\nt..Day = 3\n', "Time", "Day"),
    ('h EST UNE HEURE = "1030"\nh..ANNEE = 2020\n', "Time", "ANNEE"),
    ('dt is DateTime = "20250101103000"\ndt..Bar = 2\n', "DateTime", "Bar"),
])
def test_a_part_a_value_lacks_is_said_where_the_run_stops(text: str, shown: str,
                                                          name: str) -> None:
    assert stop_where_checked(text, "WL109", f"A {shown} has no property '{name}'") \
        == name[0]


def test_a_dates_time_parts_are_no_reads_either() -> None:
    text = 'd is Date = "20250101"\nTrace(d..Minute)\n'
    assert stop_where_checked(text, "WL109", "A Date has no property 'Minute'") == "M"


@pytest.mark.parametrize("text", [
    'd is Date = "20250131"\nd..Day = 3\nd..Month += 1\nd..Year = 2020\nTrace(d)\n',
    'd est une Date = "20250131"\nd..Jour = 3\nd..Mois += 1\nd..Année = 2020\nTrace(d)\n',
    't is Time = "1030"\nt..Minute = 3\nt..Hour += 1\nt..Millisecond = 5\nTrace(t)\n',
    'dt is DateTime = "20250101103000"\ndt..Hour = 3\ndt..Day = 2\ndt..Date = "20240202"\n'
    'dt..Time = "1200"\nTrace(dt)\n',
])
def test_the_parts_a_value_has_are_no_error(text: str) -> None:
    assert check_places(text, "WL109") == []
