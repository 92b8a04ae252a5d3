"""An indirection's text is read one way (syntax/indirection_paths.py) by the run and by
`wl check`'s checks of a literal indirection written to: the check says WL106 for
exactly the texts whose store the run refuses (an immutable variable, a part of one, a
constant), blanks, case, `:` and subscripts included. The three read it each their own
way until 7 Dec 2026 (structure review)."""
from __future__ import annotations

import io

import pytest

import wlinterp
from wlinterp.syntax.indirection_paths import indirection_head, indirection_parts
from wl_test_helpers import check_places


def test_the_parts_and_the_head_of_a_text() -> None:
    assert indirection_parts(" o . m_x ") == ["o", "m_x"]
    assert indirection_parts("o:m_x") == ["o", "m_x"]
    assert indirection_parts("t[2].n") == ["t[2]", "n"]
    assert indirection_parts("C::m") == ["C", "", "m"]
    assert indirection_parts("x") == ["x"]
    assert [indirection_head(t) for t in ("st.n", " t [2]", "o:m", "::m", "x")] == \
        ["st", "t", "o", "", "x"]


def _run_refuses(prelude: str, text: str) -> bool:
    """Does the run refuse `{s} = 6` with `s` holding `text` (a name computed, which the
    check cannot read)?"""
    source = f'{prelude}s is string = "{text}"\nWHEN EXCEPTION IN\n\t{{s}} = 6\nDO\n' \
             f'\tTrace("refused")\nEND\n'
    out = io.StringIO()
    wlinterp.run_source(source, "t.wl", stdout=out, stderr=io.StringIO())
    return "refused" in out.getvalue()


_IMMUTABLE = "nRate is int <immutable> = 5\narrRates is array of int <immutable> = [1, 2]\n" \
             "nFree is int = 1\n"
_CONSTANT = "CONSTANT\n\tKMAX = 1\nEND\nnFree is int = 1\n"


@pytest.mark.parametrize("prelude, text", [
    (_IMMUTABLE, "nRate"), (_IMMUTABLE, " NRATE "), (_IMMUTABLE, "arrRates[2]"),
    (_IMMUTABLE, "arrRates [1]"), (_IMMUTABLE, "nFree"), (_IMMUTABLE, " nfree "),
    (_CONSTANT, "KMAX"), (_CONSTANT, " kmax "), (_CONSTANT, "nFree"),
])
def test_the_check_says_wl106_where_the_run_refuses(prelude: str, text: str) -> None:
    checked = bool(check_places(f'{prelude}{{"{text}"}} = 6\n', "WL106"))
    assert checked == _run_refuses(prelude, text)
