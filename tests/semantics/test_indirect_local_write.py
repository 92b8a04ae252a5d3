"""`{"x"} = 7` in a method with a LOCAL x and a member x: the local hides the member, as
written plainly, and is the variable assigned (it stopped at the brace, "is a variable
of the procedure", and before that wrote the member silently; docs/semantics.md
"Indirection")."""
from __future__ import annotations

import pytest

from wl_test_helpers import run_lines

EN = ("C is Class\n\tx is int\nEND\no is C\no.x = 9\no.M()\nTrace(o.x)\n"
      "PROCEDURE C::M()\nx is int = 5\n{\"x\"} = 7\nTrace(x)\n")
FR = ("C est une Classe\n\tx est un entier\nFIN\no est un C\no.x = 9\no.M()\nTrace(o.x)\n"
      "PROCÉDURE C::M()\nx est un entier = 5\n{\"X\"} = 7\nTrace(x)\n")


@pytest.mark.parametrize("text", [EN, FR])
def test_the_local_is_written_not_the_member(text: str) -> None:
    assert run_lines(text) == ["7", "9"]


@pytest.mark.parametrize("text", [EN, FR])
def test_without_the_local_the_member_is_written(text: str) -> None:
    plain = text.replace("x is int = 5\n", "").replace("x est un entier = 5\n", "")
    assert run_lines(plain) == ["7", "7"]
