"""wl check on writes into a part of a variable (`s[[1]] = "A"`, a Buffer's byte
`b[[1]] = 1`, ?1514042) and on a Buffer declared with its bytes (`b is Buffer = [0x41]`):
the variable is assigned there (no WL204 "never assigned" nor "read before any
assignment"), and the array of byte values is no WL110, in English and in French."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

CASES = [
    ('S is Buffer\nS[[1]] = 1\nS[[2]] = 0\nTrace(S)\n', "en"),
    ('S est un Buffer\nS[[1]] = 1\nS[[2]] = 0\nTrace(S)\n', "fr"),
    ('s is string\ns[[2]] = "B"\nTrace(s)\n', "en"),
    ('s est une chaîne\ns[[2 A 3]] = "BC"\nTrace(s)\n', "fr"),
    ('b is Buffer = [0x41, 0x42]\nTrace(b)\n', "en"),
    ('b est un Buffer = [0x41, 0x42]\nTrace(b)\n', "fr"),
]


def _codes(text: str) -> list[str]:
    found = analyze(parse(text, "case.wl"), load_stdlib()).diagnostics
    return [f"{d.code} {d.message}" for d in found if d.code in ("WL204", "WL110")]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_a_part_written_assigns_the_variable(text: str, lang: str) -> None:
    assert _codes(text) == []


def test_a_string_still_refuses_an_array_and_an_unwritten_one_still_warns() -> None:
    assert any(c.startswith("WL110") for c in _codes('s is string = [1, 2]\nTrace(s)\n'))
    assert any(c.startswith("WL204") for c in _codes('b is Buffer\nTrace(b)\n'))
