"""A run-time error's caret points at the part of the statement that failed (the
built-in called, in English or French, the division, the subscript, the member, the
procedure called through a variable or an element, an indirection), not at
the statement's start; when the part cannot be told for certain, at the statement
(wlinterp/error_column.py, docs/semantics.md "Where a run-time error is shown")."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.errors import WLRuntimeError


def _place(text: str) -> tuple[int, int]:
    with pytest.raises(WLRuntimeError) as caught:
        run_source(text, "place.wl", stdout=io.StringIO())
    return caught.value.line, caught.value.column


@pytest.mark.parametrize("text, place", [
    ('s is string = "abc"\nn is int = 0\nTrace("x" + Middle(s, 1, 2) + NumToString(10 / n))\n',
     (3, 46)),
    ('s est une chaîne = "abc"\nn est un entier = 0\n'
     'Trace("x" + Milieu(s, 1) + NumériqueVersChaîne(10 / n) + milieu(s, 1))\n', (3, 51)),
    ("t is array of int\nTrace(ArrayCount(t) + t[5])\n", (2, 23)),
    ('x is int = 2\nTrace("a", Left("ab", 1), ArrayDelete(x, 1))\n', (2, 27)),
    ('t is array of int\ns is string\nTrace(ArrayCount(t), TableauSupprime(s, 1))\n', (3, 22)),
    ('x is int = 0\nTrace("a/b", 4 / x, 6 / x)\n', (2, 16)),   # a string's "/" is no division
    ("n is int = 0\nTrace(10 / n) // a comment / here\n", (2, 10)),
    ("o is object dynamic\nTrace(1, o.m_x)\n", (2, 10)),
    # a member of a dynamic object still Null: at the variable the error names
    ("C is Class\n\tm is int\nEND\nc is dynamic C\nTrace(1, c.m)\n", (5, 10)),
    ("C est une Classe\n\tm est un entier\nFIN\nc est un C dynamique\nTrace(2, c:m)\n",
     (5, 10)),
    # a property a Date lacks: at its name, where wl check reports it (WL109)
    ('d is Date = "20240101"\nTrace(d..Year, d..JourSemaine)\n', (2, 19)),
    ('d est une Date = "20240101"\nTrace(1, d.Semaine)\n', (2, 12)),
    ("t est un tableau d'entiers\nTrace(t[1] + ArrayCount(t))\n", (2, 7)),
    ("PROCEDURE P(n)\nRESULT 1 + 100 modulo n\n", None),
    # a member object still Null: at the path to it, an assignment's too
    ("C is Class\n\tx is int\nEND\nP is Class\n\tm_c is dynamic C\nEND\no is P\n"
     "Trace(1, o.m_c.x)\n", (8, 10)),
    ("C is Class\n\tx is int\nEND\nP is Class\n\tm_c is dynamic C\nEND\no is P\n"
     "o.m_c.x = 2\n", (8, 1)),
    # an object variable set to Null, an element of an array of dynamic objects, the Null
    # one of two objects (the error names it: wlinterp/null_objects.py)
    ("C is Class\n\tx is int\nEND\np is C\no is C\no = Null\nTrace(p.x + o.x)\n",
     (7, 13)),
    ("C is Class\n\tx is int\nEND\nt is array of 3 C dynamic\nTrace(1, t[2].x)\n",
     (5, 10)),
    ("C is Class\n\tx is int\nEND\no is C\no = Null\nTrace(1)\no.Run()\n"
     "PROCEDURE C.Run()\nTrace(:x)\n", (7, 1)),
    # a variable read above its declaration: at the name (not in the string before it)
    ('Trace("nCount", nCount)\nnCount is int = 2\n', (1, 17)),
    ("SI bPrêt ALORS Trace(1)\nbPrêt est un booléen\n", (1, 4)),
    # a procedure called through an element or a variable: at what holds it (a wrong
    # count was an internal error, Python's TypeError)
    ("v is array of procedure = [Twice]\nx is int = 5 + v[1](2, 3)\n"
     "PROCEDURE Twice(n)\nRESULT 2 * n\n", (2, 16)),
    ("v is array of variant = [Twice, 4]\nTrace(1, v[2](2))\n"
     "PROCEDURE Twice(n)\nRESULT 2 * n\n", (2, 10)),
    ("p est une procédure = Double\nTrace(1, p())\n"
     "PROCÉDURE Double(n)\nRENVOYER 2 * n\n", (2, 10)),
    # a Variant holding an object that lacks the member, method or property: at the
    # member's name (it was the statement's start, the dot or the variant)
    ("CA is Class\n\tm_n is int\nEND\nv is Variant = new CA\nTrace(v.m_nn)\n", (5, 9)),
    ("CA is Class\n\tm_n is int\nEND\nv is Variant = new CA\nv.m_zz = 3\n", (5, 3)),
    ("CA is Class\n\tm_n is int\nEND\nv is Variant = new CA\nTrace(1, v.Bump())\n",
     (5, 12)),
    ("CA est une Classe\n\tm_n est un entier\nFIN\nv est un Variant = allouer un CA\n"
     "Trace(v..Rien)\n", (5, 10)),
    ("CA est une Classe\n\tm_n est un entier\nFIN\nv est un Variant = allouer un CA\n"
     "x est un entier = v:m_q + 1\n", (5, 21)),
    # an indirection naming a window's control: at its brace (it was the statement's)
    ('x is int\nx = 1 + {"EDT_Name"}\n', (2, 9)),
    ('x est un entier\nTrace("{x}", {"SAI_Nom"} + 1)\n', (2, 14)),
])
def test_the_caret_is_on_what_failed(text: str, place: tuple[int, int] | None) -> None:
    if place is None:  # a procedure only: call it
        text = "Trace(P(0))\n" + text
        place = (3, 16)
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "x is int = 0\nTrace(1 + ... // 2 / 1\n\t2 / x)\n",     # the division is on the next line
    "x is int = 0\nTrace(8 / 2 + ...\n\t2 / x)\n",          # one of the two is written there
    "x is int = 0\nTrace(8 / 2,\n\t2 / x)\n",                # continued inside parentheses
])
def test_unsure_places_keep_the_statement_column(text: str) -> None:
    assert _place(text) == (2, 1)
