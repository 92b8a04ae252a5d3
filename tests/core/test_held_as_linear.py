"""What a value is held as (compiler/declared_kinds.py held_as) is asked once per operand.

held_as asked a `+`'s operands once for "two Buffers?" and again for "computed from a
numeric?": a chain `a + b + c + ...` cost two or three questions per level, 2**n to 3**n
in all, and `wl check`/`wl run` of a real class file joining 25 texts never ended (a
`.wdc` of the public corpus). The questions are counted, not timed: they must grow with the chain's
length, not with a power of it. The chain's value is pinned too.
"""
from __future__ import annotations

import io
from typing import Any

import pytest

from wlinterp.compiler.declared_kinds import DeclaredKindMixin
from wlinterp.engine import run_source


def _chain_program(n: int, kind: str) -> str:
    """n variables of `kind` joined by `+` into a Variant (held_as is asked there)."""
    lines = [f'v{i} is {kind} = {i}' for i in range(n)]
    lines.append("x is Variant = " + " + ".join(f"v{i}" for i in range(n)))
    lines.append("Trace(x)")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("kind, words", [("int", "int"), ("numeric", "numeric"),
                                         ("string", "string")])
def test_a_long_chain_asks_each_operand_once(monkeypatch: pytest.MonkeyPatch, kind: str,
                                             words: str) -> None:
    calls = [0]
    original = DeclaredKindMixin.held_as

    def counted(self: Any, e: Any) -> str | None:
        calls[0] += 1
        return original(self, e)

    monkeypatch.setattr(DeclaredKindMixin, "held_as", counted)
    n = 12
    out = io.StringIO()
    run_source(_chain_program(n, kind), "chain.wl", stdout=out)
    expected = "".join(str(i) for i in range(n)) if kind == "string" \
        else str(sum(range(n)))
    assert out.getvalue().strip() == expected, words
    assert 0 < calls[0] <= 20 * n, calls[0]  # 8,189 and more before (2**n to 3**n)
