"""`FOR EACH STRING s OF ["a", "b"]` / `POUR TOUTE CHAÎNE s DE [...]`: an array literal
is no text; the run stops at its `[`, where `wl check` puts WL110 (it was at the loop's
column 1); a variable declared an array already stopped at its name (compiler/loops.py)."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

PROGRAMS = [  # (program, the character under the caret)
    'FOR EACH STRING s OF ["a", "b"]\n\tTrace(s)\nEND\n',
    'n is int\nfor each string s of ["a"] separated by ","\n\tn++\nEND\nTrace(n)\n',
    'POUR TOUTE CHAÎNE s DE ["a", "b"]\n\tTrace(s)\nFIN\n',
    'n est un entier\npour toute chaine s de ["a"] séparée par ","\n\tn++\nFIN\nTrace(n)\n',
    't is array of string = ["a"]\nFOR EACH STRING s OF t\n\tTrace(s)\nEND\n',
]


def _check(text: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL110"]


@pytest.mark.parametrize("text", PROGRAMS)
def test_the_run_stops_where_the_check_reports(text: str) -> None:
    found = _check(text)
    assert len(found) == 1, found
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    error: object = caught.value
    assert "FOR EACH STRING cuts a text into pieces" in str(error), error  # (LIB's words)
    line, column = error.line, error.column  # type: ignore[attr-defined]
    assert (line, column) == found[0]
    assert text.splitlines()[line - 1][column - 1] in "[t"
