"""`..Year`, `..Heure`, `..Minute`...: the EN/FR part words are one table
(syntax/words.py) read by dates, times, date-times and durations alike."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source

CASES = [
    ('d is Date = "20240315"\nTrace(d..Year, d..Mois, d..Jour)', "2024, 3, 15"),
    ('t is Time = "10304500"\nTrace(t..Heure, t..Minute, t..Second)', "10, 30, 45"),
    ('s is string = "20240315"\ns..Année = 2025\nTrace(s)', "20250315"),
    ('du is Duration = 2h\nTrace(du..Hour, du..EnMinutes, du..Jour)', "2, 120, 0"),
    ('dh is DateTime = "20240315103000000"\nTrace(dh..Annee, dh..Heure)', "2024, 10"),
]


@pytest.mark.parametrize("source,expected", CASES)
def test_part_words_in_both_languages(source: str, expected: str) -> None:
    out = io.StringIO()
    run_source(source + "\n", stdout=out)
    assert out.getvalue().strip() == expected
