"""`n + [1]`, a number before the optional concatenation `A + [B]`: the run refuses it
with the words of `n is int = ["a"]` ("type array"), and `wl check` reports WL113 at the
array literal (it gave "51", the number silently made text). Texts keep the operator."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

REFUSED = [
    "n is int = 5\nTrace(n + [1])\n",
    "r is real = 2.5\nTrace(r + [\", \"])\n",
    "Trace(5 + [1])\n",
    "n est un entier = 5\nTrace(N + [1])\n",
    "m est un monétaire = 5\nTrace(m + [\"x\"])\n",
]
KEPT = [
    ("s is string = \"a\"\nTrace(s + [\", \"] + \"b\")\n", "a, b"),
    ("s est une chaîne = \"\"\nTrace(s + [\", \"] + \"b\")\n", "b"),
    ("v is variant = \"a\"\nTrace(v + [1])\n", "a1"),
]


def _wl113(text: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL113"]


@pytest.mark.parametrize("text", REFUSED)
def test_a_number_before_plus_array_literal_is_refused(text: str) -> None:
    with pytest.raises(Exception) as caught:
        run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert "A value of type array cannot be used as a number" in str(caught.value)
    found = _wl113(text)
    assert len(found) == 1, found
    line, column = found[0]
    assert text.splitlines()[line - 1][column - 1] == "["


@pytest.mark.parametrize("text, shown", KEPT)
def test_a_text_keeps_the_optional_concatenation(text: str, shown: str) -> None:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().strip() == shown
    assert _wl113(text) == []
