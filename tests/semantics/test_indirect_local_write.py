"""`{"x"} = 7` in a method with a LOCAL x and a member x: the local hides the member, as
written plainly, and a procedure variable is not assigned by name, so the run stops at
the brace saying so (it wrote the member silently; docs/semantics.md "Indirection")."""
from __future__ import annotations

import pytest

from wl_test_helpers import run_lines, run_stop

EN = ("C is Class\n\tx is int\nEND\no is C\no.x = 9\no.M()\n"
      "PROCEDURE C::M()\nx is int = 5\n{\"x\"} = 7\n")
FR = ("C est une Classe\n\tx est un entier\nFIN\no est un C\no.x = 9\no.M()\n"
      "PROCÉDURE C::M()\nx est un entier = 5\n{\"X\"} = 7\n")


@pytest.mark.parametrize("text", [EN, FR])
def test_a_local_is_not_written_through_the_member(text: str) -> None:
    error = run_stop(text)
    assert "is a variable of the procedure" in str(error)
    assert (error.line, error.column) == (9, 1)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [EN, FR])
def test_without_the_local_the_member_is_written(text: str) -> None:
    plain = text.replace("x is int = 5\n", "").replace("x est un entier = 5\n", "")
    assert run_lines(plain + "Trace(x)\n") == ["7"]
