"""WL206's hint for a real literal given to a built-in's integer parameter names what
the integer is: "a position or a count" for an IntArg one (ArrayDelete's index), the
parameter alone for a WholeArg one, whose integer may be neither (ErrorPropagate's
error code, ErreurPropage in French: it said "a position or a count is a whole number")."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

_POSITION = "a position or a count is a whole number: round it first (Round) if that is what is meant"
_WHOLE = "the parameter is a whole number: round it first (Round) if that is what is meant"


def hint_of(text: str) -> str | None:
    diags = [d for d in analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == "WL206"]
    assert len(diags) == 1, diags
    return diags[0].hint


@pytest.mark.parametrize("text", ['ErrorPropagate(12.5, "Stock too low")\n',
                                  'ErreurPropage(12.5, "Stock trop bas")\n'])
def test_error_code_is_no_position(text: str) -> None:
    assert hint_of(text) == _WHOLE


@pytest.mark.parametrize("text", ['arrLines is array of strings = ["a", "b"]\nArrayDelete(arrLines, 1.75)\n',
                                  'tabLignes est un tableau de chaînes = ["a", "b"]\nTableauSupprime(tabLignes, 1.75)\n'])
def test_position_keeps_its_hint(text: str) -> None:
    assert hint_of(text) == _POSITION
