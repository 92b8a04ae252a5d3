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


@pytest.mark.parametrize("text, colon", [("n:a = 1\n", True), ("n.a = 1\n", False),
                                         ("n:'a-b' = 1\n", True), ("n[1]:a = 1\n", True),
                                         ("n:b.a = 1\n", False)])
def test_the_member_records_its_operator(text: str, colon: bool) -> None:
    """The compiler tells `node:attr = v` (an XML attribute) from `node.attr = v` by the
    operator the parser saw, kept on the Member node (not by reading the source again)."""
    stmt = parse(text, "t.wl").main.stmts[0]
    assert isinstance(stmt, N.Assign) and isinstance(stmt.target, N.Member)
    assert stmt.target.colon is colon


def test_the_implicit_object_of_a_method_member_is_not_a_colon_member() -> None:
    stmt = parse("PROCEDURE P()\n:m_a = 1\n", "t.wl").procedures[0].body.stmts[0]
    assert isinstance(stmt.target, N.Member) and stmt.target.colon is False
