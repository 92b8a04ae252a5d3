"""The tree builder's short cuts build what its general paths build: a plain-digits
number literal, a chain of one binary operator, and a procedure's pending result."""
from __future__ import annotations

import pytest

from wlinterp.errors import WLSyntaxError
from wlinterp.syntax import nodes as N
from wlinterp.syntax.parser import parse
from wlinterp.syntax.precedence import _PREC, _Op, _climb, build_chain
from wlinterp.syntax.tokens import Token


def _value(literal: str) -> object:
    stmt = parse(f"x = {literal}\n").main.stmts[0]
    assert isinstance(stmt, N.Assign) and isinstance(stmt.value, N.Num)
    return stmt.value.value


def test_number_literals_at_the_edges() -> None:
    assert _value("9" * 38) == int("9" * 38)
    assert _value("٣٤") == 34  # digits of another script are digits
    assert _value("007") == 7 and _value("1_000") == 1000 and _value("1.5") == 1.5
    with pytest.raises(WLSyntaxError, match="out of range"):
        parse("x = " + "9" * 39 + "\n")
    assert _value("0" * 45 + "1") == 1  # leading zeros are not digits of the value


@pytest.mark.parametrize("kind", sorted(k for k in _PREC if k.isupper()))
def test_a_chain_of_one_operator_is_what_precedence_climbing_makes(kind: str) -> None:
    left, right = N.Name(1, 1, "a"), N.Num(1, 5, 2)
    tok = Token(kind, "?" if kind in ("CONTAINS", "STARTS", "ENDS") else kind.lower(), 2,
                1, 3)
    general, _ = _climb([left, _Op(tok, kind), right], 0, 0)
    assert build_chain([left, tok, right]) == general


def test_a_pending_result_is_given_unless_declared() -> None:
    given = parse("PROCEDURE P()\nRETOUR = Faux\nSI 1 ALORS\nRETOUR\nFIN\n").procedures[0]
    first, last = given.body.stmts[0], given.body.stmts[-1]
    assert isinstance(first, N.Decl) and first.names[0][0] == "RETOUR"
    assert isinstance(last, N.Return) and isinstance(last.value, N.Name)
    declared = parse("PROCEDURE P()\nMyResult = 1\nmyresult is int\n").procedures[0]
    assert [type(s) for s in declared.body.stmts] == [N.Assign, N.Decl]
