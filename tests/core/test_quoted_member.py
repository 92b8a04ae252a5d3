"""`node:'name'` / `node:"name"`: a member (an XML attribute) whose name is written quoted
after a colon that touches its object; an unclosed or empty quoted name is a syntax error
at the quote, not a stray character."""
from __future__ import annotations

import pytest

from wlinterp.errors import WLSyntaxError
from wlinterp.syntax.parser import parse
from wlinterp.syntax import nodes as N


@pytest.mark.parametrize("text", ["x = n:'http-equiv'\n", 'x = n:"http-equiv"\n'])
def test_a_quoted_name_after_a_colon_is_a_member(text: str) -> None:
    stmt = parse(text, "t.wl").main.stmts[0]
    assert isinstance(stmt, N.Assign) and isinstance(stmt.value, N.Member)
    assert stmt.value.name == "http-equiv"


@pytest.mark.parametrize("text", ["x = n:'http-equiv\n", "x = n:''\n"])
def test_an_unclosed_or_empty_quoted_name_is_a_syntax_error(text: str) -> None:
    with pytest.raises(WLSyntaxError) as err:
        parse(text, "t.wl")
    assert (err.value.line, err.value.column) == (1, 7)
    assert "quoted member name" in err.value.message


def test_a_colon_with_spaces_before_a_string_is_still_punctuation() -> None:
    program = parse('SWITCH 1\n\tCASE 1 : Trace("one")\nEND\n', "t.wl")
    assert isinstance(program.main.stmts[0], N.Switch)
