"""A run-time error on a line holding text that is not ASCII (`Trace("élève", ...)`,
`"Straße"`, a French name): the caret is at the part that failed, as on an ASCII line.
Python counts an instruction's columns in UTF-8 bytes, so every character before it
taking two bytes moved the place looked for, and the caret stayed at the statement's
start (error_column.py `failing_line`); and a literal whose folding is longer (`ß`)
made the line's columns unreadable (dated_column.py `code_of`). English and French."""
from __future__ import annotations

import pytest

from wl_test_helpers import run_stop

PROGRAMS = [  # (program, the error's words, the text the caret is at)
    ('du is Duration = 90 min\nx is int = 3\nTrace("Durée œuvre ß", du % x)\n',
     "A Duration cannot be divided (%) by a number", "x)"),
    ('du is Duration = 90 min\nx is int = 3\nTrace("Straße", du % x)\n',
     "A Duration cannot be divided (%) by a number", "x)"),
    ('sNom is string = "Zoé"\nt is array of 2 int\nTrace("élève", Middle(sNom, 1, 2) + t[5])\n',
     "Index 5 is out of range", "t[5]"),
    ("sNom est une chaîne = \"Zoé\"\ntab est un tableau de 2 entiers\n"
     "Trace(\"élève\", Milieu(sNom, 1, 2) + tab[5])\n", "Index 5 is out of range", "tab[5]"),
    ('dÉchéance est une Date = "20240105"\nTrace("échéance", 2 * dÉchéance)\n',
     "A number cannot be multiplied by a Date", "dÉchéance)"),
    ('t is array of 3 int\nTrace("à côté", Total(t))\nPROCEDURE Total(n is int)\nRESULT n\n',
     "array cannot be used as a number", "t))"),
]


@pytest.mark.parametrize("text, words, at", PROGRAMS)
def test_the_caret_is_at_the_part_that_failed(text: str, words: str, at: str) -> None:
    error = run_stop(text)
    assert words in str(error), str(error)
    line = text.splitlines()[error.line - 1]  # type: ignore[attr-defined]
    column = error.column  # type: ignore[attr-defined]
    assert column > 1 and line[column - 1:].startswith(at), (column, line)
