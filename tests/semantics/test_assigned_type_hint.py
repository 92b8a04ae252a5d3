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


_EACH = {"nA": "int", "sB": "string", "bC": "boolean", "x": "int", "r": "real", "n": "int",
         "d": "date"}
_FRENCH = {"int": "est un entier", "string": "est une chaîne", "boolean": "est un booléen",
           "real": "est un réel", "date": "est une date"}


@pytest.mark.parametrize("text, french", [(EN, False), (FR, True)])
def test_each_target_gets_its_value_type(text: str, french: bool) -> None:
    """In a French file the example is French code to paste, `n est un entier` (it said
    `n is int`, and `n is entier` for a procedure's declared result; docs/check.md WL101)."""
    assert hints(text) == {
        name: f"declare it first, e.g. '{name} {_FRENCH[t] if french else 'is ' + t}'"
        for name, t in _EACH.items()}


@pytest.mark.parametrize("text, want", [(EN, "'v is string'"), (FR, "'v est une chaîne'")])
def test_a_value_of_unknown_type_keeps_string(text: str, want: str) -> None:
    diags = analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
    assert any(d.code == "WL101" and d.line == 5 and d.hint == f"declare it first, e.g. {want}"
               for d in diags)


OPERATIONS_EN = """nCount is int = 3
rRate is real = 1.5
nSum = 1 + 2
rHalf = nCount / 2
sText = "x" + nCount
rMul = nCount * rRate
bOk = (nCount > 2)
nNeg = -nCount
bNot = NOT (nCount = 1)
nCopy = nCount
"""
OPERATIONS_FR = OPERATIONS_EN.replace("is int", "est un entier").replace(
    "is real", "est un réel").replace("NOT", "PAS")  # (French keywords: a French file)


@pytest.mark.parametrize("text, words", [
    (OPERATIONS_EN, ("is int", "is real", "is string", "is boolean")),
    (OPERATIONS_FR, ("est un entier", "est un réel", "est une chaîne", "est un booléen"))])
def test_an_operation_gives_its_result_type(text: str, words: tuple[str, ...]) -> None:
    """`x = 1 + 2` is an int (the hint said string for every operation), `n / 2` a real,
    `"x" + n` a string, a comparison or NOT a boolean, a declared variable its type."""
    diags = analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
    found = {d.message.split("'")[1]: d.hint.split("'")[1].split(" ", 1)[1]
             for d in diags if d.code == "WL101" and d.hint}
    n, r, s, b = words
    assert found == {"nSum": n, "rHalf": r, "sText": s, "rMul": r, "bOk": b, "nNeg": n,
                     "bNot": b, "nCopy": n}


@pytest.mark.parametrize("text, want", [
    ('sVal is string = "5"\nbOk is boolean = True\nqq = -sVal\nnB = -bOk\n',
     {"qq": "is numeric", "nB": "is int"}),
    ('sVal est une chaîne = "5"\nbOk est un booléen = Vrai\nqq = -sVal\nnB = -bOk\n',
     {"qq": "est un numérique", "nB": "est un entier"})])
def test_a_minus_gives_a_number(text: str, want: dict[str, str]) -> None:
    """`qq = -sVal` (sVal a string): the run gives a number, an int or a real as the text
    reads, so numeric (the hint said string); `-bOk`, a boolean: an int."""
    diags = analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
    found = {d.message.split("'")[1]: d.hint.split("'")[1].split(" ", 1)[1]
             for d in diags if d.code == "WL101" and d.hint}
    assert found == want


@pytest.mark.parametrize("text, want", [
    ("(a, b) = P()\nPROCEDURE P() : (int, string)\nRESULT (c, d)\n", ("is int", "is string")),
    ("(a, b) = P()\nPROCÉDURE P() : (entier, date)\nRENVOYER (c, d)\n",
     ("est un entier", "est une date"))])
def test_a_header_list_of_result_types_gives_each_target_its_type(text: str,
                                                                   want: tuple[str, str]) -> None:
    """`PROCEDURE P() : (int, string)`: each target the listed type at its place (the
    list was read as a variant, and the RESULT gives no literal to look at)."""
    diags = analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
    found = {d.message.split("'")[1]: d.hint for d in diags if d.code == "WL101" and d.line == 1}
    assert found == {"a": f"declare it first, e.g. 'a {want[0]}'",
                     "b": f"declare it first, e.g. 'b {want[1]}'"}
