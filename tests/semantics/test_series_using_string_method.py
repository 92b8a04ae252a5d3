"""Three refusals the declarations decide, said by `wl check` where the run stops, in
its words (the check said nothing; 5 Dec 2026 late night, L):
- `t = [[1, 2], 3]`, t declared with two dimensions or more: a literal where the
  brackets need a series of values (WL110, runtime/array_literals.py not_a_series);
- `USING n IN` / `UTILISER n DANS`, n declared a number, a text or a boolean (WL110,
  runtime/threads.py use_block; the run's caret is now at n, it was at USING);
- `s.Format()`, s declared a string, when a class of the program has a method Format:
  a string holds no object, so its method is the String function's (WL104; the check
  left it to the run as a call dispatched on an object's class)."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_CLASS_EN = "CPrinter is Class\nEND\nPROCEDURE CPrinter::Format()\nRESULT \"printer\"\n"
_CLASS_FR = ("CImprimante est une Classe\nFIN\nPROCÉDURE CImprimante::Format()\n"
             "RENVOYER \"imprimante\"\n")


@pytest.mark.parametrize("text,code,words,first", [
    ("t is array of 2 by 2 int\nt = [[1, 2], 3]\nTrace(t[1, 1])\n", "WL110",
     "The values in brackets do not have the array's 2 dimensions: 3 stands where a "
     "series of values is expected.", "t"),
    ("t est un tableau de 2 par 2 entiers = [1, [1, 2]]\nTrace(t[1, 1])\n", "WL110",
     "2 dimensions: 1 stands where a series of values is expected.", "t"),
    ('v is array of 2 by 2 by 2 strings = [[["a"], "b"], 3]\nTrace(v[1, 1, 1])\n', "WL110",
     "3 dimensions: b stands where a series of values is expected.", "v"),
    ("nCount is int\nUSING nCount IN\n\tTrace(1)\nEND\n", "WL110",
     "USING ... IN needs a CriticalSection variable, not a value of type integer.", "n"),
    ("sSection est une chaîne\nUTILISER  sSection DANS\n\tTrace(1)\nFIN\n", "WL110",
     "USING ... IN needs a CriticalSection variable, not a value of type string.", "s"),
    ('s is string = "abc"\nTrace(s.Format())\n' + _CLASS_EN, "WL104",
     "The method .Format() is StringFormat, which expects 2 parameter(s) counting the "
     "value it is called on, but received 1.", "F"),
    ('s est une chaîne = "abc"\nTrace(s.Formate())\n' + _CLASS_FR.replace(
        "::Format", "::Formate"), "WL104", "The method .Formate() is ChaîneFormate", "F"),
])
def test_said_where_the_run_stops(text: str, code: str, words: str, first: str) -> None:
    assert stop_where_checked(text, code, words) == first


@pytest.mark.parametrize("text", [
    "t is array of 2 by 2 int = [[1, 2], [3]]\nu is array of int = [1, 2]\nn is int = 3\n"
    "w is array of 2 by 2 int = [[1, 2], n]\nv is variant = [[1, 2], 3]\n"
    "Trace(t[1, 1], u[1], w[1, 1], v[2])\n",
    "cs is CriticalSection\nUSING cs IN\n\tTrace(1)\nEND\nv is variant\nUSING v IN\nEND\n",
    "o is CPrinter\nTrace(o.Format())\nv is variant = o\nTrace(v.Format())\n" + _CLASS_EN,
])
def test_what_the_declarations_leave_open_is_no_error(text: str) -> None:
    assert check_places(text, "WL110") == [] and check_places(text, "WL104") == []
