"""WL101's hint for an undeclared variable an assignment gives a value proposes the type
of that value: each target of a multiple assignment its own (`(nA, sB, bC) = P()` with
`RESULT (1, "x", True)`: int, string, boolean), a literal's, a procedure's declared
result, a built-in's; `string` when nothing says (it said `string` for every target;
docs/check.md WL101)."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

EN = """(nA, sB, bC) = Three()
(x, , r) = (1, "z", 2.5)
n = Total()
d = Today()
v = Unknown
PROCEDURE Three()
RESULT (1, "x", True)
PROCEDURE Total() : int
RESULT 3
"""
FR = """(nA, sB, bC) = Trois()
(x, , r) = (1, "z", 2.5)
n = Total()
d = DateDuJour()
v = Inconnu
PROCÉDURE Trois()
RENVOYER (1, "x", Vrai)
PROCÉDURE Total() : entier
RENVOYER 3
"""


def hints(text: str) -> dict[str, str]:
    diags = analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
    return {d.message.split("'")[1]: d.hint for d in diags
            if d.code == "WL101" and d.hint and d.line <= 4}


@pytest.mark.parametrize("text, total", [(EN, "int"), (FR, "entier")])
def test_each_target_gets_its_value_type(text: str, total: str) -> None:
    found = hints(text)
    assert found == {
        "nA": "declare it first, e.g. 'nA is int'",
        "sB": "declare it first, e.g. 'sB is string'",
        "bC": "declare it first, e.g. 'bC is boolean'",
        "x": "declare it first, e.g. 'x is int'",
        "r": "declare it first, e.g. 'r is real'",
        "n": f"declare it first, e.g. 'n is {total}'",
        "d": "declare it first, e.g. 'd is date'"}


@pytest.mark.parametrize("text", [EN, FR])
def test_a_value_of_unknown_type_keeps_string(text: str) -> None:
    diags = analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
    assert any(d.code == "WL101" and d.line == 5 and d.hint == "declare it first, e.g. 'v is "
               "string'" for d in diags)


@pytest.mark.parametrize("text, want", [
    ("(a, b) = P()\nPROCEDURE P() : (int, string)\nRESULT (c, d)\n", ("int", "string")),
    ("(a, b) = P()\nPROCÉDURE P() : (entier, date)\nRENVOYER (c, d)\n", ("entier", "date"))])
def test_a_header_list_of_result_types_gives_each_target_its_type(text: str,
                                                                   want: tuple[str, str]) -> None:
    """`PROCEDURE P() : (int, string)`: each target the listed type at its place (the
    list was read as a variant, and the RESULT gives no literal to look at)."""
    diags = analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
    found = {d.message.split("'")[1]: d.hint for d in diags if d.code == "WL101" and d.line == 1}
    assert found == {"a": f"declare it first, e.g. 'a is {want[0]}'",
                     "b": f"declare it first, e.g. 'b is {want[1]}'"}
