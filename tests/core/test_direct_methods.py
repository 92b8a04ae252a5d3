"""A method of an object a loop holds, its result stored into a number, is called by its
own function (its integer version where its parameters receive integers) in a version
of the statement under the variable's flag, made only where nothing can assign the
variable nor free its object during the loop (compiler/direct_methods.py,
held_proofs.py). What such programs print is pinned by the goldens
classes/method_results_in_loops.wl and resultats_de_methodes_dans_les_boucles.wl."""
from __future__ import annotations

import re

import pytest

from wlinterp.engine import compile_source

_COUNTER = """CCounter is Class
    m_n is int
END
c is CCounter
t is int
r is real = 2.5
"""
_ADD1 = "PROCEDURE CCounter::Add1(x is int)\nRESULT x + 1\n"


def _py(body: str) -> str:
    return compile_source(_COUNTER + body, "<t>").source_py


def test_the_statement_calls_the_integer_version_under_the_flag() -> None:
    py = _py("FOR i = 1 TO 3\n    t = c.Add1(t)\nEND\n" + _ADD1)
    fast = re.search(r"\n        if (_t\d+):\n            v_t = \((_t\d+) if \(\2 := "
                     r"m_ccounter__add1__int\(v_c, v_t\)\) <= 2147483647 else wrap32\(\2\)\)\n"
                     r"        else:\n            v_t = .*call_method\(_rt, v_c, 'add1', v_t\)",
                     py)
    assert fast is not None, py
    assert re.search(rf"\n    {fast.group(1)} = v_c is _t\d+\n", py), py  # before the loop
    assert "def m_ccounter__add1__int(a__objet, a_x):\n    return (a_x + 1)" in py, py


def test_an_argument_not_known_an_integer_calls_the_method_itself() -> None:
    py = _py("FOR i = 1 TO 3\n    t = c.Add1(r)\nEND\n" + _ADD1)
    assert re.search(r"if _t\d+:\n            v_t = .*m_ccounter__add1\(v_c, v_r\)", py), py
    assert "__int" not in py, py


@pytest.mark.parametrize("body", [
    "FOR i = 1 TO 3\n    t = c.Add1(t)\n    Keep(c)\nEND\n",  # given to a call
    "FOR i = 1 TO 3\n    t = c.Add1(t)\n    delete c\nEND\n",  # freed in the loop
    "d is CCounter dynamic = new CCounter\nFOR i = 1 TO 3\n    t = c.Add1(t)\n"
    "    Drop(d)\nEND\n",  # a procedure the loop calls frees
])
def test_no_second_version_where_the_object_may_change_or_be_freed(body: str) -> None:
    py = _py(body + _ADD1 + "PROCEDURE Keep(x)\nRESULT 1\nPROCEDURE Drop(x)\ndelete x\n")
    assert "__int(v_c" not in py, py
    assert re.search(r"m_ccounter__add1\(v_c, v_t\) if v_c is _t\d+|m_ccounter__add1\(v_c, "
                     r"v_t\) if _t\d+ and v_c.values is _t\d+", py), py


def test_the_repl_calls_through_the_dispatch() -> None:
    """A later input may redefine the method: no direct call at all."""
    import io
    from wlinterp.repl.session import ReplSession
    repl = ReplSession(stdout=io.StringIO(), stderr=io.StringIO())
    assert repl.execute(_COUNTER + _ADD1)
    compiled, _ = repl._compile("FOR i = 1 TO 3\n    t = c.Add1(t)\nEND\n", "<repl>")
    assert "call_method(_rt, v_c, 'add1', v_t)" in compiled.source_py.replace("g_", "v_")
    assert "m_ccounter__add1" not in compiled.source_py
